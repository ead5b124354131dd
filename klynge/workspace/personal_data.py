"""A login's own data as one JSON document: who they are, their roles and seats, and what they
wrote and did in the workspace. Notes and comments go with the login when it is deleted (the
foreign keys cascade); a reply by someone else to a removed comment stays as a comment of its own.
"""

from __future__ import annotations

import datetime
from typing import Any

from klynge.accounts.models import User
from klynge.meetings.models import MinutesApproval

from .models import Comment, ItemRead, Note, ParticipantApproval


def _when(value: datetime.datetime | datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _item(item: Any) -> dict[str, Any]:
    meeting = item.meeting
    return {
        "meeting": meeting.pk,
        "forum": meeting.forum.name,
        "meeting_day": _when(meeting.local_day()),
        "item": item.pk,
        "item_title": item.title,
    }


def personal_data(user: User) -> dict[str, Any]:
    """Everything Klynge holds that is the login's own, in a fixed number of queries."""
    on_item = ("item__meeting__forum",)
    return {
        "login": {
            "username": user.username,
            "name": user.get_full_name(),
            "email": user.email,
            "joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "person": _person(user),
        "roles": [
            {
                "role": r.role,
                "cluster": r.cluster.name if r.cluster else None,
                "forum": r.forum.name if r.forum else None,
            }
            for r in user.roles.select_related("cluster", "forum")
        ],
        "notes": [
            {**_item(n.item), "text": n.text, "updated": _when(n.updated_at)}
            for n in Note.objects.filter(author=user).select_related(*on_item)
        ],
        "comments": [
            {
                **_item(c.item),
                "comment": c.pk,
                "reply_to": c.parent_id,
                "text": c.text,
                "written": _when(c.created_at),
                "edited": _when(c.edited_at),
                "deleted": _when(c.deleted_at),
                "review_round": c.review_round_id,
            }
            for c in Comment.objects.filter(author=user).select_related(*on_item)
        ],
        "read": [
            {**_item(r.item), "read": _when(r.read_at)}
            for r in ItemRead.objects.filter(reader=user).select_related(*on_item)
        ],
        "approvals": _approvals(user),
    }


def _person(user: User) -> dict[str, Any] | None:
    person = user.person
    if person is None:
        return None
    seats = person.memberships.select_related("forum", "party")
    return {
        "name": person.name,
        "title": person.title,
        "email": person.email,
        "phone": person.phone,
        "seats": [
            {
                "forum": s.forum.name,
                "role": s.role,
                "party": s.party.name if s.party else None,
                "from": _when(s.starts_on),
                "to": _when(s.ends_on),
            }
            for s in seats
        ],
    }


def _approvals(user: User) -> list[dict[str, Any]]:
    if not user.person_id:
        return []
    chair = MinutesApproval.objects.filter(person_id=user.person_id).select_related("meeting")
    participant = ParticipantApproval.objects.filter(person_id=user.person_id).select_related(
        "meeting"
    )
    return [
        {"meeting": a.meeting_id, "as": kind, "approved": _when(a.approved_at)}
        for kind, rows in (("chair", chair), ("participant", participant))
        for a in rows
    ]
