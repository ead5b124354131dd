"""The seed minutes as the tests read them: copies kept in the repository (bench/fixtures)."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "bench" / "fixtures" / "archive"
SEED_003 = FIXTURES / "003_midtklyngen_2023-06-07.txt"
SEED_004 = FIXTURES / "004_lillebaelt_2025-02-26.txt"
