"""People in the forms Danish minutes write them: lists with party letters, names run together
with "og", titles before names, substitutes, and absences told in sentences.

"Anne Holm (A), Bo Berg (V) og Carl Dahl (C)", "Formand Anne Holm (A)", "Ali Ünsal, (V)",
"Der var afbud fra Thomas Hav.", "Alle var mødt, undtagen Anne Holm og Bo Berg",
"Anne Holm og Bo Berg havde meldt forfald. I stedet mødt Carl Dahl og Dorte Lund.",
"Stedfortræder Carl Dahl mødte for Anne Holm".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .layouts import find_date
from .names import NOT_NAME, is_given, is_name_word, split_run
from .parsed import ParsedPerson

_NAME_WORD = re.compile(r"^[A-ZÆØÅÜÖÉ][\w.'’‐-]*$")  # "‐": a typeset hyphen
_PARTICLES = {"von", "van", "de", "la", "af"}
_MAX_NAME_WORDS = 4
# A party letter after a name: "(A)", "(Ø)", "(SF)", "(LI)", ", V".
# "(Sam)": a party's short name.
_PARTY = re.compile(
    r"\s*,?\s*\((?:[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]{1,2})\)|,\s*[A-ZÆØÅ]{1,2}(?=\s*(?:,|$|\s+og\s))"
)
_ROLES = (
    r"formand|næstformand|borgmester|viceborgmester|rådmand|direktør|sekretær|medlem|"
    r"udvalgsformand|stedfortræder|suppleant|konst\.|kst\."
)
_ROLE_BEFORE = re.compile(rf"^(?:(?:{_ROLES})\s*:?\s+)+", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"\s*[-–,]\s*(?:{_ROLES})\s*$", re.IGNORECASE)
_NAMES_SEPARATOR = re.compile(r"\s*(?:,\s*(?:og|samt)\s+|,|;|\s+(?:og|samt)\s+|\s+&\s+)\s*")


# "Aarhus Kommune", "Region Nord": a body named where a person might be.
_BODY = re.compile(r"^(?:Kommune|Kommunes|Amt|Region|Regionen)$")


def name_like(text: str, min_words: int = 2) -> bool:
    words = text.split()
    if not min_words <= len(words) <= 5:
        return False
    named = all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words)
    return named and not heading_or_body(words)


def heading_or_body(words: list[str]) -> bool:
    """ "ÅBNE SAGER", "Byrådet", "Aarhus Kommune": a heading in capitals or a body's word,
    no one's name."""
    capitals = not any(c.islower() for w in words for c in w)
    if capitals and any(len(w.strip(".")) > 2 for w in words):
        return True
    return any(_BODY.match(w) or NOT_NAME.match(w) for w in words)


def clean_name(text: str) -> str:
    """ "Formand Anne Holm (A)" → "Anne Holm"; "Lægefaglig direktør Bo Berg",
    "Hospitalsdirektør Bo Berg" → "Bo Berg"."""
    text = _PARTY.sub("", text.replace("()", " ")).strip(" -–•·,.")  # "()": a party left empty
    text = _ROLE_AFTER.sub("", text)
    text = _ROLE_BEFORE.sub("", text).strip(" -–•·,.")
    return _without_title(text)


# A title's last word: "direktør", "Hospitalsdirektør", "Praksiskoordinator", "PLO-repræsentant".
_TITLE_WORD = re.compile(
    r"(?:direktør|chef|formand|læge|leder|konsulent|sekretær|repræsentant|koordinator"
    r"|borgmester|rådmand|medlem|sygeplejerske|jurist|fuldmægtig|observatør)$",
    re.IGNORECASE,
)


def _without_title(text: str) -> str:
    """The name that ends a title and name ("Lægefaglig direktør Bo Berg"): the name words at
    the end, from after the title's last word."""
    words = text.split()
    start = len(words)
    while start > 0 and is_name_word(words[start - 1]) and not _TITLE_WORD.search(words[start - 1]):
        start -= 1
    if start == 0 or len(words) - start < 2:
        return text
    title = words[:start]
    if _TITLE_WORD.search(title[-1]) or not _holds_name(title):
        return " ".join(words[start:])
    return text  # "Anne Holm – stedfortræder Bo Berg": two people, not a title


