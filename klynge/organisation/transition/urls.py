"""The transition wizard and its reports, under the organisation's namespace."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="transition_start"),
    path("fora/", views.fora, name="transition_fora"),
    path("forhaandsvisning/", views.preview, name="transition_preview"),
    path("<int:pk>/", views.report, name="transition_report"),
    path("<int:pk>.pdf", views.report_pdf, name="transition_report_pdf"),
]
