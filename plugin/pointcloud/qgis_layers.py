"""Point cloud layers in QGIS: coloured by RGB when the points carry it, else by classification, with a matching 3D
renderer so the cloud appears in the same 3D view as the PLATEAU buildings."""

import functools
import json
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsContrastEnhancement,
    QgsPointCloudClassifiedRenderer,
    QgsPointCloudLayer,
    QgsPointCloudRgbRenderer,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
)

from ..dependencies import require
from ..i18n import tr

POINT_BUDGET_3D = 5_000_000  # points drawn at once in 3D: a whole Tokyo tile


def open_point_cloud_layer(path, name=None):
    """A styled QgsPointCloudLayer over a COPC (.copc.laz) or virtual point cloud (.vpc) file."""
    provider = "vpc" if str(path).lower().endswith(".vpc") else "copc"
    layer = QgsPointCloudLayer(str(path), name or tr("Point cloud"), provider)
    if layer.isValid():
        style_point_cloud_layer(layer)
    return layer


def style_point_cloud_layer(layer):
    """2D renderer by RGB (8- or 16-bit) when present, else by classification; a 3D renderer made from it."""
    names = {attribute.name() for attribute in layer.attributes().attributes()}
    if {"Red", "Green", "Blue"} <= names:
        renderer = QgsPointCloudRgbRenderer()
        renderer.setRedAttribute("Red")
        renderer.setGreenAttribute("Green")
        renderer.setBlueAttribute("Blue")
        maximum = 65535 if _colours_are_16_bit(layer.source()) else 255
        for setter in (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
                       renderer.setBlueContrastEnhancement):
            setter(_stretch(maximum))
    else:
        renderer = QgsPointCloudClassifiedRenderer("Classification",
                                                   QgsPointCloudClassifiedRenderer.defaultCategories())
    renderer.setPointSize(2)
    layer.setRenderer(renderer)
    _set_3d_renderer(layer)
    layer.triggerRepaint()


def _stretch(maximum):
    enhancement = QgsContrastEnhancement(Qgis.DataType.UInt16 if maximum > 255 else Qgis.DataType.Byte)
    enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
    enhancement.setMinimumValue(0)
    enhancement.setMaximumValue(maximum)
    return enhancement


def _colours_are_16_bit(source):
    """LAS says RGB is 16-bit, yet many writers store 0-255: look at the first points of the first file."""
    laspy = require("laspy", "Point cloud styling")
    path = source
    if source.lower().endswith(".vpc"):
        first = json.loads(Path(source).read_text(encoding="utf-8"))["features"][0]["assets"]["data"]["href"]
        path = str(Path(source).parent / first)
    try:
        with laspy.open(path) as reader:
            sample = reader.read_points(min(reader.header.point_count, 100_000))
    except Exception:  # unreadable here (remote file ...): assume the LAS specification's 16 bits
        return True
    return int(max(sample.red.max(), sample.green.max(), sample.blue.max())) > 255


def _set_3d_renderer(layer):
    try:
        from qgis._3d import QgsPointCloudLayer3DRenderer
    except ImportError:  # QGIS built without 3D
        return
    renderer_3d = QgsPointCloudLayer3DRenderer()
    if not renderer_3d.convertFrom2DRenderer(layer.renderer()):  # fills the 3D symbol from the 2D renderer
        return
    renderer_3d.setPointRenderingBudget(POINT_BUDGET_3D)
    layer.setRenderer3D(renderer_3d)


def set_licence(layer, licence, attribution):
    """Licence and attribution in the layer's metadata, where print layouts and the project find them."""
    metadata = layer.metadata()
    if licence:
        metadata.setLicenses([licence])
    if attribution:
        metadata.setRights([attribution])
    layer.setMetadata(metadata)


def style_with_licence(layer, licence="", attribution=""):
    """A loaded point cloud output: styled, with the data's licence and attribution in its metadata."""
    if isinstance(layer, QgsPointCloudLayer) and layer.isValid():
        style_point_cloud_layer(layer)
        set_licence(layer, licence, attribution)


def load_on_completion(context, value, requested, *, written, output_name, licence="", attribution=""):
    """Put the file actually ``written`` on the map when the run ends (a '.laz' output ``requested`` becomes
    '.copc.laz', the ending QGIS recognises), styled and credited, named briefly: when the user asked to open the
    output (``value``, the parameter value, then is an output definition going to a project), or when ``value``
    is a plain path, as from processing.runAndLoadResults, which in QGIS 3.40 leaves point cloud outputs unloaded
    (processing.run and qgis_process load nothing anyway). Returns the post-processor, or None."""
    from ..qgis_results import Result, load_outputs

    if context.willLoadLayerOnCompletion(requested):
        layers = context.layersToLoadOnCompletion()
        layers.pop(requested)
        context.setLayersToLoadOnCompletion(layers)
    elif isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is None:
        return None  # the dialog's 'Open output file after running' was unticked
    name = tr("Point cloud {0}").format(Path(written).name.split(".")[0])
    style = functools.partial(style_with_licence, licence=licence, attribution=attribution)
    return load_outputs(context, output_name, [Result(written, name, style,
                                                      hint=QgsProcessingUtils.LayerHint.PointCloud)])[0]