def _holds_name(words: list[str]) -> bool:
    return any(is_given(word) and is_name_word(after) for word, after in pairwise(words))


def names_with_party_letters(text: str) -> list[str] | None:
    """ "Anne Holm (A) Bo Berg (V), Carl Dahl (C)": names cut after each party letter; None
    when the text is not such a list."""
    # "Bo Berg (suppleant)(BB)": a role in brackets right before the letters is no name's end.
    text = re.sub(r"\([a-zæøå][^()]*\)\s*(?=\([A-ZÆØÅ]{1,3}\))", " ", text)
    marks = list(re.finditer(r"\((?:[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]{1,2})\)", text))
    if len(marks) < 2:
        # "Anna Skat Nielsen (Sundhedsstyrelsen), Maria Krohn (SSI), …": an organisation in
        # parentheses after each name marks the names off as well.
        marks = list(
            re.finditer(r"\((?!midlertidigt|stedfortr|for\s)[^()]{2,80}\)\s*(?:[,.]|og\b|$)", text)
        )
        if len(marks) < 2:
            return None
    names, start = [], 0
    for mark in marks:
        before = text[start : mark.start()]
        names += names_in_list(before) or _trailing_name(before)
        start = mark.end()
    rest = names_in_list(text[start:])
    names += rest
    return names


def _trailing_name(text: str) -> list[str]:
    """ "Borgmesterens mødelokale Ole Vang" before "(V)": the capitalised words that end
    it (another column's text ran into the list)."""
    words = text.replace(",", " ").split()
    tail: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word) or len(tail) == _MAX_NAME_WORDS:
            break
        tail.insert(0, word)
    name = clean_name(" ".join(tail))
    return [name] if name_like(name) else []


def names_in_list(text: str) -> list[str]:
    """ "Anne Holm, Bo Berg og Carl Dahl": the names; parts that are no name are left out."""
    parts = [clean_name(p) for p in _NAMES_SEPARATOR.split(text) if p.strip()]
    return [p for p in parts if name_like(p)]


def names_list(text: str) -> list[str] | None:
    """A text that is nothing but names (with party letters, roles, commas and "og")."""
    with_letters = names_with_party_letters(text)
    if with_letters:
        return with_letters
    parts = [p for p in _NAMES_SEPARATOR.split(_PARTY.sub("", text)) if p.strip(" .")]
    names = [clean_name(p) for p in parts]
    if len(names) >= 2 and all(name_like(n) for n in names):
        return names
    return None


# --- absences and substitutes told in sentences -----------------------------------------------

