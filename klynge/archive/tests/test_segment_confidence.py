"""The reader marks a field unsure when it came from a weak cue, and only then."""

from __future__ import annotations

from klynge.archive.importer.segment import segment

LABELLED = (
    "Referat\nSundhedsudvalget\nMødedato: 21-08-2012 kl. 14:00 - 16:00\nMødested: Rådhuset\n"
    "Afbud: Anne Holm\n\n1. Godkendelse af dagsorden\n\nBeslutning\n- Godkendt\n\n"
    "2. Beslutning: Budget\n\nIndstilling\n- at budgettet godkendes\n\nBeslutning\n- Godkendt\n"
)


def test_labelled_fields_and_evidenced_items_are_sure():
    meeting = segment(LABELLED)
    assert meeting.unsure_fields() == []
    assert [i.unsure_fields() for i in meeting.items] == [[], []]


def test_a_date_in_a_sentence_and_a_place_after_the_time_are_unsure():
    meeting = segment(
        "Udvalget holdt møde den 1. februar 2023 kl. 09:00 i Herning\n\n"
        "1. Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n2. Eventuelt\n"
    )
    assert (meeting.date, meeting.location) == ("2023-02-01", "Herning")
    assert {"date", "location"} <= set(meeting.unsure_fields())
    # The bare sentence taken for the decision.
    assert meeting.items[0].decisions == ["Dagsordenen blev godkendt."]
    assert "decisions" in meeting.items[0].unsure_fields()


def test_times_from_the_items_and_absences_from_prose_are_unsure():
    meeting = segment(
        "Referat\nMødedato: 21-08-2012\n\n1. Velkomst (kl. 10.00-10.15)\n\n"
        "Der var afbud fra Bo Berg.\n\n2. Eventuelt (kl. 10.15-10.30)\n"
    )
    assert (meeting.start_time, meeting.end_time) == ("10:00", "10:30")
    assert [p.name for p in meeting.apologies] == ["Bo Berg"]
    assert {"start_time", "end_time", "apologies"} <= set(meeting.unsure_fields())


def test_an_agenda_that_does_not_say_so_is_an_unsure_agenda():
    meeting = segment(
        "Sundhedsudvalget\nMødedato: 21-08-2012\n\n1. Velkomst\n2. Budget\n3. Eventuelt\n"
    )
    assert meeting.document_kind == "agenda"
    assert "document_kind" in meeting.unsure_fields()


def test_run_together_index_entries_without_a_heading_below_are_unsure():
    meeting = segment(
        "Dagsorden\nMødedato: 21-08-2012\n\n1. Velkomst 2. Budget for stier 3. Eventuelt\n"
    )
    assert [i.title for i in meeting.items] == ["Velkomst", "Budget for stier", "Eventuelt"]
    assert all("title" in i.unsure_fields() for i in meeting.items)
