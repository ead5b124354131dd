"""Blocks of text inside an item: hard-wrapped lines joined, bullets and numbered lists found, and
each section (resumé, sagsfremstilling, indstilling, bilag, referat, beslutning) read into the
fields of a ParsedItem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layouts import (
    ATTACHMENT_LINE,
    BODY_AND_DATE,
    IMPLICIT_RECOMMENDATION,
    STARTS_WITH_MONTH,
    URL,
    section_marker,
)
from .people import clean_name, name_like, names_list

# A bullet as typed or as OCR reads it ("e", "o", "¢", "«", "=") or a number ("1.", "2)").
BULLET = re.compile(
    r"^(?:(?P<glyph>[-–—•·▪■◦●*=¢«»oe✓>§])|(?P<number>\d{1,2})\s*[.)])\s+(?P<text>\S.*)$"
)
# "Indstilling 2:", "Ad 2:", "Ad pkt. 2": a decision that answers a numbered recommendation.
ANSWER = re.compile(
    r"^(?:indstilling|ad(?:\s+pkt\.?)?|pkt\.?)\s*(\d{1,2})\s*[:.]\s*(?P<text>.*)$", re.I
)
_SENTENCE_END = (".", "!", "?", ":")
_KEEP_HYPHEN_BEFORE = {"og", "eller", "samt", "til", "som", "&"}
_MAX_DECISION_PARAGRAPHS = 6
_MAX_DECISION_WORDS = 35
_MAX_BARE_OUTCOME_WORDS = 30
# A label that opens a list of people or such rather than a decision.
_LABEL_LINE = re.compile(
    r"^(?:frav(?:æ|ae)rende|afbud|deltagere|til\s*stede|tilstede)\b|:$", re.IGNORECASE
)
# Who was absent, and a web page's or an item's marks: said under Beslutning, decided by nobody.
_NOT_A_DECISION = re.compile(
    r"\b(?:var\s+fraværende|deltog\s+ikke|forhindret\s+i\s+at\s+deltage|havde\s+meldt\s+"
    r"(?:afbud|forfald)|var\s+ikke\s+til\s+stede|forlod\s+mødet|mødet\s+(?:sluttede|hævet))\b"
    r"|^(?:til\s+toppen|til\s+top|lukket|åben|åbent|åbent\s+punkt"
    r"|lukket\s+punkt|udskriv)$",
    re.IGNORECASE,
)
_BARE_OUTCOME = re.compile(
    r"^(?:godkendt|vedtaget|anbefalet|tiltrådt|drøftet|orienteredes|drøftedes|taget\s+til"
    r"|til\s+efterretning|til\s+orientering|intet|ingen)\b"
    r"|\b(?:(?:blev|er|var)\s+|blev\s+(?:\w+\s+){1,2}?)(?:godkendt|vedtaget|anbefalet|tiltrådt"
    r"|drøftet|taget\s+til)"
    # "Punktet blev udsat.", "Punkt 2 og 4 blev slået sammen": what happened to the item itself.
    r"|^(?:punktet|sagen|dagsordenen|punkt(?:erne)?\s+\d{1,3}(?:\s+og\s+(?:punkt\s+)?\d{1,3})?)"
    r"\s+(?:blev|bliver)\s+\w+"
    r"|\b(?:godkendte|vedtog|anbefalede|tiltrådte|besluttede|tog\s+.{0,60}til\s+efterretning)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"godkend|dr[øo]ftet|efterretning|udsat|tiltr[åa]dt|vedtaget|anbefal|afvist|oversendt|taget",
    re.IGNORECASE,
)


@dataclass
class Block:
    """A paragraph, bullet or numbered line after hard wraps are joined."""

    text: str
    glyph: str = ""
    number: int | None = None
    new_paragraph: bool = False

    @property
    def listed(self) -> bool:
        return bool(self.glyph) or self.number is not None


def _starts_lower(line: str) -> bool:
    first = line.lstrip("(\"'‘“")[:1]
    return bool(first) and first.islower()


def _url_continues(prev: str, line: str) -> bool:
    last = prev.split()[-1] if prev.split() else ""
    return bool(URL.match(last)) and " " not in line and prev.endswith(("-", "/", "_", "=", "?"))


def continues(prev: str, line: str, *, across_blank: bool, soft: bool = True) -> bool:
    """Does line continue the sentence of prev (a hard wrap rather than a new paragraph)?"""
    if "\t" in prev or "\t" in line or URL.match(line.strip()):
        return _url_continues(prev, line)
    if _url_continues(prev, line):
        return True
    if prev.split() and URL.match(prev.split()[-1]):
        return False
    if is_file_name(prev):
        return False
    if re.search(r"[A-Za-zæøåÆØÅ]-$", prev) and _starts_lower(line):
        return True
    if across_blank or not soft:
        return _starts_lower(line) and not prev.endswith(_SENTENCE_END)
    return _starts_lower(line) or not prev.endswith(_SENTENCE_END)


def join(prev: str, line: str) -> str:
    """Join a wrapped line, rejoining a word hyphenated across the break ("Midt-" + "klyngen")."""
    if _url_continues(prev, line):
        return prev + line
    if re.search(r"[A-Za-zæøåÆØÅ]-$", prev) and not prev.endswith(" -"):
        first_word = line.split()[0] if line.split() else ""
        if _starts_lower(line) and first_word not in _KEEP_HYPHEN_BEFORE:
            return prev[:-1] + line
        if not _starts_lower(line):
            return prev + line
    if re.search(r"\d-$", prev):
        return prev + line
    return f"{prev} {line}"


def _bullet(line: str) -> tuple[str, str, int | None] | None:
    match = BULLET.match(line)
    if not match:
        return None
    if match["number"] and STARTS_WITH_MONTH.match(match["text"]):
        return None  # "1. april 2023 trådte …" is a date, not a list
    number = int(match["number"]) if match["number"] else None
    return match["text"], match["glyph"] or "", number


def build_blocks(lines: list[str], *, soft: bool = True) -> list[Block]:
    """Blocks from raw lines. soft: consecutive lines join unless the first ends a sentence."""
    blocks: list[Block] = []
    blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        bullet = _bullet(line)
        if bullet:
            text, glyph, number = bullet
            blocks.append(Block(text, glyph, number, blank or not blocks))
        elif blocks and continues(blocks[-1].text, line, across_blank=blank, soft=soft):
            blocks[-1].text = join(blocks[-1].text, line)
        else:
            blocks.append(Block(line, new_paragraph=blank or not blocks))
        blank = False
    return blocks


def render(blocks: list[Block]) -> str:
    """Blocks as text: paragraphs apart by a blank line, list items as "- …" or "1. …"."""
    out: list[str] = []
    for index, block in enumerate(blocks):
        if block.number is not None:
            line = f"{block.number}. {block.text}"
        elif block.glyph:
            line = f"- {block.text}"
        else:
            line = block.text
        if index:
            tight = block.listed and blocks[index - 1].listed and not block.new_paragraph
            out.append("\n" if tight or (block.listed and blocks[index - 1].listed) else "\n\n")
        out.append(line)
    return "".join(out)


def render_lines(lines: list[str], *, soft: bool = True) -> str:
    return render(build_blocks(lines, soft=soft))


# --- splitting an item's body into sections ----------------------------------------------------


@dataclass
class Section:
    name: str
    heading: str
    lines: list[str] = field(default_factory=list)


def split_sections(lines: list[str]) -> list[Section]:
    """The item's body cut at its section headings; text before any heading is case text."""
    sections = [Section("case", "")]
    for line in lines:
        name, heading, rest = _opens(line, sections[-1].name)
        if name:
            sections.append(Section(name, heading))
            if rest:
                sections[-1].lines.append(rest)
        else:
            sections[-1].lines.append(line)
    return [s for s in sections if s.heading or any(x.strip() for x in s.lines)]


