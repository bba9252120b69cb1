"""Resident maps: real layouts exported headless, checked as a resident would read them (pdftotext, pdftoppm)."""

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from digital_twin.plugin.maps.attribution import attribution_text, layer_credit
from digital_twin.plugin.maps.presets import PRESETS, preset_texts

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed")

DISTRICTS = ["北町一丁目", "南町二丁目", "東町三丁目"]


def make_districts(path):
    """Three 300 m squares in EPSG:6677 (Tokyo), each with a Japanese name."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("districts", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for index, name in enumerate(DISTRICTS):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        x0 = -5000 + index * 300
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} -35000,{x0 + 300} -35000,{x0 + 300} -34700,{x0} -34700,{x0} -35000))"))
        layer.CreateFeature(feature)
    dataset = None
    return path


def depth_geotiff(path, values, cell=5.0):
    """A depth raster (metres) in EPSG:6677 from the test districts' south-west corner, rows north to south."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-5000.0, cell, 0.0, -35000.0 + cell * values.shape[0], 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(values.astype(np.float32))
    dataset = None
    return path


def route_gpkg(path, wkt):
    """A GeoPackage with layer 'route': one line (lon/lat, JGD2011), as a barrier-free route is written."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6668)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("route", srs, ogr.wkbLineString)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(feature)
    dataset = None
    return path


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def searchable_text(path):
    """The PDF's text as a search finds it: compatibility ideographs folded (NFKC), white space removed."""
    import unicodedata

    return unicodedata.normalize("NFKC", "".join(pdf_text(path).split()))


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def rasterise_first_page(path, tmp_path, dpi=50):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    return gdal.Open(str(png)).ReadAsArray()  # bands x rows x cols


# --- engine-level (no QGIS) -------------------------------------------------------------------------------------

def test_attribution_prints_one_line_per_source_metadata_first_then_known_sources():
    layers = [
        {"rights": ["出典: 国土交通省 Project PLATEAU"], "licenses": ["CC BY 4.0"], "attribution": "",
         "source": "/data/plateau.gpkg"},
        {"rights": [], "licenses": [], "attribution": "", "source": "type=xyz&url=https://tile.openstreetmap.org"},
        {"rights": ["出典：国土交通省 Project PLATEAU"], "licenses": [], "attribution": "", "source": "x"},
        {"rights": [], "licenses": [], "attribution": "",
         "source": "type=xyz&url=https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png"},
        {"rights": [], "licenses": [], "attribution": "", "source": "/tmp/my_own.gpkg"},
    ]
    assert attribution_text(layers).splitlines() == [
        "出典：国土交通省 Project PLATEAU（CC BY 4.0）",
        "出典：© OpenStreetMap contributors（ODbL）",
        "出典：地理院タイル",
    ]
    assert "出典：出典" not in attribution_text(layers) and "出典: 出典" not in attribution_text(layers)
    assert layer_credit(source="/tmp/my_own.gpkg") == ([], [])
    assert attribution_text([{"source": "/tmp/my_own.gpkg"}]) == ""
    assert layer_credit(source="/tmp/solar_potential_plateau.gpkg") == ([], [])  # a result's name proves nothing
    assert layer_credit(source="https://assets.cms.plateau.reearth.io/13101_bldg.zip") == (
        ["国土交通省 Project PLATEAU"], ["CC BY 4.0"])
    assert attribution_text([{"source": "/tmp/my_own.gpkg"}], extra=" 出典: 荒川区 ") == "出典：荒川区"
    assert attribution_text(layers[:1], extra="出典: 国土交通省 Project PLATEAU") == (
        "出典：国土交通省 Project PLATEAU（CC BY 4.0）")
    assert attribution_text([{"licenses": ["CC BY 4.0"]}]) == "ライセンス：CC BY 4.0"


def test_each_preset_marks_the_sites_valid_for_its_hazard():
    from digital_twin.plugin.maps.sites import Site, map_site

    flood_site = {"施設・場所名": "北小学校", "洪水": "1", "地震": "1"}
    quake_site = {"施設・場所名": "東体育館", "洪水": "", "地震": "1"}
    assert map_site(flood_site, "flood") == Site("北小学校", True)
    assert map_site(quake_site, "flood") is None  # never send people to a site not designated for floods
    assert map_site(quake_site, "solar") == Site("東体育館", True)
    station = {"name": "すみだ川辺駅", "kind": "station"}
    school = {"name": "区立川辺小学校", "kind": "shelter"}
    assert map_site(station, "flood") is None and map_site(station, "barrierfree") == Site("すみだ川辺駅", False)
    assert map_site(school, "flood") == Site("区立川辺小学校", True)  # no hazard flags: a shelter for all
    assert map_site({"name": "公園", "flood": "false"}, "flood") is None


def test_user_texts_replace_the_preset_texts():
    assert preset_texts("flood")["title"] == PRESETS["flood"]["title"]
    assert preset_texts("flood", title="私たちの町の浸水想定")["title"] == "私たちの町の浸水想定"
    assert preset_texts("solar", notes="メモ")["notes"] == "メモ"


# --- through Processing ------------------------------------------------------------------------------------------

@pytest.fixture
def districts_layer(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(make_districts(tmp_path / "districts.gpkg")) + "|layername=districts", "地区",
                           "ogr")
    metadata = layer.metadata()
    metadata.setRights(["出典: 国土交通省 Project PLATEAU 3D都市モデル"])
    metadata.setLicenses(["CC BY 4.0"])
    layer.setMetadata(metadata)
    assert layer.isValid()
    return layer


def run_export(params):
    import processing

    return processing.run("digitaltwin:exportresidentmap", params)


