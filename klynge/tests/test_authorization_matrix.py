"""Every URL pattern visited as every role: allowed or denied exactly as the policy says.

A new URL pattern without an entry in RULES fails test_every_url_pattern_has_a_rule, so no view
can be added without deciding who may use it.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse
from pypdf import PdfWriter

from klynge.accounts.models import Role, User
from klynge.archive import services as archive
from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting
from klynge.archive.models import ImportedSource
from klynge.archive.views import PreviewState
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.health import heartbeat
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.meetings.tests.conftest import PASSWORD, Steering, add_item
from klynge.organisation.models import (
    ChairRotationPeriod,
    Cluster,
    Forum,
    Membership,
    OrganisationalChange,
    TermsOfReference,
)
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    PersonFactory,
)
from klynge.organisation.transition.forms import sign
from klynge.organisation.transition.plan import ForumChoice, NewCouncil, TransitionPlan
from klynge.organisation.transition.services import run_transition
from klynge.portfolio import services as portfolio
from klynge.portfolio.models import Agreement, BudgetLine, Fund, Implementation, Initiative
from klynge.publish.models import ApiToken

ROLES = [
    "anonymous",
    "outsider",
    "reader",
    "member",
    "chair",
    "secretariat",
    "other_secretariat",
    "administrator",
    # A member of the forum whom the secretariat has excluded from the closed item (inhabil).
    "excluded",
    # The secretariat and a member of the council that succeeds the forum's cluster.
    "successor_secretariat",
    "successor_member",
]


@dataclass
class World:
    steering: Steering
    open_item: AgendaItem
    closed_item: AgendaItem
    attachment_pk: int
    other_forum: Forum
    users: dict[str, User | None]
    action_pk: int
    waiting_pk: int
    council: Cluster

    @property
    def meeting(self) -> Meeting:
        return self.steering.meeting

    @property
    def forum(self) -> Forum:
        return self.steering.forum


def _pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _user(username: str, **fields: object) -> User:
    return User.objects.create_user(username, password=PASSWORD, **fields)


@pytest.fixture
def world(steering) -> World:
    excluded = PersonFactory(name="Ib Inhabil", title="kommunaldirektør")
    MembershipFactory(
        forum=steering.forum,
        person=excluded,
        party=steering.viborg,
        starts_on=datetime.date(2023, 1, 1),
    )
    services.invite_members(steering.meeting)
    open_item = add_item(steering.meeting, "Status", recommendations=["godkender"])
    closed_item = add_item(steering.meeting, "Personsag", closed=True)
    services.set_exclusions(closed_item, [excluded])
    attachment = services.add_attachment(
        open_item, "Notat", upload=SimpleUploadedFile("notat.pdf", _pdf(), "application/pdf")
    )
    services.publish_agenda(steering.meeting)
    TermsOfReference.objects.create(
        forum=steering.forum, version=1, title="Kommissorium", status="approved"
    )
    other_cluster = ClusterFactory(name="Horsensklyngen", slug="horsensklyngen")
    other_forum = ForumFactory(cluster=other_cluster, slug="horsensklyngen-styregruppe")
    reader = _user("laeser")
    reader.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    steering.member_user.roles.create(role=Role.MEMBER, forum=steering.forum)
    other = _user("andet-sekretariat")
    other.roles.create(role=Role.SECRETARIAT, cluster=other_cluster)
    users = {
        "anonymous": None,
        "outsider": _user("udenfor"),
        "reader": reader,
        "member": steering.member_user,
        "chair": steering.chair_user,
        "secretariat": steering.secretary_user,
        "other_secretariat": other,
        "administrator": User.objects.create_superuser("admin", password=PASSWORD),
        "excluded": _user("inhabil", person=excluded),
    }
    action = followup.save_action(
        Action(
            forum=steering.forum, title="Model for økonomistyring", responsible_forum=other_forum
        )
    )
    waiting = followup.propose(steering.forum, "Punkt til næste møde")
    _portfolio(steering)
    council = _council(steering, users)
    return World(
        steering,
        open_item,
        closed_item,
        attachment.pk,
        other_forum,
        users,
        action.pk,
        waiting.pk,
        council,
    )


def _council(steering: Steering, users: dict[str, User | None]) -> Cluster:
    """Sundhedsråd Midt succeeds the cluster; its steering group carries on the cluster's."""
    council = ClusterFactory(
        name="Sundhedsråd Midt",
        slug="sundhedsraad-midt",
        kind=Cluster.Kind.COUNCIL,
        region=steering.forum.region,
        valid_from=datetime.date(2027, 1, 1),
    )
    change = OrganisationalChange.objects.create(
        kind="succession", takes_effect_on=datetime.date(2027, 1, 1), title="Sundhedsråd Midt"
    )
    change.predecessor_bodies.add(steering.forum.cluster)
    change.successor_bodies.add(council)
    ForumFactory(
        cluster=council,
        name="Administrativ styregruppe",
        slug="sundhedsraad-midt-styregruppe",
        kind=Forum.Kind.STEERING,
        continues=steering.forum,
    )
    users["successor_secretariat"] = _user("raadssekretariat")
    users["successor_secretariat"].roles.create(role=Role.SECRETARIAT, cluster=council)
    users["successor_member"] = _user("raadsmedlem")
    users["successor_member"].roles.create(role=Role.MEMBER, cluster=council)
    return council


