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
    TEMPLATE_HEADING_LINE,
    URL,
    find_date,
    section_marker,
)
from .people import clean_name, name_like, names_list

# A bullet as typed or as OCR reads it ("e", "o", "¢", "«", "="), a number ("1.", "2)") or a
# letter ("a)", "b)").
BULLET = re.compile(
    r"^(?:(?P<glyph>[-–—•·▪■◦●*=¢«»oe✓>§])|(?P<number>\d{1,2})\s*[.)]|(?P<letter>[a-hA-H])\))"
    r"\s+(?P<text>\S.*)$"
)
# "Indstilling 2:", "Ad 2:", "Ad pkt. 2": a decision that answers a numbered recommendation.
# "Punkt 1 Godkendt" (a run-together page): the number without punctuation before a capital.
_ANSWER_WORD = r"indstilling(?:ens)?(?:\s+(?:pkt\.?|punkt))?|ad\.?(?:\s+(?:pkt\.?|punkt))?|pkt\.?"
ANSWER = re.compile(
    rf"^(?:(?i:{_ANSWER_WORD})\s*\d{{1,2}}\s*[:.)]\s*"
    rf"|(?i:{_ANSWER_WORD}|punkt)\s*\d{{1,2}}\s+(?=[A-ZÆØÅ]))(?P<text>.*)$"
)
_SENTENCE_END = (".", "!", "?", ":")
_KEEP_HYPHEN_BEFORE = {"og", "eller", "samt", "til", "som", "&"}
_MAX_DECISION_PARAGRAPHS = 6
_MAX_DECISION_WORDS = 35
_MAX_BARE_OUTCOME_WORDS = 30
_MAX_LEAD_WORDS = 20
# A label that opens a list of people or such rather than a decision.
_LABEL_LINE = re.compile(
    r"^(?:frav(?:æ|ae)rende|afbud|deltagere|(?:ikke\s+)?til\s*stede|tilstede)\b|:$", re.IGNORECASE
)
# A page's running head on a line of its own: "Udvalget for Nære Sundhedstilbud 12-04-2023",
# "Regionsrådet 25. januar 2023" (a name, no verb, a date).
_RUNNING_HEAD = (
    r"^[A-ZÆØÅ][\w-]*(?:,?\s+(?:[A-ZÆØÅ][\w-]*|for|og|i|af|[-–|]))*[,\s–|-]+"
    r"(?:\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$"
)
# Who was absent, and a web page's or an item's marks: said under Beslutning, decided by nobody.
_NOT_A_DECISION = re.compile(
    r"\b(?:var\s+fraværende|deltog\s+ikke|forhindret\s+i\s+at\s+deltage|havde\s+meldt\s+"
    r"(?:afbud|forfald)|var\s+ikke\s+til\s+stede|forlod\s+mødet|mødet\s+(?:sluttede|hævet))\b"
    r"|^(?:til\s+toppen|til\s+top|lukket|åben|åbent|åbent\s+punkt"
    r"|lukket\s+punkt|udskriv|print|kopi[eé]r\s+link\b.{0,40})$"
    # A case number alone ("03.02.10-Ø60-1-16", "2023-004512", "Sagsnr. 13/1506"): the next
    # item's, printed above its heading.
    r"|^(?:(?:sags?|j\.?)\s*nr\.?:?\s*)?(?=[^\s]*\d)[\dA-ZÆØÅ]{1,6}(?:[./-][\dA-ZÆØÅ]{1,8}){1,5}$"
    # A page's footer: "Side 4", "Sundhedsudvalget, 21. august 2012, side 4 af 9".
    r"|^(?:.{0,80}?[,\s–-]\s*)?side\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$"
    # A running head whose page number stood on a line of its own.
    rf"|(?-i:{_RUNNING_HEAD})",
    re.IGNORECASE,
)
_BARE_OUTCOME = re.compile(
    r"^(?:godkendt|vedtaget|anbefalet|tiltrådt|drøftet|orienteredes|drøftedes|taget\s+til"
    r"|til\s+efterretning|til\s+orientering|intet|ingen)\b"
    # "Intet at rapportere", "Intet nyt at berette": nothing was told, so nothing decided.
    r"(?!\s+(?:nyt\s+)?(?:at\s+)?(?:rapportere|berette|fortælle|melde|meddele)\b)"
    r"|\b(?:(?:blev|er|var)\s+|blev\s+(?:\w+\s+){1,2}?)(?:godkendt|vedtaget|anbefalet|tiltrådt"
    r"|drøftet|taget\s+til)"
    # "Punktet blev udsat.", "Punkt 2 og 4 blev slået sammen": what happened to the item itself.
    r"|^(?:punktet|sagen|dagsordenen|punkt(?:erne)?\s+\d{1,3}(?:\s+og\s+(?:punkt\s+)?\d{1,3})?)"
    r"\s+(?:blev|bliver)\s+\w+"
    r"|\b(?:godkendte|vedtog|anbefalede|tiltrådte|besluttede|tog\s+.{0,60}til\s+efterretning)\b"
    # "Der var ingen bemærkninger til referatet.": nothing said against it, so it stands.
    r"|^der\s+var\s+ingen\s+(?:bemærkninger|kommentarer|indsigelser)\b"
    # "Bestyrelsen har godkendt regnskabet.": the perfect tense.
    r"|\bhar\s+(?:\w+\s+){0,2}?(?:godkendt|vedtaget|tiltrådt|besluttet)\b"
    # "Næste møde den 7. februar i Køge": the item that fixes the next meeting, fixed.
    r"|^næste\s+møde\s+(?:afholdes\s+|holdes\s+|bliver\s+)?(?:den|d\.)\s+\d"
    # "Dagsorden godkendt.", "Dagsordenen godkendes.", "Referatet fra sidste møde godkendt.": a
    # short sentence naming what it approves, no verb or in the present passive.
    r"|^(?!.*\b(?:at|indstill\w*|foreslå\w*|anbefal\w*|skal|kan|bør|vil)\b)(?:[\w-]+\s+){1,5}"
    r"(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|tiltrædes|taget\s+til\s+efterretning"
    r"|tages\s+til\s+efterretning)\.?$"
    # "…, så bestyrelsen beslutter at indhente tilbud": minutes telling the decision as it falls.
    r"|\b(?:beslutter|besluttes|besluttet)\s*,?\s+at\b",
    re.IGNORECASE,
)
_DECIDES = re.compile(r"\b(?:beslutter|besluttes|besluttede)\s*,?\s+at\b", re.IGNORECASE)
# A sentence saying what was decided names it in full, so it may run longer than a bare outcome.
_MAX_DECIDING_WORDS = 45
# "Besluttes at vi venter …", "Det besluttes, at …", "Det blev besluttet, at …": a line of its own
# in minutes that says what was decided, however the item's text goes on after it.
_DECIDED_LINE = re.compile(r"^(?:det\s+(?:blev\s+)?)?beslut(?:tes|tet)\s*,?\s+at\s+\S", re.I)
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
    return match["text"], match["glyph"] or (")" if match["letter"] else ""), number


