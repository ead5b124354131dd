from django.contrib import admin

from .models import (
    Agreement,
    BudgetLine,
    DistributionKey,
    DistributionShare,
    Fund,
    Implementation,
    Initiative,
    Milestone,
    StatusReport,
)


class InitiativeInline(admin.TabularInline):
    model = Initiative
    fields = ["position", "name", "owner_forum", "status", "economy_party"]
    extra = 0
    show_change_link = True


@admin.register(Fund)
class FundAdmin(admin.ModelAdmin):
    list_display = ["name", "cluster", "start_year", "end_year", "granted_ore"]
    list_filter = ["cluster"]
    inlines = [InitiativeInline]


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    fields = ["year", "kind", "amount_ore", "approximate", "party", "decision", "note"]
    raw_id_fields = ["decision"]
    extra = 0


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ["name", "fund", "owner_forum", "status"]
    list_filter = ["fund", "status"]
    filter_horizontal = ["chairs"]
    raw_id_fields = ["agenda_items", "project_lead"]
    inlines = [BudgetLineInline]


class DistributionShareInline(admin.TabularInline):
    model = DistributionShare
    extra = 0


@admin.register(DistributionKey)
class DistributionKeyAdmin(admin.ModelAdmin):
    list_display = ["fund", "method"]
    inlines = [DistributionShareInline]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    fields = ["date", "title", "description"]
    extra = 0


class ImplementationInline(admin.TabularInline):
    model = Implementation
    fields = ["cluster", "implementing_forum", "status", "next_milestone"]
    extra = 0
    show_change_link = True


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "steering_forum", "in_force_on"]
    list_filter = ["region"]
    inlines = [MilestoneInline, ImplementationInline]


class StatusReportInline(admin.StackedInline):
    model = StatusReport
    fields = ["reported_on", "status", "text", "by", "agenda_item"]
    raw_id_fields = ["agenda_item"]
    extra = 0


@admin.register(Implementation)
class ImplementationAdmin(admin.ModelAdmin):
    list_display = ["agreement", "cluster", "implementing_forum", "status"]
    list_filter = ["agreement__region", "status"]
    inlines = [StatusReportInline]
