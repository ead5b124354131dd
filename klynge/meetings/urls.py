from django.urls import path

from . import document_urls, views

app_name = "meetings"

urlpatterns = [
    path("fora/<slug:slug>/", views.forum_meetings, name="forum_meetings"),
    path("fora/<slug:slug>/nyt/", views.meeting_new, name="meeting_new"),
    path("<int:pk>/", views.meeting_detail, name="meeting"),
    path("<int:pk>/hele/", views.meeting_whole, name="whole"),
    path("<int:pk>/rediger/", views.meeting_edit, name="meeting_edit"),
    path("<int:pk>/naeste-trin/", views.meeting_step, name="meeting_step"),
    path("<int:pk>/punkter/nyt/", views.item_edit, name="item_new"),
    path("<int:pk>/punkter/<int:item_pk>/", views.item_edit, name="item_edit"),
    path("<int:pk>/punkter/<int:item_pk>/flyt/", views.item_move, name="item_move"),
    path("<int:pk>/punkter/<int:item_pk>/fjern/", views.item_remove, name="item_remove"),
    path("<int:pk>/punkter/<int:item_pk>/bilag/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/punkter/<int:item_pk>/referat/", views.minutes_edit, name="minutes_edit"),
    path("<int:pk>/punkter/<int:item_pk>/inhabilitet/", views.exclusions, name="exclusions"),
    path("<int:pk>/bilag/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path("<int:pk>/afbud/", views.apology, name="apology"),
    path("<int:pk>/afbud/<int:attendance_pk>/", views.apology, name="apology_for"),
    path("<int:pk>/gaester/ny/", views.guest_add, name="guest_add"),
    path("<int:pk>/godkend/", views.approve, name="approve"),
    path("<int:pk>/historik/", views.meeting_history, name="history"),
    path("<int:pk>/godkendt-uden-for-klynge/", views.approve_outside, name="approve_outside"),
    path("<int:pk>/versioner/<str:kind>/<int:number>/", views.version_detail, name="version"),
]
urlpatterns += document_urls.urlpatterns
