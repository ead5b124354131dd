from django.urls import path

from klynge.organisation.body_urls import body_paths

from . import views

app_name = "followup"

urlpatterns = [
    path("mine/", views.mine, name="mine"),
    *body_paths("{segment}/<slug:slug>/", views.cluster_overview, "cluster"),
    path("fora/<slug:slug>/handlinger/", views.forum_actions, name="forum_actions"),
    path("fora/<slug:slug>/handlinger/ny/", views.action_new, name="action_new"),
    path("handlinger/<int:pk>/", views.action_detail, name="action"),
    path("fora/<slug:slug>/kommende-punkter/", views.forum_backlog, name="backlog"),
    path("fora/<slug:slug>/kommende-punkter/ny/", views.backlog_new, name="backlog_new"),
    path("kommende-punkter/<int:pk>/dagsorden/", views.backlog_schedule, name="schedule"),
    path("kommende-punkter/<int:pk>/tilbagetraek/", views.backlog_withdraw, name="withdraw"),
    path("punkter/<int:item_pk>/videresend/", views.forward, name="forward"),
    path("punkter/<int:item_pk>/spor/", views.trail, name="trail"),
]

from . import plan_urls  # noqa: E402

urlpatterns += plan_urls.urlpatterns
