from pathlib import Path

import pytest

from klynge import language
from klynge.archive.importer import repair
from klynge.archive.search import lemma
from klynge.meetings.tests.conftest import steering  # noqa: F401 - shared fixture


def _forget_dictionary() -> None:
    for cached in (lemma.hunspell, lemma.lemma, repair.lexicon, repair._repair_word):
        cached.cache_clear()


@pytest.fixture
def no_danish_dictionary(settings, monkeypatch, tmp_path: Path):
    """A machine without the Danish dictionary: an empty folder in the setting, no Debian files."""
    settings.KLYNGE_DANISH_DICTIONARY_DIR = tmp_path
    monkeypatch.setattr(language, "DEBIAN_DICTIONARY_DIRS", ())
    _forget_dictionary()
    yield
    _forget_dictionary()
