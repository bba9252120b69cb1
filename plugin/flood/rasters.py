"""GeoTIFF in and out (osgeo.gdal), rasterising footprints and polygonising classes, for the flood engines.

Rasters are north-up grids of square cells; no-data becomes NaN in memory and -9999 in written files.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..safe_io import atomic_output

NODATA = -9999.0


@dataclass
class Raster:
    values: np.ndarray  # float64, NaN where no data
    geotransform: tuple  # GDAL: (x0, cell width, 0, y0, 0, -cell height)
    crs_wkt: str = ""

    @property
    def cell_size(self):
        return self.geotransform[1]

    @property
    def shape(self):
        return self.values.shape

    def cell_of(self, x, y):
        """(row, col) of the cell holding map point (x, y), or None outside the grid."""
        x0, width, _, y0, _, height = self.geotransform
        col, row = int(np.floor((x - x0) / width)), int(np.floor((y - y0) / height))
        rows, cols = self.shape
        return (row, col) if 0 <= row < rows and 0 <= col < cols else None

    def like(self, values):
        return Raster(np.asarray(values, dtype=float), self.geotransform, self.crs_wkt)


def _gdal():
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    return gdal, ogr, osr


def read_raster(path, band=1, square_cells=True):
    """Read one band as float64 with NaN for no-data; InputError naming the file when it cannot be used."""
    gdal, _, _ = _gdal()
    try:
        dataset = gdal.Open(str(path))
    except RuntimeError as exc:
        raise InputError("cannot open the raster ({exc})", path=path, exc=exc) from exc
    x0, width, rot1, y0, rot2, height = dataset.GetGeoTransform()
    if rot1 or rot2 or height >= 0:
        raise InputError("the raster is rotated or not north-up; warp it to a north-up grid first", path=path)
    if square_cells and not np.isclose(width, -height, rtol=1e-6):
        raise InputError("cells are {width} x {height}: resample to square cells first", path=path, width=width,
                         height=-height)
    source = dataset.GetRasterBand(band)
    values = source.ReadAsArray().astype(float)
    nodata = source.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    return Raster(values, (x0, width, 0.0, y0, 0.0, height), dataset.GetProjection())


def write_raster(path, raster, overwrite=False):
    """Write a single-band Float32 GeoTIFF (DEFLATE, tiled); NaN becomes the no-data value. Complete or absent."""
    gdal, _, _ = _gdal()
    rows, cols = raster.shape
    with atomic_output(path, overwrite=overwrite) as tmp:
        dataset = gdal.GetDriverByName("GTiff").Create(str(tmp), cols, rows, 1, gdal.GDT_Float32,
                                                       ["COMPRESS=DEFLATE", "TILED=YES", "PREDICTOR=3"])
        dataset.SetGeoTransform(raster.geotransform)
        if raster.crs_wkt:
            dataset.SetProjection(raster.crs_wkt)
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.WriteArray(np.where(np.isfinite(raster.values), raster.values, NODATA).astype(np.float32))
        if np.isfinite(raster.values).any():  # GDAL refuses statistics of an all-no-data band
            band.ComputeStatistics(False)
        dataset.FlushCache()
        dataset = None
    return path


def rasterize(wkb_geometries, grid, all_touched=False):
    """Boolean grid, True in cells whose centre lies inside any of the geometries (or that they touch)."""
    gdal, ogr, _ = _gdal()
    rows, cols = grid.shape
    target = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    target.SetGeoTransform(grid.geotransform)
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("shapes")
    for wkb in wkb_geometries:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        layer.CreateFeature(feature)
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1], options=options)
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def polygonize(classes, grid):
    """[(class value, polygon WKB)] for the connected areas of equal non-zero class (8-connected)."""
    gdal, ogr, _ = _gdal()
    rows, cols = classes.shape
    source = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    source.SetGeoTransform(grid.geotransform)
    source.GetRasterBand(1).WriteArray(classes.astype(np.int32))
    mask = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mask.GetRasterBand(1).WriteArray((classes != 0).astype(np.uint8))
    shapes = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = shapes.CreateLayer("areas")
    layer.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    gdal.Polygonize(source.GetRasterBand(1), mask.GetRasterBand(1), layer, 0, ["8CONNECTED=8"])
    return [(feature.GetField("class"), bytes(feature.GetGeometryRef().ExportToWkb())) for feature in layer]


def tin_to_raster(triangles, cell_size, crs_wkt=""):
    """A DEM grid from TIN triangles ((n, 3, 3) x, y, z; e.g. PLATEAU dem:TINRelief): each cell centre takes the
    height of the triangle plane it falls in (barycentric interpolation), NaN where no triangle covers it."""
    triangles = np.asarray(triangles, dtype=float)
    if triangles.ndim != 3 or triangles.shape[1:] != (3, 3) or len(triangles) == 0:
        raise InputError("the TIN has no triangles with x, y and z")
    if cell_size <= 0:
        raise InputError("the cell size must be positive")
    x0, y1 = triangles[:, :, 0].min(), triangles[:, :, 1].max()
    cols = int(np.ceil((triangles[:, :, 0].max() - x0) / cell_size))
    rows = int(np.ceil((y1 - triangles[:, :, 1].min()) / cell_size))
    values = np.full((max(rows, 1), max(cols, 1)), np.nan)
    for (ax, ay, az), (bx, by, bz), (cx, cy, cz) in triangles:
        det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy)
        if abs(det) < 1e-12:
            continue  # a degenerate triangle covers no area
        c0, c1 = _span(min(ax, bx, cx), max(ax, bx, cx), x0, cell_size, values.shape[1])
        r0, r1 = _span(y1 - max(ay, by, cy), y1 - min(ay, by, cy), 0.0, cell_size, values.shape[0])
        px = x0 + (np.arange(c0, c1) + 0.5) * cell_size
        py = y1 - (np.arange(r0, r1) + 0.5) * cell_size
        px, py = np.meshgrid(px, py)
        wa = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / det
        wb = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / det
        wc = 1.0 - wa - wb
        inside = (wa >= -1e-9) & (wb >= -1e-9) & (wc >= -1e-9)
        window = values[r0:r1, c0:c1]
        window[inside] = (wa * az + wb * bz + wc * cz)[inside]
    return Raster(values, (float(x0), float(cell_size), 0.0, float(y1), 0.0, -float(cell_size)), crs_wkt)


def tin_triangles(geometries):
    """(n, 3, 3) triangle corners from shapely (Multi)Polygons Z whose parts are triangles."""
    import shapely

    parts = shapely.get_parts(np.asarray([g for g in geometries if g is not None], dtype=object))
    rings = shapely.get_exterior_ring(parts)
    if len(rings) == 0 or np.any(shapely.get_num_coordinates(rings) != 4) or not np.all(shapely.has_z(rings)):
        raise InputError("the TIN layer must hold triangles with Z values (PLATEAU dem:TINRelief)")
    return shapely.get_coordinates(rings, include_z=True).reshape(-1, 4, 3)[:, :3]


def _span(low, high, origin, cell_size, limit):
    """Index range of the cells whose centres may lie between low and high."""
    start = int(np.clip(np.floor((low - origin) / cell_size - 0.5), 0, limit))
    stop = int(np.clip(np.ceil((high - origin) / cell_size + 0.5), 0, limit))
    return start, stop
