from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationConfig(AppConfig):
    name = "klynge.organisation"
    label = "organisation"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # Every change to the registry's records is in the audit trail: who, when, before, after.
        for model in (models.Forum, models.TermsOfReference, models.CompositionRule):
            auditlog.register(model)
        auditlog.register(models.Membership)
        auditlog.register(models.ChairRotationPeriod)
        # The structure's own changes: a body's or region's lifespan, and what a change moved.
        structure = (models.Region, models.Cluster, models.OrganisationalChange, models.Carryover)
        for model in structure:
            auditlog.register(model)
        auditlog.register(models.Person, exclude_fields=["calendar_token"])
