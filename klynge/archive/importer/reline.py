"""Run-together text cut back into lines.

Some extractions (a PDF viewer's transcript, a page saved as text) give a whole page as one
line: "3 1. Godkendelse af dagsorden Sagsnr.: 14/40 Beslutning … Afbud: Ingen Side 2". Such a
line is cut before what always starts a line in a printed agenda: a label with its colon
("Mødested:", "Deltagere:", "Sagsfremstilling:"), a section word opening a section, and the
next number of a numbered run ("… 2. Budget 3. Eventuelt"). The page number in front goes on a
line of its own. Ordinary lines are left alone.
"""

from __future__ import annotations

import re

from .layouts import OE, PAGE_FOOTER_AT_END, PREFIXED_HEADING, section_marker

# Only lines this long are cut: a hard-wrapped or ordinary paragraph line is much shorter.
_RUN_TOGETHER = 250
_LABELS = (
    rf"m{OE}dedato|m{OE}detidspunkt|m{OE}de\s+slut|m{OE}dested|sluttidspunkt|starttidspunkt|tidspunkt|tid|sted"
    r"|dato|dagsordenspunkter|deltagere|mødedeltagere|tilstedeværende|medlemmer|til\s*stede|tilstede|afbud(?:\s+fra)?|frav(?:æ|ae)rende"
    r"|ikke\s+til\s+stede|referent|mødeleder|formand|næstformand|gæster|forum|udvalg"
    r"|sagsnr\.?|sags\s+nr\.?|dok\.\s*nr\.?|sagsid\.?|sagsbehandler|sagen\s+afgøres\s+i"
    r"|resum[eé]|sagsfremstilling|sagsbeskrivelse|indstilling(?:er)?|beslutning(?:er)?|bilag"
    r"|økonomiske\s+konsekvenser|vurdering|tema"
)
_LABEL = re.compile(rf"\s+(?=(?:{_LABELS})\s*:)", re.IGNORECASE)
_SECTION_WORD = re.compile(
    r"(?<=[a-zæøå.):\d])\s+(?=(?:Resum[eé]|Sagsfremstilling|Indstilling(?:er)?|Beslutning(?:er)?"
    r"|Bilag|Referat)\s+[A-ZÆØÅ]|Beslutning(?:er)?\s+i\s+[A-ZÆØÅ])"
)
# "… dagsordenen Sekretariatet indstiller, at …", "… Det indstilles, at …": a recommendation
# starts a line of its own.
_RECOMMENDATION = re.compile(
    r"(?:(?<=[a-zæøå)])|(?<=[^\d]\.))\s+(?P<who>(?:Det\s+indstilles"
    r"|[A-ZÆØÅ][\w-]+(?:\s+og\s+[\w-]+)?\s+indstiller)(?:\s+til\s+[^,]{1,60})?,?\s+at\b)"
)
# "Eventuelt1. Orientering …", "dagsordenTil toppen": a heading or a page's link glued on.
# "Mødetidspunkt: 08:00. Sted: …" is a time, never a heading glued on after its colon.
_GLUED = re.compile(
    r"(?<=[a-zæøå:])(?<!\d:)(?=\d{1,3}\.\s+[A-ZÆØÅ])|(?<=[a-zæøå])(?=Til toppen(?![a-zæøå]))"
)
_BULLET = re.compile(r"^\s*[•·▪]\s+(?P<rest>\S.*)$")
_TITLE_START = re.compile(r"^[A-ZÆØÅ\"'“][^\n]{2,200}$")
_PAGE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=\S)")
# "3 1. Godkendelse af dagsorden Dok.nr.: 1965": page 3, item 1.
_PAGE_BEFORE_ITEM = re.compile(r"^\d{1,3}\s+\d{1,3}\.\s+[A-ZÆØÅ]")


# "2LUKKET PUNKT: Center Bakkehuset": a web page's number badge set on the closed mark.
_NUMBER_ON_ACCESS = re.compile(r"^(\s*\d{1,3})\s*(?=(?i:(?:lukket|åbent|åben)\s+punkt\b))")


