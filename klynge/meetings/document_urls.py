"""Addresses of a meeting's documents; included into the "meetings" namespace by urls.py."""

from django.urls import path

from . import document_views as views

urlpatterns = [
    path("<int:pk>/dagsorden.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("<int:pk>/dagsorden.docx", views.agenda_docx, name="agenda_docx"),
    path("<int:pk>/dagsordenspakke.pdf", views.agenda_pack, name="agenda_pack"),
    path("<int:pk>/referat.pdf", views.minutes_pdf, name="minutes_pdf"),
    path("<int:pk>/referat.docx", views.minutes_docx, name="minutes_docx"),
    path("<int:pk>/moede.ics", views.meeting_ics, name="meeting_ics"),
    path("kalender/<uuid:token>.ics", views.person_feed, name="person_feed"),
]