def _portfolio(steering: Steering) -> None:
    """A fund of the steering group with one initiative and one budget line."""
    fund = portfolio.save_fund(
        Fund(
            cluster=steering.forum.cluster,
            owner_forum=steering.forum,
            name="Klyngemidler",
            granted_ore=634_800_000,
            start_year=2023,
            end_year=2024,
        )
    )
    initiative = portfolio.save_initiative(
        Initiative(fund=fund, name="Tele-KOL", owner_forum=steering.forum)
    )
    portfolio.save_budget_line(
        BudgetLine(initiative=initiative, year=2023, kind="budget", amount_ore=126_700_000)
    )
    # A region-wide agreement steered by a region-level forum, implemented by the steering group.
    committee = ForumFactory(
        cluster=None,
        region=steering.forum.region,
        name="Fødeplanudvalget",
        slug="midtjylland-foedeplanudvalget",
        kind=Forum.Kind.REGIONAL_COMMITTEE,
    )
    agreement = portfolio.save_agreement(
        Agreement(region=steering.forum.region, name="Amning", steering_forum=committee)
    )
    portfolio.save_implementation(
        Implementation(
            agreement=agreement, cluster=steering.forum.cluster, implementing_forum=steering.forum
        )
    )


def api_token(w: World) -> list[object]:
    token = ApiToken.objects.filter(user=w.steering.secretary_user).first()
    return [(token or ApiToken.issue(w.steering.secretary_user, "Matrix")[0]).pk]


def oparl_body(w: World) -> list[object]:
    return [f"cluster-{w.forum.cluster.pk}"]


def import_source(w: World) -> list[object]:
    """An imported document holding a closed item: its original holds the item's full text."""
    parsed = ParsedMeeting(
        date="2023-06-07",
        items=[
            ParsedItem(number=1, title="Velkomst", kind="welcome"),
            ParsedItem(number=2, title="Personsag", case_text="Fortroligt", closed=True),
        ],
    )
    source = ImportedSource.objects.filter(forum=w.forum).first() or archive.import_parsed(
        parsed, w.forum, data=b"Referat", filename="referat.txt"
    )
    return [source.pk]


def import_preview_state(w: World) -> dict[str, object]:
    """A preview of a document for the steering group, as the upload page hands it on."""
    parsed = ParsedMeeting(items=[ParsedItem(number=1, title="Velkomst", kind="welcome")])
    state = PreviewState("0" * 64, "referat.txt", w.forum.pk, parsed, {})
    return {"state": state.sign()}


def fund(w: World) -> list[object]:
    return [Fund.objects.get(owner_forum=w.forum).pk]


def initiative(w: World) -> list[object]:
    return [Initiative.objects.get(owner_forum=w.forum).pk]


