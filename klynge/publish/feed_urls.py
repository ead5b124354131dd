"""Feeds and calendars of the public site, for everyone (no login)."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path

from klynge.publish import calendars, feeds

app_name = "feeds"

urlpatterns = [
    path("feeds/fora/<slug:slug>/rss/", login_not_required(feeds.ForumFeed()), name="forum_rss"),
    path(
        "feeds/fora/<slug:slug>/atom/",
        login_not_required(feeds.ForumAtomFeed()),
        name="forum_atom",
    ),
    path(
        "feeds/klynger/<slug:slug>/rss/",
        login_not_required(feeds.ClusterFeed()),
        name="cluster_rss",
    ),
    path(
        "feeds/klynger/<slug:slug>/atom/",
        login_not_required(feeds.ClusterAtomFeed()),
        name="cluster_atom",
    ),
    path("kalender/fora/<slug:slug>.ics", calendars.forum_calendar, name="forum_ics"),
    path("kalender/klynger/<slug:slug>.ics", calendars.cluster_calendar, name="cluster_ics"),
]
