"""Demo step: build/demo/digital_twin_demo.qgz, the demo's outputs as a QGIS project that opens styled in QGIS
desktop: layers by relative path in groups (Buildings, Flood, Solar, Barrier-free, Point cloud, Realtime), project
CRS EPSG:6677, the district's extent, and a 3D view of the buildings over the flood areas. Written by
plugin/sample_district/qgis_project.py as a standalone PyQGIS script (the venv's Python, Qt offscreen)."""

import json
import os
import subprocess
import sys

import headless

from demo_steps import barrierfree, citygml, flood, pointcloud, realtime, solar

PROJECT = "project: QGIS project of the demo (styled, 3D view)"
PROJECT_TIMEOUT_S = 300


def _layers(outputs):
    """Spec entries, top of each group first. Styles: files without a default style of their own get the bundled
    resources/styles/<style>.qml (the loadcitygml GeoPackages carry theirs in layer_styles)."""
    def entry(group, name, label, layer="", style="", visible=True, in_3d=False, **extra):
        return dict(group=group, name=name, path=str(outputs[label]), layer=layer, style=style, visible=visible,
                    in_3d=in_3d, **extra)

    buildings = citygml.BUILDINGS
    return [
        # the flood-rank colours on top; the grey LOD0 outlines would hide them, so they start hidden, last
        entry("Buildings", "Buildings (LOD1, flood rank)", buildings, "building_lod1", in_3d=True),
        entry("Buildings", "LOD2 roofs", buildings, "building_lod2_roof", visible=False),
        entry("Buildings", "LOD2 walls", buildings, "building_lod2_wall", visible=False),
        entry("Buildings", "Building outlines (LOD0)", buildings, "building_lod0", visible=False),
        entry("Flood", "Buildings by L2 flood rank", flood.EXPOSURE, style="flood_buildings"),
        entry("Flood", "Inundation at the L2 level (areas)", flood.INUNDATION_AREAS, style="flood_areas",
              in_3d=True),
        entry("Flood", "Inundation at the L2 level (depth)", flood.INUNDATION_DEPTH, style="flood_depth",
              visible=False),
        entry("Flood", "L2 flood model (PLATEAU)", citygml.FLOOD_MODEL, "waterbody_lod1", visible=False),
        entry("Flood", "Rain 50 mm/h, 30 min: maximum depth", flood.RAIN_DEPTH, style="flood_depth",
              visible=False),
        entry("Flood", "Rain 50 mm/h, 30 min: maximum velocity", flood.RAIN_VELOCITY, style="flood_velocity",
              visible=False),
        entry("Flood", "Rain 50 mm/h, 30 min: arrival time", flood.RAIN_ARRIVAL, style="flood_arrival",
              visible=False),
        entry("Solar", "Solar potential (PLATEAU rule)", solar.PLATEAU_POTENTIAL, style="solar_potential",
              visible=False),
        entry("Solar", "Solar potential (Tokyo Solar Atlas rule)", solar.ATLAS_POTENTIAL, style="solar_potential",
              visible=False),
        entry("Solar", "Annual irradiation (kWh/m²)", "solar: annual irradiation (kWh/m²)",
              style="solar_irradiation", visible=False),
        entry("Barrier-free", "Wheelchair route station -> hospital", barrierfree.ROUTE, "route",
              style="barrierfree_route"),
        entry("Barrier-free", "Barriers on the plain route", barrierfree.ROUTE, "barriers",
              style="barrierfree_barriers"),
        entry("Barrier-free", "Barrier hotspots", barrierfree.HOTSPOTS, "hotspots", style="barrierfree_hotspots",
              visible=False),
        entry("Barrier-free", "Shelter: links reachable in 500 m", barrierfree.SHELTER_AREA, "reachable_links",
              style="barrierfree_reachable_links"),
        entry("Barrier-free", "Shelter: 500 m step-free area", barrierfree.SHELTER_AREA, "service_areas",
              style="barrierfree_service_areas"),
        entry("Barrier-free", "Pedestrian network", barrierfree.NETWORK, "links", style="barrierfree_links",
              visible=False),
        entry("Point cloud", "Point cloud (COPC)", pointcloud.COPC, visible=False),
        entry("Point cloud", "DSM from the point cloud", pointcloud.DSM, style="elevation", visible=False),
        entry("Realtime", "Buses (recorded minute, replay with the temporal controller)", realtime.RECORDING,
              "realtime", replay_interval_s=15),
    ]


def run(demo):
    target = demo.output_dir / "digital_twin_demo.qgz"
    spec = demo.output_dir / "project_spec.json"
    spec.write_text(json.dumps({
        "target": str(target), "title": "Digital Twin demo: sample district (synthetic)", "crs": "EPSG:6677",
        "extent_from": str(demo.outputs["sample district: DEM"]), "layers": _layers(demo.outputs)},
        ensure_ascii=False, indent=1), encoding="utf-8")
    env = dict(demo.env, PYTHONPATH=os.pathsep.join([str(headless.PLUGINS_DIR), demo.env.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, "-m", "digital_twin.plugin.sample_district.qgis_project", str(spec)],
                            env=env, capture_output=True, text=True, timeout=PROJECT_TIMEOUT_S)
    if result.returncode != 0:
        raise RuntimeError(f"the project writer failed ({result.returncode}):\n{result.stdout[-3000:]}\n"
                           f"{result.stderr[-3000:]}")
    demo.outputs[PROJECT] = target
    return [f"QGIS project: {result.stdout.strip().splitlines()[-1]} (open it in QGIS desktop; 3D view included)"]
