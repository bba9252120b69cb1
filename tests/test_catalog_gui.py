"""The catalog dock driven through its widgets (pytest-qgis iface): open catalogs in tasks, search and filter as you
type, licence shown, "Add to map" with the right layer type per kind (metadata carrying the licence), download."""

import hashlib
import json
import re
import threading
import time
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "catalog"
LICENCE = "CC BY 4.0"
ATTRIBUTION = "出典: テスト地区 (CC BY 4.0)"


def wait_for(dock, timeout=120):
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while dock.busy():
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the dock's task did not finish"
        time.sleep(0.01)
    QCoreApplication.processEvents()


def district(folder, shared_fixtures):
    """A local catalog file whose resources are real files: 3D Tiles, GeoJSON, CityGML, COPC, a PDF."""
    (folder / "tiles").mkdir(parents=True)
    (folder / "tiles" / "tileset.json").write_text(json.dumps({
        "asset": {"version": "1.0"}, "geometricError": 100,
        "root": {"boundingVolume": {"region": [2.4390, 0.6227, 2.4393, 0.6230, 0, 100]}, "geometricError": 10,
                 "refine": "ADD"}}))
    (folder / "shelters.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": f"避難所{i}"},
         "geometry": {"type": "Point", "coordinates": [139.70 + i / 100, 35.60]}} for i in range(3)]},
        ensure_ascii=False), "utf-8")
    gml = (shared_fixtures / "plateau" / "shizuoka_52382287_bldg_6697_psc_op.gml").read_bytes()
    (folder / "52382287_bldg_6697_psc_op.gml").write_bytes(gml)
    (folder / "52382288_bldg_6697_op.gml").write_bytes(gml)  # a second mesh file of the same dataset
    (folder / "simple.copc.laz").write_bytes((shared_fixtures / "pointcloud" / "simple.copc.laz").read_bytes())
    (folder / "guide.pdf").write_bytes(b"%PDF-1.4 test")
    common = {"licence": LICENCE, "attribution": ATTRIBUTION, "pref": "東京都", "city": "テスト市"}
    datasets = [
        dict(id="tiles", title="建物 3D Tiles", format="3D Tiles", year=2024, lod="1", data_type="建築物モデル",
             resources=[{"url": "tiles/tileset.json"}], **common),
        dict(id="shelters", title="避難所 GeoJSON", format="GeoJSON", year=2023, data_type="避難所",
             resources=[{"url": "shelters.geojson"}], **common),
        dict(id="gml", title="建物 CityGML 静岡", format="CityGML", year=2023, lod="1", data_type="建築物モデル",
             resources=[{"url": "52382287_bldg_6697_psc_op.gml", "name": "52382287"},
                        {"url": "52382288_bldg_6697_op.gml", "name": "52382288"}], **common),
        dict(id="pc", title="点群 COPC", format="COPC", year=2024, resources=[{"url": "simple.copc.laz"}], **common),
        dict(id="guide", title="利用の手引き", format="PDF", resources=[{"url": "guide.pdf"}], **common),
    ]
    path = folder / "catalog.json"
    path.write_text(json.dumps({"catalog": "テスト地区", "datasets": datasets}, ensure_ascii=False), "utf-8")
    return path


@pytest.fixture
def dock(qgis_iface, qgis_new_project, tmp_path):
    from qgis.core import QgsSettings

    from digital_twin.plugin.catalog import gui_dock

    QgsSettings().setValue(gui_dock.FOLDER_KEY, str(tmp_path / "work"))
    made = gui_dock.create_dock(qgis_iface)
    yield made
    made.cancel_tasks()
    wait_for(made)
    made.deleteLater()


def open_district(dock, tmp_path, shared_fixtures):
    dock.save_connection("テスト地区", "local", str(district(tmp_path / "district", shared_fixtures)))
    dock.open_button.click()
    wait_for(dock)
    return dock


def select(dock, title):
    from qgis.PyQt.QtCore import Qt

    items = dock.results.findItems(title, Qt.MatchFlag.MatchExactly, 0)
    assert items, f"{title} is not listed"
    dock.results.setCurrentItem(items[0])
    return items[0]