# Names up to the end of the clause; a full stop only after an initial ("Lina H. Jespersen").
_NAMES = r"(?P<names>[A-ZÆØÅ](?:[^.:;]|(?<=\b[A-ZÆØÅ])\.)*?)"
_ABSENT_AFTER = re.compile(
    r"(?:afbud\s+fra|(?<=\S\s)afbud\s*:|undtagen|fraværende\s+var"
    # "Bo Berg, deltog ikke Eva Dal …": the mark said of the name before, in a list.
    rf"|(?<!,\s)(?<!,)deltog\s+ikke(?:\s+i\s+mødet|\s+på\s+mødet)?:?)\s+{_NAMES}"
    r"(?:,?\s+(?:som|der)\s+havde|(?<!\b[A-ZÆØÅ])[.:;]|$)",
    re.IGNORECASE,
)
# "… deltog ikke i den lukkede del af mødet", "… i behandlingen af pkt. 3": away from part of it
# (a lone "… i sagens behandling" is read as the meeting's, as a one-item document's).
_PART_OF = (
    r"\s+(?:i|under|ved)\s+(?:den\s+lukkede|en\s+del|del(?:en)?\s+af"
    r"|behandlingen\s+af\s+(?:pkt|punkt|sag))"
)
_ABSENT_BEFORE = re.compile(
    rf"{_NAMES}\s+(?:havde\s+meldt\s+(?:afbud|forfald)|deltog\s+ikke|var\s+fraværende"
    r"|var\s+forhindret\s+i\s+at\s+deltage|udeblev)",
)
# "… deltog ikke i sagens behandling", "… var forhindret i at deltage i behandlingen af punkt 2",
# "Fraværende:" inside an item: who missed that item, not (by itself) the meeting.
_ITEM_LEVEL = re.compile(
    r"(?:deltog\s+ikke|deltage|fraværende)\s+(?:i|under|ved)\s+(?:sagens|behandlingen|punkt"
    r"|pkt|dette|denne|sagen)",
    re.IGNORECASE,
)
_INSTEAD = re.compile(rf"i\s+stedet\s+(?:mødte?|deltog)\s+{_NAMES}(?:[.;]|$)", re.IGNORECASE)
# "Anne Holm havde meldt afbud, og Bo Berg deltog i stedet."
_CAME_INSTEAD = re.compile(rf"{_NAMES}\s+(?:mødte|deltog)\s+i\s+stedet")
_STANDS_IN = re.compile(
    r"(?:stedfortræder|suppleant)\s+(?P<sub>[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){1,4})"
    r"\s+(?:mødte|deltog)\s+for\s+(?P<member>[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){1,4})",
    re.IGNORECASE,
)
# "Som stedfortrædere deltog …", "Som suppleant mødte …": the pairs follow.
_SUBSTITUTES_TOOK_PART = re.compile(
    r"\b(?:stedfortr(?:æ|ae)dere?|suppleanter|suppleant)\s+(?:deltog|mødte)\s+(?P<pairs>[A-ZÆØÅ].*)$",
    re.IGNORECASE,
)
_STOOD_IN_FOR = re.compile(
    r"(?P<sub>[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){1,3})\s*(?:\([A-ZÆØÅ]{1,3}\)\s*)?"
    r"for\s+(?P<member>[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){1,3})"
)
# "Carl Dahl deltog som suppleant for Eva Kro", "Bo Berg mødte som stedfortræder
# for Anne Holm".
_WORD = r"(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)"
_SERVES_FOR = re.compile(
    rf"(?P<sub>{_WORD}(?:\s+{_WORD}){{1,3}})\s+(?:deltog|mødte)\s+som\s+"
    rf"(?:suppleant|stedfortræder)\s+for\s+(?P<member>{_WORD}(?:\s+{_WORD}){{1,3}})"
)
# "Under punkt 6 deltog Ib Dal og under pkt. 7 deltog Eva Kro og Bo Berg.": who came for an
# item took part in the meeting.
_CAME_FOR_ITEM = re.compile(
    r"\b(?:under|ved)\s+(?:punkt|pkt\.?)\s*\d+\s+deltog\s+(?:også\s+)?"
    r"(?P<names>[A-ZÆØÅ](?:[^.:;]|(?<=\b[A-ZÆØÅ])\.)*?)(?=\s+og\s+(?:under|ved)\b|[.:;]|$)",
    re.IGNORECASE,
)
# "Suppleant for Tom Hald (D), Ib Dal.": Ib Dal stood in for Tom Hald.
SUBSTITUTE_FOR = re.compile(
    r"^\s*(?:suppleant|stedfortræder)\s+for\s+(?P<member>[^,()]+?)\s*(?:\([^()]*\))?\s*,\s*"
    r"(?P<sub>[^,()]+?)\s*(?:\([^()]*\))?\s*\.?\s*$",
    re.IGNORECASE,
)
_ABSENT_LABEL = re.compile(
    r"^\s*(?:frav(?:æ|ae)rende(?:\s+med\s+afbud)?|(?:meldt\s+)?afbud(?:\s+(?:modtaget\s+)?fra)?"
    r"|forfald|ikke\s+(?:til\s+stede|mødt))\s*(?::|-(?=\s))?\s*(?P<rest>.*)$",
    re.I,
)
# Sent for the meeting: "Afbud", "Meldt afbud", "Forfald" (not "Fraværende" under one item).
_SENT_AHEAD = re.compile(r"^\s*(?:(?:meldt\s+)?afbud|forfald|fraværende\s+med\s+afbud)", re.I)
_LIST_AFTER_COLON = re.compile(
    r"følgende\s+(?:deltog\s+ikke|havde\s+(?:meldt\s+)?(?:afbud|forfald))[^:]*:\s*$", re.I
)


