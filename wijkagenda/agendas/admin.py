from django.contrib import admin

from .models import Agenda, AgendaItem, AgendaVersion


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fields = ["rank", "theme", "is_manual", "combined", "opgave"]
    readonly_fields = ["combined"]
    extra = 0


@admin.register(Agenda)
class AgendaAdmin(admin.ModelAdmin):
    list_display = ["area", "cycle", "stage", "alpha", "drafted_at"]
    list_filter = ["stage", "cycle"]
    search_fields = ["area__name", "area__code"]
    inlines = [AgendaItemInline]


@admin.register(AgendaVersion)
class AgendaVersionAdmin(admin.ModelAdmin):
    """Published versions are immutable: shown, never changed."""

    list_display = ["agenda", "number", "stage", "created_at", "author"]
    readonly_fields = ["agenda", "number", "stage", "author", "created_at", "snapshot"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
