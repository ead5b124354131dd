"""Addresses of the annual plan (årshjul); included into the "followup" namespace by urls.py."""

from django.urls import path

from . import plan_views as views

urlpatterns = [
    path("klynger/<slug:slug>/aarshjul/<int:year>/", views.annual_plan, name="annual_plan"),
    path(
        "klynger/<slug:slug>/aarshjul/<int:year>.ics", views.annual_plan_ics, name="annual_plan_ics"
    ),
    path(
        "klynger/<slug:slug>/aarshjul/<int:year>/forslag/",
        views.annual_plan_proposal,
        name="annual_plan_proposal",
    ),
]
