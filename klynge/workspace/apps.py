from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "klynge.workspace"
    label = "workspace"
    verbose_name = _("Workspace")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # Notes are private and never audited; what others see, and the review rounds, are.
        for model in (models.Comment, models.ReviewRound, models.ParticipantApproval):
            auditlog.register(model)
