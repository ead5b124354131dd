"""Benchmark: how much of each document's structure the importer reads right, and how fast.

Run: .venv/bin/python bench/import_accuracy.py [FOLDER] [--show NAME]
(default FOLDER: bench/fixtures/archive; --show prints expected and read values of NAME's misses)

Every source in FOLDER (NAME.txt, .pdf, .docx or .html) with NAME.expected.json next to it (the
JSON of docs/archive-import.md) is read with read_document (extract → repair → segment), timed,
and compared field by field. Only the keys present in an expected file are scored: a key its
author left out was not checked. People are matched by name and substitute_for, in any order;
items are aligned by number and title (a missed or an extra item does not shift the others) and
compared by number, title, closed, recommendations and decisions, and by their other fields where
the expected file has them. Texts match when equal after folding case and whitespace, or nearly
equal (difflib ratio ≥ 0.9: an OCR slip is not a wrong field); a list entry missing or extra is
a miss. Prints the accuracy per field and per publisher (expected "publisher"; a document without
one, such as the seeds, is its own publisher), time and peak memory per document, the worst
documents, and last a summary line. Target: ≥ 95 % overall, no publisher below 85 %, each
import ≤ 1 s.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klynge.settings")

import django  # noqa: E402

django.setup()

from klynge.archive.importer.extract import UnreadableDocument  # noqa: E402
from klynge.archive.importer.pipeline import read_document  # noqa: E402
from klynge.archive.importer.repair import lexicon  # noqa: E402

SOURCE_SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm")
MEETING_FIELDS = ["document_kind", "date", "start_time", "end_time", "location", "leader"]
LIST_FIELDS = ["minute_takers"]
PEOPLE_FIELDS = ["participants", "apologies"]
PERSON_KEYS = ("name", "substitute_for")
ITEM_FIELDS = [
    "number", "title", "closed", "recommendations", "decisions", "kind", "start_time",
    "end_time", "presenter", "summary", "case_text", "minutes_text", "attachments",
]  # fmt: skip
# Compared exactly: a date one day off is wrong, however alike the strings look.
EXACT_FIELDS = {"document_kind", "date", "start_time", "end_time", "number", "closed", "kind"}
Score = dict[str, list[int]]  # field -> [matched, total]


def new_score() -> Score:
    return defaultdict(lambda: [0, 0])


def same(expected: Any, got: Any, exact: bool = False) -> bool:
    if isinstance(expected, dict):
        got = got if isinstance(got, dict) else {}
        return all(same(expected[k], got.get(k)) for k in PERSON_KEYS if k in expected)
    if exact or isinstance(expected, int) or expected is None:
        return expected == got or (expected is None and got == "")
    if expected == "" or got in (None, ""):
        return expected == "" and got in (None, "")
    a, b = (" ".join(str(x).split()).casefold() for x in (expected, got))
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


def add(score: Score, name: str, matched: int, total: int) -> None:
    score[name][0] += matched
    score[name][1] += total


def aligned(
    expected: list[Any], got: list[Any], similarity: Callable[[Any, Any], float]
) -> list[tuple[Any, Any | None]]:
    """Each expected entry with the found entry aligned to it (in order), or None."""
    rows, cols = len(expected), len(got)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            pair = similarity(expected[i], got[j])
            take = best[i + 1][j + 1] + pair if pair > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows:
        pair = similarity(expected[i], got[j]) if j < cols else 0
        if j < cols and pair > 0 and best[i][j] == best[i + 1][j + 1] + pair:
            pairs.append((expected[i], got[j]))
            i, j = i + 1, j + 1
        elif j < cols and best[i][j] == best[i][j + 1]:
            j += 1
        else:
            pairs.append((expected[i], None))
            i += 1
    return pairs


def add_texts(score: Score, name: str, expected: list[Any], got: list[Any]) -> None:
    """Ordered lists (recommendations, decisions, ...): the longest run of matching entries."""
    pairs = aligned(expected, got, lambda e, g: float(same(e, g)))
    add(score, name, sum(g is not None for _, g in pairs), max(len(expected), len(got)))


def add_people(score: Score, name: str, expected: list[Any], got: list[Any]) -> None:
    """People in any order: each expected person takes the first unused one who matches."""
    unused, matched = list(got), 0
    for person in expected:
        hit = next((p for p in unused if same(person, p)), None)
        if hit is not None:
            unused.remove(hit)
            matched += 1
    add(score, name, matched, max(len(expected), len(got)))


def item_similarity(want: dict[str, Any], have: dict[str, Any]) -> float:
    number = want.get("number") is not None and want.get("number") == have.get("number")
    title = same(want.get("title", ""), have.get("title"))
    return 2.0 * number + 1.0 * title


def weight(value: Any) -> int:
    return max(1, len(value)) if isinstance(value, list) else 1


def add_item(score: Score, want: dict[str, Any], have: dict[str, Any] | None) -> None:
    for name in ITEM_FIELDS:
        if name not in want:
            continue
        if have is None:  # an item the importer did not find: every field of it is missed
            add(score, f"item.{name}", 0, weight(want[name]))
        elif isinstance(want[name], list):
            add_texts(score, f"item.{name}", want[name], have.get(name) or [])
        else:
            exact = name in EXACT_FIELDS
            add(score, f"item.{name}", same(want[name], have.get(name), exact), 1)


def compare(expected: dict[str, Any], got: dict[str, Any]) -> Score:
    score = new_score()
    for name in MEETING_FIELDS:
        if name in expected:
            add(score, name, same(expected[name], got.get(name), name in EXACT_FIELDS), 1)
    for name in LIST_FIELDS:
        if name in expected:
            add_texts(score, name, expected[name], got.get(name) or [])
    for name in PEOPLE_FIELDS:
        if name in expected:
            add_people(score, name, expected[name], got.get(name) or [])
    if "items" in expected:
        items, found = expected["items"], got.get("items") or []
        add(score, "item_count", len(items) == len(found), 1)
        for want, have in aligned(items, found, item_similarity):
            add_item(score, want, have)
    return score


def total_of(score: Score) -> tuple[int, int]:
    return sum(m for m, _ in score.values()), sum(t for _, t in score.values())


def percent(matched: int, total: int) -> float:
    return 100 * matched / total if total else 100.0


def documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
            expected = path.with_suffix(".expected.json")
            if expected.exists():
                pairs.append((path, expected))
    return pairs


@dataclass
class Result:
    name: str
    publisher: str
    score: Score
    seconds: float
    peak_bytes: int = 0
    understood: bool | None = None
    error: str = ""
    parsed: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def percent(self) -> float:
        return percent(*total_of(self.score))


def read(data: bytes, name: str) -> tuple[dict[str, Any], bool | None, str]:
    try:
        parsed = read_document(data, name)
    except UnreadableDocument as error:
        return {}, False, str(error)
    understood = getattr(parsed, "understood", None)
    return parsed.to_json(), (understood() if callable(understood) else None), ""


def peak_memory(data: bytes, name: str) -> int:
    """The most memory reading the document held at once (tracemalloc; word list loaded before)."""
    tracemalloc.start()
    try:
        read(data, name)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run_one(path: Path, expected_path: Path) -> Result:
    data, expected = path.read_bytes(), json.loads(expected_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    parsed, understood, error = read(data, path.name)
    seconds = time.perf_counter() - started
    publisher = expected.get("publisher") or f"{path.stem} (seed)"
    return Result(
        path.name, publisher, compare(expected, parsed), seconds, peak_memory(data, path.name),
        understood, error, parsed, expected,
    )  # fmt: skip


def fraction(matched: int, total: int) -> str:
    return f"{matched}/{total} ({percent(matched, total):.1f} %)"


def print_document(result: Result) -> None:
    misses = ", ".join(f"{name} {m}/{t}" for name, (m, t) in sorted(result.score.items()) if m < t)
    flags = " NOT UNDERSTOOD" if result.understood is False else ""
    print(
        f"doc {result.name}: {fraction(*total_of(result.score))} {result.seconds:.3f} s "
        f"{result.peak_bytes / 1e6:.2f} MB{flags}" + (f"; misses: {misses}" if misses else "")
    )
    if result.error:
        print(f"doc {result.name}.error: {result.error}")


def print_misses(result: Result) -> None:
    """Expected and read values of every field that missed, for --show."""
    expected, got = result.expected, result.parsed
    for name in MEETING_FIELDS + LIST_FIELDS + PEOPLE_FIELDS:
        if name in expected and result.score[name][0] < result.score[name][1]:
            print(f"  {name}:\n    expected {expected[name]!r}\n    read     {got.get(name)!r}")
    if "items" in expected:
        for want, have in aligned(expected["items"], got.get("items") or [], item_similarity):
            single = new_score()
            add_item(single, want, have)
            wrong = [n for n, (m, t) in single.items() if m < t]
            if wrong:
                print(f"  item {want.get('number')} {want.get('title', '')!r}:")
                for name in wrong:
                    key = name.removeprefix("item.")
                    value = None if have is None else have.get(key)
                    print(f"    {key}: expected {want[key]!r}\n    {'':{len(key)}}  read {value!r}")
        titles = [(i.get("number"), i.get("title")) for i in got.get("items") or []]
        print(f"  items read: {titles!r}")
    if got.get("unplaced_text"):
        print(f"  unplaced_text: {got['unplaced_text'][:600]!r}")


def print_table(title: str, scores: dict[str, Score | tuple[int, int]]) -> None:
    print(f"\n{title}")
    for name, score in scores.items():
        matched, total = score if isinstance(score, tuple) else total_of(score)
        print(f"  {name:<48} {fraction(matched, total)}")


def summarise(results: list[Result]) -> None:
    per_field, per_publisher = new_score(), defaultdict(new_score)
    for result in results:
        for name, (matched, total) in result.score.items():
            add(per_field, name, matched, total)
            add(per_publisher[result.publisher], name, matched, total)
    print_table("per field:", {name: tuple(v) for name, v in per_field.items()})  # type: ignore[misc]
    print_table("per publisher:", dict(sorted(per_publisher.items())))
    seconds = [r.seconds for r in results]
    peaks = [r.peak_bytes / 1e6 for r in results]
    print(
        f"\ntime per document: median {statistics.median(seconds):.3f} s, "
        f"max {max(seconds):.3f} s ({max(results, key=lambda r: r.seconds).name})"
    )
    print(
        f"peak memory per document: median {statistics.median(peaks):.2f} MB, "
        f"max {max(peaks):.2f} MB"
    )
    print("\nworst documents:")
    for result in sorted(results, key=lambda r: r.percent)[:5]:
        print(f"  {result.name:<56} {fraction(*total_of(result.score))}")
    refused = [r.name for r in results if r.understood is False]
    if refused:
        print(f"not understood (would be refused): {len(refused)}: {', '.join(refused)}")
    lowest = min(per_publisher.items(), key=lambda kv: percent(*total_of(kv[1])))
    print(
        f"summary: {len(results)} documents, {len(per_publisher)} publishers, "
        f"{percent(*total_of(per_field)):.1f} % of fields right, lowest publisher "
        f"{lowest[0]} {percent(*total_of(lowest[1])):.1f} %, slowest import {max(seconds):.3f} s "
        f"(target ≥ 95 %, ≥ 85 %, ≤ 1 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=ROOT / "bench" / "fixtures" / "archive")
    parser.add_argument("--show", action="append", default=[], help="print the misses of NAME")
    options = parser.parse_args()
    started = time.perf_counter()
    lexicon()
    print(f"word_list_load_ms: {1000 * (time.perf_counter() - started):.0f}")
    results = []
    for path, expected_path in documents(Path(options.folder)):
        result = run_one(path, expected_path)
        results.append(result)
        print_document(result)
        if any(s in result.name for s in options.show):
            print_misses(result)
    if not results:
        sys.exit(f"no documents with an expected file in {options.folder}")
    summarise(results)


if __name__ == "__main__":
    main()