def reline(lines: list[str]) -> list[str]:
    out: list[str] = []
    lines = [_NUMBER_ON_ACCESS.sub(r"\1: ", line) for line in lines]
    for line in cut_trailing_headings(lines):
        for piece in _GLUED.split(line):
            if _run_together(piece):
                out.extend(cut_run_together(piece))
            else:
                out.extend(_first_heading_off_its_page(piece))
    return unbullet_headings(out)


# "… uden bemærkninger 2. Godkendelse af referat": a numbered heading at the end of a line.
_TRAILING_HEADING = re.compile(r"(?<=\S)\s+(?P<number>\d{1,3})\.\s+(?=[A-ZÆØÅ])(?P<title>[^\n]*)$")
_HEADING_AT_START = re.compile(r"^\s*(?P<number>\d{1,3})\.\s+[A-ZÆØÅ]")
# "Punkt", "Pkt.", "Sag nr.", "Dagsordenspunkt": the word a heading's number follows.
_HEADING_WORD = re.compile(r"^\s*(?:punkt|pkt\.?|sag(?:\s+nr\.?)?|dagsordenspunkt|ad)\s*$", re.I)
# A run of headings numbered on across lines; most of them at the end of the line before.
_TRAILING_RUN = 3
_MAX_TRAILING_TITLE = 150


def cut_trailing_headings(lines: list[str]) -> list[str]:
    """Minutes where each item's numbered heading runs on from the last sentence of the item
    before ("Dagsorden godkendt uden bemærkninger 2. Godkendelse af referat …" / its text / "…
    bemærkninger. 3. Orientering …"): cut where the heading starts, when the numbers run on
    (1, 2, 3, …) through the document. A number in a sentence ("… i 2. Kvartal") runs on with
    nothing."""
    found: list[tuple[int, int, int | None]] = []  # line, number, where the cut goes
    for index, line in enumerate(lines):
        trailing = _TRAILING_HEADING.search(line)
        if trailing and _HEADING_WORD.match(line[: trailing.start()]):
            trailing = None  # "Punkt 1. Godkendelse af dagsorden": the number's own word
        if trailing and len(trailing["title"]) <= _MAX_TRAILING_TITLE:
            found.append((index, int(trailing["number"]), trailing.start()))
        elif start := _HEADING_AT_START.match(line):
            found.append((index, int(start["number"]), None))
    run = _longest_run(found)
    if len(run) < _TRAILING_RUN or sum(cut is not None for _, _, cut in run) < _TRAILING_RUN - 1:
        return lines
    cuts = {index: cut for index, _, cut in run if cut is not None}
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in cuts:
            out += [line[: cuts[index]].rstrip(), line[cuts[index] :].strip()]
        else:
            out.append(line)
    return out


def _longest_run(found: list[tuple[int, int, int | None]]) -> list[tuple[int, int, int | None]]:
    """The longest chain of found headings numbered 1, 2, 3, … in document order."""
    best: list[tuple[int, int, int | None]] = []
    for position, first in enumerate(found):
        if first[1] != 1:
            continue
        run = [first]
        for other in found[position + 1 :]:
            if other[1] == run[-1][1] + 1:
                run.append(other)
        best = max(best, run, key=len)
    return best


def unbullet_headings(lines: list[str]) -> list[str]:
    """A web page's list marks on headings ("• Pkt. 15 …", "• Beslutning i …", "• 1" above its
    title) taken off, so that the headings read as printed ones; other bullets stay."""
    out = list(lines)
    for index, line in enumerate(out):
        bullet = _BULLET.match(line)
        if not bullet:
            continue
        rest = bullet["rest"].strip()
        if re.fullmatch(r"\d{1,3}", rest):
            following = next((i for i in range(index + 1, len(out)) if out[i].strip()), None)
            if following is not None and _TITLE_START.match(out[following].strip()):
                out[index] = f"{rest}. {out[following].strip()}"
                out[following] = ""
            continue
        if _heading_like(rest):
            out[index] = rest
    return out