def absences_in_sentences(
    lines: list[str], bodies: list[list[str]] | None = None, meeting_date: str | None = None
) -> tuple[list[ParsedPerson], list[ParsedPerson]]:
    """Who was absent, and the substitutes who came instead, from sentences anywhere. Given the
    items' bodies, a note that someone missed an item ("… deltog ikke i sagens behandling",
    "Fraværende:" under the decision) makes them absent from the meeting only when every item
    has it, or when it names the meeting's own date ("Fraværende i … den 2. maj 2020:")."""
    in_items = {
        line
        for body in bodies or []
        for line in body
        if _item_note(line) and not _of_the_meeting(line, meeting_date)
    }
    absent: list[str] = list(_absent_from_every_item(bodies)) if bodies else []
    substitutes: list[ParsedPerson] = []
    for position, line in enumerate(lines):
        if line in in_items:
            continue
        names = absent_in(line, meeting=True)
        if not _after_lone_label(lines[:position]):
            names += _absent_under_label(line, lines[position + 1 :])
        if _LIST_AFTER_COLON.search(line.strip()):
            names += _bulleted_names(lines[position + 1 :])
        came = [
            name
            for match in [*_INSTEAD.finditer(line), *_CAME_INSTEAD.finditer(line)]
            for name in names_in_list(match["names"])
        ]
        if came:
            substitutes += [
                ParsedPerson(n, substitute_for=m) for n, m in zip(came, names, strict=False)
            ]
        substitutes += [
            ParsedPerson(name)
            for m in _CAME_FOR_ITEM.finditer(line)
            for name in names_in_list(m["names"])
        ]
        said = [*_STANDS_IN.finditer(line), *_SERVES_FOR.finditer(line), *substitutes_said(line)]
        for match in [*said, *SUBSTITUTE_FOR.finditer(line)]:
            substitute = _last_name(match["sub"])
            substitutes.append(ParsedPerson(substitute, substitute_for=match["member"]))
            names.append(match["member"])
        absent += [n for n in dict.fromkeys(names) if n not in absent]
    return [ParsedPerson(n) for n in absent], substitutes


def substitutes_said(line: str) -> list[re.Match[str]]:
    """ "Som stedfortrædere deltog Ib Dal (A) for Eva Kro og Bo Berg (V) for Tom Hald.": each
    substitute ("sub") with the member stood in for ("member")."""
    said = _SUBSTITUTES_TOOK_PART.search(line)
    return list(_STOOD_IN_FOR.finditer(said["pairs"])) if said else []


def substitutes_unpaired(line: str) -> list[str]:
    """ "Som stedfortrædere deltog Ib Dal og Bo Berg.": substitutes who took part, the members
    they stood in for not said."""
    said = _SUBSTITUTES_TOOK_PART.search(line)
    if not said or _STOOD_IN_FOR.search(said["pairs"]):
        return []
    return names_in_list(re.sub(r"\s*\([A-ZÆØÅ]{1,3}\)|\.\s*$", "", said["pairs"]))


def about_part(sentence: str) -> bool:
    """ "Anny Holm deltog ikke i behandlingen af pkt. 4": who missed an item or part of the
    meeting, not the meeting."""
    part = re.search(rf"(?:deltog\s+ikke|var\s+fraværende){_PART_OF}", sentence, re.I)
    return bool(part or _ITEM_LEVEL.search(sentence))


def _of_the_meeting(line: str, meeting_date: str | None) -> bool:
    """ "Fraværende i Ældrerådet - den 2. maj 2020:": an absence label that names the meeting's
    own date is about the meeting, wherever it stands."""
    label = _ABSENT_LABEL.match(line)
    return bool(meeting_date and label and find_date(label["rest"]) == meeting_date)


