"""Our column names, and the source column names they come from (renamed once, when parsed)."""

CODE = "code"
NAME = "name"
LEVEL = "level"
PARENT = "parent_code"
PARENT_NAME = "parent_name"
POPULATION = "population"
AREA_KM2 = "area_km2"
YEAR = "boundary_year"
GEOMETRY = "geometry"
GEOJSON = "geojson"
POSTCODES = "postcodes"
SEARCH = "search_text"
PROVINCE = "province_code"

COUNTRY = "country"
PROVINCE_LEVEL = "province"
MUNICIPALITY = "municipality"
DISTRICT = "district"  # wijk
NEIGHBOURHOOD = "neighbourhood"  # buurt

LEVELS = (COUNTRY, PROVINCE_LEVEL, MUNICIPALITY, DISTRICT, NEIGHBOURHOOD)
# CBS code pattern and prefix per level: NL00, PV28, GM0518, WK051828, BU05182800. The wijk
# and buurt parts after the municipality's four digits may hold capitals (Amsterdam: WK0363AA).
CODE_PATTERNS = {
    COUNTRY: r"NL\d{2}",
    PROVINCE_LEVEL: r"PV\d{2}",
    MUNICIPALITY: r"GM\d{4}",
    DISTRICT: r"WK\d{4}[0-9A-Z]{2}",
    NEIGHBOURHOOD: r"BU\d{4}[0-9A-Z]{4}",
}
LEVEL_BY_PREFIX = {pattern[:2]: level for level, pattern in CODE_PATTERNS.items()}
COUNTRY_CODE = "NL00"

# Column schemes of CBS wijk- en buurtkaart files, most specific first. Each names the level and
# the source columns for code, name, parent code, parent name and population (matched without
# regard to case). CBS shapefiles use WK_CODE/WK_NAAM/GM_CODE; PDOK uses wijkcode/wijknaam/
# gemeentecode; the generalised CBS files use statcode/statnaam with the level in the code.
BOUNDARY_SCHEMES = (
    (NEIGHBOURHOOD, "BU_CODE", "BU_NAAM", "WK_CODE", "WK_NAAM", "AANT_INW"),
    (DISTRICT, "WK_CODE", "WK_NAAM", "GM_CODE", "GM_NAAM", "AANT_INW"),
    (MUNICIPALITY, "GM_CODE", "GM_NAAM", None, None, "AANT_INW"),
    (NEIGHBOURHOOD, "buurtcode", "buurtnaam", "wijkcode", "wijknaam", "aantalInwoners"),
    (DISTRICT, "wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "aantalInwoners"),
    (MUNICIPALITY, "gemeentecode", "gemeentenaam", None, None, "aantalInwoners"),
    (None, "statcode", "statnaam", None, None, None),
)
# Other spellings of the population column seen in published files.
POPULATION_ALIASES = ("AANT_INW", "aantalInwoners", "aantal_inwoners")

# KWB (Kerncijfers wijken en buurten) columns used for postcode areas.
KWB_REGION = "WijkenEnBuurten"
KWB_POSTCODE = "MeestVoorkomendePostcode_118"
