"""Benchmark: a big meeting's page, minutes PDF and Word file.

Run: .venv/bin/python bench/meeting_page.py [--profile]

Builds, in a throw-away SQLite database, a meeting with 20 items × 3 recommendations × 5
attachments (PDFs and links), 40 invitees and a decision for every recommendation, plus a meeting
half that size; then times the meeting page, the minutes PDF and the minutes DOCX through Django's
test client (a logged-in superuser, the whole middleware stack), and a plain view that returns the
same page's HTML pre-rendered through the same stack. Prints `name: value` lines and a summary.
The workspace's page for one item (item 2, with a thread of comments and the reader's note) is
timed as a member of the forum would open it, against the same plain view returning its HTML, and
again with the permission cache on (klynge.accounts.access_cache: on by itself with Redis).
Targets: page ≤ 25 ms median, ratio to plain ≤ 4, item page ≤ 15 ms median and ≤ 4× its plain
view with the same queries for the meeting of half the size, PDF ≤ 1.5 s, DOCX ≤ 0.3 s.
"""

from __future__ import annotations

import cProfile
import datetime
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
import types
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="klynge-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "klynge.settings"
os.environ["KLYNGE_DATABASE_URL"] = f"sqlite:///{TMP / 'bench.sqlite3'}"
os.environ["KLYNGE_MEDIA_ROOT"] = str(TMP / "media")
# Production-like: no debug query log, no SSL redirect for the test client.
os.environ["KLYNGE_DEBUG"] = "0"
os.environ.setdefault("KLYNGE_SECRET_KEY", "bench-only-" + "y" * 50)
os.environ["KLYNGE_ALLOWED_HOSTS"] = "testserver"
os.environ["KLYNGE_SSL_REDIRECT"] = "0"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import URLResolver, include, path, reverse  # noqa: E402
from pypdf import PdfWriter  # noqa: E402

from klynge import urls as root_urls  # noqa: E402
from klynge.accounts.models import User  # noqa: E402
from klynge.meetings import document_urls, services  # noqa: E402
from klynge.meetings.models import AgendaItem, Decision, Meeting  # noqa: E402
from klynge.organisation.models import (  # noqa: E402
    Cluster,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
)

RUNS = {"page": 30, "item": 50, "pdf": 5, "docx": 10}
CASE_TEXT = (
    "Sundhedsklyngen har i 2023 arbejdet med **implementering** af samarbejdsaftalen. "
    "Arbejdsgruppen har afprøvet modellen i lille skala og anbefaler, at den udbredes.\n\n"
    "- Erfaringer fra Kolding Kommune\n- Spørgeskema til parterne\n- Plan for udbredelse\n\n"
    "1. Undersøge samarbejdet\n2. Binde sektorerne bedre sammen\n\n"
    "| Initiativ | 2023 | 2024 |\n| --- | --- | --- |\n| Træning og trivsel | 1.269 | 900 |\n"
)


# --- data --------------------------------------------------------------------------------------


def small_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def forum_with_members(cluster: Cluster, name: str, members: int) -> Forum:
    forum = Forum.objects.create(
        cluster=cluster,
        region=cluster.region,
        name=name,
        slug=name.lower().replace(" ", "-"),
        kind=Forum.Kind.THEME_GROUP,
    )
    parties = [
        Organisation.objects.create(name=f"{name} part {n}", kind=Organisation.Kind.MUNICIPALITY)
        for n in range(4)
    ]
    for n in range(members):
        person = Person.objects.create(name=f"{name} medlem {n}", title="sundhedschef")
        Membership.objects.create(
            forum=forum, person=person, party=parties[n % 4], starts_on=datetime.date(2020, 1, 1)
        )
    return forum


def build_meeting(forum: Forum, items: int, pdf: bytes) -> Meeting:
    starts = datetime.datetime(2023, 6, 7, 8, 30, tzinfo=datetime.UTC)
    meeting = services.create_meeting(
        forum,
        title="Benchmark",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=6),
        place="Regionshuset Viborg",
    )
    for n in range(items):
        item = services.save_item(
            AgendaItem(
                meeting=meeting,
                title=f"Punkt nummer {n + 1} om implementering",
                duration_minutes=15,
                summary="Et kort resumé af sagen.",
                case_text=CASE_TEXT,
                closed=n == items - 1,
            ),
            [f"Indstilling {k} til punkt {n + 1}" for k in range(1, 4)],
        )
        for k in range(4):
            upload = SimpleUploadedFile(f"bilag-{n}-{k}.pdf", pdf)
            services.add_attachment(item, f"Bilag {k + 1} til punkt {n + 1}", upload=upload)
        services.add_attachment(item, "Samarbejdsaftalen", url="https://example.dk/aftale")
    services.publish_agenda(meeting)
    services.hold_meeting(meeting)
    for item in meeting.items.all():
        decisions = [
            (rec, Decision.Outcome.APPROVED, f"Godkendt som indstillet ({rec.number})")
            for rec in item.recommendations.all()
        ]
        services.record_minutes(item, "Punktet blev drøftet.", "", decisions)
    return meeting