def _item_note(line: str) -> bool:
    """ "Fraværende: …" under an item is about that item; "Afbud: …" is sent for the meeting."""
    label = _ABSENT_LABEL.match(line) and not _SENT_AHEAD.match(line)
    return bool(_ITEM_LEVEL.search(line) or label)


def _absent_from_every_item(bodies: list[list[str]]) -> list[str]:
    """Those an attendance note under every item names as not taking part."""
    per_item = []
    # The items the text shows up to their decision, where such notes stand.
    shown = [b for b in bodies if any(line.strip() for line in b)]
    decided = [b for b in shown if any(_DECISION_HEAD.match(line) for line in b)]
    for body in decided if 0 < len(decided) < len(shown) and _cut_short(shown, decided) else shown:
        names: list[str] = []
        for position, line in enumerate(body):
            if _ITEM_LEVEL.search(line):
                names += absent_in(line)
            names += _absent_under_label(line, body[position + 1 :])
        per_item.append(names)
    if not per_item or not per_item[0]:
        return []
    return [n for n in dict.fromkeys(per_item[0]) if all(n in names for names in per_item)]


_DECISION_HEAD = re.compile(r"^\s*(?:Beslutning|Afgørelse)", re.IGNORECASE)


def _cut_short(shown: list[list[str]], decided: list[list[str]]) -> bool:
    """The items without a decision are the last ones, their text cut off before it."""
    return all(body in decided for body in shown[: len(decided)])


def _last_name(text: str) -> str:
    """ "Rådhuset Karen Bro" before "deltog som …": the name the words end with, from its
    given name (another field's words ran into the sentence)."""
    found = split_run(text.split(), mixed=True)
    return found[-1] if found and text.endswith(found[-1]) else text


def _after_lone_label(before: list[str]) -> bool:
    """ "Medlemmer:" / "Fraværende:": two labels in a row head columns run together, which the
    header reads."""
    previous = next((t for t in reversed(before) if t.strip()), "")
    return bool(re.match(r"^\s*[A-ZÆØÅ][\w ]{2,30}:\s*$", previous))


def _absent_under_label(line: str, following: list[str]) -> list[str]:
    """ "Fraværende" (or "Afbud:") on its own line inside an item, the names on the next."""
    label = _ABSENT_LABEL.match(line)
    if not label:
        return []
    dated = label["rest"].rstrip().endswith(":") and find_date(label["rest"])
    text = "" if dated else label["rest"]  # "Fraværende i … den 2. maj 2020:", names below
    text = text or next((t for t in following if t.strip()), "")
    if not label["rest"] and re.match(r"^\s*[A-ZÆØÅ][\w ]{2,30}:", text):
        return []  # "Fraværende:" / "Formand: …": another label, the columns ran together
    if away := absences_with_substitutes(text):
        return away.absent  # the substitutes named in it took part
    listed = names_list(text)
    if listed:
        return listed
    name = clean_name(text)
    return [name] if name_like(name) else []


def absent_in(line: str, meeting: bool = False) -> list[str]:
    """The names a line says were away; of the meeting (not one item or part of it) if meeting."""
    names: list[str] = []
    for pattern in (_ABSENT_AFTER, _ABSENT_BEFORE):
        for match in pattern.finditer(line):
            if meeting and re.match(_PART_OF, line[match.end() :], re.IGNORECASE):
                continue
            listed = re.sub(r"\s+\d+\s*$", "", match["names"])  # a page number ran into it
            if pattern is _ABSENT_BEFORE:
                listed = _last_entries(listed)
            names += [n for n in names_in_list(listed) if n not in names]
    return names


# A word in lower case other than the "og" that joins names: a role or a mark ends the entry.
_NOT_JOINING = re.compile(r"\b(?!(?:og|samt|von|van|de|la|af)\b)[a-zæøå][\w.-]*")


