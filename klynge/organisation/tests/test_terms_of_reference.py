"""Terms of reference: versions, the document as HTML and PDF, and the ad hoc template."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader

from klynge.organisation import services
from klynge.organisation.models import Forum, Membership, TermsOfReference

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, secretary):
    client.force_login(secretary)
    return client


def test_terms_page_and_pdf_hold_the_sections(logged_in, midt):
    terms = midt.forum.current_terms()
    terms.tasks = "- Implementeringen af samarbejdsaftaler i regi af sundhedsaftalen"
    terms.save()
    html = logged_in.get(terms.get_absolute_url()).content.decode()
    assert "Formål" in html
    assert "Implementeringen af samarbejdsaftaler" in html
    assert "2–4" in html and "chef-/lederrepræsentanter" in html
    assert "Hent som PDF" in html

    response = logged_in.get(reverse("organisation:terms_pdf", args=[midt.forum.slug, 1]))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Kommissorium for temagrupper" in text
    assert "Implementeringen af samarbejdsaftaler" in text
    assert "Voksentemagruppen for somatik" in text


def test_approved_terms_are_not_edited_in_place(midt):
    terms = midt.forum.current_terms()
    terms.purpose = "Ændret"
    with pytest.raises(ValidationError):
        services.save_terms(terms)
    assert TermsOfReference.objects.get(pk=terms.pk).purpose == "At sikre implementering."


def test_new_version_then_approval_supersedes_and_keeps_the_seats(midt):
    draft = services.new_terms_version(midt.forum)
    assert draft.version == 2 and draft.status == TermsOfReference.Status.DRAFT
    assert draft.rules.count() == 2
    draft.purpose = "Nyt formål"
    services.save_terms(draft)
    services.approve_terms(draft, datetime.date(2025, 3, 1), "Klyngestyregruppen")
    first = midt.forum.terms.get(version=1)
    assert first.status == TermsOfReference.Status.SUPERSEDED
    assert first.superseded_on == datetime.date(2025, 3, 1)
    forum = Forum.objects.get(pk=midt.forum.pk)
    assert forum.current_terms().version == 2
    seat = Membership.objects.get(person__name="Trine Brøcker")
    assert seat.rule.terms_id == draft.pk


def test_only_one_draft_at_a_time(midt):
    services.new_terms_version(midt.forum)
    with pytest.raises(ValidationError):
        services.new_terms_version(midt.forum)


def test_ad_hoc_group_starts_from_the_six_section_template(logged_in, midt):
    response = logged_in.post(
        reverse("organisation:ad_hoc_new", args=[midt.forum.slug]),
        {"name": "Ad hoc-gruppe om skrøbelighedsscore", "established_on": "2025-02-01"},
    )
    group = Forum.objects.get(name="Ad hoc-gruppe om skrøbelighedsscore")
    assert response.status_code == 302
    assert response["Location"] == reverse("organisation:terms_edit", args=[group.slug, 1])
    assert group.reports_to == midt.forum
    assert group.kind == Forum.Kind.AD_HOC
    terms = group.terms.get()
    assert terms.status == TermsOfReference.Status.DRAFT
    headings = [text.splitlines()[0] for _, text in terms.sections()]
    assert headings == [
        "1. Formål med gruppens arbejde",
        "2. Opgaver, herunder:",
        "3. Formandskab og gruppens sammensætning",
        "4. Tidsplan, herunder:",
        "5. Kommunikationsplan, herunder:",
        "6. Afslutning",
    ]
    assert "Inddragelse af patient- og pårørendeperspektivet" in terms.tasks


def test_ad_hoc_group_name_must_be_new(logged_in, midt):
    response = logged_in.post(
        reverse("organisation:ad_hoc_new", args=[midt.forum.slug]),
        {"name": "Voksentemagruppen for somatik"},
    )
    assert "Der findes allerede et forum med det navn." in response.content.decode()


def test_edit_and_approve_a_draft_through_the_screens(logged_in, midt):
    draft = services.new_terms_version(midt.forum)
    edit = reverse("organisation:terms_edit", args=[midt.forum.slug, draft.version])
    response = logged_in.post(edit, {"title": "Kommissorium 2025", "purpose": "Nyt formål"})
    assert response.status_code == 302
    approve = reverse("organisation:terms_approve", args=[midt.forum.slug, draft.version])
    response = logged_in.post(
        approve, {"approved_on": "2025-03-01", "approved_by": "Formandskabet"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.title) == (TermsOfReference.Status.APPROVED, "Kommissorium 2025")
    assert logged_in.get(edit).status_code == 302  # approved: sent back to the document
