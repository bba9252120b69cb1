"""The batch runner (plugin/batch): JIS mesh math, tiles, and whole runs on a REAL dask cluster: a `dask scheduler`
and two `dask worker` processes on 127.0.0.1, started here as subprocesses and always torn down. Every run's merged
GeoPackage must equal the untiled run row for row, seams included, also after a worker is killed mid-run and after
the client is killed and the run resumed."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from digital_twin.plugin.batch.mesh import mesh_bounds, mesh_code, parent_code
from digital_twin.plugin.batch.runner import run_batch, run_untiled, work_paths
from digital_twin.plugin.batch.tiles import make_tiles
from digital_twin.plugin.errors import DigitalTwinError, InputError
from digital_twin.plugin.sample_district.generate import generate
from digital_twin.plugin.sample_district.site import District

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "build" / "plugins"
VENV_BIN = Path(sys.executable).parent
SCALE = 2  # 2 km x 1.8 km: six mesh files, ~2,000 buildings
START_TIMEOUT_S = 60


# ------------------------------------------------------------------------------------------------------ mesh math


def test_mesh_codes_of_known_places():
    # Tokyo Station (JGD2011 35.681236 N, 139.767125 E) lies in 5339-46-11 (the Statistics Bureau's mesh map)
    assert mesh_code(139.767125, 35.681236) == "53394611"
    assert mesh_code(139.767125, 35.681236, "second") == "533946"
    assert mesh_code(139.767125, 35.681236, "first") == "5339"
    assert mesh_bounds("53394611") == pytest.approx((139.7625, 35.675, 139.775, 35.68333333))
    assert mesh_bounds("533946") == pytest.approx((139.75, 35.66666667, 139.875, 35.75))
    assert parent_code("53394611", "second") == "533946"


def test_mesh_edges_belong_to_the_square_they_start():
    west, south, east, north = mesh_bounds("53394665")
    assert mesh_code(west, south) == "53394665"
    assert mesh_code(east, south) == "53394666"
    assert mesh_code(west, north) == "53394675"
    # a second-order square holds its 100 third-order ones exactly
    west, south, _, _ = mesh_bounds("533946")
    codes = {mesh_code(west + (i + 0.5) / 80, south + (j + 0.5) / 120) for i in range(10) for j in range(10)}
    assert codes == {f"533946{r}{c}" for r in range(10) for c in range(10)}


@pytest.mark.parametrize("code", ["5339461", "53398611", "abc", "53", "53394611123"])
def test_bad_mesh_codes_are_named(code):
    with pytest.raises(InputError, match=f"{code} is not a JIS mesh code"):
        mesh_bounds(code)


# ------------------------------------------------------------------------------------------------------ data


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    """A scaled sample district and its buildings as a PLATEAU-like release zip."""
    folder = tmp_path_factory.mktemp("district") / "district"
    generate(folder, District(scale=SCALE))
    release = folder.parent / "13107_sample_citygml.zip"
    with zipfile.ZipFile(release, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((folder / "udx").rglob("*.gml")) + sorted((folder / "codelists").glob("*.xml")):
            archive.write(path, path.relative_to(folder).as_posix())
    return folder, release


@pytest.fixture(scope="module")
def untiled(district, tmp_path_factory):
    folder, release = district
    output = tmp_path_factory.mktemp("untiled") / "untiled.gpkg"
    run_untiled(release, output, hazards=[("l1", folder / "flood_depth_l1.tif"), ("l2", folder / "flood_depth_l2.tif")])
    return output


def test_tiles_follow_the_mesh_files(district):
    _, release = district
    tiles = make_tiles(release, "mesh3")
    names = [tile.name for tile in tiles]
    assert len(names) >= 4 and names == sorted(names)
    assert all(tile.members == (f"udx/bldg/{tile.name}_bldg_6697_op.gml",) for tile in tiles)
    assert [tile.name for tile in make_tiles(release, "mesh2")] == sorted({name[:6] for name in names})
    with pytest.raises(InputError, match="unknown tiling"):
        make_tiles(release, "mesh5")


def rows(path):
    """{layer: [(fid, geometry WKB, field values...), ...]} in fid order."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layers = {}
    for layer in dataset:
        records = []
        for feature in sorted(layer, key=lambda f: f.GetFID()):
            geometry = feature.GetGeometryRef()
            records.append((feature.GetFID(), bytes(geometry.ExportToIsoWkb()) if geometry else None,
                            *[feature.GetField(i) for i in range(feature.GetFieldCount())]))
        layers[layer.GetName()] = records
    return layers


def extents(path):
    import sqlite3

    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents "
                                  "ORDER BY table_name").fetchall()


