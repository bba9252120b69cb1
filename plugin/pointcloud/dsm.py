"""DSM and DTM GeoTIFFs from a point cloud (LAS, LAZ or COPC), read in chunks.

DSM: the highest point of each cell (noise classes 7 and 18 left out). DTM: the mean (or lowest) ground point
(class 2) of each cell. Cells without points are filled by GDAL's FillNodata (inverse distance weighting from the
edges of the hole) up to a maximum distance; farther cells stay nodata. The grid is aligned on multiples of the
resolution, so rasters of neighbouring tiles line up. These rasters feed the solar and flood analyses.
"""

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..dependencies import require
from ..errors import InputError, Words
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from .sources import open_point_cloud, point_cloud_crs, read_chunks, resolve_crs

KINDS = ("dsm", "dtm")
GROUND_STATISTICS = ("mean", "min")
NOISE_CLASSES = (7, 18)
GROUND_CLASS = 2
NODATA = -9999.0
READ_CHUNK_POINTS = 1_000_000


@dataclass
class RasterResult:
    path: Path
    width: int
    height: int
    origin: tuple  # (x of the west edge, y of the north edge)
    resolution: float
    points_used: int
    cells_with_points: int
    cells_filled: int
    crs_wkt: str


@dataclass
class Grid:
    west: float
    north: float
    resolution: float
    width: int
    height: int

    @classmethod
    def covering(cls, mins, maxs, resolution):
        west = math.floor(mins[0] / resolution) * resolution
        north = math.ceil(maxs[1] / resolution) * resolution
        width = int(math.floor((maxs[0] - west) / resolution)) + 1
        height = int(math.floor((north - mins[1]) / resolution)) + 1
        return cls(west, north, resolution, width, height)

    def cell_index(self, x, y):
        """Flat cell index of each point (row-major from the north-west corner), -1 outside the grid."""
        col = np.floor((x - self.west) / self.resolution).astype(np.int64)
        row = np.floor((self.north - y) / self.resolution).astype(np.int64)
        inside = (col >= 0) & (col < self.width) & (row >= 0) & (row < self.height)
        return np.where(inside, row * self.width + col, -1)


def point_cloud_raster(source, output, resolution=1.0, kind="dsm", ground_statistic="mean", max_fill_distance=20.0,
                       crs=None, overwrite=False, progress=NO_PROGRESS):
    """Write a DSM or DTM GeoTIFF of ``source`` at ``resolution`` metres; return a RasterResult."""
    if kind not in KINDS:
        raise InputError("unknown kind '{kind}'; choose one of {kinds}", field="KIND", kind=kind,
                         kinds=', '.join(KINDS))
    if ground_statistic not in GROUND_STATISTICS:
        raise InputError("unknown ground statistic '{ground_statistic}'", field="GROUND_STATISTIC",
                         ground_statistic=ground_statistic)
    if not resolution > 0:
        raise InputError("the resolution must be a positive number of metres", field="RESOLUTION")
    source, output = Path(source), Path(output)
    with open_point_cloud(source) as reader:
        header = reader.header
        crs_obj, _ = resolve_crs(point_cloud_crs(header, source), crs)
        grid = Grid.covering(header.mins, header.maxs, resolution)
        if grid.width * grid.height > 200_000_000:
            raise InputError("a {width} x {height} grid is too large; choose a coarser resolution",
                             field="RESOLUTION", width=grid.width, height=grid.height)
        values, used = _accumulate(reader, source, grid, kind, ground_statistic, progress.sub(0.0, 0.8))
    has_points = ~np.isnan(values)
    if not has_points.any():
        what = Words("ground (class 2) points") if kind == "dtm" else Words("points")
        raise InputError("the point cloud holds no {what}", path=source, what=what)
    raster = np.where(has_points, values, NODATA).astype(np.float32).reshape(grid.height, grid.width)
    raster = _fill_holes(raster, max_fill_distance / resolution)
    progress.step(0.9)
    _write_geotiff(raster, grid, crs_obj.to_wkt(), output, overwrite)
    progress.step(1.0)
    filled = int(np.count_nonzero(raster != NODATA) - np.count_nonzero(has_points))
    return RasterResult(output, grid.width, grid.height, (grid.west, grid.north), resolution, used,
                        int(np.count_nonzero(has_points)), filled, crs_obj.to_wkt())


def _accumulate(reader, source, grid, kind, ground_statistic, progress):
    """Per-cell max (DSM), min or mean (DTM) of the points' z, NaN where no point fell; and the points used."""
    cells = grid.width * grid.height
    use_max = kind == "dsm"
    use_min = kind == "dtm" and ground_statistic == "min"
    extreme = np.full(cells, -np.inf if use_max else np.inf)
    total, count = np.zeros(cells), np.zeros(cells, np.int64)
    used = read = 0
    expected = max(reader.header.point_count, 1)
    for chunk in read_chunks(reader, source, READ_CHUNK_POINTS):
        read += len(chunk)
        classes = np.asarray(chunk.classification)
        keep = ~np.isin(classes, NOISE_CLASSES) if kind == "dsm" else classes == GROUND_CLASS
        x, y, z = (np.asarray(chunk[name])[keep] for name in ("x", "y", "z"))
        index = grid.cell_index(x, y)
        if (index < 0).any():
            raise InputError("points lie outside the bounds in the header; the header is wrong", path=source)
        if use_max:
            np.maximum.at(extreme, index, z)
        elif use_min:
            np.minimum.at(extreme, index, z)
        else:
            total += np.bincount(index, weights=z, minlength=cells)
        count += np.bincount(index, minlength=cells)
        used += len(z)
        progress.step(read / expected)
    if read != reader.header.point_count:
        raise InputError("the header announces {point_count:,} points but the file holds {read:,}",
                         path=source, point_count=reader.header.point_count, read=read)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = extreme if (use_max or use_min) else total / count
    return np.where(count > 0, values, np.nan), used


def _fill_holes(raster, max_distance_cells):
    """Fill nodata cells by inverse distance weighting from the hole edges (GDAL FillNodata)."""
    if max_distance_cells <= 0 or not (raster == NODATA).any():
        return raster
    gdal = require("osgeo.gdal", "DSM hole filling")
    height, width = raster.shape
    dataset = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Float32)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(raster)
    gdal.FillNodata(band, None, maxSearchDist=float(max_distance_cells), smoothingIterations=0)
    return band.ReadAsArray()


def _write_geotiff(raster, grid, crs_wkt, output, overwrite):
    gdal = require("osgeo.gdal", "GeoTIFF writing")
    with atomic_output(output, overwrite=overwrite) as tmp:
        options = ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"]
        dataset = gdal.GetDriverByName("GTiff").Create(str(tmp), grid.width, grid.height, 1, gdal.GDT_Float32,
                                                       options=options)
        dataset.SetGeoTransform((grid.west, grid.resolution, 0.0, grid.north, 0.0, -grid.resolution))
        dataset.SetProjection(crs_wkt)
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.WriteArray(raster)
        band.ComputeStatistics(False)
        dataset.FlushCache()
        dataset = band = None  # closes the file before it is renamed