def agreement(w: World) -> list[object]:
    return [Agreement.objects.get(name="Amning").pk]


def implementation(w: World) -> list[object]:
    return [Implementation.objects.get(implementing_forum=w.forum).pk]


# Who is allowed, by kind of page.
EVERYONE = set(ROLES)
LOGGED_IN = EVERYONE - {"anonymous"}
# The successor's secretariat reads the predecessor's records, closed items included; it manages
# none of them. The successor's members get nothing of the predecessor.
FORUM_READERS = {
    "reader",
    "member",
    "chair",
    "secretariat",
    "administrator",
    "excluded",
    "successor_secretariat",
}
# The imported document's closed item is not the one "excluded" is excluded from.
CLOSED_READERS = {"member", "chair", "secretariat", "administrator", "excluded"} | {
    "successor_secretariat"
}
MANAGERS = {"secretariat", "administrator"}
INVITED = {"member", "chair", "excluded"}
CHAIRS = {"chair"}
# Agreements: whoever reads the region-level steering forum (any role in a cluster of the region,
# so the other cluster's secretariat too) or an implementing forum; reports by the implementing
# forum's secretariat (a cluster's secretariat does not manage a region-level forum).
AGREEMENT_READERS = FORUM_READERS | {"other_secretariat", "successor_member"}
REPORTERS = MANAGERS
# The person page of the member: the member, and whoever reads a forum she sits in.
PERSON_READERS = FORUM_READERS
# The council's pages: read by its secretariat and members, changed by its secretariat.
COUNCIL_READERS = {"successor_secretariat", "successor_member", "administrator"}
COUNCIL_MANAGERS = {"successor_secretariat", "administrator"}


@dataclass
class Rule:
    """How to call a URL (method and arguments) and who may."""

    args: Callable[[World], list[object]]
    allowed: set[str]
    method: str = "get"
    # What a POST sends, when an empty POST would not reach the permission check.
    data: Callable[[World], dict[str, object]] | None = None


def forum(w: World) -> list[object]:
    return [w.forum.slug]


def meeting(w: World) -> list[object]:
    return [w.meeting.pk]


def item(w: World) -> list[object]:
    return [w.meeting.pk, w.open_item.pk]


def seat(w: World) -> list[object]:
    return [w.forum.slug, Membership.objects.get(person=w.steering.member).pk]


def terms(w: World) -> list[object]:
    return [w.forum.slug, 1]


def none(w: World) -> list[object]:
    return []


def council(w: World) -> list[object]:
    return [w.council.slug]


def council_year(w: World) -> list[object]:
    return [w.council.slug, 2027]


def council_rotation_period(w: World) -> list[object]:
    period, _ = ChairRotationPeriod.objects.get_or_create(
        forum=w.council.fora.get(), party=w.steering.viborg, starts_on=datetime.date(2030, 1, 1)
    )
    return [w.council.slug, period.pk]


def rotation_period(w: World) -> list[object]:
    period, _ = ChairRotationPeriod.objects.get_or_create(
        forum=w.forum, party=w.steering.viborg, starts_on=datetime.date(2030, 1, 1)
    )
    return [w.forum.cluster.slug, period.pk]


# The transition of Horsensklyngen, whose fora "other_secretariat" manages.
TRANSITION = {"other_secretariat", "administrator"}


def horsens_plan(w: World) -> TransitionPlan:
    body = w.other_forum.cluster
    return TransitionPlan(
        ending=(body.slug,),
        new_council=NewCouncil("Sundhedsråd Horsens", "sundhedsraad-horsens", body.region.slug),
        fora={forum.slug: ForumChoice("carry") for forum in body.fora.all()},
    )


def transition_plan(w: World) -> dict[str, object]:
    return {"plan": sign(horsens_plan(w))}


def transition_report(w: World) -> list[object]:
    change = w.other_forum.cluster.changes_out.first() or run_transition(horsens_plan(w))
    return [change.pk]


