"""Benchmark: search across a generated national archive (issue 7, point 6).

Run: .venv/bin/python bench/archive.py [--scale 0.1] [--repeat 20] [--seed 7]
     KLYNGE_PG_ROOT=/tmp/pg-bench scripts/with-postgres.sh .venv/bin/python bench/archive.py \
         --database postgres

Builds a fresh database (SQLite in build/bench-archive.sqlite3, or the PostgreSQL database of
KLYNGE_DATABASE_URL, which must be empty), migrates it and generates 21 clusters in 5 regions ×
6 fora × 10 years × 6 meetings × 15 items (113,400 agenda items at --scale 1) with
recommendations and decisions, in Danish built from the seeds' vocabulary (see
archive_vocabulary.py). Then builds the search index and times a fixed set of queries as a
system-wide secretariat user and as a member of one cluster, next to a raw full-text query on the
same index. Prints `name: value` lines and a summary. Targets: search p95 ≤ 100 ms, ratio of
search to raw FTS ≤ 2.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import hashlib
import os
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--sqlite-path", type=Path, default=ROOT / "build/bench-archive.sqlite3")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the meetings")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of each query")
    parser.add_argument("--seeds", type=Path, default=Path("/work/shared/seeds"))
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile the slowest query: Python profile, its SQL with times and their plans",
    )
    return parser.parse_args()


ARGS = parse_args()


def point_settings_at_bench_database() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "klynge.settings"
    os.environ["KLYNGE_DEBUG"] = "0"  # no query log: it would grow with every insert
    os.environ.setdefault("KLYNGE_SECRET_KEY", "bench-only-" + "z" * 50)
    if ARGS.database == "postgres":
        url = os.environ.get("KLYNGE_DATABASE_URL", "")
        if not url.startswith(("postgres://", "postgresql://")):
            raise SystemExit(
                "--database postgres needs KLYNGE_DATABASE_URL (scripts/with-postgres.sh)"
            )
        return
    path = ARGS.sqlite_path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.environ["KLYNGE_DATABASE_URL"] = f"sqlite:///{path}"


point_settings_at_bench_database()

import django  # noqa: E402

django.setup()

from archive_vocabulary import TextMaker, load_vocabulary  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from klynge.accounts.models import Role, RoleAssignment, User  # noqa: E402
from klynge.meetings.models import AgendaItem, Decision, Meeting, Recommendation  # noqa: E402
from klynge.organisation.models import (  # noqa: E402
    Cluster,
    Forum,
    Membership,
    Person,
    Region,
)

CPH = timezone.get_default_timezone()
FIRST_YEAR, YEARS, MEETINGS_PER_YEAR, ITEMS_PER_MEETING = 2016, 10, 6, 15
MEETING_MONTHS = (1, 3, 5, 6, 9, 11)

# The 21 clusters by region. Midt's five are named in seed 000; the others as the regions name
# their clusters around the acute hospitals (some names approximate).
CLUSTERS: dict[str, tuple[str, ...]] = {
    "Region Nordjylland": (
        "Sundhedsklynge Aalborg",
        "Sundhedsklynge Vendsyssel",
        "Sundhedsklynge Thy-Mors",
        "Sundhedsklynge Himmerland",
    ),
    "Region Midtjylland": (
        "Midtklyngen",
        "Gødstrupklyngen",
        "Horsensklyngen",
        "Randersklyngen",
        "Aarhusklyngen",
    ),
    "Region Syddanmark": (
        "Sundhedsklynge Lillebælt",
        "Sundhedsklynge Sønderjylland",
        "Sundhedsklynge Sydvestjylland",
        "Sundhedsklynge Fyn",
    ),
    "Region Sjælland": (
        "Sundhedsklynge Øst",
        "Sundhedsklynge Nord",
        "Sundhedsklynge Vest",
        "Sundhedsklynge Syd",
    ),
    "Region Hovedstaden": (
        "Sundhedsklynge Amager og Hvidovre",
        "Sundhedsklynge Bispebjerg og Frederiksberg",
        "Sundhedsklynge Herlev og Gentofte",
        "Sundhedsklynge Nordsjælland",
    ),
}
FORA: tuple[tuple[str, str], ...] = (
    ("Politisk klyngegruppe", Forum.Kind.POLITICAL),
    ("Klyngestyregruppen", Forum.Kind.STEERING),
    ("Temagruppe for ældre og skrøbelige", Forum.Kind.THEME_GROUP),
    ("Temagruppe for børn, unge og psykiatri", Forum.Kind.THEME_GROUP),
    ("Temagruppe for kronisk sygdom", Forum.Kind.THEME_GROUP),
    ("Implementeringsnetværk for amning", Forum.Kind.IMPLEMENTATION),
)
MIDDLE_KINDS = (
    (AgendaItem.Kind.DECISION, 50),
    (AgendaItem.Kind.DISCUSSION, 25),
    (AgendaItem.Kind.ORIENTATION, 15),
    (AgendaItem.Kind.WRITTEN_ORIENTATION, 10),
)
APPROVAL_OUTCOMES = (
    (Decision.Outcome.APPROVED, 80),
    (Decision.Outcome.APPROVED_WITH_REMARKS, 10),
    (Decision.Outcome.POSTPONED, 6),
    (Decision.Outcome.REJECTED, 4),
)
CLOSED_SHARE = 0.04
BATCH = 2000


# --- generating the archive --------------------------------------------------------------------


@dataclass
class Archive:
    regions: list[Region] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    fora: list[Forum] = field(default_factory=list)
    meetings: int = 0
    items: int = 0
    closed_items: int = 0
    recommendations: int = 0
    decisions: int = 0
    # Of every item's texts in order: the same seed must give the same archive on both databases.
    digest: Any = field(default_factory=hashlib.sha256)


def build_organisation(archive: Archive) -> None:
    for name, cluster_names in CLUSTERS.items():
        region = Region.objects.create(name=name, slug=slug(name))
        archive.regions.append(region)
        for cluster_name in cluster_names:
            cluster = Cluster.objects.create(
                region=region, name=cluster_name, slug=slug(cluster_name)
            )
            archive.clusters.append(cluster)
    archive.fora = Forum.objects.bulk_create(
        Forum(
            region_id=cluster.region_id,
            cluster=cluster,
            name=name,
            slug=f"{cluster.slug}-{slug(name)}",
            kind=kind,
            meetings_per_year=MEETINGS_PER_YEAR,
            position=position,
        )
        for cluster in archive.clusters
        for position, (name, kind) in enumerate(FORA)
    )


def slug(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", " ": "-", ",": ""})
    return name.lower().translate(table)


def meeting_days(count: int, offset: int) -> list[datetime.datetime]:
    """`count` meeting starts spread over the ten years' 60 meeting slots."""
    slots = [(y, m) for y in range(FIRST_YEAR, FIRST_YEAR + YEARS) for m in MEETING_MONTHS]
    chosen = [slots[(k * len(slots)) // count] for k in range(count)]
    day = 3 + offset % 20
    return [datetime.datetime(y, m, day, 9, 0, tzinfo=CPH) for y, m in chosen]


def generate(archive: Archive, scale: float, seed: int, texts: TextMaker) -> None:
    rng = random.Random(seed)
    per_forum = max(1, round(YEARS * MEETINGS_PER_YEAR * scale))
    clusters = {c.pk: c for c in archive.clusters}
    for forum in archive.fora:
        with transaction.atomic():
            meetings = Meeting.objects.bulk_create(
                new_meeting(forum, starts) for starts in meeting_days(per_forum, forum.pk)
            )
            cluster_name = clusters[forum.cluster_id].name
            for meeting in meetings:
                add_items(archive, meeting, forum, cluster_name, rng, texts)
        archive.meetings += len(meetings)


def new_meeting(forum: Forum, starts: datetime.datetime) -> Meeting:
    return Meeting(
        forum=forum,
        title=forum.name,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        place="Regionshuset",
        state=Meeting.State.MINUTES_PUBLISHED,
        agenda_published_at=starts - datetime.timedelta(days=7),
        minutes_approved_at=starts + datetime.timedelta(days=10),
        minutes_published_at=starts + datetime.timedelta(days=11),
    )


def add_items(
    archive: Archive,
    meeting: Meeting,
    forum: Forum,
    cluster_name: str,
    rng: random.Random,
    texts: TextMaker,
) -> None:
    year = meeting.starts_at.year
    planned: list[tuple[AgendaItem, list[str]]] = []
    for position in range(1, ITEMS_PER_MEETING + 1):
        planned.append(new_item(meeting, forum, cluster_name, year, position, rng, texts))
    items = AgendaItem.objects.bulk_create([item for item, _ in planned])
    recommendations = Recommendation.objects.bulk_create(
        Recommendation(item=item, number=n, text=text)
        for item, (_, texts_) in zip(items, planned, strict=True)
        for n, text in enumerate(texts_, start=1)
    )
    decisions = Decision.objects.bulk_create(
        list(decisions_for(items, recommendations, rng, texts))
    )
    for item in items:
        archive.digest.update(f"{item.title}{item.case_text}{item.minutes_text}".encode())
    archive.items += len(items)
    archive.closed_items += sum(item.closed for item in items)
    archive.recommendations += len(recommendations)
    archive.decisions += len(decisions)


def new_item(
    meeting: Meeting,
    forum: Forum,
    cluster_name: str,
    year: int,
    position: int,
    rng: random.Random,
    texts: TextMaker,
) -> tuple[AgendaItem, list[str]]:
    if position == 1:
        kind, title = AgendaItem.Kind.WELCOME, "Velkomst og godkendelse af dagsorden"
    elif position == ITEMS_PER_MEETING:
        kind, title = AgendaItem.Kind.ANY_OTHER_BUSINESS, "Eventuelt"
    else:
        kind, title = rng.choices(*zip(*MIDDLE_KINDS, strict=True))[0], ""
    count = {AgendaItem.Kind.DECISION: rng.randint(1, 3), AgendaItem.Kind.DISCUSSION: 1}
    text = texts.item(cluster_name, forum.name, year, count.get(kind, 0))
    item = AgendaItem(
        meeting=meeting,
        position=position,
        kind=kind,
        title=title or text.title,
        presenters="Sekretariatet",
        duration_minutes=rng.choice((5, 10, 15, 20, 30)),
        summary="" if title else text.summary,
        case_text="" if title else text.case_text,
        minutes_text=text.minutes_text if not title else "Intet at bemærke.",
        closed=not title and rng.random() < CLOSED_SHARE,
    )
    return item, text.recommendations


def decisions_for(
    items: list[AgendaItem],
    recommendations: list[Recommendation],
    rng: random.Random,
    texts: TextMaker,
) -> Iterator[Decision]:
    by_item: dict[int, list[Recommendation]] = {}
    for rec in recommendations:
        by_item.setdefault(rec.item_id, []).append(rec)
    for item in items:
        if item.kind in (AgendaItem.Kind.WELCOME, AgendaItem.Kind.ANY_OTHER_BUSINESS):
            continue
        recs = by_item.get(item.pk, [])
        if not recs:
            yield Decision(item=item, outcome=Decision.Outcome.NOTED, text=texts.decision("noted"))
        for position, rec in enumerate(recs):
            outcome = outcome_for(item, rng)
            yield Decision(
                item=item,
                recommendation=rec,
                outcome=outcome,
                text=texts.decision(outcome),
                position=position,
            )


def outcome_for(item: AgendaItem, rng: random.Random) -> str:
    if item.kind == AgendaItem.Kind.DISCUSSION:
        return Decision.Outcome.DISCUSSED
    return rng.choices(*zip(*APPROVAL_OUTCOMES, strict=True))[0]


def make_users(archive: Archive) -> tuple[User, User, Cluster]:
    """A system-wide secretariat user and a member of Midtklyngen's steering group."""
    secretariat = User.objects.create_user("bench-secretariat", password=None)
    RoleAssignment.objects.create(user=secretariat, role=Role.SECRETARIAT)
    cluster = next(c for c in archive.clusters if c.name == "Midtklyngen")
    person = Person.objects.create(name="Bench Medlem", title="sundhedschef")
    member = User.objects.create_user("bench-member", password=None, person=person)
    RoleAssignment.objects.create(user=member, role=Role.MEMBER, cluster=cluster)
    steering = next(f for f in archive.fora if f.cluster_id == cluster.pk and f.position == 1)
    Membership.objects.create(forum=steering, person=person, starts_on=datetime.date(2015, 1, 1))
    return secretariat, member, cluster


def check_database_is_empty() -> None:
    if Region.objects.exists() or Meeting.objects.exists():
        raise SystemExit("the benchmark needs an empty database (scripts/with-postgres.sh)")


# --- searching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    name: str
    q: str
    cluster: bool = False  # filter on the member's cluster
    year: int | None = None  # filter on meetings of that year


QUERIES: tuple[Query, ...] = (
    Query("common_word", "sundhedsaftalen"),
    Query("rare_word", "bækkenbundstræning"),
    Query("rare_two_words", "tandpleje hjemløse"),
    Query("two_words", "samarbejdsaftale gravide"),
    Query("inflected_godkendes", "godkendes"),
    Query("inflected_kommissorier", "kommissorier"),
    Query("inflected_klyngerne", "klyngerne"),
    Query("skroebelighed", "skrøbelighed"),
    Query("phrase_frailty_score", "frailty score"),
    Query("cluster_filter", "evaluering", cluster=True),
    Query("date_filter", "implementeret", year=2019),
    Query("cluster_and_date", "klyngemidler budgetopfølgning", cluster=True, year=2021),
    Query("many_items", "borgerne"),
)


@dataclass
class Timing:
    times: list[float]
    total: int


def timed(run: Callable[[], int], repeat: int) -> Timing:
    """Milliseconds of `repeat` runs after two warm-up runs; run() returns the hit count."""
    total = run()
    run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return Timing(times, total)


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def filters_for(query: Query, cluster: Cluster) -> dict[str, object]:
    found: dict[str, object] = {}
    if query.cluster:
        found["cluster"] = cluster
    if query.year:
        found["date_from"] = datetime.date(query.year, 1, 1)
        found["date_to"] = datetime.date(query.year, 12, 31)
    return found


def app_search(user: User, query: Query, cluster: Cluster) -> Callable[[], int]:
    from klynge.archive.search.query import search

    filters = filters_for(query, cluster)

    def run() -> int:
        results = search(user, query.q, **filters)
        list(results.hits)
        return results.total

    return run


def raw_search(query: Query, cluster: Cluster) -> Callable[[], int]:
    """The bare full-text query on the same index: the best 20 by rank and the count, with the
    query's filters but no permissions, no hits and no snippets."""
    from klynge.archive.search.lemma import lemma, tokens

    groups = [lemma(word) for word in dict.fromkeys(tokens(query.q))]
    conditions, params = raw_filters(query, cluster)
    if connection.vendor == "postgresql":
        text = " & ".join("(" + " | ".join(f"'{w}'" for w in forms) + ")" for forms in groups)
        source, key = "archive_searchentry e", "e.id"
        match, rank = "e.vector @@ %s::tsquery", "ts_rank(e.vector, %s::tsquery) DESC"
        rank_params = [text]
    else:
        text = " AND ".join("(" + " OR ".join(f'"{w}"' for w in forms) + ")" for forms in groups)
        source, key = "archive_search_fts", "archive_search_fts.rowid"
        if conditions:
            source += " JOIN archive_searchentry e ON e.id = archive_search_fts.rowid"
        match, rank = "archive_search_fts MATCH %s", "bm25(archive_search_fts)"
        rank_params = []
    where = " AND ".join([match, *conditions])
    top = f"SELECT {key} FROM {source} WHERE {where} ORDER BY {rank} LIMIT 20"
    count = f"SELECT count(*) FROM {source} WHERE {where}"

    def run() -> int:
        with connection.cursor() as cursor:
            cursor.execute(top, [text, *params, *rank_params])
            cursor.fetchall()
            cursor.execute(count, [text, *params])
            return cursor.fetchone()[0]

    return run


def raw_filters(query: Query, cluster: Cluster) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    for name, value in filters_for(query, cluster).items():
        column, operator = RAW_FILTERS[name]
        conditions.append(f"{column} {operator} %s")
        params.append(value.pk if isinstance(value, Cluster) else value)
    return conditions, params


RAW_FILTERS = {
    "cluster": ("e.cluster_id", "="),
    "date_from": ("e.date", ">="),
    "date_to": ("e.date", "<="),
}


def describe(timing: Timing) -> str:
    t = timing.times
    return (
        f"{statistics.median(t):.1f}/{percentile(t, 0.95):.1f}/{max(t):.1f} ms "
        f"({timing.total} hits)"
    )


def run_queries(
    figures: dict[str, float | int | str], users: dict[str, User], cluster: Cluster
) -> Query:
    """Times every query for every user and the raw query; returns the slowest query."""
    pooled: dict[str, list[float]] = {name: [] for name in [*users, "raw"]}
    ratios: list[float] = []
    slowest: tuple[float, Query] = (-1.0, QUERIES[0])
    for query in QUERIES:
        timings = {
            label: timed(app_search(user, query, cluster), ARGS.repeat)
            for label, user in users.items()
        }
        timings["raw"] = timed(raw_search(query, cluster), ARGS.repeat)
        for label, timing in timings.items():
            pooled[label] += timing.times
        search_p50 = statistics.median(timings["secretariat"].times)
        ratios.append(search_p50 / max(statistics.median(timings["raw"].times), 0.001))
        search_p95 = percentile(timings["secretariat"].times, 0.95)
        slowest = max(slowest, (search_p95, query), key=lambda pair: pair[0])
        described = "; ".join(f"{label} {describe(t)}" for label, t in timings.items())
        print(f"query {query.name} ({query.q!r}): {described}; ratio {ratios[-1]:.1f}")
    for label, times in pooled.items():
        figures[f"{label}_p50_ms"] = statistics.median(times)
        figures[f"{label}_p95_ms"] = percentile(times, 0.95)
        figures[f"{label}_max_ms"] = max(times)
    figures["ratio_p50"] = figures["secretariat_p50_ms"] / figures["raw_p50_ms"]
    figures["ratio_p95"] = figures["secretariat_p95_ms"] / figures["raw_p95_ms"]
    figures["ratio_worst_query"] = max(ratios)
    return slowest[1]


def profile(query: Query, user: User, cluster: Cluster) -> None:
    """Where the slowest query's time goes: the Python profile, then each SQL statement with
    its time and plan (EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite)."""
    run = app_search(user, query, cluster)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        run()
    profiler.disable()
    print(f"# profile of {query.name} ({query.q!r}), 5 runs, by cumulative time", file=sys.stderr)
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    with CaptureQueriesContext(connection) as captured:
        run()
    for statement in captured.captured_queries:
        print(f"# {statement['time']} s: {statement['sql']}", file=sys.stderr)
        if statement["sql"].lstrip().upper().startswith("SELECT"):
            explain(statement["sql"])


def explain(sql: str) -> None:
    prefix = "EXPLAIN ANALYZE " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql)
        for row in cursor.fetchall():
            print("    " + " ".join(str(part) for part in row), file=sys.stderr)


# --- main --------------------------------------------------------------------------------------


def main() -> None:
    figures: dict[str, float | int | str] = {
        "database": connection.vendor,
        "scale": str(ARGS.scale),
    }
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    figures["migrate_s"] = time.perf_counter() - started
    check_database_is_empty()
    archive = Archive()
    texts = TextMaker(load_vocabulary(ARGS.seeds), random.Random(ARGS.seed))
    started = time.perf_counter()
    build_organisation(archive)
    generate(archive, ARGS.scale, ARGS.seed, texts)
    figures["generate_s"] = time.perf_counter() - started
    figures.update(
        clusters=len(archive.clusters),
        fora=len(archive.fora),
        meetings=archive.meetings,
        items=archive.items,
        closed_items=archive.closed_items,
        recommendations=archive.recommendations,
        decisions=archive.decisions,
        archive_digest=archive.digest.hexdigest()[:16],
    )
    figures["generate_items_per_s"] = archive.items / figures["generate_s"]
    report(figures)
    try:
        from klynge.archive.search.indexer import rebuild_index
    except ImportError as error:
        print(f"search: not measured ({error})")
        return
    started = time.perf_counter()
    rebuild_index()
    figures = {"index_s": time.perf_counter() - started}
    figures["index_items_per_s"] = archive.items / figures["index_s"]
    report(figures)
    secretariat, member, cluster = make_users(archive)
    figures = {}
    slowest = run_queries(figures, {"secretariat": secretariat, "member": member}, cluster)
    report(figures)
    summary(figures)
    if ARGS.profile:
        profile(slowest, secretariat, cluster)


def summary(figures: dict[str, float | int | str]) -> None:
    p95 = max(figures["secretariat_p95_ms"], figures["member_p95_ms"])
    ratio = figures["ratio_p50"]
    print(
        f"summary: {ARGS.database}, {len(QUERIES)} queries × {ARGS.repeat} runs: search p95 "
        f"{p95:.1f} ms (target ≤ 100: {'ok' if p95 <= 100 else 'MISSED'}), ratio to raw FTS "
        f"{ratio:.1f} (target ≤ 2: {'ok' if ratio <= 2 else 'MISSED'})"
    )


def report(figures: dict[str, float | int | str]) -> None:
    for name, value in figures.items():
        print(f"{name}: {value:.1f}" if isinstance(value, float) else f"{name}: {value}")
    sys.stdout.flush()


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
