"""LAS/LAZ -> COPC engine (no QGIS): attributes kept exactly, a valid octree, CRS rules, bad input refused cleanly."""

import struct
import zipfile
from pathlib import Path

import laspy
import numpy as np
import pyproj
import pytest

from digital_twin.plugin.errors import Cancelled, InputError
from digital_twin.plugin.pointcloud import copc
from digital_twin.plugin.pointcloud.copc import convert_point_clouds, convert_to_copc
from digital_twin.plugin.pointcloud.synthetic import write_tile
from digital_twin.plugin.progress import Progress

ATTRIBUTES = ["X", "Y", "Z", "intensity", "return_number", "number_of_returns", "scan_direction_flag",
              "edge_of_flight_line", "classification", "synthetic", "key_point", "withheld", "user_data",
              "point_source_id", "gps_time"]
RGB = ["red", "green", "blue"]


def sorted_points(las):
    """The points in a fixed order (octree conversion reorders them)."""
    order = np.lexsort((las.gps_time, las.Z, las.Y, las.X))
    return {name: np.asarray(las[name])[order] for name in ATTRIBUTES + RGB if name in las.point_format.dimension_names}


def assert_same_points(source_path, copc_path):
    source, converted = laspy.read(source_path), laspy.read(copc_path)
    assert converted.header.point_count == source.header.point_count
    expected, actual = sorted_points(source), sorted_points(converted)
    for name, values in expected.items():
        np.testing.assert_array_equal(actual[name], values, err_msg=name)
    np.testing.assert_array_equal(np.sort(converted.scan_angle),
                                  np.sort(np.round(source.scan_angle_rank / 0.006).astype(np.int16)))
    return source, converted


def leftovers(folder):
    """Hidden temporary files (spool folders, partial outputs) left in folder."""
    return sorted(p.name for p in Path(folder).iterdir() if p.name.startswith("."))


def nothing_in(folder):
    return not Path(folder).exists() or not any(Path(folder).iterdir())


@pytest.mark.parametrize("name", ["simple.las", "simple.laz"])
def test_fixture_converts_with_every_attribute_exact(shared_fixtures, tmp_path, name):
    source_path = shared_fixtures / "pointcloud" / name
    result = convert_to_copc(source_path, tmp_path / "simple.copc.laz")

    assert result.point_count == 1065
    assert result.point_format == 7  # format 3 (RGB + GPS time) -> its LAS 1.4 twin
    source, converted = assert_same_points(source_path, result.path)
    np.testing.assert_allclose(converted.header.mins, source.header.mins, atol=1e-9)
    np.testing.assert_allclose(converted.header.maxs, source.header.maxs, atol=1e-9)
    assert converted.header.version == "1.4"
    assert leftovers(tmp_path) == []


def test_las14_input_and_extra_bytes_are_kept(shared_fixtures, tmp_path):
    """A COPC/LAS 1.4 input (format 7: records copied as they are) and an extra-bytes dimension."""
    again = convert_to_copc(shared_fixtures / "pointcloud" / "simple.copc.laz", tmp_path / "again.copc.laz")
    source = laspy.read(shared_fixtures / "pointcloud" / "simple.copc.laz")
    assert again.point_count == source.header.point_count
    np.testing.assert_array_equal(np.sort(laspy.read(again.path).points.array, order=["gps_time", "X", "Y", "Z"]),
                                  np.sort(source.points.array, order=["gps_time", "X", "Y", "Z"]))

    las = laspy.read(shared_fixtures / "pointcloud" / "simple.las")
    las.add_extra_dim(laspy.ExtraBytesParams(name="height_above_ground", type=np.float32))
    las.height_above_ground = (las.z - las.z.min()).astype(np.float32)
    las.write(tmp_path / "extra.las")
    converted = laspy.read(convert_to_copc(tmp_path / "extra.las", tmp_path / "extra.copc.laz").path)
    assert list(converted.point_format.extra_dimension_names) == ["height_above_ground"]
    order = np.lexsort((las.gps_time, las.X))
    converted_order = np.lexsort((converted.gps_time, converted.X))
    np.testing.assert_array_equal(np.asarray(converted.height_above_ground)[converted_order],
                                  np.asarray(las.height_above_ground)[order])


