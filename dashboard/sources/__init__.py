"""Text in: an article from a file, pasted text or a web page, with its metadata and a content hash.
Every later stage quotes this text by character offsets, so nothing here may shift them."""
