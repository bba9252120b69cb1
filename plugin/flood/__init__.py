"""Flood analyses: building exposure to hazard maps, inundation from a water level, and a 2D local inertial model.

Engines (exposure.py, inundation.py, simulation.py, rasters.py) do not import qgis; qgis_styles.py is the QGIS side.
"""

# GSI hazard-map depth classes (upper bound in m, RGB, legend label): the colours residents know.
GSI_DEPTH_CLASSES = [
    (0.5, (247, 245, 169), "浸水深 0.5m未満"),
    (3.0, (255, 216, 192), "浸水深 0.5〜3m"),
    (5.0, (255, 183, 183), "浸水深 3〜5m"),
    (10.0, (255, 145, 145), "浸水深 5〜10m"),
    (20.0, (242, 133, 201), "浸水深 10〜20m"),
    (float("inf"), (220, 122, 220), "浸水深 20m以上"),
]
