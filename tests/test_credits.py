"""Data credits travel from the loaded PLATEAU data through the analyses to the printed map."""

import pytest


@pytest.fixture
def processing_module(digitaltwin_provider):
    import processing

    return processing


def test_plateau_releases_are_recognised_by_name_or_url():
    from digital_twin.plugin.qgis_credits import is_plateau_release

    assert is_plateau_release("/data/13111_ota-ku_city_2023_citygml_1_op.zip")
    assert is_plateau_release("https://assets.cms.plateau.reearth.io/assets/x/53394665_bldg_6697_op.gml")
    assert not is_plateau_release("/data/53394665_bldg_6697_op.gml")  # a bare file name proves nothing
    assert not is_plateau_release("/data/my_plateau_copy.gml")


def test_credits_go_from_a_plateau_release_through_flood_and_solar_outputs_to_the_map(
        processing_module, shared_fixtures, tmp_path):
    from qgis.core import QgsRasterLayer, QgsVectorLayer
    from test_citygml_engine import write_release_zip
    from test_maps import searchable_text

    from digital_twin.plugin.qgis_credits import PLATEAU_CREDIT, PLATEAU_LICENCE, layer_metadata

    release = write_release_zip(shared_fixtures / "plateau", tmp_path / "01100_sapporo-shi_city_2020_citygml_1_op.zip")
    buildings = tmp_path / "sapporo.gpkg"
    processing_module.run("digitaltwin:loadcitygml", {"INPUT": str(release), "MESH_FILTER": "64413325",
                                                      "OUTPUT": str(buildings)})
    lod0 = QgsVectorLayer(f"{buildings}|layername=building_lod0", "b", "ogr")
    assert lod0.metadata().rights() == [PLATEAU_CREDIT] and lod0.metadata().licenses() == [PLATEAU_LICENCE]

    # a vector result (GeoPackage) and a raster result (GeoTIFF + .qmd) made from the buildings
    exposure = tmp_path / "exposure.gpkg"
    processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": f"{buildings}|layername=building_lod0", "HAZARD": f"{buildings}|layername=building_lod0",
        "RANK_FIELD": "flood_l2_rank", "OUTPUT": str(exposure), "SUMMARY": str(tmp_path / "summary.csv")})
    assert QgsVectorLayer(str(exposure), "e", "ogr").metadata().rights() == [PLATEAU_CREDIT]
    dsm = tmp_path / "dsm.tif"
    processing_module.run("digitaltwin:buildingsdsm", {"BUILDINGS": f"{buildings}|layername=building_lod0",
                                                       "CELL_SIZE": 2.0, "OUTPUT": str(dsm)})
    assert (tmp_path / "dsm.qmd").is_file()
    assert layer_metadata(QgsRasterLayer(str(dsm), "dsm")).licenses() == [PLATEAU_LICENCE]

    output = tmp_path / "map.pdf"
    processing_module.run("digitaltwin:exportresidentmap", {"LAYERS": [str(exposure), str(dsm)], "DPI": 72,
                                                            "OUTPUT": str(output)})
    text = searchable_text(output)  # Poppler drops digits inside CJK runs ("3D" reads "D"): match the words
    assert "国土交通省ProjectPLATEAU" in text and "都市モデル" in text and "CCBY" in text


def test_a_bare_file_is_not_credited_to_plateau(processing_module, shared_fixtures, tmp_path):
    from qgis.core import QgsVectorLayer

    buildings = tmp_path / "sapporo.gpkg"
    processing_module.run("digitaltwin:loadcitygml", {
        "INPUT": str(shared_fixtures / "plateau" / "sapporo_64413325_bldg_6697_op.gml"), "OUTPUT": str(buildings)})
    assert QgsVectorLayer(f"{buildings}|layername=building_lod0", "b", "ogr").metadata().rights() == []
