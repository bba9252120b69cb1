"""Write the whole sample district into a folder: the same bytes for the same seed and scale, on every run.

    generate(folder)                       # the bundled district (resources/sample_district)
    generate(tmp, District(scale=3))       # a 3 km x 2.7 km variant for benchmarks

The folder is built beside the target and swapped in when complete, so a failed or cancelled run leaves the old
district as it was. A previous sample district (a folder with SHA256SUMS) is replaced only with ``overwrite``; any
other non-empty folder never is.
"""

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from ..batch.mesh import mesh_code
from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import apply_umask, taken_error
from . import citygml, codelists, network, pointcloud, realtime, shelters
from .buildings import make_buildings
from .site import (
    CITY_CODE,
    DEM_CELL_M,
    ORIGIN_X,
    ORIGIN_Y,
    PROJECTED_CRS,
    District,
    geojson_collection,
    lonlat_coordinates,
    to_lonlat,
)
from .terrain import FLOOD_LEVELS_M, make_hazards, make_inland_hazard, make_terrain, river_channel

CHECKSUMS = "SHA256SUMS"
FLD_FOLDER = "udx/fld/natl/arakawa_arakawa"
IFLD_FOLDER = "udx/ifld/13_1"  # <prefecture code>_<number>, as PLATEAU names inland-flood map folders
PUBLISHER = "Digital Twin sample (synthetic)"
LICENCE = "CC BY 4.0"
YEAR = 2025
CATALOG_NAME = "デジタルツイン サンプル地区"


