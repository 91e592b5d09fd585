from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionLevel(models.TextChoices):
    COUNTRY = "country", _("country")
    PROVINCE = "province", _("province")
    MUNICIPALITY = "municipality", _("municipality")
    DISTRICT = "district", _("district")  # wijk
    NEIGHBOURHOOD = "neighbourhood", _("neighbourhood")  # buurt


class RegionQuerySet(models.QuerySet):
    def children_of(self, code: str) -> "RegionQuerySet":
        return self.filter(parent_id=code)

    def with_children(self) -> "RegionQuerySet":
        """Regions that can be shown as a map of their parts."""
        return self.filter(children__isnull=False).distinct()

    def matching(self, text: str) -> "RegionQuerySet":
        """Regions whose search text holds every word of `text` (name, code or postcode)."""
        queryset = self
        for word in text.split():
            queryset = queryset.filter(search_text__contains=word)
        return queryset


class Region(models.Model):
    """A CBS area (gebied): country, province, municipality, wijk or buurt, keyed by its code.

    Other data joins on the code, so it may be imported for a region before its boundary.
    """

    code = models.CharField(_("CBS code"), max_length=10, primary_key=True)
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=16, choices=RegionLevel.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    boundary_year = models.PositiveSmallIntegerField(_("boundary year"), null=True, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    area_km2 = models.FloatField(_("area (km²)"), null=True, blank=True)
    geometry = models.JSONField(_("geometry (GeoJSON, WGS84)"), null=True, blank=True)
    postcodes = models.CharField(_("postcode areas (PC4)"), max_length=500, blank=True)
    search_text = models.CharField(max_length=800, blank=True, editable=False)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        indexes = [models.Index(fields=["level", "code"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
