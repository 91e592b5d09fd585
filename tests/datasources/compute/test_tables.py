"""Reading files as officers send them: delimiters, encodings, BOM, Excel; and what is refused."""

import io

import openpyxl
import pytest

from datasources.compute.problems import InputError
from datasources.compute.tables import read_table

ROWS = "regiocode{d}naam{d}waarde\nWK051802{d}Belgisch Park{d}12,5\nWK051803{d}Ën{d}7\n"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252"])
def test_reads_every_usual_delimiter_and_encoding(delimiter, encoding):
    text = ROWS.format(d=delimiter)
    if delimiter == ",":
        text = text.replace("12,5", '"12,5"')
    frame = read_table(text.encode(encoding))
    assert list(frame.columns) == ["regiocode", "naam", "waarde"]
    assert frame.loc[1, "naam"] == "Ën"
    assert frame.loc[0, "waarde"] == "12,5"


def test_reads_the_first_sheet_of_an_xlsx_workbook():
    book = openpyxl.Workbook()
    book.active.append(["regiocode", "waarde"])
    book.active.append(["WK051802", 12.5])
    buffer = io.BytesIO()
    book.save(buffer)
    frame = read_table(buffer.getvalue())
    assert frame.to_dict("records") == [{"regiocode": "WK051802", "waarde": "12.5"}]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n \n", "the file is empty"),
        (b"regiocode;waarde\n", "the file has a header but no rows"),
        ("regiocode;waarde\nWK051802;1\n".encode("utf-16"), "UTF-16"),
        (b"regiocode;waarde\nWK0518\x00\x01\x02;1\n", "not text in UTF-8 or Latin-1"),
        (b"PK\x03\x04 not really a workbook", "the Excel file cannot be read"),
    ],
)
def test_refuses_what_is_not_a_readable_table(data, message):
    with pytest.raises(InputError) as error:
        read_table(data)
    assert message in str(error.value)


def test_a_binary_file_names_the_line_of_the_first_bad_byte():
    with pytest.raises(InputError) as error:
        read_table(b"a;b\n1;2\n3;\x90\n")
    assert "line 3" in str(error.value)
