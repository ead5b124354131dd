from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "klynge.archive"
    label = "archive"
    verbose_name = _("Archive")

    def ready(self) -> None:
        from .search import checks, signals  # noqa: F401 - registers the checks and signals
