"""Demo step: who can reach a suitable shelter in an L2 river flood, and will it hold them. The residents of every
building the flood step found exposed go to the nearest evacuation site designated for floods (the district's GSI
CSV: the school and the community centre; the park is for earthquakes and fires only), step-free for a manual
wheelchair along the pedestrian network, within 1000 m."""

from demo_steps.flood import EXPOSURE

RIVER_FLOOD = 0  # the first hazard of digitaltwin:shelterreach
MANUAL_WHEELCHAIR = 0
UNKNOWN_AS_BARRIER = 1
BUDGET_M = 1000.0
REACH = "shelters: exposed buildings and their shelter (L2 river flood, manual wheelchair, 1000 m)"
LOAD = "shelters: evacuation sites and their load"


def run(demo):
    out = demo.output_dir
    result = demo.run("digitaltwin:shelterreach", BUILDINGS=demo.outputs[EXPOSURE], HAZARD=RIVER_FLOOD,
                      SHELTER_CSV=demo.outputs["sample district: evacuation sites"],
                      LINKS=demo.outputs["sample district: pedestrian links"],
                      NODES=demo.outputs["sample district: pedestrian nodes"], PROFILE=MANUAL_WHEELCHAIR,
                      UNKNOWN_POLICY=UNKNOWN_AS_BARRIER, BUDGET_M=BUDGET_M, OUTPUT=out / "shelter_reach.gpkg",
                      SHELTER_OUTPUT=out / "shelter_load.gpkg")
    demo.outputs[REACH] = out / "shelter_reach.gpkg"
    demo.outputs[LOAD] = out / "shelter_load.gpkg"
    return [f"Shelters (L2 river flood, manual wheelchair, {BUDGET_M:.0f} m step-free): "
            f"{result['REACHED_PERSONS']:.0f} residents reach a flood shelter, {result['UNREACHED_PERSONS']:.0f} "
            "do not"]
