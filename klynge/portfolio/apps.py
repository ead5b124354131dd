from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortfolioConfig(AppConfig):
    name = "klynge.portfolio"
    label = "portfolio"
    verbose_name = _("Portfolio")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # Every change to budgets and their keys is in the audit trail: who, when, before, after.
        for model in (
            models.Fund,
            models.BudgetLine,
            models.DistributionKey,
            models.DistributionShare,
            # Collaboration agreements, their milestones, implementations and status reports.
            models.Agreement,
            models.Milestone,
            models.Implementation,
            models.StatusReport,
        ):
            auditlog.register(model)
        auditlog.register(models.Initiative, m2m_fields={"chairs", "agenda_items"})
