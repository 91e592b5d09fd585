from django.contrib import admin

from .models import Annotation, Council, Membership, StageMove, StageSettings


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


class StageSettingsInline(admin.TabularInline):
    model = StageSettings
    extra = 0


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    """A functional admin sets up a council and gives people their roles."""

    list_display = ["name", "kind", "area"]
    autocomplete_fields = ["area"]
    inlines = [MembershipInline, StageSettingsInline]


@admin.register(StageMove)
class StageMoveAdmin(admin.ModelAdmin):
    list_display = ["agenda", "from_stage", "to_stage", "moved_by", "moved_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["version", "theme", "kind", "author", "stage", "visibility", "created_at"]
    list_filter = ["kind", "stage", "visibility"]
    readonly_fields = [f.name for f in Annotation._meta.fields]

    def has_add_permission(self, request):
        return False
