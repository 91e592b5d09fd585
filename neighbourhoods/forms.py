"""The residents' forms: ranking the themes (with optional questions and contributions), and
following a neighbourhood. They work without JavaScript; ranking.js adds drag and drop."""

from django import forms
from django.utils.translation import gettext_lazy as _

from datasources.models import Theme
from wijkagenda.web.forms import UtrechtForm

from .models import AgeBand, ContributionKind, Gender, Residence, Voted
from .participation import MAX_TEXT, ContributionInput, SubmissionInput

CONTRIBUTION_SLOTS = 2


def _optional(choices) -> list[tuple[str, str]]:
    return [("", _("No answer")), *choices]


class RankingForm(UtrechtForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a link. Your choice counts once you open it."),
    )
    age_band = forms.ChoiceField(
        label=_("Your age"), required=False, choices=_optional(AgeBand.choices)
    )
    gender = forms.ChoiceField(
        label=_("You are"), required=False, choices=_optional(Gender.choices)
    )
    voted = forms.ChoiceField(
        label=_("Did you vote at the last municipal election?"),
        required=False,
        choices=_optional(Voted.choices),
    )
    residence = forms.ChoiceField(
        label=_("How long have you lived in this neighbourhood?"),
        required=False,
        choices=_optional(Residence.choices),
    )
    subscribe = forms.BooleanField(
        label=_("Send me news about the agenda of this neighbourhood"), required=False
    )

    def __init__(self, *args, max_ranked: int = 5, **kwargs):
        super().__init__(*args, **kwargs)
        themes = [(theme.key, theme.name) for theme in Theme.objects.all()]
        self.max_ranked = min(max_ranked, len(themes))
        for rank in range(1, self.max_ranked + 1):
            self.fields[f"rank_{rank}"] = forms.ChoiceField(
                label=_("Choice %(rank)s") % {"rank": rank},
                required=rank == 1,
                choices=[("", _("(none)")), *themes],
            )
        for slot in range(1, CONTRIBUTION_SLOTS + 1):
            self.fields[f"contribution_theme_{slot}"] = forms.ChoiceField(
                label=_("Theme"), required=False, choices=[("", _("(none)")), *themes]
            )
            self.fields[f"contribution_kind_{slot}"] = forms.ChoiceField(
                label=_("Kind"), required=False, choices=ContributionKind.choices
            )
            self.fields[f"contribution_text_{slot}"] = forms.CharField(
                label=_("Your text"),
                required=False,
                max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        self.style_fields()

    def rank_fields(self):
        return [self[f"rank_{rank}"] for rank in range(1, self.max_ranked + 1)]

    def contribution_slots(self):
        return [
            (
                self[f"contribution_theme_{slot}"],
                self[f"contribution_kind_{slot}"],
                self[f"contribution_text_{slot}"],
            )
            for slot in range(1, CONTRIBUTION_SLOTS + 1)
        ]

    def profile_fields(self):
        return [self["age_band"], self["gender"], self["voted"], self["residence"]]

    def clean(self):
        data = super().clean()
        seen = set()
        for rank in range(1, self.max_ranked + 1):
            theme = data.get(f"rank_{rank}")
            if theme and theme in seen:
                self.add_error(f"rank_{rank}", _("You chose this theme already."))
            seen.add(theme)
        for slot in range(1, CONTRIBUTION_SLOTS + 1):
            theme, text = (
                data.get(f"contribution_theme_{slot}"),
                data.get(f"contribution_text_{slot}", ""),
            )
            if text.strip() and not theme:
                self.add_error(f"contribution_theme_{slot}", _("Choose the theme of your text."))
        return data

    def submission(self) -> SubmissionInput:
        data = self.cleaned_data
        themes = [data[f"rank_{r}"] for r in range(1, self.max_ranked + 1) if data[f"rank_{r}"]]
        contributions = [
            ContributionInput(
                theme=data[f"contribution_theme_{s}"],
                kind=data[f"contribution_kind_{s}"],
                text=data[f"contribution_text_{s}"],
            )
            for s in range(1, CONTRIBUTION_SLOTS + 1)
            if data[f"contribution_text_{s}"].strip()
        ]
        return SubmissionInput(
            email=data["email"],
            themes=themes,
            age_band=data["age_band"],
            gender=data["gender"],
            voted=data["voted"],
            residence=data["residence"],
            contributions=contributions,
            subscribe=data["subscribe"],
        )


class FollowForm(UtrechtForm):
    email = forms.EmailField(label=_("Your e-mail address"))
