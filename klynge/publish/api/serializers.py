"""What the API shows of each object, and what it accepts when the secretariat writes.

Read serializers get the caller's Access in their context ("access"): a few fields (minutes of
unpublished meetings, a meeting's virtual address, contact details) are null for callers who
may not read them. Write serializers only validate; the views hand the data to the services.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from klynge.followup.models import Action
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting, Recommendation
from klynge.organisation.models import (
    Cluster,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)
from klynge.portfolio.models import Agreement, Fund, Initiative
from klynge.publish import visibility

from . import access as scope


def _access(serializer: serializers.Serializer) -> scope.Access:
    return serializer.context["access"]


def _hidden(data: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        data[name] = None
    return data


# --- organisation -------------------------------------------------------------------------
class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["id", "name", "slug"]


class ClusterSerializer(serializers.ModelSerializer):
    class Meta:
        model = Cluster
        fields = ["id", "name", "slug", "region", "parties"]


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "short_name", "kind", "region"]


class ForumSerializer(serializers.ModelSerializer):
    class Meta:
        model = Forum
        fields = [
            "id",
            "name",
            "slug",
            "kind",
            "region",
            "cluster",
            "reports_to",
            "in_decision_structure",
            "public",
            "meetings_per_year",
            "meeting_frequency_note",
            "established_on",
            "ends_on",
            "ends_note",
            "decision_rule",
            "position",
        ]


class PersonSerializer(serializers.ModelSerializer):
    """E-mail and phone only for callers who may view the person, or with their consent."""

    email = serializers.EmailField(read_only=True, allow_null=True)
    phone = serializers.CharField(read_only=True, allow_null=True)

    class Meta:
        model = Person
        fields = ["id", "name", "title", "organisation", "email", "phone"]

    def to_representation(self, instance: Person) -> dict[str, Any]:
        data = super().to_representation(instance)
        if getattr(instance, "contact_visible", False):
            return {**data, "email": instance.email or None, "phone": instance.phone or None}
        contact = visibility.public_contact(instance)
        return {**data, "email": contact.get("email"), "phone": contact.get("phone")}


class MembershipSerializer(serializers.ModelSerializer):
    class Meta:
        model = Membership
        fields = [
            "id",
            "forum",
            "person",
            "party",
            "role",
            "position_text",
            "starts_on",
            "ends_on",
            "ex_officio_via",
            "is_contact",
        ]


class TermsSerializer(serializers.ModelSerializer):
    class Meta:
        model = TermsOfReference
        fields = [
            "id",
            "forum",
            "version",
            "title",
            "status",
            *TermsOfReference.SECTIONS,
            "dated",
            "pre_approved_on",
            "pre_approved_by",
            "approved_on",
            "approved_by",
            "superseded_on",
        ]


# --- meetings -----------------------------------------------------------------------------
class MeetingSerializer(serializers.ModelSerializer):
    """Everyone sees a public meeting's date, time and place; its virtual address, booking note
    and leader only those who read the forum."""

    virtual_address = serializers.CharField(read_only=True, allow_null=True)
    booking_note = serializers.CharField(read_only=True, allow_null=True)
    leader = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "forum",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "virtual_address",
            "booking_note",
            "leader",
            "state",
            "agenda_published_at",
            "minutes_approved_at",
            "minutes_published_at",
        ]

    def to_representation(self, instance: Meeting) -> dict[str, Any]:
        data = super().to_representation(instance)
        if _access(self).reads_forum(instance.forum_id):
            return data
        return _hidden(data, "virtual_address", "booking_note", "leader")


class RecommendationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Recommendation
        fields = ["id", "number", "text"]


class DecisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Decision
        fields = ["id", "recommendation", "outcome", "text", "position"]


class AgendaItemSerializer(serializers.ModelSerializer):
    """An item with its recommendations and the decisions the caller may read. The minutes
    (text, dissent) are null until they are public, for callers who do not read the forum."""

    recommendations = RecommendationSerializer(many=True, read_only=True)
    decisions = DecisionSerializer(many=True, read_only=True, source="visible_decisions")
    minutes_text = serializers.CharField(read_only=True, allow_null=True)
    dissent = serializers.CharField(read_only=True, allow_null=True)

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "meeting",
            "position",
            "kind",
            "title",
            "presenters",
            "duration_minutes",
            "summary",
            "case_text",
            "guests",
            "closed",
            "recommendations",
            "minutes_text",
            "dissent",
            "decisions",
        ]

    def to_representation(self, instance: AgendaItem) -> dict[str, Any]:
        data = super().to_representation(instance)
        meeting = instance.meeting
        if _access(self).reads_forum(meeting.forum_id) or visibility.minutes_are_public(meeting):
            return data
        return _hidden(data, "minutes_text", "dissent")


class AttachmentSerializer(serializers.ModelSerializer):
    meeting = serializers.IntegerField(source="item.meeting_id", read_only=True)
    link = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = [
            "id",
            "item",
            "meeting",
            "position",
            "title",
            "filename",
            "content_type",
            "size",
            "link",
        ]

    def get_link(self, attachment: Attachment) -> str | None:
        """The attachment's web link, or null for a file (fetch it from …/file/)."""
        return attachment.url or None


