"""GeoTIFF reading and writing for the solar engines (GDAL, no qgis), and the tile-by-tile irradiation driver.

Large DSMs are processed in square tiles; each tile is read with an overlap of the horizon search radius so the
shadows of neighbours outside the tile are seen, and only the tile's core is written. Memory stays bounded by the
tile size whatever the size of the ward.
"""

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from . import horizon, irradiance

NODATA = -9999.0
DEFAULT_TILE = 1024


def gdal_modules():
    from osgeo import gdal, osr

    gdal.UseExceptions()
    return gdal, osr


def open_raster(path):
    gdal, _ = gdal_modules()
    if not Path(path).is_file():
        raise InputError("raster not found", path=path)
    try:
        dataset = gdal.Open(str(path))
    except RuntimeError as exc:
        raise InputError("not a raster GDAL can read ({exc})", path=path, exc=exc) from exc
    geotransform = dataset.GetGeoTransform()
    if geotransform[2] or geotransform[4]:
        raise InputError("rotated rasters are not supported; warp it north-up first", path=path)
    if abs(abs(geotransform[1]) - abs(geotransform[5])) > 1e-6 * abs(geotransform[1]):
        raise InputError("pixels must be square (same x and y size); resample it first", path=path)
    return dataset


def cell_size(dataset):
    return abs(dataset.GetGeoTransform()[1])


def require_metres(dataset, path=None):
    """Heights and distances must share a unit: refuse DSMs in degrees (a DSM without CRS is taken as metres)."""
    _, osr = gdal_modules()
    wkt = dataset.GetProjection()
    if wkt and osr.SpatialReference(wkt=wkt).IsGeographic():
        raise InputError("the DSM is in degrees; warp it to a projected CRS in metres (Tokyo: EPSG:6677)", path=path)


def centre_lonlat(dataset, path=None):
    """Longitude and latitude of the raster's centre, from its CRS."""
    _, osr = gdal_modules()
    wkt = dataset.GetProjection()
    if not wkt:
        raise InputError("the raster has no coordinate reference system; set one, or give latitude and longitude",
                         path=path)
    source = osr.SpatialReference(wkt=wkt)
    if not source.IsProjected():
        raise InputError("the DSM must be in a projected CRS in metres (Tokyo: EPSG:6677)", path=path)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    x, y = x0 + dx * dataset.RasterXSize / 2, y0 + dy * dataset.RasterYSize / 2
    lon, lat, _ = osr.CoordinateTransformation(source, target).TransformPoint(x, y)
    return lon, lat


def create_like(dataset, path, bands=1, dtype="Float32"):
    """A tiled, compressed GeoTIFF with the grid and CRS of ``dataset``. Fast deflate with the floating-point
    predictor: half the time of the default level 6, and smaller files on irradiation rasters."""
    gdal, _ = gdal_modules()
    driver = gdal.GetDriverByName("GTiff")
    data_type = gdal.GetDataTypeByName(dtype)
    predictor = "PREDICTOR=3" if dtype.startswith("Float") else "PREDICTOR=2"
    output = driver.Create(str(path), dataset.RasterXSize, dataset.RasterYSize, bands, data_type,
                           options=["COMPRESS=DEFLATE", "ZLEVEL=1", predictor, "TILED=YES", "BIGTIFF=IF_SAFER"])
    output.SetGeoTransform(dataset.GetGeoTransform())
    output.SetProjection(dataset.GetProjection())
    for band in range(1, bands + 1):
        output.GetRasterBand(band).SetNoDataValue(NODATA)
    return output


def read_filled(band, col, row, width, height, fill=None):
    """A window of a DSM band as float32 with gaps (nodata, NaN) filled with ``fill`` (default: the window's lowest
    value), and the gaps."""
    values = band.ReadAsArray(col, row, width, height).astype(np.float32)
    gaps = ~np.isfinite(values)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        gaps |= values == np.float32(nodata)
    if gaps.all():
        return np.zeros_like(values), gaps
    values[gaps] = values[~gaps].min() if fill is None else fill
    return values, gaps


def tiles(width, height, size):
    for row in range(0, height, size):
        for col in range(0, width, size):
            yield col, row, min(size, width - col), min(size, height - row)


