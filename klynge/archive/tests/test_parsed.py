"""ParsedMeeting: how sure the reader is of each field, and when it could not make sense of a
document at all."""

from klynge.archive.importer.parsed import (
    SURE,
    UNSURE,
    ParsedItem,
    ParsedMeeting,
    ParsedPerson,
)


def meeting(**values) -> ParsedMeeting:
    defaults = {
        "source": "referat.txt",
        "date": "2023-06-07",
        "items": [ParsedItem(1, "Godkendelse af dagsorden", decisions=["Godkendt."])],
    }
    return ParsedMeeting(**{**defaults, **values})


def test_a_field_is_sure_until_marked_unsure():
    parsed = meeting()
    assert not parsed.is_unsure("date")
    assert parsed.unsure_fields() == []
    parsed.mark_unsure("date", "location")
    parsed.items[0].mark_unsure("decisions")
    assert parsed.is_unsure("date") and parsed.is_unsure("location")
    assert parsed.unsure_fields() == ["date", "location"]
    assert parsed.fields_to_check() == 3
    parsed.mark_sure("date")
    assert parsed.unsure_fields() == ["location"]
    # "sure" written out counts as sure, as an absent field does.
    parsed.confidence["title"] = SURE
    assert parsed.unsure_fields() == ["location"]


def test_confidence_survives_the_json_round_trip():
    parsed = meeting(participants=[ParsedPerson("Jonas Dahl")])
    parsed.mark_unsure("start_time", "participants")
    parsed.items[0].mark_unsure("title")
    data = parsed.to_json()
    assert data["confidence"] == {"start_time": UNSURE, "participants": UNSURE}
    assert data["items"][0]["confidence"] == {"title": UNSURE}
    again = ParsedMeeting.from_json(data)
    assert again == parsed
    assert again.items[0].is_unsure("title")


def test_json_without_confidence_reads_as_all_sure():
    data = meeting().to_json()
    del data["confidence"]
    del data["items"][0]["confidence"]
    again = ParsedMeeting.from_json(data)
    assert again.fields_to_check() == 0


def test_each_meeting_has_its_own_confidence():
    first, second = ParsedMeeting(), ParsedMeeting()
    first.mark_unsure("date")
    assert not second.is_unsure("date")
    assert ParsedItem(1, "a").confidence is not ParsedItem(2, "b").confidence


def test_a_document_with_a_date_or_items_and_its_text_placed_is_understood():
    assert meeting().understood()
    assert meeting(date=None).understood()
    assert meeting(items=[], location="Regionshuset").understood()
    assert meeting().not_understood() == ""


def test_neither_date_nor_items_is_not_understood():
    parsed = meeting(date=None, items=[], location="Regionshuset", source="noter.txt")
    assert not parsed.understood()
    assert "noter.txt" in parsed.not_understood()
    assert "hverken fundet en mødedato eller punkter" in parsed.not_understood()


def test_most_of_the_text_unplaced_is_not_understood():
    placed = meeting()  # about 35 letters placed: title and decision
    placed.unplaced_text = "x" * 50  # more than half, less than two thirds
    assert 0.5 < placed.unplaced_share() < 2 / 3
    assert placed.understood()
    placed.unplaced_text = "Menu  Forside  Søg\n" + "tekst " * 20
    assert placed.unplaced_share() > 2 / 3
    assert not placed.understood()
    assert "% af teksten kunne ikke placeres" in placed.not_understood()


def test_spaces_do_not_count_as_text():
    parsed = meeting(items=[ParsedItem(1, "abcd")], unplaced_text="a b c\n\n\n        d e")
    assert parsed.unplaced_share() == 5 / 9
