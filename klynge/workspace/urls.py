from django.urls import path

from . import review_urls, views

app_name = "workspace"

urlpatterns = [
    path("moeder/", views.meetings, name="meetings"),
]
urlpatterns += review_urls.urlpatterns