def test_a4_portrait_pdf_has_the_japanese_title_the_attribution_and_a_drawn_map(
        districts_layer, tmp_path, digitaltwin_provider):
    output = tmp_path / "map.pdf"
    result = run_export({"LAYERS": [districts_layer], "PRESET": 1, "TEMPLATE": 0, "DPI": 100,
                         "SUBTITLE": "荒川の想定最大規模", "OUTPUT": str(output)})
    assert result["OUTPUT"] == str(output) and output.is_file()
    pages, size = pdf_pages(output)
    assert pages == 1
    assert size.startswith("595") and "842" in size  # A4 portrait in points
    squeezed = searchable_text(output)
    assert PRESETS["flood"]["title"] in squeezed
    assert "出典:国土交通省ProjectPLATEAU3D都市モデル(CCBY4.0)" in squeezed  # NFKC: full-width colon, brackets
    assert "凡例" in squeezed
    image = rasterise_first_page(output, tmp_path)
    rows, cols = image.shape[1:]
    # the main map box spans x 5-95 %, y 11-71 % of the page: the districts are drawn there (not blank paper)
    map_area = image[:, int(rows * 0.15):int(rows * 0.65), int(cols * 0.08):int(cols * 0.92)]
    not_white = (map_area.min(axis=0) < 200).mean()
    assert not_white > 0.2, f"the map area is nearly blank ({not_white:.1%} drawn)"


def test_user_attribution_is_printed_and_its_absence_reported(tmp_path, qgis_app, digitaltwin_provider):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal=False):  # noqa: N802 (QGIS API)
            self.errors.append(error)

    import processing

    plain = str(make_districts(tmp_path / "own.gpkg")) + "|layername=districts"  # no metadata
    output = tmp_path / "own.pdf"
    feedback = Recorder()
    processing.run("digitaltwin:exportresidentmap", {"LAYERS": [plain], "DPI": 72, "OUTPUT": str(output),
                                                      "ATTRIBUTION": "出典: 荒川区 浸水想定区域図"},
                   context=QgsProcessingContext(), feedback=feedback)
    assert "出典:荒川区浸水想定区域図" in searchable_text(output)
    assert not any("attribution" in error for error in feedback.errors)
    processing.run("digitaltwin:exportresidentmap", {"LAYERS": [plain], "DPI": 72,
                                                      "OUTPUT": str(tmp_path / "none.pdf")},
                   context=QgsProcessingContext(), feedback=feedback)
    assert any("Data attribution" in error for error in feedback.errors)


def test_pdf_title_text_is_searchable(districts_layer, tmp_path, digitaltwin_provider):
    output = tmp_path / "title.pdf"
    run_export({"LAYERS": [districts_layer], "TITLE": "浸水マップ テスト", "OUTPUT": str(output), "DPI": 72})
    assert "浸水マップテスト" in searchable_text(output)


def test_atlas_gives_one_page_per_district(districts_layer, tmp_path, digitaltwin_provider):
    output = tmp_path / "atlas.pdf"
    result = run_export({"LAYERS": [districts_layer], "ATLAS_LAYER": districts_layer, "ATLAS_FIELD": "name",
                         "TEMPLATE": 1, "DPI": 72, "OUTPUT": str(output)})
    assert result["PAGES"] == 3
    pages, size = pdf_pages(output)
    assert pages == 3
    assert size.startswith("842") and "595" in size  # A4 landscape
    text = searchable_text(output)
    for name in DISTRICTS:
        assert name in text


def test_png_atlas_writes_one_file_per_page(districts_layer, tmp_path, digitaltwin_provider):
    output = tmp_path / "atlas.png"
    result = run_export({"LAYERS": [districts_layer], "ATLAS_LAYER": districts_layer, "ATLAS_FIELD": "name",
                         "TEMPLATE": 2, "DPI": 72, "OUTPUT": str(output)})
    files = sorted(tmp_path.glob("atlas_*.png"))
    assert len(files) == 3 == result["PAGES"]
    width, height = gdal.Open(str(files[0])).RasterXSize, gdal.Open(str(files[0])).RasterYSize
    assert abs(width / height - 420 / 297) < 0.01  # A3 landscape


