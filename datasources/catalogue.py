"""The default catalogue: the themes of the agenda and every measure in the shipped data.

Plain data, loaded by a migration (`catalogue_sync`) so that every installation starts with it;
a municipality adds its own indicators through the admin or a municipal file.
"""

from dataclasses import dataclass

KWB = "cbs-kwb"
GGD = "ggd-gezondheidsmonitor"
POLICE = "politie-misdrijven"
MUNICIPAL = "municipal-file"

POPULATION = "kwb-inwoners"  # the residents count every per-1,000 figure divides by

KWB_TITLE = "CBS, Kerncijfers wijken en buurten"
GGD_TITLE = "RIVM, GGD'en en CBS, Gezondheidsmonitor Volwassenen en Ouderen"
POLICE_TITLE = "Politie via CBS, Geregistreerde misdrijven"


@dataclass(frozen=True)
class ThemeSpec:
    key: str
    name_nl: str
    name_en: str
    description_nl: str
    description_en: str


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    theme: str
    source: str
    table_id: str
    source_column: str
    name_nl: str
    name_en: str
    unit: str
    polarity: str
    decimals: int = 0
    normalisation: str = "none"
    derived: bool = False
    is_total: bool = False
    description_nl: str = ""
    description_en: str = ""

    @property
    def phrases(self) -> tuple[str, str]:
        return PHRASES[self.key]

    @property
    def source_title(self) -> str:
        return {KWB: KWB_TITLE, GGD: GGD_TITLE, POLICE: POLICE_TITLE}[self.source]

    @property
    def attribution(self) -> str:
        return {KWB: "CBS", GGD: "RIVM, GGD'en en CBS", POLICE: "Politie, CBS"}[self.source]


THEMES = [
    ThemeSpec(
        "wonen",
        "Wonen",
        "Housing",
        "Huizen in de wijk: wat ze kosten, wie er woont en hoe vol het is.",
        "Homes in the area: what they cost, who lives there and how crowded it is.",
    ),
    ThemeSpec(
        "veiligheid",
        "Veiligheid",
        "Safety",
        "Hoe veilig het is in de wijk, en hoeveel misdrijven de politie ziet.",
        "How safe the area is, and how many crimes the police record.",
    ),
    ThemeSpec(
        "gezondheid",
        "Gezondheid",
        "Health",
        "Hoe gezond mensen zich voelen en hoe makkelijk zorg te vinden is.",
        "How healthy people feel and how easy care is to find.",
    ),
    ThemeSpec(
        "bestaanszekerheid",
        "Bestaanszekerheid",
        "Income security",
        "Genoeg geld om van te leven: inkomen, schulden en werk.",
        "Enough money to live on: income, debt and work.",
    ),
    ThemeSpec(
        "jeugd-en-onderwijs",
        "Jeugd en onderwijs",
        "Youth and education",
        "Kinderen en jongeren: scholen, opvang en plekken om te spelen.",
        "Children and young people: schools, childcare and places to play.",
    ),
    ThemeSpec(
        "openbare-ruimte-en-groen",
        "Openbare ruimte en groen",
        "Public space and green",
        "Straten, pleinen, parken en water: schoon, heel en groen.",
        "Streets, squares, parks and water: clean, intact and green.",
    ),
    ThemeSpec(
        "voorzieningen",
        "Voorzieningen",
        "Amenities",
        "Winkels, huisarts en andere voorzieningen dichtbij.",
        "Shops, a GP and other amenities nearby.",
    ),
    ThemeSpec(
        "verkeer-en-bereikbaarheid",
        "Verkeer en bereikbaarheid",
        "Traffic and access",
        "Veilig fietsen en lopen, parkeren en openbaar vervoer.",
        "Safe cycling and walking, parking and public transport.",
    ),
    ThemeSpec(
        "samenleven-en-meedoen",
        "Samenleven en meedoen",
        "Living together and taking part",
        "Wie er woont, elkaar kennen en meedoen in de wijk.",
        "Who lives here, knowing each other and taking part in the area.",
    ),
]

_KWB_NOTE_NL = "Kerncijfers wijken en buurten (CBS-tabel 85984NED), kolom {column}."
_KWB_NOTE_EN = "Key figures for districts and neighbourhoods (CBS table 85984NED), column {column}."


