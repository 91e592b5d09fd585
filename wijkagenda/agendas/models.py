"""The neighbourhood agenda (wijkagenda): a draft per area and cycle, its items and its versions.

A draft is computed from the facts and the residents' priorities; officers write the texts. A
version is an immutable snapshot, published at a stage of the council process.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    CONCEPT = "concept", _("draft")
    BEELDVORMING = "beeldvorming", _("forming a picture (beeldvorming)")
    OORDEELSVORMING = "oordeelsvorming", _("forming an opinion (oordeelsvorming)")
    BESLUITVORMING = "besluitvorming", _("deciding (besluitvorming)")
    VASTGESTELD = "vastgesteld", _("adopted (vastgesteld)")


class Agenda(models.Model):
    """The agenda of one area (a wijk, or a municipality for a province) for one cycle."""

    area = models.ForeignKey(
        "neighbourhoods.Region",
        on_delete=models.PROTECT,
        related_name="agendas",
        verbose_name=_("area"),
    )
    cycle = models.PositiveSmallIntegerField(_("cycle (year)"))
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Empty: 'Wijkagenda <area> <cycle>' in the reader's language."),
    )
    alpha = models.FloatField(
        _("weight of residents (α)"),
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("0: only the figures count; 1: only what residents chose."),
    )
    top_n = models.PositiveSmallIntegerField(_("items"), default=5)
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage.choices, default=Stage.CONCEPT
    )
    notes = models.JSONField(_("notes on missing data"), default=list, blank=True)
    drafted_at = models.DateTimeField(_("drafted at"), null=True, blank=True)

    class Meta:
        ordering = ["area_id", "-cycle"]
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")
        constraints = [
            models.UniqueConstraint(fields=["area", "cycle"], name="one_agenda_per_cycle"),
            models.CheckConstraint(
                condition=models.Q(alpha__gte=0) & models.Q(alpha__lte=1),
                name="alpha_between_0_and_1",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class AgendaItem(models.Model):
    """One theme on the agenda: why it is there (evidence) and what the officers wrote."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="items")
    theme = models.ForeignKey("datasources.Theme", on_delete=models.PROTECT, related_name="+")
    rank = models.PositiveSmallIntegerField(_("rank"))
    data_signal = models.FloatField(_("data signal"), null=True, blank=True)
    residents_priority = models.FloatField(_("residents' priority"), null=True, blank=True)
    combined = models.FloatField(_("combined score"), null=True, blank=True)
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    opgave = models.TextField(_("task (opgave)"), blank=True)
    ambitie = models.TextField(_("ambition (ambitie)"), blank=True)
    acties = models.TextField(_("actions (acties)"), blank=True)
    officer_notes = models.TextField(_("internal notes"), blank=True)
    is_manual = models.BooleanField(_("added by hand"), default=False)
    manual_reason = models.CharField(_("reason"), max_length=500, blank=True)
    revision = models.PositiveIntegerField(_("revision"), default=1)

    class Meta:
        ordering = ["agenda", "rank"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(fields=["agenda", "theme"], name="one_item_per_theme"),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.theme_id}"


class AgendaVersion(models.Model):
    """An immutable snapshot of an agenda's items and evidence, published at a stage."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("number"))
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("published at"))
    snapshot = models.JSONField(_("items and evidence"))

    class Meta:
        ordering = ["agenda", "number"]
        verbose_name = _("agenda version")
        verbose_name_plural = _("agenda versions")
        constraints = [
            models.UniqueConstraint(fields=["agenda", "number"], name="one_version_number"),
        ]

    def __str__(self) -> str:
        return f"{self.agenda} v{self.number}"
