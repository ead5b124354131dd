"""Searching the archive: words lemmatised like the index, every word must match, filters and
permissions in SQL, ranking by the database (bm25 in SQLite's FTS5, ts_rank in PostgreSQL) with
the newest first among equals, and highlighted snippets made here from the plain text."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from klynge.accounts.permissions import ALL, closed_fora, excluded_items, readable_fora
from klynge.meetings.models import KIND_LABELS
from klynge.organisation.lineage import earlier_bodies

from .entries import SearchEntry
from .lemma import STOP_WORDS, TOKEN_RE, lemma, tokens
from .lemma import lemmas as lemma_list

SNIPPET_CHARS = 240
MAX_PER_PAGE = 100


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: SafeString
    title_html: SafeString
    date: datetime.date | None
    forum_name: str
    cluster_name: str
    item_kind: str
    closed: bool
    kind_label: str = ""
    item_kind_label: str = ""


@dataclass
class SearchResults:
    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    # More matches than COUNT_CAP: total is the cap and the newest matches come first.
    more: bool = False

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def groups(self) -> list[tuple[str, list[Hit]]]:
        """The page's hits by cluster (or region, for region-level fora), best group first."""
        groups: dict[str, list[Hit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.cluster_name, []).append(hit)
        return list(groups.items())


# --- the query -----------------------------------------------------------------------------
def query_terms(q: str) -> list[tuple[str, ...]]:
    """One tuple of lemmas per query word (any of them may match); quotes are ignored."""
    terms: list[tuple[str, ...]] = []
    for word in tokens(q):
        forms = lemma(word)
        if forms not in terms:
            terms.append(forms)
    return terms


def _fts5_query(terms: list[tuple[str, ...]]) -> str:
    return " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in terms)


def _tsquery(terms: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " | ".join(f"'{form}'" for form in forms) + ")" for forms in terms)


def _in(column: str, values: set[int] | list[str]) -> tuple[str, list[Any]]:
    marks = ", ".join(["%s"] * len(values))
    return f"{column} IN ({marks})", sorted(values)


def _id(value: Any) -> Any:
    return getattr(value, "pk", value)


def _where(user: Any, filters: dict[str, Any]) -> tuple[list[str], list[Any]] | None:
    """SQL conditions on the entry (alias e), or None when nothing can be found."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        conditions.append(sql)
        params.extend(values)

    visible = readable_fora(user)
    if visible is not ALL:
        if not visible:
            return None
        add(*_flat(_in("e.forum_id", visible)))
    # A closed entry: by the closed item's own forum, less the items the user is excluded from.
    closed = closed_fora(user)
    if closed is not ALL:
        if closed:
            sql, values = _in("e.closed_forum_id", closed)
            add(f"(e.closed = %s OR {sql})", False, *values)
        else:
            add("e.closed = %s", False)
    excluded = excluded_items(user)
    if excluded:
        sql, values = _in("e.item_id", excluded)
        add(f"(e.closed = %s OR NOT {sql})", False, *values)
    if filters.get("cluster") is not None:
        add(*_body(_id(filters["cluster"]), filters.get("with_predecessors", False)))
    if filters.get("forum") is not None:
        add("e.forum_id = %s", _id(filters["forum"]))
    if filters.get("date_from"):
        add("e.date >= %s", filters["date_from"])
    if filters.get("date_to"):
        add("e.date <= %s", filters["date_to"])
    if filters.get("item_kind"):
        add("e.item_kind = %s", filters["item_kind"])
    if filters.get("outcome"):
        add("e.outcomes LIKE %s", f"% {filters['outcome']} %")
    if filters.get("kinds"):
        add(*_flat(_in("e.kind", list(filters["kinds"]))))
    return conditions, params


def _body(body_id: int, with_predecessors: bool) -> list[Any]:
    """The condition for entries of the body, or of the body and all it carries on."""
    if not with_predecessors:
        return ["e.cluster_id = %s", body_id]
    earlier = earlier_bodies([body_id])
    return [f"(e.cluster_id = %s OR e.cluster_id IN ({earlier.sql}))", body_id, *earlier.params]


def _flat(pair: tuple[str, list[Any]]) -> list[Any]:
    return [pair[0], *pair[1]]


# Beyond this many matches the count stops and the newest matches are listed: a word in most of
# the archive ("klynge") ranks nothing usefully, and ranking 100,000 matches costs hundreds of
# milliseconds (bench/archive.py).
COUNT_CAP = 1000
# BM25's constants, as SQLite's FTS5 and most engines use them.
BM25_K1 = 1.2
BM25_B = 0.75


def _run(
    terms: list[tuple[str, ...]], where: list[str], params: list[Any], limit: int, offset: int
) -> tuple[int, list[int]]:
    """(matches counted up to COUNT_CAP + 1, ids of the page in rank order).

    The database finds the matches that pass the filters (FTS5 or the GIN index) and stops after
    COUNT_CAP + 1. Up to COUNT_CAP matches are ranked here, the same way on both databases, so
    PostgreSQL and SQLite give the same results in the same order; beyond it, the database walks
    its date index for the newest matches (migrations 0004 and 0005).
    """
    postgres = connection.vendor == "postgresql"
    text = _tsquery(terms) if postgres else _fts5_query(terms)
    condition = " AND ".join([_match_sql(postgres), *where])
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.id FROM archive_searchentry e WHERE {condition} LIMIT {COUNT_CAP + 1}",
            [text, *params],
        )
        found = [row[0] for row in cursor.fetchall()]
        if len(found) > COUNT_CAP:
            if offset >= COUNT_CAP:
                return len(found), []
            return len(found), _newest(cursor, postgres, condition, [text, *params, limit, offset])
    return len(found), _ranked(found, terms)[offset : offset + limit]


def _match_sql(postgres: bool) -> str:
    if postgres:
        return "e.vector @@ %s::tsquery"
    # The matches as a set, so that SQLite can start from the filters' indexes when they are
    # narrower (a member's fora, a period) and only look the ids up in it.
    return "e.id IN (SELECT rowid FROM archive_search_fts WHERE archive_search_fts MATCH %s)"


def _newest(cursor: Any, postgres: bool, condition: str, params: list[Any]) -> list[int]:
    if not postgres:
        cursor.execute(_newest_sql(postgres, condition), params)
        return [row[0] for row in cursor.fetchall()]
    # Here there are more than COUNT_CAP matches, which PostgreSQL's estimate for a lexeme often
    # does not know (it can be off by two orders of magnitude): without bitmap scans it walks the
    # date index and stops after a page instead of collecting every match first.
    with transaction.atomic(using=connection.alias):
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(_newest_sql(postgres, condition), params)
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute("SET LOCAL enable_bitmapscan = on")
    return ids


def _newest_sql(postgres: bool, condition: str) -> str:
    """The newest matches first, walking the date index and stopping early."""
    if postgres:
        return (
            f"SELECT e.id FROM archive_searchentry e WHERE {condition} "
            "ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT %s OFFSET %s"
        )
    return (
        "SELECT e.id FROM archive_searchentry e INDEXED BY archive_entry_newest "
        f"WHERE {condition} ORDER BY e.date DESC, e.id DESC LIMIT %s OFFSET %s"
    )


def _ranked(ids: list[int], terms: list[tuple[str, ...]]) -> list[int]:
    """The ids by BM25 over their lemmas (a word in the title counts once more), newest first
    among equals. All matches hold every term, so the terms' rarity (idf) ranks nothing."""
    rows = list(SearchEntry.objects.filter(pk__in=ids).values_list("id", "title", "lemmas", "date"))
    if not rows:
        return []
    lengths = {pk: lemmas.count(" ") + 1 for pk, _t, lemmas, _d in rows}
    average = sum(lengths.values()) / len(lengths)
    scored = []
    for pk, title, lemmas, date in rows:
        padded, in_title = f" {lemmas} ", set(lemma_list(title))
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[pk] / average)
        score = 0.0
        for forms in terms:
            count = sum(padded.count(f" {form} ") for form in forms)
            score += count * (BM25_K1 + 1) / (count + norm) + bool(in_title.intersection(forms))
        scored.append((-score, -(date.toordinal() if date else 0), pk))
    return [pk for *_key, pk in sorted(scored)]


