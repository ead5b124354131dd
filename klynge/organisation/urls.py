from django.urls import include, path

from . import views
from .body_urls import body_paths

app_name = "organisation"

urlpatterns = [
    path("", views.tree, name="tree"),
    path("regioner/<slug:slug>/", views.region_detail, name="region"),
    *body_paths("{segment}/<slug:slug>/", views.cluster_detail, "cluster"),
    *body_paths("{segment}/<slug:slug>/formandsrotation/", views.rotation_plan, "rotation"),
    *body_paths(
        "{segment}/<slug:slug>/formandsrotation/registrer/",
        views.rotation_register,
        "rotation_register",
    ),
    *body_paths(
        "{segment}/<slug:slug>/formandsrotation/<int:pk>/start/",
        views.rotation_start,
        "rotation_start",
    ),
    path("parter/<int:pk>/", views.organisation_detail, name="organisation"),
    path("personer/<int:pk>/", views.person_detail, name="person"),
    path("fora/<slug:slug>/", views.forum_detail, name="forum"),
    path("fora/<slug:slug>/sammensaetning/", views.composition, name="composition"),
    path("fora/<slug:slug>/historik/", views.forum_history, name="forum_history"),
    path("fora/<slug:slug>/medlemmer/ny/", views.membership_add, name="membership_add"),
    path("fora/<slug:slug>/medlemmer/<int:pk>/", views.membership_edit, name="membership_edit"),
    path(
        "fora/<slug:slug>/medlemmer/<int:pk>/afslut/", views.membership_end, name="membership_end"
    ),
    path(
        "fora/<slug:slug>/deltagerliste.xlsx",
        views.roster_export,
        {"fmt": "xlsx"},
        name="roster_xlsx",
    ),
    path(
        "fora/<slug:slug>/deltagerliste.csv", views.roster_export, {"fmt": "csv"}, name="roster_csv"
    ),
    path("fora/<slug:slug>/ad-hoc-gruppe/ny/", views.ad_hoc_new, name="ad_hoc_new"),
    path("fora/<slug:slug>/kommissorium/ny/", views.terms_new_version, name="terms_new"),
    path("fora/<slug:slug>/kommissorium/<int:version>/", views.terms_detail, name="terms"),
    path("fora/<slug:slug>/kommissorium/<int:version>.pdf", views.terms_pdf, name="terms_pdf"),
    path(
        "fora/<slug:slug>/kommissorium/<int:version>/rediger/",
        views.terms_edit,
        name="terms_edit",
    ),
    path(
        "fora/<slug:slug>/kommissorium/<int:version>/godkend/",
        views.terms_approve,
        name="terms_approve",
    ),
    path("overgang/", include("klynge.organisation.transition.urls")),
]
