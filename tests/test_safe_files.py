"""Files: safe extraction, one overwrite rule for every output, concurrent runs, interruption and file modes.

Every test that gives the plugin a user's file checks its sha256 before and after.
"""

import hashlib
import os
import struct
import threading
import zipfile
from pathlib import Path

import pytest

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.safe_io import atomic_output, extract_members, finalise, stat_or_none, temporary_folder


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree(folder):
    """Every path under folder, relative, so a test sees anything left behind."""
    return sorted(str(path.relative_to(folder)) for path in Path(folder).rglob("*"))


def make_zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def bomb(path, size_bytes=60 * 1024**2):
    """A zip whose one member inflates ~1000 times (60 MB of zeros in ~60 KB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("zeros.gml", "w") as member:
        chunk = bytes(1 << 20)
        for _ in range(size_bytes // len(chunk)):
            member.write(chunk)
    return path


# (signature, offset of the name length, offset of the name, offset of the flags, offset of the uncompressed size)
ZIP_HEADERS = [(b"PK\x03\x04", 26, 30, 6, 22), (b"PK\x01\x02", 28, 46, 8, 24)]
ENCRYPTED_FLAG = 0x1


def forge(path, member, declared_bytes=None, flags=None):
    """Rewrite the uncompressed size or the flags of ``member`` in both headers of the zip: a forged archive."""
    data = bytearray(Path(path).read_bytes())
    for signature, length_at, name_at, flags_at, size_at in ZIP_HEADERS:
        start = data.find(signature)
        while start >= 0:
            name_length = struct.unpack_from("<H", data, start + length_at)[0]
            if data[start + name_at:start + name_at + name_length] == member.encode():
                if declared_bytes is not None:
                    struct.pack_into("<I", data, start + size_at, declared_bytes)
                if flags is not None:
                    struct.pack_into("<H", data, start + flags_at, flags)
            start = data.find(signature, start + 4)
    Path(path).write_bytes(bytes(data))


# ----------------------------------------------------------------------------------------------- safe extraction

def test_extraction_writes_members_with_the_users_umask(tmp_path):
    archive = make_zip(tmp_path / "city.zip", {"udx/bldg/a.gml": "<a/>", "udx/bldg/b.gml": "<b/>", "README": "r"})
    previous = os.umask(0o027)
    try:
        written = extract_members(archive, ["udx/bldg/a.gml", "udx/bldg/b.gml", "README"], tmp_path / "city")
    finally:
        os.umask(previous)
    assert [path.read_text() for path in written] == ["<a/>", "<b/>", "r"]
    assert {oct(path.stat().st_mode & 0o777) for path in written} == {oct(0o640)}
    assert tree(tmp_path) == ["city", "city.zip", "city/README", "city/udx", "city/udx/bldg", "city/udx/bldg/a.gml",
                              "city/udx/bldg/b.gml"]  # no staging folder left


def test_a_zip_bomb_is_refused_from_its_central_directory(tmp_path):
    archive = bomb(tmp_path / "bomb.zip")
    before = sha256(archive)
    with pytest.raises(InputError, match=r"'zeros.gml' would inflate \d+ times .*refusing a zip bomb"):
        extract_members(archive, ["zeros.gml"], tmp_path / "out")
    assert tree(tmp_path) == ["bomb.zip"] and sha256(archive) == before


def test_a_lying_header_is_caught_while_inflating(tmp_path):
    archive = make_zip(tmp_path / "liar.zip", {"first.gml": "<ok/>", "big.gml": b"x" * 3_000_000})
    forge(archive, "big.gml", declared_bytes=1000)  # the directory says 1 kB: within every limit
    with pytest.raises(InputError, match="'big.gml'"):
        extract_members(archive, ["first.gml", "big.gml"], tmp_path / "out")
    assert tree(tmp_path) == ["liar.zip"]  # first.gml was inflated too, but never moved into place


def test_an_encrypted_member_is_refused_clearly(tmp_path):
    archive = make_zip(tmp_path / "locked.zip", {"a.gml": "<a/>", "b.gml": "<b/>"})
    forge(archive, "b.gml", flags=ENCRYPTED_FLAG)
    with pytest.raises(InputError, match="'b.gml' is damaged or forged .*encrypted"):
        extract_members(archive, ["a.gml", "b.gml"], tmp_path / "out")
    assert tree(tmp_path) == ["locked.zip"]


def test_repeated_names_extract_once(tmp_path):
    archive = make_zip(tmp_path / "twice.zip", {"a.gml": "old", "sub/../a.gml": "other"})
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(archive, "a") as appended:
        appended.writestr("a.gml", "new")
    names = zipfile.ZipFile(archive).namelist()
    assert names == ["a.gml", "sub/../a.gml", "a.gml"]
    written = extract_members(archive, names, tmp_path / "out")
    assert written == [tmp_path / "out" / "a.gml"] and written[0].read_text() == "new"


def test_total_size_and_member_count_limits(tmp_path):
    archive = make_zip(tmp_path / "many.zip", {f"m{index}.txt": "abc" * 100 for index in range(12)})
    names = [f"m{index}.txt" for index in range(12)]
    with pytest.raises(InputError, match="holds 12 members, more than the limit of 10"):
        extract_members(archive, names, tmp_path / "out", max_members=10)
    with pytest.raises(InputError, match="would unpack to 0 MB, more than the limit"):
        extract_members(archive, names, tmp_path / "out", max_total_bytes=3000)
    assert tree(tmp_path) == ["many.zip"]
    assert len(extract_members(archive, names, tmp_path / "out", max_members=12, max_total_bytes=3600)) == 12


def test_zip_slip_is_refused_before_anything_is_written(tmp_path):
    archive = make_zip(tmp_path / "evil.zip", {"ok.txt": "fine", "sub/../../escaped.txt": "gotcha"})
    with pytest.raises(InputError, match="would be written outside"):
        extract_members(archive, ["ok.txt", "sub/../../escaped.txt"], tmp_path / "out")
    assert tree(tmp_path) == ["evil.zip"]


def test_an_existing_file_in_the_target_folder_is_kept_unless_overwrite(tmp_path):
    archive = make_zip(tmp_path / "city.zip", {"a.gml": "new a", "mine.txt": "theirs"})
    (tmp_path / "city").mkdir()
    mine = tmp_path / "city" / "mine.txt"
    mine.write_text("precious")
    before = sha256(mine)
    with pytest.raises(InputError, match="mine.txt.*exists already"):
        extract_members(archive, ["a.gml", "mine.txt"], tmp_path / "city")
    assert sha256(mine) == before and tree(tmp_path / "city") == ["mine.txt"]  # a.gml was not written either
    extract_members(archive, ["a.gml", "mine.txt"], tmp_path / "city", overwrite=True)
    assert mine.read_text() == "theirs" and (tmp_path / "city" / "a.gml").read_text() == "new a"


def test_cancel_while_extracting_leaves_nothing(tmp_path):
    from digital_twin.plugin.errors import Cancelled
    from digital_twin.plugin.progress import Progress

    archive = make_zip(tmp_path / "city.zip", {f"udx/m{index}.gml": "<a/>" * 1000 for index in range(20)})
    steps = []
    progress = Progress(steps.append, lambda: len(steps) >= 5)
    with pytest.raises(Cancelled):
        extract_members(archive, [f"udx/m{index}.gml" for index in range(20)], tmp_path / "city", progress=progress)
    assert len(steps) == 5 and tree(tmp_path) == ["city.zip"]


# --------------------------------------------------------------------------------------- atomic outputs and modes

def test_finished_outputs_follow_the_umask(tmp_path):
    previous = os.umask(0o002)
    try:
        with atomic_output(tmp_path / "out.csv") as tmp:
            assert oct(tmp.stat().st_mode & 0o777) == oct(0o600)  # private while it is being written
            tmp.write_text("a,b\n")
    finally:
        os.umask(previous)
    assert oct((tmp_path / "out.csv").stat().st_mode & 0o777) == oct(0o664)


def test_two_runs_finishing_the_same_new_file_one_fails_clearly(tmp_path):
    """Both runs pass the exists-check before either finishes: the second to finish must fail, not replace."""
    target = tmp_path / "out.gpkg"
    both_started = threading.Barrier(2)
    outcomes = {}

    def run(label, delay_s):
        try:
            with atomic_output(target) as tmp:
                tmp.write_text(label)
                both_started.wait(timeout=10)
                threading.Event().wait(delay_s)
            outcomes[label] = "ok"
        except InputError as exc:
            outcomes[label] = str(exc)

    threads = [threading.Thread(target=run, args=("first", 0.0)), threading.Thread(target=run, args=("second", 0.3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert outcomes["first"] == "ok"
    assert "created or changed by another run" in outcomes["second"]
    assert target.read_text() == "first" and tree(tmp_path) == ["out.gpkg"]


def test_overwrite_replaces_only_the_file_found_at_the_start(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("the user's file, allowed to be replaced")
    with pytest.raises(InputError, match="created or changed by another run"), \
            atomic_output(target, overwrite=True) as tmp:
        tmp.write_text("this run")
        target.write_text("another run's result, written meanwhile")
    assert target.read_text() == "another run's result, written meanwhile" and tree(tmp_path) == ["out.csv"]
    with atomic_output(target, overwrite=True) as tmp:
        tmp.write_text("this run")
    assert target.read_text() == "this run"


def test_finalise_claims_a_name_exclusively(tmp_path):
    (tmp_path / "part").write_text("new")
    (tmp_path / "taken").write_text("old")
    with pytest.raises(InputError, match="another run"):
        finalise(tmp_path / "part", tmp_path / "taken", replaceable=None)
    assert (tmp_path / "taken").read_text() == "old"
    finalise(tmp_path / "part", tmp_path / "taken", replaceable=stat_or_none(tmp_path / "taken"))
    assert (tmp_path / "taken").read_text() == "new" and not (tmp_path / "part").exists()


def test_a_sample_district_finished_meanwhile_by_another_run_is_kept(tmp_path):
    from digital_twin.plugin.sample_district.generate import _swap_in

    work = tmp_path / ".district.part-1"
    work.mkdir(mode=0o700)
    (work / "SHA256SUMS").write_text("mine")
    other = tmp_path / "district"
    other.mkdir()
    (other / "SHA256SUMS").write_text("the other run's")
    with pytest.raises(InputError, match="created or changed by another run"):
        _swap_in(work, other, replaceable=False)  # the folder was empty when this run checked it
    assert (other / "SHA256SUMS").read_text() == "the other run's"
    previous = os.umask(0o022)
    try:
        _swap_in(work, tmp_path / "new_district", replaceable=False)
    finally:
        os.umask(previous)
    assert oct((tmp_path / "new_district").stat().st_mode & 0o777) == oct(0o755)  # not mkdtemp's 0700


def test_temporary_folders_of_killed_processes_are_swept(tmp_path):
    import subprocess
    import sys

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"digital_twin_citygml_{int(ended.stdout)}-abc123"
    (stale / "sub").mkdir(parents=True)
    (stale / "sub" / "city.zip").write_bytes(b"half a download")
    alive = tmp_path / f"digital_twin_citygml_{os.getpid()}-def456"
    alive.mkdir()
    other = tmp_path / "digital_twin_citygml_notes"
    other.mkdir()
    with temporary_folder("digital_twin_citygml_", tmp_path) as folder:
        assert folder.name.startswith(f"digital_twin_citygml_{os.getpid()}-")
        assert sorted(path.name for path in tmp_path.iterdir()) == sorted([alive.name, other.name, folder.name])
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([alive.name, other.name])


def test_without_hard_links_the_name_is_claimed_by_an_exclusive_create(tmp_path, monkeypatch):
    def no_links(source, destination):
        raise PermissionError(1, "Operation not permitted")  # FAT, exFAT, some network shares

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "part").write_text("new")
    finalise(tmp_path / "part", tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text() == "new" and tree(tmp_path) == ["out.csv"]
    (tmp_path / "part").write_text("second")
    with pytest.raises(InputError, match="another run"):
        finalise(tmp_path / "part", tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text() == "new"


def test_temporary_folder_is_removed_on_error(tmp_path):
    with pytest.raises(RuntimeError), temporary_folder("work-", tmp_path) as folder:
        (folder / "x").write_text("half")
        raise RuntimeError("stop")
    assert tree(tmp_path) == []


# ------------------------------------------------------------------------ Processing: every output, before any work

@pytest.fixture
def processing(digitaltwin_provider):
    import processing

    return processing


def flat_dsm(path, cells=20, relief_m=0.0):
    import numpy as np
    from test_flood_algorithms import crs_wkt

    from digital_twin.plugin.flood.rasters import Raster, write_raster

    heights = np.random.default_rng(7).random((cells, cells)) * relief_m + 5.0
    return str(write_raster(path, Raster(heights, (0.0, 1.0, 0.0, float(cells), 0.0, -1.0), crs_wkt())))


def secondary_cases(tmp_path):
    """(algorithm, parameters, the secondary output holding a user's file, the main output) per algorithm with
    secondary outputs."""
    from test_barrierfree_processing import DATA as BARRIERFREE_DATA
    from test_flood_algorithms import bowl_dem, exposure_inputs, sloped_dem, vector_layer

    buildings, hazard = exposure_inputs()
    seeds = vector_layer("Point", ["id:integer"], [("POINT(1021 2021)", [1])])
    gauges = vector_layer("Point", ["name:string"], [("POINT(197 77)", ["outlet"])])
    out = tmp_path / "out"
    return {
        "floodexposure": ({"BUILDINGS": buildings, "HAZARD": hazard, "OUTPUT": str(out / "exposure.gpkg"),
                           "SUMMARY": str(out / "summary.csv")}, "SUMMARY", "OUTPUT"),
        "floodinundation": ({"DEM": str(bowl_dem(tmp_path / "dem.tif")), "WATER_LEVEL": 2.0, "SEEDS": seeds,
                             "OUTPUT_DEPTH": str(out / "depth.tif"), "OUTPUT_AREAS": str(out / "areas.gpkg")},
                            "OUTPUT_AREAS", "OUTPUT_DEPTH"),
        "floodsimulation": ({"DEM": str(sloped_dem(tmp_path / "sloped.tif")), "DURATION": 5, "RAIN": 50,
                             "SERIES_POINTS": gauges, "OUTPUT_MAX_DEPTH": str(out / "max_depth.tif"),
                             "OUTPUT_MAX_VELOCITY": str(out / "velocity.tif"), "OUTPUT_ARRIVAL": "TEMPORARY_OUTPUT",
                             "OUTPUT_SERIES": str(out / "series.csv")}, "OUTPUT_SERIES", "OUTPUT_MAX_DEPTH"),
        "barrierfreeimport": ({"LINKS": str(BARRIERFREE_DATA / "ladder_2024_links.geojson"),
                               "NODES": str(BARRIERFREE_DATA / "ladder_2024_nodes.geojson"),
                               "OUTPUT": str(out / "network.gpkg"), "REPORT": str(out / "report.csv")},
                              "REPORT", "OUTPUT"),
        "solarirradiance": ({"INPUT": flat_dsm(tmp_path / "dsm.tif"), "RADIUS": 10.0,
                             "OUTPUT": str(out / "annual.tif"), "SKY_VIEW": str(out / "svf.tif")},
                            "SKY_VIEW", "OUTPUT"),
    }


@pytest.mark.parametrize("algorithm", ["floodexposure", "floodinundation", "floodsimulation", "barrierfreeimport",
                                       "solarirradiance"])
def test_a_secondary_output_is_kept_and_checked_before_any_work(processing, tmp_path, algorithm):
    from qgis.core import QgsProcessingException

    params, secondary, main = secondary_cases(tmp_path)[algorithm]
    users_file = Path(params[secondary])
    users_file.parent.mkdir()
    users_file.write_bytes(b"a user's file, not to be replaced")
    before = sha256(users_file)
    with pytest.raises(QgsProcessingException, match=f"{users_file}, field '{secondary}': the file exists already"):
        processing.run(f"digitaltwin:{algorithm}", params)
    assert sha256(users_file) == before
    assert tree(users_file.parent) == [users_file.name]  # the main output was not written first
    result = processing.run(f"digitaltwin:{algorithm}", dict(params, OVERWRITE=True))
    assert Path(result[main]).is_file() and sha256(users_file) != before
    assert not [name for name in tree(users_file.parent) if ".part" in name or name.startswith(".")]


def test_every_algorithm_checks_every_file_destination_first(digitaltwin_provider, tmp_path):
    """The rule over the whole provider: each algorithm's processAlgorithm starts with the check, each file
    destination refuses an existing file, and OVERWRITE (which every such algorithm offers) lets it through."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from digital_twin.processing_algorithms.base import FOLDER_DESTINATION, check_destinations

    users_file = tmp_path / "users_file.gpkg"
    users_file.write_bytes(b"a user's file")
    context = QgsProcessingContext()
    checked = []
    # the registry's provider, not the fixture's object: a test that unloads the plugin replaces it
    for algorithm in QgsApplication.processingRegistry().providerById("digitaltwin").algorithms():
        assert hasattr(type(algorithm).processAlgorithm, "__wrapped__"), algorithm.id()
        for definition in algorithm.destinationParameterDefinitions():
            if definition.type() == FOLDER_DESTINATION:
                continue
            with pytest.raises(InputError, match=f"field '{definition.name()}': the file exists already"):
                check_destinations(algorithm, {definition.name(): str(users_file)}, context)
            check_destinations(algorithm, {definition.name(): str(users_file), "OVERWRITE": True}, context)
            check_destinations(algorithm, {definition.name(): "TEMPORARY_OUTPUT"}, context)
            checked.append(f"{algorithm.name()}:{definition.name()}")
    assert sha256(users_file) == hashlib.sha256(b"a user's file").hexdigest()
    assert len(checked) >= 28 and "floodexposure:SUMMARY" in checked and "barrierfreeimport:REPORT" in checked


def test_a_failed_run_removes_the_sink_it_wrote_in_place(processing, tmp_path, monkeypatch):
    """floodexposure writes OUTPUT (a QGIS sink, in place), then fails writing SUMMARY (a full disk, say): OUTPUT
    must not stay behind as if the run had succeeded."""
    from qgis.core import QgsProcessingException

    from digital_twin.processing_algorithms.flood_exposure import FloodExposureAlgorithm

    def disk_full(*args):
        assert Path(params["OUTPUT"]).is_file()  # the main output is written by now
        raise QgsProcessingException("No space left on device")

    monkeypatch.setattr(FloodExposureAlgorithm, "_write_summary", disk_full)
    params, _, _ = secondary_cases(tmp_path)["floodexposure"]
    Path(params["OUTPUT"]).parent.mkdir()
    with pytest.raises(QgsProcessingException, match="No space left on device"):
        processing.run("digitaltwin:floodexposure", params)
    assert tree(Path(params["OUTPUT"]).parent) == []  # no half-run GeoPackage, no lock


def test_a_lock_of_a_live_run_refuses_and_a_stale_one_is_taken_over(processing, tmp_path):
    import socket
    import subprocess
    import sys

    from qgis.core import QgsProcessingException

    params, _, _ = secondary_cases(tmp_path)["floodexposure"]
    out = Path(params["OUTPUT"]).parent
    out.mkdir()
    lock = out / ".summary.csv.lock"
    lock.write_text(f"{socket.gethostname()} {os.getpid()}")  # a run in this very process, still going
    with pytest.raises(QgsProcessingException, match=rf"another run \(process {os.getpid()} on .*\.summary\.csv\.lock"):
        processing.run("digitaltwin:floodexposure", params)
    assert tree(out) == [".summary.csv.lock"]  # OUTPUT's lock was released, SUMMARY's (not ours) kept
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock.write_text(f"{socket.gethostname()} {int(ended.stdout)}")  # left by a process that was killed
    assert processing.run("digitaltwin:floodexposure", params)["EXPOSED_BUILDINGS"] == 2
    assert tree(out) == ["exposure.gpkg", "summary.csv"]


def test_an_output_that_cannot_be_written_is_named_before_any_work(processing, tmp_path):
    from qgis.core import QgsProcessingException

    params, _, _ = secondary_cases(tmp_path)["barrierfreeimport"]
    (tmp_path / "out").write_text("a file where the output folder should be")
    with pytest.raises(QgsProcessingException, match=r"out/network.gpkg: cannot write the output here"):
        processing.run("digitaltwin:barrierfreeimport", params)
    assert (tmp_path / "out").read_text() == "a file where the output folder should be"


def test_temporary_outputs_and_new_files_pass(processing, tmp_path):
    params, _, _ = secondary_cases(tmp_path)["floodexposure"]
    Path(params["OUTPUT"]).parent.mkdir()
    result = processing.run("digitaltwin:floodexposure", dict(params, SUMMARY="TEMPORARY_OUTPUT"))
    assert result["EXPOSED_BUILDINGS"] == 2 and Path(params["OUTPUT"]).is_file()


# ------------------------------------------------------------------------------- catalogdownload with EXTRACT

def test_extract_refuses_a_bomb_and_leaves_nothing(processing, httpserver, tmp_path):
    from qgis.core import QgsProcessingException

    payload = bomb(tmp_path / "payload.zip").read_bytes()
    httpserver.expect_request("/bomb.zip").respond_with_data(payload, content_type="application/zip")
    downloads = tmp_path / "downloads"
    with pytest.raises(QgsProcessingException, match="refusing a zip bomb"):
        processing.run("digitaltwin:catalogdownload", {"URL": httpserver.url_for("/bomb.zip"), "EXTRACT": True,
                                                       "OUTPUT": str(downloads / "bomb.zip")})
    assert tree(downloads) == []  # neither the zip nor a folder nor a part file


def test_extract_keeps_a_users_file_in_the_folder_and_an_existing_zip(processing, httpserver, tmp_path):
    from qgis.core import QgsProcessingException

    payload = make_zip(tmp_path / "payload.zip", {"udx/a.gml": "<a/>", "notes.txt": "theirs"}).read_bytes()
    httpserver.expect_request("/city.zip").respond_with_data(payload, content_type="application/zip")
    downloads = tmp_path / "downloads"
    (downloads / "city").mkdir(parents=True)
    notes = downloads / "city" / "notes.txt"
    notes.write_text("my notes")
    before = sha256(notes)
    params = {"URL": httpserver.url_for("/city.zip"), "EXTRACT": True, "OUTPUT": str(downloads / "city.zip")}
    with pytest.raises(QgsProcessingException, match="notes.txt: the file exists already"):
        processing.run("digitaltwin:catalogdownload", params)
    assert sha256(notes) == before and tree(downloads) == ["city", "city/notes.txt"]
    (downloads / "city.zip").write_bytes(b"the user's older zip")
    requests_before = len(httpserver.log)
    with pytest.raises(QgsProcessingException, match="city.zip, field 'OUTPUT': the file exists already"):
        processing.run("digitaltwin:catalogdownload", params)
    assert (downloads / "city.zip").read_bytes() == b"the user's older zip"
    assert len(httpserver.log) == requests_before  # refused before downloading anything
    result = processing.run("digitaltwin:catalogdownload", dict(params, OVERWRITE=True))
    assert notes.read_text() == "theirs" and (downloads / "city" / "udx" / "a.gml").read_text() == "<a/>"
    assert result["SHA256"] == hashlib.sha256(payload).hexdigest()


# ------------------------------------------------------------------------- qgis_process: interruption, concurrency

def start_qgis_process(algorithm, params, env):
    import headless

    return headless.start_algorithm(f"digitaltwin:{algorithm}", params, env)


def wait_for(condition, timeout_s, process=None):
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        if process is not None and process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def terminate(process, timeout_s=60):
    import signal

    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=timeout_s)
    return process.returncode, stdout + stderr