def _last_entries(text: str) -> str:
    """ "Anne Holm, formand Bo Berg, deltog kun torsdag Eva Kro," before "deltog ikke": the names
    the mark is said of, after the last role or mark in lower case ("Eva Kro"); names joined by
    "og" stay together ("Anne Holm og Bo Berg deltog ikke")."""
    words = list(_NOT_JOINING.finditer(text))
    return text[words[-1].end() :] if words else text


def _bulleted_names(lines: list[str]) -> list[str]:
    names: list[str] = []
    for line in lines:
        bullet = re.match(r"^\s*[-•·*–]\s+(?P<text>.*)$", line)
        if not bullet:
            if line.strip():
                break
            continue
        found = names_in_list(re.split(r"\s+(?:på\s+grund\s+af|pga\.)", bullet["text"])[0])
        names += found[:1]
    return names


# --- an absence list with substitutes and absences from some items only -----------------------

_PARTY_MARK = re.compile(r"\((?:[A-ZÆØÅ]{1,3})\)")
# "… (C) stedfortræder Erik Lund (C)": the next name stands in for the one before.
_SUBSTITUTE_BEFORE = re.compile(r"\b(?:stedfortræder|suppleant)\s*:?\s*$", re.IGNORECASE)
# "… (C) ved sag 1-17", "(B) fra punkt 3", "(V) under pkt. 8": away from some items only.
_SOME_ITEMS = re.compile(
    r"^\s*\(?(?:ved|under|fra|til|i|efter|før)\s+(?:sag(?:erne)?|punkt(?:erne)?|pkt)\b"
    r"|^\s*\(?(?:fra|til|efter|før)\s+kl\b",
    re.IGNORECASE,
)


@dataclass
class Absences:
    """An absence list read: who was away, who stood in for whom, who missed some items."""

    absent: list[str] = field(default_factory=list)
    substitutes: list[ParsedPerson] = field(default_factory=list)
    some_items: list[str] = field(default_factory=list)


def absences_with_substitutes(text: str) -> Absences | None:
    """ "Anne Holm (A) stedfortræder Bo Berg (A) Carl Dahl (C) ved sag 3 og 4 …": names with
    party letters where what follows a name says whether someone stood in for the member or the
    member was away from some items only. None when the text is no such list."""
    if _LATE.search(text):
        return _late_comers(text)
    if _STOOD_IN.search(text) and not _PARTY_MARK.search(text):
        return _stood_in(text)  # with party letters, the letters mark the names off (below)
    marks = list(_PARTY_MARK.finditer(text))
    if not marks:
        return _one_away_from_some_items(text)
    starts = [0] + [mark.end() for mark in marks]
    pieces = [text[start : mark.start()] for start, mark in zip(starts, marks, strict=False)]
    tail = text[marks[-1].end() :] if marks else ""
    if len(marks) < 2 or not any(_cue(piece) for piece in [*pieces[1:], tail]):
        return None
    found = Absences()
    last_absent = False  # the name before was a member away, not a substitute
    for piece in pieces:
        name, prefix = _name_and_prefix(piece)
        if _SOME_ITEMS.match(prefix) and last_absent:
            found.some_items.append(found.absent.pop())
        last_absent = bool(name) and not (_SUBSTITUTE_BEFORE.search(prefix) and found.absent)
        if name and last_absent:
            found.absent.append(name)
        elif name:
            found.substitutes.append(ParsedPerson(name, substitute_for=found.absent[-1]))
    if _SOME_ITEMS.match(tail) and last_absent:
        found.some_items.append(found.absent.pop())
    return found


# "møder senere Bo Berg", "Bo Berg (kommer kl. 10)", "Bo Berg går kl. 15": someone in an
# absence list who came late or left early, and so took part in the meeting.
_LATE = re.compile(
    r"\(?\b(?:møder|mødte|kommer|kom|ankommer|ankom|deltager|deltog)\s+(?:først\s+)?"
    r"(?:senere|sent|for\s+sent|fra\s+kl\.?\s*[\d.:]*|kl\.?\s*[\d.:]*)\)?"
    r"|\(?\b(?:går|gik|forlader|forlod\s+mødet)\s+(?:tidligt|tidligere|kl\.?\s*[\d.:]*)\)?",
    re.IGNORECASE,
)


