"""Run a batch on dask.distributed: one task per tile, retried, the failures reported by tile name, finished tiles
skipped on a rerun, the tiles merged at the end into one GeoPackage (OUTPUT ``ward.gpkg``) or into one GeoParquet
file per layer (``ward.parquet``: ``ward_building_lod0.parquet``..., see geoparquet.py).

Beside the output ``ward.gpkg`` the run keeps ``ward.gpkg.tiles/`` (the tiles' GeoPackages, removed once merged) and
``ward.gpkg.manifest.json``: inputs (size, modification time), versions, parameters, and per tile its status,
seconds, worker and error. A rerun with the same inputs and parameters skips the tiles marked done.
"""

import contextlib
import json
import os
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..dependencies import require
from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS
from ..safe_io import refuse_existing
from . import geoparquet
from .defaults import DEFAULT_MEMORY_LIMIT, DEFAULT_RETRIES
from .steps import TileJob, check_hazards, merge, run_tile
from .tiles import list_members, make_tiles

MANIFEST_VERSION = 1
WAIT_S = 0.5  # how often the client looks for Cancel while tiles run
DONE, FAILED, PENDING = "done", "failed", "pending"


@dataclass(frozen=True)
class OutputFormat:
    merge: object  # merge(parts, output, hazard_names, *, overwrite, progress) -> {layer: rows}
    check: object  # check(output, overwrite), before any work: what it needs is there, nothing is overwritten
    layer_source: object  # layer_source(output, layer) -> the layer's data source (OGR/QGIS form)


def gpkg_layer(output, layer):
    return f"{output}|layername={layer}"


# by the OUTPUT's extension
OUTPUT_FORMATS = {".gpkg": OutputFormat(merge, refuse_existing, gpkg_layer),  # GeoPackage
                  geoparquet.SUFFIX: OutputFormat(geoparquet.merge, geoparquet.check_output,  # GeoParquet
                                                  lambda output, layer: str(geoparquet.layer_path(output, layer)))}


def output_format(output, overwrite) -> OutputFormat:
    """The format OUTPUT's extension asks for, checked before any work."""
    chosen = OUTPUT_FORMATS.get(Path(output).suffix.lower())
    if chosen is None:
        raise InputError("the output must end in {suffixes}", path=output, field="output",
                         suffixes=" or ".join(OUTPUT_FORMATS))
    chosen.check(output, overwrite)
    return chosen


@dataclass
class BatchResult:
    output: str
    manifest: str
    tiles: int = 0
    skipped: int = 0  # finished in an earlier run
    failed: list = field(default_factory=list)  # tile names
    layers: dict = field(default_factory=dict)  # {layer: rows}
    sources: dict = field(default_factory=dict)  # {layer: data source}: "ward.gpkg|layername=x", ward_x.parquet
    buildings: int = 0
    seconds: float = 0.0
    tile_seconds: float = 0.0  # from the first task submitted to the last tile done (no cluster start-up)
    merge_seconds: float = 0.0


def work_paths(output):
    output = Path(output)
    return output.with_name(output.name + ".tiles"), output.with_name(output.name + ".manifest.json")


def execute_tile(job: TileJob) -> dict:
    """The task a worker runs: the tile's engine work, timed, with the worker's address for the manifest."""
    from distributed import get_worker

    started = time.monotonic()
    result = run_tile(job)
    result.update(seconds=round(time.monotonic() - started, 3), worker=get_worker().address,
                  peak_rss_mb=round(peak_rss_mb(), 1))
    return result


