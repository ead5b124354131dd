"""Benchmark: how much of each document's structure the importer reads right, and how fast.

Run: .venv/bin/python bench/import_accuracy.py [FOLDER]   (default: bench/fixtures/archive)

Every document in FOLDER with an expected file next to it (NAME.expected.json, the JSON of
docs/archive-import.md) is read with read_document (extract → repair → segment), timed, and
compared field by field. Texts match when they are equal after folding case and whitespace, or
nearly equal (difflib ratio ≥ 0.9: an OCR slip is not a wrong field). Lists are compared position
by position; a missing or extra entry counts as a miss. Prints `name: value` lines per document
and overall, the last line a summary. Target: seed 004 imports in ≤ 1 s.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import time
from collections import defaultdict
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

MEETING_FIELDS = ["date", "start_time", "end_time", "location", "leader"]
PEOPLE_FIELDS = ["minute_takers", "participants", "apologies"]
ITEM_FIELDS = [
    "number", "title", "kind", "start_time", "end_time", "presenter", "summary", "case_text",
    "recommendations", "minutes_text", "decisions", "attachments",
]  # fmt: skip
Score = dict[str, list[int]]  # field -> [matched, total]


def same(expected: Any, got: Any) -> bool:
    if isinstance(expected, dict):
        return all(same(v, (got or {}).get(k)) for k, v in expected.items() if k == "name")
    if expected in (None, "") or got in (None, ""):
        return expected in (None, "") and got in (None, "")
    a, b = (" ".join(str(x).split()).casefold() for x in (expected, got))
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


def add(score: Score, name: str, matched: int, total: int) -> None:
    score[name][0] += matched
    score[name][1] += total


def add_list(score: Score, name: str, expected: list[Any], got: list[Any]) -> None:
    matched = sum(same(e, g) for e, g in zip(expected, got, strict=False))
    add(score, name, matched, max(len(expected), len(got)))


def weight(value: Any) -> int:
    return max(1, len(value)) if isinstance(value, list) else 1


def compare(expected: dict[str, Any], got: dict[str, Any]) -> Score:
    score: Score = defaultdict(lambda: [0, 0])
    for name in MEETING_FIELDS:
        add(score, name, same(expected[name], got.get(name)), 1)
    for name in PEOPLE_FIELDS:
        add_list(score, name, expected[name], got.get(name) or [])
    items, found = expected["items"], got.get("items") or []
    add(score, "item_count", len(items) == len(found), 1)
    for want, have in zip(items, found + [{}] * (len(items) - len(found)), strict=False):
        for name in ITEM_FIELDS:
            if not have:  # an item the importer did not find: every field of it is missed
                add(score, f"item.{name}", 0, weight(want[name]))
            elif isinstance(want[name], list):
                add_list(score, f"item.{name}", want[name], have.get(name) or [])
            else:
                add(score, f"item.{name}", same(want[name], have.get(name)), 1)
    return score


def percent(matched: int, total: int) -> str:
    return f"{100 * matched / total:.1f}" if total else "n/a"


def documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".expected.json") or path.suffix == ".py" or not path.is_file():
            continue
        for candidate in (path.with_suffix(".expected.json"), Path(f"{path}.expected.json")):
            if candidate.exists():
                pairs.append((path, candidate))
                break
    return pairs


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "fixtures" / "archive"
    started = time.perf_counter()
    lexicon()
    print(f"word_list_load_ms: {1000 * (time.perf_counter() - started):.0f}")
    overall: Score = defaultdict(lambda: [0, 0])
    slowest = 0.0
    pairs = documents(folder)
    for path, expected_path in pairs:
        data = path.read_bytes()
        started = time.perf_counter()
        try:
            parsed = read_document(data, path.name).to_json()
        except UnreadableDocument as error:
            print(f"{path.name}.error: {error}")
            parsed = {}
        seconds = time.perf_counter() - started
        slowest = max(slowest, seconds)
        score = compare(json.loads(expected_path.read_text(encoding="utf-8")), parsed)
        print(f"{path.name}.import_s: {seconds:.3f}")
        for name, (matched, total) in score.items():
            print(f"{path.name}.{name}: {matched}/{total} ({percent(matched, total)} %)")
            add(overall, name, matched, total)
    for name, (matched, total) in overall.items():
        print(f"overall.{name}: {matched}/{total} ({percent(matched, total)} %)")
    matched = sum(m for m, _ in overall.values())
    total = sum(t for _, t in overall.values())
    print(
        f"summary: {len(pairs)} documents, {percent(matched, total)} % of fields right, "
        f"slowest import {slowest:.3f} s (target ≤ 1 s)"
    )


if __name__ == "__main__":
    main()
