"""Case texts and terms of reference: a list may follow its lead-in line directly, as Word's
rendering of the same text has it."""

from __future__ import annotations

from klynge.richtext import to_html


def test_a_list_right_after_its_lead_in_line_is_a_list():
    html = to_html("Gruppen skal:\n- sætte retning\n- drøfte midlerne")
    assert html.startswith("<p>Gruppen skal:</p>")
    assert "<ul>\n<li>sætte retning</li>\n<li>drøfte midlerne</li>\n</ul>" in html


def test_a_dash_inside_a_line_and_an_indented_line_stay_text():
    assert "<ul>" not in to_html("Budget 2025 - 2026\nsom aftalt")
    assert "<li>" not in to_html("Punkt:\n  - fortsat tekst")


def test_a_list_after_a_blank_line_is_unchanged():
    assert to_html("Tekst\n\n- a\n- b") == "<p>Tekst</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>"