# --- follow-up and portfolio --------------------------------------------------------------
class ActionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Action
        fields = [
            "id",
            "forum",
            "item",
            "decision",
            "title",
            "responsible_person",
            "responsible_party",
            "responsible_forum",
            "due_on",
            "status",
            "notes",
            "created_at",
            "completed_on",
        ]


class InitiativeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Initiative
        fields = [
            "id",
            "fund",
            "name",
            "description",
            "owner_forum",
            "status",
            "starts_on",
            "ends_on",
            "timeline_note",
            "project_lead",
            "patient_involvement",
            "evaluation_questions",
        ]


class FundSerializer(serializers.ModelSerializer):
    class Meta:
        model = Fund
        fields = [
            "id",
            "cluster",
            "owner_forum",
            "name",
            "granted_ore",
            "granted_approximate",
            "start_year",
            "end_year",
            "unit",
            "note",
        ]


class AgreementSerializer(serializers.ModelSerializer):
    class Meta:
        model = Agreement
        fields = [
            "id",
            "region",
            "name",
            "short_name",
            "steering_forum",
            "approved_on",
            "approved_by",
            "in_force_on",
            "description",
            "follow_up_months",
            "follow_up_note",
            "url",
        ]


# --- writes -------------------------------------------------------------------------------
class MeetingUpdateSerializer(serializers.ModelSerializer):
    """The fields the secretariat changes; the state moves only through the cycle's steps."""

    class Meta:
        model = Meeting
        fields = [
            "title",
            "starts_at",
            "ends_at",
            "place",
            "virtual_address",
            "booking_note",
            "leader",
            "minute_takers",
        ]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        starts = attrs.get("starts_at", getattr(self.instance, "starts_at", None))
        ends = attrs.get("ends_at", getattr(self.instance, "ends_at", None))
        if starts and ends and ends <= starts:
            raise serializers.ValidationError(
                {"ends_at": _("The meeting must end after it starts.")}
            )
        return attrs


class MeetingCreateSerializer(MeetingUpdateSerializer):
    class Meta(MeetingUpdateSerializer.Meta):
        fields = ["forum", *MeetingUpdateSerializer.Meta.fields]
        extra_kwargs = {"starts_at": {"required": True}, "ends_at": {"required": True}}


class AgendaItemUpdateSerializer(serializers.ModelSerializer):
    recommendations = serializers.ListField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        help_text=_("The numbered recommendations in order; when given, they replace the old."),
    )
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        write_only=True,
        help_text=_("Required once the agenda is published: why it is corrected."),
    )

    class Meta:
        model = AgendaItem
        fields = [
            "kind",
            "title",
            "presenters",
            "duration_minutes",
            "summary",
            "case_text",
            "guests",
            "closed",
            "recommendations",
            "reason",
        ]
        # The column is a small integer on PostgreSQL; SQLite would take any size.
        extra_kwargs = {"duration_minutes": {"max_value": 32767}}


class AgendaItemCreateSerializer(AgendaItemUpdateSerializer):
    class Meta(AgendaItemUpdateSerializer.Meta):
        fields = ["meeting", *AgendaItemUpdateSerializer.Meta.fields]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "access" in self.context:
            self.fields["meeting"].queryset = scope.meetings(self.context["access"])


class ActionUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Action
        fields = [
            "item",
            "decision",
            "title",
            "responsible_person",
            "responsible_party",
            "responsible_forum",
            "due_on",
            "status",
            "notes",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "access" in self.context:
            self.fields["item"].queryset = scope.items(self.context["access"])
            self.fields["decision"].queryset = scope.decisions(self.context["access"])

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        forum = attrs.get("forum") or getattr(self.instance, "forum", None)
        item = attrs.get("item", getattr(self.instance, "item", None))
        decision = attrs.get("decision", getattr(self.instance, "decision", None))
        errors: dict[str, str] = {}
        if forum and item and item.meeting.forum_id != forum.pk:
            errors["item"] = _("The item is from another forum's meeting.")
        if decision and (item is None or decision.item_id != item.pk):
            errors["decision"] = _("The decision must be one of the item's.")
        responsible = attrs.get("responsible_forum")
        if forum and responsible and responsible.region_id != forum.region_id:
            errors["responsible_forum"] = _("The forum lies in another region.")
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


class ActionCreateSerializer(ActionUpdateSerializer):
    class Meta(ActionUpdateSerializer.Meta):
        fields = ["forum", *ActionUpdateSerializer.Meta.fields]
