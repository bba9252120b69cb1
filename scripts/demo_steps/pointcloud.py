"""Demo step: the sample district's point cloud (LAS 1.2 format 3, ground + roofs, EPSG:6677) to COPC, which QGIS
opens and streams without PDAL, then a 3 m DSM (highest point per cell) and DTM (ground only) from that COPC
(about 0.13 points per m²: 3 m cells hold one point or more)."""

COPC = "pointcloud: district point cloud (COPC)"
DSM = "pointcloud: district DSM 3 m (highest point)"
DTM = "pointcloud: district DTM 3 m (ground)"


def run(demo):
    copc = demo.output_dir / "district_pointcloud.copc.laz"
    result = demo.run("digitaltwin:pointcloudtocopc", INPUT=demo.outputs["sample district: point cloud"], OUTPUT=copc)
    demo.outputs[COPC] = copc
    lines = [f"Point cloud: {int(result['POINT_COUNT']):,} points converted to COPC"]
    for kind, label, name in ((0, DSM, "district_dsm_3m.tif"), (1, DTM, "district_dtm_3m.tif")):
        raster = demo.output_dir / name
        result = demo.run("digitaltwin:pointcloudtodsm", INPUT=copc, RESOLUTION=3.0, KIND=kind, OUTPUT=raster)
        demo.outputs[label] = raster
        lines.append(f"Point cloud: {label.split(': ')[1]}, {int(result['FILLED_CELLS']):,} empty cells filled")
    return lines
