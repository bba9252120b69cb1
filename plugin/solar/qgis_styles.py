"""Styles for the solar outputs, applied when Processing loads them (resources/styles/solar_*.qml)."""

from pathlib import Path

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLES = Path(__file__).resolve().parent.parent.parent / "resources" / "styles"


class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style_file, layer_name):
        super().__init__()
        self.style_file = str(STYLES / style_file)
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None or not layer.isValid():
            return
        layer.setName(self.layer_name)
        _message, ok = layer.loadNamedStyle(self.style_file)
        if not ok:
            feedback.reportError(f"Style {self.style_file} could not be applied.")
        layer.triggerRepaint()


def style_on_completion(context, layer_id, style_file, layer_name):
    """Attach a style to an output the context will load; return the post-processor (the caller keeps it alive)."""
    if not layer_id or not context.willLoadLayerOnCompletion(layer_id):
        return None
    loader = StyleLoader(style_file, layer_name)
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(loader)
    return loader
