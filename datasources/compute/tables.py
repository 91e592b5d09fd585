"""Reading a delimited text file or an Excel sheet from bytes into a frame of strings.

Files from policy officers come with `;` or `,`, with or without a UTF-8 byte-order mark, or in
Latin-1/Windows-1252. Everything is read as text; numbers are parsed later with their row and
column known, so that a bad cell can be named.
"""

import csv
import io
import re

import pandas as pd

from .problems import InputError, Problem

XLSX_MAGIC = b"PK\x03\x04"
DELIMITERS = ";,\t"
# Bytes that Windows-1252 leaves undefined and Latin-1 maps to control characters: text in
# neither encoding (UTF-16, a binary file, a mangled export).
_NOT_TEXT = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x81\x8d\x8f\x90\x9d]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in: UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem("the file is in UTF-16; save it as UTF-8 (CSV UTF-8)")])
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
        bad = _CONTROL.search(text)
    except UnicodeDecodeError:
        bad = _NOT_TEXT.search(data)
        text, encoding = (None if bad else data.decode("cp1252")), "windows-1252"
    if bad:
        source = data if text is None else text
        line = source.count(b"\n" if text is None else "\n", 0, bad.start()) + 1
        raise InputError(
            [
                Problem(
                    f"character {bad.group()!r} on line {line} is not text in UTF-8 or Latin-1; "
                    "save the file as CSV UTF-8"
                )
            ]
        )
    return text, encoding


def sniff_delimiter(text: str) -> str:
    """`;`, `,` or a tab, judged from the header line."""
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: header.count(d) for d in DELIMITERS}
        return max(counts, key=counts.get)


def read_delimited(data: bytes) -> pd.DataFrame:
    """Every cell as a stripped string; empty cells are empty strings, never NaN."""
    text, _ = decode_text(data)
    if not text.strip():
        raise InputError([Problem("the file is empty")])
    delimiter = sniff_delimiter(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            skipinitialspace=True,
        )
    except pd.errors.ParserError as error:
        raise InputError([Problem(f"the file is not a table: {error}")]) from error
    return _clean(frame)


def read_xlsx(data: bytes) -> pd.DataFrame:
    """The first sheet of an Excel workbook, every cell as a string."""
    try:
        frame = pd.read_excel(io.BytesIO(data), sheet_name=0, dtype=str, engine="openpyxl")
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise InputError([Problem(f"the Excel file cannot be read: {error}")]) from error
    return _clean(frame.fillna(""))


def read_table(data: bytes) -> pd.DataFrame:
    """A CSV (any of the usual shapes) or an XLSX workbook, told apart by content."""
    if not data.strip():
        raise InputError([Problem("the file is empty")])
    frame = read_xlsx(data) if data.startswith(XLSX_MAGIC) else read_delimited(data)
    if frame.empty:
        raise InputError([Problem("the file has a header but no rows")])
    return frame


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.rename(columns=lambda name: str(name).strip())
    duplicated = frame.columns[frame.columns.duplicated()].tolist()
    if duplicated:
        raise InputError([Problem("a column name occurs twice", column=duplicated[0])])
    return frame.apply(lambda column: column.astype(str).str.strip())
