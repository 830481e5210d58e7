"""Statements older than the chosen age are drawn faded, on the map of facts and the map of places."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analysis.query import Place
from dashboard.maps import mapview, placemap


def facts(*published: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "fact_id": f"f{i}",
                "lat": 58.0 + i,
                "lon": 25.0,
                "quantity_low": 100,
                "quantity_high": 100,
                "approx": False,
                "troops_low": 100,
                "troops_high": 100,
                "troops_derived": False,
                "outlet": "Wire",
                "author": "",
                "published": day,
                "place": "Tapa",
                "precision": "base",
                "country": "Estonia",
                "region": "",
                "status": "existing",
                "force": "UK",
                "unit": "troops",
                "quote": "A sentence.",
                "also_cites": "",
                "title": "",
                "review_state": "unreviewed",
            }
            for i, day in enumerate(published)
        ]
    )


@pytest.mark.parametrize(
    ("published", "faded"),
    [("2023-12-31", True), ("2024-01-01", False), ("2025-06-01", False), ("", False), ("not a date", False)],
)
def test_a_fact_stated_before_the_age_is_faded(published, faded):
    table = mapview.fact_table(facts(published), faded_before=date(2024, 1, 1))
    assert table["style"].iloc[0].endswith(mapview.FADED) is faded
    assert not mapview.fact_table(facts(published))["style"].iloc[0].endswith(mapview.FADED)


def test_a_faded_style_keeps_its_colour_and_dashes_at_a_fraction_of_the_opacity():
    plain, faded = mapview.style_for("planned|base"), mapview.style_for("planned|base" + mapview.FADED)
    assert {k: faded[k] for k in ("color", "fillColor", "dashArray")} == {
        k: plain[k] for k in ("color", "fillColor", "dashArray")
    }
    assert faded["opacity"] == mapview.FADED_OPACITY
    assert faded["fillOpacity"] == round(plain["fillOpacity"] * mapview.FADED_OPACITY, 3)


def test_a_place_fades_when_its_newest_statement_is_older_than_the_age():
    def place(newest: str) -> Place:
        return Place(58.0, 25.0, "Tapa", "base", 3, 300, (("existing", 3),), (("troops", 3),), newest=newest)

    features = placemap.place_features([place("2023-05-01"), place("2024-02-01")], faded_before=date(2024, 1, 1))
    styles = [f["properties"]["style"] for f in features["features"]]
    assert [s.get("opacity") for s in styles] == [mapview.FADED_OPACITY, None]