def test_search_filters_and_details(dock, tmp_path, shared_fixtures):
    open_district(dock, tmp_path, shared_fixtures)
    assert dock.results.topLevelItemCount() == 5 and dock.status.text() == "5 of 5 datasets"
    dock.search_box.setText("建物")
    assert dock.results.topLevelItemCount() == 2  # the two titles with 建物 (建築物モデル does not contain it)
    dock.filters["format"].setCurrentText("CityGML")
    assert [dock.results.topLevelItem(i).text(0) for i in range(dock.results.topLevelItemCount())] == \
        ["建物 CityGML 静岡"]
    dock.filters["format"].setCurrentText("")
    dock.filters["year"].setCurrentText("2024")
    assert dock.results.topLevelItemCount() == 1
    assert dock.filters["year"].findText("2023") > 0  # facet values offered in the combo
    dock.filters["year"].setCurrentText("")
    dock.search_box.setText("")
    select(dock, "避難所 GeoJSON")
    details = dock.details.toPlainText()
    assert "Licence" in details and LICENCE in details and ATTRIBUTION in details


def test_add_to_map_picks_the_loader_by_kind(dock, tmp_path, shared_fixtures):
    from qgis.core import QgsPointCloudLayer, QgsProject, QgsTiledSceneLayer, QgsVectorLayer

    open_district(dock, tmp_path, shared_fixtures)
    select(dock, "建物 3D Tiles")
    dock.add_button.click()
    wait_for(dock)
    select(dock, "避難所 GeoJSON")
    dock.add_button.click()
    wait_for(dock)
    select(dock, "点群 COPC")
    dock.add_button.click()
    wait_for(dock)
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert isinstance(layers["建物 3D Tiles"], QgsTiledSceneLayer)
    assert layers["建物 3D Tiles"].dataProvider().name() == "cesiumtiles"
    shelters = layers["避難所 GeoJSON"]
    assert isinstance(shelters, QgsVectorLayer) and shelters.featureCount() == 3
    assert shelters.metadata().licenses() == [LICENCE] and shelters.metadata().rights() == [ATTRIBUTION]
    assert isinstance(layers["点群 COPC"], QgsPointCloudLayer) and layers["点群 COPC"].pointCount() == 1065

    select(dock, "利用の手引き")
    dock.add_button.click()
    assert "cannot be added to the map" in dock.messages[-1]


def test_citygml_goes_through_the_citygml_loader(dock, tmp_path, shared_fixtures):
    from qgis.core import QgsProject

    open_district(dock, tmp_path, shared_fixtures)
    select(dock, "建物 CityGML 静岡")  # the dataset row: both of its mesh files, in one layer group
    dock.add_button.click()
    wait_for(dock)
    assert dock.messages[-1].startswith("Added"), dock.messages[-1]
    group = QgsProject.instance().layerTreeRoot().findGroup("建物 CityGML 静岡")
    layers = [node.layer() for node in group.findLayers()]
    assert layers and all(layer.source().startswith(str(tmp_path / "work")) for layer in layers)
    buildings = {layer.name(): layer.featureCount() for layer in layers if layer.name().startswith("Buildings (LOD1)")}
    assert buildings == {"Buildings (LOD1) 52382287": 4,  # the fixture's 4 buildings, per file; the group
                         "Buildings (LOD1) 52382288": 4}  # carries the dataset's title
    # coloured LOD1 of every mesh above the grey LOD0 outlines, which start hidden; the zone's plane CRS
    assert [(node.layer().name(), node.isVisible()) for node in group.findLayers()] == [
        ("Buildings (LOD1) 52382287", True), ("Buildings (LOD1) 52382288", True),
        ("Building outlines (LOD0) 52382287", False), ("Building outlines (LOD0) 52382288", False)]
    assert QgsProject.instance().crs().authid() == "EPSG:6676"  # Shizuoka: JGD2011 zone VIII
    assert layers[0].metadata().licenses() == [LICENCE]