def build_blocks(lines: list[str], *, soft: bool = True) -> list[Block]:
    """Blocks from raw lines. soft: consecutive lines join unless the first ends a sentence."""
    blocks: list[Block] = []
    blank = False
    headings = _heading_lines(lines) if soft else set()
    after_heading = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            blank = True
            continue
        bullet = _bullet(line)
        if bullet:
            text, glyph, number = bullet
            blocks.append(Block(text, glyph, number, blank or not blocks))
        elif (
            blocks
            and index not in headings
            and not after_heading
            and not _label_ends(blocks[-1].text, line)
            and not _capitals_heading(line)
            and not _capitals_heading(blocks[-1].text)
            and continues(blocks[-1].text, line, across_blank=blank, soft=soft)
        ):
            blocks[-1].text = join(blocks[-1].text, line)
        else:
            blocks.append(Block(line, new_paragraph=blank or not blocks))
        blank, after_heading = False, index in headings
    return blocks


# "Fraværende: Ib Holm (V)", "Sagsnr.: 22/04512": a label with its value is a line of its own in
# a PDF's text; a capitalised line after it is the next paragraph (a running head, a heading).
_LABEL_WITH_VALUE = re.compile(
    r"^(?:frav(?:æ|ae)rende|afbud|deltagere|(?:ikke\s+)?til\s*stede|tilstede"
    r"|sags?\s*nr\.?|sagsnummer|j\.?\s*nr\.?|journal\s*nr\.?|dok(?:ument)?\s*nr\.?)\s*:\s*\S",
    re.IGNORECASE,
)


def _label_ends(previous: str, line: str) -> bool:
    open_end = _OPEN_END.search(previous)
    return bool(_LABEL_WITH_VALUE.match(previous)) and line[:1].isupper() and not open_end


# "Indstillingens begrundelse", "Relation til regionens strategi", "Ressourcer": a template's
# heading that no list of section words knows, alone on a PDF's line (no blank line around it):
# one capitalised word and small ones, no full stop, a sentence beginning on the next line.
_HEADING_SHAPE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:[ -](?:[a-zæøå]+|\d+))*:?$")
_MAX_SHAPED_HEADING_WORDS = 6
# A line ending so goes on on the next: "… i samarbejde med" / "Region Nordmark".
_OPEN_END = re.compile(
    r"(?:\b(?:og|samt|eller|til|for|med|af|i|på|om|ved|fra|mellem|under|over|efter|som|der|at"
    r"|den|det|de|en|et)|[-,–/&])$",
    re.IGNORECASE,
)


def _heading_lines(lines: list[str]) -> set[int]:
    """Lines shaped as a heading between a finished sentence (or an at-clause, whose full stop
    a template leaves out: "at der nedsættes et panel" / "Indstillingens begrundelse") and the
    sentence that begins on the next line; the next line's first word would have fitted on the
    line, so the break is the writer's, not a wrap ("Regionen har modtaget" / "Sundhedsstyrel-
    sens anbefalinger …" in a narrow column is a wrap)."""
    found: set[int] = set()
    clause = False  # the paragraph so far is an at-clause or a bullet
    previous = ""
    texts = [line.strip() for line in lines]
    width = max(map(len, texts), default=0)
    nexts = [""] * len(texts)  # the next non-blank line after each
    for index in range(len(texts) - 2, -1, -1):
        nexts[index] = texts[index + 1] or nexts[index + 1]
    for index, text in enumerate(texts):
        if not text:
            continue
        following = nexts[index]
        shaped = _HEADING_SHAPE.match(text) and len(text.split()) <= _MAX_SHAPED_HEADING_WORDS
        shaped = shaped and not _OPEN_END.search(text)
        fits = following and len(text) + 1 + len(following.split()[0]) < width
        closed = not previous or previous.endswith(_SENTENCE_END) or clause
        closed = closed and not _OPEN_END.search(previous)
        if shaped and closed and fits and following[0].isupper():
            found.add(index)
        if _starts_recommendation(text) or _bullet(text):
            clause = True
        elif not previous or previous.endswith(_SENTENCE_END) or index in found:
            clause = False
        previous = text
    return found


# "KOMMUNIKATION", "TIDSPLAN OG VIDERE PROCES": a heading in capitals is a paragraph of its own,
# whatever the line before ends with. An acronym ("KL", "PLO") is too short to be taken for one.
_CAPITALS_HEADING = re.compile(r"^(?=(?:\W*[A-ZÆØÅÉ]){5})[A-ZÆØÅÉ/&,\s-]+:?$")
_MAX_HEADING_WORDS = 5


def _capitals_heading(text: str) -> bool:
    short = len(text.split()) <= _MAX_HEADING_WORDS
    return short and bool(_CAPITALS_HEADING.match(text) or TEMPLATE_HEADING_LINE.match(text))


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
    history: bool = False  # what bodies did with the case before this meeting
    implied: bool = False  # a decision the text states with no heading above it


