"""What minutes write on an item's heading line after its title.

Minutes typed as a plain list put the outcome on the title's own line: "1. Godkendelse af
dagsorden. Godkendt.", "2. Valg af referent- Anne", "3. Skal vi deltage? Formanden tager med".
The title ends where such a tail starts; the tail is the item's text (its decision, when it is
an outcome sentence), not part of the title.
"""

from __future__ import annotations

import re

_OUTCOME_WORDS = (
    r"(?:Godkendt|Vedtaget|Tiltrådt|Anbefalet|Taget\s+til\s+efterretning|Drøftet|Drøftedes"
    r"|Orienteredes|Udsat|Besluttet|Besluttes)"
)
# "… dagsorden. Godkendt.", "… møde Godkendt med følgende rettelser: …", "… referat.
# Referatet blev godkendt.": an outcome opening a sentence after the title.
_OUTCOME_TAIL = re.compile(
    rf"(?:(?<=[a-zæøå0-9)])\.\s+|(?<=[a-zæøå0-9])\s+)(?={_OUTCOME_WORDS}\b"
    r"|(?:Orienteringen|Punktet|Sagen)\s+blev)"
    r"|(?<=[a-zæøå0-9)])\.\s+(?=[A-ZÆØÅ][a-zæøå]+\s+blev\s+(?:godkendt|vedtaget|tiltrådt"
    r"|taget\s+til|drøftet|udsat)\b)"
)
# "… dagsorden: Godkendt", "… dagsorden – godkendt.": after a colon or a dash the outcome is
# the whole rest ("Orientering: Vedtaget lokalplan for …" is a title).
_OUTCOME_AFTER_MARK = re.compile(
    rf"\s*(?::|\s[-–—])\s+(?=(?i:{_OUTCOME_WORDS})(?:\.|\s+(?:med|uden)\b.*|)$)"
)
# "Valg af referent- Anne": a dash glued to the title's last word, then a name or two; a
# compound's dash ("Social- og Sundhedsudvalget") is followed by a lower-case word instead.
_NAME_AFTER_DASH = re.compile(
    r"(?<=[a-zæøå])-\s+(?P<tail>[A-ZÆØÅ][a-zæøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][a-zæøå]+){0,3})\.?$"
)
# "Skal vi deltage? Stine sørger for gave": a question is the title; what follows answers it.
_AFTER_QUESTION = re.compile(r"(?<=\w)\?\s+(?=[A-ZÆØÅ])")
# "Årsmøde 2025 ved formanden": the role that presents the item, after "ved".
_PRESENTED_BY_ROLE = re.compile(
    r"\s+ved\s+(?P<who>(?:næst)?formanden|formandskabet|sekretæren|sekretariatet|kassereren"
    r"|direktøren|forvaltningen|administrationen)\.?$",
    re.IGNORECASE,
)
# "Godkendt. D A G S O R D E N": a word in letter-spaced display type, a page's running title
# that a transcript ran onto the line, is no part of the outcome.
_LETTER_SPACED = re.compile(r"(?:^|\s)(?:[A-ZÆØÅ0-9]{1,2}\s+){3,}[A-ZÆØÅ0-9]{1,2}(?=\s|$)")
# "Meddelelser fra direktionen Sager til beslutning": the heading of the next group of items,
# run onto the last title of the group before it, is no part of that title.
_GROUP_HEADING = re.compile(
    r"\s+(?:(?:Sager|Punkter|Emner)\s+til\s+(?:beslutning|orientering|drøftelse|godkendelse"
    r"|efterretning)|(?:Beslutnings|Orienterings|Drøftelses)(?:sager|punkter))$"
)
# "Landsplanredegørelse 2013, sagsnr. 12/0456": the case's file number after its title.
# "Opfølgning på handleplan (24/1202)", "… (Sagsnr. 1-30-72-1-23)": the same in brackets (a
# year's span, "(2024-2027)", "(2013/14)", is the title's).
_CASE_NUMBER_TAIL = re.compile(
    r",?\s+(?:sagsnr|sags\s*nr|j\.\s*nr|journalnr)\.?:?\s*[\w/.-]*$"
    r"|\s*\((?:(?:sagsnr|sags\s*nr|sag\s*nr|j\.\s*nr|journalnr)\.?:?\s*[\w/.-]+"
    r"|\d{2}/\d{3,6}|\d+(?:-\d+){3,})\)$",
    re.IGNORECASE,
)
# "Valg af dirigenter Kl Der bydes velkommen …": the item's time, lost by the transcript, ends
# the title; a sentence follows ("KL", the municipalities' association, is no such mark).
_LOST_TIME = re.compile(r"\s+[Kk]l\.?(?=\s+[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])")
# A title is at least this many words before its tail.
_MIN_TITLE_WORDS = 2


def split_title_tail(text: str) -> tuple[str, str]:
    """The heading's title and what follows it on the line ("" when nothing does)."""
    case = _CASE_NUMBER_TAIL.search(text)
    if case and case.start() > 0:
        title, tail = split_title_tail(text[: case.start()])
        return title, f"{tail} {case.group().strip(' ,()')}".strip()
    group = _GROUP_HEADING.search(text)
    if group and len(text[: group.start()].split()) >= _MIN_TITLE_WORDS:
        title, tail = split_title_tail(text[: group.start()])
        return title, f"{tail} {group.group().strip()}".strip()
    for pattern in (_OUTCOME_TAIL, _OUTCOME_AFTER_MARK, _AFTER_QUESTION, _LOST_TIME):
        found = pattern.search(text)
        if found and len(text[: found.start()].split()) >= _MIN_TITLE_WORDS:
            title = text[: found.start()].rstrip()
            tail = _LETTER_SPACED.sub("", text[found.end() :]).strip()
            return (title + "?" if pattern is _AFTER_QUESTION else title), tail
    found = _NAME_AFTER_DASH.search(text)
    if found and len(text[: found.start()].split()) >= _MIN_TITLE_WORDS:
        return text[: found.start()].rstrip(), found["tail"]
    return text, ""


def presenter_by_role(text: str) -> tuple[str, str]:
    """ "Årsmøde 2025 ved formanden" → ("Årsmøde 2025", "formanden"); else (text, "")."""
    found = _PRESENTED_BY_ROLE.search(text)
    if found and len(text[: found.start()].split()) >= 1:
        return text[: found.start()], found["who"]
    return text, ""
