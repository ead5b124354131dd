"""Chair rotation: which party chairs a forum in which period.

- plan: the planner's rules on plain data, no database: propose a plan, check any plan;
- queries: a cluster's rotation data, read once, as the planner's fora and periods;
- services: registering a plan's periods, and starting one, which moves the co-chair seats;
- forms: the planner's assumptions, and starting a period.
"""

from .forms import RotationPlanForm, StartPeriodForm, start_forms
from .plan import (
    ALIGNED,
    ELECTION_BASE_YEAR,
    ELECTION_PERIOD_YEARS,
    HOSPITAL,
    ROTATION,
    SPREAD,
    THEME_PERIOD_YEARS,
    Breach,
    Cell,
    Period,
    Plan,
    PlannedForum,
    Row,
    check,
    election_periods,
    political_period_start,
    political_starts,
    propose,
    theme_periods,
)
from .queries import RotationSetup, people_by_party, rotation_setup
from .services import register_plan, save_rotation_period, start_period

__all__ = [
    "ALIGNED",
    "ELECTION_BASE_YEAR",
    "ELECTION_PERIOD_YEARS",
    "HOSPITAL",
    "ROTATION",
    "SPREAD",
    "THEME_PERIOD_YEARS",
    "Breach",
    "Cell",
    "Period",
    "Plan",
    "PlannedForum",
    "RotationPlanForm",
    "RotationSetup",
    "Row",
    "StartPeriodForm",
    "check",
    "election_periods",
    "people_by_party",
    "political_period_start",
    "political_starts",
    "propose",
    "register_plan",
    "rotation_setup",
    "save_rotation_period",
    "start_forms",
    "start_period",
    "theme_periods",
]