def _heading_like(text: str) -> bool:
    marker = section_marker(text)
    return bool(
        (marker and not marker.rest)
        or PREFIXED_HEADING.match(text)
        or re.match(r"\d{1,3}\.?\s+[A-ZÆØÅ]", text)
    )


# "2 Referat … Side 2 Tilhørere Anne Holm Bo Berg 1. Velkomst …": a transcript's page whose
# first item heading runs on after a list of names.
_PAGE_WITH_FIRST_HEADING = re.compile(
    r"^\d{1,3}\s+\S.*?\b[Ss]ide\s+\d{1,3}\b.*?[a-zæøå]\s+1\.\s+[A-ZÆØÅ][a-zæøå]"
)


def _first_heading_off_its_page(line: str) -> list[str]:
    """A short transcript page: its number, its running head and names, then item 1."""
    if not _PAGE_WITH_FIRST_HEADING.match(line):
        return [line]
    page = _PAGE_NUMBER.match(line)
    rest = line[page.end() :] if page else line
    heading = _FIRST_HEADING.search(rest)
    if page is None or heading is None:
        return [line]
    return [page[1], rest[: heading.start()].strip(), rest[heading.start() :].strip()]


def _run_together(line: str) -> bool:
    """A long line, or one that holds two labels or a page number before an item's number."""
    if len(line) > _RUN_TOGETHER:
        return True
    labels = sum(1 for m in _LABEL.finditer(line) if m.start() > 0)
    return labels >= 2 or bool(_PAGE_BEFORE_ITEM.match(line))


def cut_run_together(line: str) -> list[str]:
    """One run-together line as the lines it was printed as."""
    head: list[str] = []
    page = _PAGE_NUMBER.match(line)
    if page:
        head, line = [page[1]], line[page.end() :]
    marks = {m.end() for m in _LABEL.finditer(line)}
    marks |= {m.end() for m in _SECTION_WORD.finditer(line)}
    marks |= _after_section_words(line, marks)
    if re.match(r"^\d{1,3}\.\s+[A-ZÆØÅ]", line):  # a heading run into its recommendation
        marks |= {m.start("who") for m in _RECOMMENDATION.finditer(line)}
    marks |= _numbered_run_starts(line)
    marks |= {m.start() for m in _COLON_HEADING.finditer(line)}
    marks |= {m.start() for m in _PADDED_HEADING.finditer(line)}
    marks |= {m.start() for m in PAGE_FOOTER_AT_END.finditer(line)}
    pieces, start = [], 0
    for mark in sorted(marks):
        pieces.append(line[start:mark].strip())
        start = mark
    pieces.append(line[start:].strip())
    return head + [q for p in pieces if p for q in _title_off_its_text(p)]


# "… velkommen til mødet. 1: Godkendelse af dagsordenen …": a heading numbered with a colon.
_COLON_HEADING = re.compile(r"(?<=[.!?]\s)\d{1,3}:\s+(?=[A-ZÆØÅ])")
# "… Mads Lund 04 Forslag til vedtægtsændring Indstilling: …": a number with its leading zero.
_PADDED_HEADING = re.compile(r"(?<=\s)(?<![Kk]l\.\s)(?<![Kk]lokken\s)0[1-9]\s+(?=[A-ZÆØÅ][a-zæøå])")
# "… Allan Svendsen 1. Velkomst og præsentation …": the first heading after a name or a word.
_FIRST_HEADING = re.compile(r"(?<=[a-zæøå]\s)1\.\s+(?=[A-ZÆØÅ][a-zæøå])")
_NUMBER_THEN_TITLE = re.compile(r"^\d{1,3}[.:]\s+[A-ZÆØÅ]")
# A numbered piece this long holds its item's text too; the title is a few words.
_LONG_HEADING = 150
_TITLE_WORDS = 16
# Words a title runs on after: a capitalised word after one of them still belongs to it.
FUNCTION_WORDS = {
    "af", "på", "i", "for", "til", "med", "om", "og", "samt", "ved", "fra", "den", "det", "de",
    "en", "et", "eller", "efter", "under", "over", "mellem", "hos", "mod", "uden", "inden",
    "vedr.", "ang.", "jf.", "som", "der", "at", "sin", "sit", "sine", "nyt", "ny", "nye",
    "vedrørende", "angående", "omkring", "blandt", "via", "hvor", "når",
}  # fmt: skip


