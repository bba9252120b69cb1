"""digitaltwin:sampledistrict through Processing and qgis_process: the same bytes as the bundled district, and the
layers QGIS opens from it (CRS, feature counts, no-data) are what the district promises."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "resources" / "sample_district"


def read_checksums(folder):
    return (folder / "SHA256SUMS").read_text().splitlines()


def test_algorithm_writes_the_bundled_district_and_qgis_opens_its_layers(digitaltwin_provider, tmp_path):
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingException,
        QgsProject,
        QgsRasterLayer,
        QgsVectorLayer,
    )

    folder = tmp_path / "district"
    results = processing.run("digitaltwin:sampledistrict", {"SCALE": 1, "OUTPUT": str(folder)})
    assert read_checksums(folder) == read_checksums(BUNDLED)
    assert results["BUILDING_COUNT"] == json.loads((BUNDLED / "catalog.json").read_text())["building_count"]
    assert results["BUILDINGS"] == str(folder / "udx" / "bldg" / "53394665_bldg_6697_op.gml")
    assert Path(results["FLOOD_L2"]).name == "53394665_fld_6697_l2_op.gml"

    dem = QgsRasterLayer(results["DEM"], "dem")
    assert dem.isValid() and dem.crs().authid() == "EPSG:6677"
    assert (dem.width(), dem.height()) == (200, 180)
    assert dem.extent().xMinimum() == pytest.approx(-1820.0) and dem.extent().yMaximum() == pytest.approx(-30520.0)
    depth = QgsRasterLayer(results["FLOOD_DEPTH_L2"], "depth")
    assert depth.isValid() and depth.dataProvider().sourceNoDataValue(1) == -9999.0
    statistics = depth.dataProvider().bandStatistics(1)
    assert 0.0 < statistics.minimumValue and 4.0 < statistics.maximumValue < 5.0  # L2 level 4.6 m, lowest bank 0.4

    links = QgsVectorLayer(results["PEDESTRIAN_LINKS"], "links", "ogr")
    assert links.isValid() and links.crs().authid() == "EPSG:6668"
    geojson = json.loads(Path(results["PEDESTRIAN_LINKS"]).read_text())
    assert links.featureCount() == len(geojson["features"])
    assert {"link_id", "route_type", "vtcl_slope", "lev_diff", "rank"} <= set(links.fields().names())
    river = QgsVectorLayer(results["RIVER"], "river", "ogr")
    assert river.isValid() and river.featureCount() == 1 and river.crs().authid() == "EPSG:6668"
    facilities = QgsVectorLayer(results["FACILITIES"], "facilities", "ogr")
    assert sorted(f["kind"] for f in facilities.getFeatures()) == ["hospital", "shelter", "station"]

    del dem, depth, links, river, facilities  # close the files before the district is replaced under them

    with pytest.raises(QgsProcessingException, match="allow overwriting"):
        processing.run("digitaltwin:sampledistrict", {"SCALE": 1, "OUTPUT": str(folder)})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("digitaltwin:sampledistrict", {"SCALE": 1, "OUTPUT": str(folder), "OVERWRITE": True},
                   context=context)
    assert read_checksums(folder) == read_checksums(BUNDLED)
    loaded = context.layersToLoadOnCompletion()  # what QGIS desktop adds to the map when the run ends
    assert sorted(details.name for details in loaded.values()) == \
        ["Elevation (DEM)", "Facilities", "Flood depth L2", "Pedestrian network links", "River channel"]
    assert set(loaded) == {results["DEM"], results["FLOOD_DEPTH_L2"], results["PEDESTRIAN_LINKS"],
                           results["FACILITIES"], results["RIVER"]}


@pytest.mark.qgis_process
def test_qgis_process_writes_the_district(qgis_process_env, tmp_path):
    import headless

    folder = tmp_path / "district"
    answer = headless.run_algorithm("digitaltwin:sampledistrict", {"OUTPUT": str(folder)}, qgis_process_env)
    results = answer["results"]
    assert results["BUILDING_COUNT"] == json.loads((BUNDLED / "catalog.json").read_text())["building_count"]
    assert Path(results["POINT_CLOUD"]).stat().st_size == (BUNDLED / "pointcloud.laz").stat().st_size
    assert read_checksums(folder) == read_checksums(BUNDLED)
