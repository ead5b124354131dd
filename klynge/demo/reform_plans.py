"""The demo's transition plans, one per cluster, in the JSON form of `manage.py transition`
(docs/reform.md, "The plan file").

Every cluster's political level ends and its open work goes to the council itself; the
administrative fora carry on under the council with their seats kept. Midtklyngen's two
improvement teams end (their work goes to the steering group), to show fora that end.
"""

from __future__ import annotations

from typing import Any

from . import midtklyngen as midt
from . import syddanmark as syd
from .reform_councils import COUNCILS, Council

TAKES_EFFECT_ON = "2027-01-01"
CARRY = {"choice": "carry", "seats": "keep"}


def _end(receiving: str) -> dict[str, str]:
    return {"choice": "end", "receiving": receiving}


def _network(cluster: str) -> str:
    return f"{cluster}-implementeringsnetvaerk-amning"


def _midtklyngen(council: str) -> dict[str, Any]:
    carried = [
        midt.STEERING,
        *midt.THEME_GROUPS,
        midt.DIRECTORS,
        midt.SECRETARIAT,
        "midtklyngen-implementeringsgruppe-72-timer",
        "midtklyngen-implementeringsgruppe-korrespondancebreve",
        _network("midtklyngen"),
    ]
    ended = {
        midt.POLITICAL: _end(council),
        "midtklyngen-forbedringsteam-rygsmerter": _end(midt.STEERING),
        "midtklyngen-forbedringsteam-multisyge": _end(midt.STEERING),
    }
    return {"fora": {**dict.fromkeys(carried, CARRY), **ended}, "receiving": midt.STEERING}


def _lillebaelt(council: str) -> dict[str, Any]:
    fora = {syd.LB_STEERING: CARRY, syd.LB_COORDINATING: CARRY, syd.LB_POLITICAL: _end(council)}
    return {"fora": fora, "receiving": syd.LB_STEERING}


def _soenderjylland(council: str) -> dict[str, Any]:
    carried = [syd.SDJ_STEERING, syd.SDJ_COORDINATION, *(s for s, _ in syd.IMPLEMENTATION_GROUPS)]
    fora = {**dict.fromkeys(carried, CARRY), syd.SDJ_POLITICAL: _end(council)}
    return {"fora": fora, "receiving": syd.SDJ_STEERING}


def _network_only(cluster: str) -> dict[str, Any]:
    """The other Midt clusters, whose only forum in the demo is the breastfeeding network."""
    return {"fora": {_network(cluster): CARRY}, "receiving": _network(cluster)}


def plan_data(council: Council) -> dict[str, Any]:
    """The plan that carries the council's predecessor cluster into it."""
    builders = {
        "midtklyngen": _midtklyngen,
        "lillebaelt": _lillebaelt,
        "soenderjylland": _soenderjylland,
    }
    build = builders.get(council.cluster)
    choices = build(council.forum_slug) if build else _network_only(council.cluster)
    return {
        "ending": [council.cluster],
        "takes_effect_on": TAKES_EFFECT_ON,
        "successor": council.slug,
        **choices,
    }


PLANS = {council.cluster: plan_data(council) for council in COUNCILS}
