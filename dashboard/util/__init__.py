"""Helpers every floor may use, importing nothing of the project: plausible dates, long word lists as
regular expressions, and escaping of outside text for HTML and JavaScript."""
