from django.contrib import admin

from .models import Contribution, ParticipationRound, Region, Subscription


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent", "population", "boundary_year"]
    list_filter = ["level", "boundary_year"]
    search_fields = ["code", "name", "postcodes"]
    readonly_fields = ["geometry", "search_text"]


@admin.register(ParticipationRound)
class ParticipationRoundAdmin(admin.ModelAdmin):
    """Officers open a round for a municipality (or province): dates, themes to rank, minimum."""

    list_display = ["title", "area", "opens_at", "closes_at", "max_ranked", "min_count", "is_demo"]
    list_filter = ["is_demo"]
    autocomplete_fields = ["area"]


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "region", "theme", "kind", "status", "flags"]
    list_filter = ["status", "kind", "theme"]
    search_fields = ["text", "region__name"]
    readonly_fields = ["participant", "region", "theme", "kind", "text", "flags", "created_at"]


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "region", "created_at", "confirmed_at"]
    search_fields = ["email", "region__name"]
