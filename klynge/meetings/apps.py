from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "klynge.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # The frozen DocumentVersions are themselves the record of what was published.
        for model in (
            models.Meeting,
            models.AgendaItem,
            models.Recommendation,
            models.Decision,
            models.Attachment,
            models.Attendance,
            models.MinutesApproval,
            models.ItemExclusion,
        ):
            auditlog.register(model)