# The review round of the draft agenda, sent to the chair; and a second meeting of the forum
# whose minutes are in preparation, approved by each participant.
def review_round(w: World) -> list[object]:
    from klynge.workspace.models import ReviewRound

    found = ReviewRound.objects.filter(meeting=w.meeting).first()
    if found is None:
        found = ReviewRound.objects.create(meeting=w.meeting, kind=ReviewRound.Kind.AGENDA)
        found.reviewers.add(w.steering.hospital_chair)
    return [w.meeting.pk, found.pk]


def review_comment(w: World) -> list[object]:
    from klynge.workspace.models import Comment

    _meeting, round_pk = review_round(w)
    found, _ = Comment.objects.get_or_create(
        item=w.open_item, author=w.steering.chair_user, review_round_id=round_pk, text="Ret datoen."
    )
    return [found.pk]


def minutes_meeting(w: World) -> list[object]:
    found = Meeting.objects.filter(forum=w.forum, title="Møde med referat").first()
    if found is None:
        w.forum.participants_approve_minutes = True
        w.forum.save(update_fields=["participants_approve_minutes"])
        later = datetime.timedelta(days=7)
        found = services.create_meeting(
            w.forum,
            title="Møde med referat",
            starts_at=w.meeting.starts_at + later,
            ends_at=w.meeting.ends_at + later,
        )
        item = add_item(found, "Orientering")
        services.publish_agenda(found)
        services.hold_meeting(found)
        services.record_minutes(item, "Taget til efterretning.", "", [])
    return [found.pk]


def participant_approval(w: World) -> list[object]:
    from klynge.workspace.approval import approve_as_participant

    [pk] = minutes_meeting(w)
    given = approve_as_participant(Meeting.objects.get(pk=pk), w.steering.member)
    return [pk, given.pk]


# Those who attended approve as participants; the chairs approve as chairs.
PARTICIPANTS = {"member", "excluded"}


def chairs_comment(w: World) -> list[object]:
    """A comment of the chair's on the open item: only its author changes it."""
    from klynge.workspace.models import Comment

    found, _ = Comment.objects.get_or_create(
        item=w.open_item, author=w.steering.chair_user, review_round=None, text="Se bilaget."
    )
    return [w.meeting.pk, w.open_item.pk, found.pk]


def worker_heartbeat(w: World) -> list[object]:
    beat = heartbeat.enqueue().db_result
    beat.claim("matrix")
    beat.set_successful(None)
    return []


