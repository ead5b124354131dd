from django.conf import settings
from django.http import HttpRequest


def klynge(request: HttpRequest) -> dict[str, object]:
    """Values every page's frame needs."""
    return {"DEMO": settings.DEMO}