def whole_blocks(pixels):
    return -(-int(pixels) // horizon.COARSE) * horizon.COARSE


@dataclass(frozen=True)
class TilePlan:
    """What every tile of one DSM shares, so that tiles (in this process or on dask workers) match the whole
    raster cell for cell: the halo, the whole raster's lowest point (fills gaps) and relief (how far the horizon
    march goes), the cell size."""

    overlap: int  # pixels of halo around a tile's core
    low: float
    relief: float
    cellsize: float


def tile_plan(dataset, dsm_path, radius) -> TilePlan:
    """The halo is the horizon march's reach for the shadow-search ``radius`` (+ 1: the slope of a core pixel uses
    its neighbours), in whole blocks of the far field, so tiles and halos start on the whole raster's blocks."""
    size = cell_size(dataset)
    try:
        low, high = dataset.GetRasterBand(1).ComputeRasterMinMax(False)
    except RuntimeError as exc:  # GDAL's answer when no cell has a value
        raise InputError("the DSM has no height values: every cell is nodata", path=dsm_path) from exc
    return TilePlan(whole_blocks(horizon.reach(radius, size) + 1), float(low), float(high - low), size)


def irradiate_tile(band, tile, tables, plan, *, albedo=irradiance.DEFAULT_ALBEDO, radius=irradiance.DEFAULT_RADIUS,
                   monthly=False, progress=None) -> dict:
    """The layers (annual, svf, slope, aspect, monthly: lists of float32 arrays, NODATA in the gaps) of the core
    ``tile`` = (col, row, width, height) of a DSM band, read with the plan's halo."""
    col, row, core_width, core_height = tile
    width, height = band.XSize, band.YSize
    left, top = max(0, col - plan.overlap), max(0, row - plan.overlap)
    right, bottom = min(width, col + core_width + plan.overlap), min(height, row + core_height + plan.overlap)
    dsm, gaps = read_filled(band, left, top, right - left, bottom - top, fill=plan.low)
    core = (slice(row - top, row - top + core_height), slice(col - left, col - left + core_width))
    result = irradiance.irradiate_block(dsm, plan.cellsize, tables, albedo=albedo, radius=radius, monthly=monthly,
                                        progress=progress, relief=plan.relief, core=core)
    layers = {"annual": [result.annual], "svf": [result.sky_view_factor], "slope": [result.slope],
              "aspect": [result.aspect], "monthly": list(result.monthly) if result.monthly is not None else []}
    for key, values in layers.items():
        layers[key] = [value.astype(np.float32) for value in values]
        for block in layers[key]:
            block[gaps[core]] = NODATA
    return layers


def irradiation_rasters(dsm_path, sky, annual_path, monthly_path=None, svf_path=None, slope_path=None,
                        aspect_path=None, albedo=irradiance.DEFAULT_ALBEDO, radius=irradiance.DEFAULT_RADIUS,
                        sectors=irradiance.DEFAULT_SECTORS, tile_size=DEFAULT_TILE, overwrite=False,
                        progress=NO_PROGRESS):
    """Write annual irradiation (kWh/m²) and the requested extra rasters for a DSM GeoTIFF, tile by tile.

    Each output is written to a temporary file and renamed when complete, so a cancelled or failed run leaves
    nothing half-written; existing files are kept unless ``overwrite``.
    """
    dataset = open_raster(dsm_path)
    require_metres(dataset, dsm_path)
    band = dataset.GetRasterBand(1)
    tables = irradiance.sector_tables(sky, sectors)
    plan = tile_plan(dataset, dsm_path, radius)
    tile_size = whole_blocks(tile_size)
    width, height = dataset.RasterXSize, dataset.RasterYSize
    wanted = {"annual": annual_path, "monthly": monthly_path, "svf": svf_path, "slope": slope_path,
              "aspect": aspect_path}
    wanted = {key: Path(path) for key, path in wanted.items() if path}
    all_tiles = list(tiles(width, height, tile_size))
    with ExitStack() as stack:
        temporary = {key: stack.enter_context(atomic_output(path, overwrite)) for key, path in wanted.items()}
        outputs = {key: create_like(dataset, tmp, bands=12 if key == "monthly" else 1)
                   for key, tmp in temporary.items()}
        for number, tile in enumerate(all_tiles):
            layers = irradiate_tile(band, tile, tables, plan, albedo=albedo, radius=radius,
                                    monthly="monthly" in outputs,
                                    progress=progress.sub(number / len(all_tiles), (number + 1) / len(all_tiles)))
            for key, output in outputs.items():
                for index, block in enumerate(layers[key], start=1):
                    output.GetRasterBand(index).WriteArray(block, tile[0], tile[1])
        for key, output in outputs.items():
            if key == "monthly":
                for month in range(1, 13):
                    output.GetRasterBand(month).SetDescription(f"month {month:02d} (kWh/m²)")
            output.FlushCache()
        output = None  # close the GDAL datasets (flushing them) before the temporary files are renamed
        outputs.clear()
    return {key: str(path) for key, path in wanted.items()}


class Burner:
    """Polygons (WKB, in the CRS of the rasters) with one value each, burnt onto any grid or window of one; a pixel
    belongs to a polygon when its centre is inside, later polygons win where they overlap. The OGR layer is built
    once, so burning tile after tile stays cheap."""

    def __init__(self, geometries_wkb, values, wkt):
        _gdal, osr = gdal_modules()
        from osgeo import ogr

        ogr.UseExceptions()
        self._source = ogr.GetDriverByName("Memory").CreateDataSource("burn")
        srs = osr.SpatialReference(wkt=wkt) if wkt else None
        self.layer = self._source.CreateLayer("burn", srs, ogr.wkbUnknown)
        self.layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
        for wkb, value in zip(geometries_wkb, values, strict=True):
            feature = ogr.Feature(self.layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
            feature.SetField("value", float(value))
            self.layer.CreateFeature(feature)

    def burn(self, like, col=0, row=0, width=None, height=None, dtype="Float32", fill=NODATA):
        """The burnt values on the window (col, row, width, height) of the grid of dataset ``like``."""
        gdal, _ = gdal_modules()
        width, height = width or like.RasterXSize, height or like.RasterYSize
        x0, dx, _, y0, _, dy = like.GetGeoTransform()
        target = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GetDataTypeByName(dtype))
        target.SetGeoTransform((x0 + col * dx, dx, 0.0, y0 + row * dy, 0.0, dy))
        target.SetProjection(like.GetProjection())
        target.GetRasterBand(1).Fill(fill)
        gdal.RasterizeLayer(target, [1], self.layer, options=["ATTRIBUTE=value"])
        return target.GetRasterBand(1).ReadAsArray()


def rasterize(geometries_wkb, values, like, dtype="Float32", fill=NODATA):
    """Burn polygons with one value each onto the whole grid of the dataset ``like`` (see Burner)."""
    return Burner(geometries_wkb, values, like.GetProjection()).burn(like, dtype=dtype, fill=fill)


def roof_sums(irradiation_path, dsm_path, geometries_wkb, flat_roof_gain=1.0, tile_size=DEFAULT_TILE,
              progress=NO_PROGRESS):
    """Per-building roof sums (potential.RoofSums) from an irradiation raster and its DSM, tile by tile."""
    from .potential import RoofSums

    grid, dsm = open_raster(irradiation_path), open_raster(dsm_path)
    if (dsm.RasterXSize, dsm.RasterYSize) != (grid.RasterXSize, grid.RasterYSize) or \
            any(abs(a - b) > 1e-6 for a, b in zip(dsm.GetGeoTransform(), grid.GetGeoTransform(), strict=True)):
        raise InputError("the DSM and the irradiation raster must share one grid (use the DSM the irradiation was "
                         "computed from)", path=dsm_path)
    size = cell_size(grid)
    burner = Burner(geometries_wkb, np.arange(len(geometries_wkb)), grid.GetProjection())
    sums = RoofSums(len(geometries_wkb), size * size, flat_roof_gain)
    width, height = grid.RasterXSize, grid.RasterYSize
    all_tiles = list(tiles(width, height, tile_size))
    for number, (col, row, core_width, core_height) in enumerate(all_tiles):
        progress.step(number / len(all_tiles))
        irradiation = grid.GetRasterBand(1).ReadAsArray(col, row, core_width, core_height).astype(float)
        irradiation[irradiation == NODATA] = np.nan
        left, top = max(0, col - 1), max(0, row - 1)  # one pixel around: the slope of an edge pixel
        right, bottom = min(width, col + core_width + 1), min(height, row + core_height + 1)
        surface, _gaps = read_filled(dsm.GetRasterBand(1), left, top, right - left, bottom - top)
        slope, aspect = irradiance.slope_aspect(surface, size)
        core = (slice(row - top, row - top + core_height), slice(col - left, col - left + core_width))
        building = burner.burn(grid, col, row, core_width, core_height, dtype="Int32", fill=-1)
        sums.add(irradiation, np.degrees(slope[core]), np.degrees(aspect[core]), building)
    progress.step(1.0)
    return sums
