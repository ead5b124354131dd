"""Text out of a saved web page (.html), in the shape the segmenter reads from PDFs and Word files.

A committee system publishes minutes as a page: the document in the middle, the site's menus,
breadcrumbs, search box and footer around it. The page is parsed with lxml's HTML parser (it
never fetches anything) and written out as text:

- headings on lines of their own, with a blank line before and after;
- paragraphs and other blocks separated by a blank line, a <br> a line break;
- list items as lines: "• text" in a <ul>, "3. text" in an <ol> (the number the browser shows);
- table rows as their cells joined by " | "; a table of label/value pairs (two cells a row, the
  labels <th>s or ending in ":") and a <dl> as "Label: value" lines ("Label:" and the value's
  lines below it when the value has several); a table that lays out the page (its cells hold
  headings, tables or several paragraphs) as the blocks of its cells;
- page chrome left out: <nav>, <aside>, <script>, <style>, forms without content of their own, the
  page's own header and footer (<header>/<footer> or a class/id saying so, outside <main> and
  <article>, without a heading), elements with role navigation/banner/contentinfo/search,
  hidden elements, and elements whose class or id says breadcrumb, menu, nav, search, cookie,
  skip link or "to top";
- when the page has a <main> (or role="main"), only that; else, when it has <article>s, only those.

Saved pages come in any encoding: a byte order mark wins, then the page's <meta charset>, then
UTF-8, then Windows-1252 (what browsers read "iso-8859-1" as).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

from .numbers import format_number

# The start of an HTML document, after a byte order mark, white space, comments and an XML
# declaration: a doctype, <html> or <head>.
_HTML_START = re.compile(
    r"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head)[\s>]", re.I | re.S
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# What browsers decode these labels as (the WHATWG encoding standard).
_BROWSER_ENCODINGS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}

LEFT_OUT_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "button", "select", "textarea",
    "input", "iframe", "svg", "canvas", "object", "embed", "head", "dialog", "menu",
}  # fmt: skip
PAGE_FRAME_TAGS = {"header", "footer"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
# A class or id naming a part of the site's frame: "breadcrumb", "topmenu", "main-nav",
# "skip-link", "cookie-banner", "searchbox", "totop" (but not "navn", a name).
_CHROME_NAME = re.compile(
    r"breadcrumb|brødkrumme|menu|cookie|(?:^|[-_\s])(?:skip|search|søg)|(?:back-?)?to-?top"
    r"|(?:^|[-_\s]|main|sub|top|side|left|right|site)nav(?:bar|igation|list)?(?:[-_\s]|$)"
    r"|sidebar",
    re.I,
)
# A class or id naming the page's own header or footer, left out as <header> and <footer> are.
_FRAME_NAME = re.compile(
    r"(?:^|[-_\s])(?:site-?|page-?)?(?:header|footer|masthead|sidehoved|sidefod|bundtekst)"
    r"(?:[-_\s]|$)",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCKS = {
    "p", "div", "section", "article", "main", "body", "html", "address", "blockquote", "figure",
    "figcaption", "center", "fieldset", "details", "summary", "legend", "caption", "hgroup",
    "form", "header", "footer", "li", "dd", "dt", "tr", "td", "th", "hr",
}  # fmt: skip
# Deeper than this, an element's text is read without its structure (no recursion without end).
MAX_DEPTH = 200
BULLET = "• "


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes are an HTML document, judged by how they begin (never by the name)."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        start = head.decode("utf-16", errors="ignore")
    else:
        start = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    return bool(_HTML_START.match(start))


def decode_html(data: bytes) -> str:
    """The page as text, in the encoding a browser would use for it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    candidates = ["utf-8", "cp1252"]
    if declared:
        label = declared.group(1).decode("ascii").lower()
        candidates.insert(0, _BROWSER_ENCODINGS.get(label, label))
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def html_text(data: bytes) -> str:
    """The document's text in the segmenter's shape (see the module's description); "" when the
    page holds no text. Raises etree.ParserError on a page lxml cannot parse at all."""
    source = _XML_DECLARATION.sub("", decode_html(data), count=1)
    if not source.strip():
        return ""
    document = lxml_html.document_fromstring(source)
    out = _Text()
    for root in _document_roots(document):
        _content(root, out, 0)
        out.paragraph()
    return out.finish()


