from django.conf import settings
from django.http import HttpRequest

from klynge.navigation import navigation


def klynge(request: HttpRequest) -> dict[str, object]:
    """Values every page's frame needs; the navigation queries only when the header uses it."""
    return {"DEMO": settings.DEMO, "site_nav": navigation(request)}
