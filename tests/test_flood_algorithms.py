"""The flood Processing algorithms through processing.run and qgis_process, on small generated inputs."""

import csv

import numpy as np
import pytest

from digital_twin.plugin.flood import GSI_DEPTH_CLASSES
from digital_twin.plugin.flood.rasters import Raster, read_raster, write_raster

CRS = "EPSG:6677"


def crs_wkt():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    return srs.ExportToWkt()


def bowl_dem(path):
    rows, cols = np.mgrid[0:21, 0:21]
    values = 0.05 * ((rows - 10) ** 2 + (cols - 10) ** 2)
    return write_raster(path, Raster(values, (1000.0, 2.0, 0.0, 2042.0, 0.0, -2.0), crs_wkt()))


def vector_layer(kind, fields, rows, name="layer"):
    """A memory layer in EPSG:6677 from (wkt, attributes) rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs={CRS}&" + "&".join(f"field={f}" for f in fields), name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box_wkt(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


@pytest.fixture
def processing_module(digitaltwin_provider):
    import processing

    return processing


def test_inundation_algorithm(processing_module, tmp_path):
    from qgis.core import QgsVectorLayer

    dem = bowl_dem(tmp_path / "dem.tif")
    seeds = vector_layer("Point", ["id:integer"], [("POINT(1021 2021)", [1])])
    result = processing_module.run("digitaltwin:floodinundation", {
        "DEM": str(dem), "WATER_LEVEL": 2.0, "SEEDS": seeds, "OUTPUT_DEPTH": str(tmp_path / "depth.tif"),
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg")})
    ground = read_raster(dem).values
    depth = read_raster(result["OUTPUT_DEPTH"]).values
    assert np.allclose(depth, np.where(ground < 2.0, 2.0 - ground, 0.0), atol=1e-6)  # Float32 GeoTIFF
    assert result["FLOODED_AREA_M2"] == pytest.approx((ground < 2.0).sum() * 4.0)
    assert result["MAX_DEPTH_M"] == 2.0
    areas = QgsVectorLayer(result["OUTPUT_AREAS"], "areas", "ogr")
    features = list(areas.getFeatures())
    assert {f["class"] for f in features} == {1, 2}  # <0.5 m ring and the 0.5-3 m centre
    assert {f["label"] for f in features if f["class"] == 2} == {"浸水深 0.5〜3m"}
    assert sum(f["area_m2"] for f in features) == pytest.approx(result["FLOODED_AREA_M2"])


def test_inundation_never_overwrites_without_the_option(processing_module, tmp_path):
    from qgis.core import QgsProcessingException

    existing = tmp_path / "depth.tif"
    existing.write_bytes(b"a user's file")
    seeds = vector_layer("Point", ["id:integer"], [("POINT(1021 2021)", [1])])
    with pytest.raises(QgsProcessingException, match="exists"):
        processing_module.run("digitaltwin:floodinundation", {
            "DEM": str(bowl_dem(tmp_path / "dem.tif")), "WATER_LEVEL": 2.0, "SEEDS": seeds,
            "OUTPUT_DEPTH": str(existing), "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    assert existing.read_bytes() == b"a user's file"


def test_inundation_level_from_river_level_layer(processing_module, tmp_path):
    dem = bowl_dem(tmp_path / "dem.tif")
    seeds = vector_layer("Point", ["id:integer"], [("POINT(1021 2021)", [1])])
    gauge = vector_layer("Point", ["level:double", "observed:string"],
                         [("POINT(1000 2000)", [3.0, "2026-07-01T10:00"]),
                          ("POINT(1000 2000)", [1.0, "2026-07-01T12:00"]),
                          ("POINT(1000 2000)", [2.5, "2026-07-01T11:00"])])
    result = processing_module.run("digitaltwin:floodinundation", {
        "DEM": str(dem), "LEVEL_LAYER": gauge, "LEVEL_FIELD": "level", "TIME_FIELD": "observed", "SEEDS": seeds,
        "OUTPUT_DEPTH": str(tmp_path / "depth.tif"), "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    assert result["WATER_LEVEL_USED"] == 1.0  # the latest reading, not the last row
    assert result["MAX_DEPTH_M"] == 1.0


def exposure_inputs():
    buildings = vector_layer("Polygon", ["name:string", "storeys:integer"], [
        (box_wkt(0, 0, 10, 10), ["tie", 3]), (box_wkt(20, 0, 30, 10), ["multi", 2]),
        (box_wkt(100, 100, 110, 110), ["dry", 1])], "buildings")
    hazard = vector_layer("Polygon", ["flood_rank:integer", "flood_depth:double", "flood_scale:string"], [
        (box_wkt(0, 0, 5, 10), [2, 1.0, "L2"]), (box_wkt(5, 0, 10, 10), [3, 4.0, "L2"]),
        (box_wkt(20, 0, 24, 10), [2, 1.0, "L2"]), (box_wkt(24, 0, 26, 10), [2, 2.5, "L2"]),
        (box_wkt(26, 0, 30, 10), [3, 3.5, "L2"])], "hazard")
    return buildings, hazard


def test_exposure_algorithm_guesses_fields_and_summarises(processing_module, tmp_path):
    from qgis.core import QgsVectorLayer

    buildings, hazard = exposure_inputs()
    result = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": buildings, "HAZARD": hazard, "STOREYS_FIELD": "storeys",
        "OUTPUT": str(tmp_path / "exposure.gpkg"), "SUMMARY": str(tmp_path / "summary.csv")})
    out = {f["name"]: f for f in QgsVectorLayer(result["OUTPUT"], "out", "ogr").getFeatures()}
    assert out["tie"]["flood_rank"] == 3 and out["tie"]["flood_depth"] == 4.0
    assert out["tie"]["floors_affected"] == 2 and out["tie"]["flood_rank_label"] == "浸水深 3〜5m"
    assert out["multi"]["flood_rank"] == 2 and out["multi"]["flood_depth"] == 1.0
    assert out["dry"]["flood_rank"] is None or out["dry"]["flood_rank"] == 0 or out["dry"].attribute(
        "flood_rank").isNull()
    assert result["EXPOSED_BUILDINGS"] == 2
    summary = list(csv.reader((tmp_path / "summary.csv").open(encoding="utf-8")))
    assert summary[0] == ["scale", "rank", "rank_label", "buildings", "floor_area_m2", "residents", "hazard",
                          "scenario"]
    assert [row[:4] for row in summary[1:]] == [["L2", "3", "浸水深 3〜5m", "1"], ["L2", "2", "浸水深 0.5〜3m", "1"]]
    assert float(summary[1][4]) == 300.0 and float(summary[1][5]) == 7.5  # 300 m² / 40 m² per person

    inasafe = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": buildings, "HAZARD": hazard, "RULE": 1, "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT"})
    ranks = {f["name"]: f["flood_rank"] for f in inasafe["OUTPUT"].getFeatures()}
    assert ranks["multi"] == 3


def test_exposure_from_depth_raster(processing_module, tmp_path):
    values = np.full((20, 20), 0.25)
    values[:, 10:] = 4.0
    raster = write_raster(tmp_path / "depth.tif", Raster(values, (0.0, 1.0, 0.0, 20.0, 0.0, -1.0), crs_wkt()))
    buildings = vector_layer("Polygon", ["name:string"], [(box_wkt(2, 2, 9, 8), ["west"]),
                                                          (box_wkt(8, 2, 18, 8), ["mostly east"])])
    result = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": buildings, "HAZARD_RASTER": str(raster), "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT"})
    out = {f["name"]: (f["flood_rank"], f["flood_depth"]) for f in result["OUTPUT"].getFeatures()}
    assert out == {"west": (1, 0.25), "mostly east": (3, 4.0)}


def sloped_dem(path):
    rows, cols = np.mgrid[0:30, 0:40]
    values = 10.0 - 0.05 * cols + 0.02 * np.abs(rows - 15)
    return write_raster(path, Raster(values, (0.0, 5.0, 0.0, 150.0, 0.0, -5.0), crs_wkt()))


def test_simulation_algorithm(processing_module, tmp_path):
    dem = sloped_dem(tmp_path / "dem.tif")
    buildings = vector_layer("Polygon", ["id:integer"], [(box_wkt(100, 60, 115, 90), [1])])
    gauges = vector_layer("Point", ["name:string"], [("POINT(197 77)", ["outlet"])])
    hyetograph = tmp_path / "rain.csv"
    hyetograph.write_text("minutes,mm_per_h\n0,30\n5,90\n10,0\n", encoding="utf-8")
    result = processing_module.run("digitaltwin:floodsimulation", {
        "DEM": str(dem), "DURATION": 15, "HYETOGRAPH": str(hyetograph), "BUILDINGS": buildings,
        "SERIES_POINTS": gauges, "SERIES_NAME_FIELD": "name", "SERIES_INTERVAL": 5,
        "OUTPUT_MAX_DEPTH": str(tmp_path / "max_depth.tif"), "OUTPUT_MAX_VELOCITY": str(tmp_path / "velocity.tif"),
        "OUTPUT_ARRIVAL": str(tmp_path / "arrival.tif"), "OUTPUT_SERIES": str(tmp_path / "series.csv")})
    max_depth = read_raster(result["OUTPUT_MAX_DEPTH"]).values
    assert np.all(max_depth[12:18, 20:23] == 0)  # the building's cells stay dry
    assert max_depth.max() > 0.005 and result["MAX_DEPTH_M"] == pytest.approx(max_depth.max(), rel=1e-6)
    # 5 min each at 30 and 90 mm/h on all 1,200 cells: the 18 roof cells' rain runs off beside the building.
    assert result["RAIN_M3"] == pytest.approx((30 + 90) / 12 / 1000 * 25 * 30 * 40)
    assert abs(result["MASS_BALANCE_ERROR_PERCENT"]) < 0.1
    assert result["OUTFLOW_M3"] > 0
    velocity = read_raster(result["OUTPUT_MAX_VELOCITY"]).values
    assert velocity.max() > 0
    series = list(csv.reader((tmp_path / "series.csv").open(encoding="utf-8")))
    assert series[0] == ["point", "minutes", "depth_m"] and len(series) == 1 + 4  # 0, 5, 10, 15 min
    assert [float(row[1]) for row in series[1:]] == [0, 5, 10, 15]
    without_roofs = processing_module.run("digitaltwin:floodsimulation", {
        "DEM": str(dem), "DURATION": 15, "HYETOGRAPH": str(hyetograph), "BUILDINGS": buildings,
        "ROOF_RUNOFF": False, "OUTPUT_MAX_DEPTH": str(tmp_path / "max_depth_2.tif"),
        "OUTPUT_MAX_VELOCITY": str(tmp_path / "velocity_2.tif"), "OUTPUT_ARRIVAL": str(tmp_path / "arrival_2.tif")})
    assert without_roofs["RAIN_M3"] == pytest.approx((30 + 90) / 12 / 1000 * 25 * (30 * 40 - 18))


def test_simulation_cancel_leaves_no_output(processing_module, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing_module.run("digitaltwin:floodsimulation", {
            "DEM": str(sloped_dem(tmp_path / "dem.tif")), "DURATION": 30, "RAIN": 50,
            "OUTPUT_MAX_DEPTH": str(tmp_path / "max_depth.tif"), "OUTPUT_MAX_VELOCITY": "TEMPORARY_OUTPUT",
            "OUTPUT_ARRIVAL": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert not (tmp_path / "max_depth.tif").exists()


def test_styles_follow_the_gsi_legend(tmp_path):
    from qgis.core import QgsRasterLayer

    from digital_twin.plugin.qgis_results import apply_style

    layer = QgsRasterLayer(str(bowl_dem(tmp_path / "dem.tif")), "depth")
    apply_style(layer, "flood_depth")  # the style file as written (loaded results get UI-language labels)
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].color.alpha() == 0  # dry cells transparent
    assert [(i.color.red(), i.color.green(), i.color.blue()) for i in items[1:]] == [c[1] for c in GSI_DEPTH_CLASSES]
    assert [i.label for i in items[1:]] == [c[2] for c in GSI_DEPTH_CLASSES]


def test_qgis_process_runs_the_simulation(qgis_process_env, tmp_path):
    import headless

    dem = sloped_dem(tmp_path / "dem.tif")
    answer = headless.run_algorithm("digitaltwin:floodsimulation", {
        "DEM": dem, "DURATION": 5, "RAIN": 60, "OUTPUT_MAX_DEPTH": tmp_path / "max_depth.tif",
        "OUTPUT_MAX_VELOCITY": tmp_path / "velocity.tif", "OUTPUT_ARRIVAL": tmp_path / "arrival.tif"},
        qgis_process_env, timeout=300)
    results = answer["results"]
    assert results["RAIN_M3"] == pytest.approx(60 / 12 / 1000 * 25 * 1200)  # 5 min of 60 mm/h on 1200 cells
    assert abs(results["MASS_BALANCE_ERROR_PERCENT"]) < 0.1
    assert read_raster(results["OUTPUT_MAX_DEPTH"]).values.max() > 0


def test_inundation_on_the_real_yokosuka_tin(processing_module, shared_fixtures, tmp_path):
    from osgeo import ogr
    from shapely import from_wkb

    from digital_twin.plugin.citygml.loader import load_citygml
    from digital_twin.plugin.flood.rasters import tin_to_raster, tin_triangles

    tin = tmp_path / "yokosuka_dem.gpkg"
    load_citygml(shared_fixtures / "plateau" / "yokosuka_523965_dem_6697_05_op.gml", tin, feature_types=("dem",))
    dataset = ogr.Open(str(tin))
    geometries = [from_wkb(bytes(f.GetGeometryRef().ExportToWkb())) for f in dataset.GetLayerByName(
        "relieffeature_lod1")]
    dataset = None
    triangles = tin_triangles(geometries)
    assert len(triangles) == 585 + 481
    lowest = triangles.reshape(-1, 3)[np.argmin(triangles[:, :, 2])]
    seeds = vector_layer("Point", ["id:integer"], [(f"POINT({lowest[0]} {lowest[1]})", [1])])
    result = processing_module.run("digitaltwin:floodinundation", {
        "DEM_TIN": f"{tin}|layername=relieffeature_lod1", "TIN_CELL_SIZE": 10.0, "WATER_LEVEL": 3.0,
        "SEEDS": seeds, "OUTPUT_DEPTH": str(tmp_path / "depth.tif"), "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    ground = tin_to_raster(triangles, 10.0).values
    depth = read_raster(result["OUTPUT_DEPTH"]).values
    assert np.isfinite(ground).mean() > 0.5  # the TIN covers most of its bounding box
    assert ground[np.isfinite(ground)].min() >= triangles[:, :, 2].min() - 1e-6
    flooded = np.nan_to_num(depth) > 0
    assert flooded.sum() > 0 and np.all(ground[flooded] < 3.0)
    assert np.allclose(depth[flooded], 3.0 - ground[flooded], atol=1e-4)
    assert result["MAX_DEPTH_M"] == pytest.approx(3.0 - ground[flooded].min(), abs=1e-4)


def test_exposure_on_real_numazu_flood_areas(processing_module, shared_fixtures, tmp_path):
    """PLATEAU fld water bodies are MultiPolygons of edge-sharing triangles ('invalid' for OGC) and must be usable."""
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.citygml.loader import load_citygml

    areas = tmp_path / "numazu_fld.gpkg"
    load_citygml(shared_fixtures / "plateau" / "numazu_52385721_fld_6697_l1_op.gml", areas, feature_types=("fld",))
    hazard = QgsVectorLayer(f"{areas}|layername=waterbody_lod1", "fld", "ogr")
    rank2 = next(f for f in hazard.getFeatures() if f["flood_rank"] == 2)
    centre = rank2.geometry().centroid().asPoint()
    x, y = centre.x(), centre.y()
    buildings = vector_layer("Polygon", ["name:string"], [(box_wkt(x - 3, y - 3, x + 3, y + 3), ["on rank 2"])])
    buildings.setCrs(hazard.crs())
    result = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": buildings, "HAZARD": hazard, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    (feature,) = list(result["OUTPUT"].getFeatures())
    assert feature["flood_rank"] == 2 and feature["flood_scale"] == "L1"
    import shapely

    water = shapely.union_all(shapely.get_parts(shapely.from_wkb(bytes(rank2.geometry().asWkb()))))
    assert feature["overlap_m2"] == pytest.approx(water.intersection(shapely.box(x - 3, y - 3, x + 3, y + 3)).area)


def test_simulation_with_inflow_hydrographs(processing_module, tmp_path):
    dem = sloped_dem(tmp_path / "dem.tif")
    inflows = vector_layer("Point", ["name:string", "q:double"], [("POINT(12 77)", ["culvert"]),
                                                                   ("POINT(12 40)", ["drain", 0.5])])
    hydrograph = tmp_path / "flows.csv"
    hydrograph.write_text("minutes,m3_per_s,point\n0,0,culvert\n5,2,culvert\n10,0,culvert\n", encoding="utf-8")
    result = processing_module.run("digitaltwin:floodsimulation", {
        "DEM": str(dem), "DURATION": 12, "RAIN": 0, "INFLOW_POINTS": inflows, "INFLOW_NAME_FIELD": "name",
        "INFLOW_FIELD": "q", "HYDROGRAPH": str(hydrograph), "OUTPUT_MAX_DEPTH": "TEMPORARY_OUTPUT",
        "OUTPUT_MAX_VELOCITY": "TEMPORARY_OUTPUT", "OUTPUT_ARRIVAL": "TEMPORARY_OUTPUT"})
    # culvert: triangle 0 -> 2 -> 0 m³/s over 10 min = 600 m³; drain: constant 0.5 m³/s for 12 min = 360 m³
    assert result["INFLOW_M3"] == pytest.approx(600.0 + 360.0, rel=1e-3)
    assert result["RAIN_M3"] == 0.0
    assert abs(result["MASS_BALANCE_ERROR_PERCENT"]) < 0.1
    arrival = read_raster(result["OUTPUT_ARRIVAL"]).values
    assert np.isfinite(arrival[15, 2]) and np.isfinite(arrival[22, 2])  # both inflow cells got wet


def test_exposure_to_tsunami_scenarios_and_sediment_areas_in_one_run(processing_module, shared_fixtures, tmp_path):
    """Real Numazu tnm water bodies (uro 2.0 rankOrg) and lsld areas (81, 警戒 / 特別警戒) in one hazard layer: a
    2 x 2 m building at an interior point of the first area of each tsunami scenario and of a 特別警戒 area. Each
    hazard and scenario is summarised alone; SCENARIO restricts the run to one."""
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.citygml.loader import load_citygml

    plateau = shared_fixtures / "plateau" / "hazards"
    tnm, lsld = tmp_path / "tnm.gpkg", tmp_path / "lsld.gpkg"
    load_citygml(plateau / "numazu_523855_tnm_6697_op.gml", tnm, target_crs=CRS)
    load_citygml(plateau / "numazu_523857_lsld_6668_op.gml", lsld, target_crs=CRS)
    tsunami = QgsVectorLayer(f"{tnm}|layername=waterbody_lod1", "tnm", "ogr")
    sediment = QgsVectorLayer(f"{lsld}|layername=sedimentdisasterpronearea_lod1", "lsld", "ogr")
    rows = [(f.geometry(), f["hazard"], f["scenario"], f["flood_rank"]) for f in tsunami.getFeatures()]
    rows += [(f.geometry(), f["hazard"], f["scenario"], int(f["area_type_code"])) for f in sediment.getFeatures()]
    hazard = vector_layer("MultiPolygon", ["hazard:string", "scenario:string", "flood_rank:integer"],
                          [(geometry.asWkt(), [kind, scenario, rank]) for geometry, kind, scenario, rank in rows])
    first = {}
    for geometry, kind, scenario, rank in rows:
        if kind == "tsunami" or rank == 2:
            first.setdefault((kind, scenario if kind == "tsunami" else "special"), (geometry, scenario, rank))
    buildings = []
    for (kind, _), (geometry, scenario, _) in sorted(first.items()):
        point = geometry.pointOnSurface().asPoint()
        buildings.append((box_wkt(point.x() - 1, point.y() - 1, point.x() + 1, point.y() + 1), [f"{kind} {scenario}"]))
    result = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": vector_layer("Polygon", ["name:string"], buildings), "HAZARD": hazard,
        "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    out = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(out) == len(first) >= 2 and all(f["flood_rank"] for f in out.values())  # all exposed
    special = next(name for name in out if name.startswith("landslide"))
    assert out[special]["flood_rank"] == 2 and out[special]["flood_rank_label"] == "土砂災害特別警戒区域"
    summary = [(f["hazard"], f["scenario"], f["rank"], f["buildings"]) for f in result["SUMMARY"].getFeatures()]
    assert len({row[:3] for row in summary}) == len(summary)  # one row per hazard, scenario and rank
    tsunami_scenarios = {scenario for kind, scenario in first if kind == "tsunami"}
    assert {scenario for kind, scenario, _, _ in summary if kind == "tsunami"} >= tsunami_scenarios
    assert ("landslide", out[special]["scenario"], 2) in {row[:3] for row in summary}
    chosen = sorted(tsunami_scenarios)[0]
    only = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": vector_layer("Polygon", ["name:string"], buildings), "HAZARD": hazard, "SCENARIO": chosen,
        "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    assert {(f["hazard"], f["scenario"]) for f in only["SUMMARY"].getFeatures()} == {("tsunami", chosen)}


def test_exposure_on_an_empty_building_layer_says_so(processing_module, tmp_path):
    from qgis.core import QgsProcessingException

    _, hazard = exposure_inputs()
    empty = vector_layer("Polygon", ["name:string"], [], "empty buildings")
    with pytest.raises(QgsProcessingException, match="no building") as error:
        processing_module.run("digitaltwin:floodexposure", {
            "BUILDINGS": empty, "HAZARD": hazard, "OUTPUT": str(tmp_path / "exposure.gpkg"),
            "SUMMARY": str(tmp_path / "summary.csv")})
    assert "BUILDINGS" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_features_without_geometry_are_counted_not_dropped_silently(processing_module, tmp_path):
    """Issue 18: null geometries were dropped without a word."""
    from qgis.core import QgsFeature, QgsProcessingFeedback

    buildings, hazard = exposure_inputs()
    nameless = QgsFeature(buildings.fields())
    nameless.setAttributes(["no geometry", 2])
    buildings.dataProvider().addFeatures([nameless, QgsFeature(nameless)])
    warnings = []
    feedback = QgsProcessingFeedback()
    feedback.pushWarning = warnings.append
    result = processing_module.run("digitaltwin:floodexposure", {
        "BUILDINGS": buildings, "HAZARD": hazard, "OUTPUT": str(tmp_path / "exposure.gpkg"),
        "SUMMARY": str(tmp_path / "summary.csv")}, feedback=feedback)
    assert result["EXPOSED_BUILDINGS"] == 2
    assert warnings == ["2 features of BUILDINGS have no geometry and were left out"]
