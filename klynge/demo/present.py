"""The demo in the present: besides the seeds' meetings as they happened, the demo's fora have
their coming meetings planned from their annual plans relative to the day the demo is built.

The next meeting of every forum has its agenda in preparation; in the steering group where the
demo logins formand and medlem sit, a meeting held a few days ago waits for the chairs to approve
its minutes (sent to them for review), the next meeting's agenda is out with attachments and a
member's question on it, and the minutes' actions fall due in the coming weeks. Built again the
same day it adds nothing; on a later day it adds what that day is missing.
"""

from __future__ import annotations

import datetime

from . import midtklyngen
from .present_cycle import Cycle, build_cycle
from .present_plan import LINES, chain, habit_of, plan, planned_days, prepare_next
from .present_talk import build_talk

# Where the demo logins formand and medlem sit.
HOME = midtklyngen.STEERING


def build_present(today: datetime.date) -> None:
    cycle = Cycle(None, None)
    for line in LINES:
        fora = chain(line.slug)
        habit = habit_of(fora)
        days = planned_days(fora, line, habit, today)
        if line.slug == HOME:
            cycle = build_cycle(fora, habit, today, days)
        plan(fora, days, habit)
        prepare_next(fora, today)
    build_talk(cycle, today)