# "Sagens forløb 25-03-2019 Magistraten", "Tidligere beslutninger", "Sagshistorik": what bodies
# did with the case before; told for the record, it is case text, and its decisions (a line
# naming a body and a date, "Godkendt.") are not this meeting's.
_HISTORY = re.compile(
    r"^(?:sagens\s+(?:tidligere\s+(?:politiske\s+)?behandling|(?:politiske\s+)?forløb)|sagsforløb"
    r"|behandlingsforløb|sagshistorik|historik"
    r"|tidligere\s+(?:politisk\s+)?(?:beslutning(?:er)?|behandling(?:er)?))\b[^.]{0,60}$",
    re.IGNORECASE,
)
# Who signed the minutes, under the last item: no decision of it.
_SIGNATURES = re.compile(
    r"^(?:underskrift(?:er|sark|sside)?|underskrevet\s+af|godkendt\s+og\s+underskrevet"
    r"|(?:mødedeltagernes\s+)?underskrifter)\s*:?\s*$",
    re.IGNORECASE,
)
# Decision headings beyond "Beslutning (i …) den …": "Beslutninger", "Beslutning truffet af
# Udvalget", "Beslutning (Udvalget, 21. august 2012)", "Behandling i Sundhedsudvalget",
# "Beslutning i Regionsrådet" (no date: this meeting's).
# "Behandling" only with a body: "Behandling på sygehuset" is a subject in health care.
_BODY = (
    r"\S*(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|styregruppe(?:n)?|forum|magistraten"
    r"|klyngen|gruppe(?:n)?|direktion(?:en)?|kommunalbestyrelsen)"
)
_DECISION_HEADING = re.compile(
    r"^(?:beslutninger|beslutning\s+(?:truffet|taget)\s+af\s+\S.{0,60}"
    r"|beslutning\s*\([^)]{2,80}\)"
    rf"|(?:behandling|beslutning)\s+i\s+(?:\S+\s+){{0,4}}?{_BODY}\b.{{0,40}})(?<![.!?])\s*:?\s*$",
    re.IGNORECASE,
)
# Attachment headings beyond "Bilag": "Bilagsoversigt", "Vedlagte bilag:", "Bilag til sagen".
_ATTACHMENT_HEADING = re.compile(
    r"^(?:bilagsoversigt|bilagsliste|oversigt\s+over\s+bilag|vedlagte\s+bilag"
    r"|bilag\s+til\s+(?:sagen|punktet|dagsordenspunktet))\s*:?\s*$",
    re.IGNORECASE,
)
# Who was absent, after the attachments: the list of attachments is over.
_PEOPLE_LABEL = re.compile(
    r"^(?:frav(?:æ|ae)rende|afbud|ikke\s+til\s+stede|til\s*stede|deltagere)\b[^:]{0,40}:", re.I
)
# "Konklusion", "Referat/beslutning", "Beslutning og konklusion": what was concluded, and
# "BESLUTNING Godkendt." run onto one line: headings whose text may follow on their line.
_DECISION_WITH_TEXT = re.compile(
    r"^(?P<heading>konklusion(?:er)?|(?:referat|drøftelse)\s*(?:/|og)\s*(?:beslutning|konklusion)"
    r"|beslutning\s*(?:/|og)\s*konklusion)\s*(?::\s*(?P<rest>.*))?$"
    r"|^(?P<bare>beslutning(?:er)?)\s+(?P<outcome>(?:godkendt|godkendes|vedtaget|anbefalet"
    r"|anbefales|tiltrådt|tiltrædes|drøftet|taget\s+til|orienteredes|udsat|intet)\b.*)$",
    re.IGNORECASE,
)
# What a Referat that says only this holds is the decision: "Godkendt.", "Indstillingen blev
# godkendt.", "Orienteringen blev taget til efterretning."
_MAX_OUTCOME_MINUTES_WORDS = 6
# A template's heading for the option not recommended: its text is case text, no recommendation.
_ALTERNATIVE = re.compile(
    r"^(?:beskrivelse\s+af\s+)?alternativ(?:e|t)?\s+(?:indstilling(?:er)?|forslag)\s*:?\s*$",
    re.IGNORECASE,
)


# "… tages til efterretning Sundheds- og Forebyggelsesudvalgets beslutning den Punkt 1 …",
# "… godkendes Beslutninger Handicaprådet den Ikke til stede …": a decision heading whose date
# extraction lost, inside a run-together line.
_INLINE_DECISION = re.compile(
    r"(?<=[a-zæøå0-9.)])\s+(?=(?:[A-ZÆØÅ][\w-]*(?:\s+og\s+[\w-]+)?s\s+beslutning"
    r"|Beslutning(?:er)?(?:\s+i)?\s+[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:den|d\.)\s+[A-ZÆØÅ])"
)
# The decision after such a heading: "… beslutning den Punkt 1 Godkendt".
_AFTER_LOST_DATE = re.compile(
    r"(?i:\bbeslutning(?:er)?\b.*?\s(?:den|d\.))\s*:?\s+"
    r"(?P<after>(?!(?i:(?:man|tirs|ons|tors|fre|lør|søn)dag))[A-ZÆØÅ].*)$"
)


# "BeslutningGodkendt.", "BilagIngen bilag.": a web page's heading and the text under it run
# together when the page is flattened; no Danish word goes on from these with a capital.
_GLUED_HEADING = re.compile(
    r"^\s*(Beslutning|Indstilling|Sagsfremstilling|Bilag|Resumé|Referat|Konklusion)"
    r"(?=[A-ZÆØÅ][a-zæøå])"
)


def split_sections(lines: list[str]) -> list[Section]:
    """The item's body cut at its section headings; text before any heading is case text. A
    lead-in "… foreslår, at"/"… anbefaler:" opens the recommendations only where nothing
    stronger (an Indstilling heading, "… indstiller") does."""
    lines = [part for line in lines for part in _INLINE_DECISION.split(line, maxsplit=1)]
    lines = [part for line in lines for part in _GLUED_HEADING.split(line, maxsplit=1)[-2:]]
    sections = [Section("case", "")]
    weak = not any(_strong_recommendation(line) for line in lines)
    if weak:
        lines = [part for line in lines for part in _inline_recommendation_apart(line)]
        weak = not any(_strong_recommendation(line) for line in lines)
    blank = True
    heads: list[tuple[Section, str]] = []  # running heads taken out of a sentence
    for index, line in enumerate(lines):
        if _inside_a_sentence(lines, index):
            heads.append((sections[-1], line.strip()))
            continue
        last = weak and blank and _last_paragraph(lines, index)
        fresh = blank or not sections[-1].lines or lines[index - 1].rstrip().endswith(_SENTENCE_END)
        name, heading, rest = _opens(line, sections[-1], weak=last, paragraph=blank, fresh=fresh)
        if name == "history":
            sections.append(Section("case", "", [rest], history=True))
        elif name == "decided":  # the line alone; the text after it is the case's again
            sections += [Section("decisions", heading, [rest], implied=True), Section("case", "")]
        elif name == "implied":  # the outcome and the paragraphs after it
            sections.append(Section("decisions", heading, [rest], implied=True))
        elif name:
            sections.append(Section(name, heading))
            if rest:
                sections[-1].lines.append(rest)
        else:
            sections[-1].lines.append(line)
        blank = not line.strip()
    for section, head in heads:  # after the section's text, which reads on without it
        section.lines += ["", head]
    if sections[-1].name == "case" and not sections[-1].history:
        sections[-1].lines, signed = _sign_off_apart(sections[-1].lines)
        sections[-1].lines = _last_outcome_apart(sections[-1].lines)
        if signed:
            sections.append(Section("minutes", "", [signed]))
    for section in sections:
        if section.name == "minutes" and _outcome_only(section.lines):
            section.name = "decisions"
    sections = [s for s in sections if s.heading or any(x.strip() for x in s.lines)]
    _conclusions_in_the_case(sections)
    return _latest_decision_first(sections)


def _inside_a_sentence(lines: list[str], index: int) -> bool:
    """A line naming a body and a date between a sentence's parts, across a page break: the
    page's running head, no heading ("… som" / "Regionsrådet 21. juni 2023" / "foreslås …")."""
    text = lines[index].strip()
    if not (BODY_AND_DATE.match(text) or re.match(_RUNNING_HEAD, text)):
        return False
    before = next((t.strip() for t in reversed(lines[:index]) if t.strip()), "")
    after = next((t.strip() for t in lines[index + 1 :] if t.strip()), "")
    return bool(before) and not before.endswith(_SENTENCE_END) and _starts_lower(after)


# "… Bo Berg var fraværende. Godkendt.": the item's last line, run together, ends on a bare
# outcome sentence of its own.
_RUN_ON_OUTCOME = re.compile(
    r"(?<=[.!?])\s+(?=(?:Godkendt|Vedtaget|Tiltrådt|Anbefalet|Drøftet"
    r"|Orienteredes|Taget\s+til\s+efterretning)\.?$)"
)


