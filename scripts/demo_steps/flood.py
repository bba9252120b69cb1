"""Demo step: the three flood analyses, headless through qgis_process.

Until the sample district exists, a generated lowland valley (2 m DEM in EPSG:6677 with a hollow, 40 buildings, a
river seed point and two gauges) carries the simulation, the inundation and the exposure; the exposure rule is then
run again on the real PLATEAU Numazu flood areas (fld, L1) loaded with digitaltwin:loadcitygml.
"""

import json
from pathlib import Path

import numpy as np

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "plateau"
ORIGIN = (-5000.0, -35000.0)  # EPSG:6677 (Tokyo), lower-left corner of the generated valley
CELL = 2.0
ROWS, COLS = 120, 160


def _valley(path):
    from osgeo import gdal, osr

    r, c = np.mgrid[0:ROWS, 0:COLS]
    ground = 5.0 - 0.004 * c * CELL + 0.02 * np.abs(r - ROWS / 2) * CELL
    ground -= 0.8 * np.exp(-(((r - ROWS / 2) ** 2 + (c - COLS * 0.6) ** 2) / 15.0**2))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), COLS, ROWS, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((ORIGIN[0], CELL, 0.0, ORIGIN[1] + ROWS * CELL, 0.0, -CELL))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(ground.astype(np.float32))
    dataset = None
    return path


def _geojson(path, features, epsg):
    collection = {"type": "FeatureCollection", "crs": {"type": "name",
                                                         "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}},
                  "features": [{"type": "Feature", "properties": props, "geometry": geometry}
                               for props, geometry in features]}
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def _box(x, y, width, height):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + width, y], [x + width, y + height], [x, y + height],
                                                [x, y]]]}


def _point(x, y):
    return {"type": "Point", "coordinates": [x, y]}


def _buildings_on_grid(path, x0, y0, x1, y1, count_x, count_y, epsg, size=8.0):
    features = []
    for i, x in enumerate(np.linspace(x0, x1 - size, count_x)):
        for j, y in enumerate(np.linspace(y0, y1 - size, count_y)):
            features.append(({"name": f"B{i}-{j}", "storeys": 1 + (i + j) % 3}, _box(float(x), float(y), size, size)))
    return _geojson(path, features, epsg)


