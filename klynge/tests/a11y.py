"""Helpers for the accessibility tests: the pages to check and the Nu HTML checker (vnu).

The pages come from two places. Secretariat pages: every GET rule of the authorization matrix
the secretariat may use, plus the meeting page in each state of the cycle (``meeting_states``).
Public pages: every URL name in the ``public`` namespace, found through the URL resolver, its
arguments tried from candidate values by parameter name (``PUBLIC_PARAMETERS``), so a new
public page is checked without editing the tests.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.http import HttpResponseBase
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from klynge.meetings import services
from klynge.meetings.models import Decision, Meeting
from klynge.meetings.tests.conftest import DAY, add_item, aware
from klynge.tests.test_authorization_matrix import RULES, World

REPO_ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = os.environ.get("KLYNGE_JAVA") or shutil.which("java") or "java"
PUBLIC_NAMESPACE = "public"


@dataclass(frozen=True)
class Page:
    """One HTML page as a user saw it: where it came from and what the server sent."""

    label: str
    url: str
    html: str


# --- The Nu HTML checker -------------------------------------------------------------------


def vnu_missing() -> str | None:
    """Why vnu cannot run here, or None when it can."""
    if not VNU_JAR.exists():
        return f"{VNU_JAR} is missing: run `npm ci`."
    if shutil.which(JAVA) is None and not os.access(JAVA, os.X_OK):
        return (
            "Java is missing (vnu needs Java 17+): run "
            "`scripts/install-test-deps.sh default-jre-headless` or set KLYNGE_JAVA."
        )
    return None


def vnu_errors(pages: list[Page]) -> list[str]:
    """Check every page in one run of vnu (the JVM starts slowly) and return its errors, each
    as "label (url) line N: message «extract»"."""
    with tempfile.TemporaryDirectory(prefix="klynge-vnu-") as tmp:
        by_file: dict[str, Page] = {}
        for number, page in enumerate(pages):
            path = Path(tmp) / f"page-{number:03d}.html"
            path.write_text(page.html, encoding="utf-8")
            by_file[path.name] = page
        command = [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--exit-zero-always"]
        command += ["--format", "json", "--stdout", *sorted(str(p) for p in Path(tmp).iterdir())]
        run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if run.returncode != 0 or not run.stdout.strip():
        return [f"vnu failed ({run.returncode}): {run.stderr.strip()[:2000]}"]
    messages = json.loads(run.stdout)["messages"]
    return [_describe(message, by_file) for message in messages]


def _describe(message: dict, by_file: dict[str, Page]) -> str:
    page = by_file.get(message.get("url", "").rsplit("/", 1)[-1])
    where = f"{page.label} ({page.url})" if page else message.get("url", "?")
    extract = (message.get("extract") or "").replace("\n", " ").strip()
    return (
        f"{where} line {message.get('lastLine', '?')}: [{message.get('type')}] "
        f"{message.get('message')} «{extract}»"
    )


# --- Fetching pages with the test client ---------------------------------------------------


def is_html(response: HttpResponseBase) -> bool:
    return response.get("Content-Type", "").startswith("text/html")


def fetch(client: Client, label: str, url: str) -> tuple[int, Page | None]:
    """GET a URL; the page when the answer is an HTML page, else None, with the status."""
    response = client.get(url)
    if response.status_code != 200 or not is_html(response):
        return response.status_code, None
    return 200, Page(label, url, response.content.decode(response.charset or "utf-8"))


def secretariat_urls(world: World) -> Iterator[tuple[str, str]]:
    """(name, url) of every page of the authorization matrix the secretariat may GET."""
    for name, rule in RULES.items():
        if rule.method == "get" and "secretariat" in rule.allowed:
            yield name, reverse(name, args=rule.args(world))


@dataclass
class Scene:
    """The authorization matrix's world and a meeting of its forum in every state."""

    world: World
    meetings: dict[str, Meeting]


@pytest.fixture(name="scene")
def scene_fixture(world: World) -> Scene:
    """Needs the matrix's ``world`` fixture imported into the test module too."""
    return Scene(world, meeting_states(world))


def meeting_states(world: World) -> dict[str, Meeting]:
    """A meeting of the steering group in every state of the cycle. Past "planned" each has an
    open item with a recommendation (decided once minutes are written) and a closed item."""
    meetings = {}
    for offset, state in enumerate(Meeting.CYCLE, start=1):
        day = DAY + datetime.timedelta(days=7 * offset)
        meeting = services.create_meeting(
            world.forum,
            starts_at=aware(day, 9),
            ends_at=aware(day, 11),
            place="Regionshuset Viborg",
            leader=world.steering.municipal_chair,
        )
        if state != Meeting.State.PLANNED:
            _advance(meeting, state)
        meeting.refresh_from_db()
        assert meeting.state == state, f"built a {meeting.state} meeting, wanted {state}"
        meetings[state] = meeting
    return meetings