# "Ref. Bjarne Holm.", "Referent: Ida Lund": who wrote the minutes, signing off under the last
# item; what the item said before it is its end.
_SIGN_OFF = re.compile(
    r"^(?i:ref\.|referent\s*:)\s*[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){0,3}\.?$"
)


def _sign_off_apart(lines: list[str]) -> tuple[list[str], str]:
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None or last == 0 or not _SIGN_OFF.match(lines[last].strip()):
        return lines, ""
    return lines[:last], lines[last].strip()


def _last_outcome_apart(lines: list[str]) -> list[str]:
    """The bare outcome that ends the item's last line, after other sentences, is a paragraph
    of its own: the item's outcome, not the end of its text."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None:
        return lines
    parts = _RUN_ON_OUTCOME.split(lines[last].strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) < 3:
        return lines
    return [*lines[:last], parts[0], "", parts[1], *lines[last + 1 :]]


# "… gennemført. Administrationen indstiller, at handlemulighed 1 godkendes. Ansøgning …": the
# recommendation told inside a run-together paragraph, with no heading anywhere in the item.
_INLINE_LEAD = re.compile(
    r"(?<=[.!?])\s+(?=(?:[A-ZÆØÅ][\w-]*\s+(?:og\s+)?){1,3}indstiller,?\s+at\s)"
)
_SENTENCE_AFTER = re.compile(r"(?<=[a-zæøå0-9)][.!?])\s+(?=[A-ZÆØÅ])")


def _inline_recommendation_apart(line: str) -> list[str]:
    """A line holding "<Body> indstiller, at …." between other sentences: that sentence is a
    paragraph of its own, so that it opens the recommendations and the text after it is not."""
    parts = _INLINE_LEAD.split(line, maxsplit=1)
    if len(parts) != 2:
        return [line]
    before, sentence = parts
    after = _SENTENCE_AFTER.split(sentence, maxsplit=1)
    split = [before, "", after[0]]
    return [*split, "", after[1]] if len(after) == 2 else split


def _conclusions_in_the_case(sections: list[Section]) -> None:
    """A "Konklusion" or "Behandling i Udvalget" before the recommendations concludes the
    case's analysis or tells its course, not what the meeting decided: it stays case text."""
    for index, section in enumerate(sections):
        later = sections[index + 1 :]
        weak = re.match(r"konklusion|behandling", section.heading, re.IGNORECASE)
        concludes = section.name == "decisions" and weak
        if concludes and any(s.name == "recommendations" for s in later):
            section.name, section.lines = "case", [section.heading, *section.lines]
            section.heading = ""


def _without(heading: str, rest: str) -> str:
    """A heading line without the text that followed it on the line (read as the section's)."""
    if rest and heading.endswith(rest):
        return heading[: -len(rest)].rstrip()
    return heading


def _last_paragraph(lines: list[str], start: int) -> bool:
    """Is the paragraph from start (with any at-clauses or bullets after it) the last before a
    section heading or the item's end? A proposal there is the recommendation; one told in
    the middle of the case text ("Sundhedsstyrelsen anbefaler, at …") is not."""
    index = start
    while index < len(lines) and lines[index].strip():
        index += 1
    for line in lines[index:]:
        text = line.strip()
        if text and not (_starts_recommendation(text) or _bullet(text)):
            return _heads_a_section(text)
    return True


def _heads_a_section(text: str) -> bool:
    return bool(
        section_marker(text)
        or _DECISION_HEADING.match(text)
        or _DECISION_WITH_TEXT.match(text)
        or _ATTACHMENT_HEADING.match(text)
        or BODY_AND_DATE.match(text)
        or ATTACHMENT_LINE.match(text)
    )


# The document's own heading for this meeting's decision, naming no date: "Beslutning",
# "Beslutning:", "Regionsrådets beslutning", "Udvalgets beslutning", "Beslutning i Regionsrådet".
_BARE_DECISION = re.compile(
    r"^\s*(?:(?:[\w-]+\s+){0,3}?[\w-]+s\s+)?beslutning(?:\s+i\s+[\w-]+(?:\s+[\w-]+){0,4})?\s*:?\s*$",
    re.IGNORECASE,
)


def _latest_decision_first(sections: list[Section]) -> list[Section]:
    """Of decisions under dated headings ("Økonomiudvalgets beslutning den 3. marts 2020",
    "Byrådets beslutning den 10. marts 2020"), the latest is this meeting's: the bodies before
    it decided first, whatever order the document tells them in. It is put where the item's
    decision is read from, the first decision section."""
    decided = [i for i, s in enumerate(sections) if s.name == "decisions" and not s.history]
    first = sections[decided[0]] if decided else None
    if first and _BARE_DECISION.match(first.heading) and not any(map(str.strip, first.lines)):
        # "Beslutning" over "Forretningsudvalget den 17. januar 2023: Anbefalet." and
        # "Regionsrådet den 25. januar 2023: Godkendt.": the heading is empty, the dated
        # lines under it are the decisions to choose from.
        decided = decided[1:]
    dates = {i: find_date(sections[i].heading) for i in decided}
    dated = [(date, i) for i, date in dates.items() if date]
    own = next(
        (i for i in decided if not dates[i] and _BARE_DECISION.match(sections[i].heading)), None
    )
    if dated and dates[decided[0]] and own is not None and own != decided[0]:
        # "Økonomiudvalget, 19. juni 2019, pkt. 146: Indstilles godkendt." quoted above the
        # item's own "Beslutning" or "Regionsrådets beslutning": the heading naming no date is
        # this meeting's, the dated ones before it are the case's history.
        for i in decided:
            if i < own and dates[i]:
                quoted = sections[i]
                sections[i] = Section("case", "", [quoted.heading, *quoted.lines], history=True)
        return sections
    if len(dated) < 2 or not dates[decided[0]]:
        return sections
    latest = max(dated)[1]  # of two on one day, the later told (a running head comes first)
    if latest != decided[0]:
        sections.insert(decided[0], sections.pop(latest))
    return sections


def _outcome_only(lines: list[str]) -> bool:
    """A Referat that says no more than "Godkendt." or "Indstillingen blev godkendt." records
    the decision, not a discussion; so does one brief paragraph that opens with such a sentence
    ("Dagsorden blev godkendt. Der blev rykket rundt på enkelte punkter, …")."""
    blocks = build_blocks(lines)
    # A template's sub-heading left empty after it ("Opfølgning", "Ansvarlig:") says nothing.
    while len(blocks) > 1 and _empty_subheading(blocks[-1].text):
        blocks = blocks[:-1]
    if len(blocks) != 1 or blocks[0].listed:
        return False
    text = blocks[0].text
    return len(text.split()) <= _MAX_DECISION_WORDS and _outcome_first(text)


def _empty_subheading(text: str) -> bool:
    words = text.rstrip(":").split()
    return 0 < len(words) <= 2 and text[:1].isupper() and not text.endswith((".", "!", "?"))