def _opens(line: str, current: str) -> tuple[str | None, str, str]:
    marker = section_marker(line)
    if marker:
        # "Baggrund" is a sub-heading once the case text has begun.
        subheading = re.match(r"^\s*baggrund", line, re.IGNORECASE)
        if marker.section == "case" and current == "case" and subheading:
            return None, "", ""
        return marker.section, line.strip(), marker.rest
    stripped = line.strip()
    if BODY_AND_DATE.match(stripped):
        return "decisions", stripped, ""
    if current in {"case", "summary"} and IMPLICIT_RECOMMENDATION.match(stripped):
        return "recommendations", "", stripped
    if current != "attachments" and ATTACHMENT_LINE.match(stripped):
        return "attachments", "", stripped
    return None, "", ""


# --- reading sections --------------------------------------------------------------------------


def _split_pipes(lines: list[str]) -> list[str]:
    """Table cells ("Det indstilles, at | 1. … |") as lines of their own."""
    out: list[str] = []
    for line in lines:
        if "|" not in line:
            out.append(line)
            continue
        cells = [cell.strip() for cell in line.split("|")]
        out.extend(cell for cell in cells if cell and not set(cell) <= set("-: "))
    return out


def _starts_recommendation(text: str) -> bool:
    return bool(re.match(r"^at\b", text, re.IGNORECASE))