def test_remote_catalog_mvt_and_download(dock, httpserver, tmp_path):
    from qgis.core import QgsProject, QgsVectorTileLayer

    answer = json.loads((DATA / "plateau_datasets.json").read_text("utf-8"))
    payload = b"tile bytes " * 1000
    answer["datasets"][5]["url"] = httpserver.url_for("/tiles/luse/{z}/{x}/{y}.mvt")
    answer["datasets"][0]["url"] = httpserver.url_for("/files/01101_chuo-ku.zip")
    httpserver.expect_request("/gui/plateau-datasets").respond_with_json(answer)
    httpserver.expect_request("/files/01101_chuo-ku.zip").respond_with_data(payload)
    dock.save_connection("Local PLATEAU", "plateau", httpserver.url_for("/gui/plateau-datasets"))
    dock.open_button.click()
    wait_for(dock)
    assert dock.results.topLevelItemCount() == 8
    dock.filters["pref"].setCurrentText("東京都")
    dock.filters["format"].setCurrentText("MVT")
    assert dock.results.topLevelItemCount() == 2
    select(dock, "土地利用モデル（大田区）")
    dock.add_button.click()
    wait_for(dock)
    tiles = [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorTileLayer)]
    assert len(tiles) == 1 and "tiles/luse/%7Bz%7D" in tiles[0].source()
    assert tiles[0].metadata().rights() == ["出典: 国土交通省 Project PLATEAU (CC BY 4.0)"]

    dock.filters["pref"].setCurrentText("北海道")
    dock.filters["format"].setCurrentText("")
    select(dock, "建築物モデル（中央区）")
    dock.download_selected(folder=str(tmp_path / "downloads"))
    wait_for(dock)
    written = tmp_path / "downloads" / "01101_chuo-ku.zip"
    assert hashlib.sha256(written.read_bytes()).hexdigest() == hashlib.sha256(payload).hexdigest()
    assert dock.messages[-1].startswith("Downloaded 1 file(s)")


def test_unreachable_catalog_is_reported_not_raised(dock, qgis_iface, httpserver):
    from qgis.core import Qgis

    httpserver.expect_request("/gui2/plateau-datasets").respond_with_data("<html>maintenance</html>", status=404)
    dock.save_connection("Broken", "plateau", httpserver.url_for("/gui2/plateau-datasets"))
    dock.open_button.click()
    wait_for(dock)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("/gui2/plateau-datasets answered HTTP 404" in message for message in warnings)
    assert dock.progress_bar.isHidden() and dock.results.topLevelItemCount() == 0


def test_connections_are_saved_in_settings(dock):
    from digital_twin.plugin.catalog import qgis_connections

    dock.save_connection("My CKAN", "ckan", "https://ckan.example.org", "abc1234")
    saved = [c for c in qgis_connections.user_connections() if c["name"] == "My CKAN"]
    assert saved == [{"name": "My CKAN", "type": "ckan", "url": "https://ckan.example.org", "authcfg": "abc1234",
                      "builtin": False}]
    assert dock.current_connection()["name"] == "My CKAN"
    dock.remove_connection_button.click()
    assert "My CKAN" not in [c["name"] for c in qgis_connections.all_connections()]
    dock.select_connection("PLATEAU data catalog (3D Tiles, MVT)")
    dock.remove_connection_button.click()
    assert dock.messages[-1] == "Built-in catalogs cannot be removed."


def test_cancel_stops_a_slow_catalog(dock, httpserver):
    from qgis.PyQt.QtCore import QCoreApplication
    from werkzeug import Response

    def slow(request):
        time.sleep(3)
        return Response('{"datasets": []}', content_type="application/json")

    httpserver.expect_request("/gui3/plateau-datasets").respond_with_handler(slow)
    dock.save_connection("Slow", "plateau", httpserver.url_for("/gui3/plateau-datasets"))
    dock.open_button.click()
    dock.cancel_button.click()  # at once: the task may not even have started
    wait_for(dock, timeout=10)
    assert dock.messages[-1] == "Slow: cancelled"
    started = time.monotonic()
    dock.open_button.click()
    while time.monotonic() - started < 0.5:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not dock.cancel_button.isHidden()  # the dock itself is not shown in tests: isHidden, not isVisible
    dock.cancel_button.click()
    wait_for(dock)
    assert time.monotonic() - started < 2.5  # the request in flight was aborted, not waited for
    assert dock.cancel_button.isHidden() and dock.results.topLevelItemCount() == 0


