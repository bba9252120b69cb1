"""What every Digital Twin algorithm shares: translation, instance creation, engine errors and progress."""

import contextlib
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.errors import DigitalTwinError
from ..plugin.i18n import engine_text, error_text
from ..plugin.progress import Progress

ICON_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "icons" / "digital_twin.svg")


class DigitalTwinAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set name/displayName/group/groupId/shortHelpString and implement initAlgorithm/processAlgorithm.

    They also fill three class tables, English literals that scripts/translations.py collects (context Processing):
    HELP {PARAMETER name: help text} (shown as the parameter's tooltip and by ``qgis_process help``: what the value
    does, its unit and default), SHORT_DESCRIPTION (one line for the toolbox tooltip) and TAGS (search words).
    Tables of parent classes count too (a subclass's entry wins), so shared parameters are described once.
    """

    HELP = {
        "OVERWRITE": "Off (default): an output file that exists already is kept and the run stops with a message. "
                     "On: it is replaced by the new result.",
    }
    SHORT_DESCRIPTION = ""
    TAGS = ()

    def tr(self, text):
        return QCoreApplication.translate("Processing", text)

    def parameter_help(self, name):
        """The English help text of a parameter, from the nearest class whose HELP table has it ('' if none)."""
        for klass in type(self).__mro__:
            text = vars(klass).get("HELP", {}).get(name)
            if text:
                return text
        return ""

    def addParameter(self, definition, createOutput=True):  # noqa: N803 (QGIS API)
        """Every parameter gets its help text from the HELP tables, in the UI's language."""
        help_text = self.parameter_help(definition.name())
        if help_text:
            definition.setHelp(self.tr(help_text))
        return super().addParameter(definition, createOutput)

    def shortDescription(self):  # noqa: N802 (QGIS API)
        return self.tr(self.SHORT_DESCRIPTION) if self.SHORT_DESCRIPTION else ""

    def tags(self):
        return [self.tr(tag) for tag in self.TAGS]

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
        """An engine Progress reporting into this feedback (log lines in the UI's language) and stopping on Cancel."""
        return Progress(feedback.setProgress, feedback.isCanceled, lambda line: feedback.pushInfo(engine_text(line)))


@contextlib.contextmanager
def engine_errors():
    """Turn the engines' user-facing errors into QgsProcessingException, so users read a sentence, not a traceback,
    in the UI's language."""
    try:
        yield
    except DigitalTwinError as exc:
        raise QgsProcessingException(error_text(exc)) from exc