def _kwb(key, theme, column, name_nl, name_en, unit, polarity, decimals=0, normalisation="none"):
    return IndicatorSpec(
        key,
        theme,
        KWB,
        "85984NED",
        column,
        name_nl,
        name_en,
        unit,
        polarity,
        decimals,
        normalisation,
        is_total=key in TOTALS,
        description_nl=_KWB_NOTE_NL.format(column=column),
        description_en=_KWB_NOTE_EN.format(column=column),
    )


N, UP, DOWN = "neutral", "higher_is_better", "higher_is_worse"
TOTALS = {POPULATION, "kwb-huishoudens", "kwb-oppervlakte-land"}

INDICATORS = [
    _kwb(
        "kwb-woz-waarde",
        "wonen",
        "GemiddeldeWOZWaardeVanWoningen_39",
        "Gemiddelde WOZ-waarde van woningen",
        "Average WOZ value of homes",
        "euro_thousands",
        N,
    ),
    _kwb(
        "kwb-koopwoningen",
        "wonen",
        "Koopwoningen_47",
        "Koopwoningen",
        "Owner-occupied homes",
        "percent",
        N,
    ),
    _kwb(
        "kwb-eengezinswoningen",
        "wonen",
        "PercentageEengezinswoning_40",
        "Eengezinswoningen",
        "Single-family homes",
        "percent",
        N,
    ),
    _kwb(
        "kwb-huishoudens", "wonen", "HuishoudensTotaal_29", "Huishoudens", "Households", "count", N
    ),
    _kwb(
        "kwb-huishoudensgrootte",
        "wonen",
        "GemiddeldeHuishoudensgrootte_33",
        "Gemiddelde grootte van een huishouden",
        "Average household size",
        "persons",
        N,
        1,
    ),
    _kwb(
        "kwb-bevolkingsdichtheid",
        "wonen",
        "Bevolkingsdichtheid_34",
        "Inwoners per km² land",
        "Residents per km² of land",
        "per_km2",
        N,
    ),
    _kwb(
        "kwb-adressendichtheid",
        "wonen",
        "Omgevingsadressendichtheid_121",
        "Adressen per km² in de omgeving",
        "Addresses per km² around",
        "per_km2",
        N,
    ),
    _kwb(
        "kwb-stedelijkheid",
        "wonen",
        "MateVanStedelijkheid_120",
        "Mate van stedelijkheid",
        "Degree of urbanisation",
        "class",
        N,
    ),
    _kwb(
        "kwb-postcode",
        "wonen",
        "MeestVoorkomendePostcode_118",
        "Meest voorkomende postcode",
        "Most common postcode",
        "code",
        N,
    ),
    IndicatorSpec(
        "politie-misdrijven",
        "veiligheid",
        POLICE,
        "47022NED",
        "GeregistreerdeMisdrijven_1",
        "Geregistreerde misdrijven",
        "Registered crimes",
        "count",
        DOWN,
        is_total=True,
        description_nl="Alle misdrijven die de politie in een kalenderjaar registreerde "
        "(CBS-tabel 47022NED, soort misdrijf 0.0.0 totaal), opgeteld over de maanden. "
        "Voor een wijk: de som van de buurten, als alle buurten een cijfer hebben (afgeleid).",
        description_en="All crimes the police registered in a calendar year (CBS table "
        "47022NED, crime type 0.0.0 total), summed over the months. "
        "For a district: the sum of its neighbourhoods when all have a figure (derived).",
    ),
    IndicatorSpec(
        "politie-misdrijven-per-1000",
        "veiligheid",
        POLICE,
        "47022NED",
        "GeregistreerdeMisdrijven_1",
        "Geregistreerde misdrijven per 1.000 inwoners",
        "Registered crimes per 1,000 residents",
        "per_1000",
        DOWN,
        1,
        derived=True,
        description_nl="Berekend door Wijkagenda: geregistreerde misdrijven in een jaar, "
        "gedeeld door het aantal inwoners in hetzelfde jaar (CBS 85984NED), maal 1.000. "
        "Zonder inwonertal van dat jaar is er geen waarde.",
        description_en="Computed by Wijkagenda: registered crimes in a year divided by the "
        "residents in the same year (CBS 85984NED), times 1,000. Without a residents count for "
        "that year there is no value.",
    ),
    IndicatorSpec(
        "ggd-goed-ervaren-gezondheid",
        "gezondheid",
        GGD,
        "50150NED",
        "GoedErvarenGezondheid_4",
        "Volwassenen die hun gezondheid goed of zeer goed noemen",
        "Adults who call their health good or very good",
        "percent",
        UP,
        1,
        description_nl="Schatting per buurt en gemeente van de Gezondheidsmonitor (tabel "
        "50150NED op dataderden.cbs.nl). Voor een wijk publiceert de GGD geen cijfer: "
        "Wijkagenda berekent het als het gemiddelde van de buurten, gewogen naar hun aantal "
        "inwoners (CBS 85984NED, het meest recente jaar). Zo'n wijkcijfer is afgeleid.",
        description_en="Estimate per neighbourhood and municipality from the Health Monitor "
        "(table 50150NED on dataderden.cbs.nl). The GGD publishes no figure per district: "
        "Wijkagenda computes it as the mean of its neighbourhoods weighted by their residents "
        "(CBS 85984NED, latest year). Such a district figure is derived.",
    ),
    _kwb(
        "kwb-inkomen-per-inwoner",
        "bestaanszekerheid",
        "GemiddeldInkomenPerInwoner_78",
        "Gemiddeld inkomen per inwoner",
        "Average income per resident",
        "euro_thousands",
        UP,
        1,
    ),
    _kwb(
        "kwb-jongeren-0-15",
        "jeugd-en-onderwijs",
        "k_0Tot15Jaar_8",
        "Kinderen tot 15 jaar",
        "Children under 15",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-afstand-school",
        "jeugd-en-onderwijs",
        "AfstandTotSchool_113",
        "Afstand tot de basisschool",
        "Distance to a primary school",
        "km",
        DOWN,
        1,
    ),
    _kwb(
        "kwb-scholen-binnen-3-km",
        "jeugd-en-onderwijs",
        "ScholenBinnen3Km_114",
        "Basisscholen binnen 3 km",
        "Primary schools within 3 km",
        "count",
        UP,
        1,
    ),
    _kwb(
        "kwb-oppervlakte-land",
        "openbare-ruimte-en-groen",
        "OppervlakteLand_116",
        "Oppervlakte land",
        "Land area",
        "ha",
        N,
    ),
    _kwb(
        "kwb-afstand-huisarts",
        "voorzieningen",
        "AfstandTotHuisartsenpraktijk_110",
        "Afstand tot de huisarts",
        "Distance to a GP practice",
        "km",
        DOWN,
        1,
    ),
    _kwb(
        "kwb-afstand-supermarkt",
        "voorzieningen",
        "AfstandTotGroteSupermarkt_111",
        "Afstand tot een grote supermarkt",
        "Distance to a large supermarket",
        "km",
        DOWN,
        1,
    ),
    _kwb(
        POPULATION, "samenleven-en-meedoen", "AantalInwoners_5", "Inwoners", "Residents", "count", N
    ),
    _kwb(
        "kwb-15-25-jaar",
        "samenleven-en-meedoen",
        "k_15Tot25Jaar_9",
        "Inwoners van 15 tot 25 jaar",
        "Residents aged 15 to 25",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-25-45-jaar",
        "samenleven-en-meedoen",
        "k_25Tot45Jaar_10",
        "Inwoners van 25 tot 45 jaar",
        "Residents aged 25 to 45",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-45-65-jaar",
        "samenleven-en-meedoen",
        "k_45Tot65Jaar_11",
        "Inwoners van 45 tot 65 jaar",
        "Residents aged 45 to 65",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-mannen",
        "samenleven-en-meedoen",
        "Mannen_6",
        "Mannen",
        "Men",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-vrouwen",
        "samenleven-en-meedoen",
        "Vrouwen_7",
        "Vrouwen",
        "Women",
        "count",
        N,
        normalisation="per_1000",
    ),
    _kwb(
        "kwb-65-plus",
        "samenleven-en-meedoen",
        "k_65JaarOfOuder_12",
        "Inwoners van 65 jaar en ouder",
        "Residents aged 65 and over",
        "count",
        N,
        normalisation="per_1000",
    ),
]

