"""A decision's outcome read from the wording of imported minutes.

Danish minutes say what was decided in words ("Godkendt.", "Taget til efterretning", "Indstillingen
blev godkendt med den tilføjelse, at …"); the meeting cycle keeps an outcome per recommendation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from klynge.meetings.history import PastDecision
from klynge.meetings.models import Decision

from .importer.parsed import ParsedItem

Outcome = Decision.Outcome

# Tried in this order: the first that matches decides. "ikke godkendt" before "godkendt"; a
# decision that approves and mentions a discussion is an approval.
_OUTCOME_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bikke\s+(?:blevet\s+)?godkend"), Outcome.REJECTED),
    (re.compile(r"\bgodkend"), Outcome.APPROVED),
    (re.compile(r"\buds(?:at|ættes|ætter)\b"), Outcome.POSTPONED),
    (re.compile(r"\bvideresend|\bsendes\s+videre|\bsendt\s+videre"), Outcome.FORWARDED),
    (re.compile(r"\b(?:taget|tages|tog)\s+til\s+efterretning|\borientering"), Outcome.NOTED),
    (re.compile(r"\bdrøft"), Outcome.DISCUSSED),
]
# "Godkendt (PLO har nogle forbehold …)", "Godkendt med den tilføjelse, at …".
_APPROVED_WITH_REMARKS = re.compile(r"^godkendt\s*(?:[(:;,–-]|med\b)")
_BARE_OUTCOME = re.compile(
    r"(?:punktet |indstillingen |indstillingerne )?(?:blev |er )?"
    r"(?:ikke godkendt|godkendt|godkendes|drøftet|udsat|videresendt|taget til efterretning)"
)
_LEADING_NUMBER = re.compile(r"^\s*\d+\s*[.)]\s+")


def outcome_of(text: str, has_recommendation: bool) -> str:
    """The decision's outcome read from its wording."""
    words = text.strip().lower()
    for pattern, outcome in _OUTCOME_WORDS:
        if pattern.search(words):
            if outcome == Outcome.APPROVED and _APPROVED_WITH_REMARKS.match(words):
                return Outcome.APPROVED_WITH_REMARKS
            return outcome
    return Outcome.APPROVED_WITH_REMARKS if has_recommendation else Outcome.DISCUSSED


def decision_text(text: str) -> str:
    """The wording kept with the decision: empty when it only says the outcome."""
    text = _LEADING_NUMBER.sub("", text).strip()
    if _BARE_OUTCOME.fullmatch(text.lower().rstrip(". ")):
        return ""
    return text


def decisions_of(item: ParsedItem, recommendations: Sequence[str]) -> list[PastDecision]:
    """The item's decisions by recommendation number: decision i answers recommendation i; one
    decision for several recommendations answers them all; a recommendation without a decision
    takes the outcome its own wording tells."""
    texts = [t for t in item.decisions if t.strip()]
    numbers = range(1, len(recommendations) + 1)
    if len(texts) == 1 and len(recommendations) > 1:
        outcome = outcome_of(texts[0], True)
        return [(n, outcome, decision_text(texts[0]) if n == 1 else "") for n in numbers]
    result: list[PastDecision] = []
    for n, recommendation in zip(numbers, recommendations, strict=True):
        if n <= len(texts):
            result.append((n, outcome_of(texts[n - 1], True), decision_text(texts[n - 1])))
        else:
            result.append((n, _unworded_outcome(recommendation, item.minutes_text), ""))
    for text in texts[len(recommendations) :]:
        result.append((None, outcome_of(text, False), decision_text(text)))
    return result


def _unworded_outcome(recommendation: str, minutes: str) -> str:
    """Minutes without a decision for the recommendation: it was followed, so its own verb
    ("Godkender …", "Drøfter …", "Tager … til efterretning") tells the outcome, else the minutes
    text, else it was discussed."""
    for text in (recommendation, minutes):
        words = text.lower()
        for pattern, outcome in _OUTCOME_WORDS:
            if pattern.search(words):
                return outcome
    return Outcome.DISCUSSED
