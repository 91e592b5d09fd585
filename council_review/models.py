"""The council process: councils and their members' roles, stage moves of an agenda, and the
annotations councillors make on a version or an item, with replies and edit history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkagenda.agendas.models import Agenda, AgendaVersion, Stage


class CouncilKind(models.TextChoices):
    MUNICIPAL = "gemeenteraad", _("municipal council (gemeenteraad)")
    PROVINCIAL = "provinciale-staten", _("provincial council (Provinciale Staten)")


class Council(models.Model):
    """A representative body bound to a municipality or a province; its areas are the parts."""

    area = models.OneToOneField(
        "neighbourhoods.Region",
        on_delete=models.PROTECT,
        related_name="council",
        verbose_name=_("area"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CouncilKind.choices)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    COUNCILLOR = "councillor", _("councillor (raadslid / statenlid)")
    GRIFFIE = "griffie", _("clerk's office (griffie)")
    OFFICER = "officer", _("policy officer")
    MODERATOR = "moderator", _("moderator")
    ADMIN = "admin", _("functional admin")


class Membership(models.Model):
    """A person's role in one council (a person may have roles in several councils)."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    party = models.CharField(_("party"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["council", "user", "role"], name="one_role_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} ({self.council})"


class StageMove(models.Model):
    """Who moved an agenda to which stage, when, and the version that was published with it."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="stage_moves")
    from_stage = models.CharField(max_length=16, choices=Stage.choices)
    to_stage = models.CharField(max_length=16, choices=Stage.choices)
    version = models.OneToOneField(AgendaVersion, on_delete=models.PROTECT, related_name="move")
    moved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    moved_at = models.DateTimeField()

    class Meta:
        ordering = ["agenda", "moved_at"]
        verbose_name = _("stage move")
        verbose_name_plural = _("stage moves")

    def __str__(self) -> str:
        return f"{self.agenda}: {self.from_stage} → {self.to_stage}"


class AnnotationKind(models.TextChoices):
    QUESTION = "vraag", _("question")
    REMARK = "opmerking", _("remark")
    AMENDMENT = "wijzigingsvoorstel", _("proposal to change")
    SUPPORT = "steun", _("support")
    REPLY = "antwoord", _("reply")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("public")
    GRIFFIE = "griffie", _("to the clerk's office only")


class Annotation(models.Model):
    """A comment on a version or on one of its items, stamped with the stage it was made in.

    It stays attached to the version (and the item's theme in it) it was made on, also when later
    versions change the item. Replies point at the annotation they answer.
    """

    version = models.ForeignKey(AgendaVersion, on_delete=models.CASCADE, related_name="annotations")
    theme = models.CharField(_("item (theme)"), max_length=50, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    party = models.CharField(_("party"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=AnnotationKind.choices)
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    visibility = models.CharField(
        _("visible to"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    text = models.TextField(_("text"), max_length=4000)
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    created_at = models.DateTimeField(_("created at"))
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("annotation")
        verbose_name_plural = _("annotations")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.author} on {self.version}"


class AnnotationEdit(models.Model):
    """The text an annotation had before an edit: edits keep their history."""

    annotation = models.ForeignKey(Annotation, on_delete=models.CASCADE, related_name="edits")
    previous_text = models.TextField()
    edited_at = models.DateTimeField()

    class Meta:
        ordering = ["annotation", "edited_at"]

    def __str__(self) -> str:
        return f"{self.annotation_id} @ {self.edited_at:%Y-%m-%d %H:%M}"


class StageSettings(models.Model):
    """Per council and stage: may residents still react, may councillors annotate."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="stage_settings")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    residents_may_react = models.BooleanField(_("residents may react"))
    councillors_may_annotate = models.BooleanField(_("councillors may annotate"))

    class Meta:
        verbose_name = _("stage settings")
        verbose_name_plural = _("stage settings")
        constraints = [
            models.UniqueConstraint(fields=["council", "stage"], name="one_setting_per_stage")
        ]

    def __str__(self) -> str:
        return f"{self.council}: {self.stage}"


class Outcome(models.TextChoices):
    ADOPTED = "aangenomen", _("adopted")
    ADOPTED_AMENDED = "gewijzigd-aangenomen", _("adopted with changes")
    REJECTED = "verworpen", _("rejected")
    HELD = "aangehouden", _("held over")


class Decision(models.Model):
    """The council's outcome for one item of an agenda, at besluitvorming."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="decisions")
    theme = models.CharField(_("item (theme)"), max_length=50)
    outcome = models.CharField(_("outcome"), max_length=24, choices=Outcome.choices)
    motivation = models.TextField(_("motivation"))
    reference = models.CharField(
        _("council decision (motion, amendment)"), max_length=300, blank=True
    )
    meeting_item = models.ForeignKey(
        "MeetingItem", on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()

    class Meta:
        ordering = ["agenda", "theme"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.UniqueConstraint(fields=["agenda", "theme"], name="one_decision_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.agenda}: {self.theme} {self.outcome}"


class Meeting(models.Model):
    """A meeting of the council or a committee, by hand or from a council information system."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="meetings")
    body = models.CharField(_("body or committee"), max_length=200)
    title = models.CharField(_("title"), max_length=300)
    starts_at = models.DateTimeField(_("starts at"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    documents = models.JSONField(_("documents"), default=list, blank=True)
    source = models.CharField(_("source"), max_length=20, default="manual")
    source_id = models.CharField(_("source id"), max_length=100, blank=True)
    url = models.URLField(_("address at the source"), blank=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_id"],
                condition=~models.Q(source_id=""),
                name="one_meeting_per_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_at:%Y-%m-%d})"


class MeetingItem(models.Model):
    """An item on a meeting's agenda (or a heading above items), in order."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(_("position"))
    number = models.CharField(_("number"), max_length=20, blank=True)
    title = models.TextField(_("title"))
    is_heading = models.BooleanField(_("heading"), default=False)
    documents = models.JSONField(_("documents"), default=list, blank=True)
    source_id = models.CharField(_("source id"), max_length=100, blank=True)
    themes = models.JSONField(
        _("themes"),
        default=list,
        blank=True,
        help_text=_(
            "Theme keys this item is about: it shows on the page of every wijk whose "
            "agenda has one of them."
        ),
    )

    class Meta:
        ordering = ["meeting", "position"]
        verbose_name = _("meeting item")
        verbose_name_plural = _("meeting items")

    def __str__(self) -> str:
        return f"{self.number} {self.title[:60]}".strip()


class AgendaLink(models.Model):
    """An agenda discussed at a meeting item, in a stage (so residents can follow it)."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="meeting_links")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    meeting_item = models.ForeignKey(
        MeetingItem, on_delete=models.CASCADE, related_name="agenda_links"
    )

    class Meta:
        verbose_name = _("agenda at a meeting")
        verbose_name_plural = _("agendas at meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["agenda", "stage", "meeting_item"], name="one_link_per_stage_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.agenda} @ {self.meeting_item}"


class OutboxMessage(models.Model):
    """An e-mail waiting to be sent. A failing mail server loses nothing: the message is tried
    again later, with growing pauses, until it goes or the attempts run out."""

    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created at"))
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"


class ResidentQuestion(models.Model):
    """A councillor's question to the residents of a wijk; their answers are contributions."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    party = models.CharField(_("party"), max_length=100, blank=True)
    theme = models.CharField(_("theme"), max_length=50)
    text = models.TextField(_("question"), max_length=1000)
    created_at = models.DateTimeField(_("created at"))
    is_open = models.BooleanField(_("open for answers"), default=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question to residents")
        verbose_name_plural = _("questions to residents")

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def topic(self) -> str:
        return f"question:{self.pk}"


class Follow(models.Model):
    """A councillor follows a wijk and gets a digest of new resident input."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    region = models.ForeignKey(
        "neighbourhoods.Region", on_delete=models.CASCADE, related_name="followers"
    )
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [models.UniqueConstraint(fields=["user", "region"], name="follow_once")]

    def __str__(self) -> str:
        return f"{self.user} → {self.region_id}"
