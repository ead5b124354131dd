"""The API's endpoints: thin viewsets over the read scope (access.py) and the writes (writes.py).

Every list has a fixed order (ties broken by id) and a fixed number of queries whatever its
length; every object is fetched through the caller's scope, so what a caller may not read is
a 404, exactly as if it did not exist.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import BooleanField, ExpressionWrapper, F, Model, Prefetch, QuerySet
from django.http import HttpResponseBase, HttpResponseRedirect
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from klynge.accounts.permissions import can_view_person
from klynge.downloads import stored_file
from klynge.followup.models import Action
from klynge.meetings import services as meeting_services
from klynge.meetings.models import AgendaItem, Attachment, Meeting
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

from . import access as scope
from . import (
    schema,  # noqa: F401 - registers the token scheme
    writes,
)
from . import serializers as s
from .authentication import ApiTokenAuthentication
from .filters import Filter, Pages, QueryFilters, choices_of
from .permissions import ReadOrTokenWrite, require_manager

TEXT_SEARCH = "Words in the title (case-insensitive)."


class ApiViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """A read-only endpoint; subclasses give the model, the scope and the order."""

    authentication_classes = [ApiTokenAuthentication, SessionAuthentication]
    permission_classes = [ReadOrTokenWrite]
    renderer_classes = [JSONRenderer]
    filter_backends = [QueryFilters]
    pagination_class = Pages
    lookup_value_converter = "int"
    model: ClassVar[type[Model]]
    ordering: ClassVar[tuple[str | F, ...]] = ("pk",)
    filters: ClassVar[list[Filter]] = []

    def access(self) -> scope.Access:
        request = self.request
        if not hasattr(request, "klynge_access"):
            request.klynge_access = scope.Access.of(request.user)
        return request.klynge_access

    def scoped(self, access: scope.Access) -> QuerySet:
        """What the caller may read; each view set says it. One that does not shows nothing."""
        return self.model.objects.none()

    def get_queryset(self) -> QuerySet:
        if getattr(self, "swagger_fake_view", False):  # the schema generator
            return self.model.objects.none()
        return self.scoped(self.access()).order_by(*self.ordering)

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False):
            context["access"] = self.access()
        return context

    def shown(self, instance: Model, created: bool = False) -> Response:
        """The written object as the caller now reads it."""
        fresh = self.get_queryset().get(pk=instance.pk)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(self.get_serializer(fresh).data, status=code)

    def valid(self, serializer_class: type[Serializer], **kwargs: Any) -> dict[str, Any]:
        serializer = serializer_class(
            data=self.request.data, context=self.get_serializer_context(), **kwargs
        )
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)


# --- organisation -------------------------------------------------------------------------
class RegionViewSet(ApiViewSet):
    """Denmark's regions (public)."""

    model = Region
    serializer_class = s.RegionSerializer
    ordering = ("name", "pk")

    def scoped(self, access: scope.Access) -> QuerySet[Region]:
        return Region.objects.all()


class ClusterViewSet(ApiViewSet):
    """The health clusters and their parties (public)."""

    model = Cluster
    serializer_class = s.ClusterSerializer
    ordering = ("name", "pk")
    filters = [Filter("region", ("region_id",), description="Clusters of the region.")]

    def scoped(self, access: scope.Access) -> QuerySet[Cluster]:
        return Cluster.objects.prefetch_related(
            Prefetch("parties", queryset=Organisation.objects.order_by("name", "pk"))
        )


class OrganisationViewSet(ApiViewSet):
    """The parties that send members: municipalities, hospital units, … (public)."""

    model = Organisation
    serializer_class = s.OrganisationSerializer
    ordering = ("name", "pk")
    filters = [
        Filter("region", ("region_id",), description="Organisations of the region."),
        Filter("kind", ("kind",), "choice", "The kind of party.", choices_of(Organisation.Kind)),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Organisation]:
        return Organisation.objects.all()


