"""Map builders: the plotly figure and the SVG outline."""

import io

import pandas as pd
import shapely
from PIL import Image
from shapely.geometry import box, mapping

from neighbourhoods.compute import columns as c
from neighbourhoods.compute.maps import (
    HIGHLIGHT,
    OTHER,
    choropleth_figure,
    outline_png,
    outline_svg,
)


def regions() -> pd.DataFrame:
    squares = [box(4.30, 52.07, 4.31, 52.08), box(4.31, 52.07, 4.32, 52.08)]
    return pd.DataFrame(
        {
            c.CODE: ["WK051801", "WK051802"],
            c.NAME: ["Oostduinen", "Belgisch <Park>"],
            c.POPULATION: [0, 8385],
            c.GEOJSON: [mapping(shapely.orient_polygons(s, exterior_cw=False)) for s in squares],
        }
    )


def test_the_choropleth_winds_rings_clockwise_for_d3_and_carries_hover_and_urls():
    frame = regions()
    figure = choropleth_figure(
        frame,
        value=c.POPULATION,
        value_label="Inwoners",
        hover_lines=frame[c.NAME],
        urls=pd.Series(["/wijken/WK051801", "/wijken/WK051802"]),
    )
    trace = figure.data[0]
    assert list(trace.locations) == ["WK051801", "WK051802"]
    assert trace.customdata[1][1] == "/wijken/WK051802"
    for feature in trace.geojson["features"]:
        exterior = shapely.geometry.shape(feature["geometry"]).exterior
        assert not exterior.is_ccw  # d3-geo fills the whole globe otherwise


def test_the_outline_marks_the_highlight_links_the_rest_and_escapes_names():
    frame = regions()
    svg = outline_svg(
        frame,
        highlight="WK051801",
        title="Kaart",
        urls=pd.Series(["/wijken/WK051801", "/wijken/WK051802"]),
    )
    assert svg.count("region--highlight") == 1
    assert '<a href="/wijken/WK051802"' in svg
    assert '<a href="/wijken/WK051801"' not in svg
    assert "Belgisch &lt;Park&gt;" in svg
    assert 'role="group"' in svg


def test_the_png_outline_draws_the_highlight_dark_and_the_rest_light():
    image = Image.open(io.BytesIO(outline_png(regions(), highlight="WK051802", width=200)))
    width, height = image.size
    assert width == 201 and 0.75 < height / width < 0.9  # two 0.01° squares at 52° N
    rgb = image.convert("RGB")
    assert rgb.getpixel((50, height // 2)) == Image.new("RGB", (1, 1), OTHER).getpixel((0, 0))
    assert rgb.getpixel((150, height // 2)) == Image.new("RGB", (1, 1), HIGHLIGHT).getpixel((0, 0))


def test_no_shapes_no_png():
    frame = regions().assign(**{c.GEOJSON: None})
    assert outline_png(frame, highlight="WK051802") == b""
