"""The district's airborne LiDAR: ground and roof points, RGB, LAS 1.2 point format 3 in EPSG:6677, as Tokyo's
published tiles (classes 2 ground and 1 the rest, scale 0.001). The river surface gives no returns, as in real
surveys. Written LAZ-compressed to keep the bundle small."""

import datetime

import numpy as np

from .site import ORIGIN_X, ORIGIN_Y, PROJECTED_CRS, to_projected
from .terrain import BANK_TOP_M

GROUND_POINTS_PER_M2 = 0.08
ROOF_POINTS_PER_M2 = 1.0
ROOF_COLOURS = np.array([[150, 75, 60], [90, 90, 95], [180, 180, 175], [70, 80, 110], [200, 195, 185]], np.uint16)
SURVEY_DATE = datetime.date(2024, 11, 20)


def make_points(district, terrain, buildings):
    """(u, v, z, classification, rgb) arrays of every point."""
    rng = district.rng("pointcloud")
    area = district.width * district.height
    count = rng.poisson(GROUND_POINTS_PER_M2 * area)
    u, v = rng.uniform(0, district.width, count), rng.uniform(0, district.height, count)
    keep = np.abs(terrain.signed_river_distance(u, v)) > 45.0  # no returns from water
    for b in buildings:
        u0, v0, u1, v1 = b.box
        keep &= ~((u >= u0) & (u <= u1) & (v >= v0) & (v <= v1))
    u, v = u[keep], v[keep]
    z = terrain.sample(u, v) + rng.normal(0.0, 0.03, u.size)
    grass = np.abs(terrain.signed_river_distance(u, v)) <= BANK_TOP_M
    rgb = np.where(grass[:, None], [95, 130, 70], [120, 118, 115]) + rng.integers(-12, 13, (u.size, 3))
    parts = [(u, v, z, np.full(u.size, 2, np.uint8), rgb)]
    for b in buildings:
        u0, v0, u1, v1 = b.box
        n = max(4, rng.poisson(ROOF_POINTS_PER_M2 * b.area))
        ru, rv = rng.uniform(u0, u1, n), rng.uniform(v0, v1, n)
        rz = roof_height(b, ru, rv) + rng.normal(0.0, 0.03, n)
        colour = ROOF_COLOURS[rng.integers(0, len(ROOF_COLOURS))] + rng.integers(-8, 9, (n, 3))
        parts.append((ru, rv, rz, np.ones(n, np.uint8), colour))
    u, v, z, classification, rgb = (np.concatenate(column) for column in zip(*parts, strict=True))
    order = np.lexsort((u, np.floor(v / 5.0)))  # scan-line order, as a survey records it (and LAZ compresses)
    return u[order], v[order], z[order], classification[order], rgb[order]


def roof_height(building, u, v):
    """Roof height (TP m) at local points inside the footprint: flat, or a gable along the long side."""
    u0, v0, u1, v1 = building.box
    if building.roof == "flat":
        return np.full(np.shape(u), building.eaves_z)
    ridge = building.base_z + building.height
    if (u1 - u0) >= (v1 - v0):  # ridge along u, in the middle of v
        offset = np.abs(v - (v0 + v1) / 2) / ((v1 - v0) / 2)
    else:
        offset = np.abs(u - (u0 + u1) / 2) / ((u1 - u0) / 2)
    return ridge - (ridge - building.eaves_z) * offset


def write_las(path, district, terrain, buildings):
    import laspy
    import pyproj
    from laspy.vlrs.known import WktCoordinateSystemVlr

    u, v, z, classification, rgb = make_points(district, terrain, buildings)
    x, y = to_projected(u, v)
    header = laspy.LasHeader(point_format=3, version="1.2")
    header.scales = np.array([0.001, 0.001, 0.001])
    header.offsets = np.array([ORIGIN_X, ORIGIN_Y, 0.0])
    header.system_identifier = "Digital Twin sample"
    header.generating_software = "digital_twin sample_district"
    header.creation_date = SURVEY_DATE
    crs = pyproj.CRS.from_epsg(PROJECTED_CRS)
    header.add_crs(crs)  # GeoTIFF keys, the LAS 1.2 way
    header.vlrs.append(WktCoordinateSystemVlr(crs.to_wkt()))  # and the WKT, for readers that prefer it
    las = laspy.LasData(header)
    las.x, las.y, las.z = x, y, z
    las.classification = classification
    rgb = np.clip(rgb, 0, 255).astype(np.uint16) * 257  # 16-bit colour, as LAS stores it
    las.red, las.green, las.blue = rgb[:, 0], rgb[:, 1], rgb[:, 2]
    rng = district.rng("intensity")
    las.intensity = rng.integers(200, 1500, x.size).astype(np.uint16)
    las.return_number = np.ones(x.size, np.uint8)
    las.number_of_returns = np.ones(x.size, np.uint8)
    las.gps_time = 3.0e8 + np.arange(x.size) * 1e-5
    las.write(str(path))
    return x.size
