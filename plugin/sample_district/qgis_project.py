"""A QGIS project of analysis outputs: layers by relative path, styled, in groups, with a stored 3D view.

Used by `make demo` (scripts/demo_steps/project.py runs this module as a standalone PyQGIS script, Qt offscreen):

    python -m digital_twin.plugin.sample_district.qgis_project spec.json

spec.json: {"target": ".../x.qgz", "title": "...", "crs": "EPSG:6677", "extent_from": "dem.tif",
"layers": [{"group": "Flood", "name": "...", "path": "...", "layer": "<GeoPackage layer>", "style": "flood_depth",
"visible": true, "in_3d": false, "replay_interval_s": 15}, ...]}. Groups appear in the order first named, layers in
each group top to bottom in the order given. "style" names resources/styles/<style>.qml, for files that carry no
default style of their own (GeoPackages from digitaltwin:loadcitygml have theirs in layer_styles), or is
"elevation" (terrain colours over the raster's range).

The 3D view: QGIS 3.40's Python API has no QgsMapViewsManager.register3DViewConfig (it is SIP_SKIP), but
QgsMapViewsManager.readXml() takes the same <mapViewDocks3D><view name=...> element QGIS desktop writes for a 3D map
view dock (the Qgs3DMapSettings XML, a <camera> element and the dock attributes), so the view is stored through it
and QGIS desktop lists it under View > 3D Map Views and opens it with the project.
"""

import json
import math
import sys
from pathlib import Path

STYLES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "styles"
VIEW_3D_NAME = "3D: buildings and flood"
ELEVATION_STYLE = "elevation"  # terrain colours over a DEM's or DSM's range (plugin.qgis_results)


def _load_layer(entry):
    """The QGIS layer for a spec entry (vector, raster or point cloud, by the file's suffix); point clouds come
    styled (RGB or classification, 3D renderer)."""
    from qgis.core import QgsPointCloudLayer, QgsRasterLayer, QgsVectorLayer

    path = str(entry["path"])
    name = entry["name"]
    if path.endswith(".copc.laz"):
        from ..pointcloud.qgis_layers import open_point_cloud_layer

        return open_point_cloud_layer(path, name)
    if path.endswith((".las", ".laz")):
        return QgsPointCloudLayer(path, name, "pdal")
    if path.endswith((".tif", ".tiff")):
        return QgsRasterLayer(path, name, "gdal")
    uri = f"{path}|layername={entry['layer']}" if entry.get("layer") else path
    return QgsVectorLayer(uri, name, "ogr")


def _style(layer, entry):
    style = entry.get("style")
    if style == ELEVATION_STYLE:  # made from the raster's own range, no fixed .qml
        from ..qgis_results import style_elevation

        style_elevation(layer)
        return
    if not style:
        return
    qml = STYLES_DIR / f"{style}.qml"
    message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        raise RuntimeError(f"style {qml} could not be applied to {entry['name']}: {message}")


def _replay(project, layer, interval_s):
    from ..realtime.qgis_layers import set_project_time_to_recording, set_replay_properties

    set_replay_properties(layer, interval_s)
    set_project_time_to_recording(project, layer, interval_s)


def add_layers(project, entries):
    """Add every entry's layer under its group; return {entry name: layer}. A layer that is not valid is an error."""
    root = project.layerTreeRoot()
    groups, layers = {}, {}
    for entry in entries:
        layer = _load_layer(entry)
        if not layer.isValid():
            raise RuntimeError(f"{entry['name']}: QGIS cannot open {entry['path']} {entry.get('layer', '')}")
        _style(layer, entry)
        if entry.get("replay_interval_s"):
            _replay(project, layer, entry["replay_interval_s"])
        project.addMapLayer(layer, False)
        group_name = entry["group"]
        if group_name not in groups:
            groups[group_name] = root.addGroup(group_name)
        node = groups[group_name].addLayer(layer)
        node.setItemVisibilityChecked(entry.get("visible", True))
        node.setExpanded(False)
        layers[entry["name"]] = layer
    return layers


