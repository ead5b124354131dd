"""The forum page: members by party, chairs, composition check, terms; fixed query count."""

import pytest
from django.urls import reverse

from klynge.organisation.models import Membership

from .factories import MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, secretary):
    client.force_login(secretary)
    return client


def test_forum_page_shows_members_by_party_and_the_check(logged_in, midt):
    MembershipFactory(
        forum=midt.forum,
        party=midt.he_midt,
        role=Membership.Role.CO_CHAIR,
        person=PersonFactory(name="Karen Rabens Kudsk"),
    )
    response = logged_in.get(midt.forum.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Trine Brøcker" in html
    assert "Karen Rabens Kudsk" in html
    assert "Skive Kommune" in html
    assert "1 af 2–4" in html
    assert "Tilføj medlem" in html


def test_forum_page_query_count_does_not_grow_with_members(
    logged_in, midt, many_members, django_assert_num_queries
):
    url = midt.forum.get_absolute_url()
    logged_in.get(url)  # warm the session and caches
    with django_assert_num_queries(QUERIES):
        logged_in.get(url)
    many_members(30)
    with django_assert_num_queries(QUERIES):
        response = logged_in.get(url)
    assert response.content.decode().count("Medlem 2") >= 1


# session, user, forum (with cluster, region, superior, the forum it carries on), the fora that
# carry it on, memberships (with people, parties, rules, born-seat fora), terms, their rules, the
# rules' parties, reporting fora, cluster parties, and the permission check; the header's four
# (the user's roles and their cluster's fora, whether a fund or an agreement may be read, the
# user's fora).
QUERIES = 15


def test_anonymous_is_sent_to_login(client, midt):
    response = client.get(midt.forum.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_reader_sees_no_edit_buttons(client, midt, django_user_model):
    reader = django_user_model.objects.create_user("laeser", password="klynge-test-password")
    reader.roles.create(role="reader", cluster=midt.cluster)
    client.force_login(reader)
    html = client.get(midt.forum.get_absolute_url()).content.decode()
    assert "Trine Brøcker" in html
    assert "Tilføj medlem" not in html
    add = client.get(reverse("organisation:membership_add", args=[midt.forum.slug]))
    assert add.status_code == 403


def test_unknown_forum_is_404(logged_in):
    assert logged_in.get(reverse("organisation:forum", args=["findes-ikke"])).status_code == 404


def test_tree_shows_reporting_lines(logged_in, midt):
    from .factories import ForumFactory

    ForumFactory(
        cluster=midt.cluster, name="Ad hoc-gruppe om skrøbelighed", reports_to=midt.forum, slug="x"
    )
    html = logged_in.get(reverse("organisation:tree")).content.decode()
    html = html[html.index('<main id="main-content"') :]  # the header lists one's fora by name
    assert html.index("Voksentemagruppen for somatik") < html.index("Ad hoc-gruppe om skrøbelighed")
    assert "Midtklyngen" in html


def test_tree_query_count_does_not_grow_with_fora(logged_in, midt, django_assert_num_queries):
    from .factories import ClusterFactory, ForumFactory

    url = reverse("organisation:tree")
    logged_in.get(url)
    # session, user, regions, clusters, cluster fora, region-level fora, and the regions' and
    # clusters' organisational changes in and out (none here; lineage pages pin them with data);
    # the header's four
    with django_assert_num_queries(14):
        logged_in.get(url)
    for n in range(5):
        cluster = ClusterFactory(region=midt.cluster.region)
        parent = ForumFactory(cluster=cluster)
        ForumFactory(cluster=cluster, reports_to=parent)
        ForumFactory(cluster=None, region=midt.cluster.region, name=f"Udvalg {n}")
    with django_assert_num_queries(14):
        response = logged_in.get(url)
    assert "Udvalg 4" in response.content.decode()
