"""The search page: the box, the filters at their fields, results grouped by cluster."""

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from .test_search import archive  # noqa: F401 - the shared archive fixture

pytestmark = pytest.mark.django_db

READER_QUERIES = 11


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(reverse("search:search"), {"q": "kommissorium"})
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_the_empty_page_shows_the_box_and_no_results(client, archive):  # noqa: F811
    client.force_login(archive.admin)
    response = client.get(reverse("search:search"))
    assert response.status_code == 200
    assert b'name="q"' in response.content
    assert response.context["results"] is None


def test_inflected_forms_are_found_and_grouped_by_cluster(client, archive):  # noqa: F811
    client.force_login(archive.admin)
    response = client.get(reverse("search:search"), {"q": "kommissorier"})
    page = strip_tags(response.content.decode())
    labels = [label for label, _hits in response.context["results"].groups]
    assert set(labels) == {"Midtklyngen", "Vestklyngen"}
    assert "Kommissorium for arbejdsgruppen" in page
    assert "Kommissorier i klyngerne" in page
    assert "<mark>" in response.content.decode()
    # Markup from the case text is shown as text, never run.
    assert "<script>alert(1)</script>" not in page


def test_a_filter_narrows_the_results(client, archive):  # noqa: F811
    client.force_login(archive.admin)
    forum = archive.other_forum
    response = client.get(reverse("search:search"), {"q": "kommissorier", "forum": forum.pk})
    hits = response.context["results"].hits
    assert [hit.title for hit in hits] == ["Kommissorier i klyngerne"]


def test_a_period_ending_before_it_starts_is_an_error_at_the_field(client, archive):  # noqa: F811
    client.force_login(archive.admin)
    response = client.get(
        reverse("search:search"),
        {"q": "klynge", "date_from": "2025-01-01", "date_to": "2024-01-01"},
    )
    assert response.context["form"].errors["date_to"]
    assert response.context["results"] is None
    assert "form-error-message" in response.content.decode()


def test_closed_items_stay_out_for_a_cluster_member(client, archive):  # noqa: F811
    client.force_login(archive.reader)
    response = client.get(reverse("search:search"), {"q": "budget"})
    assert "Budget for klyngen" not in strip_tags(response.content.decode())
    client.force_login(archive.admin)
    response = client.get(reverse("search:search"), {"q": "budget"})
    assert "Budget for klyngen" in strip_tags(response.content.decode())


def test_the_number_of_queries_does_not_grow_with_the_hits(
    client,
    archive,  # noqa: F811
    django_assert_num_queries,
):
    client.force_login(archive.admin)
    # 8 for the page, 1 for the header (whether a fund or an agreement may be read)
    with django_assert_num_queries(9):
        client.get(reverse("search:search"), {"q": "klynge"})


def test_the_filters_keep_their_choices(client, archive):  # noqa: F811
    client.force_login(archive.admin)
    forum = archive.other_forum
    response = client.get(
        reverse("search:search"),
        {"q": "kommissorier", "forum": forum.pk, "item_kind": "decision", "kinds": ["item"]},
    )
    html = response.content.decode()
    assert f'<option value="{forum.pk}" selected>{forum.name}</option>' in html
    assert '<option value="decision" selected>' in html
    assert '<option value="" selected>' in html  # the cluster and the outcome: all
    assert 'name="kinds" value="item" class="form-checkbox" id="id_kinds_0" checked>' in html
    assert 'name="kinds" value="action" class="form-checkbox" id="id_kinds_1">' in html


@pytest.mark.parametrize("query", ["klynge", "kommissorier"])
def test_a_readers_number_of_queries_does_not_grow_with_the_hits(
    client,
    archive,  # noqa: F811
    django_assert_num_queries,
    query,
):
    client.force_login(archive.reader)
    client.get(reverse("search:search"), {"q": query})
    # The policy's answers for the reader (roles, fora, seats, exclusions), the matches, their
    # ranks, the page's hits, the form's fora and bodies, and the header's.
    with django_assert_num_queries(READER_QUERIES):
        client.get(reverse("search:search"), {"q": query})
