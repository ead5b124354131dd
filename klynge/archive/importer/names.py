"""Where one name ends and the next begins when extraction ran a list of names together
without separators ("Anne Marie Holm Bo Berg Carl Erik Dahl").

Danish names are read as given name(s) then family name(s); what tells them apart is a common
Danish given name at the start of each. The split is a guess (callers mark it unsure): it is
the reading whose names most often start with a given name and end with a family name.
"""

from __future__ import annotations

import re

# Common Danish given names (and the most common ones of other origin in Danish public life).
_GIVEN_TEXT = """
aage adam agnete ahmed aksel albert alberte alexander alexandra ali alice allan alma amalie
amanda anders andreas ane anette anita anja ann anna anne annelise annette anni annie anton
arne asger asta astrid august axel benedikte bent benny berit bettina birgit birgitte birte
birthe bjarne bjørn bo bodil brian brigitte britt britta bruno bodil børge camilla carina
carl carla carsten caroline casper cathrine cecilie charlotte christel christian christina
christine christoffer claus connie conny dan daniel david dennis ditte dorte dorthe dorrit
ebbe edith egon einar ejnar elin elisabeth elise ella ellen elsa else emil emilie emma
erik erling ester esther eva ewa finn flemming frank frederik freja frida frode gerda gert
gitte gorm grethe gudrun gunnar gustav hanne hans heidi helen helena helene helga helge
helle henning henny henrik henriette herbert holger ib ida inge inger inga ingrid irene iris
ivan ivar jacob jakob jan jane janne jannie jens jeppe jes jesper jette jimmy joachim johan
johanne johannes john jon jonas jonathan josefine julie julius jytte jørgen jørn kaj kamilla
karen kari karin karina karl karsten kasper katja katrine kenneth kennet kenn keld kim
kirsten kirstine kjeld klaus knud kristian kristina kristine kurt laila lars laura
lea leif lena lene leo
leon lilian lillian line lis lisa lisbeth lise lissi liv lone louise lucas lukas mads magnus
maja malene malou maria mariann marianne marie marina marlene martin mathias mathilde mette
michael michelle mikael mikkel mogens mona morten nadia nanna natasja niels nikolaj nikolai
nils nina noah ole oliver olivia oluf otto palle peder per pernille peter philip pia poul
preben rasmus rebecca rene rikke rita robert rolf rune ruth sabrina sally sanne sara sarah
sebastian signe simon sine sofie solveig sonja steen sten stefan stig susan susanne svend
søren thomas thor thorkild tina tine tobias tom tommy tonny tove trine troels ture torben
tage tanja ulla ulrik ulrikke victor viktor vibeke villads villy vagn willy yvonne åse
abdul ahmad anni arne benjamin birger carsten dagmar diana doris dorthea edvard erna
esben gitte gry hanna hannah harald heino hugo ida ingelise jannik jeanette jens-peter jonna
kenn kirstine lau lasse lotte lykke magda mai maiken mette-marie mia mie morten nicolai
nicklas niklas ninna oskar pelle per-erik poul-erik rasmus sidsel silas sisse sune susie
svenning tonni trine ulf valdemar vivi william bente lisbet merete jesper jannie hjalte
birgitta christoph christopher marianne-louise thyge magne annemette majbrit ingvard erhardt
manfred joakim filip ejner linda
"""
GIVEN_NAMES = frozenset(_GIVEN_TEXT.split())

_TOKEN = re.compile(
    r"^(?:[A-ZÆØÅÜÖÉ][a-zæøåüöéäëáíóúàèñç'’]+(?:[-‐][A-ZÆØÅÜÖÉ]?[a-zæøåüöéäëáíóúàèñç'’]+)*"
    r"|[A-ZÆØÅ]\.)$"
)
_PARTICLES = {"von", "van", "de", "la", "af", "du", "le"}
_FAMILY_SUFFIX = re.compile(r"(?:sen|søn|strup|gaard|gård|berg|holm|lund|bæk|borg)$")
_MAX_WORDS = 4
_INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")


def is_given(word: str) -> bool:
    """ "Anne", "Poul-Erik": a common given name."""
    lowered = word.lower()
    return lowered in GIVEN_NAMES or all(p in GIVEN_NAMES for p in lowered.split("-"))


def is_name_word(word: str) -> bool:
    return bool(_TOKEN.match(word)) or word in _PARTICLES


