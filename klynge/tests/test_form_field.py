"""The shared form field template draws every kind of field in DKFDS's own markup, with the ids
Django's aria-describedby points at."""

from __future__ import annotations

import re

from django import forms
from django.template.loader import render_to_string

from klynge.organisation.forms import KlyngeFormMixin


class ExampleForm(KlyngeFormMixin, forms.Form):
    title = forms.CharField(label="Titel", help_text="Som på dagsordenen.")
    closed = forms.BooleanField(label="Lukket punkt", required=False, help_text="Kun for medlemmer")
    kind = forms.ChoiceField(
        label="Type", choices=[("a", "Beslutning"), ("b", "Orientering")], widget=forms.RadioSelect
    )
    fora = forms.MultipleChoiceField(
        label="Fora",
        choices=[("1", "Styregruppen"), ("2", "Temagruppen")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.style_widgets()


def field_html(form: forms.Form, name: str) -> str:
    return render_to_string("_form_field.html", {"field": form[name]})


def described_ids_exist(html: str) -> None:
    ids = set(re.findall(r'id="([^"]+)"', html))
    for described in re.findall(r'aria-describedby="([^"]+)"', html):
        assert set(described.split()) <= ids, (described, ids)


def test_a_check_box_sits_in_dkfds_form_group_checkbox_before_its_label():
    html = field_html(ExampleForm(), "closed")
    group = re.search(r'<div class="form-group-checkbox">(.*?)</div>', html, re.S)[1]
    assert re.match(r'\s*<input type="checkbox"[^>]*class="form-checkbox"', group)
    assert '<label class="form-label" for="id_closed">Lukket punkt</label>' in group
    described_ids_exist(html)


def test_radio_buttons_are_a_fieldset_of_dkfds_radios():
    form = ExampleForm({"kind": "b"})
    html = field_html(form, "kind")
    assert "<legend" in html and "Type" in html
    radios = re.findall(r'<div class="form-group-radio">\s*(<input[^>]*>)\s*<label', html)
    assert len(radios) == 2
    assert all('class="form-radio"' in radio and 'name="kind"' in radio for radio in radios)
    assert "checked" in radios[1] and "checked" not in radios[0]
    assert 'for="id_kind_1">Orientering</label>' in html


def test_multiple_check_boxes_are_a_fieldset_of_dkfds_check_boxes():
    html = field_html(ExampleForm({"fora": ["1"]}), "fora")
    boxes = re.findall(r'<div class="form-group-checkbox">\s*(<input[^>]*>)', html)
    assert len(boxes) == 2 and all('class="form-checkbox"' in box for box in boxes)
    assert "checked" in boxes[0] and "checked" not in boxes[1]


def test_errors_and_hints_carry_the_ids_the_input_points_at():
    form = ExampleForm({})
    form.is_valid()
    for name in ("title", "kind"):
        html = field_html(form, name)
        assert 'class="form-error-message"' in html
        described_ids_exist(html)
    assert 'id="id_title_helptext"' in field_html(form, "title")
