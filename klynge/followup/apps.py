from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "klynge.followup"
    label = "followup"
    verbose_name = _("Follow-up")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        for model in (models.Action, models.Referral, models.BacklogItem):
            auditlog.register(model)
