"""Inundation from a water level and depression filling, on synthetic DEMs whose answers are known exactly."""

import heapq

import numpy as np
import pytest

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.flood.inundation import depth_classes, fill_depressions, inundate
from digital_twin.plugin.flood.rasters import Raster, polygonize, rasterize, read_raster, write_raster


def bowl(size=21):
    rows, cols = np.mgrid[0:size, 0:size]
    centre = size // 2
    return 0.05 * ((rows - centre) ** 2 + (cols - centre) ** 2)  # 0 at the centre, 5 m at the edge midpoints


def test_bowl_floods_every_cell_below_the_level_with_exact_depths():
    dem = bowl()
    seeds = np.zeros(dem.shape, bool)
    seeds[10, 10] = True
    result = inundate(dem, 2.0, seeds, cell_area=4.0)
    expected = np.where(dem < 2.0, 2.0 - dem, 0.0)
    assert np.array_equal(result.depth, expected)
    assert result.flooded_cells == int((dem < 2.0).sum())
    assert result.max_depth == 2.0
    assert result.volume == pytest.approx(expected.sum() * 4.0)


def ridge_valley():
    """Two valleys (floors at 0 m and 1 m, sides sloping 0.5 m per cell) separated by a straight ridge at 5 m."""
    cols = np.arange(30)
    profile = np.where(cols < 15, np.abs(cols - 7) * 0.5, 1.0 + np.abs(cols - 22) * 0.5)
    profile[14:16] = 5.0
    return np.tile(profile, (10, 1))


def test_ridge_keeps_the_other_valley_dry():
    dem = ridge_valley()
    seeds = np.zeros(dem.shape, bool)
    seeds[5, 7] = True  # the river in the left valley
    result = inundate(dem, 3.0, seeds)
    left = dem[:, :14] < 3.0
    assert np.array_equal(result.depth[:, :14] > 0, left)
    assert np.all(result.depth[:, 14:] == 0)  # ridge and right valley dry, though its floor (1 m) is below 3 m
    assert result.depth[5, 7] == 3.0
    over = inundate(dem, 6.0, seeds)  # above the ridge: both valleys and the ridge flood
    assert over.depth[5, 22] == 5.0 and over.depth[5, 14] == 1.0


def test_diagonal_gap_connects_only_with_8_connectivity():
    dem = np.full((5, 5), 10.0)
    dem[1, 1] = dem[2, 2] = dem[3, 3] = 0.0  # low cells touching only at corners
    seeds = np.zeros(dem.shape, bool)
    seeds[1, 1] = True
    assert inundate(dem, 1.0, seeds, connectivity=4).flooded_cells == 1
    assert inundate(dem, 1.0, seeds, connectivity=8).flooded_cells == 3


def test_ponding_fills_a_closed_hollow_to_its_spill_level():
    dem = np.full((7, 7), 4.0)
    dem[1:6, 1:6] = 3.0  # a rim at 3 m ...
    dem[2:5, 2:5] = 1.0  # ... around a hollow at 1 m
    dem[0, 3] = 2.0  # the outer ring is 4 m; the hollow spills over the rim (3 m) onto the grid edge
    seeds = np.zeros(dem.shape, bool)
    seeds[0, 3] = True
    dry = inundate(dem, 2.5, seeds)
    assert dry.flooded_cells == 1  # only the seed cell: the hollow is not connected
    ponded = inundate(dem, 2.5, seeds, pond_depressions=True)
    assert np.all(ponded.depth[2:5, 2:5] == 2.0)  # filled to the rim at 3 m


