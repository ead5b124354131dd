"""The wizard's pages: three steps, a confirmation, the report and its PDF."""

import json
import re
from urllib.parse import unquote

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from klynge.accounts.models import Role, RoleAssignment
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.organisation.models import Forum, OrganisationalChange
from klynge.organisation.tests.factories import MembershipFactory
from klynge.organisation.transition.forms import sign, unsign
from klynge.organisation.transition.services import run_transition

from .conftest import PASSWORD, plan
from .test_run_transition import snapshot


@pytest.fixture
def secretary_client(client, reform):
    client.force_login(reform.secretary)
    return client


def test_the_wizard_runs_to_the_report(secretary_client, reform):
    start = reverse("organisation:transition_start")
    response = secretary_client.get(start)
    assert response.status_code == 200
    assert "Midtklyngen" in response.content.decode()
    response = secretary_client.post(
        start,
        {
            "ending": [reform.cluster.pk],
            "takes_effect_on": "2027-01-01",
            "successor": reform.council.pk,
        },
    )
    assert response.status_code == 302
    fora_url = response["Location"]
    response = secretary_client.get(fora_url)
    assert response.status_code == 200
    response = secretary_client.post(
        fora_url,
        {
            "plan": unquote(fora_url.split("plan=")[1]),
            f"fate_{reform.steering.pk}": "carry:keep",
            f"fate_{reform.theme.pk}": "end",
            f"receiving_{reform.theme.pk}": "",
        },
    )
    assert response.status_code == 302
    preview_url = response["Location"]
    before = snapshot()
    page = secretary_client.get(preview_url).content.decode()
    assert snapshot() == before
    assert "580.000 kr." in page
    assert "180.000 kr." in page
    assert "Model for økonomistyring" in page
    token = re.search(r'name="plan" value="([^"]+)"', page).group(1)
    response = secretary_client.post(preview_url, {"plan": token})
    change = OrganisationalChange.objects.get()
    assert response["Location"] == reverse("organisation:transition_report", args=[change.pk])
    report = secretary_client.get(response["Location"]).content.decode()
    assert "Midtklyngen videreført i Sundhedsråd Midt" in report
    assert "580.000 kr." in report


def test_the_report_pdf_renders(secretary_client, reform):
    change = run_transition(plan(reform), reform.secretary)
    response = secretary_client.get(reverse("organisation:transition_report_pdf", args=[change.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_a_bad_step_one_shows_the_error_at_the_field(secretary_client, reform):
    response = secretary_client.post(
        reverse("organisation:transition_start"),
        {"ending": [reform.cluster.pk], "takes_effect_on": "2027-01-01"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["successor"] == ["Vælg et eksisterende sundhedsråd eller navngiv et nyt."]
    assert OrganisationalChange.objects.count() == 0


def test_a_user_who_manages_no_body_is_refused(client, reform, django_user_model):
    outsider = django_user_model.objects.create_user("udenfor", password=PASSWORD)
    client.force_login(outsider)
    assert client.get(reverse("organisation:transition_start")).status_code == 403
    url = reverse("organisation:transition_preview") + "?plan=" + sign(plan(reform))
    assert client.get(url).status_code == 403


def test_a_past_meeting_of_an_ended_forum_reads_the_same(secretary_client, reform):
    url = reverse("meetings:meeting", args=[reform.past_meeting.pk])

    def page() -> str:
        # The page's content; the header lists the bodies of the day, the successor included.
        html = secretary_client.get(url).content.decode()
        main = html[html.index('<main id="main-content"') : html.index("</main>")]
        return re.sub(r'(csrfmiddlewaretoken" value=|X-CSRFToken": )"[^"]+"', "", main)

    before = page()
    run_transition(plan(reform), reform.secretary)
    assert page() == before


def _grow(reform, n: int) -> None:
    for i in range(n):
        followup.save_action(
            Action(forum=reform.theme, title=f"Opgave {i}", responsible_forum=reform.steering)
        )
        followup.propose(reform.steering, f"Punkt {i}")
        MembershipFactory(forum=reform.steering, person__name=f"Medlem {i}")


def test_the_preview_page_has_a_fixed_number_of_queries(
    secretary_client, reform, django_assert_num_queries
):
    url = reverse("organisation:transition_preview") + "?plan=" + sign(plan(reform))
    secretary_client.get(url)
    with django_assert_num_queries(PREVIEW_QUERIES):
        assert secretary_client.get(url).status_code == 200
    _grow(reform, 5)
    with django_assert_num_queries(PREVIEW_QUERIES):
        assert secretary_client.get(url).status_code == 200


# 25 for the preview, 2 for the header (whether a fund or an agreement may be read, the
# user's fora).
PREVIEW_QUERIES = 27


def test_the_dry_run_command_changes_nothing(reform, tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan(reform).to_json()), encoding="utf-8")
    before = snapshot()
    call_command("transition", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert snapshot() == before
    assert "Puljernes restbeløb: 580.000 kr." in out
    assert "Åbne opfølgningspunkter der flyttes: 3" in out
    call_command("transition", str(path), "--user", "sekretariat")
    assert OrganisationalChange.objects.get().recorded_by == reform.secretary
    with pytest.raises(CommandError, match="allerede været igennem en overgang"):
        call_command("transition", str(path))


def test_the_command_refuses_a_malformed_plan(reform, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"ending": ["midtklyngen"], "takes_effect_on": "1. januar"}')
    with pytest.raises(CommandError, match="ÅÅÅÅ-MM-DD"):
        call_command("transition", str(path), "--dry-run")
    assert not Forum.objects.filter(continues__isnull=False).exists()


def test_a_new_council_gets_the_ending_bodies_parties_unless_chosen(secretary_client, reform):
    response = secretary_client.post(
        reverse("organisation:transition_start"),
        {
            "ending": [reform.cluster.pk],
            "takes_effect_on": "2027-01-01",
            "new_name": "Sundhedsråd Vest",
            "new_slug": "sundhedsraad-vest",
            "new_region": reform.cluster.region.pk,
        },
    )
    plan = unsign(unquote(response["Location"].split("plan=")[1]))
    assert sorted(plan.new_council.parties) == ["Hospitalsenhed Midt", "Viborg Kommune"]


def test_the_successors_secretariat_reads_the_report_and_others_of_the_council_do_not(
    client, reform, django_user_model
):
    change = run_transition(plan(reform), reform.secretary)
    url = reverse("organisation:transition_report", args=[change.pk])
    council = django_user_model.objects.create_user("raad", password="x")
    RoleAssignment.objects.create(user=council, role=Role.SECRETARIAT, cluster=reform.council)
    client.force_login(council)
    assert client.get(url).status_code == 200
    member = django_user_model.objects.create_user("medlem", password="x")
    RoleAssignment.objects.create(user=member, role=Role.MEMBER, cluster=reform.council)
    one_forum = django_user_model.objects.create_user("et-forum", password="x")
    carried = Forum.objects.get(continues=reform.steering)
    RoleAssignment.objects.create(user=one_forum, role=Role.SECRETARIAT, forum=carried)
    for refused in (member, one_forum):
        client.force_login(refused)
        assert client.get(url).status_code == 403, refused.username
