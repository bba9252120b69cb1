"""Catalog resources in 3D and in the Browser: 3D Tiles layers made from a catalog resource carry a tiled scene 3D
renderer (kept in the saved project, also when the dock adds them from its task); CityGML and LAS/LAZ entries are
Browser items whose double-click or context-menu action opens their loader with the input filled in."""

import json

import pytest

TILESET = {"asset": {"version": "1.0"}, "geometricError": 100,
           "root": {"boundingVolume": {"region": [2.4390, 0.6227, 2.4393, 0.6230, 0, 100]}, "geometricError": 10,
                    "refine": "ADD"}}


@pytest.fixture
def three_d(qgis_app):
    from qgis._3d import Qgs3D

    Qgs3D.initialize()  # QGIS desktop has done this: 3D renderer types are known when a project is read


def district_catalog(folder, shared_fixtures):
    """A local catalog: 3D Tiles, MVT, a CityGML file, two LAS files, a remote LAZ and a GeoJSON."""
    (folder / "tiles").mkdir(parents=True)
    (folder / "tiles" / "tileset.json").write_text(json.dumps(TILESET))
    (folder / "bldg.gml").write_bytes(
        (shared_fixtures / "plateau" / "shizuoka_52382287_bldg_6697_psc_op.gml").read_bytes())
    for name in ("a.las", "b.las"):
        (folder / name).write_bytes((shared_fixtures / "pointcloud" / "simple.las").read_bytes())
    (folder / "shelters.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    datasets = [
        {"id": "tiles", "title": "建物 3D Tiles", "licence": "CC BY 4.0", "resources": [{"url": "tiles/tileset.json"}]},
        {"id": "mvt", "title": "建物 MVT", "resources": [
            {"url": "https://assets.example/bldg/{z}/{x}/{y}.mvt", "format": "MVT"}]},
        {"id": "gml", "title": "建物 CityGML", "licence": "CC BY 4.0", "resources": [{"url": "bldg.gml"}]},
        {"id": "las", "title": "点群 LAS", "resources": [{"url": "a.las", "name": "a"}, {"url": "b.las", "name": "b"}]},
        {"id": "remote", "title": "点群 remote", "resources": [
            {"url": "https://example.org/09LD2626.laz", "size": 1234, "checksum": "sha256:" + "0" * 64}]},
        {"id": "shelters", "title": "避難所", "resources": [{"url": "shelters.geojson"}]},
    ]
    path = folder / "catalog.json"
    path.write_text(json.dumps({"catalog": "3D", "datasets": datasets}, ensure_ascii=False), "utf-8")
    return path


def catalog_datasets(path):
    from digital_twin.plugin.catalog import local

    return {dataset.id: dataset for dataset in local.load_catalog_file(path)[1]}


# ------------------------------------------------------------------------------------------------- 3D renderers

def test_3d_tiles_layer_from_the_catalog_has_a_tiled_scene_3d_renderer(three_d, qgis_new_project, tmp_path,
                                                                       shared_fixtures):
    from qgis._3d import QgsTiledSceneLayer3DRenderer
    from qgis.core import QgsProject, QgsTiledSceneLayer

    from digital_twin.plugin.catalog.qgis_layers import make_layer

    dataset = catalog_datasets(district_catalog(tmp_path, shared_fixtures))["tiles"]
    layer = make_layer(dataset.resources[0], dataset)
    assert isinstance(layer, QgsTiledSceneLayer) and layer.isValid()
    renderer = layer.renderer3D()
    assert isinstance(renderer, QgsTiledSceneLayer3DRenderer) and renderer.type() == "tiledscene"
    assert renderer.layer() is layer

    QgsProject.instance().addMapLayer(layer)
    project_file = tmp_path / "tiles.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    reread = QgsProject.instance().mapLayersByName("建物 3D Tiles")[0]
    assert reread.renderer3D() is not None and reread.renderer3D().type() == "tiledscene"


def test_vector_tiles_get_no_3d_renderer_because_qgis_340_has_none(three_d, tmp_path, shared_fixtures):
    from qgis.core import QgsApplication, QgsVectorTileLayer

    from digital_twin.plugin.catalog.qgis_layers import make_layer

    # QGIS 3.40's 3D renderer types: if a vector tile one appears, give PLATEAU MVT buildings an extruded look.
    assert sorted(QgsApplication.renderer3DRegistry().renderersList()) == \
        ["mesh", "pointcloud", "rulebased", "tiledscene", "vector"]
    dataset = catalog_datasets(district_catalog(tmp_path, shared_fixtures))["mvt"]
    layer = make_layer(dataset.resources[0], dataset)
    assert isinstance(layer, QgsVectorTileLayer) and layer.renderer3D() is None


