from django.urls import path

from klynge.organisation.body_urls import body_paths

from . import views

app_name = "portfolio"

urlpatterns = [
    path("", views.index, name="index"),
    *body_paths("{segment}/<slug:slug>/", views.cluster_funds, "cluster"),
    path("klyngemidler/<int:pk>/", views.fund_detail, name="fund"),
    path("klyngemidler/<int:pk>/klyngemidler.xlsx", views.fund_xlsx, name="fund_xlsx"),
    path("klyngemidler/<int:pk>/initiativer/nyt/", views.initiative_new, name="initiative_new"),
    path("initiativer/<int:pk>/", views.initiative_detail, name="initiative"),
    path("initiativer/<int:pk>/rediger/", views.initiative_edit, name="initiative_edit"),
    path("initiativer/<int:pk>/linjer/ny/", views.line_new, name="line_new"),
    path("linjer/<int:pk>/rediger/", views.line_edit, name="line_edit"),
    path(
        "regioner/<slug:slug>/samarbejdsaftaler/",
        views.region_agreements,
        name="region_agreements",
    ),
    path("samarbejdsaftaler/<int:pk>/", views.agreement_detail, name="agreement"),
    path(
        "samarbejdsaftaler/<int:pk>/statusrapport/",
        views.agreement_report,
        name="agreement_report",
    ),
    path(
        "samarbejdsaftaler/<int:pk>/statusrapport.pdf",
        views.agreement_report_pdf,
        name="agreement_report_pdf",
    ),
    path("implementeringer/<int:pk>/", views.implementation_detail, name="implementation"),
    path("implementeringer/<int:pk>/statusrapporter/ny/", views.report_new, name="report_new"),
]
