"""Demo step: barrier-free analyses on the sample district's MLIT pedestrian network (2024 code set, an elevated
station with stairs, escalator and elevator, steep and gentle ramps), headless through qgis_process.

1. Import and validate the network (code set detected, each profile's access on every link).
2. The manual wheelchair route from the station to the hospital, and the barriers the plain shortest route would
   have hit.
3. The shelter's 500 m step-free service area for a manual wheelchair, with the district's buildings served.
4. Barrier hotspots for manual wheelchairs around the three facilities: what to fix first.
Data that cannot tell whether a link is passable (unknown codes) counts as a barrier.
"""

import json

from demo_steps.citygml import BUILDINGS

MANUAL_WHEELCHAIR = 0
UNKNOWN_AS_BARRIER = 1
DISTANCE_BUDGET = 0
SHELTER_BUDGET_M = 500.0
NETWORK = "barrier-free: network with each profile's access"
ROUTE = "barrier-free: wheelchair route station -> hospital, plain route and its barriers (3D)"
SHELTER_AREA = "barrier-free: shelter's 500 m step-free service area (manual wheelchair)"
HOTSPOTS = "barrier-free: barrier hotspots (fix these first)"


def _facility_points(facilities):
    """{kind: 'lon,lat [EPSG:6668]'} for the station, shelter and hospital."""
    points = {}
    for feature in json.loads(facilities.read_text(encoding="utf-8"))["features"]:
        lon, lat = feature["geometry"]["coordinates"][:2]
        points[feature["properties"]["kind"]] = f"{lon},{lat} [EPSG:6668]"
    return points


def _shelter_only(facilities, folder):
    """The facilities file with just the shelter (the service area is the shelter's)."""
    collection = json.loads(facilities.read_text(encoding="utf-8"))
    collection["features"] = [f for f in collection["features"] if f["properties"]["kind"] == "shelter"]
    path = folder / "barrierfree_shelter.geojson"
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return path


def run(demo):
    out = demo.output_dir
    network = {"LINKS": demo.outputs["sample district: pedestrian links"],
               "NODES": demo.outputs["sample district: pedestrian nodes"]}
    facilities = demo.outputs["sample district: facilities"]
    wheelchair = {"PROFILE": MANUAL_WHEELCHAIR, "UNKNOWN_POLICY": UNKNOWN_AS_BARRIER}

    imported = demo.run("digitaltwin:barrierfreeimport", **network, OUTPUT=out / "barrierfree_network.gpkg",
                        REPORT=out / "barrierfree_validation.csv")
    demo.outputs[NETWORK] = out / "barrierfree_network.gpkg"
    demo.outputs["barrier-free: validation report"] = out / "barrierfree_validation.csv"
    lines = [f"Barrier-free: pedestrian network (code set {imported['CODE_SET_FOUND']}), "
             f"{int(imported['NODE_COUNT'])} nodes, {int(imported['LINK_COUNT'])} links, "
             f"{int(imported['ISSUE_COUNT'])} validation findings"]

    points = _facility_points(facilities)
    route = demo.run("digitaltwin:barrierfreeroute", **network, **wheelchair, ORIGIN=points["station"],
                     DESTINATION=points["hospital"], OUTPUT=out / "barrierfree_route.gpkg")
    demo.outputs[ROUTE] = out / "barrierfree_route.gpkg"
    lines.append(f"Barrier-free: wheelchair route station -> hospital {route['LENGTH_M']:.0f} m "
                 f"({route['TIME_MIN']:.0f} min), plain route {route['PLAIN_LENGTH_M']:.0f} m; barriers on the plain "
                 f"route avoided: {int(route['BARRIER_COUNT'])}"
                 if route["REACHABLE"] else "Barrier-free: no step-free route from the station to the hospital")

    demo.run("digitaltwin:barrierfreeservicearea", **network, **wheelchair, FACILITIES=_shelter_only(facilities, out),
             FACILITY_ID="name_en", BUDGET_TYPE=DISTANCE_BUDGET, BUDGET=SHELTER_BUDGET_M,
             BUILDINGS=f"{demo.outputs[BUILDINGS]}|layername=building_lod0",
             OUTPUT=out / "barrierfree_shelter_500m.gpkg")
    demo.outputs[SHELTER_AREA] = out / "barrierfree_shelter_500m.gpkg"

    hotspots = demo.run("digitaltwin:barrierfreehotspots", **network, **wheelchair, SAMPLES=80,
                        FACILITIES=facilities, OUTPUT=out / "barrierfree_hotspots.gpkg")
    demo.outputs[HOTSPOTS] = out / "barrierfree_hotspots.gpkg"
    lines.append(f"Barrier-free: {int(hotspots['HOTSPOT_COUNT'])} barrier links ranked by how much fixing them "
                 f"helps; a wheelchair user's trips are {hotspots['MEAN_DETOUR_FACTOR']:.2f} times longer on average")
    return lines