RULES: dict[str, Rule] = {
    "home": Rule(none, LOGGED_IN),
    "login": Rule(none, EVERYONE),
    "logout": Rule(none, LOGGED_IN, "post"),
    "organisation:tree": Rule(none, LOGGED_IN),
    "organisation:region": Rule(lambda w: [w.forum.region.slug], LOGGED_IN),
    "organisation:cluster": Rule(lambda w: [w.forum.cluster.slug], LOGGED_IN),
    # The rotation plan: read by whoever reads a forum of the cluster, changed by its secretariat.
    "organisation:rotation": Rule(lambda w: [w.forum.cluster.slug], FORUM_READERS),
    "organisation:rotation_register": Rule(lambda w: [w.forum.cluster.slug], MANAGERS, "post"),
    "organisation:rotation_start": Rule(rotation_period, MANAGERS, "post"),
    # A council's pages, under sundhedsraad/ (klynger/ moves there: organisation/tests).
    "organisation:cluster_council": Rule(council, LOGGED_IN),
    "organisation:rotation_council": Rule(council, COUNCIL_READERS),
    "organisation:rotation_register_council": Rule(council, COUNCIL_MANAGERS, "post"),
    "organisation:rotation_start_council": Rule(council_rotation_period, COUNCIL_MANAGERS, "post"),
    "followup:cluster_council": Rule(council, LOGGED_IN),
    "followup:annual_plan_council": Rule(council_year, LOGGED_IN),
    "followup:annual_plan_ics_council": Rule(council_year, LOGGED_IN),
    "followup:annual_plan_proposal_council": Rule(council_year, COUNCIL_MANAGERS, "post"),
    "portfolio:cluster_council": Rule(council, LOGGED_IN),
    "public:cluster_council": Rule(council, EVERYONE),
    "public:decisions_council": Rule(council, EVERYONE),
    "public:initiatives_council": Rule(council, EVERYONE),
    "feeds:cluster_rss_council": Rule(council, EVERYONE),
    "feeds:cluster_atom_council": Rule(council, EVERYONE),
    "feeds:cluster_ics_council": Rule(council, EVERYONE),
    "organisation:organisation": Rule(lambda w: [w.steering.viborg.pk], LOGGED_IN),
    "organisation:person": Rule(lambda w: [w.steering.member.pk], PERSON_READERS),
    "organisation:forum": Rule(forum, FORUM_READERS),
    "organisation:composition": Rule(forum, FORUM_READERS),
    "organisation:forum_history": Rule(forum, MANAGERS),
    "organisation:membership_add": Rule(forum, MANAGERS),
    "organisation:membership_edit": Rule(seat, MANAGERS),
    "organisation:membership_end": Rule(seat, MANAGERS),
    "organisation:roster_xlsx": Rule(forum, FORUM_READERS),
    "organisation:roster_csv": Rule(forum, FORUM_READERS),
    "organisation:ad_hoc_new": Rule(forum, MANAGERS),
    "organisation:terms_new": Rule(forum, MANAGERS, "post"),
    "organisation:terms": Rule(terms, FORUM_READERS),
    "organisation:terms_pdf": Rule(terms, FORUM_READERS),
    "organisation:terms_edit": Rule(terms, MANAGERS),
    "organisation:terms_approve": Rule(terms, MANAGERS),
    "meetings:forum_meetings": Rule(forum, FORUM_READERS),
    "meetings:meeting_new": Rule(forum, MANAGERS),
    "meetings:meeting": Rule(meeting, FORUM_READERS),
    "meetings:meeting_edit": Rule(meeting, MANAGERS),
    "meetings:meeting_step": Rule(meeting, MANAGERS),
    "meetings:item_new": Rule(meeting, MANAGERS),
    "meetings:item_edit": Rule(item, MANAGERS),
    "meetings:item_move": Rule(item, MANAGERS, "post"),
    "meetings:item_remove": Rule(item, MANAGERS),
    "meetings:attachment_add": Rule(item, MANAGERS),
    "meetings:minutes_edit": Rule(item, MANAGERS),
    "meetings:exclusions": Rule(item, MANAGERS),
    "meetings:attachment": Rule(lambda w: [w.meeting.pk, w.attachment_pk], FORUM_READERS),
    "meetings:apology": Rule(meeting, INVITED),
    "meetings:apology_for": Rule(
        lambda w: [w.meeting.pk, w.meeting.attendances.get(person=w.steering.member).pk],
        MANAGERS,
    ),
    "meetings:guest_add": Rule(meeting, MANAGERS),
    "meetings:approve": Rule(meeting, CHAIRS, "post"),
    "meetings:history": Rule(meeting, MANAGERS),
    "meetings:approve_outside": Rule(meeting, MANAGERS),
    "meetings:version": Rule(lambda w: [w.meeting.pk, "agenda", 1], FORUM_READERS),
    "meetings:agenda_pdf": Rule(meeting, FORUM_READERS),
    "meetings:agenda_docx": Rule(meeting, FORUM_READERS),
    "meetings:agenda_pack": Rule(meeting, FORUM_READERS),
    "meetings:minutes_pdf": Rule(meeting, FORUM_READERS),
    "meetings:minutes_docx": Rule(meeting, FORUM_READERS),
    "meetings:meeting_ics": Rule(meeting, FORUM_READERS),
    "followup:mine": Rule(none, LOGGED_IN),
    "search:search": Rule(none, LOGGED_IN),
    # The public site: everyone, logged in or not (what is public is decided per object).
    "public:index": Rule(none, EVERYONE),
    "public:region": Rule(lambda w: [w.forum.region.slug], EVERYONE),
    "public:cluster": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    "public:decisions": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    "public:initiatives": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    "public:forum": Rule(forum, EVERYONE),
    "public:terms": Rule(forum, EVERYONE),
    "public:meeting": Rule(meeting, EVERYONE),
    "public:agenda_pdf": Rule(meeting, EVERYONE),
    # The world's minutes are not published: nobody gets them from the public site.
    "public:minutes_pdf": Rule(meeting, set()),
    "public:attachment": Rule(lambda w: [w.meeting.pk, w.attachment_pk], EVERYONE),
    # The JSON API: lists filtered to what the caller may read; writes need a manager's token
    # (klynge/publish/tests/test_api_writes.py), so only reads are listed here.
    **{
        f"api:{name}-list": Rule(none, EVERYONE)
        for name in (
            "region",
            "cluster",
            "organisation",
            "forum",
            "person",
            "membership",
            "terms",
            "meeting",
            "agenda_item",
            "attachment",
            "initiative",
            "action",
            "fund",
            "agreement",
        )
    },
    "api:region-detail": Rule(lambda w: [w.forum.region_id], EVERYONE),
    "api:cluster-detail": Rule(lambda w: [w.forum.cluster_id], EVERYONE),
    "api:organisation-detail": Rule(lambda w: [w.steering.viborg.pk], EVERYONE),
    "api:forum-detail": Rule(lambda w: [w.forum.pk], EVERYONE),
    "api:person-detail": Rule(lambda w: [w.steering.member.pk], EVERYONE),
    "api:membership-detail": Rule(
        lambda w: [Membership.objects.filter(forum=w.forum).first().pk], EVERYONE
    ),
    "api:terms-detail": Rule(
        lambda w: [TermsOfReference.objects.get(forum=w.forum, version=1).pk], EVERYONE
    ),
    "api:initiative-detail": Rule(initiative, EVERYONE),
    "api:meeting-detail": Rule(meeting, EVERYONE),
    "api:agenda_item-detail": Rule(lambda w: [w.open_item.pk], EVERYONE),
    "api:attachment-detail": Rule(lambda w: [w.attachment_pk], EVERYONE),
    "api:attachment-file": Rule(lambda w: [w.attachment_pk], EVERYONE),
    "api:action-detail": Rule(lambda w: [w.action_pk], FORUM_READERS),
    "api:fund-detail": Rule(fund, FORUM_READERS),
    "api:agreement-detail": Rule(agreement, AGREEMENT_READERS),
    "api:schema": Rule(none, EVERYONE),
    "api:tokens": Rule(none, LOGGED_IN),
    # Only the token's owner may revoke it; everyone else gets a 404.
    "api:token_revoke": Rule(api_token, {"secretariat"}, "post"),
    # Feeds and calendars of public fora and clusters.
    "feeds:forum_rss": Rule(forum, EVERYONE),
    "feeds:forum_atom": Rule(forum, EVERYONE),
    "feeds:forum_ics": Rule(forum, EVERYONE),
    "feeds:cluster_rss": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    "feeds:cluster_atom": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    "feeds:cluster_ics": Rule(lambda w: [w.forum.cluster.slug], EVERYONE),
    # OParl 1.1: public data only, for everyone.
    "oparl:system": Rule(none, EVERYONE),
    "oparl:bodies": Rule(none, EVERYONE),
    "oparl:body": Rule(oparl_body, EVERYONE),
    **{
        f"oparl:body_{what}": Rule(oparl_body, EVERYONE)
        for what in ("organization", "person", "membership", "meeting", "agendaitem", "paper")
    },
    "oparl:organization": Rule(lambda w: [f"forum-{w.forum.pk}"], EVERYONE),
    "oparl:organization_meeting": Rule(lambda w: [f"forum-{w.forum.pk}"], EVERYONE),
    "oparl:person": Rule(lambda w: [w.steering.member.pk], EVERYONE),
    "oparl:membership": Rule(
        lambda w: [Membership.objects.filter(forum=w.forum).first().pk], EVERYONE
    ),
    "oparl:meeting": Rule(meeting, EVERYONE),
    "oparl:location": Rule(meeting, EVERYONE),
    "oparl:agenda_item": Rule(lambda w: [w.open_item.pk], EVERYONE),
    "oparl:paper": Rule(lambda w: [w.open_item.pk], EVERYONE),
    "oparl:consultation": Rule(lambda w: [w.open_item.pk], EVERYONE),
    "oparl:file": Rule(lambda w: [f"attachment-{w.attachment_pk}"], EVERYONE),
    "oparl:file_download": Rule(lambda w: [f"attachment-{w.attachment_pk}"], EVERYONE),
    # Importing needs a forum to manage; the preview is checked against the forum it names.
    "archive:import": Rule(none, MANAGERS | {"other_secretariat", "successor_secretariat"}),
    "archive:import_preview": Rule(none, MANAGERS, "post", import_preview_state),
    "archive:source": Rule(import_source, CLOSED_READERS),
    "archive:source_download": Rule(import_source, CLOSED_READERS),
    "followup:cluster": Rule(lambda w: [w.forum.cluster.slug], LOGGED_IN),
    "followup:forum_actions": Rule(forum, FORUM_READERS),
    "followup:action_new": Rule(forum, MANAGERS),
    "followup:action": Rule(lambda w: [w.action_pk], FORUM_READERS),
    "followup:backlog": Rule(forum, FORUM_READERS),
    "followup:backlog_new": Rule(forum, MANAGERS),
    "followup:schedule": Rule(lambda w: [w.waiting_pk], MANAGERS),
    "followup:withdraw": Rule(lambda w: [w.waiting_pk], MANAGERS, "post"),
    "followup:forward": Rule(lambda w: [w.open_item.pk], MANAGERS),
    "followup:trail": Rule(lambda w: [w.open_item.pk], FORUM_READERS),
    "followup:annual_plan": Rule(lambda w: [w.forum.cluster.slug, 2026], LOGGED_IN),
    "followup:annual_plan_ics": Rule(lambda w: [w.forum.cluster.slug, 2026], LOGGED_IN),
    # Reading the proposal is for everyone logged in; creating its meetings (POST) for managers.
    "followup:annual_plan_proposal": Rule(lambda w: [w.forum.cluster.slug, 2026], MANAGERS, "post"),
    # A cluster's list of funds shows only those of fora the user reads.
    "portfolio:cluster": Rule(lambda w: [w.forum.cluster.slug], LOGGED_IN),
    "portfolio:fund": Rule(fund, FORUM_READERS),
    "portfolio:fund_xlsx": Rule(fund, FORUM_READERS),
    "portfolio:initiative_new": Rule(fund, MANAGERS),
    "portfolio:initiative": Rule(initiative, FORUM_READERS),
    "portfolio:initiative_edit": Rule(initiative, MANAGERS),
    "portfolio:line_new": Rule(initiative, MANAGERS),
    "portfolio:line_edit": Rule(lambda w: [BudgetLine.objects.get(year=2023).pk], MANAGERS),
    "portfolio:region_agreements": Rule(lambda w: [w.forum.region.slug], AGREEMENT_READERS),
    "portfolio:agreement": Rule(agreement, AGREEMENT_READERS),
    "portfolio:agreement_report": Rule(agreement, AGREEMENT_READERS),
    "portfolio:agreement_report_pdf": Rule(agreement, AGREEMENT_READERS),
    "portfolio:implementation": Rule(implementation, AGREEMENT_READERS),
    "portfolio:report_new": Rule(implementation, REPORTERS),
    # The feed's secret address is the credential: calendar programs cannot log in.
    "meetings:person_feed": Rule(lambda w: [w.steering.member.calendar_token], EVERYONE),
    # The transition wizard: whoever manages every forum of a body; the plan's body decides.
    "organisation:transition_start": Rule(none, MANAGERS | {"other_secretariat"}),
    "organisation:transition_fora": Rule(none, TRANSITION, data=transition_plan),
    "organisation:transition_preview": Rule(none, TRANSITION, data=transition_plan),
    "organisation:transition_report": Rule(transition_report, TRANSITION),
    "organisation:transition_report_pdf": Rule(transition_report, TRANSITION),
    # Hjælp: the guide is for everyone who is logged in, whatever their role.
    "guide:index": Rule(none, LOGGED_IN),
    "guide:role": Rule(lambda w: ["sekretariat"], LOGGED_IN),
    # Review rounds: started and closed by the secretariat, read by it and the round's readers;
    # comments resolved by the secretariat; participants approve the minutes themselves.
    "workspace:review_start": Rule(meeting, MANAGERS),
    "workspace:review": Rule(review_round, MANAGERS | CHAIRS),
    "workspace:review_close": Rule(review_round, MANAGERS),
    "workspace:comment_resolve": Rule(review_comment, MANAGERS, "post"),
    "workspace:comment_reopen": Rule(review_comment, MANAGERS, "post"),
    "workspace:participant_approve": Rule(minutes_meeting, PARTICIPANTS, "post"),
    "workspace:participant_withdraw": Rule(participant_approval, MANAGERS),
    "meetings:whole": Rule(meeting, FORUM_READERS),
    "workspace:item": Rule(item, FORUM_READERS),
    "workspace:note": Rule(item, FORUM_READERS, "post", lambda w: {"text": "Husk"}),
    "workspace:comment_add": Rule(item, FORUM_READERS, "post", lambda w: {"text": "Enig."}),
    "workspace:comment_edit": Rule(chairs_comment, {"chair"}),
    "workspace:comment_delete": Rule(chairs_comment, {"chair"}),
    "workspace:agenda_notes_pdf": Rule(meeting, FORUM_READERS),
    "favicon": Rule(none, EVERYONE),
    # Everyone downloads their own data.
    "workspace:my_data": Rule(none, LOGGED_IN),
    # The meeting list shows each user the fora they read; a forum's deadlines are its
    # secretariat's to set.
    "workspace:meetings": Rule(none, LOGGED_IN),
    "workspace:forum_deadlines": Rule(forum, MANAGERS),
    # The portfolio's front door lists what the user may read, which may be nothing.
    "portfolio:index": Rule(none, LOGGED_IN),
    # The load balancer's health check, with a worker that has just run the heartbeat.
    "healthz": Rule(worker_heartbeat, EVERYONE),
}

