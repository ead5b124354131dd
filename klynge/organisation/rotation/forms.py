"""The rotation page's forms: the planner's assumptions, and starting a registered period.

Each fills its choices from what it is given, so that the page reads the registry once for all
of its forms.
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..forms import KlyngeFormMixin, date_field
from ..models import ChairRotationPeriod, Forum, Person
from .plan import (
    ELECTION_PERIOD_YEARS,
    THEME_PERIOD_YEARS,
    Plan,
    political_period_start,
    political_starts,
)
from .queries import RotationSetup, people_by_party


class RotationPlanForm(KlyngeFormMixin, forms.Form):
    """What the rotation planner is to assume: the steering group's municipality per political
    period (the political cluster group appoints it) and each theme group's period length."""

    PERIODS_AHEAD = 3
    ahead = forms.TypedChoiceField(
        label=_("Plan how many election periods ahead"),
        choices=[(1, "1"), (2, "2"), (3, "3")],
        coerce=int,
        initial=1,
        required=False,
        empty_value=None,
    )

    def __init__(
        self, *args: object, setup: RotationSetup, plan_from: int | None = None, **kwargs: object
    ) -> None:
        """plan_from: the first year to plan, by default the current election period's."""
        super().__init__(*args, **kwargs)
        self.setup = setup
        if plan_from is None:
            plan_from = political_period_start(timezone.localdate().year)
        self.plan_from = plan_from
        self.starts = political_starts(plan_from, self.PERIODS_AHEAD)
        registered = {
            p.first_year: p.party.name
            for p in (setup.municipal_periods(setup.steering) if setup.steering else [])
        }
        for start in self.starts:
            self.fields[f"steering_{start}"] = self._steering_field(
                start, registered.get(start, "")
            )
        for theme in setup.themes:
            self.fields[f"years_{theme.slug}"] = self._years_field(theme)
        self.style_widgets()

    def _steering_field(self, start: int, registered: str) -> forms.ChoiceField:
        municipalities = [(m.name, m.name) for m in self.setup.municipalities]
        steering = self.setup.steering
        return forms.ChoiceField(
            label=_("%(forum)s %(first)s–%(last)s: municipal co-chair")
            % {
                "forum": steering.name if steering else "",
                "first": start,
                "last": start + ELECTION_PERIOD_YEARS - 1,
            },
            choices=[("", _("Not appointed yet")), *municipalities],
            required=False,
            initial=registered,
            help_text=_("Follows the municipal co-chair of the political cluster group."),
        )

    def _years_field(self, theme: Forum) -> forms.TypedChoiceField:
        return forms.TypedChoiceField(
            label=_("%(forum)s: years per period") % {"forum": theme.name},
            choices=[(2, "2"), (3, "3"), (4, "4")],
            coerce=int,
            initial=THEME_PERIOD_YEARS,
            required=False,
            empty_value=None,
        )

    def settings(self) -> dict[str, object]:
        """The chosen settings, or the initial ones when the form is unbound or invalid."""
        values = {name: field.initial for name, field in self.fields.items()}
        if self.is_bound and self.is_valid():
            values.update({k: v for k, v in self.cleaned_data.items() if v is not None})
        return {
            "ahead": int(values["ahead"]),
            "steering": {start: values[f"steering_{start}"] or None for start in self.starts},
            "years": {t.slug: int(values[f"years_{t.slug}"]) for t in self.setup.themes},
        }

    def proposal(self) -> Plan:
        """The planner's proposal under the chosen settings."""
        return self.setup.proposal(self.plan_from, **self.settings())


class StartPeriodForm(KlyngeFormMixin, forms.Form):
    """Start a rotation period: who takes the chair, from which day."""

    person = forms.ModelChoiceField(label=_("Co-chair"), queryset=Person.objects.none())
    starts_on = date_field(_("From"), required=True)

    def __init__(
        self,
        *args: object,
        period: ChairRotationPeriod,
        people: list[Person] | None = None,
        **kwargs: object,
    ) -> None:
        """people: the period party's people to choose from, read beforehand when many forms
        share one read; otherwise the form reads them itself."""
        kwargs.setdefault("prefix", f"p{period.pk}")
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        field.queryset = Person.objects.filter(organisation=period.party_id)
        if people is not None:
            field.choices = [("", field.empty_label), *((p.pk, p.name) for p in people)]
        self.fields["starts_on"].initial = period.starts_on
        self.style_widgets()


def start_forms(
    setup: RotationSetup, can_start: bool, today: datetime.date | None = None
) -> list[tuple[ChairRotationPeriod, StartPeriodForm | None]]:
    """The registered municipal periods, each with a form to start it when the user may start
    periods and the period can still begin (not started and not over)."""
    today = today or timezone.localdate()
    people = people_by_party(setup) if can_start else {}
    return [
        (
            period,
            StartPeriodForm(period=period, people=people.get(period.party_id, []))
            if can_start and _startable(period, today)
            else None,
        )
        for period in setup.periods
        if period.is_municipal
    ]


def _startable(period: ChairRotationPeriod, today: datetime.date) -> bool:
    return not period.is_started and (period.ends_on is None or period.ends_on > today)