def build() -> tuple[Meeting, Meeting]:
    region = Region.objects.create(name="Region Bench", slug="bench")
    cluster = Cluster.objects.create(region=region, name="Benchklyngen", slug="benchklyngen")
    pdf = small_pdf(2)
    big = build_meeting(forum_with_members(cluster, "Styregruppe", 40), 20, pdf)
    half = build_meeting(forum_with_members(cluster, "Temagruppe", 20), 10, pdf)
    return big, half


# --- urls: the project's, with the document downloads and a plain view -------------------------

PLAIN_HTML = {"body": b""}


def plain_view(request):
    return HttpResponse(PLAIN_HTML["body"])


def bench_urlconf() -> types.ModuleType:
    try:
        from klynge.meetings import urls as meeting_urls

        existing = list(meeting_urls.urlpatterns)
    except ImportError:
        existing = []
    names = {p.name for p in existing}
    patterns = existing + [p for p in document_urls.urlpatterns if p.name not in names]
    module = types.ModuleType("klynge_bench_urls")
    module.urlpatterns = [
        p
        for p in root_urls.urlpatterns
        if not (isinstance(p, URLResolver) and p.namespace == "meetings")
    ] + [
        path("moeder/", include((patterns, "meetings"))),
        path("bench/plain/", plain_view, name="bench_plain"),
    ]
    sys.modules[module.__name__] = module
    return module


# --- measuring ---------------------------------------------------------------------------------


def timed(client: Client, url: str, runs: int, cold: bool = False) -> list[float]:
    """Server time of `runs` requests; cold empties Klynge's cache (rendered documents and
    page fragments) before each, as after every change to the meeting."""
    response = client.get(url)  # warm-up: templates, imports, fonts
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    times = []
    for _ in range(runs):
        if cold:
            cache.clear()
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured.captured_queries)


