"""OParl 1.1 at /oparl/v1.1/: the System object, its bodies, their lists and every object."""

from django.urls import path, register_converter

from . import views
from .keys import BodyKeyConverter, FileKeyConverter, OrganizationKeyConverter

app_name = "oparl"

register_converter(BodyKeyConverter, "oparl_body")
register_converter(OrganizationKeyConverter, "oparl_organization")
register_converter(FileKeyConverter, "oparl_file")

urlpatterns = [
    path("", views.system, name="system"),
    path("body/", views.bodies, name="bodies"),
    path("body/<oparl_body:key>/", views.body, name="body"),
    *[
        path(
            f"body/<oparl_body:key>/{what}/",
            views.body_list,
            {"what": what},
            name=f"body_{what}",
        )
        for what in views.BODY_LISTS
    ],
    path("organization/<oparl_organization:key>/", views.organization, name="organization"),
    path(
        "organization/<oparl_organization:key>/meeting/",
        views.organization_meeting,
        name="organization_meeting",
    ),
    path("person/<int:pk>/", views.person, name="person"),
    path("membership/<int:pk>/", views.membership, name="membership"),
    path("meeting/<int:pk>/", views.meeting, name="meeting"),
    path("location/<int:pk>/", views.location, name="location"),
    path("agendaitem/<int:pk>/", views.agenda_item, name="agenda_item"),
    path("paper/<int:pk>/", views.paper, name="paper"),
    path("consultation/<int:pk>/", views.consultation, name="consultation"),
    path("file/<oparl_file:key>/", views.file, name="file"),
    path("file/<oparl_file:key>/download/", views.file_download, name="file_download"),
]