def test_copc_reader_sees_the_same_points_in_any_box(shared_fixtures, tmp_path):
    """laspy's COPC reader walks our hierarchy: every box query returns exactly the source points inside it."""
    result = convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", tmp_path / "s.copc.laz")
    source = laspy.read(shared_fixtures / "pointcloud" / "simple.las")
    with laspy.CopcReader.open(result.path) as reader:
        assert len(reader.query()) == 1065
        box = laspy.copc.Bounds(mins=np.array([636000.0, 850000.0]), maxs=np.array([637500.0, 852000.0]))
        inside = ((source.x >= 636000) & (source.x < 637500) & (source.y >= 850000) & (source.y < 852000)).sum()
        assert len(reader.query(bounds=box)) == inside > 0


def test_multi_level_octree_over_spooled_buckets(tmp_path, monkeypatch):
    """Small limits force bucket spooling, shared upper nodes and several octree levels on 60,000 points."""
    monkeypatch.setattr(copc, "BUCKET_POINTS", 5_000)
    monkeypatch.setattr(copc, "MAX_LEAF_POINTS", 2_000)
    monkeypatch.setattr(copc, "READ_CHUNK_POINTS", 7_000)
    monkeypatch.setattr(copc, "GRID_BITS", 4)  # 16 voxels per node side
    tile = write_tile(tmp_path / "tile.las", 60_000)
    result = convert_to_copc(tile, tmp_path / "tile.copc.laz")

    assert result.node_count > 20
    source, converted = assert_same_points(tile, result.path)
    with laspy.CopcReader.open(result.path) as reader:
        assert reader.copc_info.spacing == pytest.approx(2 * reader.copc_info.halfsize / 16)
        assert len(reader.query()) == 60_000
        for x0, y0, x1, y1 in [(-7990, -37490, -7900, -37300), (-7700, -37400, -7601, -37201)]:
            box = laspy.copc.Bounds(mins=np.array([x0, y0]), maxs=np.array([x1, y1]))
            inside = ((source.x >= x0) & (source.x < x1) & (source.y >= y0) & (source.y < y1)).sum()
            assert len(reader.query(bounds=box)) == inside
        coarse = reader.query(level=0)
        assert 0 < len(coarse) < 60_000  # the root holds a thinned overview
    assert converted.header.parse_crs().to_epsg(min_confidence=20) == 6677


def test_read_chunking_does_not_change_the_copc(tmp_path, monkeypatch):
    """The octree depends on the points only: any read chunk size (chunks spanning many buckets, or one) gives the
    same bytes, apart from the creation date in the header."""
    monkeypatch.setattr(copc, "BUCKET_POINTS", 5_000)
    monkeypatch.setattr(copc, "MAX_LEAF_POINTS", 2_000)
    monkeypatch.setattr(copc, "GRID_BITS", 4)
    tile = write_tile(tmp_path / "tile.las", 30_000)
    outputs = []
    for chunk_points in (30_000, 4_000, 500):
        monkeypatch.setattr(copc, "READ_CHUNK_POINTS", chunk_points)
        data = bytearray(convert_to_copc(tile, tmp_path / f"{chunk_points}.copc.laz").path.read_bytes())
        data[90:94] = b"\0" * 4  # creation day of year and year
        outputs.append(bytes(data))
    assert outputs[0] == outputs[1] == outputs[2]
    assert laspy.open(tmp_path / "500.copc.laz").header.point_count == 30_000


def test_legacy_flags_are_repacked_exactly(tmp_path):
    """Format 1: 3-bit returns, class flags in the class byte, scan angle rank -> the 1.4 layout."""
    header = laspy.LasHeader(point_format=1, version="1.2")
    header.scales, header.offsets = np.array([0.01, 0.01, 0.01]), np.zeros(3)
    las = laspy.LasData(header)
    n = 8
    las.x, las.y, las.z = np.arange(n, dtype=float), np.arange(n, dtype=float), np.zeros(n)
    las.return_number = np.array([1, 2, 3, 4, 5, 6, 7, 1], np.uint8)
    las.number_of_returns = np.array([7, 7, 7, 7, 7, 7, 7, 1], np.uint8)
    las.scan_direction_flag = np.array([0, 1] * 4, np.uint8)
    las.edge_of_flight_line = np.array([1, 0] * 4, np.uint8)
    las.classification = np.array([1, 2, 3, 6, 9, 17, 31, 2], np.uint8)
    las.synthetic = np.array([1, 0, 0, 1, 0, 0, 1, 0], np.uint8)
    las.key_point = np.array([0, 1, 0, 1, 0, 1, 0, 0], np.uint8)
    las.withheld = np.array([0, 0, 1, 1, 0, 0, 0, 1], np.uint8)
    las.scan_angle_rank = np.array([-90, -15, 0, 3, 12, 45, 90, 1], np.int8)
    las.gps_time = np.arange(n) + 0.5
    las.write(tmp_path / "legacy.las")

    result = convert_to_copc(tmp_path / "legacy.las", tmp_path / "legacy.copc.laz")

    assert result.point_format == 6
    assert_same_points(tmp_path / "legacy.las", result.path)
    converted = laspy.read(result.path)
    assert sorted(np.round(converted.scan_angle * 0.006).astype(int)) == [-90, -15, 0, 1, 3, 12, 45, 90]