def _strong_recommendation(line: str) -> bool:
    marker = section_marker(line)
    return bool(marker and marker.section == "recommendations") or bool(
        IMPLICIT_RECOMMENDATION.match(line.strip()) or _lead_opens(line.strip(), weak=False)
    )


def _lead_opens(text: str, *, weak: bool) -> bool:
    """ "Direktionen indstiller:", "Forvaltningen foreslår, at …": a lead-in that begins the
    recommendations; foreslår/anbefaler (weak) also begin proposals told in the case text."""
    match = LEAD_IN.match(text)
    if not match:
        return False
    strong = re.search(r"indstille[rs]", text[: match.end()], re.IGNORECASE)
    return bool(strong or weak) and bool(match["at"] or text.endswith(":") or strong)


def _opens(
    line: str, current: Section, *, weak: bool = False, paragraph: bool = True, fresh: bool = True
) -> tuple[str | None, str, str]:
    """The section a line opens (its name, its heading and the text after the heading on the
    line), or None; "history" is case text that holds no decision of this meeting. fresh: the
    line starts a sentence (after a blank, a heading or a full stop), as "Direktionen
    indstiller," does with no blank line above it in a PDF's text."""
    stripped = line.strip()
    if _HISTORY.match(stripped) or _SIGNATURES.match(stripped) or _ALTERNATIVE.match(stripped):
        return "history", "", stripped
    marked = _opens_by_marker(stripped, current)
    if marked:
        return marked
    if current.name == "attachments" and _PEOPLE_LABEL.match(stripped):
        return "history", "", stripped
    if _ATTACHMENT_HEADING.match(stripped):
        return "attachments", stripped, ""
    decided = _opens_decision(stripped, current)
    if decided:
        return decided
    opening = current.name in {"case", "summary"} and not current.history
    if opening and paragraph and _DECIDED_LINE.match(stripped):
        return "decided", "Beslutning", stripped
    if opening and paragraph and _OUTCOME_WITH_CHANGES.match(stripped):
        # "Godkendt med disse tilføjelser:" / the changes: the decision, with no heading above.
        return "implied", "Beslutning", stripped
    if opening and IMPLICIT_RECOMMENDATION.match(stripped):
        return "recommendations", "", stripped
    if opening and paragraph and _lead_opens(stripped, weak=weak):
        return "recommendations", "", stripped
    if opening and fresh and _lead_opens(stripped, weak=False):
        return "recommendations", "", stripped
    if current.name != "attachments" and ATTACHMENT_LINE.match(stripped):
        return "attachments", "", stripped
    return None, "", ""


def _opens_by_marker(stripped: str, current: Section) -> tuple[str, str, str] | None:
    """A section word ("RESUMÉ", "Beslutning:", "Bilag/links", "Beslutninger <Udvalg> den …")."""
    marker = section_marker(stripped)
    if marker:
        # "Baggrund" is a sub-heading once the case text has begun.
        subheading = re.match(r"^baggrund", stripped, re.IGNORECASE)
        if marker.section == "case" and current.name == "case" and subheading:
            return None
        rest = marker.rest
        lost = marker.section == "decisions" and not rest and _AFTER_LOST_DATE.search(stripped)
        rest = lost["after"].strip() if lost else rest
        return marker.section, _without(stripped, rest), rest
    if plural := re.match(r"^beslutninger\s+(?=\S)", stripped, re.IGNORECASE):
        # "Beslutninger Handicaprådet den …": as "Beslutning …" reads
        marker = section_marker("Beslutning " + stripped[plural.end() :])
        if marker and marker.section == "decisions":
            return "decisions", _without(stripped, marker.rest), marker.rest
    return None


def _opens_decision(stripped: str, current: Section) -> tuple[str, str, str] | None:
    """A decision heading that is no section word: "Konklusion", "Behandling i Udvalget",
    "Udvalget den 3. marts 2020" (not in the case's history), with any text after it."""
    if _DECISION_HEADING.match(stripped) and len(stripped.split()) <= 12:
        return "decisions", stripped, ""
    if with_text := _DECISION_WITH_TEXT.match(stripped):
        heading = with_text["heading"] or with_text["bare"]
        return "decisions", heading, (with_text["rest"] or with_text["outcome"] or "").strip()
    if current.history or ATTACHMENT_LINE.match(stripped):
        return None  # "Bilag 1: Referat fra mødet i Rådet den 10. oktober 2023" names a file
    if BODY_AND_DATE.match(stripped):
        return "decisions", stripped, ""
    # "Forretningsudvalget den 5. marts 2024: Indstillingen blev tiltrådt."
    head, colon, said = stripped.partition(": ")
    decided = colon and _BARE_OUTCOME.search(said) and current.name != "attachments"
    if decided and BODY_AND_DATE.match(head):
        return "decisions", head, said.strip()
    return None


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


# "Direktionen indstiller:", "Forvaltningen foreslår, at", "Det indstilles over for udvalget,
# at", "Udvalget anbefaler over for regionsrådet:": who recommends, and to whom, before the
# recommendations themselves ("at" keeps the first on the same line).
_LEAD_VERB = r"(?:indstiller|foreslår|anbefaler)"
LEAD_IN = re.compile(
    rf"^(?:det\s+(?:indstilles|foreslås|anbefales)|\S+(?:\s+\S+){{0,8}}?\s+{_LEAD_VERB})"
    r"(?:\s+(?:hermed|derfor|samtidig|endvidere|således|herved))?"
    r"(?:\s+(?:til|over\s*for|for)\s+[^,:;.]{1,80}?)?"
    r"(?:\s*,?\s+(?P<at>at)\b\s*:?\s*|\s*:\s*|\s*,?\s*$)",
    re.IGNORECASE,
)
# "…, at udvalget over for byrådet anbefaler," / "…, at udvalget anbefaler over for byrådet,":
# the lead-in goes on, the list follows.
_NESTED_LEAD = re.compile(
    rf"\b{_LEAD_VERB}(?:\s+(?:til|over\s*for|for)\s+[^,:;.]{{1,80}})?\s*[,:]?$", re.IGNORECASE
)
# Words after which a wrapped line's "at" continues the sentence ("… til" / "at styrke …"),
# and abbreviations whose full stop ends no clause ("… ift." / "at understøtte …").
_AT_GOVERNED = re.compile(
    r"(?:^|\s)(?:til|for|om|med|ved|af|i|på|uden|efter|ikke|mulighed|behov|besluttede?|ønsker"
    r"|ift\.|jf\.|mht\.|mhp\.|vedr\.|bl\.a\.|evt\.|pga\.|f\.eks\.|ca\.|inkl\.|iht\.)$",
    re.IGNORECASE,
)
# Where one line holds several at-clauses: "at X, og at Y", "at X; at Y", "at X samt at Y",
# "at X 2. at Y" (a numbered list run onto one line).
_NEXT_CLAUSE = re.compile(
    r"(?:\s*;|,?\s+(?:og|samt)|[,;]?\s+\d{1,2}[.)])\s+(?=at\s)", re.IGNORECASE
)


