"""A header's people when extraction ran them together on one line, labels without colons:
"Tilstede Anne Holm (V) Bo Berg (O) Afbud/Fraværende Carl Dahl (A) Sekretær Dorte Lund",
"Medlemmer Anne Holm (V) - Formand Bo Berg (A) Fraværende Ingen Stedfortræder",
"Tilstede: Anne Holm, Bankrådet Bo Berg, Foreningen Afbud fra; Carl Dahl, KL".

The labels say which list a name belongs to; within a list, party letters, commas, "og",
roles in brackets and organisation words mark names off, and where nothing does, the name
reader (names.py) guesses where one name ends from the given names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .layouts import PEOPLE_LABELS
from .names import BODY_AFTER as _BODY_AFTER
from .names import NOT_NAME as _NOT_NAME
from .names import is_given, is_name_word, split_run
from .parsed import ParsedMeeting, ParsedPerson
from .people import (
    SUBSTITUTE_FOR,
    absences_with_substitutes,
    clean_name,
    late_comer_in,
    name_like,
    names_in_list,
    stand_ins,
)

# The people labels, apologies first so that "Ikke til stede" is not read as "til stede".
_LABELS = [
    (kind, PEOPLE_LABELS[kind])
    for kind in ("apologies", "substitutes", "takers", "leader", "participants", "guests")
]
_LABEL = re.compile(
    r"(?<![\wæøå-])(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS)
    + r")(?![\wæøå-])\s*[:;]?",
    re.IGNORECASE,
)
_STANDS_IN = re.compile(r"^(?:suppleant|stedfortræder)$", re.IGNORECASE)
_GROUP_CHAIR = re.compile(r"\b(?!næst)[a-zæøå]{3,}formand\b", re.IGNORECASE)

_NONE = re.compile(r"^\s*(?:ingen|-|–|intet)\s*[.]?\s*$", re.IGNORECASE)
_PARTY = re.compile(r"^\((?:[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]{0,2})\)[,.]?$")
_ROLE = re.compile(
    r"^\(?(?P<role>formand|næstformand|referent|ref\.|sekretær|mødeleder|afbud)\)?[,.]?$", re.I
)
# Said after a name inside a list: "Bo Berg (afbud)", "Bo Berg, deltog ikke", "Bo Berg - fraværende"
# (away from the whole meeting, not from one item) …
_ABSENT_MARK = re.compile(
    r"\s*(?:[,–-]\s*|\(\s*)(?:meldt\s+afbud|afbud|frav(?:æ|ae)rende|deltog\s+ikke|ikke\s+m(?:ø|o)dt"
    r"|ikke\s+til\s+stede)(?!\s*:|\s+(?:i|under|ved|fra|til)\s+(?:punkt|pkt|sag|behandling))\s*\)?",
    re.IGNORECASE,
)
# … "Bo Berg, deltog kun torsdag", "Bo Berg (deltog fra kl. 10)": there for part of it; and
# "Bo Berg, 1. suppleant": an ordinal before a role.
_PART_MARK = re.compile(
    r"\s*[,(]\s*(?:deltog|deltager|til\s+stede|kom|gik|m(?:ø|o)dte)\s+(?:kun|fra|til|først|efter"
    r"|indtil)\b[^,()|]*?(?=\)|,|\s[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ]|\s*\||$)\)?"
    r"|(?<=,)\s*\d{1,2}\.\s*(?=suppleant|stedfortræder|næstformand)",
    re.IGNORECASE,
)
# ", leder af medlemsafdelingen Bo Berg", "BB IT- og specialkonsulent Eva Dal": a title in lower
# case between a name (its comma or initials) and the next name, not prose that ends the list.
_NEXT_NAME = r"(?=\s+[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ])"
_TITLE_WORD = (
    r"[a-zæøå]*(?:konsulent|chef|leder|direktør|sekretær|koordinator|medarbejder|fuldmægtig"
    r"|revisor|formand|medlem|repræsentant)"
)
_TITLE_CLAUSE = re.compile(
    rf",\s*{_TITLE_WORD}\s+(?:af|for|i|ved)(?:\s+[a-zæøå][\w-]*){{1,2}}{_NEXT_NAME}"
    rf"|(?<=\s)(?:(?:[a-zæøå][\w-]*|[A-ZÆØÅ]+-)\s+){{0,3}}{_TITLE_WORD}{_NEXT_NAME}"
)


def marks_said(text: str) -> str:
    """A list of people with what is said after each name made uniform: away from the meeting
    → "(afbud)"; there for part of it → a comma; a title in lower case → one word."""
    text = _ABSENT_MARK.sub(" (afbud) ", text)
    text = _PART_MARK.sub(" | ", text)
    return _TITLE_CLAUSE.sub(lambda m: ", " + m[0].strip(" ,").split()[-1] + ", ", text)


@dataclass
class Roster:
    """The people a run-together header names, by list."""

    participants: list[ParsedPerson] = field(default_factory=list)
    apologies: list[ParsedPerson] = field(default_factory=list)
    substitutes: list[ParsedPerson] = field(default_factory=list)
    minute_takers: list[str] = field(default_factory=list)
    leader: str = ""
    # "regionsformand", "forbundsformand" said too: the one "formand" may chair a group only.
    chairs: bool = False

    def __bool__(self) -> bool:
        return bool(self.participants or self.apologies or self.minute_takers)


def read_roster(text: str, first_kind: str = "") -> Roster | None:
    """The lists a run of labelled people holds (the text before the first label belongs to
    first_kind, if given); None when it names no one under a people label."""
    text = marks_said(text)
    labels = [m for m in _LABEL.finditer(text) if _is_label(text, m)]
    kinds = [_kind(m) for m in labels]
    starts = [m.end() for m in labels]
    ends = [m.start() for m in labels[1:]]
    if first_kind:
        kinds, starts = [first_kind, *kinds], [0, *starts]
        ends = [m.start() for m in labels]
    ends.append(len(text))
    if not kinds:
        return None
    roster = Roster(chairs=bool(_GROUP_CHAIR.search(text)))
    for kind, start, end in zip(kinds, starts, ends, strict=True):
        value = text[start:end]
        away = absences_with_substitutes(value) if kind == "apologies" else None
        if away:  # "Anne Holm (A) ved punkt 3 Bo Berg (V) stedfortræder Eva Kro (V)"
            roster.apologies += [ParsedPerson(n) for n in away.absent]
            roster.substitutes += away.substitutes
        elif not _NONE.match(value):
            _file(roster, kind, read_names(list_part(value)))
    return roster or None


def _kind(label: re.Match[str]) -> str:
    kind = next(k for k, v in label.groupdict().items() if v)
    return "participants" if kind == "guests" else kind


def _is_label(text: str, match: re.Match[str]) -> bool:
    """A label starts with a capital and stands outside brackets ("(referent)" is a role)."""
    before = text[: match.start()].rstrip()
    return match[0][:1].isupper() and not before.endswith("(")


def _file(roster: Roster, kind: str, people: list[tuple[str, str]]) -> None:
    names = [name for name, _ in people]
    if kind == "takers":
        roster.minute_takers += names
    elif kind == "leader":
        roster.leader = roster.leader or next(iter(names), "")
    elif kind == "apologies":
        for name, role in people:
            if role == "suppleant" and roster.apologies:
                member = roster.apologies[-1].name
                roster.substitutes.append(ParsedPerson(name, substitute_for=member))
            else:
                roster.apologies.append(ParsedPerson(name))
    elif kind == "substitutes":
        roster.substitutes += [ParsedPerson(n) for n in names]
    else:
        roster.apologies += [ParsedPerson(n) for n, role in people if role == "afbud"]
        people = [(n, role) for n, role in people if role != "afbud"]
        roster.participants += [
            ParsedPerson(n, title="" if roster.chairs and role == "formand" else role)
            for n, role in people
        ]
        roster.minute_takers += [n for n, role in people if role in {"referent", "sekretær"}]
    chairs = [n for n, role in people if role == "formand"]
    if len(chairs) == 1 and not roster.leader and kind == "participants" and not roster.chairs:
        roster.leader = chairs[0]


# --- names in a run of words -------------------------------------------------------------------


def read_names(text: str) -> list[tuple[str, str]]:
    """The names (with a role said in brackets or after a dash) in a list of people, whatever
    marks them off: "Anne Holm (V) - Formand Bo Berg (A)", "Anne Holm, Bankrådet Bo Berg,
    KL", "Anne Holm Idrætsrådets bestyrelse Bo Berg", "Anne Marie Holm Bo Berg"."""
    if given_only := _given_names_only(text):
        return [(name, "") for name in given_only]
    chunks, roles_after, marked = _chunks(text)
    mixed = _mixed(text)
    # Commas between the entries: each holds one person ("Anne Marie Lise Holm (Region),").
    one_each = _comma_each(text)
    people: list[tuple[str, str]] = []
    for position, chunk in enumerate(chunks):
        names = split_run(chunk, mixed or len(chunk) == 1)
        if one_each and len(names) > 1 and not _names_run(names):
            names = [" ".join(chunk)] if len(chunk) <= _MAX_NAME_WORDS else names[-1:]
        if position in marked and names:
            names[-1] = _to_the_mark(chunk, names[-1])
        people += [(name, "") for name in names]
        role = roles_after.get(position)
        if role and names:
            people[-1] = (people[-1][0], role)
    return people if "," in text or "(" in text else _names_column(people)


