"""Addresses of the review round and of the participants' approval of the minutes."""

from django.urls import path

from . import review_views as views

urlpatterns = [
    path("moeder/<int:pk>/gennemlaesning/", views.review_start, name="review_start"),
    path("moeder/<int:pk>/gennemlaesning/<int:round_pk>/", views.review_detail, name="review"),
    path(
        "moeder/<int:pk>/gennemlaesning/<int:round_pk>/luk/",
        views.review_close,
        name="review_close",
    ),
    path("kommentarer/<int:comment_pk>/loest/", views.comment_resolve, name="comment_resolve"),
    path("kommentarer/<int:comment_pk>/genaabn/", views.comment_reopen, name="comment_reopen"),
    path(
        "moeder/<int:pk>/deltagergodkendelse/",
        views.participant_approve,
        name="participant_approve",
    ),
    path(
        "moeder/<int:pk>/deltagergodkendelse/<int:approval_pk>/tilbagekald/",
        views.participant_withdraw,
        name="participant_withdraw",
    ),
]