def assert_same_rows(tiled, untiled):
    expected, got = rows(untiled), rows(tiled)
    assert sorted(got) == sorted(expected)
    assert extents(tiled) == extents(untiled)
    assert len(expected["flood_exposure_l2"]) > 1500
    exposed = [row for row in expected["flood_exposure_l2"] if row[4]]  # flood_rank after fid, geom, gml_id, bid
    assert len(exposed) > 100
    for layer in expected:
        if layer == "layer_styles":  # one style per layer, but written at another time (update_time)
            assert {row[4:9] for row in got[layer]} == {row[4:9] for row in expected[layer]}
        else:
            assert got[layer] == expected[layer], layer


def test_folder_of_gml_files_equals_the_release_zip(district, tmp_path):
    """Folders load file by file; the rows are those of the zip, but for the source_file column."""
    folder, _ = district
    output = tmp_path / "folder.gpkg"
    counts = run_untiled(folder, output, hazards=[("l2", folder / "flood_depth_l2.tif")])
    assert counts["flood_exposure_l2"] == counts["building_lod0"] > 1500
    assert counts["flood_summary_l2"] >= 2


# ------------------------------------------------------------------------------------------------------ cluster


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """`dask scheduler` + `dask worker` processes on 127.0.0.1 (random free ports), killed on exit."""

    def __init__(self, workers=2):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(PLUGINS), os.environ.get("PYTHONPATH", "")]))
        self.processes = {}
        self.count = workers

    def __enter__(self):
        dask = str(VENV_BIN / "dask")
        port = self.address.rsplit(":", 1)[1]
        self.processes["scheduler"] = subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"], env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for number in range(1, self.count + 1):
            self.processes[f"w{number}"] = subprocess.Popen(
                [dask, "worker", self.address, "--name", f"w{number}", "--nthreads", "1", "--no-nanny",
                 "--memory-limit", "1GiB", "--host", "127.0.0.1", "--no-dashboard"], env=self.env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from distributed import Client

        with Client(self.address, timeout=f"{START_TIMEOUT_S}s") as client:
            client.wait_for_workers(self.count, timeout=START_TIMEOUT_S)
            self.workers = {info["name"]: address for address, info in client.scheduler_info()["workers"].items()}
        return self

    def __exit__(self, *_):
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def cluster():
    with Cluster() as running:
        yield running


def batch_command(release, output, folder, scheduler):
    return [sys.executable, "-m", "digital_twin", "batch", str(release), str(output), "--scheduler", scheduler,
            "--hazard", f"l1={folder / 'flood_depth_l1.tif'}", "--hazard", f"l2={folder / 'flood_depth_l2.tif'}"]


def test_cli_on_a_real_cluster_equals_the_untiled_run(district, untiled, cluster, tmp_path):
    folder, release = district
    output = tmp_path / "ward.gpkg"
    done = subprocess.run(batch_command(release, output, folder, cluster.address), env=cluster.env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "tiles" in done.stderr and "[" + "#" * 30 + "]" in done.stderr  # the progress bar, full at the end
    assert_same_rows(output, untiled)
    tiles_folder, manifest_path = work_paths(output)
    assert not tiles_folder.exists()  # merged, then removed
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["versions"]["distributed"] and manifest["parameters"]["tiling"] == "mesh3"
    records = manifest["tiles"].values()
    assert all(record["status"] == "done" and record["seconds"] > 0 for record in records)
    assert {record["worker"] for record in records} == set(cluster.workers.values())  # both workers took tiles
    assert sum(record["buildings"] for record in records) == len(rows(untiled)["building_lod0"])


def test_killed_worker_tiles_run_elsewhere(district, untiled, tmp_path):
    from distributed import Client

    folder, release = district
    output = tmp_path / "ward.gpkg"
    with Cluster() as running, Client(running.address) as observer:
        run = subprocess.Popen(batch_command(release, output, folder, running.address), env=running.env,
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        victim = running.workers["w1"]
        deadline = time.monotonic() + START_TIMEOUT_S
        on_victim = []
        while not on_victim and time.monotonic() < deadline and run.poll() is None:
            on_victim = [key for key in observer.processing().get(victim, ()) if str(key).startswith("tile-")]
            time.sleep(0.05)
        assert on_victim, "w1 never got a tile"
        running.processes["w1"].send_signal(signal.SIGKILL)
        _, stderr = run.communicate(timeout=120)
    assert run.returncode == 0, stderr
    manifest = json.loads(work_paths(output)[1].read_text(encoding="utf-8"))
    for key in on_victim:
        record = manifest["tiles"][str(key).split("-")[1]]
        assert record["status"] == "done" and record["worker"] == running.workers["w2"]
    assert_same_rows(output, untiled)
    assert not work_paths(output)[0].exists()  # the killed worker's scratch went with the tiles folder


def test_killed_run_resumes_skipping_finished_tiles(district, untiled, cluster, tmp_path):
    folder, release = district
    output = tmp_path / "ward.gpkg"
    command = batch_command(release, output, folder, cluster.address)
    manifest_path = work_paths(output)[1]
    run = subprocess.Popen(command, env=cluster.env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)

    def finished():
        try:
            return [n for n, r in json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"].items()
                    if r["status"] == "done"]
        except (OSError, ValueError):
            return []

    deadline = time.monotonic() + START_TIMEOUT_S
    while len(finished()) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    run.kill()
    run.wait(timeout=30)
    before = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    kept = finished()
    assert 2 <= len(kept) < len(before) and not output.exists()
    resumed = subprocess.run(command, env=cluster.env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"({len(kept)} from an earlier run)" in resumed.stderr
    after = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    assert all(after[name]["seconds"] == before[name]["seconds"] for name in kept)  # not run again
    assert_same_rows(output, untiled)
    # the same command again must not overwrite the finished output
    again = subprocess.run(command, env=cluster.env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and "exists already" in again.stderr


def test_failed_tile_is_retried_then_named_and_the_others_finish(district, cluster, tmp_path):
    folder, release = district
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(release) as source, zipfile.ZipFile(broken, "w") as target:
        names = source.namelist()
        bad = sorted(name for name in names if "/bldg/" in name)[1]
        for name in names:
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name == bad else data)  # cut mid-element
    output = tmp_path / "ward.gpkg"
    bad_tile = Path(bad).name.split("_")[0]
    with pytest.raises(DigitalTwinError, match=f"1 of .* tiles failed: {bad_tile};"):
        run_batch(broken, output, hazards=[("l2", folder / "flood_depth_l2.tif")], scheduler=cluster.address,
                  retries=1)
    manifest = json.loads(work_paths(output)[1].read_text(encoding="utf-8"))
    assert manifest["tiles"][bad_tile]["status"] == "failed" and bad in manifest["tiles"][bad_tile]["error"]
    others = {name: record for name, record in manifest["tiles"].items() if name != bad_tile}
    assert others and all(record["status"] == "done" for record in others.values())
    assert not output.exists()
    # a rerun tries only the failed tile again
    with pytest.raises(DigitalTwinError, match=f"failed: {bad_tile};"):
        run_batch(broken, output, hazards=[("l2", folder / "flood_depth_l2.tif")], scheduler=cluster.address,
                  retries=0)
    again = json.loads(work_paths(output)[1].read_text(encoding="utf-8"))["tiles"]
    assert all(again[name]["seconds"] == record["seconds"] for name, record in others.items())


@pytest.mark.qgis_process
def test_qgis_process_runs_the_batch_on_a_local_cluster(district, untiled, qgis_process_env, tmp_path):
    """digitaltwin:batchrun from qgis_process: its LocalCluster's workers are Python processes (not qgis_process)."""
    import headless

    folder, release = district
    output = tmp_path / "ward.gpkg"
    answer = headless.run_algorithm("digitaltwin:batchrun", {
        "SOURCE": release, "HAZARDS": [folder / "flood_depth_l1.tif", folder / "flood_depth_l2.tif"],
        "WORKERS": 1, "OUTPUT": output}, qgis_process_env, timeout=300)
    assert answer["results"]["TILES"] == len(make_tiles(release))
    expected = rows(untiled)
    assert answer["results"]["BUILDINGS"] == len(expected["building_lod0"])
    # hazard names come from the rasters' file names
    renamed = {name.replace("flood_exposure_flood_depth_", "flood_exposure_").replace(
        "flood_summary_flood_depth_", "flood_summary_"): layer_rows for name, layer_rows in rows(output).items()}
    for layer in ("building_lod0", "flood_exposure_l1", "flood_exposure_l2", "flood_summary_l2"):
        assert renamed[layer] == expected[layer], layer


def test_cancel_stops_the_run_and_keeps_finished_tiles(district, cluster, tmp_path):
    from digital_twin.plugin.errors import Cancelled
    from digital_twin.plugin.progress import Progress

    folder, release = district
    output = tmp_path / "ward.gpkg"
    ended = []
    progress = Progress(is_cancelled=lambda: bool(ended))  # Cancel pressed once the first tile is in
    with pytest.raises(Cancelled):
        run_batch(release, output, hazards=[("l2", folder / "flood_depth_l2.tif")], scheduler=cluster.address,
                  progress=progress, on_tile=lambda name, *_: ended.append(name))
    tiles_folder, manifest_path = work_paths(output)
    records = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    done = sorted(name for name, record in records.items() if record["status"] == "done")
    assert ended[0] in done and len(done) < len(records)
    # kept for a rerun (a tile already running when Cancel came may still land beside them: dask cannot stop it)
    assert set(done) <= {path.stem for path in tiles_folder.glob("[!.]*.gpkg")}
    assert not output.exists()


@pytest.mark.parametrize(("name", "raster", "message"), [
    ("L2", "depth.tif", "hazard name L2"),
    ("l2", "missing.tif", "missing.tif: file not found"),
])
def test_bad_hazards_are_named_before_any_work(district, tmp_path, name, raster, message):
    _, release = district
    (tmp_path / "depth.tif").write_bytes(b"")
    with pytest.raises(InputError, match=message):
        run_batch(release, tmp_path / "ward.gpkg", hazards=[(name, tmp_path / raster)], scheduler="tcp://127.0.0.1:9")
    assert [path.name for path in tmp_path.iterdir()] == ["depth.tif"]  # no manifest, no tiles folder


# ------------------------------------------------------------------------------------------------------ GeoParquet


def parquet_rows(path):
    """[(fid, geometry WKB or None, field values...), ...] of a (Geo)Parquet file, as rows() gives a GeoPackage's,
    read back with pyarrow (the covering bbox column left out), in the file's order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    fields = [name for name in table.column_names if name not in ("fid", "geometry", "geometry_bbox")]
    geometry = table.column("geometry").to_pylist() if "geometry" in table.column_names else [None] * len(table)
    return list(zip(table.column("fid").to_pylist(), geometry, *(table.column(name).to_pylist() for name in fields),
                    strict=True))


def assert_valid_geo_metadata(path, reference_gpkg, layer):
    """GeoParquet 1.1's "geo" key: its required fields, the CRS (PROJJSON) equal to the GeoPackage layer's, the
    geometry types those present, a bbox covering every geometry (and no more), the covering column per row."""
    import numpy as np
    import pyarrow.parquet as pq
    import pyproj
    import shapely
    from osgeo import ogr

    parquet = pq.ParquetFile(path)
    geo = json.loads(parquet.metadata.metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    assert list(geo["columns"]) == ["geometry"]
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB"
    dataset = ogr.Open(str(reference_gpkg))
    expected_crs = pyproj.CRS.from_wkt(dataset.GetLayerByName(layer).GetSpatialRef().ExportToWkt())
    dataset = None
    crs = pyproj.CRS.from_json_dict(column["crs"])
    assert crs == expected_crs and crs.to_epsg() == 6677
    table = parquet.read()
    shapes = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    assert column["geometry_types"] == ["MultiPolygon Z"]
    assert (shapely.get_type_id(shapes) == 6).all() and shapely.has_z(shapes).all()
    bounds = shapely.bounds(shapes)
    assert column["bbox"] == [*bounds[:, :2].min(axis=0), *bounds[:, 2:].max(axis=0)]
    assert column["covering"] == {"bbox": {key: ["geometry_bbox", key] for key in ("xmin", "ymin", "xmax", "ymax")}}
    covering = table.column("geometry_bbox").combine_chunks()
    assert np.array_equal(np.column_stack([covering.field(key).to_numpy() for key in ("xmin", "ymin", "xmax",
                                                                                        "ymax")]), bounds)


def test_geoparquet_output_equals_the_geopackage_row_for_row(district, untiled, cluster, tmp_path):
    """OUTPUT ward.parquet on the real cluster: one GeoParquet file per layer, each row (fid, geometry WKB, every
    attribute) equal to the GeoPackage's, one row group per tile (the merge holds one tile at a time)."""
    import pyarrow.parquet as pq

    folder, release = district
    output = tmp_path / "ward.parquet"
    result = run_batch(release, output, hazards=[("l1", folder / "flood_depth_l1.tif"),
                                                 ("l2", folder / "flood_depth_l2.tif")], scheduler=cluster.address)
    expected = rows(untiled)
    layers = sorted(set(expected) - {"layer_styles"})
    assert sorted(result.layers) == layers and len(layers) >= 10
    assert sorted(path.name for path in tmp_path.glob("*.parquet")) == [f"ward_{layer}.parquet" for layer in layers]
    assert result.sources["flood_exposure_l2"] == str(tmp_path / "ward_flood_exposure_l2.parquet")
    assert not output.exists() and not work_paths(output)[0].exists()
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]  # no temporary files
    manifest = json.loads(work_paths(output)[1].read_text(encoding="utf-8"))
    row_groups = {}
    for layer in layers:
        path = tmp_path / f"ward_{layer}.parquet"
        assert parquet_rows(path) == expected[layer], layer
        assert result.layers[layer] == len(expected[layer])
        # streaming: one row group per tile that has rows of the layer (the summaries: one, of the merged rows)
        tile_rows = [record["layers"].get(layer, 0) for _, record in sorted(manifest["tiles"].items())]
        metadata = pq.ParquetFile(path).metadata
        row_groups[layer] = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
        assert row_groups[layer] == ([len(expected[layer])] if layer.startswith("flood_summary_") else
                                     [count for count in tile_rows if count]), layer
        if expected[layer][0][1] is not None:
            assert_valid_geo_metadata(path, untiled, layer)
        else:
            assert metadata.metadata is None  # plain Parquet: GeoParquet needs a geometry column
    assert len(row_groups["building_lod0"]) == len(manifest["tiles"]) >= 4  # several tiles, streamed
    # the GeoPackage's default styles, as QGIS style files named like the layers
    import sqlite3

    with sqlite3.connect(untiled) as connection:
        styles = dict(connection.execute("SELECT f_table_name, styleQML FROM layer_styles"))
    assert len(styles) >= 4
    for layer, qml in styles.items():
        assert (tmp_path / f"ward_{layer}.qml").read_text(encoding="utf-8") == qml


def test_cli_writes_geoparquet_and_refuses_to_replace_it(district, untiled, cluster, tmp_path):
    """`python -m digital_twin batch ... ward.parquet`: the files, named on the terminal; the same command again
    keeps them (exists already), with --overwrite replaces every one."""
    folder, release = district
    command = batch_command(release, tmp_path / "ward.parquet", folder, cluster.address)
    done = subprocess.run(command, env=cluster.env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    layers = sorted(set(rows(untiled)) - {"layer_styles"})
    assert f"{len(layers)} files ward_*.parquet: " in done.stderr
    files = {path.name: path.stat().st_ino for path in tmp_path.glob("ward_*")}
    assert sorted(name for name in files if name.endswith(".parquet")) == [f"ward_{layer}.parquet" for layer in layers]
    assert parquet_rows(tmp_path / "ward_flood_exposure_l1.parquet") == rows(untiled)["flood_exposure_l1"]
    again = subprocess.run(command, env=cluster.env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and "exists already" in again.stderr
    assert {path.name: path.stat().st_ino for path in tmp_path.glob("ward_*")} == files
    replaced = subprocess.run(command + ["--overwrite"], env=cluster.env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)
    assert replaced.returncode == 0, replaced.stderr
    after = {path.name: path.stat().st_ino for path in tmp_path.glob("ward_*")}
    assert after.keys() == files.keys() and all(after[name] != files[name] for name in files)


@pytest.fixture(scope="module")
def parts(district, tmp_path_factory):
    """Two tiles' GeoPackages, as the workers leave them for the merge."""
    from digital_twin.plugin.batch.steps import TileJob, run_tile

    folder, release = district
    scratch = tmp_path_factory.mktemp("parts")
    paths = []
    for tile in make_tiles(release)[:2]:
        paths.append(scratch / f"{tile.name}.gpkg")
        run_tile(TileJob(tile.name, str(release), tile.members, str(paths[-1]), (("l2", str(folder /
                                                                                              "flood_depth_l2.tif")),)))
    return paths


def test_geoparquet_cancel_leaves_no_file_and_overwrite_is_honoured(parts, tmp_path):
    from digital_twin.plugin.batch import geoparquet
    from digital_twin.plugin.errors import Cancelled
    from digital_twin.plugin.progress import Progress

    output = tmp_path / "ward.parquet"
    checks = []
    with pytest.raises(Cancelled):  # Cancel after the first tile: its layers' files were being written
        geoparquet.merge(parts, output, ["l2"], progress=Progress(is_cancelled=lambda: checks.append(1) or
                                                                  len(checks) > 1))
    assert len(checks) == 2 and list(tmp_path.iterdir()) == []
    counts = geoparquet.merge(parts, output, ["l2"])
    written = {path.name: path.stat() for path in tmp_path.iterdir()}
    styled = [name for name in written if name.endswith(".qml")]
    assert counts["flood_summary_l2"] >= 2 and len(written) == len(counts) + len(styled) and len(styled) >= 2
    with pytest.raises(InputError, match="exists already"):
        geoparquet.check_output(output, overwrite=False)
    with pytest.raises(InputError, match="ward_building_lod0.parquet: the file exists already"):
        geoparquet.merge(parts, output, ["l2"])
    assert {path.name: path.stat() for path in tmp_path.iterdir()} == written  # kept as they were
    assert geoparquet.merge(parts, output, ["l2"], overwrite=True) == counts
    replaced = {path.name: path.stat() for path in tmp_path.iterdir()}
    assert replaced.keys() == written.keys()
    assert all(replaced[name].st_ino != written[name].st_ino for name in written)  # every file written anew


def test_geoparquet_keeps_column_types_null_and_empty_geometries(tmp_path):
    """Column types beyond the sample's (boolean, 16-bit, 64-bit, date, date-time), a NULL and an empty geometry:
    values as the GeoPackage holds them, a covering box exactly where a geometry is, the file's bbox and types from
    the geometries present."""
    import datetime
    import math

    import pyarrow as pa
    import pyarrow.parquet as pq
    import shapely
    from osgeo import ogr, osr

    from digital_twin.plugin.batch import geoparquet

    source = tmp_path / "things.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(source))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    layer = dataset.CreateLayer("things", srs, ogr.wkbPolygon)
    for name, kind, subtype in [("flag", ogr.OFTInteger, ogr.OFSTBoolean), ("small", ogr.OFTInteger, ogr.OFSTInt16),
                                ("big", ogr.OFTInteger64, None), ("day", ogr.OFTDate, None),
                                ("seen", ogr.OFTDateTime, None), ("note", ogr.OFTString, None)]:
        definition = ogr.FieldDefn(name, kind)
        if subtype is not None:
            definition.SetSubType(subtype)
        layer.CreateField(definition)
    for wkt, values in [("POLYGON ((2 1, 5 1, 5 4, 2 1))", {"flag": 1, "small": -3, "big": 2**40, "day": "2024-05-01",
                                                            "seen": "2024-05-01T10:20:30.123Z", "note": "川"}),
                        (None, {}), ("POLYGON EMPTY", {"flag": 0, "note": ""})]:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in values.items():
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    dataset = None
    assert geoparquet.merge([source], tmp_path / "out.parquet", []) == {"things": 3}
    table = pq.read_table(tmp_path / "out_things.parquet")
    assert [(field.name, field.type) for field in table.schema if field.name not in ("geometry", "geometry_bbox")] == [
        ("fid", pa.int64()), ("flag", pa.bool_()), ("small", pa.int16()), ("big", pa.int64()), ("day", pa.date32()),
        ("seen", pa.string()), ("note", pa.string())]
    got = table.drop_columns(["geometry", "geometry_bbox"]).to_pylist()
    assert got == [
        {"fid": 1, "flag": True, "small": -3, "big": 2**40, "day": datetime.date(2024, 5, 1),
         "seen": "2024-05-01T10:20:30.123Z", "note": "川"},
        {"fid": 2, "flag": None, "small": None, "big": None, "day": None, "seen": None, "note": None},
        {"fid": 3, "flag": False, "small": None, "big": None, "day": None, "seen": None, "note": ""}]
    geometries = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    assert geometries[0].equals(shapely.from_wkt("POLYGON ((2 1, 5 1, 5 4, 2 1))"))
    assert geometries[1] is None and geometries[2].is_empty
    boxes = table.column("geometry_bbox").to_pylist()
    assert boxes[0] == {"xmin": 2.0, "ymin": 1.0, "xmax": 5.0, "ymax": 4.0} and boxes[1] is None
    assert all(math.isnan(value) for value in boxes[2].values())
    column = json.loads(pq.read_schema(tmp_path / "out_things.parquet").metadata[b"geo"])["columns"]["geometry"]
    assert column["bbox"] == [2.0, 1.0, 5.0, 4.0] and column["geometry_types"] == ["Polygon"]


def test_output_format_is_checked_before_any_work(district, tmp_path, monkeypatch):
    from digital_twin.plugin.errors import MissingDependencyError

    _, release = district
    with pytest.raises(InputError, match=r"ward.shp, field 'output': the output must end in .gpkg or .parquet"):
        run_batch(release, tmp_path / "ward.shp", scheduler="tcp://127.0.0.1:9")
    (tmp_path / "ward_building_lod0.parquet").write_bytes(b"a user's file")
    with pytest.raises(InputError, match="ward_building_lod0.parquet: the file exists already"):
        run_batch(release, tmp_path / "ward.parquet", scheduler="tcp://127.0.0.1:9")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(MissingDependencyError, match="GeoParquet output needs the Python package 'pyarrow'"):
        run_batch(release, tmp_path / "other.parquet", scheduler="tcp://127.0.0.1:9")
    run_untiled(release, tmp_path / "other.gpkg")  # GeoPackage output does not need it
    assert sorted(path.name for path in tmp_path.iterdir()) == ["other.gpkg", "ward_building_lod0.parquet"]
    assert (tmp_path / "ward_building_lod0.parquet").read_bytes() == b"a user's file"


# ------------------------------------------------------------------------------------------------------ ensembles


def test_ensemble_shares_on_a_real_cluster(cluster, tmp_path):
    """Three rain scenarios as tasks (CLI, a hyetograph among them); per cell the share of scenarios reaching 0.5 m
    and 3 m equals the scenarios simulated here, one by one."""
    import numpy as np
    from osgeo import gdal

    from digital_twin.plugin.batch.ensemble import Scenario, constant_rain, exceedance, run_scenario

    dem = ROOT / "resources" / "sample_district" / "dem.tif"
    hyetograph = tmp_path / "burst.csv"
    hyetograph.write_text("minutes,rain_mm_h\n0,100\n5,600\n10,0\n", encoding="utf-8")
    output = tmp_path / "shares.tif"
    duration_s = 900.0
    done = subprocess.run([sys.executable, "-m", "digital_twin", "ensemble", str(dem), str(output), "--rain", "150",
                           "--rain", "600", "--hyetograph", str(hyetograph), "--duration", str(duration_s),
                           "--scheduler", cluster.address], env=cluster.env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    scenarios = [constant_rain(150), constant_rain(600),
                 Scenario("burst", ((0.0, 100.0), (300.0, 600.0), (600.0, 0.0)))]
    expected = sum(exceedance(run_scenario(str(dem), scenario, duration_s, 0.03)) for scenario in scenarios) / 3
    dataset = gdal.Open(str(output))
    got = np.stack([dataset.GetRasterBand(band).ReadAsArray() for band in (1, 2)])
    assert dataset.GetRasterBand(1).GetDescription() == "share_reaching_0.5m"
    assert np.array_equal(got, expected.astype(np.float32))
    assert 0 < (got[0] > 0).sum() and (got[0] == 1.0).sum() < (got[0] > 0).sum()  # scenarios differ somewhere
    assert (got[1] <= got[0]).all()


def test_ensemble_of_levee_breaches_on_a_real_cluster(cluster, tmp_path):
    """Two breach scenarios (a constant inflow and a hydrograph, no rain) and a rain one, by CLI on the real cluster:
    the shares equal the scenarios simulated here; the water of a breach spreads from its own point."""
    import numpy as np
    from osgeo import gdal

    from digital_twin.plugin.batch.ensemble import breach, constant_rain, exceedance, run_scenario
    from digital_twin.plugin.flood.rasters import read_raster

    dem_path = ROOT / "resources" / "sample_district" / "dem.tif"
    dem = read_raster(str(dem_path))
    x0, cell, _, y0, _, _ = dem.geotransform
    rows, cols = dem.shape
    west = (x0 + cols * cell / 4, y0 - rows * cell / 2)  # map points a quarter and three quarters across
    east = (x0 + 3 * cols * cell / 4, y0 - rows * cell / 2)
    hydrograph = tmp_path / "breach_east.csv"
    hydrograph.write_text("minutes,m3_per_s\n0,0\n5,40\n10,0\n", encoding="utf-8")
    output = tmp_path / "shares.tif"
    duration_s = 600.0
    done = subprocess.run([sys.executable, "-m", "digital_twin", "ensemble", str(dem_path), str(output),
                           "--inflow", f"west={west[0]},{west[1]},30", "--inflow",
                           f"east={east[0]},{east[1]},{hydrograph}", "--rain", "100", "--duration", str(duration_s),
                           "--scheduler", cluster.address], env=cluster.env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    scenarios = [breach("west", *west, ((0.0, 30.0),)),
                 breach("east", *east, ((0.0, 0.0), (300.0, 40.0), (600.0, 0.0))), constant_rain(100)]
    depths = [run_scenario(str(dem_path), scenario, duration_s, 0.03) for scenario in scenarios]
    expected = sum(exceedance(depth) for depth in depths) / 3
    dataset = gdal.Open(str(output))
    got = np.stack([dataset.GetRasterBand(band).ReadAsArray() for band in (1, 2)])
    assert np.array_equal(got, expected.astype(np.float32))
    west_cell, east_cell = dem.cell_of(*west), dem.cell_of(*east)
    assert depths[0][west_cell] > 0.5 > depths[0][east_cell]  # each breach floods around its own point
    assert depths[1][east_cell] > 0.5 > depths[1][west_cell]
    # a breach off the grid is refused before any task runs, naming the scenario
    done = subprocess.run([sys.executable, "-m", "digital_twin", "ensemble", str(dem_path), str(tmp_path / "x.tif"),
                           "--inflow", "far=0,0,10", "--workers", "1"], env=cluster.env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 1 and "scenario far: the inflow point (0.0, 0.0) lies outside the DEM" in done.stderr
    assert not (tmp_path / "x.tif").exists()


def test_local_cluster_workers_have_the_memory_limit():
    import distributed

    from digital_twin.plugin.batch.runner import ClusterClient

    with ClusterClient(distributed, None, 1, "300MiB") as client:
        workers = client.scheduler_info()["workers"].values()
        assert [worker["memory_limit"] for worker in workers] == [300 * 2**20]
        assert [worker["nthreads"] for worker in workers] == [1]


@pytest.mark.parametrize(("kind", "tiling"), [("zip", "mesh2"), ("zip", "member"), ("folder", "mesh3")])
def test_other_tilings_and_folders_equal_the_untiled_run(district, untiled, cluster, tmp_path, kind, tiling):
    folder, release = district
    hazards = [("l1", folder / "flood_depth_l1.tif"), ("l2", folder / "flood_depth_l2.tif")]
    source = release if kind == "zip" else folder / "udx"
    if kind == "folder":  # rows name their source files, so the reference is the folder's own untiled run
        untiled = tmp_path / "untiled.gpkg"
        run_untiled(source, untiled, hazards=hazards)
    result = run_batch(source, tmp_path / "ward.gpkg", tiling=tiling, hazards=hazards, scheduler=cluster.address)
    assert result.tiles == len(make_tiles(source, tiling)) and not result.failed
    assert_same_rows(tmp_path / "ward.gpkg", untiled)


# ------------------------------------------------------------------------------------------------------ DSM


def test_tiled_dsm_equals_the_untiled_dsm_cell_for_cell(district, untiled, cluster, tmp_path):
    """Buildings DSM (1 m, on the district's DEM) in 700 m tiles with halos on the real cluster: the mosaic equals
    one untiled DSM cell for cell, seams included."""
    import numpy as np
    from osgeo import gdal

    from digital_twin.plugin.batch.dsm import run_dsm, untiled_dsm

    folder, _ = district
    dem = folder / "dem.tif"
    done = subprocess.run([sys.executable, "-m", "digital_twin", "dsm", str(untiled), str(tmp_path / "tiled.tif"),
                           "--dem", str(dem), "--tile", "700", "--scheduler", cluster.address], env=cluster.env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert untiled_dsm(untiled, tmp_path / "untiled.tif", dem_path=dem) > 1500
    tiled, whole = gdal.Open(str(tmp_path / "tiled.tif")), gdal.Open(str(tmp_path / "untiled.tif"))
    assert tiled.GetGeoTransform() == whole.GetGeoTransform()
    got, expected = tiled.ReadAsArray(), whole.ReadAsArray()
    assert got.shape == expected.shape and got.shape[1] > 1400  # at least three tiles across
    assert np.array_equal(got, expected)
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith("digital_twin_dsm")]
    with pytest.raises(InputError, match="exists already"):
        run_dsm(untiled, tmp_path / "tiled.tif", scheduler=cluster.address)


# ------------------------------------------------------------------------------------------------------ solar


def test_tiled_solar_equals_the_untiled_run_cell_for_cell(district, untiled, cluster, tmp_path):
    """Annual irradiation of the district's buildings DSM (2 m) in 300 m tiles on the real cluster, through the CLI:
    each tile's halo is the horizon march's reach for the shadow-search radius, so the mosaic equals the untiled
    solarirradiance run (one block, in this process) cell for cell, shadows across the seams included."""
    import numpy as np
    from osgeo import gdal

    from digital_twin.plugin.batch.dsm import untiled_dsm
    from digital_twin.plugin.solar import climate, horizon, rasters

    folder, _ = district
    dsm = tmp_path / "dsm.tif"
    untiled_dsm(untiled, dsm, cellsize=2.0, dem_path=folder / "dem.tif")
    radius_m = 80.0
    done = subprocess.run([sys.executable, "-m", "digital_twin", "solar", str(dsm), str(tmp_path / "tiled.tif"),
                           "--radius", str(radius_m), "--sectors", "16", "--tile", "300", "--scheduler",
                           cluster.address, "--buildings", str(untiled), "--potential", str(tmp_path / "pv.gpkg")],
                          env=cluster.env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    halo_m = float(done.stderr.split("halo ")[1].split(" m")[0])
    assert halo_m == rasters.tile_plan(gdal.Open(str(dsm)), dsm, radius_m).overlap * 2.0
    assert halo_m >= horizon.reach(radius_m, 2.0) * 2.0 >= radius_m
    longitude, latitude = rasters.centre_lonlat(gdal.Open(str(dsm)))
    sky = climate.embedded_sky("tokyo_sunshine", latitude, longitude)
    rasters.irradiation_rasters(dsm, sky, tmp_path / "untiled.tif", radius=radius_m, sectors=16, tile_size=10_000)
    tiled, whole = gdal.Open(str(tmp_path / "tiled.tif")), gdal.Open(str(tmp_path / "untiled.tif"))
    assert tiled.GetGeoTransform() == whole.GetGeoTransform()
    assert tiled.GetProjection() == whole.GetProjection()
    assert tiled.GetRasterBand(1).GetNoDataValue() == rasters.NODATA
    got, expected = tiled.ReadAsArray(), whole.ReadAsArray()
    assert got.shape == expected.shape and min(got.shape) > 4 * 150  # five 150-cell tiles across and down
    shaded = expected < np.percentile(expected, 10)  # streets beside buildings: the halo's shadows matter
    assert expected.max() > 1.5 * expected[shaded].mean() > 0
    assert np.array_equal(got, expected)
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith("digital_twin_solar")]
    # per building on the merged raster: one row per footprint, equal to the potential on the untiled raster
    from digital_twin.plugin.batch.solar import building_potential

    building_potential(untiled, tmp_path / "untiled.tif", dsm, tmp_path / "pv_untiled.gpkg")
    got, expected = rows(tmp_path / "pv.gpkg")["solar_potential"], rows(tmp_path / "pv_untiled.gpkg")["solar_potential"]
    assert got == expected
    footprints = rows(untiled)["building_lod1"]
    assert [row[2] for row in got] == [row[0] for row in footprints]  # building_fid after fid, geometry
    capacities = [row[6] for row in got]  # roof_area, usable_area, mean_irradiation, capacity_kw
    assert len(got) > 1500 and sum(1 for kw in capacities if kw and kw > 0) > len(got) / 2
    with pytest.raises(InputError, match="no layer building_lod1"):
        building_potential(tmp_path / "pv.gpkg", tmp_path / "untiled.tif", dsm, tmp_path / "other.gpkg")
