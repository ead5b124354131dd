"""The guide's pages: one for each role a person has in Klynge."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Guide:
    slug: str
    title: Promise
    summary: Promise

    @property
    def template(self) -> str:
        return f"guide/{self.slug}.html"

    def get_absolute_url(self) -> str:
        return reverse("guide:role", args=[self.slug])


GUIDES = [
    Guide(
        "sekretariat",
        _("Secretariat"),
        _("Plan meetings, build and publish the agenda, write and publish the minutes."),
    ),
    Guide(
        "formand",
        _("Chair"),
        _("Read and comment on drafts, approve the minutes with one click."),
    ),
    Guide(
        "medlem",
        _("Member"),
        _("Find your next meeting, prepare item by item with notes and comments."),
    ),
    Guide(
        "laeser",
        _("Reader"),
        _("Find meetings, minutes and decisions in the archive."),
    ),
]


def guide_for(slug: str) -> Guide | None:
    return next((guide for guide in GUIDES if guide.slug == slug), None)
