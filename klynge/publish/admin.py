from django.contrib import admin
from django.http import HttpRequest

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Administrators see and revoke tokens; they are made by their owners (/api/noegler/)."""

    list_display = ["name", "user", "hint", "created", "last_used", "revoked"]
    list_filter = ["revoked"]
    search_fields = ["name", "user__username"]
    readonly_fields = ["user", "name", "hint", "created", "last_used"]
    fields = ["user", "name", "hint", "created", "last_used", "revoked"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