def _view_3d_element(document, project, crs, extent, layers):
    """<mapViewDocks3D><view ...> as QGIS desktop writes it for a docked, open 3D map view."""
    from qgis._3d import Qgs3DMapSettings, QgsDirectionalLightSettings
    from qgis.core import QgsReadWriteContext, QgsVector3D
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtXml import QDomDocument

    settings = Qgs3DMapSettings()
    # QGIS 3.40's Python API cannot set a terrain generator, and writeXml crashes without one: read it from the
    # XML QGIS itself uses for a flat terrain, then configure the rest through the API.
    terrain = QDomDocument()
    terrain.setContent('<qgis3d version="1"><terrain><generator type="flat"/></terrain></qgis3d>')
    settings.readXml(terrain.documentElement(), QgsReadWriteContext())
    settings.setCrs(crs)
    settings.setExtent(extent)  # also puts the scene origin at the extent's centre
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor("#dcecf7"))
    settings.setTerrainRenderingEnabled(True)  # flat terrain with the 2D layers draped on it
    light = QgsDirectionalLightSettings()
    light.setDirection(QgsVector3D(-0.5, -1.0, -0.6))
    light.setIntensity(0.8)
    settings.setLightSources([light])
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())

    docks = document.createElement("mapViewDocks3D")
    view = document.createElement("view")
    view.setAttribute("name", VIEW_3D_NAME)
    view.setAttribute("isOpen", "1")
    view.setAttribute("isDocked", "1")
    view.appendChild(settings.writeXml(document, context))
    # QgsCameraController.writeXml: the point looked at in scene coordinates (origin = extent centre; y is the
    # scene's -north axis, elev its up axis), distance, pitch and heading in degrees.
    camera = document.createElement("camera")
    for name, value in (("x", 0.0), ("y", 0.0), ("elev", 0.0),
                        ("dist", 0.9 * math.hypot(extent.width(), extent.height())), ("pitch", 50.0),
                        ("yaw", 20.0)):
        camera.setAttribute(name, str(value))
    view.appendChild(camera)
    docks.appendChild(view)
    return docks


def store_3d_view(project, crs, extent, layers):
    """Store the 3D view in the project's views manager (written with the project)."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    holder = document.createElement("holder")
    document.appendChild(holder)
    holder.appendChild(_view_3d_element(document, project, crs, extent, layers))
    project.viewsManager().readXml(holder, document)
    return document  # the stored element lives in this document: keep it until the project is written


def write_project(spec):
    """Write spec["target"] (.qgz); return the number of layers."""
    from qgis._3d import Qgs3D
    from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsReferencedRectangle

    Qgs3D.initialize()  # 3D renderers in the layers' styles are read only once the 3D registry knows them
    target = Path(spec["target"])
    project = QgsProject()
    project.setFileName(str(target))  # relative paths are resolved from here
    project.setFilePathStorage(Qgis.FilePathType.Relative)
    project.setTitle(spec.get("title", ""))
    crs = QgsCoordinateReferenceSystem(spec.get("crs", "EPSG:6677"))
    project.setCrs(crs)
    layers = add_layers(project, spec["layers"])

    extent_layer = QgsRasterLayer(str(spec["extent_from"]), "extent", "gdal") if spec.get("extent_from") else None
    extent = extent_layer.extent() if extent_layer is not None and extent_layer.isValid() else \
        next(iter(layers.values())).extent()
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    project.viewSettings().setPresetFullExtent(QgsReferencedRectangle(extent, crs))
    in_3d = [layers[entry["name"]] for entry in spec["layers"] if entry.get("in_3d")]
    document = store_3d_view(project, crs, extent, in_3d)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not project.write(str(target)):
        raise RuntimeError(f"could not write {target}: {project.error()}")
    del document
    return len(layers)


def main(argv):
    from qgis.core import QgsApplication

    spec = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    app = QgsApplication([], False)
    app.initQgis()
    try:
        print(f"{write_project(spec)} layers written to {spec['target']}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
