"""Agenda items: where they begin, their heading (number, kind, title, times, presenter) and the
fields read out of their sections.

Two heading layouts are recognised: prefixed ("Punkt 3: …", "Pkt. 3 …", "Sag nr. 3: …") and
numbered ("3. …"). A candidate line counts as a heading only with evidence: a time range, a kind
prefix ("Beslutningspunkt:"), a title that names its kind ("Eventuelt"), or a section heading such
as "Indstilling" right below it. The layout with more evidenced headings wins, so that "Pkt. 4"
inside a case text or a numbered recommendation list does not cut an item in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .agenda_index import CASE_LABEL
from .layouts import (
    BREAK_LINE,
    CLOSED_IN_TITLE,
    DURATION,
    IMPLICIT_RECOMMENDATION,
    KEPT_CASE_HEADING,
    KIND_PREFIX,
    KIND_SUFFIX,
    NUMBER_ALONE,
    NUMBERED_HEADING,
    OE,
    OPEN_CLOSED,
    OPENING_SECTIONS,
    PADDED_HEADING,
    PREFIXED_HEADING,
    URL,
    find_time_range,
    kind_from_prefix,
    kind_from_title,
    section_marker,
)
from .numbers import starts_with_month
from .parsed import ParsedItem
from .reline import FUNCTION_WORDS
from .sections import (
    Block,
    bare_outcome,
    build_blocks,
    is_file_name,
    prose_decisions,
    read_attachments,
    read_decisions,
    read_recommendations,
    render,
    split_sections,
)
from .title_tail import presenter_by_role, split_title_tail

_MAX_CONTINUATION = 2
# The rest of a heading wrapped onto the next line is short.
_WRAPPED_PART = 120
_LOOKAHEAD = 4
_TOC_LINE = re.compile(r"\.{4,}|\t\d+\s*$")
# "Sag nr. 11", "Punkt 3" alone on a line, under the title it numbers.
_TITLE_LINE = re.compile(r"^[A-ZÆØÅ][^:]{2,200}(?<![.:;,])$")
# "24. Lukket punkt", "24. Closed item": a closed item whose title the page does not show.
_CLOSED_ONLY = re.compile(r"^(?:lukket(?:\s+(?:punkt|sag))?|closed(?:\s+item)?)$", re.IGNORECASE)
# "- …", "• …", "o …", "a) …": a list entry under a heading, never the rest of its title.
LIST_ENTRY = re.compile(r"^(?:[-•·▪¢«=o]|\(?[a-h]\))\s")
# "Fortroligt: Klagesag …", "Klagesag … (Fortroligt)", "Fortroligt punkt - …": confidential, so
# closed; "Fortrolighed i sundhedsvæsenet" is a title.
_CONFIDENTIAL = re.compile(
    r"^\s*fortroligt?(?:\s+(?:punkt|sag))?\s*(?::|\s[-–—])\s*|\s*\(\s*fortroligt?\s*\)\s*$",
    re.IGNORECASE,
)
# "Evt.", "… mv.", "… m.m.": a title ending in an abbreviation keeps its full stop.
_ABBREVIATION_AT_END = re.compile(r"(?:^|\s)(?:evt|mv|m\.m|bl\.a|inkl|ca|pkt|nr)\.$", re.I)
_PRESENTER = re.compile(r"\s+v(?:\.|/)\s*(?P<who>\S.*)$")


@dataclass
class Heading:
    start: int  # index of the heading's first line
    end: int  # index after its last line
    number: int | None
    text: str  # the heading without its number
    style: str  # "prefixed", "numbered" or "break"
    strong: bool = False  # "Punkt"/"Sag" prefix: any section heading below is evidence
    sure: bool = True  # False: the reading of this heading's number and title is a guess


@dataclass
class ItemResult:
    item: ParsedItem
    duration_minutes: int | None = None
    unplaced: list[str] = field(default_factory=list)


# --- finding headings --------------------------------------------------------------------------


def find_headings(lines: list[str]) -> list[Heading]:
    candidates: dict[str, list[Heading]] = {"prefixed": [], "numbered": []}
    for index in range(len(lines)):
        heading = _candidate(lines, index)
        if heading and heading.style in candidates and _evidenced(heading, lines):
            candidates[heading.style].append(heading)
    style = max(candidates, key=lambda s: len(candidates[s]))
    return with_breaks(candidates[style], lines)


def with_breaks(chosen: list[Heading], lines: list[str]) -> list[Heading]:
    """The headings with the break lines ("PAUSE 15 min.") between them, in document order."""
    breaks = [h for i in range(len(lines)) if (h := _break_heading(lines, i))]
    taken = {i for h in chosen for i in range(h.start, h.end)}
    return sorted(chosen + [b for b in breaks if b.start not in taken], key=lambda h: h.start)


def _candidate(lines: list[str], index: int) -> Heading | None:
    line = lines[index].strip()
    if _TOC_LINE.search(line):
        return None
    bare = NUMBER_ALONE.match(line)
    if bare:
        return _number_alone(lines, index, int(bare["number"] or bare["plain"]))
    match = PREFIXED_HEADING.match(line)
    style = "prefixed"
    if not match:
        match = NUMBERED_HEADING.match(line) or PADDED_HEADING.match(line)
        style = "numbered"
        if not match or starts_with_month(match["title"]):
            return None
    number = int(match["number"]) if match["number"] else None
    word = match["word"].lower() if style == "prefixed" else ""
    if word.startswith("ad") and number is None:
        return None  # "Ad hoc-gruppen …": no heading without its number
    strong = word.startswith(("punkt", "sag", "ad", "dagsordenspunkt"))
    text, end = _continue_heading(lines, index, match["title"].strip())
    return Heading(index, end, number, text, style, strong)


def _number_alone(lines: list[str], index: int, number: int) -> Heading | None:
    """ "Meddelelser" / "Sag nr. 11" (the title above, as some systems print it), or "Punkt 3" /
    "Budget 2026" (the title below); with no title beside it the number heads nothing here."""
    above = lines[index - 1].strip() if index else ""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if _TITLE_LINE.match(above) and not section_marker(above):
        return Heading(index - 1, index + 1, number, above, "prefixed", strong=True)
    if _TITLE_LINE.match(below) and not section_marker(below) and not NUMBER_ALONE.match(below):
        return Heading(index, index + 2, number, below, "prefixed", strong=True)
    return None


def _continue_heading(lines: list[str], index: int, text: str) -> tuple[str, int]:
    """A heading wrapped onto the next lines: "(kl. 08:30-" + "08:40)", "… v." + "formandskabet"."""
    end = index + 1
    for _ in range(_MAX_CONTINUATION):
        at = end
        if at + 1 < len(lines) and not lines[at].strip() and _ends_in_function_word(text):
            at += 1  # a double-spaced page: the title's rest under a blank line
        if at >= len(lines) or not lines[at].strip():
            break
        following = lines[at].strip()
        if section_marker(following) or OPEN_CLOSED.match(following) or _candidate_line(following):
            break
        if LIST_ENTRY.match(following) or len(following) > _WRAPPED_PART:
            break  # a list entry, or a paragraph: not the rest of a wrapped heading
        cut = (
            text.count("(") > text.count(")")
            or text.endswith("-")
            or re.search(r"\sv\.$", text)
            or _ends_in_function_word(text)
        )
        if not cut and following.endswith(".") and not _ABBREVIATION_AT_END.search(following):
            break  # "Sag 5 Eventuelt" / "Intet.": the item's first sentence
        if not cut and find_time_range(text)[0] is not None:
            break
        text = _join_heading(text, following)
        end = at + 1
    return text, end


def finish_cut_title(heading: Heading, lines: list[str]) -> None:
    """A heading whose title ends on "af" / "og" takes the wrapped rest from the next line
    (past one blank line of a double-spaced page)."""
    at = next(
        (i for i in range(heading.end, heading.end + 2) if i < len(lines) and lines[i].strip()),
        None,
    )
    following = lines[at].strip() if at is not None else ""
    if (
        not following
        or len(following) > _WRAPPED_PART
        or section_marker(following)
        or _candidate_line(following)
    ):
        return
    if heading.text.casefold().endswith(f" {following.casefold()}"):
        heading.end = at + 1  # the index lent the heading its wrapped rest already
        return
    hyphenated = re.search(r"[a-zæøå]-$", heading.text) and following[:1].islower()
    if not (_ends_in_function_word(heading.text) or hyphenated or _rest_above_case(lines, at)):
        return
    heading.text = _join_heading(heading.text, following)
    heading.end = at + 1


# "… forebyggelse af faldulykker" / "blandt ældre" / "Sagsfremstilling": the title's rest, in
# lower case and short, right above the case's first section or file label.
_TITLE_REST = re.compile(r"^[a-zæøå][\w\s,æøå-]{0,60}(?<![.:;,])$")


def _rest_above_case(lines: list[str], at: int) -> bool:
    if not _TITLE_REST.match(lines[at].strip()):
        return False
    below = next((t.strip() for t in lines[at + 1 :] if t.strip()), "")
    return bool(section_marker(below) or CASE_LABEL.match(below))


def _ends_in_function_word(text: str) -> bool:
    """ "… herunder besættelse af": a title does not end on a preposition or a conjunction."""
    words = text.split()
    return len(words) > 1 and words[-1] in FUNCTION_WORDS


def _join_heading(text: str, following: str) -> str:
    if re.search(r"[A-Za-zæøåÆØÅ]-$", text) and following[:1].islower():
        return text[:-1] + following
    if text.endswith("-"):
        return text + following
    return f"{text} {following}"


def _evidenced(heading: Heading, lines: list[str]) -> bool:
    text = heading.text
    if find_time_range(text)[0] or KIND_PREFIX.match(text) or kind_from_title(text):
        return True
    seen = 0
    for line in lines[heading.end :]:
        if not line.strip():
            continue
        seen += 1
        if seen > _LOOKAHEAD:
            break
        marker = section_marker(line)
        if marker and (heading.strong or marker.section in OPENING_SECTIONS):
            return True
        if OPEN_CLOSED.match(line.strip()):
            return True
        if _candidate_line(line):
            break
    return False


def _candidate_line(line: str) -> bool:
    stripped = line.strip()
    return bool(
        PREFIXED_HEADING.match(stripped)
        or NUMBERED_HEADING.match(stripped)
        or PADDED_HEADING.match(stripped)
    )


def _break_heading(lines: list[str], index: int) -> Heading | None:
    line = lines[index].strip()
    if BREAK_LINE.match(line) and not _TOC_LINE.search(line):
        return Heading(index, index + 1, None, line, "break")
    return None


# --- reading one item --------------------------------------------------------------------------


def read_heading(heading: Heading) -> tuple[ParsedItem, int | None]:
    """Number, kind, title, times and presenter of a heading; and a break's length in minutes."""
    text = heading.text
    closed = (
        CLOSED_IN_TITLE.search(text)
        or _CLOSED_ONLY.match(text.strip())
        or _CONFIDENTIAL.search(text)
    )
    if closed:
        text = (text[: closed.start()] + " " + text[closed.end() :]).strip()
    kind = None
    prefix = KIND_PREFIX.match(text)
    if prefix:
        kind = kind_from_prefix(prefix["prefix"])
        text = prefix["rest"]
    suffix = KIND_SUFFIX.search(text)
    if suffix and not kind:
        kind = kind_from_prefix(suffix["suffix"])
        text = text[: suffix.start()]
    start, end, match = find_time_range(text)
    if match:
        text = (text[: match.start()] + " " + text[match.end() :]).strip()
    duration = None
    if heading.style == "break" or kind_from_title(text) == "break":
        found = DURATION.search(text)
        if found:
            duration = int(found[1])
            text = (text[: found.start()] + text[found.end() :]).strip(" .,")
    presenter = ""
    found = _PRESENTER.search(text)
    if found:
        presenter = found["who"].strip(" .")
        text = text[: found.start()]
    else:
        text, presenter = presenter_by_role(text)
    title = _tidy_title(text)
    kind = kind or kind_from_title(title)
    item = ParsedItem(
        number=None if kind == "break" else heading.number,
        title=title,
        kind=kind or "",
        start_time=start,
        end_time=end,
        presenter=presenter,
        closed=bool(closed),
    )
    if not title and closed:
        item.mark_unsure("title")  # the page hides a closed item's title: the secretary gives it
    return item, duration


