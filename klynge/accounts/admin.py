from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import RoleAssignment, User


class RoleAssignmentInline(admin.TabularInline):
    model = RoleAssignment
    extra = 0


@admin.register(User)
class KlyngeUserAdmin(UserAdmin):
    inlines = [RoleAssignmentInline]
    fieldsets = (*UserAdmin.fieldsets, ("Klynge", {"fields": ("person",)}))
