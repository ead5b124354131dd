"""Plain text out of an uploaded document: PDF, Word (DOCX), a saved web page (HTML) or plain/OCR
text.

The type is decided by the content, never by the file name: PDFs start with ``%PDF``, DOCX files
are zip archives holding ``word/document.xml``, a web page begins with a doctype, ``<html>`` or
``<head>`` (html.py reads it), anything else must decode as text (HTML markup inside such a
text, as a CMS exports its fields, is dropped and its entities decoded). What comes out is
normalised (LF line ends, no soft hyphens or no-break spaces, composed letters) so that the OCR
repair and the segmenter see one form of Danish.
"""

from __future__ import annotations

import html
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterator

import filetype
from django.utils.translation import gettext as _
from lxml import etree

from .html import html_text, looks_like_html
from .numbers import format_number
from .pdf_layout import page_lines, without_furniture
from .repair import join_hyphenated

log = logging.getLogger(__name__)

MAX_BYTES = 25 * 1024 * 1024
# A DOCX may not unpack to more than this (a guard against zip bombs).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " ")
# The typographic and the non-breaking hyphen, as the reader's patterns know them.
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
# List bullets as PDFs of Word documents give them: the Symbol and Wingdings fonts' codes in
# Unicode's private use area ("\uf0b7" for •, "\uf0a7" for ▪, "\uf0d8" for ➢) and arrows, circles
# and diamonds; at a line's start they become the "• " the reader knows.
_BULLET_GLYPHS = re.compile(
    "(?m)^([ \t]*)[\uf06e\uf076\uf0a1\uf0a7\uf0a8\uf0b7\uf0d8\uf0e0\uf0f0\uf0fc"
    "➢➤►▸▹○◆◇❖□❑▫‣⁃∙][ \t]*(?=\\S)"
)
# Compatibility characters that NFKC may safely unfold here: the Latin ligatures of typeset PDFs.
_LIGATURES = re.compile("[\ufb00-\ufb06]")


class UnreadableDocument(ValueError):
    """The file is empty, too large, damaged or of a kind the importer cannot read."""


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HTML = "text/html"
TEXT = "text/plain"