def run(demo):
    out = demo.output_dir
    dem = _valley(out / "flood_dem.tif")
    x0, y0 = ORIGIN
    width, height = COLS * CELL, ROWS * CELL
    buildings = _buildings_on_grid(out / "flood_buildings.geojson", x0 + 40, y0 + 30, x0 + width - 40,
                                   y0 + height - 30, 8, 5, 6677)
    gauges = _geojson(out / "flood_gauges.geojson", [({"name": "hollow"}, _point(x0 + 0.6 * width, y0 + height / 2)),
                                                     ({"name": "outlet"}, _point(x0 + width - 3, y0 + height / 2))],
                      6677)
    river = _geojson(out / "flood_river_seed.geojson", [({"name": "river"}, _point(x0 + width - 3, y0 + height / 2))],
                     6677)
    hyetograph = out / "flood_hyetograph.csv"
    hyetograph.write_text("minutes,mm_per_h\n0,20\n10,80\n20,30\n30,0\n", encoding="utf-8")

    simulation = demo.run("digitaltwin:floodsimulation", DEM=str(dem), DURATION=45, HYETOGRAPH=str(hyetograph),
                          BUILDINGS=str(buildings), SERIES_POINTS=str(gauges), SERIES_NAME_FIELD="name",
                          SERIES_INTERVAL=5, OUTPUT_MAX_DEPTH=str(out / "flood_sim_max_depth.tif"),
                          OUTPUT_MAX_VELOCITY=str(out / "flood_sim_max_velocity.tif"),
                          OUTPUT_ARRIVAL=str(out / "flood_sim_arrival.tif"),
                          OUTPUT_SERIES=str(out / "flood_sim_series.csv"))
    demo.outputs["flood: simulated maximum depth (GSI colours)"] = simulation["OUTPUT_MAX_DEPTH"]
    demo.outputs["flood: simulated maximum velocity"] = simulation["OUTPUT_MAX_VELOCITY"]
    demo.outputs["flood: arrival time"] = simulation["OUTPUT_ARRIVAL"]
    demo.outputs["flood: depth time series at the gauges"] = simulation["OUTPUT_SERIES"]

    inundation = demo.run("digitaltwin:floodinundation", DEM=str(dem), WATER_LEVEL=4.0, SEEDS=str(river),
                          OUTPUT_DEPTH=str(out / "flood_level_depth.tif"),
                          OUTPUT_AREAS=str(out / "flood_level_areas.gpkg"))
    demo.outputs["flood: inundation at 4.0 m (depth)"] = inundation["OUTPUT_DEPTH"]
    demo.outputs["flood: inundation at 4.0 m (areas)"] = inundation["OUTPUT_AREAS"]

    exposure = demo.run("digitaltwin:floodexposure", BUILDINGS=str(buildings),
                        HAZARD_RASTER=inundation["OUTPUT_DEPTH"], STOREYS_FIELD="storeys",
                        OUTPUT=str(out / "flood_exposure.gpkg"), SUMMARY=str(out / "flood_exposure_summary.csv"))
    demo.outputs["flood: buildings exposed at 4.0 m"] = exposure["OUTPUT"]
    demo.outputs["flood: exposure summary"] = exposure["SUMMARY"]

    lines = [f"flood simulation: 45 min hyetograph on {ROWS} x {COLS} cells, {int(simulation['STEPS'])} steps, "
             f"deepest {simulation['MAX_DEPTH_M']:.2f} m, mass balance error "
             f"{simulation['MASS_BALANCE_ERROR_PERCENT']:.1e} %",
             f"flood inundation at 4.0 m: {inundation['FLOODED_AREA_M2']:.0f} m² flooded, "
             f"{inundation['VOLUME_M3']:.0f} m³, deepest {inundation['MAX_DEPTH_M']:.2f} m",
             f"flood exposure (depth raster): {int(exposure['EXPOSED_BUILDINGS'])} of 40 buildings exposed"]
    lines.append(_numazu(demo, out))
    return lines


def _numazu(demo, out):
    """The PLATEAU rule on real flood areas: Numazu fld (L1) loaded by the CityGML loader, buildings around them."""
    from osgeo import ogr

    areas = out / "flood_numazu_fld.gpkg"
    loaded = demo.run("digitaltwin:loadcitygml", INPUT=str(FIXTURES / "numazu_52385721_fld_6697_l1_op.gml"),
                      FEATURE_TYPES="fld", OUTPUT=str(areas))
    dataset = ogr.Open(str(areas))  # keep the dataset alive while its layer is used
    x0, x1, y0, y1 = dataset.GetLayerByName("waterbody_lod1").GetExtent()
    dataset = None
    epsg = int(str(loaded["CRS"]).split(":")[-1])
    buildings = _buildings_on_grid(out / "flood_numazu_buildings.geojson", x0 - 4, y0 - 4, x1 + 4, y1 + 4, 6, 4,
                                   epsg, size=6.0)
    exposure = demo.run("digitaltwin:floodexposure", BUILDINGS=str(buildings),
                        HAZARD=f"{areas}|layername=waterbody_lod1", OUTPUT=str(out / "flood_numazu_exposure.gpkg"),
                        SUMMARY=str(out / "flood_numazu_summary.csv"))
    demo.outputs["flood: buildings on the real Numazu flood areas (PLATEAU rule)"] = exposure["OUTPUT"]
    return (f"flood exposure on PLATEAU Numazu fld (L1, real): {int(exposure['EXPOSED_BUILDINGS'])} of 24 "
            f"buildings ranked by the largest-overlap rule")
