"""Line patterns of Danish agendas and minutes: times, dates, item headings and section markers.

The patterns tolerate the OCR damage typical of Danish scans (ø read as g, @, o or 0; å as a, &,
3 or d; æ as ae, ee or ze) so that the segmenter works on raw OCR text as well as on repaired text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ø and its OCR stand-ins.
OE = "[øØoOgG@0öÖ]"
# A time such as 08:30, 8.40 or 11.30 that is not part of a longer number (1.269, 2.454.500).
_HM = r"(?<![\d.,])(\d{1,2})[.:](\d{2})(?![\d.,]\d)"
_KL = r"(?:(?:kl\.?|klokken)\s*)*"
TIME_RANGE = re.compile(rf"\(?\s*{_KL}{_HM}\s*(?:-|–|—|til)\s*{_KL}{_HM}\s*\)?", re.IGNORECASE)
SINGLE_TIME = re.compile(rf"\(?\s*(?:kl\.?|klokken)\s*{_KL}{_HM}\s*\)?", re.IGNORECASE)
DURATION = re.compile(r"(\d{1,3})\s*(?:min\.?|minutter)", re.IGNORECASE)

# The labels that head a list of people, by the list they head; read case-insensitively, both as a
# line's label ("Afbud: …", header.py) and inside a run-together header (roster.py). Longer forms
# come first so that "Afbud/Fraværende" and "Ikke til stede" are one label each.
PEOPLE_LABELS = {
    "apologies": (
        r"afbud\s*/\s*frav\S*rende|afbud\s+(?:modtaget\s+)?fra|meldt\s+afbud|afbud"
        r"|frav(?:æ|ae|a|e)rende(?:\s+med\s+afbud)?|frav(?:æ|ae|a|e)r|forfald|ikke\s+til\s+stede"
        rf"|ikke\s+m{OE}dt"
    ),
    "substitutes": r"stedfortr(?:æ|ae)dere|stedfortr(?:æ|ae)der|suppleanter|suppleant",
    "takers": rf"referenter|referent|referatf{OE}rer|protokolf{OE}rer|sekret(?:æ|ae)r",
    "leader": rf"m{OE}deleder|m{OE}det\s+ledet\s+af|ordstyrer",
    "participants": (
        # "Navn Deltog Afbud": an attendance table's column headings, the marks under them lost
        # in extraction; whoever the table names was called to the meeting.
        rf"(?:deltog|deltager|til\s+stede|fremm{OE}dt|m{OE}dt)\s+(?:afbud|frav(?:æ|ae)rende)"
        r"|tilstedev(?:æ|ae)rende(?:\s+medlemmer|\s+observat(?:ø|o)rer)?(?:\s+af\s+\w+)?"
        rf"|til\s*stede|m{OE}dedeltagere|(?:ø|o)vrige\s+deltagere|deltagere|deltagende|inviterede"
        rf"|medlemmer|fremm{OE}dte|m{OE}dt|(?:desuden|endvidere)\s+deltog"
        # "Indkaldelse" over the members called (not "Indkaldelse af suppleant").
        r"|indkaldte(?:\s+medlemmer)?|indkaldelse(?=\s*(?::|$))"
        r"|fra\s+(?:sekretariatet|administrationen|forvaltningen)"
    ),
    # Guests may have come for one item only; only a run-together header counts them in.
    "guests": r"g(?:æ|ae)ster",
}

MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "marts": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # A committee system set to English prints its month names: "25. February 2020".
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "oct": 10,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "15. maj 2002", "15-maj-2002".
DATE_WORDS = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.?(?:\s*|-)({_MONTH_NAMES})\b\.?,?(?:\s*|-)(\d{{4}})", re.I
)
# "Marts 3, 2016": the month first, as some publishing systems print it.
DATE_MONTH_FIRST = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I)
# "31. august 1. september 2016", "30. nov. - 1. dec. 2020": a meeting over two days prints
# the first day without its year; the meeting's date is the first day.
DATE_SPAN = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.\s*({_MONTH_NAMES})\b\.?\s*(?:[-–]|og|til)?\s*"
    rf"\d{{1,2}}\.\s*({_MONTH_NAMES})\b\.?\s*(\d{{4}})",
    re.I,
)
DATE_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")
DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
STARTS_WITH_MONTH = re.compile(rf"^({_MONTH_NAMES})\b", re.IGNORECASE)

URL = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)


def hhmm(hours: str, minutes: str) -> str | None:
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        return None
    return f"{h:02d}:{m:02d}"


def find_time_range(text: str) -> tuple[str | None, str | None, re.Match[str] | None]:
    """The first "08:30-09:05"-like range in text (any "kl." and parentheses around it)."""
    match = TIME_RANGE.search(text)
    if match:
        start, end = hhmm(match[1], match[2]), hhmm(match[3], match[4])
        if start and end:
            return start, end, match
    match = SINGLE_TIME.search(text)
    if match and (start := hhmm(match[1], match[2])):
        return start, None, match
    return None, None, None


def find_date(text: str) -> str | None:
    """The first Danish date in text as YYYY-MM-DD ("Den 7. juni 2023", "26-02-2025")."""
    candidates = []
    for match in DATE_SPAN.finditer(text):
        first, second = MONTHS[match[2].lower()], MONTHS[match[3].lower()]
        year = int(match[4]) - (first > second)  # "30. december - 2. januar 2021"
        candidates.append((match.start(), year, first, int(match[1])))
    for match in DATE_WORDS.finditer(text):
        candidates.append((match.start(), int(match[3]), MONTHS[match[2].lower()], int(match[1])))
    for match in DATE_NUMERIC.finditer(text):
        candidates.append((match.start(), int(match[3]), int(match[2]), int(match[1])))
    for match in DATE_MONTH_FIRST.finditer(text):
        candidates.append((match.start(), int(match[3]), MONTHS[match[1].lower()], int(match[2])))
    for match in DATE_ISO.finditer(text):
        candidates.append((match.start(), int(match[1]), int(match[2]), int(match[3])))
    for _, year, month, day in sorted(candidates):
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 < year < 2200:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# --- item headings ----------------------------------------------------------------------------

# "Punkt 3: …", "Punkt 3 - …", "Pkt. 3 …", "Sag nr. 3: …", "Punkt : Pause" (no number), and in
# minutes "Ad 3. …", "Ad pkt. 3: …".
PREFIXED_HEADING = re.compile(
    r"^(?P<word>punkt|pkt\.?|sag\s+nr\.?|sag|dagsordenspunkt|ad\.?(?:\s+(?:pkt\.?|punkt))?)"
    r"(?![a-zæøå])\s*(?P<number>\d{0,3})"
    r"\s*[:.)\-–]?\s*[:.\-–]?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# "Sag nr. 11", "Punkt 3", "Ad 2", "4." alone on a line: a case's number, its title printed on the
# line above it or below it.
NUMBER_ALONE = re.compile(
    r"^(?:(?:punkt|pkt\.?|sag\s+nr\.?|sag|ad\.?(?:\s+(?:pkt\.?|punkt))?)\s*(?P<number>\d{1,3})"
    r"\s*[.:)]?|(?P<plain>\d{1,2})\.)$",
    re.IGNORECASE,
)
# "3. Titel", "3) Titel", "3: Titel".
NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2})\s*[.):]\s+(?P<title>[A-ZÆØÅ0-9‘'\"].*)$")
# "04 Forslag til vedtægtsændring": a number printed with its leading zero needs no full stop.
PADDED_HEADING = re.compile(r"^0(?P<number>[1-9])\s+(?P<title>[A-ZÆØÅ][a-zæøå].*)$")
# A break line: "PAUSE 10 min.", "Pause (kl. 15:45 – 15:55)".
BREAK_LINE = re.compile(r"^pause\b(?P<rest>[\s\d.:()\-–—kltimnuercaKLMINUTERCA]*)$", re.I)

KIND_PREFIXES = [
    (r"beslutnings\s*(?:punkt|sag)|beslutning", "decision"),
    (rf"dr{OE}ftelses?\s*(?:punkt|sag)|dr{OE}ftelse", "discussion"),
    (r"gensidigt?\s+orienterings\s*(?:punkt|sag)|gensidigt?\s+orientering", "mutual_orientation"),
    (
        r"skriftlige?\s+orientering(?:s\s*punkt(?:er)?|er)?|skriftlige?\s+meddelelser?",
        "written_orientation",
    ),
    (r"orienterings\s*(?:punkt|sag)|orientering|meddelelser?", "orientation"),
    (
        r"godkendelses\s*(?:punkt|sag)|godkendelse|(?:orientering|dr\S{1,2}ftelse)\s+og\s+\w+",
        "decision",
    ),
    # "Til efterretning - Kvartalsrapport", "Til behandling - …": what the body is asked to do.
    (r"til\s+(?:efterretning|orientering)", "orientation"),
    (r"til\s+(?:behandling|beslutning|godkendelse)", "decision"),
]
# "Beslutningspunkt: …", "Beslutning - …", "Orientering og godkendelse: …": the kind before the
# title, set off by a colon or a spaced dash.
KIND_PREFIX = re.compile(
    r"^(?P<prefix>"
    + "|".join(f"(?:{p})" for p, _ in KIND_PREFIXES)
    + r")\s*(?::|\s[-–—])\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

# Titles that name their own kind (and prove that a numbered line is an item heading).
SELF_NAMING_TITLES = [
    (r"^(?:velkomst|godkendelse af dagsorden)", "welcome"),
    (r"^(?:eventuelt|evt\.?)(?:\W|$)", "any_other_business"),
    (r"^pause\b", "break"),
    (
        r"^(?:skriftlige?\s+orientering|skriftlige?\s+meddelelser|meddelelser\b)",
        "written_orientation",
    ),
    (r"^gensidigt?\s+orientering", "mutual_orientation"),
]


# "Habilitetspolitik, beslutningspunkt", "Budget (orienteringssag)": the kind after the title.
KIND_SUFFIX = re.compile(
    r"\s*(?:,|\s[-–—]|\()\s*(?P<suffix>(?:beslutnings|orienterings|dr\S{1,2}ftelses|godkendelses)"
    r"\s*(?:punkt|sag))\)?\s*$",
    re.IGNORECASE,
)


def kind_from_prefix(prefix: str) -> str:
    for pattern, kind in KIND_PREFIXES:
        if re.fullmatch(pattern, prefix.strip(), re.IGNORECASE):
            return kind
    return "decision"


def kind_from_title(title: str) -> str | None:
    for pattern, kind in SELF_NAMING_TITLES:
        if re.search(pattern, title.strip(), re.IGNORECASE):
            return kind
    return None


# --- section markers ---------------------------------------------------------------------------

# Headings of the case templates, often set after Indstilling (so they end its list); unlike
# "Sagsfremstilling" they say what the text under them is about, so the case text keeps them.
_TEMPLATE_HEADINGS = (
    r"(?:\w+(?:mæssige|ske)\s+(?:og\s+\w+\s+)?)?konsekvenser(?:\s+for\s+\w+(?:\s+\w+)?)?"
    r"|risikovurdering|problemstilling|sagens\s+(?:formål|baggrund|gang)|sagsgang\s+og\s+sagstype"
    r"|supplerende\s+sagsfremstilling|det\s+videre\s+forløb"
    r"|(?:administrationens|forvaltningens|direktionens)\s+(?:vurdering|bemærkninger)"
    r"|kommunikation|tidsplan\s+og\s+(?:videre\s+)?proces|høring"
    # the case's history (sections.py reads no decision of this meeting under it)
    r"|sagens\s+(?:tidligere\s+(?:politiske\s+)?behandling|(?:politiske\s+)?forløb)"
    r"|tidligere\s+(?:politisk\s+)?behandling|sagshistorik"
)
# "Økonomi", "Tidsplan", "Beslutningskompetence" say what is under them too ("Regionsrådet." alone
# in the case text says nothing); "Sagsfremstilling" and "Indledning" do not.
_TOPIC_HEADINGS = (
    r"økonomi(?:ske\s+konsekvenser)?|tidsplan|videre\s+proces|vurdering"
    r"|(?:beslutnings)?kompetence|lovgrundlag|retsgrundlag"
)
KEPT_CASE_HEADING = re.compile(
    rf"^(?:baggrund|(?:{_TEMPLATE_HEADINGS}|{_TOPIC_HEADINGS})\s*:?$)", re.IGNORECASE
)
# Such a heading alone on its line ("Konsekvenser", "Baggrund:"): a paragraph of its own in a
# PDF's text, which has no blank line before or after it.
TEMPLATE_HEADING_LINE = re.compile(
    rf"^(?-i:(?=[A-ZÆØÅ]))(?:baggrund|{_TEMPLATE_HEADINGS})\s*:?$", re.IGNORECASE
)
_FOLD_PREFIX = r"(?:fold\s+dette\s+punkt\s+(?:ind|ud)\s+)?"
SECTION_PATTERNS = [
    ("summary", r"(?:kort\s+)?(?:sags)?resum[eéÉE]|sammenfatning|beslutningstema"),
    (
        "case",
        r"sagsfremst[a-z]*ing|beskrivelse\s+af\s+sagen|sagsbeskrivelse|sagens\s+indhold"
        r"|baggrund(?:\s+(?:og|for)\s+\w+(?:\s+\w+){0,2})?|vurdering|videre\s+proces"
        r"|økonomi(?:ske\s+konsekvenser)?|indledning|politisk\s+behandling"
        r"|(?:beslutnings)?kompetence|lovgrundlag|retsgrundlag|tidsplan|" + _TEMPLATE_HEADINGS,
    ),
    (
        "recommendations",
        # "Indstilling", "Direktionens indstilling", "Forretningsudvalgets indstilling"
        r"(?:[\w-]+s\s+)?indstilling(?:er)?(?:\s+og\s+proces)?|forslag\s+til\s+beslutning",
    ),
    ("attachments", r"bilag(?:\s*/\s*links?)?|bilagsfortegnelse|bilag\s+og\s+links?"),
    ("minutes", r"referat|protokol"),
    (
        "decisions",
        rf"(?:(?:[\w-]+\s+){{0,3}}?\w+s\s+)?beslutning(?:(?:\s+(?:i\s+)?\S+(?:\s+\S+){{0,5}}?)?\s+(?:den|d\.)(?:\s.*)?)?"
        rf"|afg{OE}relse",
    ),
]
SECTION_MARKER = re.compile(
    r"^\s*"
    + _FOLD_PREFIX
    + r"(?P<marker>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in SECTION_PATTERNS)
    + r")\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# Sections that open an item (unlike Referat/Beslutning, which can follow a numbered list).
OPENING_SECTIONS = {"summary", "case", "recommendations"}
# "Det indstilles, at …", "Direktionen indstiller, at …": a recommendation without a heading.
IMPLICIT_RECOMMENDATION = re.compile(
    r"^(?:det\s+indstilles|\S+(?:\s+\S+){0,8}?\s+indstiller)(?:\s+til\s+[^,]+)?,?\s+at\b",
    re.IGNORECASE,
)
# "Bilag 1: Budget.pdf": an attachment line without a heading.
ATTACHMENT_LINE = re.compile(r"^bilag\s+\d+\s*[:.\-–]", re.IGNORECASE)
OPEN_CLOSED = re.compile(r"^(?:åbent|aabent|abent|lukket)\s+punkt\b", re.IGNORECASE)
# A closed item marked in its title: "LUKKET PUNKT: …", "Lukket - …", "… - Lukket punkt",
# "… (Lukket)", "Lukket sag: …".
CLOSED_IN_TITLE = re.compile(
    r"^\s*lukket(?:\s+(?:punkt|sag))?\s*(?::|\s[-–—])\s*"
    r"|\s*(?:\s[-–—]\s*|\(\s*)lukket(?:\s+(?:punkt|sag))?\s*\)?\s*$",
    re.IGNORECASE,
)


# "Social- og Sundhedsudvalget den 09-08-2022" after "Beslutning:": the body and the date.
_WHO_AND_WHEN = re.compile(r"^[A-ZÆØÅ][\w ,.-]{2,80}\s+(?:den|d\.)\s+\d{1,2}[-./ ]", re.IGNORECASE)


# "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 15", "Økonomiudvalget den 3. marts 2016": a
# line inside an item that names only a body and a date heads what that body decided.
BODY_AND_DATE = re.compile(
    r"^\s*\S+(?:\s+\S+){0,6}?(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|styregruppen"
    r"|forum|magistraten|klyngen),?\s+(?:den\s+|d\.\s*)?"
    rf"(?:\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|\d{{1,2}}\.\s*(?:{_MONTH_NAMES})\s+\d{{4}})"
    r"(?:,?\s*(?:pkt|punkt)\.?\s*\d{1,3})?\s*:?\s*$",
    re.IGNORECASE,
)


@dataclass
class Marker:
    section: str
    rest: str


def section_marker(line: str) -> Marker | None:
    """The section a heading line opens ("RESUMÉ", "Beslutning:", "Bilag/links", …), if any."""
    match = SECTION_MARKER.match(line)
    if not match:
        return None
    for name, _ in SECTION_PATTERNS:
        if match[name]:
            rest = (match["rest"] or "").strip()
            if name == "decisions" and _WHO_AND_WHEN.match(rest):
                rest = ""  # "BESLUTNING: Udvalget den 09-08-2022": who decided when
            if name == "decisions" and not rest:
                rest = _after_lost_date(match["marker"])
            return Marker(name, rest)
    return None


# "Beslutning i Udvalget den : Godkendt.": the heading's date lost in extraction.
_LOST_DATE = re.compile(
    r"^beslutning\b.*?\s(?:den|d\.)\s*:?\s*(?P<after>(?![\d(]|(?:man|tirs|ons|tors|fre|lør|søn)dag)"
    rf"(?!(?:{_MONTH_NAMES})\b)[A-ZÆØÅ].*)$",
    re.IGNORECASE,
)


# "Beslutning i Udvalget den 3. marts 2016: Godkendt.": the decision after the dated heading.
_AFTER_DATE = re.compile(
    r"^beslutning\b.*?\s(?:den|d\.)\s+[^:]{0,40}?\d{4}\s*:\s*(?P<after>\S.*)$", re.IGNORECASE
)


def _after_lost_date(heading: str) -> str:
    """What follows "Beslutning … den <dato>:" on the heading's line, or "Beslutning … den"
    when no date does (extraction lost it): the decision itself."""
    match = _LOST_DATE.match(heading.strip()) or _AFTER_DATE.match(heading.strip())
    return match["after"].strip() if match else ""


# --- page furniture ----------------------------------------------------------------------------

# "Side 3 af 17", "Side! 3 af! 17" (a transcript's marks), "Side 3", or the page number alone;
# and a committee system's running head that ends on the page's number, "Regionsrådet 25. januar
# 2023 Side 3", "Udvalget for Sundhed 12-04-2023 - Side 2 af 6": a few words and the meeting's
# date before "Side N" (a sentence wrapped there begins with a small letter or runs longer).
# The date may come with the time the page was printed ("25-01-2023 14:32"); "Side 3 af 12 |
# Regionsrådet | 25.01.2023" prints the number first.
_PAGE_DATE = (
    r"(?<!\S)(?:\d{1,2}\.?\s*(?:"
    + _MONTH_NAMES
    + r")\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?"
)
_PAGE_HEAD = rf"[A-ZÆØÅ0-9][^!?:;]{{0,70}}?{_PAGE_DATE}"
_PAGE_OF = r"(?:Side|SIDE)\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?"
PAGE_NUMBER = re.compile(
    rf"^\s*(?:\d{{1,3}}|side!?\s+\d+\s*(?:af!?|/)\s*\d+|side\s+\d{{1,3}}"
    rf"|(?-i:{_PAGE_HEAD}[\s,|–-]*{_PAGE_OF}|{_PAGE_OF}[\s,|–-]+{_PAGE_HEAD}))\s*$",
    re.IGNORECASE,
)
# The same footer ending a run-on page.
PAGE_FOOTER_AT_END = re.compile(r"\s+side!?\s+\d{1,3}\s*(?:af!?|/)\s*\d{1,3}\s*$", re.IGNORECASE)


def is_date_only(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    for pattern in (DATE_WORDS, DATE_NUMERIC, DATE_ISO):
        match = pattern.search(stripped)
        if match and match.start() == 0 and match.end() == len(stripped):
            return True
    return False
