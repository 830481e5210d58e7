"""Read an article: bytes to text, with its metadata and a content hash.

Offsets everywhere in the tool are into ``Article.text`` exactly as decoded here (a BOM is
dropped, nothing else is touched), so a quote can always be found again by slicing.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from dateutil import parser as dateutil_parser

from dashboard.errors import ArticleError
from dashboard.util import dates

MAX_BYTES = 5 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_HEADER_KEYS = {"title", "url", "published", "date", "outlet", "source", "author", "by"}
# Linear: the value is the rest of the line, its trailing spaces stripped afterwards. Matched as
# ``(.*?)\s*$`` it was tried against every run of spaces once per character (60,000 spaces: 12 s).
_HEADER_LINE = re.compile(r"^\s*+([A-Za-z]+)\s*+:\s*+(.*)")
# A seed's first line is short; a longer one is not one (its lazy groups would take quadratic time).
MAX_SEED_LINE = 300
_SEED_LINE = re.compile(
    r"^\s*date\s+(?P<published>\d{4}-\d{2}-\d{2})\s+Authored by\s+(?P<author>.+?)\s+via\s+(?P<outlet>.+?),?\s*$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


@dataclass(frozen=True, slots=True)
class Article:
    """A decoded article with what its header says about it."""

    article_id: str
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    body_start: int = 0
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())


def article_id_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, *, name: str = "article") -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, warnings)``; raise ArticleError for what is not text."""
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"{name}: this is {kind}, not a text article")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    elif (guess := _bomless_utf16(data)) is not None:
        text, encoding = _strict(data, guess, name), guess
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    warnings: list[str] = []
    if encoding == "cp1252":
        warnings.append(f"{name}: not valid UTF-8; read as Windows-1252 (cp1252)")
    if "\x00" in text:
        raise ArticleError(f"{name}: contains NUL bytes; this looks like a binary file, not text")
    if _control_share(text) > 0.05:
        raise ArticleError(f"{name}: mostly control characters; this looks like a binary file, not text")
    if not text.strip():
        raise ArticleError(f"{name}: empty (no text to read)")
    return text, encoding, tuple(warnings)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ArticleError(f"{name}: declared {encoding} but cannot be decoded ({err.reason})") from err


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII text."""
    sample = data[:2000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# The control characters below 32 that text does not hold (all but tab, newline, form feed and return).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:4000]
    # Counted by the pattern in C: a loop over the characters in Python cost more than the parsing of
    # a short article's header.
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def parse_metadata(text: str) -> tuple[dict[str, str], int]:
    """Read the seed's ``date ... Authored by ... via ...`` line or a ``key: value`` header.

    Returns the metadata and the offset where the article's prose begins.
    """
    lines = text.splitlines(keepends=True)
    if lines and len(lines[0]) <= MAX_SEED_LINE and (match := _SEED_LINE.match(lines[0])):
        return {key: value.strip() for key, value in match.groupdict().items()}, len(lines[0])
    meta: dict[str, str] = {}
    offset = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        if not line.strip() or not match or match.group(1).lower() not in _HEADER_KEYS:
            break
        key = {"date": "published", "source": "outlet", "by": "author"}.get(
            match.group(1).lower(), match.group(1).lower()
        )
        meta[key] = match.group(2).rstrip()
        offset += len(line)
    if meta.get("published") and not _ISO_DATE.match(meta["published"]):
        meta["published"] = _normalise_date(meta["published"])
    return meta, offset


def _normalise_date(value: str) -> str:
    """Keep ISO dates; reduce the forms people write ("March 3rd, 2022", "Mar. 3, 2022", RFC 2822)
    to ISO; give up honestly with '' rather than invent a missing day or month."""
    for fmt in ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    if _ISO_DATE.match(value[:10]):
        return value[:10]
    try:
        # dateutil fills what is missing from its default: two defaults that differ in every part
        # give the same date only when the value states year, month and day itself.
        first, second = (dateutil_parser.parse(value, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return ""
    return first.date().isoformat() if first.date() == second.date() else ""


def from_text(text: str, *, url: str = "", name: str = "article") -> Article:
    if not text.strip():
        raise ArticleError(f"{name}: empty (no text to read)")
    meta, body_start = parse_metadata(text)
    published, problem = dates.checked(meta["published"]) if meta.get("published") else ("", "")
    return Article(
        article_id=article_id_for(text),
        text=text,
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        author=meta.get("author", ""),
        published=published,
        url=meta.get("url", url),
        body_start=body_start,
        warnings=(f"{name}: {problem}",) if problem else (),
    )


def from_bytes(data: bytes, *, name: str = "article") -> Article:
    text, encoding, warnings = decode(data, name=name)
    article = from_text(text, name=name)
    return replace(article, encoding=encoding, warnings=warnings + article.warnings)


def display_name(path: Path | str) -> str:
    """The path as text that can be shown, printed and stored: bytes of a file name that are not
    UTF-8 become backslash escapes instead of lone surrogates that fail to encode later."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def read_file(path: Path) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file; type and size are checked before reading.

    A FIFO would block forever and /dev/zero never ends, so the file is opened without blocking
    and looked at (after any symlink) before a byte is read.
    """
    name = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise ArticleError(f"{name}: cannot read ({err.strerror or err})") from err
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        for is_kind, kind in _SPECIAL_KINDS:
            if is_kind(info.st_mode):
                raise ArticleError(f"{name}: this is {kind}, not a text file")
        if info.st_size > MAX_BYTES:
            raise ArticleError(f"{name}: too large ({info.st_size:,} bytes; the limit is {MAX_BYTES:,})")
        try:
            return handle.read(MAX_BYTES + 1)
        except OSError as err:
            raise ArticleError(f"{name}: cannot read ({err.strerror or err})") from err


def load(path: Path) -> Article:
    return from_bytes(read_file(path), name=display_name(path))
