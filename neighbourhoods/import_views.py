"""Staff screens for imports: upload a file, map unknown columns, see every run and its errors.

They live here, not in `datasources`, because an import checks region codes against the known
places, and places are this app's (see docs/adr/0006).
"""

import hashlib
import re
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from datasources.models import ImportRun
from datasources.selectors import import_run_list, indicator_list
from datasources.services import ObservationImportError, observation_import
from datasources.sources import adapter_list
from wijkagenda.web.decorators import staff_required
from wijkagenda.web.forms import UtrechtForm

from .selectors import region_codes

UPLOAD_NAME = re.compile(r"^[0-9a-f]{64}\.(csv|txt|xlsx)$")


class UploadForm(UtrechtForm):
    source = forms.ChoiceField(label=_("Source"))
    file = forms.FileField(label=_("File (CSV or XLSX)"))
    period = forms.RegexField(
        r"^\d{4}$",
        required=False,
        label=_("Year"),
        help_text=_("Needed when the file has no year, as in a wide municipal file."),
    )
    municipality = forms.RegexField(
        r"^GM\d{4}$",
        required=False,
        label=_("Only this municipality (e.g. GM0518)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [(a.key, a.title) for a in adapter_list()]


class MappingForm(UtrechtForm):
    """One choice per unknown column: an indicator, or leave the column out."""

    def __init__(self, *args, columns: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Leave this column out"))] + [
            (indicator.key, f"{indicator.theme.name}: {indicator.name}")
            for indicator in indicator_list()
        ]
        for index, column in enumerate(columns):
            self.fields[f"column_{index}"] = forms.ChoiceField(
                label=column, choices=choices, required=False
            )
        self.columns = columns
        self.style_fields()

    def mapping(self) -> dict[str, str]:
        return {
            column: self.cleaned_data[f"column_{index}"]
            for index, column in enumerate(self.columns)
        }


def _stage(upload) -> str:
    """Keep the upload under its hash, so that the mapping step can import the same bytes."""
    data = upload.read()
    suffix = Path(upload.name).suffix.lower().lstrip(".")
    name = f"{hashlib.sha256(data).hexdigest()}.{suffix if suffix in ('csv', 'xlsx') else 'txt'}"
    folder = Path(settings.WIJKAGENDA_UPLOAD_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return name


def _import(request, *, staged: str, file_name: str, options: dict, mapping=None):
    try:
        outcome = observation_import(
            path=Path(settings.WIJKAGENDA_UPLOAD_DIR) / staged,
            file_name=file_name,
            regions=region_codes(),
            column_map=mapping,
            **options,
        )
    except ObservationImportError as error:
        if error.unmapped and mapping is None:
            request.session["pending_import"] = {
                "staged": staged,
                "file_name": file_name,
                "options": options,
                "columns": error.unmapped,
            }
            return redirect("import-map")
        if error.run is None:
            raise
        return redirect("import-detail", pk=error.run.pk)
    return redirect("import-detail", pk=outcome.run.pk)


@staff_required
def import_list(request: HttpRequest) -> HttpResponse:
    """All import runs, newest first, and the form to upload a file."""
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        options = {
            "source": form.cleaned_data["source"],
            "period": form.cleaned_data["period"] or None,
            "municipality": form.cleaned_data["municipality"] or None,
        }
        upload = form.cleaned_data["file"]
        return _import(request, staged=_stage(upload), file_name=upload.name, options=options)
    return render(
        request,
        "neighbourhoods/import_list.html",
        {
            "form": form,
            "runs": import_run_list()[:100],
        },
    )


@staff_required
def import_map(request: HttpRequest) -> HttpResponse:
    """The mapping step: say which indicator each unknown column holds, then import."""
    pending = request.session.get("pending_import")
    if not pending or not UPLOAD_NAME.match(pending["staged"]):
        raise Http404(_("There is no file waiting to be mapped."))
    form = MappingForm(request.POST or None, columns=pending["columns"])
    if request.method == "POST" and form.is_valid():
        del request.session["pending_import"]
        return _import(
            request,
            staged=pending["staged"],
            file_name=pending["file_name"],
            options=pending["options"],
            mapping=form.mapping(),
        )
    return render(request, "neighbourhoods/import_map.html", {"form": form, "pending": pending})


@staff_required
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(ImportRun, pk=pk)
    return render(request, "neighbourhoods/import_detail.html", {"run": run})
