"""Demo step: who can reach a suitable shelter, and will it hold them, in two hazards of the sample district:
1. the L2 river flood (the buildings the flood step found exposed);
2. inland flooding (内水): the district's ifld areas loaded and the buildings' exposure to them assessed first.
Residents go to the nearest evacuation site designated for that hazard (the district's GSI CSV: the school and the
community centre; the park is for earthquakes and fires only), step-free for a manual wheelchair along the
pedestrian network, within 1000 m."""

from demo_steps.citygml import BUILDINGS
from demo_steps.flood import EXPOSURE

HAZARDS = {"river_flood": 0, "inland_flood": 2}  # digitaltwin:shelterreach's hazard choices
MANUAL_WHEELCHAIR = 0
UNKNOWN_AS_BARRIER = 1
BUDGET_M = 1000.0
INLAND_MODEL = "shelters: inland flood model (water bodies with rank and depth)"
INLAND_EXPOSURE = "shelters: buildings by inland flood rank"
REACH = "shelters: exposed buildings and their shelter ({hazard}, manual wheelchair, 1000 m)"
LOAD = "shelters: evacuation sites and their load ({hazard})"


def run(demo):
    out = demo.output_dir
    demo.run("digitaltwin:loadcitygml", INPUT=demo.outputs["sample district: inland flood model (CityGML)"],
             FEATURE_TYPES="ifld", OUTPUT=out / "district_inland_flood_model.gpkg")
    demo.outputs[INLAND_MODEL] = out / "district_inland_flood_model.gpkg"
    inland = demo.run("digitaltwin:floodexposure", BUILDINGS=f"{demo.outputs[BUILDINGS]}|layername=building_lod0",
                      HAZARD=f"{demo.outputs[INLAND_MODEL]}|layername=waterbody_lod1", STOREYS_FIELD="storeys_above",
                      OUTPUT=out / "inland_flood_exposure.gpkg", SUMMARY=out / "inland_flood_exposure.csv")
    demo.outputs[INLAND_EXPOSURE] = out / "inland_flood_exposure.gpkg"
    lines = [f"Inland flooding: {int(inland['EXPOSED_BUILDINGS'])} buildings in the district's ifld areas"]
    for hazard, exposure in (("river_flood", demo.outputs[EXPOSURE]), ("inland_flood", demo.outputs[INLAND_EXPOSURE])):
        result = demo.run("digitaltwin:shelterreach", BUILDINGS=exposure, HAZARD=HAZARDS[hazard],
                          SHELTER_CSV=demo.outputs["sample district: evacuation sites"],
                          LINKS=demo.outputs["sample district: pedestrian links"],
                          NODES=demo.outputs["sample district: pedestrian nodes"], PROFILE=MANUAL_WHEELCHAIR,
                          UNKNOWN_POLICY=UNKNOWN_AS_BARRIER, BUDGET_M=BUDGET_M,
                          OUTPUT=out / f"shelter_reach_{hazard}.gpkg",
                          SHELTER_OUTPUT=out / f"shelter_load_{hazard}.gpkg")
        demo.outputs[REACH.format(hazard=hazard)] = out / f"shelter_reach_{hazard}.gpkg"
        demo.outputs[LOAD.format(hazard=hazard)] = out / f"shelter_load_{hazard}.gpkg"
        demo.numbers[f"shelter_reached_persons_{hazard}"] = round(result["REACHED_PERSONS"], 1)
        demo.numbers[f"shelter_unreached_persons_{hazard}"] = round(result["UNREACHED_PERSONS"], 1)
        lines.append(f"Shelters ({hazard}, manual wheelchair, {BUDGET_M:.0f} m step-free): "
                     f"{result['REACHED_PERSONS']:.0f} residents reach a suitable shelter, "
                     f"{result['UNREACHED_PERSONS']:.0f} do not")
    return lines
