"""The project's URLs with the document downloads surely in the "meetings" namespace.

Used by test_documents.py through @pytest.mark.urls until (and after) meetings/urls.py includes
document_urls: whatever the meetings app already names is kept, only missing names are added.
"""

from django.http import HttpResponse
from django.urls import URLResolver, include, path

from klynge import urls as root
from klynge.meetings import document_urls


def _stub(request, **kwargs):
    return HttpResponse("stub")


try:
    from klynge.meetings import urls as meeting_urls

    existing = list(meeting_urls.urlpatterns)
except ImportError:  # the meetings views are not there yet
    existing = []

_names = {p.name for p in existing}
_stubs = [
    path("<int:pk>/", _stub, name="meeting"),
    path("<int:pk>/bilag/<int:attachment_pk>/", _stub, name="attachment"),
]
_patterns = (
    existing
    + [p for p in document_urls.urlpatterns if p.name not in _names]
    + [p for p in _stubs if p.name not in _names]
)

urlpatterns = [
    p for p in root.urlpatterns if not (isinstance(p, URLResolver) and p.namespace == "meetings")
] + [path("moeder/", include((_patterns, "meetings")))]