# How a figure is said in a sentence (B1), with {value} for the formatted value.
PHRASES = {
    "kwb-woz-waarde": (
        "De gemiddelde WOZ-waarde van een woning is {value}",
        "The average WOZ value of a home is {value}",
    ),
    "kwb-koopwoningen": (
        "{value} van de woningen is een koopwoning",
        "{value} of the homes are owner-occupied",
    ),
    "kwb-eengezinswoningen": (
        "{value} van de woningen is een eengezinswoning",
        "{value} of the homes are single-family homes",
    ),
    "kwb-huishoudens": ("Er wonen {value} huishoudens", "{value} households live here"),
    "kwb-huishoudensgrootte": (
        "In een huishouden wonen gemiddeld {value} personen",
        "A household has {value} people on average",
    ),
    "kwb-bevolkingsdichtheid": (
        "Er wonen {value} mensen per km² land",
        "{value} people live per km² of land",
    ),
    "kwb-adressendichtheid": (
        "Rond een adres liggen gemiddeld {value} adressen per km²",
        "Around an address there are {value} addresses per km² on average",
    ),
    "kwb-stedelijkheid": (
        "De mate van stedelijkheid is {value} (1 is zeer sterk stedelijk, 5 is niet stedelijk)",
        "The degree of urbanisation is {value} (1 is very strongly urban, 5 is not urban)",
    ),
    "kwb-postcode": (
        "De meest voorkomende postcode is {value}",
        "The most common postcode is {value}",
    ),
    "politie-misdrijven": (
        "De politie registreerde {value} misdrijven",
        "The police registered {value} crimes",
    ),
    "politie-misdrijven-per-1000": (
        "De politie registreerde {value} misdrijven per 1.000 inwoners",
        "The police registered {value} crimes per 1,000 residents",
    ),
    "ggd-goed-ervaren-gezondheid": (
        "{value} van de volwassenen noemt de eigen gezondheid goed of zeer goed",
        "{value} of adults call their health good or very good",
    ),
    "kwb-inkomen-per-inwoner": (
        "Het gemiddelde inkomen per inwoner is {value}",
        "The average income per resident is {value}",
    ),
    "kwb-jongeren-0-15": (
        "Er wonen {value} kinderen tot 15 jaar per 1.000 inwoners",
        "{value} children under 15 live here per 1,000 residents",
    ),
    "kwb-afstand-school": (
        "De dichtstbijzijnde basisschool is gemiddeld {value} ver weg",
        "The nearest primary school is {value} away on average",
    ),
    "kwb-scholen-binnen-3-km": (
        "Binnen 3 km liggen gemiddeld {value} basisscholen",
        "There are {value} primary schools within 3 km on average",
    ),
    "kwb-oppervlakte-land": ("Het gebied heeft {value} land", "The area has {value} of land"),
    "kwb-afstand-huisarts": (
        "De dichtstbijzijnde huisarts is gemiddeld {value} ver weg",
        "The nearest GP is {value} away on average",
    ),
    "kwb-afstand-supermarkt": (
        "De dichtstbijzijnde grote supermarkt is gemiddeld {value} ver weg",
        "The nearest large supermarket is {value} away on average",
    ),
    "kwb-inwoners": ("Er wonen {value} mensen", "{value} people live here"),
    "kwb-15-25-jaar": (
        "Er wonen {value} mensen van 15 tot 25 jaar per 1.000 inwoners",
        "{value} people aged 15 to 25 live here per 1,000 residents",
    ),
    "kwb-25-45-jaar": (
        "Er wonen {value} mensen van 25 tot 45 jaar per 1.000 inwoners",
        "{value} people aged 25 to 45 live here per 1,000 residents",
    ),
    "kwb-45-65-jaar": (
        "Er wonen {value} mensen van 45 tot 65 jaar per 1.000 inwoners",
        "{value} people aged 45 to 65 live here per 1,000 residents",
    ),
    "kwb-mannen": (
        "Er wonen {value} mannen per 1.000 inwoners",
        "{value} men live here per 1,000 residents",
    ),
    "kwb-vrouwen": (
        "Er wonen {value} vrouwen per 1.000 inwoners",
        "{value} women live here per 1,000 residents",
    ),
    "kwb-65-plus": (
        "Er wonen {value} mensen van 65 jaar en ouder per 1.000 inwoners",
        "{value} people aged 65 and over live here per 1,000 residents",
    ),
}
