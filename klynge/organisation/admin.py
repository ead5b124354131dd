from django.contrib import admin

from .models import (
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Cluster)
class ClusterAdmin(admin.ModelAdmin):
    list_display = ["name", "region"]
    list_filter = ["region"]
    filter_horizontal = ["parties"]
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name"]


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "cluster", "region", "reports_to"]
    list_filter = ["kind", "region", "cluster"]
    search_fields = ["name"]
    list_select_related = ["cluster", "region", "reports_to"]


class CompositionRuleInline(admin.TabularInline):
    model = CompositionRule
    extra = 0


@admin.register(TermsOfReference)
class TermsOfReferenceAdmin(admin.ModelAdmin):
    list_display = ["title", "forum", "version", "status", "approved_on"]
    list_filter = ["status"]
    inlines = [CompositionRuleInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organisation", "email"]
    search_fields = ["name", "email"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "forum", "party", "role", "starts_on", "ends_on"]
    list_filter = ["role", "forum__cluster"]
    search_fields = ["person__name", "forum__name"]
    raw_id_fields = ["person", "ex_officio_via", "rule"]
    list_select_related = ["person", "forum", "party"]

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        # A seat is ended, never deleted: the history of who sat where is kept.
        return False
