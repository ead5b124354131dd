from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "klynge.workspace"
    label = "workspace"
    verbose_name = _("Workspace")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from klynge.meetings.signals import record_made

        from . import models, review

        # Notes are private and never audited; what others see, and the review rounds, are.
        for model in (models.Comment, models.ReviewRound, models.ParticipantApproval):
            auditlog.register(model)
        # The release of the agenda or the approval of the minutes records the review rounds.
        record_made.connect(review.on_record_made, dispatch_uid="workspace.record_rounds")
