"""Demo step: the three numbers a planner asks for, computed here from the demo's output files (never typed in):

- buildings per L2 flood rank: the ranks floodexposure gave each building by the PLATEAU rule;
- total rooftop solar capacity (kW) by the PLATEAU rule: the sum of the per-building capacities;
- the share of buildings served step-free by the shelter: a building is served when its inside point (a point on
  the surface of its footprint) lies in the shelter's 500 m service area for a manual wheelchair, i.e. the network
  links reachable within 500 m without stairs, steps or steep ramps (partly reached links cut at 500 m), widened by
  25 m either side.

They go to demo.numbers, which demo.py saves in build/demo/summary.json.
"""

from collections import Counter

from demo_steps.barrierfree import SHELTER_AREA, SHELTER_BUDGET_M
from demo_steps.citygml import BUILDINGS
from demo_steps.flood import EXPOSURE
from demo_steps.solar import PLATEAU_POTENTIAL

OUTSIDE = "outside the flood area"


def flood_rank_counts(exposure_gpkg):
    """{rank label: buildings}, ordered from the shallowest rank, buildings outside the flood area last."""
    from osgeo import ogr

    dataset = ogr.Open(str(exposure_gpkg))
    counts = Counter((feature.GetField("flood_rank"), feature.GetField("flood_rank_label"))
                     for feature in dataset.GetLayer(0))
    ranked = sorted((rank, label) for rank, label in counts if rank is not None)
    result = {label: counts[(rank, label)] for rank, label in ranked}
    outside = sum(count for (rank, _), count in counts.items() if rank is None)
    if outside:
        result[OUTSIDE] = outside
    return result


def solar_capacity_kw(potential_gpkg):
    from osgeo import ogr

    dataset = ogr.Open(str(potential_gpkg))
    return sum(feature.GetField("capacity_kw") or 0.0 for feature in dataset.GetLayer(0))


def served_buildings(buildings_gpkg, area_gpkg):
    """(buildings whose inside point lies in the service area, buildings, the algorithm's own count)."""
    from osgeo import ogr, osr

    area_source, building_source = ogr.Open(str(area_gpkg)), ogr.Open(str(buildings_gpkg))  # alive while read
    areas = area_source.GetLayerByName("service_areas")
    area_feature = areas.GetNextFeature()
    area = area_feature.GetGeometryRef().Clone()
    own_count = area_feature.GetField("buildings")
    buildings = building_source.GetLayerByName("building_lod0")
    to_area = osr.CoordinateTransformation(buildings.GetSpatialRef(), areas.GetSpatialRef())
    served = total = 0
    for feature in buildings:
        point = feature.GetGeometryRef().PointOnSurface()
        point.Transform(to_area)
        total += 1
        served += area.Contains(point)
    return served, total, own_count


def run(demo):
    ranks = flood_rank_counts(demo.outputs[EXPOSURE])
    capacity = solar_capacity_kw(demo.outputs[PLATEAU_POTENTIAL])
    served, total, own_count = served_buildings(demo.outputs[BUILDINGS], demo.outputs[SHELTER_AREA])
    demo.numbers.update({
        "flood_l2_buildings_by_rank": ranks,
        "solar_capacity_kw_plateau": round(capacity, 1),
        "shelter_served_buildings": served,
        "shelter_service_area_buildings_counted_by_algorithm": own_count,
        "buildings": total,
        "shelter_served_share": round(served / total, 4),
        "shelter_budget_m": SHELTER_BUDGET_M,
    })
    return ["",
            "In short:",
            "  Buildings per L2 flood rank (largest flood, PLATEAU rule): "
            + ", ".join(f"{label}: {count}" for label, count in ranks.items()),
            f"  Rooftop solar that could be installed (PLATEAU rule): {capacity:,.0f} kW in total",
            f"  Buildings within {SHELTER_BUDGET_M:.0f} m step-free of the shelter (manual wheelchair): {served} of "
            f"{total} ({served / total:.0%})"]