def peak_rss_mb() -> float:
    """This process's peak resident memory (MB). Linux: VmHWM, the peak of this address space (ru_maxrss would carry
    the peak of the process a spawned worker was forked from across exec); Windows: the peak working set; else
    ru_maxrss (bytes on macOS)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3  # kB
    try:
        import resource
    except ImportError:
        import psutil

        return psutil.Process().memory_info().peak_wset / 1e6
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def run_batch(location, output, *, tiling="mesh3", hazards=(), rule="largest_overlap", scheduler=None, workers=None,
              memory_limit=DEFAULT_MEMORY_LIMIT, retries=DEFAULT_RETRIES, overwrite=False, progress=NO_PROGRESS,
              on_tile=None) -> BatchResult:
    """Split ``location`` (release zip or folder) into tiles, run them on dask (``scheduler`` "tcp://host:8786", or a
    LocalCluster of ``workers`` processes, default all cores), merge into ``output``. ``on_tile(name, record,
    finished, total)`` is called as each tile ends. Raises DigitalTwinError naming the failed tiles, after the others
    ran; a rerun then does only those."""
    distributed = require("distributed", "Batch runs")
    started = time.monotonic()
    location, output = Path(location), Path(output)
    writer = output_format(output, overwrite)
    hazards = check_hazards(hazards)
    tiles = make_tiles(location, tiling)
    folder, manifest_path = work_paths(output)
    parameters = {"tiling": tiling, "hazards": [list(h) for h in hazards], "rule": rule}
    inputs = _fingerprints([location] + [Path(path) for _, path in hazards])
    manifest = _resumed(manifest_path, parameters, inputs)
    if manifest is None:
        manifest = {"manifest_version": MANIFEST_VERSION, "inputs": inputs, "parameters": parameters,
                    "versions": versions(), "tiles": {}}
    manifest["output"] = str(output)
    manifest["versions"] = versions()
    records = manifest["tiles"]
    jobs = {}
    for tile in tiles:
        part = folder / f"{tile.name}.gpkg"
        record = records.get(tile.name)
        if record and record.get("status") == DONE and part.is_file():
            continue
        records[tile.name] = {"status": PENDING, "members": list(tile.members), "bounds": tile.bounds}
        jobs[tile.name] = TileJob(tile.name, str(location), tile.members, str(part), hazards, rule)
    result = BatchResult(str(output), str(manifest_path), tiles=len(tiles), skipped=len(tiles) - len(jobs))
    folder.mkdir(parents=True, exist_ok=True)
    _write_json(manifest_path, manifest)
    try:
        if jobs:
            result.tile_seconds = run_tasks(
                execute_tile, jobs, manifest, manifest_path, key_prefix="tile", finished=result.skipped,
                total=len(tiles), share=0.9, on_done=on_tile, progress=progress,
                cluster=(distributed, scheduler, workers, memory_limit), retries=retries)
    finally:
        if not any(folder.iterdir()):  # nothing finished: no empty folder left behind
            folder.rmdir()
    result.failed = sorted(name for name, record in records.items() if record["status"] != DONE)
    result.buildings = sum(record.get("buildings", 0) for record in records.values())
    if result.failed:
        raise DigitalTwinError("{count} of {total} tiles failed: {names}; see {manifest}. Run again to retry them",
                               count=len(result.failed), total=len(tiles), names=", ".join(result.failed),
                               manifest=manifest_path)
    progress.info("merging {count} tiles", count=len(tiles))
    merge_started = time.monotonic()
    result.layers = writer.merge([folder / f"{tile.name}.gpkg" for tile in tiles], output,
                                 [name for name, _ in hazards], overwrite=overwrite, progress=progress.sub(0.9, 1.0))
    result.merge_seconds = time.monotonic() - merge_started
    result.sources = {layer: writer.layer_source(output, layer) for layer in result.layers}
    manifest["layers"] = result.layers
    manifest["sources"] = result.sources
    _write_json(manifest_path, manifest)
    for tile in tiles:
        (folder / f"{tile.name}.gpkg").unlink(missing_ok=True)
    _remove_empty(folder)
    progress.step(1.0)
    result.seconds = time.monotonic() - started
    return result


def run_untiled(location, output, *, hazards=(), rule="largest_overlap", overwrite=False) -> dict:
    """The same steps as ``run_batch`` on the whole source as one tile, in this process, without dask: the reference a
    tiled run must equal row for row. Return {layer: rows}."""
    import tempfile

    writer = output_format(output, overwrite)
    hazards = check_hazards(hazards)
    members = tuple(member for member, _ in list_members(location))
    with tempfile.TemporaryDirectory(prefix="digital_twin_untiled_") as scratch:
        part = Path(scratch) / "all.gpkg"
        run_tile(TileJob("all", str(location), members, str(part), hazards, rule))
        return writer.merge([part], output, [name for name, _ in hazards], overwrite=overwrite)


def run_tasks(function, jobs, manifest, manifest_path, *, key_prefix, finished, total, share, cluster, retries,
              progress, on_done=None) -> float:
    """Run ``function(job)`` for each of ``jobs`` ({name: job}) as a dask task on ``cluster`` (distributed module,
    scheduler address, LocalCluster workers, memory limit); record each outcome in the manifest's "tiles" as it
    finishes, the manifest written after each. ``finished`` of ``total`` were done before; progress runs to
    ``share``; ``on_done(name, record, finished, total)`` after each. Return the seconds from submission to the last.
    """
    records = manifest["tiles"]
    with ClusterClient(*cluster) as client:
        submitted = time.monotonic()
        futures = {client.submit(function, job, key=f"{key_prefix}-{name}-{os.getpid()}-{time.time_ns()}",
                                 retries=retries, pure=False): name for name, job in jobs.items()}
        try:
            for future in as_finished(client, futures, progress):
                name = futures[future]
                records[name] = _record(future, records[name])
                finished += 1
                _write_json(manifest_path, manifest)
                progress.step(finished / total * share)
                if on_done is not None:
                    on_done(name, records[name], finished, total)
        finally:
            _write_json(manifest_path, manifest)  # Cancel or an error: what finished so far stays recorded
        return time.monotonic() - submitted


def _record(future, record):
    if future.status == "finished":
        return {**record, "status": DONE, "error": None, **future.result()}
    if future.status == "cancelled":
        return {**record, "status": FAILED, "error": "cancelled"}
    return {**record, "status": FAILED, "error": str(future.exception())}


def as_finished(client, futures, progress):
    """Each of ``futures`` as it finishes (done or failed), looking for Cancel at least every WAIT_S; when the caller
    stops early (Cancel, an error), the futures still pending are cancelled on the cluster."""
    distributed = require("distributed", "Batch runs")
    pending = set(futures)
    try:
        while pending:
            progress.check()
            try:
                done, pending = distributed.wait(pending, timeout=WAIT_S, return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            yield from done
    finally:
        if pending:
            client.cancel(list(pending))


class ClusterClient:
    """A Client on the given scheduler, or on a LocalCluster started (and closed) here."""

    def __init__(self, distributed, scheduler, workers, memory_limit):
        self.distributed, self.scheduler = distributed, scheduler
        self.workers, self.memory_limit = workers, memory_limit
        self.cluster = None
        self.client = None

    def __enter__(self):
        distributed = self.distributed
        try:
            if self.scheduler:
                self.client = distributed.Client(self.scheduler, timeout="30s")
            else:
                _python_for_workers()
                # dashboard on a free port, never 8787: several runs may share a machine
                self.cluster = distributed.LocalCluster(n_workers=self.workers or os.cpu_count() or 1,
                                                        threads_per_worker=1, processes=True,
                                                        memory_limit=self.memory_limit, dashboard_address=":0")
                self.client = distributed.Client(self.cluster)
        except OSError as exc:
            self.__exit__(None, None, None)
            raise InputError("cannot reach the dask scheduler ({error})", field="scheduler", error=exc) from exc
        return self.client

    def __exit__(self, *_):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _python_for_workers():
    """Local workers are new Python processes (multiprocessing's spawn). Inside QGIS sys.executable is not the Python
    QGIS runs (the qgis binary on Windows; qgis_process on Linux takes the first python3 on PATH, pyenv's here), so
    point multiprocessing at the one under sys.exec_prefix, as the package installer finds it. Never imports qgis:
    it only looks whether QGIS loaded it."""
    import multiprocessing
    import sys

    from ..installer.pip_install import find_python, python_candidates

    if "qgis.core" in sys.modules:
        multiprocessing.set_executable(str(find_python(python_candidates(executable=""))))


def _resumed(path, parameters, inputs):
    """The manifest of an earlier run to resume, None for a fresh start; InputError if it ran something else."""
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("the manifest of an earlier run is unreadable ({error}); remove it to start afresh",
                         path=path, error=exc) from exc
    if manifest.get("parameters") != parameters or manifest.get("inputs") != inputs:
        raise InputError("an earlier run with other inputs or parameters left this manifest; remove it and the "
                         ".tiles folder beside it to start afresh, or choose another output", path=path)
    return manifest


def _fingerprints(paths):
    """Path, size and modification time of each input (a folder: of each .gml file in it)."""
    entries = []
    for path in paths:
        files = sorted(path.rglob("*.gml")) if path.is_dir() else [path]
        for file in files:
            stat = file.stat()
            entries.append({"path": str(file), "size": stat.st_size, "mtime": int(stat.st_mtime)})
    return entries


def versions() -> dict:
    import dask
    import distributed
    import numpy
    import shapely
    from osgeo import gdal

    metadata = Path(__file__).resolve().parents[2] / "metadata.txt"
    plugin = next((line.split("=", 1)[1].strip() for line in metadata.read_text(encoding="utf-8").splitlines()
                   if line.startswith("version=")), "") if metadata.is_file() else ""
    return {"digital_twin": plugin, "python": platform.python_version(), "dask": dask.__version__,
            "distributed": distributed.__version__, "numpy": numpy.__version__, "shapely": shapely.__version__,
            "gdal": gdal.__version__}


def _write_json(path, document):
    """Replace ``path`` whole (a crash mid-write leaves the previous manifest)."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _remove_empty(folder):
    """Remove the tiles folder once merged, with what killed or cancelled workers left in it (hidden temporary files
    and .scratch- folders)."""
    import shutil

    for leftover in folder.glob(".*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()
