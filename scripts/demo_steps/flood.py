"""Demo step: the three flood analyses on the sample district, headless through qgis_process.

1. Exposure by the PLATEAU rule (largest overlap, tie -> more dangerous) of the district's buildings to its L2 flood
   model: every building must get back the L2 rank and depth PLATEAU recorded in its CityGML.
2. "What if the Arakawa reaches its L2 level (4.6 m TP)": inundation from the river channel over the DEM.
3. A short 2D simulation: 30 minutes of 50 mm/h rain, buildings as walls.
"""

import json

from demo_steps.citygml import BUILDINGS, FLOOD_MODEL

EXPOSURE = "flood: buildings by L2 flood rank (PLATEAU rule)"
EXPOSURE_TABLE = "flood: L2 exposure per rank (buildings, floor area, residents)"
INUNDATION_DEPTH = "flood: inundation if the Arakawa reaches its L2 level (depth)"
INUNDATION_AREAS = "flood: inundation if the Arakawa reaches its L2 level (areas)"
RAIN_DEPTH = "flood: 50 mm/h rain for 30 min, maximum depth"
RAIN_VELOCITY = "flood: 50 mm/h rain for 30 min, maximum velocity"
RAIN_ARRIVAL = "flood: 50 mm/h rain for 30 min, arrival time"


def _agreement(exposure_gpkg):
    """(buildings whose computed L2 rank and depth equal the ones recorded in their CityGML, buildings)."""
    from osgeo import ogr

    dataset = ogr.Open(str(exposure_gpkg))
    same = total = 0
    for feature in dataset.GetLayer(0):
        total += 1
        same += (feature.GetField("flood_l2_rank"), feature.GetField("flood_l2_depth")) == \
            (feature.GetField("flood_rank"), feature.GetField("flood_depth"))
    return same, total


def run(demo):
    out = demo.output_dir
    footprints = f"{demo.outputs[BUILDINGS]}|layername=building_lod0"
    exposure = demo.run("digitaltwin:floodexposure", BUILDINGS=footprints,
                        HAZARD=f"{demo.outputs[FLOOD_MODEL]}|layername=waterbody_lod1",
                        RANK_FIELD="flood_rank", DEPTH_FIELD="flood_depth", STOREYS_FIELD="storeys_above",
                        OUTPUT=out / "flood_exposure_l2.gpkg", SUMMARY=out / "flood_exposure_l2.csv")
    demo.outputs[EXPOSURE] = out / "flood_exposure_l2.gpkg"
    demo.outputs[EXPOSURE_TABLE] = out / "flood_exposure_l2.csv"
    same, total = _agreement(demo.outputs[EXPOSURE])

    river = demo.outputs["sample district: river channel"]
    level = json.loads(river.read_text(encoding="utf-8"))["features"][0]["properties"]["flood_level_l2_m"]
    dem = demo.outputs["sample district: DEM"]
    inundation = demo.run("digitaltwin:floodinundation", DEM=dem, WATER_LEVEL=level, SEEDS=river,
                          OUTPUT_DEPTH=out / "flood_level_l2_depth.tif", OUTPUT_AREAS=out / "flood_level_l2_areas.gpkg")
    demo.outputs[INUNDATION_DEPTH] = out / "flood_level_l2_depth.tif"
    demo.outputs[INUNDATION_AREAS] = out / "flood_level_l2_areas.gpkg"

    simulation = demo.run("digitaltwin:floodsimulation", DEM=dem, DURATION=30, RAIN=50, BUILDINGS=footprints,
                          OUTPUT_MAX_DEPTH=out / "flood_rain_max_depth.tif",
                          OUTPUT_MAX_VELOCITY=out / "flood_rain_max_velocity.tif",
                          OUTPUT_ARRIVAL=out / "flood_rain_arrival.tif")
    demo.outputs[RAIN_DEPTH] = out / "flood_rain_max_depth.tif"
    demo.outputs[RAIN_VELOCITY] = out / "flood_rain_max_velocity.tif"
    demo.outputs[RAIN_ARRIVAL] = out / "flood_rain_arrival.tif"
    return [f"Flood (L2, PLATEAU rule): {int(exposure['EXPOSED_BUILDINGS'])} of {total} buildings in the flood area; "
            f"{same} of {total} get exactly the rank and depth PLATEAU recorded",
            f"Flood: if the Arakawa reaches {level} m, {inundation['FLOODED_AREA_M2'] / 10000:.1f} ha flood, "
            f"up to {inundation['MAX_DEPTH_M']:.1f} m deep",
            f"Flood: 30 min of 50 mm/h rain leaves water up to {simulation['MAX_DEPTH_M']:.2f} m deep "
            f"(mass balance error {simulation['MASS_BALANCE_ERROR_PERCENT']:.1e} %)"]