def test_the_dock_adds_3d_tiles_with_their_3d_renderer(three_d, qgis_iface, qgis_new_project, tmp_path,
                                                       shared_fixtures):
    """The dock makes layers in a task's thread: the renderer must survive the move to the main thread."""
    import time

    from qgis.core import QgsProject, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, Qt

    from digital_twin.plugin.catalog import gui_dock

    def wait(dock):
        deadline = time.monotonic() + 60
        while dock.busy():
            QCoreApplication.processEvents()
            assert time.monotonic() < deadline, "the dock's task did not finish"
            time.sleep(0.01)
        QCoreApplication.processEvents()

    QgsSettings().setValue(gui_dock.FOLDER_KEY, str(tmp_path / "work"))
    dock = gui_dock.create_dock(qgis_iface)
    try:
        dock.save_connection("3D", "local", str(district_catalog(tmp_path / "district", shared_fixtures)))
        dock.open_button.click()
        wait(dock)
        dock.results.setCurrentItem(dock.results.findItems("建物 3D Tiles", Qt.MatchFlag.MatchExactly, 0)[0])
        dock.add_button.click()
        wait(dock)
        layer = QgsProject.instance().mapLayersByName("建物 3D Tiles")[0]
        assert layer.renderer3D() is not None and layer.renderer3D().type() == "tiledscene"
    finally:
        dock.cancel_tasks()
        wait(dock)
        dock.deleteLater()


# ---------------------------------------------------------------------------------------------- Browser items

@pytest.fixture
def browser_items(qgis_app, tmp_path, shared_fixtures):
    from digital_twin.plugin.catalog import qgis_browser, qgis_connections

    provider = qgis_browser.register_browser_provider()
    qgis_connections.add_connection("Browser 3D", "local", str(district_catalog(tmp_path, shared_fixtures)))
    try:
        root = provider.createDataItem("", None)
        connection = {item.name(): item for item in root.createChildren()}["Browser 3D"]
        yield {item.name(): item for item in connection.createChildren()}, tmp_path
    finally:
        qgis_connections.remove_connection("Browser 3D")
        qgis_browser.unregister_browser_provider()


@pytest.fixture
def opened_dialogs(monkeypatch, qgis_processing):
    """Record the Processing dialogs the items open."""
    from digital_twin.plugin import qgis_dialogs

    calls = []
    monkeypatch.setattr(qgis_dialogs, "open_algorithm_dialog",
                        lambda alg_id, parameters: calls.append((alg_id, parameters)))
    return calls


def test_citygml_and_las_entries_are_listed_with_their_loader(browser_items, opened_dialogs):
    from qgis.core import Qgis, QgsLayerItem
    from qgis.PyQt.QtWidgets import QMenu

    from digital_twin.plugin.catalog.qgis_browser import LoaderItem

    items, folder = browser_items
    assert list(items) == ["建物 3D Tiles", "建物 MVT", "建物 CityGML", "点群 LAS", "点群 remote", "避難所"]
    assert isinstance(items["建物 3D Tiles"], QgsLayerItem) and isinstance(items["避難所"], QgsLayerItem)

    citygml = items["建物 CityGML"]
    assert isinstance(citygml, LoaderItem) and citygml.type() == Qgis.BrowserItemType.Custom
    assert not citygml.hasChildren() and "CC BY 4.0" in citygml.toolTip()
    menu = QMenu()
    actions = citygml.actions(menu)
    assert [action.text() for action in actions] == ["Load with the CityGML loader…"]
    actions[0].trigger()
    assert citygml.handleDoubleClick() is True
    expected = ("digitaltwin:loadcitygml", {"INPUT": str(folder / "bldg.gml")})
    assert opened_dialogs == [expected, expected]

    las = {item.name(): item for item in items["点群 LAS"].createChildren()}  # two files: a folder of items
    assert [action.text() for action in las["b"].actions(menu)] == ["Convert to COPC…"]
    las["b"].actions(menu)[0].trigger()
    remote = items["点群 remote"]
    assert [action.text() for action in remote.actions(menu)] == ["Download (then convert to COPC)…"]
    remote.handleDoubleClick()
    assert opened_dialogs[2:] == [
        ("digitaltwin:pointcloudtocopc", {"INPUT": str(folder / "b.las")}),
        ("digitaltwin:catalogdownload", {"URL": "https://example.org/09LD2626.laz", "EXPECTED_SIZE": 1234,
                                         "CHECKSUM": "sha256:" + "0" * 64})]


def test_the_prefilled_parameters_are_what_the_loaders_run_on(browser_items, digitaltwin_provider, qgis_iface,
                                                              monkeypatch, tmp_path):
    """The dialog shows the item's input; completed with an output only, the parameters load the buildings and
    convert the points."""
    import processing
    from qgis.gui import QgsBrowserGuiModel

    items, folder = browser_items
    citygml = items["建物 CityGML"]
    browser_model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser_model, raising=False)  # pytest-qgis has none
    dialog = processing.createAlgorithmDialog(citygml.algorithm_id, citygml.parameters)
    assert dialog.mainWidget().wrappers["INPUT"].parameterValue() == str(folder / "bldg.gml")
    dialog.deleteLater()
    buildings = processing.run(citygml.algorithm_id, dict(citygml.parameters, OUTPUT=str(tmp_path / "bldg.gpkg")))
    assert buildings["BUILDINGS"] == 4  # the Shizuoka fixture's four buildings
    las = items["点群 LAS"].createChildren()[0]
    points = processing.run(las.algorithm_id, dict(las.parameters, OUTPUT=str(tmp_path / "a.copc.laz")))
    assert points["POINT_COUNT"] == 1065