class ForumViewSet(ApiViewSet):
    """Public fora, and the fora the caller may read."""

    model = Forum
    serializer_class = s.ForumSerializer
    ordering = ("position", "name", "pk")
    filters = [
        Filter("region", ("region_id",), description="Fora of the region."),
        Filter("cluster", ("cluster_id",), description="Fora of the cluster."),
        Filter("kind", ("kind",), "choice", "The kind of forum.", choices_of(Forum.Kind)),
        Filter("q", ("name__icontains",), "text", "Words in the name (case-insensitive)."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Forum]:
        return scope.fora(access)


class PersonViewSet(ApiViewSet):
    """People with a seat in a public forum or one the caller reads. E-mail and phone only
    for callers who may view the person, or when the person has agreed to publish them."""

    model = Person
    serializer_class = s.PersonSerializer
    ordering = ("name", "pk")
    filters = [
        Filter("organisation", ("organisation_id",), description="People working there."),
        Filter("q", ("name__icontains",), "text", "Words in the name (case-insensitive)."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Person]:
        people = scope.people(access)
        if not access.signed_in:
            return people
        visible = ExpressionWrapper(scope.contact_visible(access), output_field=BooleanField())
        return people.annotate(contact_visible=visible)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        person = self.get_object()
        person.contact_visible = can_view_person(request.user, person)
        return Response(self.get_serializer(person).data)


class MembershipViewSet(ApiViewSet):
    """Seats in public fora and in the fora the caller reads."""

    model = Membership
    serializer_class = s.MembershipSerializer
    ordering = ("forum_id", "person__name", "pk")
    filters = [
        Filter("forum", ("forum_id",), description="Seats in the forum."),
        Filter("person", ("person_id",), description="The person's seats."),
        Filter("party", ("party_id",), description="Seats representing the organisation."),
        Filter("role", ("role",), "choice", "The role.", choices_of(Membership.Role)),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Membership]:
        return scope.memberships(access)


class TermsViewSet(ApiViewSet):
    """Terms of reference: approved and superseded ones of public fora; all versions of the
    fora the caller reads."""

    model = TermsOfReference
    serializer_class = s.TermsSerializer
    ordering = ("forum_id", "-version", "pk")
    filters = [
        Filter("forum", ("forum_id",), description="The forum's terms of reference."),
        Filter("status", ("status",), "choice", "The status.", choices_of(TermsOfReference.Status)),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[TermsOfReference]:
        return scope.terms(access)


# --- meetings -----------------------------------------------------------------------------
@extend_schema_view(
    create=extend_schema(
        request=s.MeetingCreateSerializer,
        responses={201: s.MeetingSerializer},
        description="Plan a meeting (a personal API token of the forum's secretariat).",
    ),
    update=extend_schema(request=s.MeetingUpdateSerializer, responses=s.MeetingSerializer),
    partial_update=extend_schema(request=s.MeetingUpdateSerializer, responses=s.MeetingSerializer),
)
class MeetingViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, ApiViewSet):
    """Meetings of public fora (date, time, place, state) and of the fora the caller reads."""

    model = Meeting
    serializer_class = s.MeetingSerializer
    ordering = ("-starts_at", "-pk")
    filters = [
        Filter("forum", ("forum_id",), description="Meetings of the forum."),
        Filter("cluster", ("forum__cluster_id",), description="Meetings of the cluster's fora."),
        Filter("region", ("forum__region_id",), description="Meetings of the region's fora."),
        Filter("state", ("state",), "choice", "The state.", choices_of(Meeting.State)),
        Filter(
            "starts_from",
            ("starts_at__date__gte",),
            "date",
            "Meetings on or after the day (Danish time).",
        ),
        Filter(
            "starts_until",
            ("starts_at__date__lte",),
            "date",
            "Meetings on or before the day (Danish time).",
        ),
        Filter("q", ("title__icontains",), "text", TEXT_SEARCH),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Meeting]:
        return scope.meetings(access)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.valid(s.MeetingCreateSerializer)
        forum = data.pop("forum")
        require_manager(request, forum)
        with writes.acting_as(request.user):
            meeting = meeting_services.create_meeting(forum, **data)
        return self.shown(meeting, created=True)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        meeting = self.get_object()
        require_manager(request, meeting.forum)
        serializer = s.MeetingUpdateSerializer(
            meeting, data=request.data, partial=kwargs.get("partial", False)
        )
        serializer.is_valid(raise_exception=True)
        with writes.acting_as(request.user):
            meeting_services.update_meeting(meeting, **serializer.validated_data)
        return self.shown(meeting)


@extend_schema_view(
    create=extend_schema(
        request=s.AgendaItemCreateSerializer,
        responses={201: s.AgendaItemSerializer},
        description="Add an item (a personal API token of the forum's secretariat). Once the "
        "agenda is published, give a reason: the correction is kept as a new version.",
    ),
    update=extend_schema(request=s.AgendaItemUpdateSerializer, responses=s.AgendaItemSerializer),
    partial_update=extend_schema(
        request=s.AgendaItemUpdateSerializer, responses=s.AgendaItemSerializer
    ),
)
class AgendaItemViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, ApiViewSet):
    """Agenda items with their recommendations and decisions. Anonymous callers: open items of
    published agendas of public fora, decisions and minutes once the minutes are published.
    Closed items only for those who may see the forum's closed items."""

    model = AgendaItem
    serializer_class = s.AgendaItemSerializer
    ordering = ("meeting_id", "position", "pk")
    filters = [
        Filter("meeting", ("meeting_id",), description="Items of the meeting."),
        Filter("forum", ("meeting__forum_id",), description="Items of the forum's meetings."),
        Filter("kind", ("kind",), "choice", "The kind of item.", choices_of(AgendaItem.Kind)),
        Filter("q", ("title__icontains",), "text", TEXT_SEARCH),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[AgendaItem]:
        decisions = scope.decisions(access).order_by("position", "pk")
        return (
            scope.items(access)
            .select_related("meeting__forum")
            .prefetch_related(
                "recommendations",
                Prefetch("decisions", queryset=decisions, to_attr="visible_decisions"),
            )
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.valid(s.AgendaItemCreateSerializer)
        meeting = data.pop("meeting")
        require_manager(request, meeting.forum)
        return self._save(AgendaItem(meeting=meeting), data, created=True)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        item = self.get_object()
        require_manager(request, item.meeting.forum)
        data = self.valid(s.AgendaItemUpdateSerializer, partial=kwargs.get("partial", False))
        return self._save(item, data)

    def _save(self, item: AgendaItem, data: dict[str, Any], created: bool = False) -> Response:
        recommendations = data.pop("recommendations", None)
        reason = data.pop("reason", "")
        writes.save_item(self.request.user, item, data, recommendations, reason)
        return self.shown(item, created)


class AttachmentViewSet(ApiViewSet):
    """Attachments of the items the caller may read (never of closed items for others)."""

    model = Attachment
    serializer_class = s.AttachmentSerializer
    ordering = ("item_id", "position", "pk")
    filters = [
        Filter("item", ("item_id",), description="Attachments of the item."),
        Filter("meeting", ("item__meeting_id",), description="Attachments of the meeting."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Attachment]:
        return scope.attachments(access).select_related("item")

    def perform_content_negotiation(self, request: Request, force: bool = False) -> tuple:
        # A client may ask for the file's own type (Accept: application/pdf); errors stay JSON.
        return super().perform_content_negotiation(request, force=force or self.action == "file")

    @extend_schema(
        responses={
            (200, "*/*"): OpenApiResponse(OpenApiTypes.BINARY, description="The file."),
            302: OpenApiResponse(description="A link attachment: redirect to it."),
        },
        description="The attachment's file, or a redirect to its link.",
    )
    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request: Request, pk: str | None = None) -> HttpResponseBase:
        attachment = self.get_object()
        if attachment.is_link:
            return HttpResponseRedirect(attachment.url)
        name = attachment.filename or f"bilag-{attachment.pk}"
        return stored_file(attachment.file, name, attachment.content_type)


# --- follow-up and portfolio --------------------------------------------------------------
@extend_schema_view(
    create=extend_schema(
        request=s.ActionCreateSerializer,
        responses={201: s.ActionSerializer},
        description="Create an action (a personal API token of the forum's secretariat).",
    ),
    update=extend_schema(request=s.ActionUpdateSerializer, responses=s.ActionSerializer),
    partial_update=extend_schema(request=s.ActionUpdateSerializer, responses=s.ActionSerializer),
)
class ActionViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, ApiViewSet):
    """Actions (opfølgning) of the fora the caller reads, and those the caller is responsible
    for. Not public."""

    model = Action
    serializer_class = s.ActionSerializer
    ordering = (F("due_on").asc(nulls_last=True), "pk")
    filters = [
        Filter("forum", ("forum_id",), description="Actions the forum follows up on."),
        Filter("item", ("item_id",), description="Actions from the agenda item."),
        Filter("status", ("status",), "choice", "The status.", choices_of(Action.Status)),
        Filter("responsible_person", ("responsible_person_id",), description="Whose actions."),
        Filter("due_until", ("due_on__lte",), "date", "Due on or before the day."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Action]:
        return scope.actions(access)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.valid(s.ActionCreateSerializer)
        forum = data.pop("forum")
        require_manager(request, forum)
        action = writes.save_action(request.user, Action(forum=forum), data)
        return self.shown(action, created=True)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        action = self.get_object()
        require_manager(request, action.forum)
        serializer = s.ActionUpdateSerializer(
            action,
            data=request.data,
            partial=kwargs.get("partial", False),
            context=self.get_serializer_context(),
        )
        serializer.is_valid(raise_exception=True)
        writes.save_action(request.user, action, dict(serializer.validated_data))
        return self.shown(action)


class InitiativeViewSet(ApiViewSet):
    """Initiatives owned by public fora, and by the fora the caller reads."""

    model = Initiative
    serializer_class = s.InitiativeSerializer
    ordering = ("fund_id", "position", "pk")
    filters = [
        Filter("owner_forum", ("owner_forum_id",), description="Initiatives of the forum."),
        Filter("fund", ("fund_id",), description="Initiatives financed by the fund."),
        Filter("status", ("status",), "choice", "The status.", choices_of(Initiative.Status)),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Initiative]:
        return scope.initiatives(access)


class FundViewSet(ApiViewSet):
    """Cluster funds of the fora the caller reads. Not public."""

    model = Fund
    serializer_class = s.FundSerializer
    ordering = ("cluster_id", "start_year", "name", "pk")
    filters = [
        Filter("cluster", ("cluster_id",), description="Funds of the cluster."),
        Filter("owner_forum", ("owner_forum_id",), description="Funds governed by the forum."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Fund]:
        return scope.funds(access)


class AgreementViewSet(ApiViewSet):
    """Collaboration agreements whose steering or implementing forum the caller reads."""

    model = Agreement
    serializer_class = s.AgreementSerializer
    ordering = ("region_id", "name", "pk")
    filters = [
        Filter("region", ("region_id",), description="Agreements of the region."),
        Filter("steering_forum", ("steering_forum_id",), description="Steered by the forum."),
    ]

    def scoped(self, access: scope.Access) -> QuerySet[Agreement]:
        return scope.agreements(access)
