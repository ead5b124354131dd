"""The wizard's forms: the bodies, successor and date (step 1), each forum's fate (step 2), and
the confirmation (step 3). Each turns its input into a `TransitionPlan`; `plan.resolve` then
checks the plan against the database and its messages land at these fields."""

from __future__ import annotations

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from klynge.organisation.forms import KlyngeFormMixin, date_field
from klynge.organisation.models import Cluster, Forum, Organisation, Region

from .plan import CARRY, END, KEEP, REFORM_DAY, RESEAT, ForumChoice, NewCouncil, TransitionPlan

SALT = "klynge.organisation.transition.plan"
MAX_AGE = 24 * 60 * 60

# Step 2's one choice per forum: ends, or carries on with its seats kept or filled anew.
FATES = [
    (f"{CARRY}:{KEEP}", _("Carries on with its members")),
    (f"{CARRY}:{RESEAT}", _("Carries on, new members")),
    (END, _("The forum ends")),
]


def sign(plan: TransitionPlan) -> str:
    return signing.dumps(plan.to_json(), salt=SALT, compress=True)


def unsign(token: str) -> TransitionPlan:
    """The plan the previous step signed; raises ValidationError when it is missing, altered
    or older than a day."""
    try:
        return TransitionPlan.from_json(signing.loads(token, salt=SALT, max_age=MAX_AGE))
    except signing.BadSignature as error:
        raise ValidationError(_("The plan has expired; start again.")) from error


class StartForm(KlyngeFormMixin, forms.Form):
    ending = forms.ModelMultipleChoiceField(
        label=_("Ending bodies"),
        queryset=Cluster.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The bodies whose fora you manage and that have not ended."),
    )
    takes_effect_on = date_field(_("The successor takes over on"), required=True)
    successor = forms.ModelChoiceField(
        label=_("Successor: an existing health council"),
        queryset=Cluster.objects.none(),
        required=False,
    )
    new_name = forms.CharField(
        label=_("Or a new health council: name"), max_length=100, required=False
    )
    new_slug = forms.SlugField(label=_("Short name in addresses"), max_length=100, required=False)
    new_region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), required=False
    )
    new_parties = forms.ModelMultipleChoiceField(
        label=_("Parties"),
        queryset=Organisation.objects.all(),
        required=False,
        help_text=_(
            "The parties of the new council; hold Ctrl to choose several. None chosen: the"
            " parties of the ending bodies."
        ),
    )

    def __init__(
        self, *args: object, bodies: list[Cluster], councils: QuerySet[Cluster], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ending"].queryset = Cluster.objects.filter(pk__in=[b.pk for b in bodies])
        self.fields["successor"].queryset = councils
        self.fields["new_parties"].widget.attrs["size"] = 8
        self.initial.setdefault("takes_effect_on", REFORM_DAY)
        self.style_widgets()
        self.fields["ending"].widget.attrs["class"] = "form-checkbox"

    def clean(self) -> dict[str, object]:
        data = super().clean()
        if data.get("successor") and data.get("new_name"):
            self.add_error("new_name", _("Choose an existing council or name a new one, not both."))
        elif not data.get("successor") and not data.get("new_name"):
            self.add_error("successor", _("Choose an existing health council or name a new one."))
        return data

    def plan(self, fora: list[Forum]) -> TransitionPlan:
        """The plan, every forum carried on with its seats until step 2 says otherwise."""
        data = self.cleaned_data
        new = None
        if not data["successor"]:
            new = NewCouncil(
                name=data["new_name"].strip(),
                slug=data["new_slug"],
                region=data["new_region"].slug if data["new_region"] else "",
                parties=tuple(p.name for p in data["new_parties"] or self._parties(data)),
            )
        bodies = {b.pk for b in data["ending"]}
        return TransitionPlan(
            ending=tuple(b.slug for b in data["ending"]),
            takes_effect_on=data["takes_effect_on"],
            successor=data["successor"].slug if data["successor"] else "",
            new_council=new,
            fora={f.slug: ForumChoice(CARRY, KEEP) for f in fora if f.cluster_id in bodies},
        )

    @staticmethod
    def _parties(data: dict[str, object]) -> list[Organisation]:
        """Without a choice, the new council's parties are the ending bodies'."""
        return list(Organisation.objects.filter(clusters__in=data["ending"]).distinct())


class ForaForm(KlyngeFormMixin, forms.Form):
    """A fate and, for a forum that ends, the forum that receives its open work."""

    def __init__(
        self,
        *args: object,
        plan: TransitionPlan,
        fora: list[Forum],
        receivers: list[tuple[str, str]],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.base_plan = plan
        self.fora = fora
        for forum in fora:
            choice = plan.fora.get(forum.slug, ForumChoice(CARRY, KEEP))
            self.fields[f"fate_{forum.pk}"] = forms.ChoiceField(
                label=_("What happens to %(forum)s") % {"forum": forum.name},
                choices=FATES,
                initial=f"{CARRY}:{choice.seats}" if choice.carries else END,
            )
            self.fields[f"receiving_{forum.pk}"] = forms.ChoiceField(
                label=_("If %(forum)s ends, its open work goes to") % {"forum": forum.name},
                choices=[("", _("The first forum carried on")), *receivers],
                required=False,
                initial=choice.receiving,
            )
        self.style_widgets()
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select input-width-xl"

    def rows(self) -> list[tuple[Forum, forms.BoundField, forms.BoundField]]:
        return [(f, self[f"fate_{f.pk}"], self[f"receiving_{f.pk}"]) for f in self.fora]

    def plan(self) -> TransitionPlan:
        fora = {}
        for forum in self.fora:
            fate = self.cleaned_data[f"fate_{forum.pk}"]
            choice, _sep, seats = fate.partition(":")
            receiving = self.cleaned_data[f"receiving_{forum.pk}"] if choice == END else ""
            fora[forum.slug] = ForumChoice(choice, seats or KEEP, receiving)
        plan = self.base_plan
        return TransitionPlan(
            ending=plan.ending,
            takes_effect_on=plan.takes_effect_on,
            successor=plan.successor,
            new_council=plan.new_council,
            fora=fora,
        )


class ConfirmForm(forms.Form):
    plan = forms.CharField(widget=forms.HiddenInput)