def _tidy_title(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" :-–,")
    if not _ABBREVIATION_AT_END.search(text):
        text = text.strip(" :-–.,")
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        text = text.lower()
    return text[:1].upper() + text[1:]


def _read_access(item: ParsedItem, body: list[str]) -> list[str]:
    """An "Åbent punkt" / "Lukket punkt" line before the sections (or before the title) becomes
    the item's flag."""
    in_title = OPEN_CLOSED.match(item.title)
    if in_title is not None:
        item.closed = in_title.group(0).lower().startswith("lukket")
        item.title = item.title[in_title.end() :].lstrip(" :-–") or item.title
    for index, line in enumerate(body):
        if not line.strip():
            continue
        marker = OPEN_CLOSED.match(line.strip())
        if marker is None:
            return body
        item.closed = marker.group(0).lower().startswith("lukket")
        rest = line.strip()[marker.end() :].strip()
        return body[:index] + ([rest] if rest else []) + body[index + 1 :]
    return body


def read_item(heading: Heading, body: list[str]) -> ItemResult:
    title, tail = split_title_tail(heading.text)
    item, duration = read_heading(replace(heading, text=title))
    result = ItemResult(item, duration)
    body = _read_access(item, body)
    if tail:
        body = [tail, "", *body]  # the outcome written on the title's line
    sections = split_sections(body)
    case: list[Block] = []
    minutes: list[Block] = []
    decisions: list[str] = []
    summary: list[Block] = []
    attachment_sections: list[list[str]] = []
    recommendation_sections: list[tuple[str, list[str]]] = []
    recommendation_places: list[int] = []  # where in the case text each section stood
    decided_prose: list[Block] = []
    decision_headings: list[Block] = []  # "Beslutning i Sundhedsudvalget den 12-03-2025"
    earlier: list[Block] = []  # decisions of the committees that saw the case before
    for section in sections:
        if section.name == "summary":
            summary += build_blocks(section.lines)
        elif section.name == "case":
            keep = KEPT_CASE_HEADING.match(section.heading)
            case += _with_heading(section.heading if keep else "", section.lines)
        elif section.name == "recommendations":
            recommendation_sections.append((section.heading, section.lines))
            recommendation_places.append(len(case))
        elif section.name == "attachments":
            attachment_sections.append(section.lines)
        elif section.name == "minutes":
            minutes += build_blocks(section.lines)
        elif decision_headings and (decisions or decided_prose):
            # A second "<udvalg>s beslutning den …": an earlier committee's, told for the record.
            earlier += _with_heading(section.heading, section.lines)
        else:
            if section.heading.lower().rstrip(":") not in {"beslutning", "afgørelse"}:
                decision_headings.append(Block(section.heading, new_paragraph=True))
            read = read_decisions(section.lines)
            decisions += read.decisions
            minutes += read.minutes
            decided_prose += read.minutes
    if not item.kind:
        item.kind = _infer_kind(recommendation_sections, item.title, bool(decisions))
        item.mark_unsure("kind")  # the document does not say: read from the verbs
    recommended = [lines for _, lines in recommendation_sections]
    if (
        not decisions
        and not decision_headings
        and recommended
        and (outcome := _outcome_after(recommended))
    ):
        decisions = [outcome]
        item.mark_unsure("decisions")  # a sentence after the recommendation, no heading
    told: list[tuple[int, list[Block]]] = []  # text of the sections that is no recommendation
    for (heading_text, lines), place in zip(
        recommendation_sections, recommendation_places, strict=True
    ):
        if item.kind == "written_orientation":
            told.append((place, _with_heading(heading_text, lines)))
            continue
        recommendations, prose = read_recommendations(lines, implicit=not heading_text)
        item.recommendations += recommendations
        told.append((place, prose))
    for place, blocks in reversed(told):  # in the document's order ("Direktionen indstiller,")
        case[place:place] = blocks
    if not decisions and minutes == decided_prose:
        decisions, minutes = prose_decisions(minutes)
        if decisions:
            item.mark_unsure("decisions")  # paragraphs, not a list: decision or discussion?
    if not decisions and attachment_sections and (outcome := _outcome_after(attachment_sections)):
        decisions = [outcome]
        item.mark_unsure("decisions")
    topic = len(case) > 1 and KEPT_CASE_HEADING.match(case[-2].text)
    if not decisions and not decision_headings and not topic and (outcome := bare_outcome(case)):
        decisions, case = [outcome], case[:-1]
        item.mark_unsure("decisions")  # no Beslutning heading: the sentence is a guess
    if any(section.implied and section.lines for section in sections):
        item.mark_unsure("decisions")  # stated in the text, under no heading
    if any(not heading for heading, _ in recommendation_sections):
        item.mark_unsure("recommendations")  # "Det indstilles, at" without a heading
    minutes = decision_headings + minutes + earlier
    case, case_urls = _pull_urls(case)
    minutes, minutes_urls = _pull_urls(minutes)
    item.summary = render(summary)
    item.case_text = render(case)
    item.minutes_text = render(minutes)
    item.decisions = [d for d in decisions if d.strip()]
    _place_attachments(item, attachment_sections, case_urls + minutes_urls)
    return result


