"""Feeds and calendars of the public site, for everyone (no login)."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path

from klynge.organisation.body_urls import body_paths
from klynge.publish import calendars, feeds

app_name = "feeds"

urlpatterns = [
    path("feeds/fora/<slug:slug>/rss/", login_not_required(feeds.ForumFeed()), name="forum_rss"),
    path(
        "feeds/fora/<slug:slug>/atom/",
        login_not_required(feeds.ForumAtomFeed()),
        name="forum_atom",
    ),
    *body_paths(
        "feeds/{segment}/<slug:slug>/rss/", login_not_required(feeds.ClusterFeed()), "cluster_rss"
    ),
    *body_paths(
        "feeds/{segment}/<slug:slug>/atom/",
        login_not_required(feeds.ClusterAtomFeed()),
        "cluster_atom",
    ),
    path("kalender/fora/<slug:slug>.ics", calendars.forum_calendar, name="forum_ics"),
    *body_paths("kalender/{segment}/<slug:slug>.ics", calendars.cluster_calendar, "cluster_ics"),
]