def starts_title(word: str) -> bool:
    letter = word.lstrip("\"“'")[:1]
    return letter.isalpha() and letter.isupper()


def plain_word(word: str) -> bool:
    """An ordinary lower-case word or a year: a capitalised word after it starts something new."""
    year = len(word) == 4 and word.isdigit()
    return year or (word.isalpha() and word.islower() and word not in FUNCTION_WORDS)


def _title_off_its_text(piece: str) -> list[str]:
    """ "1. Godkendelse af dagsorden Der var en kort …": a numbered heading whose text runs on
    ends where a capitalised word follows a plain one (the next sentence, or a presenter)."""
    if len(piece) <= _LONG_HEADING or not _NUMBER_THEN_TITLE.match(piece):
        return [piece]
    if re.search(r"\sv\s?[/.]", piece[:_LONG_HEADING]):
        return [piece]  # "… v/ Anne Holm, KORA": the presenter ends the heading
    words = piece.split()
    for k in range(2, min(len(words), _TITLE_WORDS)):
        if starts_title(words[k]) and plain_word(words[k - 1]):
            return [" ".join(words[:k]), " ".join(words[k:])]
    return [piece]


# A section word that opens a line, with its text run on after it ("Beslutning Godkendt.").
_WORD_THEN_TEXT = re.compile(
    r"(?:Resum[eé]|Sagsfremstilling|Indstilling(?:er)?|Beslutning(?:er)?)\s+"
    r"(?=[A-ZÆØÅ])(?!i\s)(?!(?:\S+\s+){1,5}?(?:den|d\.)\s)"
)


def _after_section_words(line: str, starts: set[int]) -> set[int]:
    """Where the text after a section word starts, so that the word heads its section alone."""
    found = (_WORD_THEN_TEXT.match(line, start) for start in starts)
    return {m.end() for m in found if m}


def _numbered_run_starts(line: str) -> set[int]:
    """Where each entry of a run "1. A 2. B 3. C" starts (numbers that follow one another)."""
    plain = [
        (m.start(1), int(m[1])) for m in re.finditer(r"(?:^|\s)(\d{1,3})\.\s+(?=[A-ZÆØÅ])", line)
    ]
    # "Pkt. 1 Godkendelse … Pkt. 2 Budget …": a prefixed number needs no full stop; a run keeps
    # to one form ("… beslutning Punkt 1 Godkendt 2. Projekt …" is an answer, then a heading).
    # "6. LUKKET PUNKT 7. Harmonisering …": where the plain run holds, "PUNKT 7." is no prefix.
    in_plain = _run_starts(plain)
    matches = [
        m for m in _PREFIXED_IN_RUN.finditer(line) if not in_plain & set(range(m.start(), m.end()))
    ]
    covered = {i for m in matches for i in range(m.start(), m.end())}
    prefixed = [(m.start(), int(m["number"])) for m in matches]
    plain = [(start, number) for start, number in plain if start not in covered]
    return _run_starts(plain) | _run_starts(prefixed)


def _run_starts(found: list[tuple[int, int]]) -> set[int]:
    starts: set[int] = set()
    for position, (start, number) in enumerate(found):
        # "… rute 383. Punkt 14 …" between items 2 and 3: a number out of the run is passed over.
        ahead = found[position + 1 : position + 1 + _RUN_REACH]
        following = next((s for s, n in ahead if n == number + 1), None)
        if following is not None:
            starts |= {start, following}
    return starts


_PREFIXED_IN_RUN = re.compile(
    r"(?<!\S)(?i:pkt\.|punkt|dagsordenspunkt)\s*(?P<number>\d{1,3})[.:]?\s+(?=[A-ZÆØÅ])"
)
# How many numbers out of the run may stand between one entry and the next.
_RUN_REACH = 3
