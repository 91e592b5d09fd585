from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from .models import ImportRun, Indicator, Observation, Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["key", "name_nl", "name_en", "position"]
    ordering = ["position"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["key", "name_nl", "theme", "source", "unit", "polarity", "derived", "is_total"]
    list_filter = ["theme", "source", "polarity", "derived"]
    search_fields = ["key", "name_nl", "name_en", "source_column"]


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """Every import attempt; a rejected run shows its error list. Runs are never edited."""

    list_display = [
        "started_at",
        "source",
        "file_name",
        "status",
        "rows_read",
        "rows_written",
        "rows_rejected",
    ]
    list_filter = ["status", "source"]
    search_fields = ["file_name", "sha256"]
    readonly_fields = [field.name for field in ImportRun._meta.fields if field.name != "errors"]
    exclude = ["errors"]
    readonly_fields = [*readonly_fields, "error_list"]

    @admin.display(description=_("errors"))
    def error_list(self, run: ImportRun):
        lines = [
            (
                f"row {e['row'] or '–'}, column {e['column'] or '–'}, value {e['value'] or '–'}",
                e["message"],
            )
            for e in run.errors
        ]
        return format_html_join("\n", "<div>{}: {}</div>", lines) or "–"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = ["indicator", "region_code", "period", "value", "derived", "import_run"]
    list_filter = ["indicator__theme", "derived", "period"]
    search_fields = ["region_code", "indicator__key"]
    list_select_related = ["indicator"]
    raw_id_fields = ["import_run"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
