"""Small charts of an indicator: where an area stands among its peers, and its trend.

The builders return figures in plotly's JSON figure format (`{"data": [...], "layout": {...}}`),
which the page hands to the local plotly.min.js. They are plain dicts rather than
`plotly.graph_objects.Figure`: building and validating a Figure costs about 25 ms, and a wijk
page has some twenty charts. The tests load every spec into `go.Figure` to prove it valid.
Texts (labels) come in translated from the caller.
"""

HIGHLIGHT = "#1a5d95"  # contrast ≥ 4.5:1 on white
REFERENCE = "#a14a12"
PEERS = "#8a8a8a"
AXIS_FORMAT = ",~f"  # thousands grouped, no trailing zeros: 0,5 · 1.000
FONT = {"family": "system-ui, sans-serif", "size": 13, "color": "#222222"}


def _layout(*, height: int, separators: str, **extra) -> dict:
    return {
        "height": height,
        "margin": {"l": 8, "r": 8, "t": 8, "b": 28},
        "font": FONT,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,
        "dragmode": False,
        "hovermode": "closest",
        "separators": separators,
        **extra,
    }


def _clean(values: list) -> list:
    """NaN is not JSON: a missing value is null."""
    return [None if value is None or value != value else value for value in values]


def strip_figure(
    *,
    peer_values: list[float],
    peer_labels: list[str],
    value: float | None,
    value_label: str,
    reference: float | None,
    reference_label: str,
    number_format: str,
    separators: str = ",.",
) -> dict:
    """Every peer as a grey dot on one line, the area as a large dot, the reference as a line."""
    hover = f"%{{text}}: %{{x:{number_format}}}<extra></extra>"
    data = [
        {
            "type": "scatter",
            "x": _clean(peer_values),
            "y": [0] * len(peer_values),
            "mode": "markers",
            "text": peer_labels,
            "hovertemplate": hover,
            "marker": {"size": 9, "color": PEERS, "opacity": 0.6},
        }
    ]
    shapes, annotations = [], []
    if reference is not None:
        shapes.append(
            {
                "type": "line",
                "x0": reference,
                "x1": reference,
                "xref": "x",
                "y0": 0,
                "y1": 1,
                "yref": "paper",
                "line": {"color": REFERENCE, "width": 2, "dash": "dash"},
            }
        )
        annotations.append(
            {
                "x": reference,
                "y": 1,
                "yref": "paper",
                "text": reference_label,
                "showarrow": False,
                "xanchor": "left",
                "xshift": 4,
                "font": {"color": REFERENCE, "size": 12},
            }
        )
    if value is not None:
        data.append(
            {
                "type": "scatter",
                "x": [value],
                "y": [0],
                "mode": "markers",
                "text": [value_label],
                "hovertemplate": hover,
                "marker": {"size": 18, "color": HIGHLIGHT, "line": {"color": "white", "width": 2}},
            }
        )
    layout = _layout(
        height=90,
        separators=separators,
        shapes=shapes,
        annotations=annotations,
        xaxis={
            "tickformat": AXIS_FORMAT,
            "gridcolor": "#e5e5e5",
            "zeroline": False,
            "fixedrange": True,
        },
        yaxis={"visible": False, "fixedrange": True, "range": [-1, 1]},
    )
    return {"data": data, "layout": layout}


def trend_figure(
    *,
    periods: list[str],
    series: list[float | None],
    series_label: str,
    reference_series: list[float | None],
    reference_label: str,
    number_format: str,
    separators: str = ",.",
) -> dict:
    """The area and its reference over the periods, as two labelled lines."""
    data = [
        {
            "type": "scatter",
            "x": periods,
            "y": _clean(values),
            "name": label,
            "mode": "lines+markers",
            "connectgaps": True,
            "marker": {"size": 7},
            "line": {"color": colour, "width": 3, "dash": dash},
            "hovertemplate": f"{label}, %{{x}}: %{{y:{number_format}}}<extra></extra>",
        }
        for values, label, colour, dash in [
            (reference_series, reference_label, REFERENCE, "dash"),
            (series, series_label, HIGHLIGHT, "solid"),
        ]
        if values
    ]
    layout = _layout(
        height=200,
        separators=separators,
        showlegend=True,
        legend={"orientation": "h", "y": -0.3, "x": 0},
        margin={"l": 8, "r": 8, "t": 8, "b": 56},
        xaxis={"type": "category", "fixedrange": True},
        yaxis={
            "tickformat": AXIS_FORMAT,
            "gridcolor": "#e5e5e5",
            "fixedrange": True,
            "automargin": True,
        },
    )
    return {"data": data, "layout": layout}
