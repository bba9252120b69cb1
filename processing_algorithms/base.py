"""What every Digital Twin algorithm shares: translation, instance creation, engine errors and progress."""

import contextlib
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.errors import DigitalTwinError
from ..plugin.progress import Progress

ICON_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "icons" / "digital_twin.svg")


class DigitalTwinAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set name/displayName/group/groupId/shortHelpString and implement initAlgorithm/processAlgorithm."""

    def tr(self, text):
        return QCoreApplication.translate("Processing", text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    LAYER_PARAMETER_TYPES = ("source", "vector", "raster", "layer", "pointcloud")

    def with_credits(self, parameters, context, results):
        """``results``, once every output file carries the data credits (rights, licences) of the input layers,
        so maps made from the outputs still name their data (see plugin.qgis_credits)."""
        from ..plugin.qgis_credits import credits_of, write_credits

        inputs = []
        for definition in self.parameterDefinitions():
            if not parameters.get(definition.name()):
                continue
            if definition.type() == "multilayer":
                inputs += self.parameterAsLayerList(parameters, definition.name(), context)
            elif definition.type() in self.LAYER_PARAMETER_TYPES:
                inputs.append(self.parameterAsLayer(parameters, definition.name(), context))
        rights, licences = credits_of(inputs)
        for output in self.outputDefinitions():
            if isinstance(results.get(output.name()), str):
                write_credits(results[output.name()], rights, licences)
        return results

    def report_without_geometry(self, feedback, count, parameter):
        """Say how many features of the layer ``parameter`` were left out for having no geometry: never silently."""
        if count:
            feedback.pushWarning(self.tr("{count} features of {layer} have no geometry and were left out").format(
                count=count, layer=parameter))

    def wkbs_with_geometry(self, source, crs, context, feedback, parameter):
        """WKB (in ``crs``) of the features of ``source`` that have a geometry; the others are counted in the log."""
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        wkbs, without_geometry = [], 0
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isNull():
                without_geometry += 1
            else:
                wkbs.append(bytes(geometry.asWkb()))
        self.report_without_geometry(feedback, without_geometry, parameter)
        return wkbs

    @staticmethod
    def progress(feedback):
        """An engine Progress reporting into this feedback and stopping on Cancel."""
        return Progress(feedback.setProgress, feedback.isCanceled, feedback.pushInfo)


@contextlib.contextmanager
def engine_errors():
    """Turn the engines' user-facing errors into QgsProcessingException, so users read a sentence, not a traceback."""
    try:
        yield
    except DigitalTwinError as exc:
        raise QgsProcessingException(str(exc)) from exc