def _advance(meeting: Meeting, state: str) -> None:
    """Take a planned meeting through the cycle up to the given state."""
    item = add_item(
        meeting, "Sundhedsaftalen", recommendations=["tager orienteringen til efterretning"]
    )
    add_item(meeting, "Personsag", closed=True)  # the agenda is now a draft

    def write_minutes() -> None:
        decision = (item.recommendations.get(), Decision.Outcome.choices[0][0], "")
        services.record_minutes(item, "Styregruppen drøftede sagen.", "", [decision])

    def approve() -> None:
        approved_at = aware(meeting.local_day(), 12)
        services.record_approval_outside(meeting, approved_at, "Godkendt på mail")

    steps: dict[str, Callable[[], object]] = {
        Meeting.State.AGENDA_PUBLISHED: lambda: services.publish_agenda(meeting),
        Meeting.State.HELD: lambda: services.hold_meeting(meeting),
        Meeting.State.MINUTES_DRAFT: write_minutes,
        Meeting.State.MINUTES_APPROVED: approve,
        Meeting.State.MINUTES_PUBLISHED: lambda: services.publish_minutes(meeting),
    }
    for step_state, step in steps.items():
        if not Meeting.CYCLE.index(step_state) <= Meeting.CYCLE.index(state):
            return
        step()


# --- Public pages, found through the URL resolver ------------------------------------------


def _public_meeting(meetings: dict[str, Meeting]) -> Meeting:
    return meetings[Meeting.State.MINUTES_PUBLISHED]


def _first_open_item(meeting: Meeting) -> int:
    return meeting.items.filter(closed=False).order_by("position").values_list("pk", flat=True)[0]


Candidates = Callable[[World, dict[str, Meeting]], list[object]]

# Values to try for each URL parameter a public page may take, by the parameter's name. The
# public site names several things "slug" (region, cluster, forum) or "pk", so each name has
# candidates and the test uses the first that the page answers; the world's slugs and the
# meetings differ, so a wrong candidate is a 404. A parameter not listed here fails the test
# with a message naming it.
PUBLIC_PARAMETERS: dict[str, Candidates] = {
    "slug": lambda w, m: [
        w.forum.slug,
        w.forum.cluster.slug,
        w.forum.region.slug,
    ],
    "pk": lambda w, m: [_public_meeting(m).pk, w.meeting.pk],
    "meeting_pk": lambda w, m: [_public_meeting(m).pk, w.meeting.pk],
    "attachment_pk": lambda w, m: [w.attachment_pk],
    "item_pk": lambda w, m: [_first_open_item(_public_meeting(m))],
    "person_pk": lambda w, m: [w.steering.member.pk],
    "version": lambda w, m: [1],
    "year": lambda w, m: [DAY.year],
}


def reverse_or_none(name: str) -> str | None:
    """The URL of a page without parameters, or None while no such page exists."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def public_meeting_urls(meetings: dict[str, Meeting]) -> dict[str, str]:
    """The public page of the meeting in each state of the cycle, once the public site has one
    (every meeting of a public forum is public: date, time and place from the start)."""
    try:
        return {state: reverse("public:meeting", args=[m.pk]) for state, m in meetings.items()}
    except NoReverseMatch:
        return {}


def _parameters(pattern: URLPattern | URLResolver) -> list[str]:
    route = pattern.pattern
    return list(getattr(route, "converters", {}) or route.regex.groupindex)


def public_patterns() -> dict[str, list[str]]:
    """Every URL name in the public namespace with the names of its parameters (its own and
    those of the includes above it)."""
    found: dict[str, list[str]] = {}

    def walk(patterns: list, namespace: str, inherited: list[str]) -> None:
        for pattern in patterns:
            parameters = inherited + _parameters(pattern)
            if isinstance(pattern, URLResolver):
                inner = ":".join(n for n in (namespace, pattern.namespace) if n)
                walk(pattern.url_patterns, inner, parameters)
            elif namespace.split(":")[0] == PUBLIC_NAMESPACE and pattern.name:
                found[f"{namespace}:{pattern.name}"] = parameters

    walk(get_resolver().url_patterns, "", [])
    return found


def public_urls(
    world: World, meetings: dict[str, Meeting]
) -> tuple[dict[str, list[str]], list[str]]:
    """For every public URL name the URLs to try, best first; and the names with a parameter
    that has no candidates in PUBLIC_PARAMETERS."""
    urls, unknown = {}, []
    for name, parameters in sorted(public_patterns().items()):
        missing = [p for p in parameters if p not in PUBLIC_PARAMETERS]
        if missing:
            unknown.append(f"{name}: {', '.join(missing)}")
            continue
        choices = [PUBLIC_PARAMETERS[p](world, meetings) for p in parameters]
        urls[name] = [
            reverse(name, kwargs=dict(zip(parameters, values, strict=True)))
            for values in itertools.product(*choices)
        ]
    return urls, unknown


# --- axe-core -------------------------------------------------------------------------------


def axe_problems(page, axe: Callable) -> list[str]:
    """The violations axe finds on the page as it is now, as text (empty when none): collected
    rather than failing at once, so one run of a many-page test lists them all."""
    try:
        axe(page)
    except pytest.fail.Exception as failure:
        return [str(failure)]
    return []
