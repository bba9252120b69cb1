"""What every Digital Twin algorithm shares: translation, instance creation, engine errors and progress."""

import contextlib
import functools
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.dependencies import as_missing_dependency
from ..plugin.errors import ENGINE_CONTEXT, DigitalTwinError
from ..plugin.progress import Progress

ICON_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "icons" / "digital_twin.svg")


class DigitalTwinAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set name/displayName/group/groupId/shortHelpString and implement initAlgorithm/processAlgorithm."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _naming_missing_packages(cls.__dict__["processAlgorithm"])

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

    @staticmethod
    def progress(feedback):
        """An engine Progress reporting into this feedback and stopping on Cancel."""
        return Progress(feedback.setProgress, feedback.isCanceled, feedback.pushInfo)


def _naming_missing_packages(process_algorithm):
    """processAlgorithm, where a missing optional package (imported anywhere below it) ends the run with the
    sentence naming it and its pip command, not a ModuleNotFoundError traceback."""
    @functools.wraps(process_algorithm)
    def wrapper(self, parameters, context, feedback):
        try:
            return process_algorithm(self, parameters, context, feedback)
        except ImportError as exc:
            missing = as_missing_dependency(exc, self.displayName())
            if missing is None:
                raise
            raise QgsProcessingException(missing.localized(
                lambda text: QCoreApplication.translate(ENGINE_CONTEXT, text))) from exc
    return wrapper


@contextlib.contextmanager
def engine_errors():
    """Turn the engines' user-facing errors into QgsProcessingException, so users read a sentence, not a traceback."""
    try:
        yield
    except DigitalTwinError as exc:
        raise QgsProcessingException(str(exc)) from exc