def _document_roots(document: etree._Element) -> list[etree._Element]:
    """The page's main content: its <main>, else its <article>s, else the whole body."""
    mains = document.xpath("//main | //*[@role='main']")
    articles = document.xpath("//article[not(ancestor::article)]")
    for roots in (mains[:1], articles):
        if roots and any(_has_text(root) for root in roots):
            return roots
    body = document.find("body")
    return [body if body is not None else document]


def _has_text(element: etree._Element) -> bool:
    return bool("".join(element.itertext()).strip())


def _left_out(element: etree._Element) -> bool:
    """Page chrome and hidden parts, which are not the document."""
    tag = element.tag.lower()
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if tag in LEFT_OUT_TAGS or _CHROME_NAME.search(names):
        return True
    if (tag in PAGE_FRAME_TAGS or _FRAME_NAME.search(names)) and _page_frame(element):
        return True
    if tag == "form" and not element.xpath(".//h1|.//h2|.//h3|.//h4|.//table|.//article|.//p"):
        return True  # a search or log-in form; a page wrapped in one <form> (ASP.NET) is kept
    if (element.get("role") or "").lower() in CHROME_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _page_frame(element: etree._Element) -> bool:
    """A header or footer of the page, not of the document: outside <main> and <article>, and
    without a heading of its own (a page that puts the document's title in its header keeps it)."""
    if element.xpath("ancestor::article | ancestor::main | ancestor::*[@role='main']"):
        return False
    return not element.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6")


class _Text:
    """Lines being written: inline text gathers in a run until a line or a block ends it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.run: list[str] = []

    def text(self, text: str | None) -> None:
        if text:
            self.run.append(text)

    def newline(self) -> None:
        line = " ".join("".join(self.run).split())
        self.run = []
        if line:
            self.lines.append(line)

    def line(self, text: str) -> None:
        self.newline()
        if text.strip():
            self.lines.append(text.strip())

    def paragraph(self) -> None:
        self.newline()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def finish(self) -> str:
        self.paragraph()
        return "\n".join(self.lines).strip("\n")

    def content_lines(self) -> list[str]:
        self.newline()
        return [line for line in self.lines if line]


def _content(element: etree._Element, out: _Text, depth: int) -> None:
    out.text(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _left_out(child):
            _element(child, out, depth + 1)
        out.text(child.tail)


def _element(element: etree._Element, out: _Text, depth: int) -> None:
    tag = element.tag.lower()
    if depth > MAX_DEPTH:
        out.text(" ".join(element.itertext()))
    elif tag in HEADINGS:
        out.paragraph()
        out.line(" ".join(_lines_of(element, depth)))
        out.paragraph()
    elif tag == "br":
        out.newline()
    elif tag in ("ul", "ol"):
        out.paragraph()
        for line in _list_lines(element, depth, ordered=tag == "ol"):
            out.line(line)
        out.paragraph()
    elif tag == "table" and _layout_table(element):
        for row in _children(element, "tr"):
            for cell in _children(row, "td", "th"):
                out.paragraph()
                _content(cell, out, depth + 1)
                out.paragraph()
    elif tag == "table":
        out.paragraph()
        for line in _table_lines(element, depth):
            out.line(line)
        out.paragraph()
    elif tag == "dl":
        out.paragraph()
        for line in _description_lines(element, depth):
            out.line(line)
        out.paragraph()
    elif tag == "pre":
        out.paragraph()
        for line in "".join(element.itertext()).splitlines():
            out.line(line)
        out.paragraph()
    elif tag in BLOCKS:
        out.paragraph()
        _content(element, out, depth)
        out.paragraph()
    else:
        _content(element, out, depth)


def _lines_of(element: etree._Element, depth: int) -> list[str]:
    """The element's content as its own lines (no blank ones)."""
    inner = _Text()
    _content(element, inner, depth)
    return inner.content_lines()


