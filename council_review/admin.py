from django.contrib import admin

from .models import (
    Annotation,
    Council,
    Decision,
    Meeting,
    MeetingItem,
    Membership,
    OutboxMessage,
    ResidentQuestion,
    StageMove,
    StageSettings,
)


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


class MeetingItemInline(admin.TabularInline):
    model = MeetingItem
    fields = ["position", "number", "title", "is_heading"]
    extra = 1


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    """Meetings come from NotuBiz or ORI (`import_meetings`), or are entered here by hand."""

    list_display = ["title", "council", "starts_at", "source"]
    list_filter = ["council", "source"]
    inlines = [MeetingItemInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["agenda", "theme", "outcome", "decided_at"]


@admin.register(ResidentQuestion)
class ResidentQuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "agenda", "party", "is_open", "created_at"]
    list_filter = ["is_open"]


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    """What waits to be sent, with the last error of a failed attempt."""

    list_display = ["to", "subject", "created_at", "attempts", "sent_at"]
    list_filter = ["sent_at"]
    readonly_fields = [f.name for f in OutboxMessage._meta.fields]