@pytest.mark.qgis_process
def test_sigterm_leaves_no_part_file(qgis_process_env, tmp_path):
    """solarirradiance on a 600 x 600 DSM (~1 minute) killed with SIGTERM once its .part.tif exists."""
    dsm = flat_dsm(tmp_path / "dsm.tif", cells=600, relief_m=30.0)
    out = tmp_path / "out"
    out.mkdir()
    process = start_qgis_process("solarirradiance", {"INPUT": dsm, "RADIUS": 200, "OUTPUT": out / "annual.tif",
                                                     "SKY_VIEW": out / "svf.tif"}, qgis_process_env)
    started = wait_for(lambda: len(list(out.glob(".annual.tif.*.part.tif"))) == 1, 120, process)
    code, output = terminate(process)
    assert started, output
    assert tree(out) == []  # no .part.tif of either output
    assert code != 0 and "Stopped by signal SIGTERM" in output


@pytest.mark.qgis_process
def test_sigterm_during_a_url_load_leaves_no_temp_folder(qgis_process_env, tmp_path):
    """loadcitygml from a server that trickles its zip (60 s for 60 kB): SIGTERM once the download has begun
    removes its /tmp/digital_twin_citygml_* folder."""
    import http.server
    import time

    class Trickle(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            self.send_response(200)
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            for _ in range(600):
                self.wfile.write(b"PK" * 50)
                self.wfile.flush()
                time.sleep(0.1)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(qgis_process_env, TMPDIR=str(temp))
    try:
        process = start_qgis_process("loadcitygml", {
            "INPUT": f"http://127.0.0.1:{server.server_port}/city.zip", "OUTPUT": tmp_path / "city.gpkg"}, env)
        started = wait_for(lambda: any(temp.glob("digital_twin_citygml_*/city.zip*")), 120, process)
        code, output = terminate(process)
    finally:
        server.shutdown()
    assert started, output
    assert not list(temp.glob("digital_twin_citygml_*")) and not (tmp_path / "city.gpkg").exists()
    assert code != 0 and "Stopped by signal SIGTERM" in output


def serve_in_thread(handler):
    import http.server

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.qgis_process
def test_a_second_run_on_the_same_output_fails_at_its_start(qgis_process_env, tmp_path):
    """Two qgis_process realtimesnapshot runs write one GeoPackage: the feed holds the first run's answer until the
    second run has ended, so their runs overlap; the second must fail clearly and the first must win, whole."""
    import http.server
    import json

    asked = threading.Event()
    release = threading.Event()

    class Feed(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            asked.set()
            release.wait(timeout=300)
            body = json.dumps({"type": "FeatureCollection", "features": [{
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [139.7, 35.6]},
                "properties": {"count": 1}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/geo+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = serve_in_thread(Feed)
    output = tmp_path / "snapshot.gpkg"
    params = {"FEED_URL": f"http://127.0.0.1:{server.server_port}/feed.geojson", "FEED_TYPE": 2, "TIMEOUT": 300,
              "OUTPUT": output}
    try:
        first = start_qgis_process("realtimesnapshot", params, qgis_process_env)
        assert wait_for(asked.is_set, 120, first), first.communicate()
        second = start_qgis_process("realtimesnapshot", params, qgis_process_env)
        second_output = second.communicate(timeout=120)  # without the lock it would wait for the feed
        release.set()
        first_output = first.communicate(timeout=300)
    finally:
        release.set()
        server.shutdown()
    assert second.returncode != 0 and first.returncode == 0, (first_output, second_output)
    assert "another run (process" in "".join(second_output) and "is writing this file" in "".join(second_output)
    from digital_twin.plugin.realtime import record

    assert [feature["properties"]["count"] for feature in record.read_recording(output)[0].features] == [1]
    assert tree(tmp_path) == ["snapshot.gpkg"]  # no lock and no part file left



def test_cancel_mid_run_leaves_no_part_file(processing, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    out = tmp_path / "out"
    out.mkdir()
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_once_writing(percent):
        seen.append(sorted(path.name for path in out.iterdir()))
        if percent > 10:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once_writing)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("digitaltwin:solarirradiance", {
            "INPUT": flat_dsm(tmp_path / "dsm.tif", cells=200, relief_m=20.0), "RADIUS": 50.0,
            "OUTPUT": str(out / "annual.tif"), "SLOPE": str(out / "slope.tif")}, feedback=feedback)
    assert any(len([name for name in names if ".part.tif" in name]) == 2 for names in seen)  # were writing
    assert tree(out) == []


def test_point_cloud_tiles_are_all_checked_before_the_first_is_converted(shared_fixtures, tmp_path):
    import shutil

    from digital_twin.plugin.pointcloud.copc import convert_point_clouds
    from digital_twin.plugin.progress import Progress

    tiles = tmp_path / "tiles"
    tiles.mkdir()
    for name in ("a.las", "b.las"):
        shutil.copyfile(shared_fixtures / "pointcloud" / "simple.las", tiles / name)
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.copc.laz").write_bytes(b"a user's tile")
    before = sha256(out / "b.copc.laz")
    converting = []
    with pytest.raises(InputError, match="b.copc.laz: the file exists already"):
        convert_point_clouds(tiles, out / "city.vpc", progress=Progress(log=converting.append))
    assert converting == []  # refused before a.las was converted, not after
    assert tree(out) == ["b.copc.laz"] and sha256(out / "b.copc.laz") == before


def test_the_sigterm_handler_is_never_installed_in_qgis_desktop(qgis_app, monkeypatch):
    import signal

    from digital_twin.processing_algorithms import base

    class Desktop:
        @staticmethod
        def platform():
            return "desktop"

    previous = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(base, "_installed", [])
    monkeypatch.setattr(base, "QgsApplication", Desktop)
    base.install_termination_handler()
    assert signal.getsignal(signal.SIGTERM) is previous and base._installed == []
    monkeypatch.undo()
    monkeypatch.setattr(base, "_installed", [])
    try:
        base.install_termination_handler()  # pytest-qgis's QgsApplication: plain Python, headless
        assert signal.getsignal(signal.SIGTERM) is base._on_terminate
    finally:
        signal.signal(signal.SIGTERM, previous)