def read_recommendations(
    lines: list[str], *, implicit: bool = False
) -> tuple[list[str], list[Block]]:
    """Recommendations, and the prose around the list (a lead-in such as "Det indstilles, at
    Sundhedsklynge Lillebælt") that belongs with the case text. implicit: no Indstilling heading
    opened the section, only a sentence "Det indstilles, at …", which is all of it."""
    blocks = build_blocks(_split_pipes(lines))
    if not any(block.listed for block in blocks):
        if implicit and len(blocks) > 1:
            recommendations, prose = _unlisted_recommendations(blocks[:1])
            return recommendations, prose + blocks[1:]
        return _unlisted_recommendations(blocks)
    recommendations: list[str] = []
    prose: list[Block] = []
    top_glyph = next(block.glyph or "#" for block in blocks if block.listed)
    for block in blocks:
        if not block.listed:
            prose.append(block)
            continue
        top = (block.glyph or "#") == top_glyph or block.number is not None
        opens = top or _starts_recommendation(block.text)
        if recommendations and (not opens or recommendations[-1].endswith(":")):
            glue = " " if recommendations[-1].endswith(":") else "; "
            recommendations[-1] = recommendations[-1] + glue + block.text
        else:
            recommendations.append(block.text)
    return [_trim_joiner(r) for r in recommendations], prose


