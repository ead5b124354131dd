"""The transition report: what a transition moved and ended, read from the JSON the
organisational change keeps (the preview as it was confirmed), so that it always shows what was
confirmed. The preview page shows a preview through the same report."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from klynge.portfolio import money

# The preview's totals in the order the page and the command print them.
TOTAL_LABELS = {
    "fora_ended": _("Fora that end"),
    "fora_carried": _("Fora carried on"),
    "seats_ended": _("Seats that end"),
    "seats_carried": _("Seats carried on"),
    "born_seats_elsewhere": _("Born seats in other fora that follow"),
    "terms_superseded": _("Terms of reference superseded"),
    "terms_new": _("New drafts of terms of reference"),
    "actions": _("Open actions moved"),
    "backlog": _("Items for coming meetings moved"),
    "referrals": _("Pending referrals moved"),
    "initiatives": _("Initiatives carried on"),
    "remaining_ore": _("Remaining money of the initiatives"),
    "budget_lines": _("Budget lines moved"),
    "budget_lines_ore": _("Sum of the budget lines moved"),
    "funds": _("Funds carried on"),
    "funds_remainder_ore": _("Remainders of the funds"),
    "implementations": _("Implementations carried on"),
}


def amount_total(key: str, value: int) -> str:
    """A total as printed: an amount in kroner ("1.269 kr.") or a count."""
    return money.kr(value) if key.endswith("_ore") else str(value)


@dataclass
class Report:
    data: dict[str, Any]

    @property
    def takes_effect_on(self) -> datetime.date:
        return datetime.date.fromisoformat(self.data["takes_effect_on"])

    @property
    def last_day(self) -> datetime.date:
        return datetime.date.fromisoformat(self.data["last_day"])

    @property
    def bodies(self) -> str:
        return ", ".join(body["name"] for body in self.data["ending"])

    @property
    def totals(self) -> list[tuple[str, str]]:
        return [
            (str(label), amount_total(key, self.data["totals"].get(key, 0)))
            for key, label in TOTAL_LABELS.items()
        ]

    @property
    def fora(self) -> list[dict[str, Any]]:
        return [
            {**forum, "ends_on": datetime.date.fromisoformat(forum["ends_on"])}
            for forum in self.data["fora"]
        ]

    @property
    def actions(self) -> list[dict[str, Any]]:
        return [{**a, "due_on": _day(a["detail"])} for a in self.data["actions"]]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.data[name]
        except KeyError as missing:
            raise AttributeError(name) from missing


def _day(text: str) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None
