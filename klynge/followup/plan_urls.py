"""Addresses of the annual plan (årshjul); included into the "followup" namespace by urls.py."""

from klynge.organisation.body_urls import body_paths

from . import plan_views as views

urlpatterns = [
    *body_paths("{segment}/<slug:slug>/aarshjul/<int:year>/", views.annual_plan, "annual_plan"),
    *body_paths(
        "{segment}/<slug:slug>/aarshjul/<int:year>.ics", views.annual_plan_ics, "annual_plan_ics"
    ),
    *body_paths(
        "{segment}/<slug:slug>/aarshjul/<int:year>/forslag/",
        views.annual_plan_proposal,
        "annual_plan_proposal",
    ),
]
