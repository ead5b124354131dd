"""OCR repair of Danish: damaged words become the word meant; valid words and names stay."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from klynge import language
from klynge.archive.importer import repair
from klynge.archive.importer.repair import repair_text, repair_with_report

FIXTURES = Path(__file__).resolve().parents[3] / "bench" / "fixtures" / "archive"
SEED_003 = FIXTURES / "003_midtklyngen_2023-06-07.txt"
SEED_004 = FIXTURES / "004_lillebaelt_2025-02-26.txt"


@pytest.fixture(autouse=True, scope="module")
def _the_dictionary_alone():
    """The repair works from the project's dictionary alone: Debian's wdanish is optional."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language, "DEBIAN_WORD_LIST", Path("/nonexistent/danish"))
        repair.lexicon.cache_clear()
        repair._repair_word.cache_clear()
        yield
    repair.lexicon.cache_clear()
    repair._repair_word.cache_clear()


# The examples, then words as seed 003 prints them.
DAMAGED = {
    "mgde": "møde",
    "drgfter": "drøfter",
    "Igbet": "løbet",
    "m@de": "møde",
    "direktgr": "direktør",
    "laegefaglig": "lægefaglig",
    "lzegefaglig": "lægefaglig",
    "pa": "på",
    "gkonomi": "økonomi",
    "forelgbige": "foreløbige",
    "bgrn": "børn",
    "fremgar": "fremgår",
    "s&": "så",
    "p&": "på",
    "Mgdeleder": "Mødeleder",
    "Mgdelokale": "Mødelokale",
    "mgdeforberedelse": "mødeforberedelse",
    "klyngestyregruppemgder": "klyngestyregruppemøder",
    "gkonomistyring": "økonomistyring",
    "gvrige": "øvrige",
    "@vrige": "øvrige",
    "ogsa": "også",
    "0gsd": "også",
    "veere": "være",
    "vaere": "være",
    "opmaerksomhedspunkter": "opmærksomhedspunkter",
    "praesentationsrunde": "præsentationsrunde",
    "pargrende": "pårørende",
    "hjzelpemidler": "hjælpemidler",
    "nedenstdende": "nedenstående",
    "sdledes": "således",
    "akutomr8det": "akutområdet",
    "R&dhuset": "Rådhuset",
    "radighed": "rådighed",
    "handtere": "håndtere",
    "faet": "fået",
    "3bnet": "åbnet",
    "s3": "så",
    "cheflaege": "cheflæge",
    "speciallzeger": "speciallæger",
    "tveersektoriel": "tværsektoriel",
    "iszer": "især",
    "Hgringsversion": "Høringsversion",
    "understgtte": "understøtte",
    "direktar": "direktør",
    "opfalgning": "opfølgning",
    "droftelserne": "drøftelserne",
    "Igsninger": "løsninger",
    "KLYNGESTYREGRUPPEM@DE": "KLYNGESTYREGRUPPEMØDE",
}

VALID = [
    "Viborg", "Gimm", "data", "Kudsk", "januar", "Midtklyngen", "klyngestyregruppen",
    "godkender", "dagsordenen", "Silkeborg", "Andreassen", "Tele-KOL", "PLO", "NLPS", "vare",
    "far", "sag", "gode", "bagland", "Mette", "Kvist", "Hospitalsenhed", "Lillebælt", "møde",
]  # fmt: skip


@pytest.mark.parametrize(("damaged", "meant"), DAMAGED.items())
def test_damaged_word_is_repaired(damaged, meant):
    assert repair_text(f"Der er {damaged} i dag") == f"Der er {meant} i dag"


@pytest.mark.parametrize("word", VALID)
def test_valid_words_and_names_stay(word):
    text = f"Der er {word} i dag"
    assert repair_text(text) == text