def _mark_clauses(lines: list[str]) -> list[str]:
    """A line that begins an at-clause after a lead-in, a clause or a full stop is one point of
    the list even without a bullet: it is given one, so that it is not joined to the line
    before."""
    out: list[str] = []
    previous = ""
    at = -1  # where the last unbulleted line beginning with "at" is in out
    for line in lines:
        text = line.strip()
        after_clause = _starts_recommendation(previous) or previous.endswith((",", ":", ";", "."))
        if (
            _starts_recommendation(text)
            and previous
            and after_clause
            and not _AT_GOVERNED.search(previous)
        ):
            if at >= 0 and out[at].strip() == previous:
                out[at] = f"• {previous}"  # the first clause of the list: one point too
            line = f"• {text}"
        out.append(line)
        if text:
            at = len(out) - 1 if _starts_recommendation(text) else -1
            previous = text if not _bullet(text) else _bullet(text)[0]
    return out


# "… interessevaretagelse. godkender standpunktspapiret …": a full stop and a small letter
# after a whole word (not an abbreviation such as "ift.") where a list's bullets were lost.
_LOST_BULLET = re.compile(r"(?<=[a-zæøå]{5}\.)\s+(?=[a-zæøå]{3,}\s)")


def _split_clauses(text: str) -> list[str]:
    """ "at X, og at Y": two recommendations; not when the first holds a subordinate ", at"
    ("at udvalget beslutter, at X og at Y" coordinates what is decided). A sentence that
    begins with a small letter is a point of its own."""
    points = _LOST_BULLET.split(text)
    if len(points) > 1:
        return [clause for point in points for clause in _split_clauses(point)]
    if not _starts_recommendation(text):
        return [text]
    parts = _NEXT_CLAUSE.split(text)
    if len(parts) == 1 or re.search(r",\s+at\s", parts[0], re.IGNORECASE):
        return [text]
    return parts


def _lead(text: str) -> tuple[str, str] | None:
    """A lead-in's own words and the recommendation that follows it on the line ("" if none)."""
    match = None if _starts_recommendation(text) else LEAD_IN.match(text)
    if not match:
        return None
    if match["at"]:
        rest = text[match.start("at") :].strip()
        rest = "" if re.fullmatch(r"at\s*:?", rest, re.IGNORECASE) else rest
        if _NESTED_LEAD.search(rest):
            return text, ""  # "…, at udvalget over for byrådet anbefaler," + the list
        return text[: match.start("at")].rstrip(), rest
    return text[: match.end()].rstrip(), text[match.end() :].strip()


@dataclass
class _Recommendations:
    """What read_recommendations has read so far."""

    texts: list[str] = field(default_factory=list)
    prose: list[Block] = field(default_factory=list)
    ended: bool = False  # the list is over: the rest is prose


def read_recommendations(
    lines: list[str], *, implicit: bool = False
) -> tuple[list[str], list[Block]]:
    """Recommendations, and the prose around the list (a lead-in such as "Det indstilles, at
    Sundhedsklynge Lillebælt") that belongs with the case text. A paragraph of prose after a
    list of at-clauses ends it. implicit: no Indstilling heading opened the section, only a
    sentence "Det indstilles, at …", which with the at-clauses after it is all of it."""
    blocks = build_blocks(_mark_clauses(_split_pipes(lines)))
    listed = any(block.listed for block in blocks)
    # "Det indstilles, at udvalget:" + "1. godkender …": the lead-in names who, the list what;
    # "Det indstilles, at X," + "at Y": the lead-in's clause is the first of the list.
    at_list = listed and all(_starts_recommendation(b.text) for b in blocks if b.listed)
    top_glyph = next((block.glyph or "#" for block in blocks if block.listed), "")
    read = _Recommendations()
    for block in blocks:
        if read.ended:
            read.prose.append(block)
        elif block.listed:
            _add_listed(read.texts, block, top_glyph)
        elif listed:
            _add_beside_list(read, block, at_list=at_list)
        else:
            _add_unlisted(read, block, implicit=implicit)
    last = read.texts[-1] if read.texts else ""
    if last.endswith(":") and not _starts_recommendation(last):
        # an announcement with nothing after it ("Udvalget anbefaler over for regionsrådet:")
        read.prose.append(Block(read.texts.pop(), new_paragraph=True))
    split = [part for text in read.texts for part in _split_clauses(text)]
    return [_trim_joiner(r) for r in split if r.strip()], read.prose


def _add_beside_list(read: _Recommendations, block: Block, *, at_list: bool) -> None:
    """Prose beside a bulleted or numbered list: a lead-in, whose own clause counts only
    before more at-clauses; an at-clause among at-clauses; otherwise case text."""
    lead = _lead(block.text)
    if lead is not None:
        _add_lead(read, block, lead, takes=at_list)
    elif at_list and _starts_recommendation(block.text):
        read.texts.append(block.text)
    else:
        read.prose.append(block)


def _add_unlisted(read: _Recommendations, block: Block, *, implicit: bool) -> None:
    """A paragraph where no list is: a lead-in, the points a clause ending in ":" announces,
    prose that ends a list of at-clauses, or a recommendation of its own."""
    lead = _lead(block.text)
    texts = read.texts
    if lead is not None:
        _add_lead(read, block, lead, takes=True)
    elif texts and texts[-1].endswith(":"):
        texts[-1] += " " + block.text
    elif (
        texts
        and (implicit or _starts_recommendation(texts[0]))
        and not _starts_recommendation(block.text)
    ):
        read.ended = True
        read.prose.append(block)
    else:
        texts.append(block.text)


def _add_lead(read: _Recommendations, block: Block, lead: tuple[str, str], *, takes: bool) -> None:
    """The lead-in's words go to the case text; the recommendation after it on the line
    (if taken) to the list."""
    takes = takes and bool(lead[1])
    read.prose.append(Block(lead[0] if takes else block.text, new_paragraph=True))
    if takes:
        read.texts.append(lead[1])


def _add_listed(recommendations: list[str], block: Block, top_glyph: str) -> None:
    """A bullet or number: a recommendation, or part of the one before (a sub-bullet, or the
    points a clause ending in ":" announces)."""
    top = (block.glyph or "#") == top_glyph or block.number is not None
    opens = top or _starts_recommendation(block.text)
    if recommendations and (not opens or recommendations[-1].endswith(":")):
        glue = " " if recommendations[-1].endswith(":") else "; "
        recommendations[-1] = recommendations[-1] + glue + block.text
    else:
        recommendations.append(block.text)


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
    return _unnumbered([e for e in entries if not _NO_ATTACHMENTS.fullmatch(e.strip())])


# "Bilag: Ingen", "Ingen bilag", "-": the section says there are none.
_NO_ATTACHMENTS = re.compile(r"(?:ingen(?:\s+bilag)?|intet|ikke\s+relevant|-|–)\.?", re.I)


