"""Serve plotly.js from the plotly Python package: no CDN, no copy in the repository."""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_JS = "plotly.min.js"
PLOTLY_PREFIX = "vendor/plotly"
PLOTLY_PACKAGE_DATA = Path(plotly.__file__).parent / "package_data"


class PlotlyJsFinder(BaseFinder):
    """Finds `vendor/plotly/plotly.min.js` in the installed plotly package."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(PLOTLY_PACKAGE_DATA))
        self.storage.prefix = PLOTLY_PREFIX

    def check(self, **kwargs):
        return []

    def find(self, path: str, find_all: bool = False, **kwargs):
        if path == f"{PLOTLY_PREFIX}/{PLOTLY_JS}":
            match = str(PLOTLY_PACKAGE_DATA / PLOTLY_JS)
            return [match] if find_all else match
        return [] if find_all else None

    def list(self, ignore_patterns):
        yield PLOTLY_JS, self.storage
