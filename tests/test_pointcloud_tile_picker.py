"""The tile picker dock: a local MVT tile index (written with GDAL's MVT driver, served from 127.0.0.1), tiles taken
by extent and toggled by clicks, and the download algorithm's parameters for the chosen tiles."""

import io
import re
import zipfile

import pytest
from osgeo import ogr, osr
from werkzeug.wrappers import Response

from digital_twin.plugin.pointcloud.tiles import TileScheme

# Three 0.01-degree tiles side by side in central Tokyo (west to east).
TILES = {"09LD2626": 139.70, "09LD2627": 139.71, "09LD2628": 139.72}
SOUTH, NORTH = 35.68, 35.69


@pytest.fixture
def tile_index(tmp_path, httpserver):
    """An MVT tile index of the three tiles, zoom 10-14, served over HTTP; returns the {z}/{x}/{y} URL template."""
    folder = tmp_path / "index"
    dataset = ogr.GetDriverByName("MVT").CreateDataSource(
        str(folder), options=["MINZOOM=10", "MAXZOOM=14", "COMPRESS=NO", "TILE_EXTENSION=pbf"])
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer("lp", wgs84, ogr.wkbPolygon)
    for name in ("MESH_NO", "URL"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for name, west in TILES.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["MESH_NO"] = name
        feature["URL"] = f"https://example.org/lp/{name}.zip"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({west} {SOUTH},{west + 0.01} {SOUTH},{west + 0.01} {NORTH},{west} {NORTH},{west} {SOUTH}))"))
        layer.CreateFeature(feature)
    dataset = None  # writes the tiles

    def serve(request):
        tile = folder / request.path.removeprefix("/index/")
        if not tile.is_file():
            return Response(status=404)
        return Response(tile.read_bytes(), content_type="application/vnd.mapbox-vector-tile")

    httpserver.expect_request(re.compile(r"^/index/.*")).respond_with_handler(serve)
    return httpserver.url_for("/index/{z}/{x}/{y}.pbf")


def web_mercator(lon, lat):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    return transform.transform(QgsPointXY(lon, lat))


def test_tiles_by_extent_and_by_clicks(qgis_iface, qgis_new_project, digitaltwin_provider, tile_index, httpserver,
                                       shared_fixtures, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle

    from digital_twin.plugin.pointcloud.gui_tile_picker import ALGORITHM_ID, close_tile_picker, show_tile_picker

    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    download_url = httpserver.url_for("/lp/{name}.zip")
    scheme = TileScheme(name="Test city", index_url=tile_index, index_zoom_min=10, index_zoom_max=14,
                        download_url=download_url)
    picker = show_tile_picker(qgis_iface, scheme)
    assert picker.index_layer.isValid()
    assert QgsProject.instance().mapLayer(picker.index_layer.id()) is not None
    assert picker.tile_names() == [] and not picker.download_button.isEnabled()

    # An extent over the two western tiles only (the canvas widens it to its shape: checked).
    canvas.setExtent(QgsRectangle(web_mercator(139.705, 35.684), web_mercator(139.715, 35.686)))
    inside = QgsRectangle(web_mercator(TILES["09LD2626"], SOUTH), web_mercator(TILES["09LD2628"], NORTH))
    assert inside.contains(canvas.extent())
    picker.take_extent()
    assert picker.tile_names() == ["09LD2626", "09LD2627"]
    assert [picker.names_list.item(row).text() for row in range(picker.names_list.count())] == picker.tile_names()

    east = web_mercator(139.725, 35.685)
    picker.toggle_at(east)  # a click on the third tile adds it
    assert picker.tile_names() == ["09LD2626", "09LD2627", "09LD2628"]
    picker.toggle_at(web_mercator(139.705, 35.685))  # a click on a chosen tile removes it
    assert picker.tile_names() == ["09LD2627", "09LD2628"]
    parameters = picker.download_parameters()
    assert parameters == {"TILES": "09LD2627,09LD2628", "DOWNLOAD_URL": download_url, "CRS": "EPSG:6677"}
    assert picker.download_button.isEnabled()

    # What the dialog runs with those parameters: both tiles downloaded, converted, one layer.
    import processing

    for name in ("09LD2627", "09LD2628"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zipped:
            zipped.write(shared_fixtures / "pointcloud" / "simple.las", f"{name}.las")
        httpserver.expect_request(f"/lp/{name}.zip").respond_with_data(buffer.getvalue())
    result = processing.run(ALGORITHM_ID, {**parameters, "OUTPUT": str(tmp_path / "picked.vpc")})
    assert result["POINT_COUNT"] == 2 * 1065

    assert show_tile_picker(qgis_iface) is picker  # the menu shows the same dock again
    picker.clear()
    assert picker.tile_names() == [] and not picker.download_button.isEnabled()
    close_tile_picker(qgis_iface)
    assert show_tile_picker(qgis_iface, scheme) is not picker  # after an unload, a new dock
    close_tile_picker(qgis_iface)


def test_tile_scheme_from_the_settings(qgis_app):
    import json

    from qgis.core import QgsSettings

    from digital_twin.plugin.pointcloud.gui_tile_picker import SCHEME_KEY, saved_scheme

    settings = QgsSettings()
    try:
        settings.setValue(SCHEME_KEY, json.dumps({"name": "Shizuoka", "index_zoom_max": "12",
                                                  "download_url": "https://example.org/pc/{name}.zip"}))
        scheme = saved_scheme()
        assert (scheme.name, scheme.index_zoom_max, scheme.tile_url("a1")) == ("Shizuoka", 12,
                                                                               "https://example.org/pc/a1.zip")
        settings.setValue(SCHEME_KEY, json.dumps({"index_zoom_max": "twelve"}))
        assert saved_scheme() == TileScheme()  # a broken setting falls back to Tokyo's
        settings.setValue(SCHEME_KEY, "not json")
        assert saved_scheme() == TileScheme()
    finally:
        settings.remove(SCHEME_KEY)
    assert saved_scheme() == TileScheme()