def minimax_fill_reference(dem):
    """The filled surface by definition: the lowest possible 'highest point' on a path (8-connected) to the edge."""
    rows, cols = dem.shape
    filled = np.full(dem.shape, np.inf)
    heap = []
    for r in range(rows):
        for c in range(cols):
            if r in (0, rows - 1) or c in (0, cols - 1):
                filled[r, c] = dem[r, c]
                heapq.heappush(heap, (dem[r, c], r, c))
    done = np.zeros(dem.shape, bool)
    while heap:
        level, r, c = heapq.heappop(heap)
        if done[r, c]:
            continue
        done[r, c] = True
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and not done[nr, nc]:
                    candidate = max(level, dem[nr, nc])
                    if candidate < filled[nr, nc]:
                        filled[nr, nc] = candidate
                        heapq.heappush(heap, (candidate, nr, nc))
    return filled


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fill_matches_the_minimax_definition_is_idempotent_and_leaves_no_pits(seed):
    dem = np.round(np.random.default_rng(seed).uniform(0, 10, (25, 30)), 2)
    filled = fill_depressions(dem)
    assert np.array_equal(filled, minimax_fill_reference(dem))
    assert np.array_equal(fill_depressions(filled), filled)
    assert np.all(filled >= dem)
    interior = filled[1:-1, 1:-1]
    neighbours = [filled[1 + dr:filled.shape[0] - 1 + dr, 1 + dc:filled.shape[1] - 1 + dc]
                  for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    assert np.all(np.min(neighbours, axis=0) <= interior)  # every interior cell can drain somewhere


def test_fill_drains_into_no_data():
    dem = np.full((5, 5), 5.0)
    dem[2, 2] = 1.0
    dem[2, 3] = np.nan  # a hole in the DEM next to the pit: water leaves there
    filled = fill_depressions(dem)
    assert filled[2, 2] == 1.0 and np.isnan(filled[2, 3])


def test_depth_classes_follow_the_gsi_legend():
    assert list(depth_classes([0.0, 0.3, 0.5, 2.9, 3.0, 7.0, 15.0, 25.0, np.nan])) == [0, 1, 2, 2, 3, 4, 5, 6, 0]


def test_bad_seeds_are_reported():
    with pytest.raises(InputError, match="no seed"):
        inundate(bowl(), 2.0, np.zeros((21, 21), bool))
    with pytest.raises(InputError, match="connectivity"):
        inundate(bowl(), 2.0, np.ones((21, 21), bool), connectivity=6)


def test_geotiff_round_trip_polygonize_and_rasterize(tmp_path):
    from shapely import box, from_wkb

    grid = Raster(bowl(), (1000.0, 2.0, 0.0, 5000.0, 0.0, -2.0), "")
    grid.values[0, 0] = np.nan
    path = write_raster(tmp_path / "dem.tif", grid)
    back = read_raster(path)
    assert np.allclose(back.values, grid.values, equal_nan=True) and back.geotransform == grid.geotransform
    with pytest.raises(InputError, match="exists"):
        write_raster(path, grid)  # never overwrites without being told
    assert back.cell_of(1001.0, 4999.0) == (0, 0) and back.cell_of(0.0, 0.0) is None
    classes = np.zeros((21, 21), int)
    classes[5:10, 5:10] = 2
    (value, wkb), = polygonize(classes, back)
    assert value == 2 and from_wkb(wkb).area == pytest.approx(25 * 4.0)
    mask = rasterize([box(1010.0, 4980.0, 1020.0, 4990.0).wkb], back)
    assert mask.sum() == 25 and mask[5:10, 5:10].all()
    with pytest.raises(InputError, match="cannot open"):
        read_raster(tmp_path / "missing.tif")


def test_tin_rasterised_on_its_planes_and_nan_outside():
    from digital_twin.plugin.flood.rasters import tin_to_raster

    def plane(x, y):
        return 3.0 + 0.5 * x - 0.25 * y

    corners = [(0, 0), (10, 0), (10, 10), (0, 10), (20, 0), (20, 10)]
    faces = [(0, 1, 2), (0, 2, 3), (1, 4, 5)]  # two squares' worth, the second only half covered
    triangles = [[(*corners[i], plane(*corners[i])) for i in face] for face in faces]
    grid = tin_to_raster(triangles, 1.0)
    assert grid.shape == (10, 20) and grid.geotransform == (0.0, 1.0, 0.0, 10.0, 0.0, -1.0)
    rows, cols = np.mgrid[0:10, 0:20]
    x, y = cols + 0.5, 10 - (rows + 0.5)
    covered = (x <= 10) | (y <= x - 10)  # the lower-right half of the second square
    assert np.allclose(grid.values[covered], plane(x, y)[covered])
    assert np.isnan(grid.values[~covered]).all()
    with pytest.raises(InputError, match="no triangles"):
        tin_to_raster([], 1.0)


def test_an_all_nodata_dem_is_an_error_not_an_empty_flood():
    """A DEM without values used to give 0 m² flooded, as if the water stayed in the river."""
    dem = np.full((5, 5), np.nan)
    seeds = np.zeros((5, 5), dtype=bool)
    seeds[2, 2] = True
    with pytest.raises(InputError, match="the DEM has no data cells"):
        inundate(dem, 10.0, seeds)