def _unnumbered(entries: list[str]) -> list[str]:
    """ "1 Budget 2024", "2 Notat": numbers without a full stop, counted from one, are the
    list's numbering, not part of the names."""
    numbers = [re.match(r"^(\d{1,2})\s+(?=\S)", entry) for entry in entries]
    counted = all(m and int(m[1]) == i for i, m in enumerate(numbers, start=1))
    if len(entries) < 2 or not counted:
        return entries
    return [entry[m.end() :] for entry, m in zip(entries, numbers, strict=True) if m]


@dataclass
class DecisionText:
    decisions: list[str] = field(default_factory=list)
    minutes: list[Block] = field(default_factory=list)


# "… Taget til efterretning Side 255": a transcript's page number run onto the page's last
# line, which is the decision's when the item ends the page.
_PAGE_MARK_AT_END = re.compile(r"(?<=\S)\s+Side\s+\d{1,4}(?:\s*(?:af|/)\s*\d{1,4})?\s*$")


def read_decisions(lines: list[str]) -> DecisionText:
    """Numbered, bulleted or "Indstilling N:" decisions, or a short outcome ("Godkendt.") alone
    under the heading. Other prose is minutes."""
    result = _listed_decisions([_PAGE_MARK_AT_END.sub("", line) for line in lines])
    result.minutes = [part for block in result.minutes for part in _absences_apart(block)]
    if result.decisions:
        return result
    rest = [
        b for b in result.minutes if _NOT_A_DECISION.search(b.text) or _LABEL_LINE.match(b.text)
    ]
    outcome = short_outcome([block for block in result.minutes if block not in rest])
    if not outcome and (changes := _outcome_with_changes(result.minutes)):
        return DecisionText(changes, [])
    if not outcome:
        rest += [b for b in result.minutes if _empty_subheading(b.text) and b not in rest]
        outcome = _opening_outcome([block for block in result.minutes if block not in rest])
    return DecisionText([outcome], rest) if outcome else result


# "Godkendt som indstillet, således at …", "Godkendt med følgende rettelser: Punkt 13 …": an
# outcome word opening the paragraph; what the paragraph says after it completes the decision.
_OPENS_WITH_OUTCOME = re.compile(
    r"^(?:godkendt|godkendes|vedtaget|vedtages|anbefalet|anbefales|tiltrådt|tiltrædes"
    r"|taget\s+til\s+efterretning)\b(?!\s+(?:af|i|på)\s)",
    re.IGNORECASE,
)
# "Godkendt med følgende rettelser:", "Vedtaget med disse tilføjelser:": the outcome announces
# the changes it was made with; the list after it is part of the decision, however long.
_OUTCOME_WITH_CHANGES = re.compile(
    r"^(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|tiltrædes)\s+med\s+(?:følgende"
    r"|disse|nedenstående|flg\.?)\s+(?:\w+\s+)?(?:rettelser|rettelse|tilføjelser|tilføjelse"
    r"|ændringer|ændring|bemærkninger|bemærkning|præciseringer|justeringer)\s*:",
    re.IGNORECASE,
)
_MAX_OPENING_OUTCOME_WORDS = 80


def _outcome_with_changes(blocks: list[Block]) -> list[str]:
    """ "Godkendt med følgende rettelser:" and the paragraphs after it, each a change made: the
    decisions, when they are few and none is a long discussion."""
    if len(blocks) < 2 or not blocks[0].text.endswith(":"):
        return []
    if not _OUTCOME_WITH_CHANGES.match(blocks[0].text) or len(blocks) > _MAX_DECISION_PARAGRAPHS:
        return []
    if any(len(block.text.split()) > _MAX_OPENING_OUTCOME_WORDS for block in blocks[1:]):
        return []
    return [block.text for block in blocks]


def _opening_outcome(blocks: list[Block]) -> str | None:
    """The one paragraph under a Beslutning heading opens with the outcome ("Godkendt som
    indstillet, således at …"): the decision, however long; no earlier body's outcome."""
    if len(blocks) != 1 or blocks[0].listed:
        return None
    text = blocks[0].text
    if len(text.split()) > _MAX_OPENING_OUTCOME_WORDS:
        return None
    return text if _OPENS_WITH_OUTCOME.match(text) or _outcome_first(text) else None


def _outcome_first(text: str) -> bool:
    """ "Dagsorden blev godkendt. Der blev rykket rundt på …": a paragraph that opens with a
    short outcome sentence (no earlier body's) and tells more after it."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", text, maxsplit=1)[0]
    if _EARLIER_OUTCOME.search(first) or _DATED_DECISION.search(first):
        return False
    return len(first.split()) <= _MAX_OUTCOME_MINUTES_WORDS and bool(_BARE_OUTCOME.search(first))


# "Godkendt. Fraværende: Anne Hansen", "Godkendt. Bo Berg (V) deltog ikke i behandlingen.":
# who was absent, run onto the decision's line.
_ABSENCE_AFTER = re.compile(
    r"(?<=[.!?])\s+(?=(?:frav(?:æ|ae)rende|afbud|ikke\s+til\s+stede)\s*:"
    r"|[A-ZÆØÅ][^.!?]{0,120}\b(?:deltog\s+ikke|var\s+fraværende|forhindret\s+i\s+at\s+deltage"
    r"|havde\s+meldt\s+(?:afbud|forfald)|var\s+ikke\s+til\s+stede)\b)",
    re.IGNORECASE,
)


# "Ikke til stede: Anne Holm, Bo Berg Dagsordenen godkendt.": the outcome after the names of a
# list that a run-together extraction gave on one line.
_OUTCOME_AFTER_NAMES = re.compile(
    r"(?<=[\w)])\s+(?=(?:[A-ZÆØÅ][a-zæøå]+\s+(?:blev\s+)?(?:godkendt|vedtaget|anbefalet|tiltrådt"
    r"|drøftet|udsat|taget\s+til\s+efterretning)|Godkendt|Vedtaget|Anbefalet|Anbefales|Tiltrådt"
    r"|Drøftet|Udsat|Orienteredes|Taget\s+til\s+efterretning)\.?$)"
)


def _absences_apart(block: Block) -> list[Block]:
    if block.listed:
        return [block]
    split = _LABEL_LINE.match(block.text) and _OUTCOME_AFTER_NAMES.split(block.text)
    parts = split if split and len(split) > 1 else _ABSENCE_AFTER.split(block.text)
    if len(parts) == 1:
        return [block]
    first = Block(parts[0], new_paragraph=block.new_paragraph)
    return [first] + [Block(part, new_paragraph=True) for part in parts[1:]]


def _decision_lead(blocks: list[Block]) -> str:
    """ "Udvalget besluttede:" / "Indstillingen blev godkendt med følgende ændringer:" before
    the section's bullets: "lead" (the bullets are the decisions), "outcome" (the line is one
    too) or "" (the bullets belong to a discussion)."""
    if len(blocks) < 2 or blocks[0].listed or not blocks[1].glyph:
        return ""
    text = blocks[0].text
    if not text.endswith(":") or len(text.split()) > _MAX_LEAD_WORDS:
        return ""
    if re.search(r"\bbeslut", text, re.IGNORECASE):
        return "lead"
    return "outcome" if _BARE_OUTCOME.search(text) else ""


def _listed_decisions(lines: list[str]) -> DecisionText:
    result = DecisionText()
    open_answer = False  # the last decision was "Indstilling N:", which takes the prose after it
    blocks = build_blocks(lines)
    lead = _decision_lead(blocks)
    outcome = blocks.pop(0).text if lead == "outcome" else None
    for block in blocks:
        answer = None if block.listed else ANSWER.match(block.text)
        if block.glyph and result.minutes and not result.decisions and not lead:
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
    if outcome:
        result.decisions.insert(0, outcome)
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
    for block in _announced_joined(blocks):
        label = bool(_LABEL_LINE.match(block.text))
        names = after_label and _people_line(block.text)
        after_label = label or names
        if label or names or _NOT_A_DECISION.search(block.text) or _LISTED_FILE.match(block.text):
            rest.append(block)
        else:
            decided.append(block)
    if not decided or len(decided) > _MAX_DECISION_PARAGRAPHS or not all(map(_brief, decided)):
        outcome = short_outcome(blocks)
        if outcome:
            return [outcome], []
        return _concluding_outcome(blocks)
    return [block.text for block in decided], rest


# "Tilføjelse:", "Protokoltilførsel:", "Bemærkning:": a short label on a PDF's line of its own
# over what it labels (not a list of people: "Fraværende:" is read with its names).
_SHORT_LABEL = re.compile(r"^(?!(?i:frav|afbud|deltag|til\s*stede|tilstede))\w+(?:\s+\w+)?:$")
_MAX_JOINED_WORDS = 60


def _announced_joined(blocks: list[Block]) -> list[Block]:
    """A short label and the paragraph under it, and a sentence announcing a quotation
    ("… ønskede følgende ført til protokol:" / "“Vi kan ikke støtte …”"), as one paragraph:
    one decision, not two."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        quoted = block.text[:1] in "\"“”„'‘«»"
        announced = last and not last.listed and last.text.endswith(":")
        short = announced and (_SHORT_LABEL.match(last.text) or quoted)
        if short and not block.listed and len(block.text.split()) <= _MAX_JOINED_WORDS:
            out[-1] = Block(f"{last.text} {block.text}", new_paragraph=last.new_paragraph)
        else:
            out.append(block)
    return out


