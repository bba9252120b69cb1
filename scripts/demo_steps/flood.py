"""Demo step: the three flood analyses, headless through qgis_process.

On the bundled sample district (resources/sample_district, synthetic Sumida-ku by the Arakawa): its buildings and
L2 flood areas loaded with digitaltwin:loadcitygml, the PLATEAU exposure rule (every building gets its recorded rank
back), "what if the Arakawa reaches 4.6 m" from the river channel, and 30 minutes of 50 mm/h rain around the buildings.
Then the exposure rule once more on the real PLATEAU Numazu flood areas (fld, L1) with buildings placed on them.
"""

import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "resources" / "sample_district"
FIXTURES = ROOT.parent / "shared" / "fixtures" / "plateau"


def run(demo):
    out = demo.output_dir
    buildings = out / "flood_district_buildings.gpkg"
    demo.run("digitaltwin:loadcitygml", INPUT=str(DISTRICT / "udx" / "bldg" / "53394665_bldg_6697_op.gml"),
             FEATURE_TYPES="bldg", OUTPUT=str(buildings))
    areas = out / "flood_district_fld_l2.gpkg"
    demo.run("digitaltwin:loadcitygml", FEATURE_TYPES="fld", OUTPUT=str(areas),
             INPUT=str(DISTRICT / "udx" / "fld" / "natl" / "arakawa_arakawa" / "53394665_fld_6697_l2_op.gml"))
    building_layer = f"{buildings}|layername=building_lod0"

    exposure = demo.run("digitaltwin:floodexposure", BUILDINGS=building_layer,
                        HAZARD=f"{areas}|layername=waterbody_lod1", STOREYS_FIELD="storeys_above",
                        OUTPUT=str(out / "flood_exposure_l2.gpkg"), SUMMARY=str(out / "flood_exposure_l2.csv"))
    demo.outputs["flood: buildings by L2 flood rank (PLATEAU rule, GSI colours)"] = exposure["OUTPUT"]
    demo.outputs["flood: L2 exposure summary per rank"] = exposure["SUMMARY"]

    inundation = demo.run("digitaltwin:floodinundation", DEM=str(DISTRICT / "dem.tif"), WATER_LEVEL=4.6,
                          SEEDS=str(DISTRICT / "river.geojson"), OUTPUT_DEPTH=str(out / "flood_level_4_6m.tif"),
                          OUTPUT_AREAS=str(out / "flood_level_4_6m_areas.gpkg"))
    demo.outputs["flood: inundation if the Arakawa reaches 4.6 m (depth)"] = inundation["OUTPUT_DEPTH"]
    demo.outputs["flood: inundation if the Arakawa reaches 4.6 m (areas)"] = inundation["OUTPUT_AREAS"]

    simulation = demo.run("digitaltwin:floodsimulation", DEM=str(DISTRICT / "dem.tif"), DURATION=30, RAIN=50,
                          BUILDINGS=building_layer, OUTPUT_MAX_DEPTH=str(out / "flood_rain_max_depth.tif"),
                          OUTPUT_MAX_VELOCITY=str(out / "flood_rain_max_velocity.tif"),
                          OUTPUT_ARRIVAL=str(out / "flood_rain_arrival.tif"))
    demo.outputs["flood: 50 mm/h for 30 min, maximum depth"] = simulation["OUTPUT_MAX_DEPTH"]
    demo.outputs["flood: 50 mm/h for 30 min, maximum velocity"] = simulation["OUTPUT_MAX_VELOCITY"]
    demo.outputs["flood: 50 mm/h for 30 min, arrival time"] = simulation["OUTPUT_ARRIVAL"]

    return [f"flood exposure (sample district, L2, PLATEAU rule): {int(exposure['EXPOSED_BUILDINGS'])} of 419 "
            "buildings exposed",
            f"flood inundation at 4.6 m from the Arakawa: {inundation['FLOODED_AREA_M2']:.0f} m² flooded, "
            f"{inundation['VOLUME_M3']:.0f} m³, deepest {inundation['MAX_DEPTH_M']:.2f} m",
            f"flood simulation (50 mm/h, 30 min, buildings as walls): {int(simulation['STEPS'])} steps, deepest "
            f"{simulation['MAX_DEPTH_M']:.2f} m, mass balance error {simulation['MASS_BALANCE_ERROR_PERCENT']:.1e} %",
            _numazu(demo, out)]


def _numazu(demo, out):
    """The PLATEAU rule on real flood areas: Numazu fld (L1) loaded by the CityGML loader, buildings around them."""
    from osgeo import ogr

    areas = out / "flood_numazu_fld.gpkg"
    loaded = demo.run("digitaltwin:loadcitygml", INPUT=str(FIXTURES / "numazu_52385721_fld_6697_l1_op.gml"),
                      FEATURE_TYPES="fld", OUTPUT=str(areas))
    dataset = ogr.Open(str(areas))  # keep the dataset alive while its layer is used
    x0, x1, y0, y1 = dataset.GetLayerByName("waterbody_lod1").GetExtent()
    dataset = None
    buildings = out / "flood_numazu_buildings.geojson"
    epsg = int(str(loaded["CRS"]).split(":")[-1])
    boxes = [[[x, y], [x + 6, y], [x + 6, y + 6], [x, y + 6], [x, y]]
             for x in np.linspace(x0 - 4, x1 - 2, 6).tolist() for y in np.linspace(y0 - 4, y1 - 2, 4).tolist()]
    buildings.write_text(json.dumps({
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}},
        "features": [{"type": "Feature", "properties": {"name": f"B{i}"},
                      "geometry": {"type": "Polygon", "coordinates": [ring]}} for i, ring in enumerate(boxes)]}),
        encoding="utf-8")
    exposure = demo.run("digitaltwin:floodexposure", BUILDINGS=str(buildings),
                        HAZARD=f"{areas}|layername=waterbody_lod1", OUTPUT=str(out / "flood_numazu_exposure.gpkg"),
                        SUMMARY=str(out / "flood_numazu_summary.csv"))
    demo.outputs["flood: buildings on the real Numazu flood areas (PLATEAU rule)"] = exposure["OUTPUT"]
    return (f"flood exposure on PLATEAU Numazu fld (L1, real): {int(exposure['EXPOSED_BUILDINGS'])} of "
            f"{len(boxes)} buildings placed over it ranked by the largest-overlap rule")