_A_NAME = r"[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){1,3}"
# "Tom Hald (stedfortræder: Ib Dal)", "Tom Hald, stedfortræder: Ib Dal (A)", "Tom Hald
# (suppleant Ib Dal)": the substitute said right after the absent member.
_STOOD_IN = re.compile(
    r"\s*[,–-]?\s*\(?\s*(?:stedfortræder|suppleant)\s*(?::\s*|\s+(?=[A-ZÆØÅ][^)]*\)))"
    rf"(?P<name>{_A_NAME})(?:\s*\([A-ZÆØÅ]{{1,3}}\))?\s*\)?",
    re.IGNORECASE,
)


def _stood_in(text: str) -> Absences | None:
    """The absent members, each with the substitute said after the name."""
    found = Absences()
    start = 0
    for said in _STOOD_IN.finditer(text):
        before = _PARTY_MARK.sub(" ", text[start : said.start()])
        members = names_in_list(before)
        found.absent += members
        if members:
            found.substitutes.append(ParsedPerson(said["name"], substitute_for=members[-1]))
        start = said.end()
    found.absent += names_in_list(_PARTY_MARK.sub(" ", text[start:]))
    return found if found.substitutes else None


# "Ib Dal (A) (stedfortræder for Tom Hald)", "Ib Dal, suppleant for Tom Hald".
_STANDS_IN_FOR = re.compile(
    rf"(?P<name>{_A_NAME})\s*(?:\([A-ZÆØÅ]{{1,3}}\))?\s*[,(–-]?\s*(?:som\s+)?"
    rf"(?:stedfortræder|suppleant)\s+for\s+(?P<member>{_A_NAME})"
)


def stand_ins(text: str) -> dict[str, str]:
    """Each substitute a list names, with the member they stood in for."""
    return {m["name"]: m["member"] for m in _STANDS_IN_FOR.finditer(text)}


def late_comer_in(text: str) -> bool:
    """Whether an absence list names someone who came late or left early."""
    return bool(_LATE.search(text))


def _late_comers(text: str) -> Absences | None:
    """ "Afbud Anne Holm, møder senere Bo Berg": the absent, and who only came late (as
    substitutes for no one: they took part); None when no name comes with the cue."""
    found = Absences()
    for part in _NAMES_SEPARATOR.split(text):
        late = _LATE.search(part)
        name = clean_name(_LATE.sub(" ", part).strip(" .,"))
        if not name_like(name):
            continue
        if late:
            found.substitutes.append(ParsedPerson(name))
        else:
            found.absent.append(name)
    return found if found.substitutes else None


def _one_away_from_some_items(text: str) -> Absences | None:
    """ "Carl Dahl ved sag nr. 2 – 25, 27 og 30", "Anne Holm ved punkt 3-5, Bo Berg": members
    away from some items only, and those away from the meeting; None without such a member."""
    found = Absences()
    for part in _NAMES_SEPARATOR.split(text):
        qualifier = _ITEMS_QUALIFIER.search(part)
        name = clean_name(part[: qualifier.start()] if qualifier else part)
        if name_like(name):
            (found.some_items if qualifier else found.absent).append(name)
    return found if found.some_items else None


_ITEMS_QUALIFIER = re.compile(r"\s(?=\(?(?:ved|under|fra|til|efter|før)\s+(?:sag|punkt|pkt))", re.I)


def _name_and_prefix(piece: str) -> tuple[str, str]:
    """The name that ends a piece between party letters, and the text before it."""
    name = next(iter(_trailing_name(piece)), "")
    return name, piece[: piece.rfind(name.split()[0])] if name else piece


def _cue(piece: str) -> bool:
    prefix = _name_and_prefix(piece)[1]
    return bool(_SOME_ITEMS.match(prefix) or _SUBSTITUTE_BEFORE.search(prefix))
