from django.contrib import admin

from .models import Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent", "population", "boundary_year"]
    list_filter = ["level", "boundary_year"]
    search_fields = ["code", "name", "postcodes"]
    readonly_fields = ["geometry", "search_text"]
