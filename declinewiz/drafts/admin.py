"""Drafts in the admin: enough for support (whose, which state, when), none of the content.

The people named, the reasons and the words stay private to the owner; staff see metadata
only and cannot change a draft.
"""

from django.contrib import admin

from declinewiz.drafts.models import Draft

SUPPORT_FIELDS = (
    "id",
    "owner",
    "status",
    "stage",
    "action",
    "channel",
    "version",
    "created_at",
    "updated_at",
    "done_at",
)


@admin.register(Draft)
class DraftAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "status", "stage", "updated_at")
    list_filter = ("status", "stage")
    search_fields = ("owner__email",)
    list_select_related = ("owner",)
    fields = SUPPORT_FIELDS
    readonly_fields = SUPPORT_FIELDS
    ordering = ("-updated_at",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Viewing only: the change page renders every field read-only.
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff
