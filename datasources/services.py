"""Writes of the facts: the default catalogue, and importing observations with their provenance.

An import is all or nothing. The file is read by its source adapter, every row is checked
(numbers, regions, municipality, negatives, duplicates), and only a file without problems is
written, in one transaction. Every attempt leaves an ImportRun: staff see rejected runs with their
error list. A file whose content (SHA-256) was imported before is not imported again.
"""

import functools
import hashlib
import logging
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from . import catalogue, selectors
from .compute import checks
from .compute import columns as c
from .compute.problems import FileRejected, InputError, Problem
from .models import ImportRun, ImportStatus, Indicator, Observation, Theme
from .sources import SourceContext, adapter_get
from .sources.cbs_kwb import download

logger = logging.getLogger(__name__)


def catalogue_sync(*, theme_model=Theme, indicator_model=Indicator) -> None:
    """Create or update the default themes and indicators (the models may be migration states)."""
    for position, spec in enumerate(catalogue.THEMES):
        theme_model.objects.update_or_create(
            key=spec.key,
            defaults={
                "position": position,
                "name_nl": spec.name_nl,
                "name_en": spec.name_en,
                "description_nl": spec.description_nl,
                "description_en": spec.description_en,
            },
        )
    for position, spec in enumerate(catalogue.INDICATORS):
        indicator_model.objects.update_or_create(
            key=spec.key,
            defaults={
                "theme_id": spec.theme,
                "source": spec.source,
                "table_id": spec.table_id,
                "source_column": spec.source_column,
                "source_title": spec.source_title,
                "name_nl": spec.name_nl,
                "name_en": spec.name_en,
                "unit": spec.unit,
                "decimals": spec.decimals,
                "polarity": spec.polarity,
                "normalisation": spec.normalisation,
                "derived": spec.derived,
                "is_total": spec.is_total,
                "description_nl": spec.description_nl,
                "description_en": spec.description_en,
                "attribution": spec.attribution,
                "position": position,
                "phrase_nl": spec.phrases[0],
                "phrase_en": spec.phrases[1],
            },
        )


class ObservationImportError(FileRejected):
    """A rejected file: the message names the file and every problem; `run` records it."""

    def __init__(
        self,
        path: str,
        problems: list[Problem],
        *,
        run: ImportRun | None,
        unmapped: list[str] | None = None,
    ) -> None:
        super().__init__(path, problems, what="observations")
        self.run = run
        self.unmapped = unmapped or []


@dataclass(frozen=True)
class ImportOutcome:
    run: ImportRun
    already_imported: bool = False
    notes: list[str] = field(default_factory=list)


def observation_import(
    *,
    source: str,
    path: Path | str,
    regions: Set[str],
    period: str | None = None,
    municipality: str | None = None,
    column_map: dict[str, str] | None = None,
    file_name: str | None = None,
) -> ImportOutcome:
    """Import a file of `source` (an adapter key); `regions` are the codes of known places."""
    path = Path(path)
    name = file_name or path.name
    limit = settings.WIJKAGENDA_IMPORT_MAX_MB * 1024 * 1024
    if not path.is_file():
        raise ObservationImportError(name, [Problem("the file does not exist")], run=None)
    size = path.stat().st_size
    if size > limit:
        problem = Problem(
            f"the file is {size / 1024 / 1024:.1f} MB, more than the limit of "
            f"{settings.WIJKAGENDA_IMPORT_MAX_MB} MB (WIJKAGENDA_IMPORT_MAX_MB)"
        )
        raise ObservationImportError(
            name,
            [problem],
            run=_rejected(
                source=source,
                file_name=name,
                sha256="",
                period=period,
                municipality=municipality,
                problems=[problem],
                rows_read=0,
                rows_rejected=0,
            ),
        )
    return observation_import_bytes(
        source=source,
        data=path.read_bytes(),
        file_name=name,
        regions=regions,
        period=period,
        municipality=municipality,
        column_map=column_map,
    )


def observation_import_bytes(
    *,
    source: str,
    data: bytes,
    file_name: str,
    regions: Set[str],
    period: str | None = None,
    municipality: str | None = None,
    column_map: dict[str, str] | None = None,
) -> ImportOutcome:
    """As `observation_import`, for content already in memory (an upload or a download)."""
    adapter = adapter_get(source)
    sha256 = hashlib.sha256(data).hexdigest()
    earlier = selectors.import_run_find(source=source, sha256=sha256)
    if earlier is not None:
        return ImportOutcome(run=earlier, already_imported=True)
    started = timezone.now()
    catalogue_frame = selectors.indicator_frame()
    context = SourceContext(
        file_name=file_name,
        period=period,
        indicators=catalogue_frame,
        population=selectors.population_frame(),
        column_map=dict(column_map or {}),
    )
    record = {
        "source": source,
        "file_name": file_name,
        "sha256": sha256,
        "period": period,
        "municipality": municipality,
        "started_at": started,
    }
    try:
        parsed = adapter.parse(data, context)
    except InputError as error:
        raise ObservationImportError(
            file_name,
            error.problems,
            run=_rejected(
                **record,
                problems=error.problems,
                rows_read=0,
                rows_rejected=0,
            ),
        ) from error
    observations = parsed.observations
    published = observations[~observations[c.DERIVED].astype(bool)]
    problems = [
        *parsed.problems,
        *checks.check_regions(published, known=regions, municipality=municipality),
        *checks.check_indicators(published, known=set(catalogue_frame["key"])),
        *checks.check_negative(
            published,
            may_be_negative=set(catalogue_frame.loc[catalogue_frame["allows_negative"], "key"]),
        ),
        *checks.check_duplicates(published),
    ]
    rows_read = int(published[c.ROW].max()) if len(published) else 0
    if problems:
        rejected_rows = {problem.row for problem in problems if problem.row is not None}
        raise ObservationImportError(
            file_name,
            problems,
            unmapped=parsed.unmapped,
            run=_rejected(
                **record,
                table_id=parsed.table_id,
                problems=problems,
                rows_read=rows_read,
                rows_rejected=len(rejected_rows),
            ),
        )
    with transaction.atomic():
        run = ImportRun.objects.create(
            **_blank_none(record),
            table_id=parsed.table_id,
            rows_read=rows_read,
            notes=parsed.notes,
            status=ImportStatus.RUNNING,
        )
        written = _write(observations, run=run)
        run.rows_written = written
        run.finished_at = timezone.now()
        run.status = ImportStatus.SUCCEEDED
        run.save(update_fields=["rows_written", "finished_at", "status"])
    logger.info("imported %s observations from %s (%s)", written, file_name, source)
    return ImportOutcome(run=run, notes=parsed.notes)


def observation_fetch_cbs(*, table_id: str, municipality: str, regions: Set[str]) -> ImportOutcome:
    """Download a KWB table for one municipality through `cbsodata` and import it."""
    measures = list(selectors.indicator_frame().query("source == @catalogue.KWB")["source_column"])
    frame = download(
        table_id,
        municipality=municipality,
        measures=measures,
        catalog_url=settings.WIJKAGENDA_CBS_CATALOG_URL,
        use_https=settings.WIJKAGENDA_CBS_USE_HTTPS,
    )
    return observation_import_bytes(
        source=catalogue.KWB,
        data=frame.to_csv(index=False).encode(),
        file_name=f"{table_id} {municipality} (cbsodata)",
        regions=regions,
        municipality=municipality,
    )


def _write(observations: pd.DataFrame, *, run: ImportRun) -> int:
    """Insert or replace the values (one per indicator, region and period).

    Multi-row `INSERT … ON CONFLICT … DO UPDATE` statements through the cursor: a national KWB
    table is some 300,000 values, and a model instance per value (`bulk_create`) takes most of a
    minute, a statement per value (`executemany`) still 20 s on PostgreSQL; this takes seconds.
    SQLite (3.24+) and PostgreSQL share the syntax.
    """
    # In the order of the unique index: inserts then walk the B-tree instead of jumping in it.
    tidy = observations[c.TIDY].sort_values([c.INDICATOR, c.REGION, c.PERIOD])
    values = tidy[c.VALUE].astype(object).where(tidy[c.VALUE].notna(), None)
    rows = list(
        zip(
            tidy[c.INDICATOR],
            tidy[c.REGION],
            tidy[c.PERIOD],
            values,
            tidy[c.DERIVED].astype(bool),
            [run.pk] * len(tidy),
            strict=True,
        )
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _copy_upsert(cursor, rows)
        else:
            for start in range(0, len(rows), ROWS_PER_STATEMENT):
                batch = rows[start : start + ROWS_PER_STATEMENT]
                cursor.execute(_upsert_sql(len(batch)), [value for row in batch for value in row])
    return len(rows)


def _copy_upsert(cursor, rows: list[tuple]) -> None:
    """PostgreSQL: COPY into a temporary table, then one upsert from it.

    psycopg quotes parameters in Python, which for 300,000 rows costs more than the database's
    work; COPY streams them.
    """
    names, types = _columns()
    quote = connection.ops.quote_name
    cursor.execute(
        "CREATE TEMPORARY TABLE observation_load ("
        + ", ".join(f"{quote(n)} {t}" for n, t in zip(names, types, strict=True))
        + ") ON COMMIT DROP"
    )
    column_list = ", ".join(quote(name) for name in names)
    with cursor.copy(f"COPY observation_load ({column_list}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    cursor.execute(_upsert_sql(0))
    cursor.execute("DROP TABLE observation_load")  # several imports may share one transaction


# 6 parameters a row: 3,000 a statement stays under every backend's limit.
ROWS_PER_STATEMENT = 500


def _columns() -> tuple[list[str], list[str]]:
    """The written columns of Observation and their database types, in the order of a row."""
    fields = [
        Observation._meta.get_field(name)
        for name in ("indicator", "region_code", "period", "value", "derived", "import_run")
    ]
    return [f.column for f in fields], [f.db_type(connection) for f in fields]


@functools.cache
def _upsert_sql(rows: int) -> str:
    """Upsert `rows` rows of parameters, or (rows=0) everything in the table observation_load."""
    columns, _ = _columns()
    quote = connection.ops.quote_name
    keys = ", ".join(quote(column) for column in columns[:3])
    updates = ", ".join(f"{quote(column)} = excluded.{quote(column)}" for column in columns[3:])
    column_list = ", ".join(quote(column) for column in columns)
    row = f"({', '.join(['%s'] * len(columns))})"
    source = (
        f"VALUES {', '.join([row] * rows)}"
        if rows
        else (f"SELECT {column_list} FROM observation_load")
    )
    return (
        f"INSERT INTO {quote(Observation._meta.db_table)} ({column_list}) {source} "
        f"ON CONFLICT ({keys}) DO UPDATE SET {updates}"
    )


def _rejected(
    *,
    problems: list[Problem],
    rows_read: int,
    rows_rejected: int,
    table_id: str = "",
    started_at=None,
    **record,
) -> ImportRun:
    """Record a rejected attempt (the run only: no observation is written)."""
    now = timezone.now()
    return ImportRun.objects.create(
        **_blank_none(record),
        table_id=table_id,
        started_at=started_at or now,
        finished_at=now,
        rows_read=rows_read,
        rows_rejected=rows_rejected,
        status=ImportStatus.REJECTED,
        errors=[
            {
                "row": p.row,
                "column": p.column,
                "value": None if p.value is None else str(p.value),
                "message": p.message,
            }
            for p in problems
        ],
    )


def _blank_none(record: dict) -> dict:
    return {key: "" if value is None else value for key, value in record.items()}