def _list_lines(element: etree._Element, depth: int, *, ordered: bool) -> Iterable[str]:
    number = _int(element.get("start"), 1)
    style = element.get("type") or "1"
    for item in _children(element, "li"):
        number = _int(item.get("value"), number)
        lines = _lines_of(item, depth + 1) or [""]
        marker = f"{_list_number(number, style)}. " if ordered else BULLET
        yield marker + lines[0]
        yield from lines[1:]
        number += 1


def _list_number(number: int, style: str) -> str:
    formats = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return format_number(number, formats.get(style, "decimal"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _children(element: etree._Element, *tags: str) -> Iterable[etree._Element]:
    """Child elements with these tags, also through wrappers a list or table may have (a <div>
    around <dt>/<dd> pairs, <thead>/<tbody>/<tfoot> around rows); not nested tables' or lists'."""
    for child in element:
        if not isinstance(child.tag, str) or _left_out(child):
            continue
        tag = child.tag.lower()
        if tag in tags:
            yield child
        elif tag in ("thead", "tbody", "tfoot", "div"):
            yield from _children(child, *tags)


# --- tables and description lists ----------------------------------------------------------


def _layout_table(table: etree._Element) -> bool:
    """A table that lays out the page (old sites put the menu and the content side by side in
    one): its cells hold headings, tables or several paragraphs, or it says so by its role."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    for row in _children(table, "tr"):
        for cell in _children(row, "td", "th"):
            blocks = cell.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//table|.//p|.//div")
            if len(blocks) > 2 or any(b.tag in HEADINGS or b.tag == "table" for b in blocks):
                return True
    return False


def _table_lines(table: etree._Element, depth: int) -> Iterable[str]:
    caption = table.find("caption")
    if caption is not None:
        yield " ".join(_lines_of(caption, depth))
    rows = []
    for row in _children(table, "tr"):
        cells = [
            (c.tag.lower() == "th", _lines_of(c, depth + 1)) for c in _children(row, "td", "th")
        ]
        if any(lines for _header, lines in cells):
            rows.append(cells)
    if _label_value(rows):
        for cells in rows:
            labels = [" ".join(lines) for _header, lines in cells[:-1]]
            yield from _pair(" ".join(labels), cells[-1][1])
        return
    for cells in rows:
        yield " | ".join(_cell_text(lines) for _header, lines in cells)


def _label_value(rows: list[list[tuple[bool, list[str]]]]) -> bool:
    """A table of labels and values: two cells a row (a row of one is a heading), most first
    cells a <th> or ending in ":" ("Mødested:"), and no header row of two <th>s. A grid of
    names in two columns has no such labels and stays a table of cells."""
    pairs = [cells for cells in rows if len(cells) == 2]
    if not pairs or any(len(cells) > 2 for cells in rows):
        return False
    if any(all(header for header, _lines in cells) for cells in pairs):
        return False
    labelled = [cells for cells in pairs if cells[0][0] or _ends_in_colon(cells[0][1])]
    return 2 * len(labelled) > len(pairs)


def _ends_in_colon(lines: list[str]) -> bool:
    return bool(lines) and lines[-1].rstrip().endswith(":")


def _pair(label: str, value: list[str]) -> Iterable[str]:
    label = label.strip().rstrip(":").strip()
    if not label:
        yield from value
    elif len(value) == 1:
        yield f"{label}: {value[0]}"
    else:
        yield f"{label}:"
        yield from value


def _cell_text(lines: list[str]) -> str:
    """A cell on one line: list items joined by commas, other lines by spaces."""
    if len(lines) > 1 and all(line.startswith(BULLET) for line in lines):
        return ", ".join(line.removeprefix(BULLET) for line in lines)
    return " ".join(lines)


def _description_lines(element: etree._Element, depth: int) -> Iterable[str]:
    terms: list[str] = []
    for child in _children(element, "dt", "dd"):
        lines = _lines_of(child, depth + 1)
        if child.tag.lower() == "dt":
            terms.append(" ".join(lines))
        else:
            yield from _pair(" / ".join(terms), lines)
            terms = []
    yield from terms
