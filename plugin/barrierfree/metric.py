"""A local metric frame for a network: longitude/latitude (EPSG:6668) <-> metres in an azimuthal equidistant
projection centred on it (distortion below 1e-6 over a city), for link lengths, snapping, buffers and clipping.

Uses osgeo.osr/ogr, the PROJ that GDAL and QGIS share, not pyproj: the pyproj wheel bundles its own libproj, and
using it inside qgis_process makes qgis_process crash on exit. Points go through PROJ in one call, as a WKB line.
"""

import struct

import numpy as np

from ..dependencies import require


class MetricFrame:
    def __init__(self, lon0, lat0):
        osr = require("osgeo.osr", "Barrier-free analyses")
        osr.UseExceptions()
        geographic = osr.SpatialReference()
        geographic.ImportFromEPSG(6668)
        local = osr.SpatialReference()
        local.ImportFromProj4(f"+proj=aeqd +lat_0={lat0:.9f} +lon_0={lon0:.9f} +ellps=GRS80 +units=m +no_defs")
        for crs in (geographic, local):
            crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = longitude
        self._forward = osr.CoordinateTransformation(geographic, local)
        self._inverse = osr.CoordinateTransformation(local, geographic)

    @classmethod
    def around(cls, lonlat):
        lon0, lat0 = np.median(np.asarray(lonlat, dtype=float).reshape(-1, 2), axis=0)
        return cls(lon0, lat0)

    def to_metric(self, lonlat):
        return _transform(self._forward, lonlat)

    def to_lonlat(self, xy):
        return _transform(self._inverse, xy)


def _transform(transformation, points):
    """(n, 2) -> (n, 2) through an OSR transformation, in one call."""
    ogr = require("osgeo.ogr", "Barrier-free analyses")
    points = np.ascontiguousarray(np.asarray(points, dtype="<f8").reshape(-1, 2))
    if not len(points):
        return points.copy()
    line = ogr.CreateGeometryFromWkb(struct.pack("<BII", 1, 2, len(points)) + points.tobytes())  # LineString
    line.Transform(transformation)
    return np.frombuffer(line.ExportToWkb(ogr.wkbNDR), dtype="<f8", offset=9).reshape(-1, 2).copy()


def polyline_lengths(frame, lines):
    """Length in metres of each (k, 2) lon/lat line."""
    if not lines:
        return np.zeros(0)
    sizes = np.array([len(line) for line in lines])
    xy = frame.to_metric(np.vstack(lines))
    steps = np.hypot(*np.diff(xy, axis=0).T)
    ends = np.cumsum(sizes)
    inside = np.ones(len(steps), dtype=bool)
    inside[ends[:-1] - 1] = False  # the step from one line's end to the next line's start
    per_step_line = np.repeat(np.arange(len(lines)), sizes)[:-1]
    return np.bincount(per_step_line[inside], weights=steps[inside], minlength=len(lines))