def test_existing_output_is_not_overwritten_without_the_option(districts_layer, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingException

    output = tmp_path / "keep.pdf"
    output.write_bytes(b"the user's own file")
    with pytest.raises(QgsProcessingException, match="exists already"):
        run_export({"LAYERS": [districts_layer], "OUTPUT": str(output), "DPI": 72})
    assert output.read_bytes() == b"the user's own file"
    run_export({"LAYERS": [districts_layer], "OUTPUT": str(output), "DPI": 72, "OVERWRITE": True})
    assert output.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary leftovers


@pytest.mark.parametrize("main_thread_option", ["INCLUDE_3D", "EDIT_LAYOUT"])
def test_an_export_in_the_main_thread_follows_the_same_rules(main_thread_option, districts_layer, tmp_path,
                                                             digitaltwin_provider):
    """Exports with a 3D page or Edit layout… run from prepareAlgorithm (the main thread): the existing file is
    kept with the same sentence, and a new one is written once."""
    from qgis.core import QgsProcessingException

    output = tmp_path / "keep.pdf"
    output.write_bytes(b"the user's own file")
    with pytest.raises(QgsProcessingException, match="exists already"):
        run_export({"LAYERS": [districts_layer], "OUTPUT": str(output), "DPI": 72, main_thread_option: True})
    assert output.read_bytes() == b"the user's own file"
    fresh = tmp_path / "fresh.pdf"
    result = run_export({"LAYERS": [districts_layer], "OUTPUT": str(fresh), "DPI": 72, main_thread_option: True})
    assert result["OUTPUT"] == str(fresh) and fresh.read_bytes().startswith(b"%PDF")


def test_bad_template_is_a_clear_error_and_writes_nothing(districts_layer, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingException

    template = tmp_path / "broken.qpt"
    template.write_text("<Layout><not closed", encoding="utf-8")
    output = tmp_path / "never.pdf"
    with pytest.raises(QgsProcessingException, match="broken.qpt"):
        run_export({"LAYERS": [districts_layer], "TEMPLATE_FILE": str(template), "OUTPUT": str(output)})
    assert not output.exists()


@pytest.mark.qgis_process
def test_qgis_process_exports_a_resident_map(tmp_path, qgis_process_env):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import headless

    districts = make_districts(tmp_path / "districts.gpkg")
    output = tmp_path / "cli.pdf"
    answer = headless.run_algorithm("digitaltwin:exportresidentmap",
                                    {"LAYERS": districts, "PRESET": 2, "DPI": 72, "OUTPUT": output},
                                    qgis_process_env)
    assert answer["results"]["OUTPUT"] == str(output)
    assert pdf_pages(output)[0] == 1
    image = rasterise_first_page(output, tmp_path)
    assert np.asarray(image).std() > 10  # a real page, not an empty sheet


def test_qgis_process_takes_shelters_as_a_gsi_csv_and_basemap_layers(tmp_path, qgis_process_env):
    """As the demo calls it: the sample district's GSI CSV (Shift_JIS) for SHELTERS, two BASEMAP_LAYERS values;
    EDIT_LAYOUT is ignored."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import headless

    district = Path(__file__).resolve().parent.parent / "resources" / "sample_district"
    network = district / "network"
    csv = district / "shelters" / "evacuation_sites.csv"
    output = tmp_path / "cli_shelters.pdf"
    headless.run_algorithm("digitaltwin:exportresidentmap", {
        "LAYERS": network / "pedestrian_links.geojson", "PRESET": 1, "DPI": 72, "SHELTERS": csv,
        "BASEMAP_LAYERS": [network / "pedestrian_links.geojson", network / "facilities.geojson"],
        "EDIT_LAYOUT": "true", "OUTPUT": output}, qgis_process_env)
    text = squeezed_nfc(pdf_text(output))
    assert "区立川辺小学校（指定避難所）" in text and "指定緊急避難場所（洪水）" in text
    assert "すみだ川辺駅" in text  # a place name of the offline basemap


def test_3d_page_is_reported_unavailable_offscreen(districts_layer, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal_error=False):  # noqa: N802, N803 (Qt API)
            self.errors.append(error)

    import processing

    feedback = Recorder()
    output = tmp_path / "no3d.pdf"
    result = processing.run("digitaltwin:exportresidentmap", {"LAYERS": [districts_layer], "INCLUDE_3D": True,
                                                              "DPI": 72, "OUTPUT": str(output)}, feedback=feedback)
    assert result["PAGES"] == 1 and pdf_pages(output)[0] == 1
    assert any("3D view page not included" in error for error in feedback.errors)


THREE_D_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication, QgsField, QgsProject, QgsVectorLayer
app = QgsApplication([], True)
app.initQgis()
from digital_twin.plugin.maps import qgis_layout
from digital_twin.plugin.maps.qgis_3d_page import add_3d_view_page
layer = QgsVectorLayer(sys.argv[2] + "|layername=districts", "districts", "ogr")
layer.addExpressionField("20 + 40 * $id", QgsField("height", 6))
layout = qgis_layout.load_template(QgsProject(), "a4_landscape")
layout.itemById("main_map").setCrs(layer.crs())
qgis_layout.fill_layout(layout, [layer], title="3D")
main_map = layout.itemById("main_map")
add_3d_view_page(layout, [layer], main_map.crs(), main_map.extent(), "3D")
qgis_layout.export_layout(layout, sys.argv[3], dpi=72)
import os
os._exit(0)  # Qt3D's teardown at interpreter exit is not what this test is about
"""


@pytest.mark.skipif(not __import__("os").environ.get("DISPLAY"), reason="needs a display (make test runs xvfb-run)")
def test_3d_page_renders_the_extruded_district_under_a_display(tmp_path):
    import os

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import headless

    districts = make_districts(tmp_path / "districts.gpkg")
    output = tmp_path / "view.png"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    result = subprocess.run([sys.executable, "-c", THREE_D_SCRIPT, str(headless.plugin_link().parent),
                             str(districts), str(output)], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    page = gdal.Open(str(tmp_path / "view_2.png")).ReadAsArray()[:3].astype(float)
    rows, cols = page.shape[1:]
    frame = page[:, int(rows * 0.2):int(rows * 0.9), int(cols * 0.1):int(cols * 0.9)]
    assert frame.std() > 20, "the 3D frame is blank"
    assert (frame.min(axis=0) < 200).mean() > 0.05, "no building drawn in the 3D frame"


def test_flood_preset_draws_depths_in_gsi_classes_with_japanese_legend(tmp_path, digitaltwin_provider):
    """A bare depth GeoTIFF comes out in the GSI depth colours, named and classed in plain Japanese."""
    values = np.zeros((40, 60))
    values[:, 20:40] = 0.3  # < 0.5 m
    values[:, 40:] = 2.0  # 0.5-3 m
    depth = depth_geotiff(tmp_path / "depth.tif", values)
    output = tmp_path / "flood.png"
    run_export({"LAYERS": [str(depth)], "PRESET": 1, "TEMPLATE": 1, "DPI": 72, "OUTPUT": str(output)})
    from digital_twin.plugin.maps.qgis_layout import HAZARD_OPACITY

    counts = colour_counts(output)  # GSI: < 0.5 m and 0.5-3 m, semi-transparent over the paper
    assert has_colour(counts, over_white(GSI_RANK_RGB[1], HAZARD_OPACITY), at_least=500)
    assert has_colour(counts, over_white(GSI_RANK_RGB[2], HAZARD_OPACITY), at_least=500)
    pdf = tmp_path / "flood.pdf"
    run_export({"LAYERS": [str(depth)], "PRESET": 1, "DPI": 72, "OUTPUT": str(pdf)})
    text = searchable_text(pdf)
    assert "浸水の深さ" in text and "浸水深" in text


def test_legend_of_two_classed_layers_fits_its_box_without_raster_noise(tmp_path, qgis_app):
    """Buildings by flood rank over a depth raster (6 classes each) on A4 portrait: the legend box holds every class
    (two columns, one layer each) and the raster's band name and transparent 'no flooding' class are left out."""
    from qgis.core import QgsField, QgsProject, QgsRasterLayer, QgsSimpleLegendNode, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    from digital_twin.plugin.maps import qgis_layout

    depth = depth_geotiff(tmp_path / "depth.tif", np.linspace(0, 25, 3600).reshape(60, 60), cell=15.0)
    buildings = QgsVectorLayer(str(make_districts(tmp_path / "buildings.gpkg")) + "|layername=districts", "b", "ogr")
    buildings.dataProvider().addAttributes([QgsField("flood_rank", QMetaType.Type.Int)])
    buildings.updateFields()
    layers = qgis_layout.styled_for_preset([buildings, QgsRasterLayer(str(depth), "d")], "flood")
    layout = qgis_layout.load_template(QgsProject.instance(), "a4_portrait")
    try:
        qgis_layout.fill_layout(layout, layers, "t")
        legend = layout.itemById("legend")
        needed, box = qgis_layout.legend_content_size(legend), legend.sizeWithUnits()
        assert needed.width() <= box.width() + 0.01 and needed.height() <= box.height() + 0.01
        assert legend.columnCount() == 2 and not legend.splitLayer()
        model = legend.model()
        raster_node = model.rootGroup().findLayers()[1]
        labels = [node.data(0) for node in model.layerLegendNodes(raster_node)]
        assert labels == ["浸水深 0.5m未満", "浸水深 0.5〜3m", "浸水深 3〜5m", "浸水深 5〜10m", "浸水深 10〜20m",
                          "浸水深 20m以上"]
        assert not any(isinstance(node, QgsSimpleLegendNode) for node in model.layerLegendNodes(raster_node))
        building_node = model.rootGroup().findLayers()[0]  # its classes are the raster's: listed once
        assert [node.data(0) for node in model.layerLegendNodes(building_node)] == ["浸水の想定なし"]
    finally:
        layout = layers = None


def test_long_legend_shrinks_its_text_before_it_would_clip(tmp_path, qgis_app):
    """Eight classed rasters cannot fit the A4 portrait legend box at full size: three columns, smaller text."""
    from qgis.core import QgsLegendStyle, QgsProject, QgsRasterLayer

    from digital_twin.plugin.maps import qgis_layout

    depth = depth_geotiff(tmp_path / "depth.tif", np.linspace(0, 25, 100).reshape(10, 10), cell=15.0)
    layers = qgis_layout.styled_for_preset([QgsRasterLayer(str(depth), f"d{i}") for i in range(8)], "flood")
    layout = qgis_layout.load_template(QgsProject.instance(), "a4_portrait")
    try:
        legend = layout.itemById("legend")
        full_size = legend.rstyle(QgsLegendStyle.Style.SymbolLabel).textFormat().size()
        qgis_layout.fill_layout(layout, layers, "t")
        assert legend.columnCount() == 3 and legend.splitLayer()
        factor = legend.rstyle(QgsLegendStyle.Style.SymbolLabel).textFormat().size() / full_size
        assert qgis_layout.LEGEND_MIN_FONT_SCALE - 0.01 < factor < 1.0
        needed, box = qgis_layout.legend_content_size(legend), legend.sizeWithUnits()
        assert needed.height() <= box.height() + 0.01 or factor < qgis_layout.LEGEND_MIN_FONT_SCALE + 0.01
    finally:
        layout = layers = None


# --- buildings by their own flood rank (real PLATEAU) ---------------------------------------------------------------

GSI_RANK_RGB = {1: (247, 245, 169), 2: (255, 216, 192), 3: (255, 183, 183)}
BUILDINGS_PNG = Path(__file__).resolve().parent.parent / "build" / "maps"  # kept for review (git-ignored)


@pytest.fixture(autouse=True, scope="module")
def review_folder():
    """build/maps exists for every test that keeps a page there, whichever runs first (in a clone without
    ../shared the tests that used to make it skip)."""
    BUILDINGS_PNG.mkdir(parents=True, exist_ok=True)


def over_white(rgb, opacity):
    return tuple(round(opacity * value + (1 - opacity) * 255) for value in rgb)


def colour_counts(png):
    pixels = gdal.Open(str(png)).ReadAsArray()[:3].transpose(1, 2, 0).reshape(-1, 3)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    return {tuple(int(v) for v in colour): int(count) for colour, count in zip(colours, counts, strict=True)}


def colour_total(counts, rgb, tolerance=2):
    return sum(count for colour, count in counts.items()
               if max(abs(a - b) for a, b in zip(colour, rgb, strict=True)) <= tolerance)


def has_colour(counts, rgb, tolerance=2, at_least=20):
    return colour_total(counts, rgb, tolerance) >= at_least


@pytest.fixture(scope="module")
def osaka_buildings(shared_fixtures, tmp_path_factory, digitaltwin_provider):
    """A real PLATEAU building file (Osaka, L1/L2 river-flood ranks 1-3) as loadcitygml writes it."""
    import processing

    output = tmp_path_factory.mktemp("osaka") / "osaka.gpkg"
    processing.run("digitaltwin:loadcitygml", {
        "INPUT": str(shared_fixtures / "plateau" / "hazards" / "osaka_52350387_bldg_6697_op.gml"),
        "OUTPUT": str(output)})
    return f"{output}|layername=building_lod0"


def test_real_plateau_buildings_by_their_l2_rank_stand_out_from_the_hazard(osaka_buildings, tmp_path):
    """loadcitygml's flood_l2_rank colours the buildings (not their building class `class`), fully opaque with dark
    outlines, over a depth raster drawn semi-transparent: both colours and the outlines are on the page."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(osaka_buildings, "b", "ogr")
    ranks = {feature["flood_l2_rank"] for feature in layer.getFeatures()}
    assert {2, 3} <= ranks and "class" in layer.fields().names()
    extent, crs = layer.extent(), layer.crs()
    depth = tmp_path / "depth.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(depth), 50, 50, 1, gdal.GDT_Float32)
    margin = 50.0
    dataset.SetGeoTransform((extent.xMinimum() - margin, (extent.width() + 2 * margin) / 50, 0.0,
                             extent.yMaximum() + margin, 0.0, -(extent.height() + 2 * margin) / 50))
    dataset.SetProjection(crs.toWkt())
    dataset.GetRasterBand(1).WriteArray(np.full((50, 50), 0.3, dtype=np.float32))  # < 0.5 m everywhere
    dataset = None
    output = BUILDINGS_PNG / "flood_osaka_buildings.png"
    run_export({"LAYERS": [osaka_buildings, str(depth)], "PRESET": 1, "TEMPLATE": 1, "DPI": 150,
                "OVERWRITE": True, "OUTPUT": str(output)})
    counts = colour_counts(output)
    from digital_twin.plugin.maps.qgis_layout import HAZARD_OPACITY

    assert has_colour(counts, over_white(GSI_RANK_RGB[1], HAZARD_OPACITY), at_least=2000)  # the hazard, see-through
    assert has_colour(counts, GSI_RANK_RGB[2]) and has_colour(counts, GSI_RANK_RGB[3])  # buildings, opaque
    assert has_colour(counts, (38, 38, 38), tolerance=6)  # their outlines
    pdf = tmp_path / "osaka.pdf"
    run_export({"LAYERS": [osaka_buildings, str(depth)], "PRESET": 1, "DPI": 72, "OUTPUT": str(pdf)})
    text = searchable_text(pdf)
    assert "浸水する範囲" not in text  # the buildings' class field no longer passes them off as flood areas
    assert "建物(色は浸水の深さと同じ)" in text and "浸水の想定なし" in text
    assert text.count("浸水深0.5m未満") == 1  # the depth classes are listed once


def test_buildings_ranked_by_a_plateau_rank_label_or_a_chosen_field(osaka_buildings, tmp_path, qgis_app):
    from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer

    from digital_twin.plugin.errors import InputError
    from digital_twin.plugin.maps import qgis_layout

    source = QgsVectorLayer(osaka_buildings, "b", "ogr")

    def count(layer, expression):
        return sum(1 for _ in layer.getFeatures(QgsFeatureRequest(QgsExpression(expression))))

    for field, truth in (("flood_l2_rank_label", "flood_l2_rank"), ("flood_l1_rank", "flood_l1_rank")):
        styled = qgis_layout.styled_for_preset([source], "flood", rank_field=field)
        renderer = styled[0].renderer()
        rank = renderer.classAttribute()
        assert field in rank
        for value in (1, 2, 3):
            assert count(styled[0], f"({rank}) = {value}") == count(source, f'"{truth}" = {value}')
        assert count(source, '"flood_l2_rank" = 2') >= 5
        labels = [category.label() for category in renderer.categories()]
        assert labels[-1] == "浸水の想定なし" and len(labels) == 7
    with pytest.raises(InputError, match="flood_depth_rank"):
        qgis_layout.styled_for_preset([source], "flood", rank_field="flood_depth_rank")


# --- PDF text reads back as written ---------------------------------------------------------------------------------

def squeezed_nfc(text):
    import unicodedata

    return unicodedata.normalize("NFC", "".join(text.split()))


def pdf_fonts(path):
    """[(font name, embedded)] from pdffonts."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines[2:] if line.strip()]


def test_to_unicode_maps_give_ideographs_not_kangxi_radicals():
    from digital_twin.plugin.maps.pdf_text import _fix_cmap

    cmap = ("2 beginbfrange\n<0001> <0003> [<6D2A> <2F54> <0032>]\n<0004> <0005> <2F55>\nendbfrange\n"
            "2 beginbfchar\n<0006> <2F54>\n<0007> <2EC4>\nendbfchar\n")
    assert _fix_cmap(cmap) == ("2 beginbfrange\n<0001> <0003> [<6D2A> <6C34> <0032>]\n"
                               "<0004> <0005> [<706B> <722A>]\nendbfrange\n2 beginbfchar\n<0006> <6C34>\n"
                               "<0007> <897F>\nendbfchar\n")  # 水 火 爪 西, not ⽔ ⽕ ⽖ ⻄


def test_pdf_text_equals_what_was_written_and_fonts_are_embedded(osaka_buildings, tmp_path, qgis_app):
    """Title, subtitle with (L2), notes, every legend label and the credits with CC BY 4.0 come back from pdftotext
    exactly (NFC; no Kangxi radicals, no dropped digits), and every font is embedded."""
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    from digital_twin.plugin.maps import qgis_layout

    values = np.zeros((40, 60))
    values[:, 20:] = 2.0
    depth = depth_geotiff(tmp_path / "depth.tif", values)
    layers = qgis_layout.styled_for_preset(
        [QgsVectorLayer(osaka_buildings, "b", "ogr"), QgsRasterLayer(str(depth), "d")], "flood")
    texts = preset_texts("flood", notes="水位は 3.5m、避難は 2 回目の警報で。\n"
                                        "西側の長い青色の線・矢印は避難経路です。")
    output = tmp_path / "flood.pdf"
    layout = qgis_layout.load_template(QgsProject.instance(), "a4_portrait")
    try:
        qgis_layout.fill_layout(layout, layers, **texts, attribution="出典: 荒川区 (CC BY 4.0)")
        legend = layout.itemById("legend")
        model = legend.model()
        legend_texts = [legend.title()] + [
            text for node in model.rootGroup().findLayers()
            for text in [node.name(), *(legend_node.data(0) for legend_node in model.layerLegendNodes(node))]]
        attribution = layout.itemById("attribution").text()
        qgis_layout.export_layout(layout, output, dpi=72)
    finally:
        layout = layers = None
    read = squeezed_nfc(pdf_text(output))
    assert not any(0x2F00 <= ord(char) <= 0x2FDF for char in pdf_text(output))
    written = [texts["title"], texts["subtitle"], texts["notes"], attribution, *legend_texts]
    assert "(L2)" in texts["subtitle"] and "3m" in "".join(legend_texts) and "4.0" in attribution
    for text in written:
        assert squeezed_nfc(text) in read, text
    fonts = pdf_fonts(output)
    assert fonts and all(embedded for _name, embedded in fonts), fonts


# --- shelters and facilities --------------------------------------------------------------------------------------

SHELTER_GREEN = (0, 135, 60)  # resources/icons/shelter.svg's ground
GSI_HEADER = ("NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,"
              "指定避難所との住所同一,緯度,経度,備考")


def gsi_csv_near(layer, path):
    """A Shift_JIS GSI CSV with three sites inside the layer's extent: two for floods, one for earthquakes only."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    to_degrees = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:6668"),
                                        QgsProject.instance())
    extent = to_degrees.transformBoundingBox(layer.extent())
    rows = [GSI_HEADER]
    for number, (name, flood, fx, fy) in enumerate((("北小学校", "1", 0.2, 0.8), ("中央公園", "1", 0.8, 0.3),
                                                    ("東体育館", "", 0.5, 0.5)), start=1):
        lat = extent.yMinimum() + fy * extent.height()
        lon = extent.xMinimum() + fx * extent.width()
        rows.append(f"{number},27100-{number},{name},大阪市,{flood},,,1,,,,,1,{lat:.7f},{lon:.7f},")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    return path


def test_flood_map_marks_the_flood_shelters_with_names_and_the_pictogram(osaka_buildings, tmp_path):
    from qgis.core import QgsVectorLayer

    csv = gsi_csv_near(QgsVectorLayer(osaka_buildings, "b", "ogr"), tmp_path / "hinanjo.csv")
    png = BUILDINGS_PNG / "flood_osaka_shelters.png"
    run_export({"LAYERS": [osaka_buildings], "PRESET": 1, "TEMPLATE": 1, "DPI": 150, "SHELTERS": str(csv),
                "OVERWRITE": True, "OUTPUT": str(png)})
    counts = colour_counts(png)
    assert has_colour(counts, SHELTER_GREEN, tolerance=3, at_least=300)  # two pictograms and the legend's
    pdf = tmp_path / "shelters.pdf"
    run_export({"LAYERS": [osaka_buildings], "PRESET": 1, "DPI": 72, "SHELTERS": str(csv), "OUTPUT": str(pdf)})
    text = squeezed_nfc(pdf_text(pdf))
    assert "北小学校" in text and "中央公園" in text and "指定緊急避難場所（洪水）" in text
    assert "東体育館" not in text  # designated for earthquakes, not floods


def test_barrierfree_map_names_the_route_ends_and_facilities(tmp_path, qgis_app, digitaltwin_provider):
    facilities = Path(__file__).resolve().parent.parent / "resources" / "sample_district" / "network" / \
        "facilities.geojson"
    import json

    features = json.loads(facilities.read_text(encoding="utf-8"))["features"]
    vertices = ",".join("{} {}".format(*feature["geometry"]["coordinates"][:2]) for feature in features)
    route = route_gpkg(tmp_path / "route.gpkg", f"LINESTRING({vertices})")  # by every facility
    pdf = tmp_path / "barrierfree.pdf"
    run_export({"LAYERS": [f"{route}|layername=route"], "PRESET": 3, "TEMPLATE": 1, "DPI": 72,
                "SHELTERS": str(facilities), "OUTPUT": str(pdf)})
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(BUILDINGS_PNG / "barrierfree_labels")],
                   check=True)
    text = squeezed_nfc(pdf_text(pdf))
    assert "出発地" in text and "目的地" in text
    for feature in features:
        assert squeezed_nfc(feature["properties"]["name"]) in text
    assert "施設" in text and "避難場所" in text and "出発地・目的地" in text  # ・, not U+2027


# --- basemap ------------------------------------------------------------------------------------------------------

def test_offline_basemap_draws_roads_and_names_under_the_map_without_moving_it(tmp_path, qgis_app,
                                                                                digitaltwin_provider):
    """The sample district's pedestrian network as roads (grey lines) and its facilities as named places, under a
    route; the map keeps the route's extent and the legend leaves the basemap out."""
    sample = Path(__file__).resolve().parent.parent / "resources" / "sample_district" / "network"
    import json

    features = json.loads((sample / "facilities.geojson").read_text(encoding="utf-8"))["features"]
    (x0, y0), (x1, y1) = (features[0]["geometry"]["coordinates"][:2], features[1]["geometry"]["coordinates"][:2])
    route = route_gpkg(tmp_path / "route.gpkg", f"LINESTRING({x0} {y0},{x1} {y1})")
    png = BUILDINGS_PNG / "barrierfree_offline_basemap.png"
    common = {"LAYERS": [f"{route}|layername=route"], "PRESET": 3, "TEMPLATE": 1, "DPI": 100, "OVERWRITE": True}
    run_export({**common, "OUTPUT": str(tmp_path / "bare.png")})
    run_export({**common, "BASEMAP_LAYERS": [str(sample / "pedestrian_links.geojson"),
                                             str(sample / "facilities.geojson")], "OUTPUT": str(png)})
    from digital_twin.plugin.maps.basemap import BASEMAP_LOOK

    road = tuple(int(BASEMAP_LOOK["road_line"][1][i:i + 2], 16) for i in (1, 3, 5))
    bare, with_basemap = colour_counts(tmp_path / "bare.png"), colour_counts(png)
    assert colour_total(with_basemap, road, tolerance=3) > colour_total(bare, road, tolerance=3) + 1000
    pdf = tmp_path / "basemap.pdf"
    run_export({**common, "BASEMAP_LAYERS": [str(sample / "pedestrian_links.geojson"),
                                             str(sample / "facilities.geojson")], "OUTPUT": str(pdf)})
    text = squeezed_nfc(pdf_text(pdf))
    assert squeezed_nfc(features[0]["properties"]["name"]) in text  # a place name from the basemap
    assert "facilities" not in text and "pedestrian" not in text  # no basemap entries in the legend


TILE_RGB = (70, 160, 90)


def tile_png():
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(*TILE_RGB))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_gsi_tile_layer_from_a_local_server_is_drawn_and_credited(districts_layer, tmp_path, httpserver,
                                                                  digitaltwin_provider):
    """GSI's tiles through QGIS's XYZ provider, served from 127.0.0.1: the page shows the tiles' colour under the
    districts, and the credit line names 地理院タイル."""
    import re

    httpserver.expect_request(re.compile(r"^/xyz/pale/\d+/\d+/\d+\.png$")).respond_with_data(
        tile_png(), content_type="image/png")
    url = f"http://127.0.0.1:{httpserver.port}/xyz/pale/" + "{z}/{x}/{y}.png"
    png = BUILDINGS_PNG / "gsi_tiles_local.png"
    run_export({"LAYERS": [districts_layer], "TILES": 1, "TILES_URL": url, "TEMPLATE": 1, "DPI": 72,
                "OVERWRITE": True, "OUTPUT": str(png)})
    assert len(httpserver.log) > 0
    assert has_colour(colour_counts(png), TILE_RGB, tolerance=3, at_least=5000)
    pdf = tmp_path / "tiles.pdf"
    run_export({"LAYERS": [districts_layer], "TILES": 1, "TILES_URL": url, "DPI": 72, "OUTPUT": str(pdf)})
    assert "出典：地理院タイル" in squeezed_nfc(pdf_text(pdf))


# --- locator inset ------------------------------------------------------------------------------------------------

def test_locator_inset_shows_the_ward_boundary_and_the_map_frame(districts_layer, tmp_path, digitaltwin_provider):
    """A ward ten times the districts' size: the inset (its box on the page) draws the ward's outline and name and
    the main map's frame in red; without a boundary it still draws the data's extent."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    ward = tmp_path / "ward.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(ward))
    layer = dataset.CreateLayer("ward", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("name", "荒川区")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((-8000 -38000,-1000 -37000,0 -31000,-6000 -30500,-8000 -38000))"))
    layer.CreateFeature(feature)
    dataset = None
    png = BUILDINGS_PNG / "locator_inset.png"
    run_export({"LAYERS": [districts_layer], "BOUNDARY": f"{ward}|layername=ward", "TEMPLATE": 1, "DPI": 100,
                "OVERWRITE": True, "OUTPUT": str(png)})
    image = gdal.Open(str(png)).ReadAsArray()[:3]
    rows, cols = image.shape[1:]
    x, y, w, h = (0.71, 0.53, 0.255, 0.22)  # layout_spec.LANDSCAPE_BOXES["inset_map"]
    inset = image[:, int(rows * y) + 3:int(rows * (y + h)) - 3, int(cols * x) + 3:int(cols * (x + w)) - 3]
    pixels = inset.transpose(1, 2, 0).reshape(-1, 3).astype(int)
    outline = (np.abs(pixels - (51, 51, 51)).max(axis=1) <= 12).sum()
    red = (np.abs(pixels - (215, 25, 28)).max(axis=1) <= 12).sum()
    ground = (np.abs(pixels - (244, 244, 239)).max(axis=1) <= 3).mean()
    assert outline > 200 and red > 30 and ground > 0.3, (outline, red, ground)
    pdf = tmp_path / "inset.pdf"
    run_export({"LAYERS": [districts_layer], "BOUNDARY": f"{ward}|layername=ward", "DPI": 72, "OUTPUT": str(pdf)})
    assert "荒川区" in squeezed_nfc(pdf_text(pdf))


# --- editable layouts ---------------------------------------------------------------------------------------------

def test_edit_layout_keeps_a_complete_layout_in_the_project_and_opens_the_designer(districts_layer, tmp_path,
                                                                                   qgis_app):
    from qgis.core import QgsProject

    from digital_twin.plugin.maps import qgis_editable, qgis_layout

    project = QgsProject()
    opened = []
    layers = qgis_layout.styled_for_preset([districts_layer], "flood")
    layout = qgis_layout.load_template(project, "a4_portrait")
    try:
        qgis_layout.fill_layout(layout, layers, "北町の浸水想定")
        kept = qgis_editable.open_for_editing(layout, layers, project, "北町の浸水想定", open_designer=opened.append)
        again = qgis_editable.keep_in_project(layout, layers, project, "北町の浸水想定")
        assert opened == [kept] and again.name() == "北町の浸水想定 (2)"
        assert project.layoutManager().layoutByName("北町の浸水想定") is kept
        main_map = kept.itemById("main_map")
        assert main_map.layers() and all(project.mapLayer(layer.id()) is layer for layer in main_map.layers())
        assert kept.itemById("title").text() == "北町の浸水想定" and kept.itemById("legend") is not None
        written = qgis_layout.export_layout(kept, tmp_path / "kept.pdf", dpi=72)
        assert "北町の浸水想定" in searchable_text(written[0])
        assert qgis_editable.open_for_editing(layout, layers, QgsProject(), "x") is None  # no designer headless
    finally:
        layout = kept = again = layers = None
        project.clear()


def test_edit_layout_from_processing_without_a_desktop_writes_the_file_and_says_so(districts_layer, tmp_path,
                                                                                   digitaltwin_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class Recorder(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal=False):  # noqa: N802 (QGIS API)
            self.errors.append(error)

    feedback = Recorder()
    output = tmp_path / "edit.pdf"
    layouts_before = len(QgsProject.instance().layoutManager().layouts())
    processing.run("digitaltwin:exportresidentmap", {"LAYERS": [districts_layer], "EDIT_LAYOUT": True, "DPI": 72,
                                                    "OUTPUT": str(output)}, context=QgsProcessingContext(),
                   feedback=feedback)
    assert output.is_file() and any("layout designer" in error for error in feedback.errors)
    assert len(QgsProject.instance().layoutManager().layouts()) == layouts_before


# --- atlas by district with exposed buildings ---------------------------------------------------------------------

def test_atlas_pages_count_the_exposed_buildings_of_their_district(osaka_buildings, tmp_path, digitaltwin_provider):
    """Osaka's buildings split into a west and an east 町丁目: each page prints how many ranked buildings lie in it,
    the counts checked against shapely on the same file."""
    import shapely
    from qgis.core import QgsVectorLayer

    buildings = QgsVectorLayer(osaka_buildings, "b", "ogr")
    extent = buildings.extent()
    middle_x = extent.center().x()
    ranked = [shapely.from_wkb(bytes(feature.geometry().asWkb())).point_on_surface()
              for feature in buildings.getFeatures() if feature["flood_l2_rank"]]
    expected = {"西一丁目": sum(1 for point in ranked if point.x < middle_x),
                "東一丁目": sum(1 for point in ranked if point.x >= middle_x)}
    assert all(expected.values())
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(buildings.crs().authid().split(":")[1]))
    districts = tmp_path / "chome.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(districts))
    layer = dataset.CreateLayer("chome", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    x0, y0, x1, y1 = (extent.xMinimum() - 10, extent.yMinimum() - 10, extent.xMaximum() + 10,
                      extent.yMaximum() + 10)
    for name, (left, right) in (("西一丁目", (x0, middle_x)), ("東一丁目", (middle_x, x1))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({left} {y0},{right} {y0},{right} {y1},{left} {y1},{left} {y0}))"))
        layer.CreateFeature(feature)
    dataset = None
    output = tmp_path / "atlas.pdf"
    run_export({"LAYERS": [osaka_buildings], "PRESET": 1, "ATLAS_LAYER": f"{districts}|layername=chome",
                "ATLAS_FIELD": "name", "DPI": 72, "OUTPUT": str(output)})
    assert pdf_pages(output)[0] == 2
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(output),
                    str(BUILDINGS_PNG / "atlas_page1")], check=True)
    for page in (1, 2):
        text = squeezed_nfc(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(output), "-"],
                                           capture_output=True, text=True, check=True).stdout)
        name = next(name for name in expected if name in text)
        assert f"この地区で浸水が想定される建物:{expected[name]}棟" in text, text


def test_plateau_flood_areas_are_drawn_as_hazard_not_as_buildings(shared_fixtures, tmp_path, digitaltwin_provider):
    """Numazu's fld water bodies (loadcitygml: flood_rank on WaterBody features) come out as the see-through hazard
    in the GSI classes, named 浸水する範囲, not as outlined buildings."""
    import processing

    fld = tmp_path / "numazu_fld.gpkg"
    processing.run("digitaltwin:loadcitygml", {
        "INPUT": str(shared_fixtures / "plateau" / "numazu_52385721_fld_6697_l1_op.gml"), "FEATURE_TYPES": "",
        "OUTPUT": str(fld)})
    from digital_twin.plugin.maps.qgis_layout import HAZARD_OPACITY

    png = BUILDINGS_PNG / "flood_numazu_fld.png"
    run_export({"LAYERS": [f"{fld}|layername=waterbody_lod1"], "PRESET": 1, "TEMPLATE": 1, "DPI": 72,
                "OVERWRITE": True, "OUTPUT": str(png)})
    counts = colour_counts(png)
    assert has_colour(counts, over_white(GSI_RANK_RGB[1], HAZARD_OPACITY), at_least=500)
    assert has_colour(counts, over_white(GSI_RANK_RGB[2], HAZARD_OPACITY), at_least=500)
    pdf = tmp_path / "fld.pdf"
    run_export({"LAYERS": [f"{fld}|layername=waterbody_lod1"], "PRESET": 1, "DPI": 72, "OUTPUT": str(pdf)})
    text = squeezed_nfc(pdf_text(pdf))
    assert "浸水する範囲" in text and "建物" not in text.split("凡例")[1].split("浸水の深さは")[0]


def test_a3_page_with_everything_exports_within_ten_seconds(osaka_buildings, tmp_path, digitaltwin_provider):
    """Real buildings, a depth raster, shelters and a ward on A3 landscape at the default 200 dpi: < 10 s."""
    import time

    from qgis.core import QgsVectorLayer

    buildings = QgsVectorLayer(osaka_buildings, "b", "ogr")
    csv = gsi_csv_near(buildings, tmp_path / "hinanjo.csv")
    extent = buildings.extent()
    values = np.full((60, 60), 0.3)
    values[20:, :] = 2.0
    depth = tmp_path / "depth.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(depth), 60, 60, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((extent.xMinimum() - 40, (extent.width() + 80) / 60, 0.0, extent.yMaximum() + 40, 0.0,
                             -(extent.height() + 80) / 60))
    dataset.SetProjection(buildings.crs().toWkt())
    dataset.GetRasterBand(1).WriteArray(values.astype(np.float32))
    dataset = None
    output = tmp_path / "a3.pdf"
    started = time.perf_counter()
    run_export({"LAYERS": [osaka_buildings, str(depth)], "PRESET": 1, "TEMPLATE": 2, "SHELTERS": str(csv),
                "OUTPUT": str(output)})
    seconds = time.perf_counter() - started
    pages, size = pdf_pages(output)
    assert pages == 1 and size.startswith("1191") and "A3" in size  # landscape, in points
    assert seconds < 10.0, f"A3 export took {seconds:.1f} s"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(output), str(BUILDINGS_PNG / "a3_flood_osaka")],
                   check=True)
    print(f"A3 export: {seconds:.2f} s")