def test_year_after_a_number_but_not_inside_words():
    assert repair_text("udvides fra 2 til 4 ar, fra januar") == "udvides fra 2 til 4 år, fra januar"
    assert repair_text("de 2-3rige perioder og 4-3rige") == "de 2-årige perioder og 4-årige"


def test_numbers_mails_and_urls_stay():
    text = "kl. 08:30, tlf. 7844 1416, kataim@rm.dk, https://dagsorden.rm.dk/vis?id=2214320e-c356"
    assert repair_text(text) == text


def test_word_hyphenated_over_a_line_break_is_repaired_whole():
    text, changes = repair_with_report("vi skal vaere opmaerksomheds-\npunkter og ho-\nspitalet")
    assert text == "vi skal være opmærksomheds-\npunkter og ho-\nspitalet"
    assert changes == [("vaere", "være"), ("opmaerksomheds", "opmærksomheds")]


def test_report_lists_every_change_in_order():
    text, changes = repair_with_report("Mgdeleder: Mette. Status pa mgdet.")
    assert text == "Mødeleder: Mette. Status på mødet."
    assert changes == [("Mgdeleder", "Mødeleder"), ("pa", "på"), ("mgdet", "mødet")]


def test_clean_seed_004_is_left_alone():
    text = SEED_004.read_text(encoding="utf-8")
    repaired, changes = repair_with_report(text)
    print(f"seed 004 changes: {len(changes)}")
    assert len(changes) <= 3, changes
    assert len(repaired) - len(text) == 0 or len(changes) > 0


def test_ocr_seed_003_is_repaired():
    text = SEED_003.read_text(encoding="utf-8")
    repaired, changes = repair_with_report(text)
    print(f"seed 003 changes: {len(changes)}")
    assert len(changes) > 400
    assert "mgde" not in repaired.lower().split()
    assert "Mødeleder: Mette Andreassen" in repaired
    assert "Igbet af 2023" not in repaired and "løbet af 2023" in repaired


def test_missing_dictionary_leaves_text_unchanged(no_danish_dictionary, caplog):
    with caplog.at_level(logging.WARNING, logger=repair.__name__):
        assert repair_text("et mgde pa") == "et mgde pa"
        assert repair_text("et mgde pa") == "et mgde pa"
    assert len([r for r in caplog.records if "dictionary is missing" in r.getMessage()]) == 1


# A clean page's text: more than enough everyday words to tell it from a scan.
CLEAN = (
    "Forretningsudvalget holdt møde i Regionsgården i Hillerød. Til stede var Kirsten Lee, "
    "Jørgen Juel Bragge og Anne Holm. Udvalget drøftede planen for ejendommen Maglemølle 74 og "
    "godkendte budgettet for det kommende år uden bemærkninger fra medlemmerne. Formanden "
    "orienterede om arbejdet i den tværsektorielle styregruppe, hvor kommunerne og hospitalet "
    "har aftalt en fælles plan for genoptræning efter udskrivning. Planen sendes i høring hos "
    "handicaprådet og ældrerådet, inden den forelægges til endelig godkendelse på næste møde i "
    "udvalget. Sekretariatet udsender materialet senest en uge før mødet, og medlemmerne kan "
    "stille spørgsmål til forvaltningen undervejs. Der var ingen punkter under eventuelt."
)


def test_a_clean_text_keeps_its_names_and_borrowed_words():
    assert repair_with_report(CLEAN) == (CLEAN, [])


def test_a_clean_text_still_loses_ocr_marks():
    repaired, changes = repair_with_report(CLEAN.replace("holdt møde", "holdt m@de"))
    assert changes == [("m@de", "møde")]
    assert repaired == CLEAN


def test_a_scan_with_many_damaged_words_is_repaired_throughout():
    scan = CLEAN.replace("møde", "mgde").replace(" på ", " pa ").replace("før", "fgr")
    changes = repair_with_report(scan)[1]
    assert ("mgde", "møde") in changes and ("pa", "på") in changes and ("fgr", "før") in changes
