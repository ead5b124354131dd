"""A distribution key's shares and the transfers that settle the costs among the parties.

Each party bears its share of the costs (equal, by population, or custom per mille). What a party
paid beyond its share it gets back; what it paid less it pays. The transfers settle that with as
few payments as the greedy method gives (largest debtor pays largest creditor first); a transfer
below the fund's small-amount threshold (bagatelgrænse) is not made but listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from klynge.organisation.models import Organisation
from klynge.text import danish_sort_key

from . import money
from .models import DistributionKey, DistributionShare

Method = DistributionKey.Method


@dataclass
class PartyShare:
    party: Organisation
    fraction: Fraction
    population: int | None = None
    share_ore: int = 0
    paid_ore: int = 0

    @property
    def balance_ore(self) -> int:
        """Positive: the party is owed money; negative: it owes."""
        return self.paid_ore - self.share_ore

    @property
    def percent_text(self) -> str:
        tenths = money.round_div(self.fraction.numerator * 1000, self.fraction.denominator)
        return f"{tenths // 10},{tenths % 10} %"


@dataclass
class Transfer:
    payer: Organisation
    payee: Organisation
    amount_ore: int


@dataclass
class Settlement:
    method: str
    total_ore: int
    shares: list[PartyShare]
    transfers: list[Transfer] = field(default_factory=list)
    not_transferred: list[Transfer] = field(default_factory=list)
    threshold_ore: int = 0


def fractions(method: str, rows: list[DistributionShare]) -> list[Fraction]:
    """Each row's share of the whole, as an exact fraction."""
    if not rows:
        return []
    if method == Method.POPULATION:
        total = sum(r.population or 0 for r in rows)
        return [Fraction(r.population or 0, total or 1) for r in rows]
    if method == Method.CUSTOM:
        return [Fraction(r.custom_permille or 0, 1000) for r in rows]
    return [Fraction(1, len(rows)) for _r in rows]


def settle(
    method: str,
    rows: list[DistributionShare],
    total_ore: int,
    paid: dict[Organisation, int] | None = None,
    threshold_ore: int = 0,
) -> Settlement:
    """Share ``total_ore`` by the key and settle against what each party ``paid``."""
    paid = dict(paid or {})
    weights = fractions(method, rows)
    amounts = money.split(total_ore, weights)
    shares = [
        PartyShare(r.party, w, r.population, amount, paid.pop(r.party, 0))
        for r, w, amount in zip(rows, weights, amounts, strict=True)
    ]
    # Parties that paid without being in the key bear no share and get everything back.
    shares += [PartyShare(party, Fraction(0), None, 0, amount) for party, amount in paid.items()]
    shares.sort(key=lambda s: danish_sort_key(s.party.name))
    settlement = Settlement(method, total_ore, shares, threshold_ore=threshold_ore)
    for transfer in _transfers(shares):
        if transfer.amount_ore < threshold_ore:
            settlement.not_transferred.append(transfer)
        else:
            settlement.transfers.append(transfer)
    return settlement


def _transfers(shares: list[PartyShare]) -> list[Transfer]:
    def order(pairs: list[list]) -> list[list]:
        return sorted(pairs, key=lambda p: (-p[1], danish_sort_key(p[0].name)))

    debtors = order([[s.party, -s.balance_ore] for s in shares if s.balance_ore < 0])
    creditors = order([[s.party, s.balance_ore] for s in shares if s.balance_ore > 0])
    transfers = []
    d = c = 0
    while d < len(debtors) and c < len(creditors):
        amount = min(debtors[d][1], creditors[c][1])
        transfers.append(Transfer(debtors[d][0], creditors[c][0], amount))
        debtors[d][1] -= amount
        creditors[c][1] -= amount
        if debtors[d][1] == 0:
            d += 1
        if creditors[c][1] == 0:
            c += 1
    return transfers
