"""One registry of source adapters, keyed by a stable name (`@register("cbs-kwb")`).

An adapter turns the bytes of a file (or a download) into a tidy, traced frame of observations.
It never touches the database: the import service gives it what it needs in a `SourceContext`
and persists what it returns.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..compute.problems import Problem


@dataclass(frozen=True)
class SourceContext:
    """What an adapter may know besides the file."""

    file_name: str
    period: str | None = None
    # The catalogue: key, source, table_id, source_column, allows_negative.
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Residents per region and period (region_code, period, population), for derived figures.
    population: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Municipal files: a column name → an indicator key ("" to leave the column out).
    column_map: dict[str, str] = field(default_factory=dict)

    def indicators_of(self, source: str) -> pd.DataFrame:
        return self.indicators[self.indicators["source"] == source]


@dataclass(frozen=True)
class Parsed:
    """What an adapter read: observations with their place in the file, problems and notes."""

    observations: pd.DataFrame
    table_id: str = ""
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Columns no indicator is known for (municipal files), for the mapping step.
    unmapped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Adapter:
    key: str
    title: str
    parse: Callable[[bytes, SourceContext], Parsed]


_ADAPTERS: dict[str, Adapter] = {}


def register(key: str, *, title: str):
    """Register `parse(data, context) -> Parsed` as the adapter for source `key`."""

    def decorate(parse: Callable[[bytes, SourceContext], Parsed]):
        if key in _ADAPTERS:
            raise ValueError(f"source adapter {key!r} is registered twice")
        _ADAPTERS[key] = Adapter(key=key, title=title, parse=parse)
        return parse

    return decorate


def adapter_get(key: str) -> Adapter:
    try:
        return _ADAPTERS[key]
    except KeyError:
        known = ", ".join(sorted(_ADAPTERS))
        raise KeyError(f"unknown source {key!r}; known sources: {known}") from None


def adapter_list() -> list[Adapter]:
    return sorted(_ADAPTERS.values(), key=lambda adapter: adapter.key)