def test_crs_from_file_wins_else_user_choice_else_6677(shared_fixtures, tmp_path):
    simple = shared_fixtures / "pointcloud" / "simple.las"
    default = convert_to_copc(simple, tmp_path / "default.copc.laz")
    chosen = convert_to_copc(simple, tmp_path / "chosen.copc.laz", crs="EPSG:6676")
    assert (default.crs_source, chosen.crs_source) == ("default", "user")
    assert pyproj.CRS(default.crs_wkt).to_epsg() == 6677
    assert laspy.read(chosen.path).header.parse_crs().to_epsg(min_confidence=20) == 6676

    with_crs = laspy.read(simple)
    with_crs.header.add_crs(pyproj.CRS.from_epsg(6669))
    with_crs.write(tmp_path / "with_crs.las")
    from_file = convert_to_copc(tmp_path / "with_crs.las", tmp_path / "from_file.copc.laz", crs="EPSG:6677")
    assert from_file.crs_source == "file"
    assert laspy.read(from_file.path).header.parse_crs().to_epsg(min_confidence=20) == 6669


def test_unknown_user_crs_is_named(shared_fixtures, tmp_path):
    with pytest.raises(InputError, match="unknown CRS 'EPSG:99999999'"):
        convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", tmp_path / "x.copc.laz", crs="EPSG:99999999")


def _point_count_field(path, count):
    """Rewrite the legacy point count of a LAS 1.2 header (offset 107)."""
    data = bytearray(path.read_bytes())
    data[107:111] = struct.pack("<I", count)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("case, message", [
    ("truncated", "announces 1,065 points but only 532 complete points are present: the file is truncated"),
    ("count_too_high", "announces 2,000 points but only 1,065 complete points are present"),
    ("count_too_low", "announces 1,000 points but the file holds 1,065"),
])
def test_bad_las_is_refused_and_leaves_nothing(shared_fixtures, tmp_path, case, message):
    bad = tmp_path / "in" / "bad.las"
    bad.parent.mkdir()
    data = (shared_fixtures / "pointcloud" / "simple.las").read_bytes()
    header = laspy.open(shared_fixtures / "pointcloud" / "simple.las").header
    if case == "truncated":
        bad.write_bytes(data[: header.offset_to_point_data + 532 * 34 + 10])
    else:
        bad.write_bytes(data)
        _point_count_field(bad, 2000 if case == "count_too_high" else 1000)
    out = tmp_path / "out"
    with pytest.raises(InputError, match=message) as error:
        convert_to_copc(bad, out / "bad.copc.laz")
    assert str(bad) in str(error.value)
    assert nothing_in(out)


def test_laz_with_broken_chunk_is_refused(shared_fixtures, tmp_path):
    data = bytearray((shared_fixtures / "pointcloud" / "simple.laz").read_bytes())
    start = laspy.open(shared_fixtures / "pointcloud" / "simple.laz").header.offset_to_point_data + 200
    data[start:start + 4000] = bytes(b ^ 0x5A for b in data[start:start + 4000])
    bad = tmp_path / "broken.laz"
    bad.write_bytes(bytes(data))
    with pytest.raises(InputError, match="broken.laz") as error:
        convert_to_copc(bad, tmp_path / "out" / "broken.copc.laz")
    assert "broken" in str(error.value) or "outside the bounds" in str(error.value)
    assert nothing_in(tmp_path / "out")


