"""Demo step: barrier-free analyses on the sample district's MLIT pedestrian network (2024 code set, an elevated
station with stairs, escalator and elevator, steep and gentle ramps), headless through qgis_process.

1. Import and validate the network (code set detected, each profile's access on every link).
2. The manual wheelchair route from the riverside walkway to the station, and the barriers (the bank stairs) the
   plain route would have hit.
3. 10-minute service areas of the station, shelter and hospital for a manual wheelchair and for the visually
   impaired, with the district's buildings served (buildings read from its CityGML).
4. Barrier hotspots for manual wheelchairs around the three facilities: what to fix first.

Without the sample district, the hand-made 2018 ladder network of the tests is used.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "resources" / "sample_district"
NETWORK = DISTRICT / "network"
LADDER = ROOT / "tests" / "data" / "barrierfree"
MANUAL_WHEELCHAIR, VISUALLY_IMPAIRED = 0, 4
UNKNOWN_AS_BARRIER = 1
RIVERSIDE_NODE = "N0095"  # on the riverside walkway, below the bank stairs (the shelter if the district changes)


def _network():
    """(links, nodes, facilities, label): the sample district's network when it exists, else the test ladder."""
    if (NETWORK / "pedestrian_links.geojson").is_file():
        return (NETWORK / "pedestrian_links.geojson", NETWORK / "pedestrian_nodes.geojson",
                NETWORK / "facilities.geojson", "sample district")
    return LADDER / "ladder_2018_links.geojson", LADDER / "ladder_2018_nodes.geojson", None, "test ladder (2018)"


def _point(feature):
    lon, lat = feature["geometry"]["coordinates"][:2]
    return f"{lon},{lat} [EPSG:6668]"


def _buildings(demo):
    """The sample district's buildings as a GeoPackage layer (loadcitygml), or None."""
    gml = sorted((DISTRICT / "udx" / "bldg").glob("*.gml")) if (DISTRICT / "udx" / "bldg").is_dir() else []
    if not gml:
        return None
    output = demo.output_dir / "barrierfree_buildings.gpkg"
    result = demo.run("digitaltwin:loadcitygml", INPUT=str(gml[0]), OUTPUT=str(output))
    names = [part.split(":")[0].strip() for part in result["LAYERS"].split(",")]
    layer = next((name for name in names if name.startswith("building") and name != "building_risk"), None)
    return f"{output}|layername={layer}" if layer else None


def run(demo):
    links, nodes, facilities, label = _network()
    network = {"LINKS": str(links), "NODES": str(nodes)}
    out = demo.output_dir
    lines = []

    imported = demo.run("digitaltwin:barrierfreeimport", **network, OUTPUT=str(out / "barrierfree_network.gpkg"),
                        REPORT=str(out / "barrierfree_validation.csv"))
    demo.outputs["barrier-free: network with each profile's access"] = out / "barrierfree_network.gpkg"
    demo.outputs["barrier-free: validation report"] = out / "barrierfree_validation.csv"
    lines.append(f"barrier-free: {label} network, code set {imported['CODE_SET_FOUND']}, "
                 f"{int(imported['NODE_COUNT'])} nodes, {int(imported['LINK_COUNT'])} links, "
                 f"{int(imported['ISSUE_COUNT'])} validation findings")

    if facilities is not None:
        features = {f["properties"]["kind"]: f for f in json.loads(facilities.read_text("utf-8"))["features"]}
        node_features = {f["properties"]["node_id"]: f for f in json.loads(nodes.read_text("utf-8"))["features"]}
        origin = _point(node_features.get(RIVERSIDE_NODE, features["shelter"]))
        destination = _point(features["station"])
    else:
        origin, destination = "139.7000,35.6800 [EPSG:6668]", "139.7016,35.6800 [EPSG:6668]"
    route = demo.run("digitaltwin:barrierfreeroute", **network, ORIGIN=origin, DESTINATION=destination,
                     PROFILE=MANUAL_WHEELCHAIR, UNKNOWN_POLICY=UNKNOWN_AS_BARRIER,
                     OUTPUT=str(out / "barrierfree_route.gpkg"))
    demo.outputs["barrier-free: wheelchair route, plain route and its barriers (3D)"] = out / "barrierfree_route.gpkg"
    lines.append(f"barrier-free: manual wheelchair route {route['LENGTH_M']:.0f} m / {route['TIME_MIN']:.1f} min, "
                 f"plain route {route['PLAIN_LENGTH_M']:.0f} m; barriers on the plain route avoided: "
                 f"{int(route['BARRIER_COUNT'])}"
                 if route["REACHABLE"] else "barrier-free: no step-free route to the station")

    if facilities is not None:
        buildings = _buildings(demo)
        extra = {"BUILDINGS": buildings} if buildings else {}
        areas = demo.run("digitaltwin:barrierfreeservicearea", **network, FACILITIES=str(facilities),
                         FACILITY_ID="name_en", PROFILE=f"{MANUAL_WHEELCHAIR},{VISUALLY_IMPAIRED}",
                         UNKNOWN_POLICY=UNKNOWN_AS_BARRIER, BUDGET_TYPE=1, BUDGET=10,
                         OUTPUT=str(out / "barrierfree_service_areas.gpkg"), **extra)
        demo.outputs["barrier-free: 10-minute service areas"] = out / "barrierfree_service_areas.gpkg"
        lines.append(f"barrier-free: {int(areas['AREA_COUNT'])} ten-minute service areas (3 facilities x "
                     f"2 profiles){', buildings served counted' if buildings else ''}")

    hotspots = demo.run("digitaltwin:barrierfreehotspots", **network, PROFILE=MANUAL_WHEELCHAIR,
                        UNKNOWN_POLICY=UNKNOWN_AS_BARRIER, SAMPLES=80,
                        **({"FACILITIES": str(facilities)} if facilities is not None else {}),
                        OUTPUT=str(out / "barrierfree_hotspots.gpkg"))
    demo.outputs["barrier-free: barrier hotspots (fix these first)"] = out / "barrierfree_hotspots.gpkg"
    lines.append(f"barrier-free: {int(hotspots['HOTSPOT_COUNT'])} hotspot links ranked, mean wheelchair detour "
                 f"factor {hotspots['MEAN_DETOUR_FACTOR']:.2f}")
    return lines
