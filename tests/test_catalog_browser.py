"""The Browser panel's "Digital Twin catalogs": connections, prefecture/city grouping of PLATEAU, layer items whose
drag-and-drop URIs open as the right layer type with the licence in their metadata."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "catalog"


@pytest.fixture
def browser_root(qgis_app):
    from digital_twin.plugin.catalog import qgis_browser

    provider = qgis_browser.register_browser_provider()
    yield provider.createDataItem("", None)
    qgis_browser.unregister_browser_provider()


def child(item, name):
    children = {c.name(): c for c in item.createChildren()}
    assert name in children, f"{name} not in {sorted(children)}"
    return children[name]


def test_plateau_connection_is_grouped_by_prefecture_and_city(browser_root, httpserver):
    from qgis.core import Qgis, QgsVectorTileLayer

    from digital_twin.plugin.catalog import qgis_connections

    httpserver.expect_request("/browser/plateau-datasets").respond_with_data(
        (DATA / "plateau_datasets.json").read_bytes(), content_type="application/json")
    qgis_connections.add_connection("Browser PLATEAU", "plateau", httpserver.url_for("/browser/plateau-datasets"))
    try:
        connection = child(browser_root, "Browser PLATEAU")
        prefectures = sorted(c.name() for c in connection.createChildren())
        assert prefectures == sorted(["北海道", "東京都", "静岡県", "神奈川県"])
        chiyoda = child(child(connection, "東京都"), "千代田区")
        layers = chiyoda.createChildren()
        assert [item.name() for item in layers] == ["建築物モデル（千代田区）", "建築物モデル（千代田区）",
                                                    "道路モデル（千代田区）"]
        tiles, road = layers[0].mimeUris()[0], layers[2].mimeUris()[0]
        assert (tiles.layerType, tiles.providerKey) == ("tiled-scene", "cesiumtiles")
        assert tiles.uri.startswith("url=https://assets.cms.plateau.reearth.io/") and tiles.uri.endswith("tileset.json")
        assert (road.layerType, road.providerKey) == ("vector-tile", "xyzvectortiles")
        layer = QgsVectorTileLayer(road.uri, road.name)
        assert layer.isValid() and layer.dataProvider().name() == "xyzvectortiles"
        assert layers[2].mapLayerType() == Qgis.LayerType.VectorTile
        assert layers[0].layerMetadata().rights() == ["出典: 国土交通省 Project PLATEAU (CC BY 4.0)"]
    finally:
        qgis_connections.remove_connection("Browser PLATEAU")


def test_local_catalog_items_open_as_layers(browser_root, tmp_path):
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.catalog import qgis_connections

    (tmp_path / "shelters.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "避難所"},
         "geometry": {"type": "Point", "coordinates": [139.7, 35.6]}}]}, ensure_ascii=False), "utf-8")
    (tmp_path / "catalog.json").write_text(json.dumps({"datasets": [
        {"id": "s", "title": "避難所", "licence": "CC BY 4.0", "resources": [{"url": "shelters.geojson"}]},
        {"id": "g", "title": "建物 CityGML", "resources": [{"url": "x_bldg.gml"}]},  # listed as a loader item
        {"id": "w", "title": "地理院タイル WMS", "resources": [
            {"url": "https://example.org/wms?SERVICE=WMS&REQUEST=GetCapabilities", "layers": ["std"]},
            {"url": "https://example.org/wms2?service=WMS", "layers": ["pale"]}]}]}, ensure_ascii=False), "utf-8")
    qgis_connections.add_connection("Browser local", "local", str(tmp_path / "catalog.json"))
    try:
        items = child(browser_root, "Browser local").createChildren()
        assert [item.name() for item in items] == ["避難所", "建物 CityGML", "地理院タイル WMS"]
        uri = items[0].mimeUris()[0]
        assert (uri.layerType, uri.providerKey) == ("vector", "ogr")
        layer = QgsVectorLayer(uri.uri, uri.name, uri.providerKey)
        assert layer.isValid() and layer.featureCount() == 1
        wms = [item.mimeUris()[0] for item in items[2].createChildren()]
        assert [(u.layerType, u.providerKey) for u in wms] == [("raster", "wms"), ("raster", "wms")]
        assert "layers=std" in wms[0].uri and "url=https://example.org/wms&" in wms[0].uri + "&"
    finally:
        qgis_connections.remove_connection("Browser local")


def test_unreachable_connection_shows_an_error_item(browser_root):
    from qgis.core import QgsErrorItem

    from digital_twin.plugin.catalog import qgis_connections

    qgis_connections.add_connection("Browser broken", "local", "/nonexistent/catalog.json")
    try:
        items = child(browser_root, "Browser broken").createChildren()
        assert len(items) == 1 and isinstance(items[0], QgsErrorItem)
        assert "/nonexistent/catalog.json" in items[0].name()
    finally:
        qgis_connections.remove_connection("Browser broken")
