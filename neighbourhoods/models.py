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


# Participation: rounds, what residents submit, and what counts once confirmed.


class RoundQuerySet(models.QuerySet):
    def open_at(self, moment) -> "RoundQuerySet":
        return self.filter(opens_at__lte=moment, closes_at__gt=moment)

    def for_region(self, region: Region) -> "RoundQuerySet":
        """Rounds in which this region's residents take part (rounds of its parent area)."""
        return self.filter(area_id__in=[region.code, region.parent_id])


class ParticipationRound(models.Model):
    """A period in which the residents of an area's parts rank the themes (inspraakronde)."""

    area = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("area")
    )
    title = models.CharField(_("title"), max_length=200)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    max_ranked = models.PositiveSmallIntegerField(_("themes to rank"), default=5)
    min_count = models.PositiveSmallIntegerField(
        _("minimum count"),
        default=10,
        help_text=_("Shares of groups smaller than this are not shown."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("participation round")
        verbose_name_plural = _("participation rounds")

    def __str__(self) -> str:
        return self.title

    def is_open(self, moment) -> bool:
        return self.opens_at <= moment < self.closes_at


class AgeBand(models.TextChoices):
    """The CBS age bands of adult residents."""

    YOUNG = "15-25", _("15 to 25 years")
    ADULT = "25-45", _("25 to 45 years")
    MIDDLE = "45-65", _("45 to 65 years")
    OLDER = "65+", _("65 years or older")


class Gender(models.TextChoices):
    WOMAN = "vrouw", _("woman")
    MAN = "man", _("man")
    OTHER = "anders", _("other")
    RATHER_NOT = "liever-niet", _("rather not say")


class Voted(models.TextChoices):
    YES = "yes", _("yes")
    NO = "no", _("no")
    NOT_ALLOWED = "not_allowed", _("I was not allowed to vote")
    RATHER_NOT = "rather_not", _("rather not say")


class Residence(models.TextChoices):
    UNDER_2 = "<2", _("less than 2 years")
    FROM_2 = "2-5", _("2 to 5 years")
    FROM_5 = "5-10", _("5 to 10 years")
    OVER_10 = "10+", _("more than 10 years")


class ContributionKind(models.TextChoices):
    OPINION = "mening", _("opinion")
    EXPERIENCE = "ervaring", _("experience")
    QUESTION = "vraag", _("question")
    IDEA = "idee", _("idea")


class Profile(models.Model):
    """The optional questions about a person, shared by a submission and a participant."""

    age_band = models.CharField(_("age"), max_length=8, choices=AgeBand.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    voted = models.CharField(
        _("voted at the last election"), max_length=12, choices=Voted.choices, blank=True
    )
    residence = models.CharField(
        _("lives in the neighbourhood for"), max_length=6, choices=Residence.choices, blank=True
    )

    class Meta:
        abstract = True


class Submission(Profile):
    """What a resident sent, waiting for the confirmation link. Nothing counts before that."""

    round = models.ForeignKey(ParticipationRound, on_delete=models.CASCADE)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("e-mail address"))
    themes = models.JSONField(_("themes, most important first"))
    contributions = models.JSONField(default=list, blank=True)
    subscribe = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self) -> str:
        return f"{self.email} → {self.region_id} ({self.created_at:%Y-%m-%d})"


class Participant(Profile):
    """A resident whose submission in a round was confirmed; one per e-mail address per round."""

    round = models.ForeignKey(
        ParticipationRound, on_delete=models.CASCADE, related_name="participants"
    )
    # NULL once anonymised: NULLs do not collide in the unique (round, email) constraint.
    email = models.EmailField(_("e-mail address"), null=True, blank=True)  # noqa: DJ001
    confirmed_at = models.DateTimeField(_("confirmed at"))
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["round", "email"], name="one_participant_per_round")
        ]

    def __str__(self) -> str:
        return f"{self.email or _('anonymous')} ({self.round})"


class Ranking(models.Model):
    """A participant's chosen themes for their neighbourhood, most important first."""

    participant = models.OneToOneField(Participant, on_delete=models.CASCADE, primary_key=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="rankings")
    themes = models.JSONField(_("themes, most important first"))
    submitted_at = models.DateTimeField(_("submitted at"))

    class Meta:
        verbose_name = _("ranking")
        verbose_name_plural = _("rankings")

    def __str__(self) -> str:
        return f"{self.region_id}: {', '.join(self.themes)}"


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("waiting for moderation")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")


class ContributionQuerySet(models.QuerySet):
    def public(self) -> "ContributionQuerySet":
        return self.filter(status=ModerationStatus.APPROVED)

    def waiting(self) -> "ContributionQuerySet":
        return self.filter(status=ModerationStatus.PENDING)


class Contribution(models.Model):
    """A resident's opinion, experience, question or idea on a theme; public once approved."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="contributions"
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="contributions")
    theme = models.ForeignKey("datasources.Theme", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=ContributionKind.choices)
    text = models.TextField(_("text"), max_length=1000)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
    )
    flags = models.JSONField(_("automatic flags"), default=list, blank=True)
    topic = models.CharField(
        _("answers"),
        max_length=40,
        blank=True,
        help_text=_(
            "What it answers, when not the round in general: 'question:<id>' for a "
            "councillor's question, 'meeting-item:<id>' for an item of a meeting."
        ),
    )
    created_at = models.DateTimeField(_("created at"))
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.theme_id}): {self.text[:60]}"


class Subscription(models.Model):
    """Someone who wants to hear about a neighbourhood's agenda; active once confirmed."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="subscriptions")
    email = models.EmailField(_("e-mail address"))
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["region", "email"], name="one_subscription_per_area")
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.region_id}"
