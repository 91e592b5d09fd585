"""Maps of regions: a plotly choropleth for the map page, an SVG or PNG outline for small maps.

Pure: frames with a `geojson` column (WGS84 geometry) in, a figure or markup out. Labels come
in as arguments, already translated.
"""

import io
from html import escape

import geopandas as gpd
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from PIL import Image, ImageDraw
from shapely.geometry import mapping, shape

from . import columns as c

# The colours of the small map where no stylesheet applies (PDF and Word).
HIGHLIGHT, OTHER = "#1a5d95", "#dbe4f0"


def feature_collection(
    regions: pd.DataFrame, properties: list[str] | None = None, *, clockwise: bool = False
) -> dict:
    """A GeoJSON FeatureCollection with the region code as feature id.

    `clockwise=True` winds exterior rings clockwise, as d3-geo (and so plotly.js) needs on the
    sphere; RFC 7946 GeoJSON, what we store and serve, winds them counter-clockwise.
    """
    features = []
    for row in regions.itertuples(index=False):
        record = row._asdict()
        geometry = record[c.GEOJSON]
        if clockwise and geometry is not None:
            oriented = shapely.orient_polygons(shape(geometry), exterior_cw=True)
            geometry = mapping(oriented)
        features.append(
            {
                "type": "Feature",
                "id": record[c.CODE],
                "geometry": geometry,
                "properties": {key: record[key] for key in properties or []},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def choropleth_figure(
    regions: pd.DataFrame,
    *,
    value: str,
    value_label: str,
    hover_lines: pd.Series,
    urls: pd.Series,
    missing_label: str = "",
) -> go.Figure:
    """Regions coloured by `value`; hover shows `hover_lines`; each point carries its page URL.

    Regions without a value are drawn in light grey (never as 0). The map needs no tiles and no
    base map: only the regions' own shapes are drawn.
    """
    with_shape = regions[regions[c.GEOJSON].notna()]
    values = pd.to_numeric(with_shape[value], errors="coerce")
    figure = go.Figure()
    for known in (True, False):
        part = with_shape[values.notna() == known]
        if part.empty:
            continue
        customdata = np.column_stack([hover_lines.loc[part.index], urls.loc[part.index]]).tolist()
        common = {
            "geojson": feature_collection(part, clockwise=True),
            "locations": part[c.CODE].tolist(),
            "customdata": customdata,
            "hovertemplate": "%{customdata[0]}<extra></extra>",
            "marker": {"line": {"color": "#ffffff", "width": 1}},
        }
        if known:
            figure.add_trace(
                go.Choropleth(
                    z=values[part.index].tolist(),
                    colorscale="Blues",
                    **common,
                    colorbar={"title": {"text": value_label}, "thickness": 12, "len": 0.8},
                )
            )
        else:
            figure.add_trace(
                go.Choropleth(
                    z=[0] * len(part),
                    colorscale=[[0, "#d9d9d9"], [1, "#d9d9d9"]],
                    showscale=False,
                    name=missing_label,
                    **common,
                )
            )
    figure.update_geos(fitbounds="locations", visible=False, projection_type="mercator")
    figure.update_layout(
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=520,
        dragmode=False,
        paper_bgcolor="rgba(0,0,0,0)",
        geo={"bgcolor": "rgba(0,0,0,0)"},
    )
    return figure


def outline_svg(
    regions: pd.DataFrame,
    *,
    highlight: str,
    title: str,
    urls: pd.Series | None = None,
    width: int = 320,
) -> str:
    """An SVG map (RD New, north up) of `regions` with `highlight` marked; no JavaScript needed.

    With `urls`, every other region is a link to its page.
    """
    projected = _projected(regions, width=width)
    if projected is None:
        return ""
    with_shape, geometries, minx, maxy, scale, height = projected
    paths = []
    for index, geometry in geometries.items():
        code = with_shape.at[index, c.CODE]
        name = escape(str(with_shape.at[index, c.NAME]))
        d = _path_data(geometry, minx=minx, maxy=maxy, scale=scale)
        css = "region region--highlight" if code == highlight else "region"
        path = f'<path class="{css}" d="{d}"><title>{name}</title></path>'
        if urls is not None and code != highlight:
            path = f'<a href="{escape(urls.at[index])}" aria-label="{name}">{path}</a>'
        paths.append(path)
    # With links inside, the map is a group of links; without, one image.
    role = "group" if urls is not None else "img"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="region-outline" role="{role}" aria-labelledby="outline-title">'
        f'<title id="outline-title">{escape(title)}</title>{"".join(paths)}</svg>'
    )


def outline_png(regions: pd.DataFrame, *, highlight: str, width: int = 1200) -> bytes:
    """The map of `outline_svg` as a PNG (for Word), drawn with Pillow: no browser, no tiles."""
    projected = _projected(regions, width=width)
    if projected is None:
        return b""
    with_shape, geometries, minx, maxy, scale, height = projected
    image = Image.new("RGB", (width + 1, height + 1), "white")
    draw = ImageDraw.Draw(image)
    for index, geometry in geometries.items():
        fill = HIGHLIGHT if with_shape.at[index, c.CODE] == highlight else OTHER
        polygons = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
        for polygon in polygons:
            draw.polygon(_pixels(polygon.exterior, minx, maxy, scale), fill=fill, outline="white")
            for hole in polygon.interiors:
                draw.polygon(_pixels(hole, minx, maxy, scale), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _projected(regions: pd.DataFrame, *, width: int):
    """The regions with a shape, in RD New (metres, north up), scaled to `width` pixels."""
    with_shape = regions[regions[c.GEOJSON].notna()]
    if with_shape.empty:
        return None
    geometries = gpd.GeoSeries(
        [shape(g) for g in with_shape[c.GEOJSON]], index=with_shape.index, crs="EPSG:4326"
    ).to_crs("EPSG:28992")
    minx, miny, maxx, maxy = geometries.total_bounds
    span = max(maxx - minx, maxy - miny) or 1.0
    scale = width / span
    height = round((maxy - miny) * scale)
    return with_shape, geometries, minx, maxy, scale, height


def _pixels(ring, minx: float, maxy: float, scale: float) -> list[tuple[float, float]]:
    xy = np.asarray(ring.coords)[:, :2]
    return [((x - minx) * scale, (maxy - y) * scale) for x, y in xy]


def _path_data(geometry, *, minx: float, maxy: float, scale: float) -> str:
    polygons = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
    rings = []
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            xy = np.asarray(ring.coords)[:, :2]
            x = np.round((xy[:, 0] - minx) * scale, 1)
            y = np.round((maxy - xy[:, 1]) * scale, 1)
            points = " ".join(f"{a:g},{b:g}" for a, b in zip(x, y, strict=True))
            rings.append(f"M{points}Z")
    return "".join(rings)