# The sign-in flow of OpenID Connect belongs to everyone; it is tested in accounts/tests.
EXEMPT_PREFIXES = ("admin:", "oidc_")


def url_names() -> set[str]:
    def walk(patterns: list, namespace: str) -> set[str]:
        names = set()
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                names |= walk(pattern.url_patterns, inner)
            else:
                names.add(namespace + (pattern.name or f"<unnamed {pattern.pattern}>"))
        return names

    return {n for n in walk(get_resolver().url_patterns, "") if not n.startswith(EXEMPT_PREFIXES)}


def test_every_url_pattern_has_a_rule():
    assert url_names() - set(RULES) == set()
    assert set(RULES) - url_names() == set()


def allowed(response) -> bool:
    """Denied is a 403, a 404, or being sent to log in first."""
    if response.status_code in (403, 404):
        return False
    location = response.get("Location", "")
    return not location.startswith(reverse("login") + "?next=")


@pytest.mark.parametrize("role", ROLES)
def test_each_url_as_each_role(client, world, role):
    user = world.users[role]
    if user is not None:
        client.force_login(user)
    wrong = []
    for name, rule in RULES.items():
        url = reverse(name, args=rule.args(world))
        data = rule.data(world) if rule.data else None
        response = getattr(client, rule.method)(url, data)
        if response.status_code >= 500:
            wrong.append(f"{name}: {response.status_code}")
        elif allowed(response) != (role in rule.allowed):
            expected = "allowed" if role in rule.allowed else "denied"
            wrong.append(f"{name}: expected {expected}, got {response.status_code}")
        if name == "logout" and user is not None:
            client.force_login(user)
    assert wrong == []
