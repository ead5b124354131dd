from django.urls import path

from . import views

app_name = "archive"

urlpatterns = [
    path("import/", views.import_upload, name="import"),
    path("import/forhaandsvisning/", views.import_preview, name="import_preview"),
    path("kilder/<int:pk>/", views.source_detail, name="source"),
    path("kilder/<int:pk>/fil/", views.source_download, name="source_download"),
]
