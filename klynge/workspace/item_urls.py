from django.urls import path

from . import item_views

ITEM = "moeder/<int:pk>/punkter/<int:item_pk>/"

urlpatterns = [
    path(ITEM, item_views.item_page, name="item"),
    path(f"{ITEM}note/", item_views.note_save, name="note"),
    path(f"{ITEM}kommentarer/", item_views.comment_add, name="comment_add"),
    path(
        f"{ITEM}kommentarer/<int:comment_pk>/rediger/",
        item_views.comment_edit,
        name="comment_edit",
    ),
    path(
        f"{ITEM}kommentarer/<int:comment_pk>/slet/",
        item_views.comment_delete,
        name="comment_delete",
    ),
]
urlpatterns += [
    path(
        "moeder/<int:pk>/dagsorden-med-mine-noter.pdf",
        item_views.agenda_notes_pdf,
        name="agenda_notes_pdf",
    ),
]
urlpatterns += [path("mine-data.json", item_views.my_data, name="my_data")]
