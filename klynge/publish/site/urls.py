"""Addresses of the public site, under /offentlig/ (Danish, like the rest of Klynge)."""

from django.urls import path

from klynge.organisation.body_urls import body_paths

from . import views

app_name = "public"

urlpatterns = [
    path("", views.index, name="index"),
    path("regioner/<slug:slug>/", views.region, name="region"),
    *body_paths("{segment}/<slug:slug>/", views.cluster, "cluster"),
    *body_paths("{segment}/<slug:slug>/beslutninger/", views.decisions, "decisions"),
    *body_paths("{segment}/<slug:slug>/initiativer/", views.initiatives, "initiatives"),
    path("fora/<slug:slug>/", views.forum, name="forum"),
    path("fora/<slug:slug>/kommissorium/", views.terms, name="terms"),
    path("moeder/<int:pk>/", views.meeting, name="meeting"),
    path("moeder/<int:pk>/dagsorden.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("moeder/<int:pk>/referat.pdf", views.minutes_pdf, name="minutes_pdf"),
    path("moeder/<int:pk>/bilag/<int:attachment_pk>/", views.attachment, name="attachment"),
]
