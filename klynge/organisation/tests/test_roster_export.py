"""The roster seed 000 asks each chair to send: name, title, workplace, e-mail, role."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from klynge.organisation.models import Membership

from .factories import MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roster(client, secretary, midt):
    client.force_login(secretary)
    chair = PersonFactory(
        name="Ellen Høstrup", title="sygeplejefaglig konsulent", email="ellen@silkeborg.dk"
    )
    chair.organisation = midt.silkeborg
    chair.save()
    MembershipFactory(
        forum=midt.forum,
        person=chair,
        party=midt.silkeborg,
        role=Membership.Role.CHAIR,
        is_contact=True,
    )
    return client


def test_xlsx_roster(roster, midt):
    response = roster.get(reverse("organisation:roster_xlsx", args=[midt.forum.slug]))
    assert response["Content-Disposition"].startswith('attachment; filename="deltagerliste-')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Voksentemagruppen for somatik"
    assert rows[2][:5] == ["Navn", "Titel", "Arbejdsplads", "E-mail", "Telefon"]
    assert rows[3][:4] == [
        "Ellen Høstrup",
        "sygeplejefaglig konsulent",
        "Silkeborg Kommune",
        "ellen@silkeborg.dk",
    ]
    assert rows[3][5] == "Formand" and rows[3][7] == "Ja"
    assert rows[4][0] == "Trine Brøcker"


def test_csv_roster_opens_in_danish_excel(roster, midt):
    response = roster.get(reverse("organisation:roster_csv", args=[midt.forum.slug]))
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffNavn;Titel;Arbejdsplads;E-mail")
    assert "Ellen Høstrup;sygeplejefaglig konsulent;Silkeborg Kommune;ellen@silkeborg.dk" in text
