from django.contrib import admin

from .models import BudgetLine, DistributionKey, DistributionShare, Fund, Initiative


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