def _unlisted_recommendations(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """ "Forvaltningen indstiller, at udvalget godkender …": the recommendation from its "at"; a
    lead-in that ends at "at" holds none, and stays prose."""
    recommendations: list[str] = []
    prose: list[Block] = []
    for block in blocks:
        lead = IMPLICIT_RECOMMENDATION.match(block.text)
        text = block.text[lead.end() - 2 :] if lead else block.text
        if lead and re.fullmatch(r"at\s*:?", text.strip()):
            prose.append(block)
            continue
        if lead:  # kept with the case text: nothing read is dropped
            prose.append(Block(block.text[: lead.end() - 2].rstrip(), new_paragraph=True))
        recommendations.append(text)
    return recommendations, prose


def _trim_joiner(text: str) -> str:
    """ "… til efterretning," / "… implementeringsgruppen, og": the list's glue, not the text."""
    return re.sub(r"(?:,|;|,?\s+(?:og|samt|eller))\s*$", "", text)


def read_attachments(lines: list[str]) -> list[str]:
    """One attachment per bullet or line; a lead-in ending in ":" prefixes the bullets after it."""
    entries: list[str] = []
    lead, used = "", False
    for block in build_blocks(lines, soft=False):
        if block.listed and lead:
            entries.append(f"{lead} {block.text}")
            used = True
            continue
        if lead and not used:
            entries.append(lead)
        lead, used = "", False
        if not block.listed and block.text.endswith(":"):
            lead = block.text
        else:
            entries.append(block.text)
    if lead and not used:
        entries.append(lead)
    return entries


@dataclass
class DecisionText:
    decisions: list[str] = field(default_factory=list)
    minutes: list[Block] = field(default_factory=list)


def read_decisions(lines: list[str]) -> DecisionText:
    """Numbered, bulleted or "Indstilling N:" decisions; other prose is minutes."""
    result = DecisionText()
    open_answer = False  # the last decision was "Indstilling N:", which takes the prose after it
    for block in build_blocks(lines):
        answer = None if block.listed else ANSWER.match(block.text)
        if block.glyph and result.minutes and not result.decisions:
            result.minutes.append(block)  # a bulleted list inside the discussion
        elif answer:
            result.decisions.append(answer["text"].strip())
            open_answer = True
        elif block.listed:
            if result.decisions and result.decisions[-1].endswith(":") and block.glyph:
                result.decisions[-1] += " " + block.text
            else:
                result.decisions.append(block.text)
            open_answer = False
        elif open_answer and result.decisions:
            last = result.decisions[-1]
            result.decisions[-1] = f"{last}\n\n{block.text}" if last else block.text
        else:
            result.minutes.append(block)
    return result


def short_outcome(blocks: list[Block]) -> str | None:
    """A Beslutning that only says "Godkendt." or "Drøftet.": the decision itself."""
    if len(blocks) != 1 or blocks[0].listed:
        return None
    text = blocks[0].text
    if len(text.split()) <= 12 and _OUTCOME.search(text):
        return text
    return None


def prose_decisions(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The paragraphs under a Beslutning heading that holds no list: each one a decision. Who
    was absent ("Fraværende:" and the names after it, "… var fraværende.") and page chrome
    ("Til toppen", "Lukket") are no decisions and stay minutes."""
    decided: list[Block] = []
    rest: list[Block] = []
    after_label = False
    for block in blocks:
        label = bool(_LABEL_LINE.match(block.text))
        names = after_label and _people_line(block.text)
        after_label = label or names
        if label or names or _NOT_A_DECISION.search(block.text):
            rest.append(block)
        else:
            decided.append(block)
    if not decided or len(decided) > _MAX_DECISION_PARAGRAPHS or not all(map(_brief, decided)):
        outcome = short_outcome(blocks)
        return ([outcome], []) if outcome else ([], blocks)
    return [block.text for block in decided], rest


def _people_line(text: str) -> bool:
    """Who a label such as "Fraværende:" names: people, or nobody ("Ingen")."""
    nobody = re.fullmatch(r"(?:ingen|-|–)\.?", text.strip(), re.IGNORECASE)
    return bool(nobody or names_list(text)) or name_like(clean_name(text))


def _brief(block: Block) -> bool:
    """A decision is stated briefly; a long paragraph records the discussion."""
    text = block.text
    sentences = len(re.findall(r"[.!?](?:\s+[A-ZÆØÅ]|$)", text.strip()))
    return not block.listed and len(text.split()) <= _MAX_DECISION_WORDS and sentences <= 1


def bare_outcome(case: list[Block]) -> str | None:
    """ "Orienteredes.", "Dagsordenen blev godkendt.": a short outcome sentence that ends an
    item without a Beslutning heading is its decision."""
    if not case or case[-1].listed:
        return None
    text = case[-1].text
    if len(text.split()) <= _MAX_BARE_OUTCOME_WORDS and _BARE_OUTCOME.search(text):
        return text
    return None


def is_file_name(text: str) -> bool:
    return bool(re.search(r"\.(?:pdf|docx?|xlsx?|pptx?|msg|txt|odt|rtf|png|jpe?g)$", text, re.I))