def test_cancel_a_download_keeps_the_part_for_resuming(dock, httpserver, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication
    from werkzeug import Response

    chunk_bytes, chunks = 65536, 40
    release = threading.Event()  # the server holds the rest of the file until the test has cancelled

    def trickle(request):
        def body():
            yield b"x" * chunk_bytes
            release.wait(30)
            for _ in range(chunks - 1):
                yield b"x" * chunk_bytes

        return Response(body(), headers={"Content-Length": str(chunks * chunk_bytes)})

    httpserver.expect_request("/files/slow.laz").respond_with_handler(trickle)
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({"datasets": [{"id": "slow", "title": "遅い点群", "resources": [
        {"url": httpserver.url_for("/files/slow.laz"), "name": "slow.laz"}]}]}, ensure_ascii=False), "utf-8")
    dock.save_connection("Slow files", "local", str(catalog))
    dock.open_button.click()
    wait_for(dock)
    select(dock, "遅い点群")
    try:
        dock.download_selected(folder=str(tmp_path / "downloads"))
        part = tmp_path / "downloads" / "slow.laz.part"
        deadline = time.monotonic() + 30
        while not (part.exists() and part.stat().st_size > 0):
            assert time.monotonic() < deadline, "the download never started"
            QCoreApplication.processEvents()
            time.sleep(0.01)
        cancelled = time.monotonic()
        dock.cancel_button.click()
        wait_for(dock)
        assert time.monotonic() - cancelled < 2.5  # the read in flight was aborted, not waited for
    finally:
        release.set()
    assert dock.messages[-1] == "Download: cancelled"
    assert not (tmp_path / "downloads" / "slow.laz").exists() and 0 < part.stat().st_size < chunks * chunk_bytes


def test_citygml_search_uses_the_map_extent_or_typed_codes(dock, qgis_iface, httpserver):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from werkzeug import Response

    seen = []

    def citygml(request):
        seen.append(request.path.rsplit("/", 1)[1])
        return Response((DATA / "citygml_cities.json").read_bytes(), content_type="application/json")

    httpserver.expect_request(re.compile(r"/gui4/citygml/.*")).respond_with_handler(citygml)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(QgsRectangle(139.76, 35.68, 139.77, 35.69))
    dock.save_connection("Local CityGML", "plateau-citygml", httpserver.url_for("/gui4/plateau-datasets"))
    dock.open_button.click()
    wait_for(dock)
    assert len(seen) == 1 and seen[0].startswith("r:") and dock.results.topLevelItemCount() == 5
    west, south, east, north = map(float, seen[0][2:].split(","))
    # the canvas shows at least the asked extent (widened to its aspect ratio), in WGS 84
    assert west <= 139.76 < 139.77 <= east and south <= 35.68 < 35.69 <= north and east - west < 0.1
    dock.search_box.setText("13101,13102")
    dock.search_box.returnPressed.emit()
    wait_for(dock)
    assert seen[-1] == "13101,13102"
    assert dock.results.topLevelItemCount() == 5  # the codes were the search: they do not filter the titles


def test_zipped_las_is_downloaded_extracted_and_converted(dock, httpserver, tmp_path, shared_fixtures):
    import io
    import zipfile

    from qgis.core import QgsPointCloudLayer, QgsProject

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # how Tokyo publishes its LAS tiles
        archive.write(shared_fixtures / "pointcloud" / "simple.las", "08OE1234.las")
    httpserver.expect_request("/files/08OE1234.zip").respond_with_data(buffer.getvalue())
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({"datasets": [{"id": "pc", "title": "東京都 点群 08OE1234", "licence": LICENCE,
                                                 "resources": [{"url": httpserver.url_for("/files/08OE1234.zip"),
                                                                "name": "点群データ 08OE1234"}]}]},
                                  ensure_ascii=False), "utf-8")
    dock.save_connection("Tokyo point clouds (test)", "local", str(catalog))
    dock.open_button.click()
    wait_for(dock)
    select(dock, "東京都 点群 08OE1234")
    dock.add_button.click()
    wait_for(dock)
    assert dock.messages[-1].startswith("Added 1 layer"), dock.messages[-1]
    clouds = [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsPointCloudLayer)]
    assert len(clouds) == 1 and clouds[0].pointCount() == 1065
    assert clouds[0].source() == str(tmp_path / "work" / "08OE1234.copc.laz")
    assert (tmp_path / "work" / "08OE1234" / "08OE1234.las").is_file()
