"""Demo step: the sample district's PLATEAU CityGML to styled GeoPackages, headless through qgis_process.

The buildings (LOD0 footprints, LOD1 solids, LOD2 roofs/walls/grounds near the station, PLATEAU flood risk joined)
and the L2 flood model (one water body per 25 m cell with rank and depth). Later steps use both.
"""

BUILDINGS = "citygml: district buildings (LOD0-2, flood risk attributes)"
FLOOD_MODEL = "citygml: district L2 flood model (water bodies with rank and depth)"


def run(demo):
    buildings = demo.output_dir / "district_buildings.gpkg"
    loaded = demo.run("digitaltwin:loadcitygml", INPUT=demo.outputs["sample district: buildings (CityGML)"],
                      OUTPUT=buildings)
    demo.outputs[BUILDINGS] = buildings
    flood_model = demo.output_dir / "district_flood_model_l2.gpkg"
    demo.run("digitaltwin:loadcitygml", INPUT=demo.outputs["sample district: flood model L2 (CityGML)"],
             FEATURE_TYPES="fld", OUTPUT=flood_model)
    demo.outputs[FLOOD_MODEL] = flood_model
    return [f"Buildings: {loaded['BUILDINGS']} PLATEAU buildings loaded from CityGML ({loaded['CRS']})"]