# A web page's attachment list under the decision: a number alone ("1."), a link with its
# file type ("Referat af møde 10.3.2021 (DOC)", "Notat.pdf").
_LISTED_FILE = re.compile(
    r"^(?:\d{1,3}\.?|.{1,120}\((?:doc|docx|pdf|xls|xlsx|ppt|pptx)\)"
    r"|\S.{0,120}\.(?:pdf|docx?|xlsx?|pptx?))$",
    re.IGNORECASE,
)


def _concluding_outcome(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The discussion told first and the outcome last ("… Dagsordenen blev godkendt med
    ovenstående bemærkninger"): the last short outcome sentence is the decision."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.listed or _NOT_A_DECISION.search(block.text):
            continue
        if bare_outcome([block]):
            return [block.text], blocks[:index] + blocks[index + 1 :]
        break
    return [], blocks


def _people_line(text: str) -> bool:
    """Who a label such as "Fraværende:" names: people, or nobody ("Ingen")."""
    nobody = re.fullmatch(r"(?:ingen|-|–)\.?", text.strip(), re.IGNORECASE)
    return bool(nobody or names_list(text)) or name_like(clean_name(text))


def _brief(block: Block) -> bool:
    """A decision is stated briefly; a long paragraph records the discussion. The votes are
    the decision's record, however many sentences they take ("For stemte 25: A, V og C. Imod
    stemte 3: Ø.")."""
    text = block.text
    # "Punkt 28. Beslutning om …": an ordinal's full stop ends no sentence.
    sentences = len(re.findall(r"(?<!\d)[.!?](?:\s+[A-ZÆØÅ]|$)", text.strip()))
    if block.listed or len(text.split()) > _MAX_DECISION_WORDS:
        return False
    return sentences <= 1 or all(map(_VOTE.match, _SENTENCE_AFTER.split(text.strip())))


# "For stemte 25: A, V og C.", "Imod stemte 3: Ø.", "Undlod at stemme: F.", "Et flertal (A, V)
# godkendte indstillingen.", "Mindretallet (Ø) tog forbehold.": how the meeting voted.
_VOTE = re.compile(
    r"^(?:(?:for|imod)\s+stemte|undlod\s+at\s+stemme|(?:et\s+)?(?:flertal|mindretal)(?:let)?)\b",
    re.IGNORECASE,
)


def bare_outcome(case: list[Block]) -> str | None:
    """ "Orienteredes.", "Dagsordenen blev godkendt.": a short outcome sentence that ends an
    item without a Beslutning heading is its decision."""
    if not case or case[-1].listed:
        return None
    text = case[-1].text
    told = (len(case) > 1 and _EARLIER_OUTCOME.search(text)) or _DATED_DECISION.search(text)
    words = len(text.split())
    if words <= _MAX_BARE_OUTCOME_WORDS and _BARE_OUTCOME.search(text) and not told:
        return text
    if words <= _MAX_DECIDING_WORDS and _DECIDES.search(text) and not told:
        return text
    changes = _OUTCOME_WITH_CHANGES.match(text) and not text.endswith(":")
    if changes and len(text.split()) <= _MAX_OPENING_OUTCOME_WORDS:
        return text  # "Godkendt med følgende rettelser: Punkt 13 …": the outcome with its list
    return None


# "… blev godkendt af regionsrådet i 2019": the case's history told at the end of its text, by
# another body or in another year, not this meeting's outcome.
_EARLIER_OUTCOME = re.compile(
    r"\b(?:godkendt|vedtaget|anbefalet|tiltrådt|drøftet|efterretning)\s+(?:af|i|på)\s+"
    r"(?:\S+\s+){0,2}?(?:\S*(?:udvalg|råd|bestyrelse|styregruppe|direktion)\w*|\d{4}\b)",
    re.IGNORECASE,
)
# "Regionsrådet besluttede den 3. maj at …", "… besluttede i 2024 at …": a decision dated apart
# from this meeting, told as the case's history.
_DATED_DECISION = re.compile(
    r"\bbesluttede\s+(?:(?:den|d\.)\s+\d{1,2}\.|i\s+(?:\w+\s+)?\d{4}\b"
    r"|på\s+(?:sit|sidste|et\s+tidligere)\s+møde)",
    re.IGNORECASE,
)


def is_file_name(text: str) -> bool:
    return bool(re.search(r"\.(?:pdf|docx?|xlsx?|pptx?|msg|txt|odt|rtf|png|jpe?g)$", text, re.I))