def test_laz_header_count_is_checked_against_the_chunk_table(shared_fixtures, tmp_path):
    """Variable-size chunks (COPC/LAS 1.4 input) list their point counts: a lying header is caught exactly."""
    data = bytearray((shared_fixtures / "pointcloud" / "simple.copc.laz").read_bytes())
    data[247:255] = struct.pack("<Q", 1000)  # LAS 1.4 number of point records
    lying = tmp_path / "lying.copc.laz"
    lying.write_bytes(bytes(data))
    with pytest.raises(InputError, match="announces 1,000 points but the LAZ chunk table lists 1,065"):
        convert_to_copc(lying, tmp_path / "out" / "x.copc.laz")
    assert nothing_in(tmp_path / "out")

    data = bytearray((shared_fixtures / "pointcloud" / "simple.laz").read_bytes())
    data[107:111] = struct.pack("<I", 2000)  # more points than the compressed data holds
    (tmp_path / "more.laz").write_bytes(bytes(data))
    with pytest.raises(InputError, match="more.laz: the point data is broken"):
        convert_to_copc(tmp_path / "more.laz", tmp_path / "out" / "y.copc.laz")
    assert nothing_in(tmp_path / "out")


def test_zip_without_las_is_refused(tmp_path):
    archive = tmp_path / "09LD2626.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("readme.txt", "no points here")
    with pytest.raises(InputError, match="the zip holds no .las or .laz file"):
        convert_point_clouds(archive, tmp_path / "out" / "x.copc.laz")
    assert nothing_in(tmp_path / "out")


def test_zip_holding_a_tile_converts(shared_fixtures, tmp_path):
    archive = tmp_path / "09LD2626.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(shared_fixtures / "pointcloud" / "simple.las", "09LD2626/09LD2626.las")
    output, results = convert_point_clouds(archive, tmp_path / "09LD2626.laz")
    assert output.name == "09LD2626.copc.laz"  # the ending QGIS's copc provider recognises
    assert [r.point_count for r in results] == [1065]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["09LD2626.copc.laz", "09LD2626.zip"]


def test_folder_becomes_copc_tiles_and_a_vpc(shared_fixtures, tmp_path):
    folder = tmp_path / "tiles"
    folder.mkdir()
    for name in ("simple.las", "simple.laz"):
        (folder / name.replace("simple", "tile_" + name[-1])).write_bytes((shared_fixtures / "pointcloud" / name)
                                                                           .read_bytes())
    with pytest.raises(InputError, match="2 point clouds found; choose a .vpc output"):
        convert_point_clouds(folder, tmp_path / "out" / "all.copc.laz")

    output, results = convert_point_clouds(folder, tmp_path / "out" / "all.vpc")
    assert sorted(p.name for p in output.parent.iterdir()) == ["all.vpc", "tile_s.copc.laz", "tile_z.copc.laz"]
    import json

    items = json.loads(output.read_text())["features"]
    assert [item["properties"]["pc:count"] for item in items] == [1065, 1065]
    assert {item["assets"]["data"]["href"] for item in items} == {"./tile_s.copc.laz", "./tile_z.copc.laz"}
    assert items[0]["properties"]["proj:bbox"] == pytest.approx([635619.85, 848899.7, 406.59, 638982.55, 853535.43,
                                                                 586.38])


def test_failing_tile_removes_the_tiles_already_written(shared_fixtures, tmp_path):
    folder = tmp_path / "tiles"
    folder.mkdir()
    (folder / "a.las").write_bytes((shared_fixtures / "pointcloud" / "simple.las").read_bytes())
    (folder / "b.las").write_bytes((shared_fixtures / "pointcloud" / "simple.las").read_bytes()[:5000])
    with pytest.raises(InputError, match="b.las"):
        convert_point_clouds(folder, tmp_path / "out" / "all.vpc")
    assert nothing_in(tmp_path / "out")


def test_existing_output_is_kept_unless_overwrite(shared_fixtures, tmp_path):
    target = tmp_path / "mine.copc.laz"
    target.write_bytes(b"my own file")
    with pytest.raises(InputError, match="exists already"):
        convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", target)
    assert target.read_bytes() == b"my own file"
    convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", target, overwrite=True)
    assert laspy.open(target).header.point_count == 1065


def test_cancel_leaves_no_output(shared_fixtures, tmp_path):
    calls = []

    def cancel_after_first_step():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", tmp_path / "c.copc.laz",
                        progress=Progress(is_cancelled=cancel_after_first_step))
    assert nothing_in(tmp_path)