def _outcome_after(sections: list[list[str]]) -> str | None:
    """ "Bilag 1: Referat …" / "Referatet blev godkendt.", "Det indstilles, at …" / "Punktet
    blev udsat.": the outcome sentence after the last attachment or recommendation line is
    neither; it is taken out of the section."""
    lines = sections[-1]
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None or last == 0:
        return None
    text = lines[last].strip()
    if re.match(r"^(?:at\b|\W)", text, re.IGNORECASE) or IMPLICIT_RECOMMENDATION.match(text):
        return None  # one more recommendation, or a bullet of the list
    outcome = bare_outcome([Block(text)])
    if outcome:
        del lines[last]
    return outcome


def _with_heading(heading: str, lines: list[str]) -> list[Block]:
    blocks = build_blocks(lines)
    if heading:
        blocks.insert(0, Block(heading.rstrip(":").strip(), new_paragraph=True))
    return blocks


def _pull_urls(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Stray link lines (not announced by a sentence ending in ":") belong with the bilag."""
    kept: list[Block] = []
    urls: list[str] = []
    for block in blocks:
        announced = kept and kept[-1].text.endswith(":")
        if not block.listed and URL.match(block.text) and not announced:
            urls.append(block.text)
        else:
            kept.append(block)
    return kept, urls


def _place_attachments(item: ParsedItem, sections: list[list[str]], urls: list[str]) -> None:
    """Bilag entries; when a later "Bilag" lists the files, an earlier list of descriptions of
    the same attachments is kept in the case text instead."""
    read = [read_attachments(lines) for lines in sections]
    with_files = [entries for entries in read if any(is_file_name(e) for e in entries)]
    if with_files and len(with_files) < len(read):
        described = [e for entries in read if entries not in with_files for e in entries]
        listing = "\n".join(f"- {e}" for e in described)
        item.case_text = "\n\n".join(p for p in (item.case_text, f"Bilag\n{listing}") if p)
        read = with_files
    item.attachments = [e for entries in read for e in entries] + urls


_DECISION_VERBS = re.compile(r"godkend|vedtag|bevilg", re.IGNORECASE)
_MUTUAL = re.compile(r"gensidig", re.IGNORECASE)
_NOTED = re.compile(r"efterretning|orientering\w*\s+til\s+efterretning", re.IGNORECASE)
_DISCUSS = re.compile(rf"dr{OE}ft", re.IGNORECASE)
_DECIDE = re.compile(r"beslut|tr(?:æ|ae|a)ffer", re.IGNORECASE)
_KIND_BY_TITLE_WORD = [
    (r"^(?:orientering|status|meddelelse)", "orientation"),
    (rf"^dr{OE}ftelse", "discussion"),
    (r"^(?:godkendelse|beslutning|valg|udpegning)", "decision"),
]


def _infer_kind(
    recommendation_sections: list[tuple[str, list[str]]], title: str, decided: bool
) -> str:
    """The kind of an item whose document does not say: from the recommendation's verbs."""
    text = " ".join(line for _, lines in recommendation_sections for line in lines)
    for pattern, kind in (
        (_DECISION_VERBS, "decision"),
        (_MUTUAL, "mutual_orientation"),
        (_NOTED, "orientation"),
        (_DISCUSS, "discussion"),
        (_DECIDE, "decision"),
    ):
        if pattern.search(text):
            return kind
    for pattern, kind in _KIND_BY_TITLE_WORD:
        if re.search(pattern, title, re.IGNORECASE):
            return kind
    return "decision" if decided or text else "orientation"


# "Budgetopfølgning (B)", "Status på indsatsen (O)", "Tidsplan (D)", "(B/O)": the kind as a
# letter after the title. Party letters look the same, so the marks count only when two or more
# titles of the document end in them.
_KIND_MARK = re.compile(r"\s*\((?P<letters>[BOD0](?:\s*[/,+]\s*[BOD0])*)\)\s*$")
_KIND_OF_LETTER = {"B": "decision", "O": "orientation", "0": "orientation", "D": "discussion"}
_KIND_MARKS_FOR_A_LAYOUT = 2


def take_kind_marks(items: list[ParsedItem]) -> None:
    """Strip the kind letters off the titles that carry them, and read the kind from them where
    the document said no other way."""
    marks = [_KIND_MARK.search(item.title) for item in items]
    if sum(1 for mark in marks if mark) < _KIND_MARKS_FOR_A_LAYOUT:
        return
    for item, mark in zip(items, marks, strict=True):
        if not mark:
            continue
        item.title = item.title[: mark.start()].rstrip()
        if item.is_unsure("kind") or not item.kind:
            item.kind = _KIND_OF_LETTER[mark["letters"][0]]
            item.mark_sure("kind")