def profile(client: Client, url: str, label: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        client.get(url)
    profiler.disable()
    print(f"# profile {label} ({url}), 3 runs, by cumulative time", file=sys.stderr)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    # SORT=tottime and FILTER=<regex> narrow the profile down.
    stats.sort_stats(os.environ.get("SORT", "cumulative"))
    stats.print_stats(os.environ.get("FILTER", ""), 45)


def member_of(meeting: Meeting) -> User:
    """A login for a seated member of the meeting's forum, with comments and a note on item 2."""
    from klynge.workspace import services as workspace

    seat = meeting.forum.memberships.select_related("person").first()
    member = User.objects.create_user(
        f"medlem-{meeting.pk}", password="bench-password-123", person=seat.person
    )
    second = meeting.items.order_by("position")[1]
    for n in range(4):
        first = workspace.add_comment(second, member, f"Spørgsmål {n} til punktet om @bench")
        workspace.add_comment(second, member, f"Svar {n}", parent=first)
    workspace.save_note(second, member, "Husk at spørge til økonomien.")
    return member


def item_figures(figures: dict[str, float | str], big: Meeting, half: Meeting) -> None:
    """The item pane as a member opens it, against a plain view returning the same HTML."""
    member = Client()
    member.force_login(member_of(big))
    member_half = Client()
    member_half.force_login(member_of(half))
    url = reverse("workspace:item", args=[big.pk, big.items.order_by("position")[1].pk])
    url_half = reverse("workspace:item", args=[half.pk, half.items.order_by("position")[1].pk])
    PLAIN_HTML["body"] = member.get(url).content
    item = timed(member, url, RUNS["item"])
    plain = timed(member, reverse("bench_plain"), RUNS["item"])
    figures["item_median_ms"] = statistics.median(item)
    figures["item_p95_ms"] = p95(item)
    figures["item_plain_view_median_ms"] = statistics.median(plain)
    figures["item_ratio_to_plain"] = figures["item_median_ms"] / statistics.median(plain)
    figures["item_queries"] = queries(member, url)
    member_half.get(url_half)  # opened before, as the big meeting's item was while timed
    figures["item_queries_half"] = queries(member_half, url_half)
    figures["item_bytes"] = len(PLAIN_HTML["body"])
    # As with several servers on Redis: the policy's answers, the header and the session from the
    # shared cache (klynge.accounts.access_cache, settings); here one process, so the local cache
    # stands in for Redis.
    shared_cache = {
        "KLYNGE_PERMISSION_CACHE": True,
        "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db",
    }
    with override_settings(**shared_cache):
        shared = timed(member, url, RUNS["item"])
        figures["item_shared_cache_median_ms"] = statistics.median(shared)
        figures["item_shared_cache_queries"] = queries(member, url)
        if "--profile" in sys.argv:
            profile(member, url, "item, shared cache")
    if "--profile" in sys.argv:
        profile(member, url, "item")
        slowest(member, url)


def slowest(client: Client, url: str) -> None:
    """The page's five slowest queries, to stderr."""
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    ranked = sorted(captured.captured_queries, key=lambda q: float(q["time"]), reverse=True)
    if os.environ.get("ALL_QUERIES"):
        ranked = captured.captured_queries
    for query in ranked[: None if os.environ.get("ALL_QUERIES") else 5]:
        print(f"# {float(query['time']) * 1000:.1f} ms {query['sql'][:300]}", file=sys.stderr)


def page_exists(client: Client, url: str) -> bool:
    return client.get(url).status_code == 200


def main() -> None:
    call_command("migrate", verbosity=0)
    big, half = build()
    user = User.objects.create_superuser("bench", "bench@example.dk", "bench-password-123")
    client = Client()
    client.force_login(user)
    figures: dict[str, float | str] = {}
    with override_settings(ROOT_URLCONF=bench_urlconf().__name__):
        page_url = big.get_absolute_url()
        if page_exists(client, page_url):
            PLAIN_HTML["body"] = client.get(page_url).content
            page = timed(client, page_url, RUNS["page"])
            page_cold = timed(client, page_url, RUNS["page"], cold=True)
            plain = timed(client, reverse("bench_plain"), RUNS["page"])
            figures["page_median_ms"] = statistics.median(page)
            figures["page_p95_ms"] = p95(page)
            figures["page_cold_median_ms"] = statistics.median(page_cold)
            figures["page_queries"] = queries(client, page_url)
            figures["page_queries_half"] = queries(client, half.get_absolute_url())
            figures["page_bytes"] = len(PLAIN_HTML["body"])
            figures["plain_view_median_ms"] = statistics.median(plain)
            figures["ratio_to_plain"] = figures["page_median_ms"] / figures["plain_view_median_ms"]
        else:
            figures["page_missing"] = page_url
        item_figures(figures, big, half)
        pdf_url = reverse("meetings:minutes_pdf", args=[big.pk])
        docx_url = reverse("meetings:minutes_docx", args=[big.pk])
        pdf = timed(client, pdf_url, RUNS["pdf"], cold=True)
        pdf_warm = timed(client, pdf_url, RUNS["pdf"])
        docx = timed(client, docx_url, RUNS["docx"])
        figures["pdf_median_ms"], figures["pdf_p95_ms"] = statistics.median(pdf), p95(pdf)
        figures["pdf_warm_median_ms"] = statistics.median(pdf_warm)
        figures["pdf_queries"] = queries(client, pdf_url)
        figures["docx_median_ms"], figures["docx_p95_ms"] = statistics.median(docx), p95(docx)
        if "--profile" in sys.argv:
            if "page_missing" not in figures:
                profile(client, page_url, "page")
            profile(client, pdf_url, "pdf")
            profile(client, docx_url, "docx")
    report(figures)


def report(figures: dict[str, float | str]) -> None:
    for name, value in figures.items():
        print(f"{name}: {value:.1f}" if isinstance(value, float) else f"{name}: {value}")
    checks = {
        "page": figures.get("page_median_ms", float("inf")) <= 25,
        "ratio": figures.get("ratio_to_plain", float("inf")) <= 4,
        "pdf": figures["pdf_median_ms"] <= 1500,
        "docx": figures["docx_median_ms"] <= 300,
        "queries_fixed": figures.get("page_queries") == figures.get("page_queries_half"),
        "item": min(figures["item_median_ms"], figures["item_shared_cache_median_ms"]) <= 15,
        "item_ratio": figures["item_ratio_to_plain"] <= 4,
        "item_queries_fixed": figures["item_queries"] == figures["item_queries_half"],
    }
    verdict = ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks.items())
    page = figures.get("page_median_ms")
    page_text = f"page {page:.1f} ms" if isinstance(page, float) else "page not measured"
    print(
        f"summary: 20 items × 3 recommendations × 5 attachments, 40 invitees: {page_text}, "
        f"item {figures['item_median_ms']:.1f} ms, PDF {figures['pdf_median_ms']:.0f} ms, "
        f"DOCX {figures['docx_median_ms']:.0f} ms "
        f"({verdict})"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        shutil.rmtree(TMP, ignore_errors=True)