def _names_column(people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Anne Holm Bo Berg Eva Kro Formand Lodsejerforeningen Mols Bjerge Dansk Skovforening":
    a table's column of names run into the next column's organisations. The names end where
    two in a row open with no given name, after names that did."""
    led = [is_given(name.split()[0]) for name, _ in people]
    for position in range(_MIN_RUN_NAMES, len(people) - 1):
        if not led[position] and not led[position + 1] and all(led[:position]):
            return people[:position]
    return people


def _comma_each(text: str) -> bool:
    """Commas between the people ("Anne Marie Lise Holm (Region), Bo Berg, …"), not between a
    name and what is said of it ("Anne Holm, suppleant Bo Berg, LO …"): most of them are
    followed by a given name."""
    after = re.findall(r"[,;]\s*\(?([^\s,;()]+)", text)
    given = sum(is_given(word) for word in after)
    return len(after) >= _MIN_RUN_NAMES and 2 * given >= len(after)


def _names_run(names: list[str]) -> bool:
    """ "Karin Holm Connie Lynge Dal Kirsten Bo …" between two commas: a run of names whose
    separators extraction lost (a table's column), not one entry with words before its name."""
    given = sum(is_given(name.split()[0]) for name in names)
    return len(names) >= _MIN_NAMES_RUN and 3 * given >= 2 * len(names)


_MIN_NAMES_RUN = 3
_ROLE_WORDS = {r: r for r in ("formand", "næstformand", "referent", "sekretær", "mødeleder")}
_ROLE_WORDS |= {"ref.": "referent", "afbud": "afbud"}
_ENTRIES = re.compile(r"\s*(?:[,;&]|\bog\b)\s*")


def _given_names_only(text: str) -> list[str]:
    """ "Anne, Bo, Dennis og Katrine": people named by their given names only, as small boards
    write them — one capitalised word an entry, at least half of them common given names."""
    entries = [e.strip(" .") for e in _ENTRIES.split(text.strip()) if e.strip(" .")]
    if len(entries) < _MIN_RUN_NAMES or not all(
        re.fullmatch(r"[A-ZÆØÅ][\w'’-]+", e) for e in entries
    ):
        return []
    if any(_NOT_NAME.match(e) or _BODY_AFTER.match(e) for e in entries):
        return []
    known = sum(is_given(e) for e in entries)
    return entries if 2 * known >= len(entries) else []


def _to_the_mark(chunk: list[str], name: str) -> str:
    """ "Zaid Omar Ali (Å)": a name runs to the party letter after it."""
    first = len(chunk) - 1 - chunk[::-1].index(name.split()[0])
    whole = chunk[first:]
    return " ".join(whole) if len(whole) <= _MAX_NAME_WORDS else name


def _mixed(text: str) -> bool:
    """Names among other words (organisations, roles): words may be left out between names."""
    words = text.replace(",", " ").split()
    words = [w.strip("().;:") for w in words if w not in {"og", "&", "|"}]
    return any(not is_name_word(w) or _NOT_NAME.match(w) or _BODY_AFTER.match(w) for w in words)


def _chunks(text: str) -> tuple[list[list[str]], dict[int, str], set[int]]:
    """Runs of name words between whatever cannot be inside a name (commas, "og", brackets,
    lower-case words, party letters, organisation words), and the role said of a run's name:
    after it ("(formand)", "- Formand", ", referent") or before it ("Formand Anne Holm",
    "suppleant Bo Berg")."""
    chunks: list[list[str]] = [[]]
    roles: dict[int, str] = {}
    marked: dict[int, str] = {}
    before_next = ""  # a role said before the next name
    previous = ""
    for raw in re.findall(r"\([^()]*\)[,.]?|[^\s()]+", text):
        word = raw.rstrip(",.;:") if not re.match(r"^[A-ZÆØÅ]\.$", raw) else raw
        role_match = _ROLE.match(raw.strip("-–"))
        role = _ROLE_WORDS.get(role_match["role"].lower(), "") if role_match else ""
        said_after = (
            raw.startswith(("(", "-", "–"))
            or previous in {"-", "–"}
            or previous.endswith(",")
            or _initials_of(previous, chunks)
        )
        if _STANDS_IN.match(raw) or (role and not said_after):
            before_next = "suppleant" if _STANDS_IN.match(raw) else role
        elif role and (chunks[-1] or len(chunks) > 1):
            closed = len(chunks) - 1 if chunks[-1] else len(chunks) - 2
            roles[closed] = role
        if previous in {"Region", "Regionen"}:
            word = "region"  # "Region Nord Bo Berg": the region's name is no name's word
        if _BODY_AFTER.match(word) and chunks[-1]:
            chunks[-1].pop()  # "Skive Kommune": the word before is the body's, not a name's
        heading = raw.endswith(":") and not raw[:1].islower()  # "… Bo Berg Øvrige: Eva Dal"
        if is_name_word(word) and not _NOT_NAME.match(word) and not role and not heading:
            if before_next and not chunks[-1]:
                roles[len(chunks) - 1], before_next = before_next, ""
            chunks[-1].append(word)
        elif chunks[-1]:
            chunks.append([])
        if _PARTY.match(raw) and len(chunks) > 1 and not chunks[-1]:
            marked[len(chunks) - 2] = ""  # the run before ends at its party letter
        if raw.endswith((",", ";")) and chunks[-1]:
            chunks.append([])
        previous = raw
    return [c for c in chunks if c], _renumber(chunks, roles), set(_renumber(chunks, marked))


def _initials_of(token: str, chunks: list[list[str]]) -> bool:
    """ "Torben Nøhr TN Formand": the name's initials after it, so what follows is said of it."""
    last = chunks[-1] or (chunks[-2] if len(chunks) > 1 else [])
    letters = "".join(word[0] for word in last)
    return len(token) >= _MIN_RUN_NAMES and token.isupper() and letters.endswith(token)


def _renumber(chunks: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """Roles keyed by the position among the non-empty chunks."""
    positions, count = {}, 0
    for index, chunk in enumerate(chunks):
        if chunk:
            positions[index] = count
            count += 1
    return {positions[i]: r for i, r in roles.items() if i in positions}


# --- what the header does with a roster --------------------------------------------------------

_MIN_RUN_NAMES = 2
_MAX_NAME_WORDS = 4
# Where a list of people ends and prose or another field begins: a bare number ("Lokale 3,"),
# or two lower-case words in a row outside brackets ("… deltog som suppleant for …").
_SOME_ITEMS = r"(?:ved|under|fra|til|efter|før|i)\s+(?:sag|punkt|pkt)"
_LIST_END = re.compile(
    r"(?:\b[A-ZÆØÅ]\w*\s+)?(?<![\w(])\d+\b(?![^()]*\))"
    rf"|(?<![(\w])(?!{_SOME_ITEMS})[a-zæøå]{{2,}}\s+[a-zæøå]{{2,}}(?![^()]*\))"
)
# Where the people lists of a block end: prose, but not "ved punkt 3" after a name.
_BLOCK_END = re.compile(rf"(?<![(\w])(?!{_SOME_ITEMS})[a-zæøå]{{2,}}\s+[a-zæøå]{{2,}}(?![^()]*\))")


def list_part(text: str) -> str:
    """The part of a block's text that is a list of people, before prose or another field."""
    end = _LIST_END.search(text)
    return text[: end.start()] if end else text


def better_roster(kind: str, texts: list[str], found: int) -> Roster | None:
    """The roster a block reads as (see _better_roster), with whom each substitute stood in for
    ("Ib Dal (stedfortræder for Tom Hald)")."""
    roster = _better_roster(kind, texts, found)
    if roster:
        members = stand_ins(" ".join(texts))
        for person in roster.participants:
            person.substitute_for = person.substitute_for or members.get(person.name, "")
    return roster


def _better_roster(kind: str, texts: list[str], found: int) -> Roster | None:
    """A participant or apology block given as one run-together line ("Anne Marie Holm Bo Berg
    …", "Anne Holm, Bankrådet Bo Berg, KL"), read by list, when that reading names more people
    than the line-by-line one (found), or as many and says who chairs."""
    # "Deltagere: |" / "Anne Holm, Bo Berg |": a table's cell marks are no part of the list.
    texts = [text.strip(" |") for text in texts if text.strip(" |")]
    if not texts or (kind == "apologies" and late_comer_in(" ".join(texts))):
        return None  # who came late took part: the absence list's reader tells them apart
    # The lines stay apart: a name does not run over a line's end.
    text = marks_said(" | ".join(_grouped(texts) or _run_lines(texts)))
    end = _BLOCK_END.search(text)
    roster = read_roster(text[: end.start()] if end else text, first_kind=kind)
    by_line = _one_a_line(kind, texts)
    if by_line and len(_bullets_run(texts)) < len(texts):
        return by_line  # the bullets end before the block: what follows is no one's name
    if by_line and _named(by_line) > max(found, _named(roster) if roster else 0):
        return by_line  # names the line-by-line reading missed ("• Bo Berg" without a title)
    named = _named(roster) if roster else 0
    if not roster or named < _MIN_RUN_NAMES or named < found:
        return None
    # As many names either way: the roster still tells who chairs or takes the minutes.
    says_more = roster.leader or roster.minute_takers or roster.substitutes
    return roster if named > found or says_more else None


_BULLET = re.compile(r"^\s*[-•·*–]\s*")
_SOME_ITEMS_AFTER = re.compile(rf"\s{_SOME_ITEMS}", re.IGNORECASE)


def _one_a_line(kind: str, texts: list[str]) -> Roster | None:
    """ "• Anne Holm, formand" / "• Bo Berg" / "Eva Kro (sekretær)": one person a line, the
    name first; lines without a name (a title, a body) are passed over."""
    texts = _bullets_run(texts)
    if any(_SOME_ITEMS_AFTER.search(text) for text in texts):
        return None  # who missed some items only is read by the absence list's reader
    found = [read_names(list_part(_BULLET.sub("", text)))[:1] for text in texts]
    # A line of two capitalised words alone may head a body's people ("Sygehusenhed Midt"): a
    # name there opens with a given name, unless it is a bullet among bullets most of whose
    # names do ("• Linda Holm").
    most = 2 * sum(bool(f) and is_given(f[0][0].split()[0]) for f in found) >= len(texts)
    people = []
    for text, names in zip(texts, found, strict=True):
        entry = most and bool(_BULLET.match(text))
        if names and ("," in text or "(" in text or entry or is_given(names[0][0].split()[0])):
            people += names
    roster = Roster()
    _file(roster, kind, people)
    return roster or None


def _bullets_run(texts: list[str]) -> list[str]:
    """A list of bullets ends at the first line without one ("- Anne Holm" / "- Bo Berg" /
    "Referat" / "- Godkendelse af dagsorden": the index under its heading is no list of people)."""
    if not texts or not _BULLET.match(texts[0]):
        return texts
    end = next((i for i, t in enumerate(texts) if t.strip() and not _BULLET.match(t)), len(texts))
    return texts[:end]


# "Bestyrelsen:", "Fra kommunen:": a group's heading inside a list of people.
_GROUP = re.compile(r"^\s*(?P<group>[A-ZÆØÅ][\wæøå-]+(?:\s+[a-zæøå]+){0,2})\s*:\s*(?=\S)")


def _group_label(text: str) -> re.Match[str] | None:
    """A group's heading, neither a people label of its own ("Afbud:") nor a name."""
    group = _GROUP.match(text)
    if not group or _LABEL.match(group["group"]) or is_given(group["group"].split()[0]):
        return None
    return group


def _grouped(texts: list[str]) -> list[str]:
    """ "Til stede: Bestyrelsen: Anne Holm, Bo Berg" / "Observatører: Eva Kro" / "Sekretariatet:
    Lis Dahl": a list split by group, each group's heading before its names; the names of every
    group, the headings left out. [] when the block names no group after its first line."""
    lines = [texts[0][m.end() :] if (m := _group_label(texts[0])) else texts[0]]
    for text in texts[1:]:
        group = _group_label(text)
        if not group:
            break
        lines.append(text[group.end() :])
    return lines if len(lines) > 1 else []


def _named(roster: Roster) -> int:
    return len(roster.participants) + len(roster.apologies) + len(roster.substitutes)


def _run_lines(texts: list[str]) -> list[str]:
    """The first line, and the lines after it that are names only, each from a given name on
    ("Lone Birgit Holm Bo Berg" / "Erik Kjær Janne Dal": two columns of names run together)."""
    lines = texts[:1]
    one_a_line = len(texts[0].split()) <= _MAX_NAME_WORDS  # "Anne Holm" / "Zaid Qureshi" / …
    for text in texts[1:]:
        if _SUBSTITUTES_OPEN.match(text):
            lines.append(text)  # "Suppleanter: Eva Kro …": the list goes on under its own label
            continue
        # "og Axel Holm.": the list's last name, run onto a line of its own.
        line = text[3:] if text.startswith("og ") else text
        words = [w for w in re.sub(r"(?<=\w{2})\.$", "", line).split() if w != "|"]  # "|": cells
        known = bool(words) and (is_given(words[0]) or (one_a_line and len(words) <= 3))
        if not known or not all(is_name_word(w) for w in words):
            break
        lines.append(text)
    return lines


_SUBSTITUTES_OPEN = re.compile(rf"^\s*(?:{PEOPLE_LABELS['substitutes']})\s*:", re.IGNORECASE)


def roster_in_lines(texts: list[str]) -> Roster | None:
    """A header line into which extraction ran the people lists with their labels
    ("… Tilstede Anne Holm (V) Bo Berg (O) Afbud Carl Dahl (A) Sekretær Dorte Lund …")."""
    for text in texts:
        roster = read_roster(text)
        if roster and _named(roster) >= _MIN_RUN_NAMES:
            return roster
    return None


def apply_roster(roster: Roster, meeting: ParsedMeeting) -> None:
    """The roster's people into the meeting (unsure: where one name ends is read from cues)."""
    known = {p.name for p in meeting.participants}
    for person in [*roster.participants, *roster.substitutes]:
        if person.name not in known:  # one listed under two groups is one person
            meeting.participants.append(person)
            known.add(person.name)
    meeting.apologies += roster.apologies
    if roster.participants or roster.substitutes:
        meeting.mark_unsure("participants")
    if roster.apologies:
        meeting.mark_unsure("apologies")
    if roster.minute_takers and not meeting.minute_takers:
        meeting.minute_takers = roster.minute_takers
        meeting.mark_unsure("minute_takers")
    if roster.leader and not meeting.leader:
        meeting.leader = roster.leader
        meeting.mark_unsure("leader")


_CHAIR = re.compile(r"^(?:formand|mødeleder|forperson)\b", re.IGNORECASE)
_TAKER = re.compile(r"^(?:sekretær|referent|protokolfører)$", re.IGNORECASE)


def settle_roles(meeting: ParsedMeeting, texts: Sequence[str] = ()) -> None:
    """ "Anne Holm, brugerrepræsentant, formand" / "Eva Kro, sekretær": the one listed
    as chair leads the meeting, the one listed as secretary takes the minutes; failing that, a
    header line that says so ("Formand: …", "Mødet blev ledet af …", "… bød velkommen",
    "Referent: …")."""

    def with_role(pattern: re.Pattern[str]) -> list[ParsedPerson]:
        return [
            p for p in meeting.participants
            if pattern.match(p.title.strip()) or pattern.match(p.organisation.strip())
        ]  # fmt: skip

    # "Mødeleder: Formand Anne Holm (A)", "Lis Dahl.": the name only.
    # One listed twice ("Telefonisk: Anne Holm (IA)" after the members) is one person.
    listed: dict[str, ParsedPerson] = {}
    for person in meeting.participants:
        listed.setdefault(person.name, person)
    meeting.participants = list(listed.values())
    for person in [*meeting.participants, *meeting.apologies]:
        person.name = _name_only(person.name)
        person.substitute_for = _name_only(person.substitute_for) if person.substitute_for else ""
    meeting.leader = _name_only(meeting.leader)
    meeting.minute_takers = [_name_only(n) for n in meeting.minute_takers]
    chairs, takers = with_role(_CHAIR), with_role(_TAKER)
    if not meeting.leader and len(chairs) == 1:
        meeting.leader = chairs[0].name
        meeting.mark_unsure("leader")
    if not meeting.minute_takers and takers:
        meeting.minute_takers = [p.name for p in takers]
        meeting.mark_unsure("minute_takers")
    _roles_in_lines(meeting, list(texts))


def _name_only(text: str) -> str:
    name = clean_name(text)
    return name if name and name_like(name, min_words=1) else text


_NAME_RUN = r"(?P<name>[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){1,3})"
_LEADER_SAID = [
    re.compile(rf"^\s*(?:Formand|Mødeleder|Ordstyrer|Dirigent)\s*:\s*{_NAME_RUN}\s*(?:[(,.]|$)"),
    re.compile(rf"\bMødet\s+(?:blev\s+)?ledet\s+af\s+(?:[a-zæøå]+\s+)?{_NAME_RUN}"),
    re.compile(rf"{_NAME_RUN}(?:\s*\([^()]*\))?\s+ledede\s+mødet\b"),
    re.compile(rf"\bFormanden\s*\(\s*{_NAME_RUN}\s*\)"),
    re.compile(rf"\bMødet\s+blev\s+åbnet\s+af\s+(?:[a-zæøå]+\s+)?{_NAME_RUN}"),
    re.compile(rf"\bFormand(?:en)?,\s+{_NAME_RUN},\s+(?:bød|åbnede|indledte)\b"),
    re.compile(rf"{_NAME_RUN}(?:\s*\([^()]*\))?,?\s+bød\s+(?:alle\s+)?velkommen"),
    re.compile(rf"\bbød\s+{_NAME_RUN}\s+(?:alle\s+)?velkommen"),
]
# "Jens Holm (V) (Formand)": the chair marked in a member list (the one so marked).
_CHAIR_MARKED = re.compile(rf"{_NAME_RUN}\s*(?:\([A-ZÆØÅ]{{1,3}}\)\s*)?\(\s*[Ff]ormand\s*\)")
# "Referat: Anne Holm", "Referat ved Anne Holm": the document's kind and who wrote it.
_REFERAT_BY = re.compile(
    r"^\s*(?:Referat\s*(?::|\s+ved)|Ref\.\s*(?::|\s+ved)?)\s+"
    r"(?P<names>[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w.'’-]+){1,3})\s*$"
    r"|\bReferat(?:et)?\s+(?:er\s+)?(?:udarbejdet|skrevet|taget)\s+af\s+"
    r"(?P<writer>[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w.'’-]+){1,3})"
)
_TAKER_SAID = re.compile(
    r"^\s*(?:Referent|Referenter|Sekretær|Protokolfører|Referatfører)\s*:?\s+(?:ved\s+)?"
    r"(?P<names>[A-ZÆØÅ].*)$"
)


def _roles_in_lines(meeting: ParsedMeeting, texts: list[str]) -> None:
    listed = {p.name for p in meeting.participants}
    for text in texts:
        name = "" if meeting.leader else leader_said(text)
        if name and (not listed or name in listed):
            meeting.leader = name
            meeting.mark_unsure("leader")
        if not meeting.minute_takers and (said := _taker_said(text)):
            names = [n for n, _ in read_names(list_part(said))]
            if names:
                meeting.minute_takers = names
                meeting.mark_unsure("minute_takers")


def _taker_said(text: str) -> str:
    """The names after "Referent:", or a full name after "Referat:"/"Referatet er skrevet af";
    without a colon, nothing but the names may follow ("Sekretær Bo Berg afgår …" is an office)."""
    if taker := _TAKER_SAID.match(text):
        names = taker["names"]
        colon = ":" in text[: taker.start("names")]
        return names if colon or list_part(names).strip() == names.strip(" .") else ""
    by = _REFERAT_BY.search(text)
    name = (by["names"] or by["writer"]) if by else ""
    return name if name and is_given(name.split()[0]) else ""


def takers_in(texts: list[str]) -> list[str]:
    """ "Anne Holm (AH), Sekretariatet", "Anne Holm og Bo Berg": the people under a minute
    takers' label, without initials, bodies and titles; [] when no full name is there."""
    return [name for text in texts for name, _ in read_names(list_part(text))]


def roles_in_items(meeting: ParsedMeeting, bodies: list[list[str]]) -> None:
    """Who led the meeting or took the minutes, said under the first items ("1. Velkomst" /
    "Formand Anne Holm bød velkommen", "1. Valg af dirigent" / "Bo Berg blev valgt") when the
    header did not say."""
    _elected_in_items(meeting, bodies)
    _roles_in_lines(meeting, [line for body in bodies[:2] for line in body])
    if bodies and not meeting.minute_takers:
        # "Ref. Bo Berg." / "Referent: Bo Berg" signing the minutes off at the end.
        _roles_in_lines(
            meeting, [line for line in bodies[-1][-_SIGN_OFF:] if _TAKER_LINE.match(line)]
        )
    _substitutes_approved(meeting, bodies)


# "Godkendelse af indkaldte stedfortrædere", "Indkaldelse af suppleant": a council's item that
# approves the substitutes called in for the meeting.
_SUBSTITUTES_ITEM = re.compile(
    r"\b(?:godkendelse|indkaldelse)\s+af\s+(?:\w+\s+)?(?:stedfortrædere?|suppleant(?:er)?)\b",
    re.IGNORECASE,
)
_APPROVED = re.compile(r"^(?P<names>.+?)\s+(?:blev\s+|er\s+)?godkendt\b", re.IGNORECASE)
_CALLED_FOR = re.compile(
    r"\b(?:afbud|forfald)\s+fra\s+(?P<member>[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,3})"
    r"|\bi\s+stedet\s+for\s+(?P<instead>[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,3})"
)


def _substitutes_approved(meeting: ParsedMeeting, bodies: list[list[str]]) -> None:
    """ "3. Godkendelse af indkaldte stedfortrædere" / "… stedfortræder på liste V, Bo Berg,
    indkaldes som følge af afbud fra Anne Holm …" / Beslutning "Bo Berg og Eva Kro godkendt":
    the approved substitutes took part, each for the member the case names (unsure)."""
    for item, body in zip(meeting.items, bodies, strict=False):
        if not _SUBSTITUTES_ITEM.search(item.title):
            continue
        approved = [m["names"] for d in item.decisions if (m := _APPROVED.match(d.strip()))]
        names = [n for text in approved for n, _ in read_names(text)]
        known = {p.name for p in meeting.participants}
        sentences = re.split(r"(?<=[.!?])\s+", " ".join([*item.texts(), *body]))
        for name in names:
            if name not in known:
                meeting.participants.append(
                    ParsedPerson(name, substitute_for=_for(name, sentences))
                )
                meeting.mark_unsure("participants")
        return


def _for(name: str, sentences: list[str]) -> str:
    """The member a substitute was called in for, said in the same sentence as the name."""
    for sentence in sentences:
        if name in sentence and (called := _CALLED_FOR.search(sentence)):
            return called["member"] or called["instead"]
    return ""


# Roles a meeting elects under its first items, the one who leads it before the one who only
# gives the floor.
_LEADS = r"mødeleder|dirigent|mødeformand|ordstyrer"
_WRITES = r"referent|protokolfører|referatfører|sekretær"
_ELECTION = re.compile(rf"\bvalg\s+af\s+.*?\b(?:{_LEADS}|{_WRITES})\b", re.IGNORECASE)
_FEW_NAME_WORDS = r"[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){0,2}"
_ITEMS_FOR_ELECTIONS = 3


_SIGN_OFF = 5
_TAKER_LINE = re.compile(r"^\s*(?:Ref\.|Referent|Referat\s+ved)", re.IGNORECASE)


def _elected_in_items(meeting: ParsedMeeting, bodies: list[list[str]]) -> None:
    """ "1. Valg af mødeleder og ordstyrer" / "Anne mødeleder, Bo ordstyrer"; "2. Valg af
    referent" / "Eva er referent på dagens møde", "2. Valg af referent – Eva": the first items
    elect who leads and who writes (unsure)."""
    for item, body in list(zip(meeting.items, bodies, strict=False))[:_ITEMS_FOR_ELECTIONS]:
        if not _ELECTION.search(item.title):
            continue
        # " | ": a name does not run over a line's end.
        text = " | ".join([*item.texts(), *body])
        listed = [p.name for p in meeting.participants]
        if not meeting.leader and (leader := _elected(item.title, text, _LEADS)):
            meeting.leader = _in_full(leader, listed)
            meeting.mark_unsure("leader")
        if not meeting.minute_takers and (taker := _elected(item.title, text, _WRITES)):
            meeting.minute_takers = [_in_full(taker, listed)]
            meeting.mark_unsure("minute_takers")


def _in_full(name: str, listed: list[str]) -> str:
    """ "Hanne S.": the one listed person of that given name whose next name has the initial."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"[A-ZÆØÅ]\.", words[1]):
        return name
    found = [n for n in listed if n.split()[0] == words[0] and n.split()[1:2] != []]
    found = [n for n in found if n.split()[1].startswith(words[1][0])]
    return found[0] if len(found) == 1 else name


def _elected(title: str, text: str, roles: str) -> str:
    """The one elected to the first of roles the title names: the name said with the role
    ("Eva er referent", "Som referent valgtes Eva", "Dirigent: Eva") or, where the item
    elects to one role only, the one name its text gives."""
    named = [r for r in roles.split("|") if re.search(rf"\b{r}\b", title, re.IGNORECASE)]
    for role in named:
        before = re.search(
            rf"(?P<name>{_FEW_NAME_WORDS})\s+(?:er\s+|blev\s+)?(?:valgt\s+)?(?:som\s+|til\s+)?"
            rf"{role}\b",
            text,
        )
        after = re.search(
            rf"\b{role}\s*(?:[:–-]\s*|blev\s+|er\s+|valgtes\s+)(?:valgt\s+)?(?P<name>{_FEW_NAME_WORDS})",
            text,
            re.IGNORECASE,
        )
        for match in (before, after):
            if match and (name := _a_name(match["name"])):
                return name
    elected = _ELECTION.findall(title)
    names = {n for w in re.findall(_FEW_NAME_WORDS, text) if (n := _a_name(w))}
    return (
        names.pop() if named and len(elected) == 1 and len(named) == 1 and len(names) == 1 else ""
    )


def _a_name(words: str) -> str:
    """The name in a run of capitalised words: a given name alone, or a full name."""
    parts = words.split()
    while parts and not is_given(parts[0]):
        parts = parts[1:]
    if not parts or any(_NOT_NAME.match(p) or not is_name_word(p) for p in parts):
        return ""
    return " ".join(parts)


def leader_said(text: str) -> str:
    """The leader a line names ("Mødet blev ledet af …", "Formand: …"), or ""."""
    marked = _CHAIR_MARKED.findall(text)
    for pattern in [*_LEADER_SAID, *([_CHAIR_MARKED] if len(marked) == 1 else [])]:
        match = pattern.search(text)
        words = match["name"].split() if match else []
        while words and not is_given(words[0]) and len(words) > 2:
            words = words[1:]  # "Formand Anne Holm bød …": from the given name on
        if words and is_name_word(words[0]):
            return " ".join(words)
    return ""


# --- a member list under a heading of its own inside an item ------------------------------------

_LONE_PEOPLE = re.compile(rf"^\s*(?:{PEOPLE_LABELS['participants']})\s*:?\s*$", re.IGNORECASE)
_AWAY_SAID = re.compile(rf"^\s*(?:{PEOPLE_LABELS['apologies']})\s*:\s*(?P<names>\S.*)$", re.I)
_MIN_MEMBERS = 3
_NOTES_AFTER = 4  # lines after the list that may say who was away or stood in


def lone_label_people(
    lines: list[str], found: dict[str, list[ParsedPerson]]
) -> dict[str, list[ParsedPerson]]:
    """ "Medlemmer" on a line of its own inside an item, one member a line under it ("Anne Holm
    (IA)", blank lines between), then "Afbud: Bo Berg (D)" / "Suppleant for Bo Berg, Eva Kro.":
    the meeting's attendance, when the item's labels gave no participants (found)."""
    listed = _listed_after_label(lines) if found["participants"] else []
    if len(listed) > len(found["participants"]):
        return {**found, "participants": [ParsedPerson(n) for n in listed]}
    start = next((i for i, line in enumerate(lines) if _LONE_PEOPLE.match(line)), None)
    if found["participants"] or start is None:
        return found
    members, end = _one_a_line_members(lines[start + 1 :])
    if len(members) < _MIN_MEMBERS:
        return found
    away: list[str] = []
    substitutes: list[ParsedPerson] = []
    notes = [line for line in lines[start + 1 + end :] if line.strip()][:_NOTES_AFTER]
    for line in notes:
        if said := _AWAY_SAID.match(line):
            away += [name for name, _ in read_names(said["names"])]
        elif stood := SUBSTITUTE_FOR.match(line):
            member, name = clean_name(stood["member"]), clean_name(stood["sub"])
            away.append(member)
            substitutes.append(ParsedPerson(name, substitute_for=member))
    present = [ParsedPerson(n) for n in members if n not in away]
    apologies = [ParsedPerson(n) for n in dict.fromkeys(away)]
    return {"participants": present + substitutes, "apologies": apologies}


_SAID_PEOPLE = re.compile(rf"^\s*(?:{PEOPLE_LABELS['participants']})\s*:\s*(?P<names>\S.*)$", re.I)
# A sentence ends at a full stop after a word, not after an initial ("Bo C. Nissen").
_SENTENCE_END = re.compile(r"(?<=[a-zæøå]{2})\.(?:\s|$)")


def _listed_after_label(lines: list[str]) -> list[str]:
    """ "Til stede: Anne Holm, Bo Berg, … og medarbejderobservatør Eva Kro. Sagsnummer …": the
    names of the label's first sentence, where the item's reading took them for one person."""
    for line in lines:
        if said := _SAID_PEOPLE.match(line):
            end = _SENTENCE_END.search(said["names"])
            names = names_in_list(said["names"][: end.start()] if end else said["names"])
            return names if len(names) >= _MIN_MEMBERS else []
    return []


def _one_a_line_members(lines: list[str]) -> tuple[list[str], int]:
    """The names one a line from the top (blank lines between them allowed), and where the
    list ends."""
    members: list[str] = []
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        name = clean_name(_PARTY_AFTER.sub("", line).strip())
        if not name_like(name) or not (_PARTY_AFTER.search(line) or is_given(name.split()[0])):
            return members, position
        members.append(name)
    return members, len(lines)


_PARTY_AFTER = re.compile(r"\((?:[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]{1,3})\)\s*$")