def document_type(data: bytes) -> str:
    """The kind of document by its content, never its name (a zip is read as DOCX or refused)."""
    if data.startswith(b"%PDF"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX
    return HTML if looks_like_html(data) else TEXT


def extract_text(data: bytes, filename: str) -> str:
    """Return the document's text; raise UnreadableDocument when there is none to be had."""
    if not data:
        raise UnreadableDocument(_("The file %(name)s is empty.") % {"name": filename})
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(
            _("The file %(name)s is larger than %(limit)d MB.")
            % {"name": filename, "limit": MAX_BYTES // (1024 * 1024)}
        )
    readers = {PDF: _pdf_text, DOCX: _docx_text, HTML: _html_text, TEXT: _text_without_markup}
    text = normalise(readers[document_type(data)](data, filename))
    if not text.strip():
        raise UnreadableDocument(_("The file %(name)s contains no text.") % {"name": filename})
    return text


def normalise(text: str) -> str:
    """One form for the same text: LF line ends, plain spaces, composed letters, no ligatures,
    one bullet."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\v", "\n")  # Word's manual line break
    # A soft hyphen at a line's end marks a word hyphenated there: the word is joined again.
    text = re.sub("\u00ad[ \t]*\n(?=\\S)", "", text)
    text = text.translate(_ZERO_WIDTH).translate(_SPACES).translate(_HYPHENS)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _BULLET_GLYPHS.sub(r"\1• ", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_text(data: bytes, filename: str) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(
                _("The PDF %(name)s is protected by a password.") % {"name": filename}
            )
        pages = without_furniture([page_lines(page) for page in reader.pages])
    except UnreadableDocument:
        raise
    except Exception as error:  # pypdf raises many kinds of error on a damaged file
        log.info("unreadable PDF %s", filename, exc_info=True)
        raise UnreadableDocument(
            _("The PDF %(name)s is damaged and cannot be read.") % {"name": filename}
        ) from error
    text = "\n\n".join("\n".join(line.text for line in lines) for lines in pages)
    if not text.strip():
        raise UnreadableDocument(
            _("The PDF %(name)s has no text layer (a scan?). Run OCR on it first.")
            % {"name": filename}
        )
    if not _legible(text):
        raise UnreadableDocument(
            _(
                "The text layer of the PDF %(name)s cannot be read: its fonts do not say which "
                "letters they print. Run OCR on it first."
            )
            % {"name": filename}
        )
    return join_hyphenated(text)


# Below this share of Latin letters, figures and punctuation among its characters, a PDF's text
# is its fonts' glyph codes read as other letters ("Ρεφερατ φρα μοεδετ" for "Referat fra mødet").
_LEGIBLE_SHARE = 0.5


def _legible(text: str) -> bool:
    visible = [c for c in text if not c.isspace()]
    latin = sum(
        0x20 < ord(c) < 0x7F or 0xA0 <= ord(c) < 0x250 or 0x2000 <= ord(c) < 0x20D0 for c in visible
    )
    return latin >= _LEGIBLE_SHARE * len(visible)


# --- DOCX --------------------------------------------------------------------------------------


def _docx_text(data: bytes, filename: str) -> str:
    import docx

    _check_docx_archive(data, filename)
    try:
        document = docx.Document(io.BytesIO(data))
        return "\n".join(_docx_lines(document))
    except Exception as error:  # malformed XML, missing parts, broken numbering, ...
        log.info("unreadable Word file %s", filename, exc_info=True)
        raise UnreadableDocument(
            _("The Word file %(name)s is damaged and cannot be read.") % {"name": filename}
        ) from error


def _check_docx_archive(data: bytes, filename: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise UnreadableDocument(
            _("The file %(name)s is a damaged archive.") % {"name": filename}
        ) from error
    if "word/document.xml" not in names:
        raise UnreadableDocument(
            _("The file %(name)s is an archive but not a Word document (DOCX).")
            % {"name": filename}
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableDocument(
            _("The Word file %(name)s unpacks to more than %(limit)d MB.")
            % {"name": filename, "limit": MAX_UNPACKED_BYTES // (1024 * 1024)}
        )


def _docx_lines(document: object) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = _Numbering(document)
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            if _is_heading(paragraph):
                yield ""
                yield paragraph.text.strip()
                yield ""
            else:
                yield numbering.label(paragraph) + paragraph.text
        elif tag == "tbl":
            yield from _table_lines(Table(child, document))
            yield ""


def _is_heading(paragraph: object) -> bool:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    return name.startswith(("Heading", "Title", "Overskrift", "Titel"))


def _table_lines(table: object) -> Iterator[str]:
    rows = [_row_cells(row) for row in table.rows]
    rows = [(cells, texts) for cells, texts in rows if any(texts)]
    if rows and all(_labelled(cells, texts) for cells, texts in rows):
        # "Mødested | Regionshuset | Dato | 7. juni": each label with its value, as the reader
        # knows header fields.
        for _, texts in rows:
            for label, value in zip(texts[::2], texts[1::2], strict=True):
                yield f"{label.removesuffix(':')}: {value}".rstrip()
        return
    for _, texts in rows:
        yield " | ".join(texts)


def _row_cells(row: object) -> tuple[list[object], list[str]]:
    cells: list[object] = []
    seen: set[int] = set()
    for cell in row.cells:
        # A merged cell appears once per grid column it spans: print it once.
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(cell)
    texts = [" ".join(p.text.strip() for p in c.paragraphs if p.text.strip()) for c in cells]
    return cells, texts


# A label cell: a few words without figures ("Mødested", "Dato og tid:").
_LABEL = re.compile(r"[^\W\d_][^\d:|]{0,40}:?")
_LABEL_WORDS = 4


def _labelled(cells: list[object], texts: list[str]) -> bool:
    """Whether the row is pairs of a label (in bold or ending in a colon) and its value (not in
    bold): a header table's row. A row of column heads, all in bold, is none."""
    if not texts or len(texts) % 2:
        return False
    labels = zip(cells[::2], texts[::2], strict=True)
    values = zip(cells[1::2], texts[1::2], strict=True)
    return all(_is_label(cell, text) for cell, text in labels) and not any(
        text and _bold(cell) for cell, text in values
    )


def _is_label(cell: object, text: str) -> bool:
    if _LABEL.fullmatch(text) is None or len(text.split()) > _LABEL_WORDS:
        return False
    if text.endswith(":"):
        return True
    # In bold only: "Mødested", "Dato og tid", but not a name ("Erik Sandholm | Kystsygehuset").
    return sum(word[0].isupper() for word in text.split()) <= 1 and _bold(cell)


def _bold(cell: object) -> bool:
    """Whether all of the cell's text is set in bold (by the run, its style or the paragraph's)."""
    runs = [(p, r) for p in cell.paragraphs for r in p.runs if r.text.strip()]
    return bool(runs) and all(
        bool(r.bold) or (r.bold is None and (_style_bold(r.style) or _style_bold(p.style)))
        for p, r in runs
    )


def _style_bold(style: object) -> bool:
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


class _Numbering:
    """Derives the printed number of list paragraphs ("1.", "2.", "a)") from numbering.xml."""

    def __init__(self, document: object) -> None:
        self.formats: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {
            a.get(_w("abstractNumId")): _levels(a) for a in root.iterfind(_w("abstractNum"))
        }
        for num in root.iterfind(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                self.formats[num.get(_w("numId"))] = abstract.get(ref.get(_w("val")), {})

    def label(self, paragraph: object) -> str:
        num_id, level = _num_properties(paragraph)
        levels = self.formats.get(num_id or "")
        if not levels or level not in levels:
            return ""
        fmt, text, start = levels[level]
        if fmt == "bullet":
            return "- "
        counters = self.counters.setdefault(num_id, [0] * 9)
        starts = [levels.get(i, ("", "", 1))[2] for i in range(9)]
        counters[level] = counters[level] + 1 if counters[level] else start
        for deeper in range(level + 1, 9):
            counters[deeper] = 0

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            return format_number(counters[at] or starts[at], levels.get(at, ("decimal",))[0])

        label = re.sub(r"%(\d)", number, text)
        return label + " " if label else ""


def _levels(abstract: object) -> dict[int, tuple[str, str, int]]:
    levels = {}
    for lvl in abstract.iterfind(_w("lvl")):
        fmt = lvl.find(_w("numFmt"))
        text = lvl.find(_w("lvlText"))
        start = lvl.find(_w("start"))
        levels[int(lvl.get(_w("ilvl"), "0"))] = (
            fmt.get(_w("val")) if fmt is not None else "decimal",
            text.get(_w("val")) if text is not None else "",
            int(start.get(_w("val"))) if start is not None else 1,
        )
    return levels


def _num_properties(paragraph: object) -> tuple[str | None, int]:
    """The paragraph's list (numId) and level, from the paragraph or, failing that, its style."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(_w("numId"))
        ilvl = num_pr.find(_w("ilvl"))
        return (
            num_id.get(_w("val")) if num_id is not None else None,
            int(ilvl.get(_w("val"))) if ilvl is not None else 0,
        )
    return None, 0


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{_W_NS}}}{name}"


# --- HTML ---------------------------------------------------------------------------------------


def _html_text(data: bytes, filename: str) -> str:
    try:
        return html_text(data)
    except (etree.ParserError, ValueError) as error:
        log.info("unreadable web page %s", filename, exc_info=True)
        raise UnreadableDocument(
            _("The web page %(name)s is damaged and cannot be read.") % {"name": filename}
        ) from error


# --- plain text --------------------------------------------------------------------------------


# Tags of HTML markup left in a text export ("<p>Bo Berg</p> <p>Eva Kro</p>"); a block tag
# ends a line.
_TAG = re.compile(r"</?(?P<name>[a-z][a-z0-9]{0,9})\b(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(
    ("p", "br", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section", *_HEADING_TAGS)
)
_INLINE_TAGS = ("span", "strong", "em", "b", "i", "u", "a", "td", "th", "font", "sup", "sub")
_KNOWN_TAGS = _BLOCK_TAGS | frozenset(_INLINE_TAGS)
# So many tags that the text carries markup (a lone "< 5 %" or "A & B" never does).
_TAGS_FOR_MARKUP = 5


def _text_without_markup(data: bytes, filename: str) -> str:
    """Plain text; where it carries HTML markup (a CMS's export of its fields), the tags
    dropped, block tags ending lines, and the entities ("&oslash;") decoded."""
    text = _plain_text(data, filename)
    tags = [m for m in _TAG.finditer(text) if m["name"].lower() in _KNOWN_TAGS]
    if len(tags) < _TAGS_FOR_MARKUP:
        return text

    def tag(match: re.Match[str]) -> str:
        name = match["name"].lower()
        if name not in _KNOWN_TAGS:
            return match[0]
        return "\n" if name in _BLOCK_TAGS else ""

    without = re.sub(r"[ \t]*\n[ \t]*(?=\n)", "\n", _TAG.sub(tag, text))
    return html.unescape(re.sub(r"(?m)^[ \t]+", "", without))


def _plain_text(data: bytes, filename: str) -> str:
    kind = filetype.guess(data)
    if kind is not None:
        raise UnreadableDocument(
            _(
                "The file %(name)s is a %(kind)s file; the importer reads PDF, DOCX, web pages "
                "(HTML) and text."
            )
            % {"name": filename, "kind": kind.extension.upper()}
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", filename)
    if b"\x00" in data:
        raise UnreadableDocument(
            _("The file %(name)s is not a text file the importer can read.") % {"name": filename}
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data, "utf-8-sig", filename)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 reads every byte.
        return data.decode("latin-1")


def _decode(data: bytes, encoding: str, filename: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableDocument(
            _("The file %(name)s is not valid %(encoding)s text.")
            % {"name": filename, "encoding": encoding.upper()}
        ) from error