def search(
    user: Any,
    q: str,
    *,
    cluster: Any = None,
    with_predecessors: bool = False,
    forum: Any = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    item_kind: str | None = None,
    outcome: str | None = None,
    kinds: list[str] | None = None,
    page: int = 1,
    per_page: int = 20,
) -> SearchResults:
    """Search the archive as the user may see it. cluster and forum: instances or ids;
    with_predecessors widens the cluster to every body it carries on, transitively."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    page = max(1, page)
    results = SearchResults(query=q, page=page, per_page=per_page)
    terms = query_terms(q)
    if not terms or not user.is_authenticated:
        return results
    filters = {
        "cluster": cluster,
        "with_predecessors": with_predecessors,
        "forum": forum,
        "date_from": date_from,
        "date_to": date_to,
        "item_kind": item_kind,
        "outcome": outcome,
        "kinds": kinds,
    }
    where = _where(user, filters)
    if where is None:
        return results
    found, ids = _run(terms, *where, per_page, (page - 1) * per_page)
    results.total, results.more = min(found, COUNT_CAP), found > COUNT_CAP
    words = Words({form for forms in terms for form in forms})
    # Plain rows, not models: a page builds no model instances for its hits.
    rows = SearchEntry.objects.filter(pk__in=ids).values(*HIT_FIELDS)
    entries = {row["id"]: row for row in rows}
    results.hits = [_hit(entries[pk], words) for pk in ids if pk in entries]
    return results


# --- hits and snippets -------------------------------------------------------------------
KIND_NAMES = dict(SearchEntry.Kind.choices)


HIT_FIELDS = (
    "id",
    "kind",
    "title",
    "url",
    "body",
    "date",
    "item_kind",
    "closed",
    "forum__name",
    "cluster__name",
    "region__name",
)


def _hit(entry: dict[str, Any], words: Words) -> Hit:
    group = entry["cluster__name"] or entry["region__name"] or _("Other")
    return Hit(
        kind=entry["kind"],
        title=entry["title"],
        url=entry["url"],
        snippet=snippet(entry["body"], words),
        title_html=highlight(entry["title"], words),
        date=entry["date"],
        forum_name=entry["forum__name"] or "",
        cluster_name=group,
        item_kind=entry["item_kind"],
        closed=entry["closed"],
        kind_label=str(KIND_NAMES.get(entry["kind"], entry["kind"])),
        item_kind_label=str(KIND_LABELS.get(entry["item_kind"], "")),
    )


class Words:
    """Which words of the hits match the query's lemmas; each distinct word is looked up once
    per search, however many titles and snippets it appears in."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted
        self.known: dict[str, bool] = {}

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The words of the text that match, lazily: a snippet needs only the first one of a
        long attachment's text."""
        known = self.known
        for match in TOKEN_RE.finditer(text):
            word = match.group()
            found = known.get(word)
            if found is None:
                found = known[word] = self._match(word.lower())
            if found:
                yield match

    def _match(self, word: str) -> bool:
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            return False
        return bool(self.wanted.intersection(lemma(word)))


def _words(wanted: set[str] | Words) -> Words:
    return wanted if isinstance(wanted, Words) else Words(wanted)


def highlight(
    text: str, wanted: set[str] | Words, start: int = 0, end: int | None = None
) -> SafeString:
    """The text from start to end, HTML-escaped, with <mark> around the words that matched."""
    end = len(text) if end is None else end
    part = text[start:end]
    out, last = [], 0
    for match in _words(wanted).matches(part):
        out.append(escape(part[last : match.start()]))
        out.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    out.append(escape(part[last:]))
    return mark_safe("".join(out))


def snippet(body: str, wanted: set[str] | Words, size: int = SNIPPET_CHARS) -> SafeString:
    """About `size` characters of the body around its first match, highlighted."""
    body = " ".join(body.split())
    if not body:
        return mark_safe("")
    words = _words(wanted)
    found = next(words.matches(body), None)
    first = found.start() if found else 0
    start = max(0, first - size // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(body), start + size)
    if end < len(body):
        space = body.rfind(" ", start, end)
        end = space if space > first else end
    text = highlight(body, words, start, end)
    prefix = "… " if start else ""
    suffix = " …" if end < len(body) else ""
    return mark_safe(f"{prefix}{text}{suffix}")
