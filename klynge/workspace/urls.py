from django.urls import path

from . import deadline_views, item_urls, review_urls, views

app_name = "workspace"

urlpatterns = [
    path("moeder/", views.meetings, name="meetings"),
    path("fora/<slug:slug>/frister/", deadline_views.forum_deadlines, name="forum_deadlines"),
]
urlpatterns += review_urls.urlpatterns
urlpatterns += item_urls.urlpatterns
