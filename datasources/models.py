"""The facts: themes, indicators, observations and the import runs they came from.

Observations key regions by their CBS code, not by a foreign key: this app sits below the one that
knows places (`neighbourhoods`), and figures may arrive before a region's boundary does.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Polarity(models.TextChoices):
    HIGHER_IS_BETTER = "higher_is_better", _("higher is better")
    HIGHER_IS_WORSE = "higher_is_worse", _("higher is worse")
    NEUTRAL = "neutral", _("neutral")


class Unit(models.TextChoices):
    COUNT = "count", _("number")
    PERCENT = "percent", _("percent")
    EURO_THOUSANDS = "euro_thousands", _("× € 1,000")
    KM = "km", _("km")
    HECTARE = "ha", _("hectare")
    PER_KM2 = "per_km2", _("per km²")
    PERSONS = "persons", _("persons")
    CLASS = "class", _("class (1 = very strongly urban, 5 = not urban)")
    PER_1000 = "per_1000", _("per 1,000 residents")
    CODE = "code", _("code")


class Normalisation(models.TextChoices):
    NONE = "none", _("shown as published")
    PER_1000 = "per_1000", _("count, shown per 1,000 residents")


class Bilingual(models.Model):
    """Names and descriptions in Dutch and English; `name` and `description` follow the language."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        abstract = True

    @property
    def name(self) -> str:
        return self.name_en if get_language() == "en" else self.name_nl

    @property
    def description(self) -> str:
        return self.description_en if get_language() == "en" else self.description_nl


class Theme(Bilingual):
    """A policy theme of the agenda (wonen, veiligheid, …), the unit residents rank."""

    key = models.SlugField(_("key"), max_length=50, primary_key=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name


class IndicatorQuerySet(models.QuerySet):
    def comparable(self) -> "IndicatorQuerySet":
        """Indicators whose values can be compared between regions (not codes)."""
        return self.exclude(unit=Unit.CODE)

    def of_source(self, source: str) -> "IndicatorQuerySet":
        return self.filter(source=source)


class Indicator(Bilingual):
    """One measured figure, such as `GemiddeldInkomenPerInwoner_78` of CBS table 85984NED."""

    key = models.SlugField(_("key"), max_length=80, primary_key=True)
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="indicators", verbose_name=_("theme")
    )
    source = models.CharField(_("source adapter"), max_length=40)
    table_id = models.CharField(_("source table"), max_length=40, blank=True)
    source_column = models.CharField(_("source column"), max_length=80, blank=True)
    source_title = models.CharField(_("source title"), max_length=200)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    decimals = models.PositiveSmallIntegerField(_("decimals"), default=0)
    polarity = models.CharField(_("polarity"), max_length=20, choices=Polarity.choices)
    normalisation = models.CharField(
        _("normalisation"), max_length=10, choices=Normalisation.choices, default="none"
    )
    derived = models.BooleanField(
        _("derived"), default=False, help_text=_("Computed by Wijkagenda from published figures.")
    )
    is_total = models.BooleanField(
        _("total of the area"),
        default=False,
        help_text=_(
            "A total (residents, crimes, hectares) that grows with the size of an area: "
            "shown, but not compared with other areas."
        ),
    )
    allows_negative = models.BooleanField(_("may be negative"), default=False)
    phrase_nl = models.CharField(
        _("phrase (Dutch)"),
        max_length=200,
        blank=True,
        help_text=_("How the figure is said in a sentence, with {value}."),
    )
    phrase_en = models.CharField(_("phrase (English)"), max_length=200, blank=True)
    licence = models.CharField(_("licence"), max_length=80, default="CC BY 4.0")
    attribution = models.CharField(_("attribution"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["theme__position", "position", "key"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    @property
    def phrase(self) -> str:
        """The sentence template in the current language; "Name: {value}" when none is set."""
        phrase = self.phrase_en if get_language() == "en" else self.phrase_nl
        return phrase or f"{self.name}: {{value}}"


class ImportStatus(models.TextChoices):
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("succeeded")
    REJECTED = "rejected", _("rejected")
    FAILED = "failed", _("failed")


class ImportRun(models.Model):
    """One attempt to import a file or a download: where it came from and what happened."""

    source = models.CharField(_("source adapter"), max_length=40)
    table_id = models.CharField(_("source table"), max_length=40, blank=True)
    file_name = models.CharField(_("file name"), max_length=300)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    period = models.CharField(_("period"), max_length=20, blank=True)
    municipality = models.CharField(_("municipality"), max_length=10, blank=True)
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)
    rows_written = models.PositiveIntegerField(_("rows written"), default=0)
    rows_rejected = models.PositiveIntegerField(_("rows rejected"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    notes = models.JSONField(_("notes"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.RUNNING
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")

    def __str__(self) -> str:
        return f"{self.source} {self.file_name} ({self.get_status_display()})"


class ObservationQuerySet(models.QuerySet):
    def for_regions(self, codes) -> "ObservationQuerySet":
        return self.filter(region_code__in=list(codes))

    def for_indicators(self, keys) -> "ObservationQuerySet":
        return self.filter(indicator_id__in=list(keys))


class Observation(models.Model):
    """The value of an indicator for a region and a period; `value` is None when not published."""

    # No index of its own: the unique (indicator, region, period) constraint leads with it.
    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="observations", db_index=False
    )
    region_code = models.CharField(_("region code"), max_length=10)
    period = models.CharField(_("period"), max_length=20)
    value = models.FloatField(_("value"), null=True, blank=True)
    derived = models.BooleanField(_("derived"), default=False)
    import_run = models.ForeignKey(ImportRun, on_delete=models.PROTECT, related_name="observations")

    objects = ObservationQuerySet.as_manager()

    class Meta:
        ordering = ["indicator", "region_code", "period"]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "region_code", "period"], name="one_value_per_period"
            )
        ]
        indexes = [models.Index(fields=["region_code", "indicator"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.region_code} {self.period}: {self.value}"
