"""Data credits travel from the loaded PLATEAU data through the analyses to the printed map."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def processing_module(digitaltwin_provider):
    import processing

    return processing


def test_plateau_data_is_recognised_by_name_url_or_namespace(shared_fixtures, tmp_path):
    from digital_twin.plugin.qgis_credits import is_plateau_release

    assert is_plateau_release("/data/13111_ota-ku_city_2023_citygml_1_op.zip")
    assert is_plateau_release("https://assets.cms.plateau.reearth.io/assets/x/53394665_bldg_6697_op.gml")
    assert is_plateau_release("/data/52350405_bldg_6697_op.gml")  # PLATEAU's own file names
    assert is_plateau_release("/data/52385721_fld_6697_l1_op.gml")
    assert not is_plateau_release("/data/my_plateau_copy.gml")
    # a renamed PLATEAU file still declares the i-UR namespace (uro 1.4 to 3.x)
    for name in ("hazards/osaka_52350387_bldg_6697_op.gml", "sapporo_64413325_bldg_6697_op.gml"):
        copy = tmp_path / "renamed.gml"
        copy.write_bytes((shared_fixtures / "plateau" / name).read_bytes()[:20000])
        assert is_plateau_release(copy)
    plain = tmp_path / "plain.gml"
    plain.write_text('<CityModel xmlns="http://www.opengis.net/citygml/2.0"/>', encoding="utf-8")
    assert not is_plateau_release(plain)


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
    text = searchable_text(output)
    assert "出典:国土交通省ProjectPLATEAU3D都市モデル(CCBY4.0)" in text and text.count("出典") == 1


def test_a_single_plateau_file_is_credited_to_plateau(processing_module, shared_fixtures, tmp_path):
    """A PLATEAU .gml loaded on its own (not from a release zip) still carries PLATEAU's credit to the map."""
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.qgis_credits import PLATEAU_CREDIT, PLATEAU_LICENCE

    buildings = tmp_path / "sapporo.gpkg"
    processing_module.run("digitaltwin:loadcitygml", {
        "INPUT": str(shared_fixtures / "plateau" / "sapporo_64413325_bldg_6697_op.gml"), "OUTPUT": str(buildings)})
    metadata = QgsVectorLayer(f"{buildings}|layername=building_lod0", "b", "ogr").metadata()
    assert metadata.rights() == [PLATEAU_CREDIT] and metadata.licenses() == [PLATEAU_LICENCE]


def test_the_sample_district_is_credited_to_its_catalog_not_to_plateau(processing_module, tmp_path):
    """The sample's files are named like PLATEAU's and declare uro, but its catalog.json names its own (synthetic)
    publisher: that, not PLATEAU, goes to the layers and the printed map."""
    from qgis.core import QgsVectorLayer
    from test_maps import searchable_text

    from digital_twin.plugin.qgis_credits import citygml_credits
    from digital_twin.plugin.sample_district.generate import LICENCE, PUBLISHER

    district = next((ROOT / "resources" / "sample_district" / "udx" / "bldg").glob("*_bldg_6697_op.gml"))
    attribution = f"{PUBLISHER} ({LICENCE})"
    assert citygml_credits(district) == ([attribution], [LICENCE])
    # the flood models sit deepest in a release (udx/fld/natl/<river>/...): found from their catalog too
    for pattern in ("udx/fld/**/*_fld_6697_l2_op.gml", "udx/ifld/**/*_ifld_6697_op.gml"):
        model = next((ROOT / "resources" / "sample_district").glob(pattern))
        assert citygml_credits(model) == ([attribution], [LICENCE]), model
    outside = tmp_path / district.name  # the same file away from its catalog: recognised as PLATEAU by its name
    outside.write_bytes(district.read_bytes())
    assert citygml_credits(outside)[0] == ["出典: 国土交通省 Project PLATEAU 3D都市モデル"]

    buildings = tmp_path / "sample.gpkg"
    processing_module.run("digitaltwin:loadcitygml", {"INPUT": str(district), "OUTPUT": str(buildings)})
    metadata = QgsVectorLayer(f"{buildings}|layername=building_lod1", "b", "ogr").metadata()
    assert metadata.rights() == [attribution] and metadata.licenses() == [LICENCE]
    output = tmp_path / "map.pdf"
    processing_module.run("digitaltwin:exportresidentmap", {"LAYERS": [f"{buildings}|layername=building_lod1"],
                                                            "DPI": 72, "OUTPUT": str(output)})
    text = searchable_text(output)
    assert "PLATEAU" not in text and text.count("出典") == 1, text
    assert "出典:DigitalTwinsample(synthetic)(CCBY4.0)" in text, text
