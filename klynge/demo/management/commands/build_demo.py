"""manage.py build_demo: build (or refresh) the demo data from the seed documents."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from klynge.demo.build import build_demo, counts
from klynge.demo.logins import PASSWORD, login_rows
from klynge.demo.meeting_cycle import silent_mail


class Command(BaseCommand):
    help = "Build the demo data from the seed documents (can be run again)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--before-transition",
            action="store_true",
            help="Build the councils but leave the clusters' transitions to be run in the wizard.",
        )
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="Plan the coming meetings as on this day (YYYY-MM-DD) instead of today.",
        )

    def handle(self, *args: object, **options: object) -> None:
        before = dict(counts())
        # The seed meetings' agendas are published inside: no mail when the transaction commits.
        with silent_mail(), transaction.atomic():
            build_demo(
                transitions=not options["before_transition"],
                today=options["today"],
                logins=settings.DEMO,
            )
        self.stdout.write(self.style.SUCCESS("Demodata bygget."))
        for label, total in counts():
            self.stdout.write(f"  {label}: {total} (nye: {total - before[label]})")
        if settings.DEMO:
            self._print_logins(login_rows())

    def _print_logins(self, logins: list[tuple[str, str, str]]) -> None:
        self.stdout.write(f"\nDemo-logins (adgangskode: {PASSWORD}):")
        width = max(len(user) for user, _, _ in logins)
        role_width = max(len(role) for _, role, _ in logins)
        for user, role, scope in logins:
            self.stdout.write(f"  {user:<{width}}  {role:<{role_width}}  {scope}")
