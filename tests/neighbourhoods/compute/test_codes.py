"""Region codes: levels, parents and the ancestors an import must create."""

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from neighbourhoods.compute import columns as c
from neighbourhoods.compute.codes import ancestor_chain, level_of, missing_ancestors, parent_code

PROVINCES = {"GM0518": "PV28", "GM0363": "PV27"}

digits = st.text(alphabet="0123456789", min_size=4, max_size=4)
tail = st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=2, max_size=2)


def test_level_of_recognises_every_cbs_level_and_rejects_the_rest():
    assert level_of("NL00") == c.COUNTRY
    assert level_of("PV28") == c.PROVINCE_LEVEL
    assert level_of("GM0518") == c.MUNICIPALITY
    assert level_of("WK051828") == c.DISTRICT
    assert level_of("WK0363AA") == c.DISTRICT  # Amsterdam uses letters since 2022
    assert level_of("BU05182800") == c.NEIGHBOURHOOD
    for bad in ["", "GM518", "WK05182", "XX0518", "wk051828", "BU0518280"]:
        assert level_of(bad) is None


def test_parents_follow_the_cbs_hierarchy_up_to_the_country():
    assert parent_code("BU05182800", municipality_provinces=PROVINCES) == "WK051828"
    assert parent_code("WK051828", municipality_provinces=PROVINCES) == "GM0518"
    assert parent_code("GM0518", municipality_provinces=PROVINCES) == "PV28"
    assert parent_code("PV28", municipality_provinces=PROVINCES) == "NL00"
    assert parent_code("NL00", municipality_provinces=PROVINCES) is None


def test_a_municipality_missing_from_the_table_hangs_under_the_country():
    assert parent_code("GM9999", municipality_provinces=PROVINCES) == "NL00"


@given(municipality=digits, wijk=tail, buurt=tail)
def test_every_buurt_descends_from_its_own_wijk_and_municipality(municipality, wijk, buurt):
    """Property: the chain of BUmmmmwwbb is WKmmmmww, GMmmmm, a province or NL00, NL00."""
    code = f"BU{municipality}{wijk}{buurt}"
    chain = ancestor_chain(code, municipality_provinces=PROVINCES)
    assert chain[:2] == [f"WK{municipality}{wijk}", f"GM{municipality}"]
    assert chain[-1] == c.COUNTRY_CODE
    assert [level_of(ancestor) for ancestor in chain[:2]] == [c.DISTRICT, c.MUNICIPALITY]


def test_missing_ancestors_lists_each_once_top_first_with_known_names():
    frame = missing_ancestors(
        pd.Series(["WK051801", "WK051802", "GM0363"]),
        municipality_provinces=PROVINCES,
        names={"GM0518": "'s-Gravenhage", "PV28": "Zuid-Holland", "NL00": "Nederland"},
    )
    assert frame[c.CODE].tolist() == ["NL00", "PV27", "PV28", "GM0518"]
    assert frame.set_index(c.CODE).loc["GM0518", c.NAME] == "'s-Gravenhage"
    assert frame.set_index(c.CODE).loc["GM0518", c.PARENT] == "PV28"
