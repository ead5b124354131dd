"""manage.py transition PLAN.json [--dry-run] [--user USERNAME]

Reads a transition plan (docs/reform.md, "Running the transition"), prints what it will move or
end with counts and sums to the krone, and runs it unless --dry-run is given. A plan that does not
hold is refused with its messages and nothing changes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.organisation.transition.plan import TransitionPlan
from klynge.organisation.transition.report import TOTAL_LABELS, amount_total
from klynge.organisation.transition.services import preview_plan, run_transition


class Command(BaseCommand):
    help = "Preview or run a transition of ending bodies into a health council."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("plan", metavar="PLAN.json")
        parser.add_argument("--dry-run", action="store_true", help="Print the preview only.")
        parser.add_argument("--user", metavar="USERNAME", help="Record the change as this user.")

    def handle(self, *args: Any, **options: Any) -> None:
        plan = self._plan(Path(options["plan"]))
        user = self._user(options["user"])
        try:
            preview = preview_plan(plan)
            self._print(preview.to_json())
            if options["dry_run"]:
                self.stdout.write(_("Dry run: nothing was changed."))
                return
            change = run_transition(plan, user)
        except ValidationError as error:
            raise CommandError(_messages(error)) from None
        self.stdout.write(
            _("Done: %(title)s (organisational change %(pk)s).")
            % {"title": change.title, "pk": change.pk}
        )

    def _plan(self, path: Path) -> TransitionPlan:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return TransitionPlan.from_json(data)
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": path, "error": error}
            ) from None
        except json.JSONDecodeError as error:
            raise CommandError(
                _("%(file)s is not JSON: %(error)s") % {"file": path, "error": error}
            ) from None
        except ValidationError as error:
            raise CommandError(_messages(error)) from None

    def _user(self, username: str | None) -> User | None:
        if not username:
            return None
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no user %(name)s.") % {"name": username})
        return user

    def _print(self, report: dict[str, Any]) -> None:
        self.stdout.write(
            _("%(bodies)s → %(council)s from %(day)s")
            % {
                "bodies": ", ".join(body["name"] for body in report["ending"]),
                "council": report["successor"]["name"],
                "day": report["takes_effect_on"],
            }
        )
        for key, label in TOTAL_LABELS.items():
            self.stdout.write(f"{label}: {amount_total(key, report['totals'][key])}")
        for problem in report["problems"]:
            self.stderr.write(problem)


def _messages(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "\n".join(f"{field}: {m}" for field, ms in error.message_dict.items() for m in ms)
    return "\n".join(error.messages)
