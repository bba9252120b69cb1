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
