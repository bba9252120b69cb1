"""DSM/DTM engine (no QGIS) on clouds whose rasters are known cell by cell."""

import laspy
import numpy as np
import pytest
from osgeo import gdal, osr

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.pointcloud.dsm import NODATA, point_cloud_raster
from digital_twin.plugin.pointcloud.synthetic import BUILDINGS, TILE_ORIGIN, ground_z, write_tile


def write_cloud(path, x, y, z, classification):
    header = laspy.LasHeader(point_format=1, version="1.2")
    header.scales, header.offsets = np.array([0.001, 0.001, 0.001]), np.zeros(3)
    las = laspy.LasData(header)
    las.x, las.y, las.z = np.asarray(x, float), np.asarray(y, float), np.asarray(z, float)
    las.classification = np.asarray(classification, np.uint8)
    las.write(path)
    return path


def read_raster(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return band.ReadAsArray(), dataset.GetGeoTransform(), dataset.GetProjection(), band.GetNoDataValue()


@pytest.fixture()
def known_cloud(tmp_path):
    """10 x 10 cells of 1 m: ground z = 10 + column at each cell centre, a 3 x 3 roof at 25 m over columns/rows
    3-5, a second ground point 2 m higher in cell (0, 0), a noise point at 500 m, and an empty cell (column 8,
    row 8 from the north)."""
    cols, rows = np.meshgrid(np.arange(10), np.arange(10))
    cols, rows = cols.ravel(), rows.ravel()
    keep = ~((cols == 8) & (rows == 1))  # y row 1 from the south = raster row 8 from the north
    x, y = cols[keep] + 0.5, rows[keep] + 0.5
    z, classes = 10.0 + cols[keep], np.full(keep.sum(), 2)
    roof = (cols >= 3) & (cols < 6) & (rows >= 3) & (rows < 6)
    x = np.concatenate([x, cols[roof] + 0.5, [0.5, 6.5]])
    y = np.concatenate([y, rows[roof] + 0.5, [9.5, 6.5]])
    z = np.concatenate([z, np.full(roof.sum(), 25.0), [12.0, 500.0]])
    classes = np.concatenate([classes, np.ones(roof.sum()), [2, 7]])
    # Cell (0, 0) from the north-west is x 0-1, y 9-10: ground 10 m and 12 m there.
    return write_cloud(tmp_path / "known.las", x, y, z, classes)


def test_dsm_is_the_highest_point_per_cell(known_cloud, tmp_path):
    result = point_cloud_raster(known_cloud, tmp_path / "dsm.tif", resolution=1.0, kind="dsm")
    raster, transform, projection, nodata = read_raster(result.path)

    assert raster.shape == (10, 10) and (result.width, result.height) == (10, 10)
    assert transform == (0.0, 1.0, 0.0, 10.0, 0.0, -1.0)
    assert nodata == NODATA
    srs = osr.SpatialReference(wkt=projection)
    srs.AutoIdentifyEPSG()
    assert srs.GetAuthorityCode(None) == "6677"  # no CRS in the file: the Tokyo default
    assert raster[0, 0] == pytest.approx(12.0)  # two ground points: the higher
    assert raster[9 - 4, 4] == pytest.approx(25.0)  # roof
    assert raster[9 - 6, 6] == pytest.approx(16.0)  # the noise point at 500 m is left out
    assert raster[9 - 0, 9] == pytest.approx(19.0)
    assert 17.0 < raster[8, 8] < 19.0  # the empty cell, interpolated from its neighbours 17 (west) to 19 (east)
    assert (result.cells_with_points, result.cells_filled) == (99, 1)


@pytest.mark.parametrize("statistic, corner", [("mean", 11.0), ("min", 10.0)])
def test_dtm_uses_ground_points_only(known_cloud, tmp_path, statistic, corner):
    result = point_cloud_raster(known_cloud, tmp_path / "dtm.tif", resolution=1.0, kind="dtm",
                                ground_statistic=statistic)
    raster, *_ = read_raster(result.path)
    assert raster[0, 0] == pytest.approx(corner)
    assert raster[9 - 4, 4] == pytest.approx(14.0)  # under the roof: the ground point, not the roof
    assert raster[9 - 6, 6] == pytest.approx(16.0)


def test_gaps_farther_than_the_fill_distance_stay_nodata(tmp_path):
    rows = np.arange(10) + 0.5
    x = np.concatenate([np.repeat(np.arange(10) + 0.5, 10), np.full(10, 40.5)])
    y = np.concatenate([np.tile(rows, 10), rows])
    cloud = write_cloud(tmp_path / "gap.las", x, y, np.full(len(x), 5.0), np.full(len(x), 2))
    result = point_cloud_raster(cloud, tmp_path / "gap.tif", resolution=1.0, max_fill_distance=5.0)
    raster, *_ = read_raster(result.path)
    assert raster.shape == (10, 41)
    assert np.all(raster[:, 10:14] == pytest.approx(5.0))  # within 5 m of the data: filled (flat: exactly 5)
    assert np.all(raster[:, 16:34] == NODATA)
    unfilled = point_cloud_raster(cloud, tmp_path / "nofill.tif", resolution=1.0, max_fill_distance=0)
    assert np.count_nonzero(read_raster(unfilled.path)[0] != NODATA) == 110


def test_synthetic_tile_roofs_and_ground(tmp_path):
    tile = write_tile(tmp_path / "tile.las", 150_000)
    dsm = point_cloud_raster(tile, tmp_path / "dsm.tif", resolution=2.0)
    dtm = point_cloud_raster(tile, tmp_path / "dtm.tif", resolution=2.0, kind="dtm", max_fill_distance=0)
    dsm_raster, transform, _, _ = read_raster(dsm.path)
    dtm_raster, *_ = read_raster(dtm.path)
    assert transform[0] == TILE_ORIGIN[0] and transform[3] == pytest.approx(TILE_ORIGIN[1] + 300, abs=2)

    def cell(x, y):  # tile coordinates of a cell centre -> raster row, column
        return int((transform[3] - (TILE_ORIGIN[1] + y)) // 2), int((TILE_ORIGIN[0] + x - transform[0]) // 2)

    x0, y0, x1, y1, height = BUILDINGS[1]
    row, col = cell(231, 131)
    # Highest point of a 2 m cell on a flat roof over a slope of 1 cm/m: the roof at the cell's east edge.
    assert dsm_raster[row, col] == pytest.approx(ground_z(232) + height, abs=0.03)
    row, col = cell(161, 251)
    assert dsm_raster[row, col] == pytest.approx(ground_z(162), abs=0.03)
    assert dtm_raster[row, col] == pytest.approx(ground_z(161), abs=0.03)  # mean of ground points ~ the centre
    row, col = cell(231, 131)
    assert dtm_raster[row, col] == NODATA  # no ground points under a roof, no filling asked


def test_bad_parameters_and_inputs_are_named(known_cloud, tmp_path):
    with pytest.raises(InputError, match="field 'RESOLUTION'"):
        point_cloud_raster(known_cloud, tmp_path / "a.tif", resolution=0)
    with pytest.raises(InputError, match="field 'KIND'"):
        point_cloud_raster(known_cloud, tmp_path / "a.tif", kind="chm")
    roofs_only = write_cloud(tmp_path / "roofs.las", [0.5, 1.5], [0.5, 0.5], [20, 21], [6, 6])
    with pytest.raises(InputError, match="holds no ground"):
        point_cloud_raster(roofs_only, tmp_path / "b.tif", kind="dtm")
    truncated = tmp_path / "truncated.las"
    truncated.write_bytes(known_cloud.read_bytes()[:-100])
    with pytest.raises(InputError, match="truncated"):
        point_cloud_raster(truncated, tmp_path / "c.tif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["known.las", "roofs.las", "truncated.las"]


def test_existing_raster_is_kept_unless_overwrite(known_cloud, tmp_path):
    target = tmp_path / "mine.tif"
    target.write_bytes(b"mine")
    with pytest.raises(InputError, match="exists already"):
        point_cloud_raster(known_cloud, target)
    assert target.read_bytes() == b"mine"
    point_cloud_raster(known_cloud, target, overwrite=True)
    assert read_raster(target)[0].shape == (10, 10)


def test_truncated_laz_is_named_not_a_lazrs_error(shared_fixtures, tmp_path):
    """A LAZ cut in its point data: decompression fails inside lazrs; the user gets the file and the point count."""
    data = (shared_fixtures / "pointcloud" / "simple.laz").read_bytes()
    truncated = tmp_path / "truncated.laz"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    message = r"truncated\.laz: the point data is broken or ends early, after point 0 \("
    with pytest.raises(InputError, match=message) as error:
        point_cloud_raster(truncated, tmp_path / "out" / "dsm.tif")
    assert not isinstance(error.value.__cause__, InputError)  # it came from the decoder
    assert not (tmp_path / "out").exists()
