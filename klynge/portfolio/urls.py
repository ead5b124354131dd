from django.urls import path

from . import views

app_name = "portfolio"

urlpatterns = [
    path("klynger/<slug:slug>/", views.cluster_funds, name="cluster"),
    path("klyngemidler/<int:pk>/", views.fund_detail, name="fund"),
    path("klyngemidler/<int:pk>/klyngemidler.xlsx", views.fund_xlsx, name="fund_xlsx"),
    path("klyngemidler/<int:pk>/initiativer/nyt/", views.initiative_new, name="initiative_new"),
    path("initiativer/<int:pk>/", views.initiative_detail, name="initiative"),
    path("initiativer/<int:pk>/rediger/", views.initiative_edit, name="initiative_edit"),
    path("initiativer/<int:pk>/linjer/ny/", views.line_new, name="line_new"),
    path("linjer/<int:pk>/rediger/", views.line_edit, name="line_edit"),
]
