"""A DSM from LOD1 buildings: footprints with a height, burnt onto a DEM (or flat ground) with GDAL.

Each building's roof is flat at (lowest ground under its footprint + its height), as PLATEAU's measuredHeight is
measured from the ground at the building's foot. Pixels whose centre lies inside a footprint take the roof height.
"""

import math
from pathlib import Path

import numpy as np

from ..citygml import geometry
from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from . import rasters


def ground_grid(extent, cellsize, wkt, dem_path=None):
    """A MEM dataset holding the ground heights: the DEM resampled onto the grid, or 0 (flat ground).

    ``extent`` = (xmin, ymin, xmax, ymax) in the CRS ``wkt``; the grid is snapped to whole cells.
    """
    gdal, _ = rasters.gdal_modules()
    xmin, ymin, xmax, ymax = extent
    xmin, ymin = math.floor(xmin / cellsize) * cellsize, math.floor(ymin / cellsize) * cellsize
    width, height = max(1, math.ceil((xmax - xmin) / cellsize)), max(1, math.ceil((ymax - ymin) / cellsize))
    if width * height > 400_000_000:
        raise InputError("the DSM would have {width} x {height} pixels; use a larger cell size or a smaller area",
                         width=width, height=height)
    top = ymin + height * cellsize
    if dem_path:
        rasters.open_raster(dem_path)  # clear errors for a missing or unreadable DEM
        ground = gdal.Warp("", str(dem_path), format="MEM", outputBounds=(xmin, ymin, xmin + width * cellsize, top),
                           width=width, height=height, dstSRS=wkt, resampleAlg="bilinear",
                           dstNodata=rasters.NODATA, outputType=gdal.GDT_Float32, errorThreshold=0)
    else:
        ground = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Float32)
        ground.SetGeoTransform((xmin, cellsize, 0.0, top, 0.0, -cellsize))
        ground.SetProjection(wkt)
        ground.GetRasterBand(1).SetNoDataValue(rasters.NODATA)
        ground.GetRasterBand(1).Fill(0.0)
    return ground


def buildings_dsm(geometries_wkb, heights, extent, cellsize, wkt, output_path, dem_path=None, roofs_wkb=(),
                  overwrite=False, progress=NO_PROGRESS):
    """Write a DSM GeoTIFF: ground everywhere, LOD1 roofs at ground + height inside footprints, and LOD2 roof
    surfaces (3D polygons with absolute heights, e.g. PLATEAU's TP heights) where given, each on its own plane.
    Returns the number of LOD1 buildings burnt (those with a positive height)."""
    if cellsize <= 0:
        raise InputError("the cell size must be positive", field="cell size")
    heights = np.asarray(heights, dtype=float)
    kept = [index for index, height in enumerate(heights) if np.isfinite(height) and height > 0]
    ground = ground_grid(extent, cellsize, wkt, dem_path)
    progress.step(0.2)
    surface = ground.GetRasterBand(1).ReadAsArray().astype(np.float32)
    gaps = surface == np.float32(rasters.NODATA)
    number = rasters.rasterize([geometries_wkb[i] for i in kept], np.arange(len(kept)), ground, dtype="Int32",
                               fill=-1)
    progress.step(0.5)
    inside = (number >= 0) & ~gaps
    if inside.any():
        ids = number[inside]
        base = np.full(len(kept), np.inf)
        np.minimum.at(base, ids, surface[inside])
        surface[inside] = (base + heights[kept])[ids]
    if len(roofs_wkb):
        _burn_roof_planes(surface, gaps, ground, roofs_wkb)
    progress.step(0.8)
    with atomic_output(Path(output_path), overwrite) as tmp:
        output = rasters.create_like(ground, tmp)
        output.GetRasterBand(1).WriteArray(surface)
        output.FlushCache()
        output = None
    progress.step(1.0)
    return int(len(np.unique(number[inside]))) if inside.any() else 0


def roof_planes(roofs_wkb):
    """Planar pieces of 3D roof surfaces: 2D polygon WKBs, plane coefficients (a, b, c) with z = a·x + b·y + c,
    and mean heights.

    The plane of each polygon comes from its ring by Newell's method (robust for any planar polygon); pieces
    steeper than 85° (walls) are left out.
    """
    import shapely

    pieces, planes, heights = [], [], []
    for wkb in roofs_wkb:
        geometry = shapely.from_wkb(bytes(wkb))
        for polygon in getattr(geometry, "geoms", [geometry]):
            if polygon.is_empty or not polygon.has_z:
                continue
            ring = np.asarray(polygon.exterior.coords)
            x, y, z = ring[:-1, 0], ring[:-1, 1], ring[:-1, 2]
            x1, y1, z1 = np.roll(x, -1), np.roll(y, -1), np.roll(z, -1)
            normal = np.array([np.sum((y - y1) * (z + z1)), np.sum((z - z1) * (x + x1)), np.sum((x - x1) * (y + y1))])
            length = np.linalg.norm(normal)
            if length == 0 or abs(normal[2]) < length * math.sin(math.radians(5.0)):
                continue
            a, b = -normal[0] / normal[2], -normal[1] / normal[2]
            planes.append((a, b, z.mean() - a * x.mean() - b * y.mean()))
            pieces.append(shapely.to_wkb(shapely.force_2d(polygon), output_dimension=2))
            heights.append(z.mean())
    return pieces, np.asarray(planes, dtype=float).reshape(-1, 3), np.asarray(heights)


def _burn_roof_planes(surface, gaps, grid, roofs_wkb):
    """Roof pixels take the height of the roof plane over their centre; lower pieces first, so where pieces
    overlap the highest wins."""
    pieces, planes, heights = roof_planes(roofs_wkb)
    if not pieces:
        return
    rows, cols = surface.shape
    x0, dx, _, y0, _, dy = grid.GetGeoTransform()
    centre_x = x0 + (np.arange(cols) + 0.5) * dx
    centre_y = y0 + (np.arange(rows) + 0.5) * dy
    order = np.argsort(heights, kind="stable")
    piece = rasters.rasterize([pieces[i] for i in order], order, grid, dtype="Int32", fill=-1)
    roof = (piece >= 0) & ~gaps
    rr, cc = np.nonzero(roof)
    coefficients = planes[piece[roof]]
    surface[roof] = (coefficients[:, 0] * centre_x[cc] + coefficients[:, 1] * centre_y[rr] + coefficients[:, 2])


def plane_rectangular_epsg(longitude, latitude):
    """The JGD2011 plane rectangular zone (EPSG code) for a point given in lon/lat: a metric CRS for a DSM."""
    return geometry.plane_rectangular_epsg(latitude, longitude)
