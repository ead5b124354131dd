"""PostgreSQL's text search configuration klynge_danish (hunspell-da ahead of danish_stem)."""

from __future__ import annotations

from typing import Any

WORD_TOKENS = "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part"


def create_pg_configuration(cursor: Any) -> bool:
    """klynge_danish: hunspell-da ahead of danish_stem, or danish_stem alone. True if hunspell."""
    cursor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS klynge_danish")
    cursor.execute("DROP TEXT SEARCH DICTIONARY IF EXISTS danish_hunspell")
    cursor.execute("SAVEPOINT klynge_dictionary")
    try:
        cursor.execute(
            "CREATE TEXT SEARCH DICTIONARY danish_hunspell (TEMPLATE = ispell, "
            "DictFile = da_dk, AffFile = da_dk, StopWords = danish)"
        )
    except Exception:  # the files are missing or unreadable: Snowball only
        cursor.execute("ROLLBACK TO SAVEPOINT klynge_dictionary")
        hunspell = False
    else:
        cursor.execute("RELEASE SAVEPOINT klynge_dictionary")
        hunspell = True
    cursor.execute("CREATE TEXT SEARCH CONFIGURATION klynge_danish (COPY = pg_catalog.danish)")
    if hunspell:
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION klynge_danish ALTER MAPPING FOR {WORD_TOKENS} "
            "WITH danish_hunspell, danish_stem"
        )
    return hunspell