def name_score(words: tuple[str, ...]) -> float | None:
    """How much a run of words looks like one person's name; None when it cannot be one."""
    first, last = words[0], words[-1]
    if last.endswith(".") or last in _PARTICLES:
        return None  # an initial or particle does not end a name
    if _INITIAL.match(first):
        # "H. C. Bonde": initials alone before the family name; else no initial starts one.
        return 1.0 if all(_INITIAL.match(w) for w in words[:-1]) else None
    score = 3.0 if is_given(first) else 0.0
    if _FAMILY_SUFFIX.search(first.lower()) and not is_given(first):
        score -= 1.0  # "Rasmussen Anne": a family name does not open a name
    if is_given(last) and not _FAMILY_SUFFIX.search(last.lower()):
        score -= 2.0  # "… Anne": a given name rarely ends one
    score -= {2: 0.0, 3: 0.3, 4: 1.0}[len(words)]
    return score


# Capitalised words that are no part of a name: the body after a place ("Skive Kommune"),
# organisations and titles around the names.
BODY_AFTER = re.compile(r"^(?:Kommune|Kommunes|Amt|Amts|Sygehus|Hospital)$")
NOT_NAME = re.compile(
    r"^(?:Region|Regionen|Regioner|Kommune|Kommunes|Amt|Amts|Dansk|Danske|Danmark|Denmark"
    r"|Formand|Næstformand|Borgmester|Direktør|Kontorchef|Konsulent|Chef|Leder|Medlem"
    r"|Sekretariat|Forvaltning|Afdeling|Center|Kontor|Enhed|Styrelse|Ministerium|Direktion"
    r"|Administration|Udvalg|Udvalget|Råd|Rådet|Bestyrelse|Bestyrelsen|Hospital|Sygehus"
    r"|Universitet|Praksis|Sundhed|Vakant|Vakance|Den|Det)$"
    # A title's last word ("Afdelingsleder", "Sekretariatsleder", "Kommunikationschef").
    r"|^[A-ZÆØÅ]\w+(?:leder|chef|direktør|konsulent|sekretær|koordinator|medarbejder)$"
    # Definite nouns ("Idrætsrådets", "Sekretariatet", "Udvalget") and the endings of
    # institutions ("Sundhedsstyrelsen", "Socialforvaltningen"): no family name ends so.
    r"|^[A-ZÆØÅ]\w+(?:rådet|rådets|udvalget|udvalgets)$"
    r"|^[A-ZÆØÅ]\w{4,}(?:ningen|ningens|iet|iets|ets|iat|skolen|skole|fonden|forbundet"
    r"|styrelsen|forvaltning|forvaltningen|afdeling|afdelingen|centret|center|tionen)$"
)


_SKIP_COST = 1.0
_UNKNOWN_START_COST = 1.5


def split_run(words: list[str], mixed: bool = False) -> list[str]:
    """The names a run of name words holds, best guess. Among other words (mixed: an
    organisation's name between the names) words may be left out, and a name that starts with
    no given name costs more; otherwise every word is part of a name, or nothing is read."""
    count = len(words)
    best: list[tuple[float, list[str]] | None] = [None] * (count + 1)
    best[count] = (0.0, [])
    for start in range(count - 1, -1, -1):
        options: list[tuple[float, list[str]]] = []
        if best[start + 1] is not None and mixed:
            score, rest = best[start + 1]  # type: ignore[misc]
            options.append((score - _SKIP_COST, rest))
        for end in range(start + 2, min(start + _MAX_WORDS, count) + 1):
            score = _scored(tuple(words[start:end]), mixed)
            if score is not None and best[end] is not None:
                rest_score, rest = best[end]  # type: ignore[misc]
                options.append((score + rest_score, [" ".join(words[start:end]), *rest]))
        best[start] = max(options, key=lambda option: option[0]) if options else None
    return best[0][1] if best[0] else []


def _scored(words: tuple[str, ...], mixed: bool) -> float | None:
    score = name_score(words)
    if score is not None and mixed and not is_given(words[0]):
        score -= _UNKNOWN_START_COST
    return score


def names_in_run(text: str) -> list[str] | None:
    """ "Anne Storm Holm Lis Dahl Ole Vang": the names; None when the text
    holds anything but capitalised words, or reads as one name only."""
    words = text.split()
    if not all(is_name_word(w) for w in words):
        return None
    names = split_run(words)
    return names if len(names) >= 2 else None