def generate(output_dir, district=None, progress=NO_PROGRESS, overwrite=False):
    """Write the district into output_dir; return {relative path: size}."""
    district = district or District()
    output_dir = Path(output_dir)
    replaceable = output_dir.exists() and any(output_dir.iterdir())
    if replaceable:
        if not (output_dir / CHECKSUMS).is_file():
            raise InputError("the folder is not empty and holds no sample district (no SHA256SUMS); "
                             "choose an empty or new folder", path=output_dir)
        if not overwrite:
            raise InputError("the folder holds a sample district already; allow overwriting to replace it",
                             path=output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.part-", dir=output_dir.parent))
    try:
        _write_all(work, district, progress)
        _swap_in(work, output_dir, replaceable)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return {line.split("  ", 1)[1]: (output_dir / line.split("  ", 1)[1]).stat().st_size
            for line in (output_dir / CHECKSUMS).read_text(encoding="utf-8").splitlines()}


def _swap_in(work, output_dir, replaceable):
    """Move the finished district onto output_dir. Only a district found there at the start is replaced: if another
    run filled the folder meanwhile, this one fails rather than silently replacing that result."""
    old = None
    if output_dir.exists() and any(output_dir.iterdir()):
        if not replaceable:
            raise taken_error(output_dir)
        old = output_dir.with_name(f".{output_dir.name}.old-{work.name[-8:]}")
        try:
            output_dir.rename(old)
        except OSError as error:  # Windows refuses while a file inside is open
            raise InputError("cannot replace the folder ({reason}); close the layers that show its files or choose "
                             "another folder", path=output_dir, reason=error.strerror) from None
    try:
        if old is None and output_dir.exists():
            output_dir.rmdir()  # an empty folder (QGIS makes the destination folder); fails if filled meanwhile
        work.rename(output_dir)
    except OSError:  # another run's district took the name between the check and the rename
        raise taken_error(output_dir) from None
    apply_umask(output_dir)  # mkdtemp made it private
    if old is not None:
        shutil.rmtree(old)


def _write_all(folder, district, progress):
    progress.info("terrain and flood hazard")
    terrain = make_terrain(district)
    hazards = make_hazards(terrain)
    buildings = make_buildings(district, terrain, hazards)
    progress.step(0.1)
    _write_raster(folder / "dem.tif", terrain.heights, DEM_CELL_M, district, nodata=None)
    for scale, hazard in hazards.items():
        _write_raster(folder / f"flood_depth_l{scale}.tif", hazard.depth.astype(np.float32), hazard.cell, district,
                      nodata=-9999.0)
    progress.step(0.2)
    progress.info("{count} buildings", count=len(buildings))
    uuid_rng = district.rng("gml ids")
    for mesh, members in _by_mesh(buildings, lambda b: b.centre).items():
        _write(folder / f"udx/bldg/{mesh}_bldg_6697_op.gml", citygml.write_buildings(members, uuid_rng))
    progress.step(0.4)
    for scale, hazard in hazards.items():
        cells = [(row, col, hazard.cell_box(row, col, district.height)) for row, col in np.argwhere(hazard.rank)]
        by_mesh = _by_mesh(cells, _cell_centre)
        for mesh, members in by_mesh.items():
            gml = citygml.write_flood_cells(members, hazard, uuid_rng)
            _write(folder / f"{FLD_FOLDER}/{mesh}_fld_6697_l{scale}_op.gml", gml)
    inland = make_inland_hazard(terrain)
    cells = [(row, col, inland.cell_box(row, col, district.height)) for row, col in np.argwhere(inland.rank)]
    for mesh, members in _by_mesh(cells, _cell_centre).items():
        _write(folder / f"{IFLD_FOLDER}/{mesh}_ifld_6697_op.gml", citygml.write_flood_cells(members, inland, uuid_rng,
                                                                                           kind="ifld"))
    for name, entries in codelists.CODELISTS.items():
        _write(folder / "codelists" / name, codelists.dictionary(name, entries))
    progress.step(0.5)
    progress.info("point cloud")
    pointcloud.write_las(folder / "pointcloud.laz", district, terrain, buildings)
    progress.step(0.8)
    net = network.make_network(district, terrain, buildings)
    nodes, links, facilities = network.geojson_layers(net)
    _write_json(folder / "network/pedestrian_nodes.geojson", nodes)
    _write_json(folder / "network/pedestrian_links.geojson", links)
    _write_json(folder / "network/facilities.geojson", facilities)
    _write(folder / "shelters/evacuation_sites.csv", shelters.gsi_csv(district, net))
    _write_json(folder / "river.geojson", _river(district))
    _write(folder / "realtime/gtfs_static.zip", realtime.static_gtfs_zip(district, to_lonlat))
    for stamp, message in realtime.vehicle_snapshots(district, to_lonlat):
        _write(folder / f"realtime/vehicle_positions/vehicle_positions_{stamp}.pb", message)
    _write(folder / "realtime/sensorthings/river_gauge.json", realtime.gauge_sensorthings(district, to_lonlat))
    progress.step(0.9)
    _write_json(folder / "catalog.json", _catalog(folder, district, buildings))
    _write(folder / "README.md", _readme(district, buildings, net).encode("utf-8"))
    _write_checksums(folder)
    progress.step(1.0)


def _river(district):
    """The river channel polygon: where the water of a level-based flood comes from (inundation seeds)."""
    ring = river_channel(district)
    feature = {"type": "Feature",
               "properties": {"name": "荒川", "name_en": "Arakawa River (synthetic channel)", "river_code": "1",
                              "bed_m": -3.0, "flood_level_l1_m": FLOOD_LEVELS_M[1],
                              "flood_level_l2_m": FLOOD_LEVELS_M[2]},
               "geometry": {"type": "Polygon", "coordinates": [lonlat_coordinates(ring + ring[:1])]}}
    return geojson_collection("river", [feature])


def _cell_centre(cell):
    """The centre of a hazard cell (row, col, (u0, v0, u1, v1))."""
    u0, v0, u1, v1 = cell[2]
    return (u0 + u1) / 2, (v0 + v1) / 2


def _by_mesh(items, centre):
    groups = {}
    for item in items:
        u, v = centre(item)
        lon, lat = to_lonlat([u], [v])
        groups.setdefault(mesh_code(float(lon[0]), float(lat[0])), []).append(item)
    return dict(sorted(groups.items()))


def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _write_json(path, document):
    _write(path, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def _write_raster(path, array, cell, district, nodata):
    from osgeo import gdal, osr

    gdal.UseExceptions()
    if nodata is not None:
        array = np.where(np.isnan(array), nodata, array).astype(np.float32)
    rows, cols = array.shape
    path.parent.mkdir(parents=True, exist_ok=True)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32,
                                                   options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    dataset.SetGeoTransform((ORIGIN_X, cell, 0.0, ORIGIN_Y + district.height, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(PROJECTED_CRS)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.SetUnitType("m")
    band.WriteArray(array)
    band.ComputeStatistics(False)  # kept inside the TIFF, so readers need not write a .aux.xml beside it
    dataset.FlushCache()
    dataset = None


def _write_checksums(folder):
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {relative}")
    (folder / CHECKSUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------- catalog


DATASETS = [
    # id, type, type_ja, format, lod, title ja, title en, resource globs
    ("sample_bldg", "bldg", "建築物モデル", "CityGML", "2", "建築物モデル（サンプル地区）",
     "Buildings (sample district)", ["udx/bldg/*.gml", "codelists/Building*.xml", "codelists/Common_*.xml"]),
    ("sample_fld_l1", "fld", "洪水浸水想定区域モデル", "CityGML", "1", "洪水浸水想定区域（計画規模 L1）",
     "River flood inundation, planned scale (L1)", [f"{FLD_FOLDER}/*_l1_op.gml", "codelists/WaterBody*.xml"]),
    ("sample_fld_l2", "fld", "洪水浸水想定区域モデル", "CityGML", "1", "洪水浸水想定区域（想定最大規模 L2）",
     "River flood inundation, maximum scale (L2)",
     [f"{FLD_FOLDER}/*_l2_op.gml", "flood_depth_l2.tif", "codelists/WaterBody*.xml"]),
    ("sample_ifld", "ifld", "内水浸水想定区域モデル", "CityGML", "1", "内水浸水想定区域", "Inland flooding",
     [f"{IFLD_FOLDER}/*_ifld_6697_op.gml", "codelists/WaterBody*.xml"]),
    ("sample_fld_depth_l1", "fld", "浸水深", "GeoTIFF", "", "浸水深（計画規模 L1）", "Flood depth, planned scale (L1)",
     ["flood_depth_l1.tif"]),
    ("sample_dem", "dem", "地形（数値標高モデル）", "GeoTIFF", "", "数値標高モデル 5mメッシュ",
     "Digital elevation model, 5 m", ["dem.tif"]),
    ("sample_pointcloud", "pointcloud", "点群", "LAZ", "", "航空レーザ点群", "Airborne LiDAR point cloud",
     ["pointcloud.laz"]),
    ("sample_pedestrian_network", "pedestrian_network", "歩行空間ネットワーク", "GeoJSON", "",
     "歩行空間ネットワーク（2024年版仕様）", "Pedestrian network (MLIT 2024 codes)",
     ["network/pedestrian_links.geojson", "network/pedestrian_nodes.geojson"]),
    ("sample_river", "river", "河川", "GeoJSON", "", "河川（荒川の流路）", "River channel (Arakawa)",
     ["river.geojson"]),
    ("sample_facilities", "facilities", "施設", "GeoJSON", "", "施設（駅・避難所・病院）",
     "Facilities (station, shelter, hospital)", ["network/facilities.geojson"]),
    ("sample_shelters", "shelters", "指定緊急避難場所", "CSV", "", "指定緊急避難場所（国土地理院の形式）",
     "Evacuation sites (GSI format)", ["shelters/evacuation_sites.csv"]),
    ("sample_gtfs", "gtfs", "バス時刻表（GTFS）", "GTFS", "", "バス路線 静的GTFS", "Bus route, static GTFS",
     ["realtime/gtfs_static.zip"]),
    ("sample_gtfs_rt", "gtfs_rt", "バス位置情報（記録）", "GTFS-Realtime", "", "バス位置情報（5分間の記録）",
     "Bus positions, a 5-minute recording", ["realtime/vehicle_positions/*.pb"]),
    ("sample_river_gauge", "sensorthings", "河川水位（記録）", "SensorThings JSON", "", "河川水位観測所（6時間の記録）",
     "River gauge, a 6-hour recording", ["realtime/sensorthings/*.json"]),
]


def _catalog(folder, district, buildings):
    """catalog.json in the dataset model of plugin/catalog (Dataset/Resource fields, resource URLs relative to the
    file), plus English titles and the area's extent, which that model ignores."""
    lon, lat = to_lonlat([0.0, district.width], [0.0, district.height])
    bbox = [round(float(lon[0]), 6), round(float(lat[0]), 6), round(float(lon[1]), 6), round(float(lat[1]), 6)]
    meshes = sorted({p.name.split("_", 1)[0] for p in (folder / "udx").rglob("*.gml")})
    area = {"name": "墨田区 荒川沿いのサンプル地区（架空）",
            "name_en": "Sample district by the Arakawa, Sumida (fictional)",
            "bbox": bbox, "crs": f"EPSG:{PROJECTED_CRS}", "mesh_codes": meshes}
    datasets = []
    for dataset_id, kind, kind_ja, file_format, lod, title_ja, title_en, patterns in DATASETS:
        paths = sorted({p for pattern in patterns for p in folder.glob(pattern)})
        resources = [{"url": p.relative_to(folder).as_posix(), "name": p.name,
                      "format": file_format if p.suffix not in (".xml", ".txt") else p.suffix[1:].upper(),
                      "size": p.stat().st_size, "checksum": f"sha256:{hashlib.sha256(p.read_bytes()).hexdigest()}",
                      "lod": lod, "mesh_code": _mesh_of(folder, p)}
                     for p in paths]
        datasets.append({
            "id": dataset_id, "title": title_ja, "title_en": title_en, "catalog": CATALOG_NAME,
            "publisher": PUBLISHER, "licence": LICENCE, "attribution": f"{PUBLISHER} ({LICENCE})",
            "pref": "東京都", "pref_code": "13", "city": "墨田区", "city_code": CITY_CODE,
            "data_type": kind_ja, "data_type_en": kind, "format": file_format, "lod": lod, "year": YEAR,
            "description": "合成データ（実在しません） / synthetic data, not real", "tags": ["sample", "synthetic"],
            "group": "サンプル地区", "area": area, "resources": resources})
    return {"version": 1, "catalog": CATALOG_NAME, "catalog_en": "Digital Twin sample district",
            "description": "オフラインで動作確認できる合成データ（実在のデータではありません） / "
                           "Synthetic data to try every feature offline (not real data)",
            "publisher": PUBLISHER, "licence": LICENCE, "seed": district.seed, "scale": district.scale,
            "building_count": len(buildings), "datasets": datasets}


def _mesh_of(folder, path):
    """The mesh code of a PLATEAU file (udx/...), else ''."""
    return path.name.split("_", 1)[0] if path.relative_to(folder).parts[0] == "udx" else ""


def _readme(district, buildings, net):
    levels = ", ".join(f"L{scale} {level} m" for scale, level in FLOOD_LEVELS_M.items())
    return f"""# Digital Twin sample district (synthetic)

Everything in this folder is **synthetic**: a fictional district drawn to look like Sumida-ku on the west bank of
the Arakawa (EPSG:6677 origin {ORIGIN_X:.0f}, {ORIGIN_Y:.0f}; {district.width:.0f} m x {district.height:.0f} m).
No building, gauge, bus or facility here exists. Licence: {LICENCE}, "{PUBLISHER}".

It is generated, byte for byte, by `scripts/make_sample_district.py` (seed {district.seed}, scale {district.scale})
from the code in `plugin/sample_district/`; do not edit the files by hand: change the generator and regenerate.
`SHA256SUMS` lists every file; `catalog.json` describes the datasets (titles in Japanese and English, licence,
area, type, format, LOD, year, resources with relative paths, sizes and checksums).

How it is made:
- `dem.tif`: 5 m GeoTIFF (TP m). A river valley: channel bed -3 m, riverside walkway on the floodplain terrace at
  -0.8 m, a steep bank up to the low-lying west bank (0.4-1.4 m), then a terrace up to about 7 m, plus smooth noise.
- Flood model (`{FLD_FOLDER}/*_fld_6697_l1_op.gml`, `_l2_op.gml`, `flood_depth_l1.tif`, `flood_depth_l2.tif`):
  water levels {levels} (TP). Per 25 m cell outside the river area: depth = level - mean ground, where the cell is
  below the level and connected to the river. One `wtr:WaterBody` per cell with
  `uro:WaterBodyRiverFloodingRiskAttribute` (description, rank, depth, adminType, scale, duration).
  Duration (h) = depth / drain rate (L1 0.10 m/h, L2 0.05 m/h).
- Buildings (`udx/bldg/*_bldg_6697_op.gml`, PLATEAU 2023 schema, CityGML 2.0 + uro 3.0, EPSG:6697 lat-lon):
  {len(buildings)} buildings on a street grid, usage/class/structure codes, storeys, measuredHeight, LOD0
  footprint, LOD1 solid, LOD2 solid with Ground/Wall/Roof surfaces for {sum(b.lod2 for b in buildings)} buildings
  near the station, building IDs, and `uro:BuildingRiverFloodingRiskAttribute` for L1 and L2 computed from the flood
  model by PLATEAU's rule (the rank with the largest overlap, tie -> the more dangerous; depth and duration of the
  largest-overlap cell of that rank). Buildings whose answer would be a near tie are moved or left out.
- `pointcloud.laz`: LAS 1.2 point format 3 (RGB), EPSG:6677 (GeoTIFF keys + WKT), classes 2 ground and 1 roofs.
- `river.geojson`: the river channel (EPSG:6668), with the flood levels: seeds for a level-based inundation.
- `network/`: MLIT pedestrian network, 2024 code set, EPSG:6668: {len(net.nodes)} nodes, {len(net.links)} links
  with stairs, steep and gentle ramps, steps, an unmarked crossing, a narrow alley, signalised crosswalks and an
  elevated station (stairs, up escalator, elevator to the concourse on floor 1); `facilities.geojson`: the station,
  the shelter (a school) and a hospital.
- `udx/ifld/13_1/`: inland flooding (内水, WaterBodyInlandFloodingRiskAttribute): rain ponding in the hollows,
  such as the low ground behind the embankment, 0.1-0.5 m deep.
- `shelters/evacuation_sites.csv`: the evacuation sites in GSI's 指定緊急避難場所 CSV form (Shift_JIS, hazard flags):
  the school and a community centre for floods, a park for earthquakes and fires only.
- `realtime/`: a static GTFS zip (agency, routes, stops, trips, stop_times, calendar), GTFS-Realtime VehiclePositions
  every 15 s for 5 minutes from 2025-09-01 09:00 JST (`vehicle_positions_<unix time>.pb`), and a river gauge rising
  for 6 hours past the L1 level (`sensorthings/river_gauge.json`, the answer of a SensorThings v1.1
  `Datastreams?$expand=Thing($expand=Locations),ObservedProperty,Observations` query).
- `codelists/`: the PLATEAU codelists the CityGML refers to.
"""
