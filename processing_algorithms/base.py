"""What every Digital Twin algorithm shares: translation, instance creation, engine errors, progress, one rule for
existing output files, and a clean stop on SIGTERM when running headless."""

import contextlib
import functools
import os
import signal
import threading
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingUtils,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.dependencies import as_missing_dependency
from ..plugin.errors import Cancelled, DigitalTwinError
from ..plugin.i18n import engine_text
from ..plugin.progress import Progress
from ..plugin.safe_io import exists_error, output_lock, remove_output

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
    OVERWRITE = "OVERWRITE"
    TEMPORARY_OUTPUT = "TEMPORARY_OUTPUT"
    EXISTING_OUTPUT_SWITCHES = (OVERWRITE,)  # boolean parameters that let outputs reuse existing files

    def add_overwrite_parameter(self):
        """The OVERWRITE switch, for algorithms that had none: every output keeps an existing file unless it is set."""
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))

    def __init_subclass__(cls, **kwargs):
        """Every algorithm's processAlgorithm starts with the checks below (errors raised there reach the user
        with their message; from prepareAlgorithm QGIS would only say "There were errors")."""
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _checked_first(_naming_missing_packages(cls.__dict__["processAlgorithm"]))

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

    def features_with_geometry(self, source, crs, context, feedback, parameter):
        """(feature, its geometry in ``crs``) for each feature of ``source`` that has a geometry, until Cancel; the
        features without one (the layer ``parameter``) are counted in the log at the end."""
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        without_geometry = 0
        for feature in source.getFeatures():
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                without_geometry += 1
                continue
            geometry.transform(transform)
            yield feature, geometry
        self.report_without_geometry(feedback, without_geometry, parameter)

    def wkbs_with_geometry(self, source, crs, context, feedback, parameter):
        """WKB (in ``crs``) of the features of ``source`` that have a geometry; the others are counted in the log."""
        return [bytes(geometry.asWkb())
                for _, geometry in self.features_with_geometry(source, crs, context, feedback, parameter)]

    def process_in_main_thread(self, parameters, context, feedback):
        """Run processAlgorithm now, from prepareAlgorithm (which QGIS runs in the main thread), with the same
        output checks; the run's own processAlgorithm call, in Processing's background task, then returns this
        result. For work Qt allows only in the main thread (Qt3D rendering, opening the layout designer)."""
        self.__dict__.pop(MAIN_THREAD_RESULT, None)
        try:
            result = self.processAlgorithm(parameters, context, feedback)
        except Exception as exc:  # noqa: BLE001 - raised from processAlgorithm: QGIS shows prepareAlgorithm's
            result = exc          # exceptions only as "There were errors"
        setattr(self, MAIN_THREAD_RESULT, result)

    @staticmethod
    def progress(feedback):
        """An engine Progress reporting into this feedback (log lines in the UI's language) and stopping on Cancel
        (or SIGTERM, when headless)."""
        return Progress(feedback.setProgress, lambda: _stop_requested(feedback),
                        lambda line: feedback.pushInfo(engine_text(line)))


def _stop_requested(feedback):
    """Cancel pressed, or SIGTERM seen by an engine loop (perhaps in a worker thread, before the handler's own
    exception reached the main thread): the run stops saying which."""
    if TERMINATED.is_set():
        raise Terminated(signal=signal.Signals.SIGTERM.name)
    return feedback.isCanceled()


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
            raise QgsProcessingException(engine_text(missing)) from exc
    return wrapper


@contextlib.contextmanager
def engine_errors():
    """Turn the engines' user-facing errors into QgsProcessingException, so users read a sentence, not a traceback,
    in the UI's language."""
    try:
        yield
    except DigitalTwinError as exc:
        raise QgsProcessingException(engine_text(exc)) from exc


MAIN_THREAD_RESULT = "_main_thread_result"


def _checked_first(process):
    @functools.wraps(process)
    def checked(self, parameters, context, feedback):
        """Before any work: refuse existing outputs and claim the outputs' names (a lock file each); stop cleanly on
        SIGTERM when headless. If the run fails, the files it created are removed, so outputs are whole or absent."""
        done_in_main_thread = self.__dict__.pop(MAIN_THREAD_RESULT, None)
        if isinstance(done_in_main_thread, Exception):
            raise done_in_main_thread
        if done_in_main_thread is not None:  # process_in_main_thread ran it, checks included
            return done_in_main_thread
        with contextlib.ExitStack() as locks:
            with engine_errors():
                claimed = check_destinations(self, parameters, context)
                for path, _existed in claimed:
                    locks.enter_context(output_lock(path))
            install_termination_handler()
            try:
                return process(self, parameters, context, feedback)
            except BaseException:
                for path, existed in claimed:
                    if not existed:  # QGIS writes sinks in place: a failed run must not leave half of one
                        remove_output(path)
                raise

    return checked


# ------------------------------------------------------------------------------------------- existing output files

FOLDER_DESTINATION = "folderDestination"  # a folder's own algorithm decides what may be replaced in it
LAYER_NAME_MARK = "|layername="


def check_destinations(algorithm, parameters, context):
    """The one overwrite rule, for every destination parameter (secondary outputs included), before any work:
    an existing file is kept unless OVERWRITE is set; QGIS temporary outputs and databases are left to QGIS.
    Returns [(file path, whether it existed)] of the file destinations."""
    overwrite = any(algorithm.parameterDefinition(switch) is not None
                    and algorithm.parameterAsBoolean(parameters, switch, context)
                    for switch in algorithm.EXISTING_OUTPUT_SWITCHES)
    claimed = []
    for definition in algorithm.destinationParameterDefinitions():
        if definition.type() == FOLDER_DESTINATION:
            continue
        path, layer = _destination_file(parameters.get(definition.name()), context)
        if path is None or path in (claim for claim, _ in claimed):
            continue
        existed = path.exists()
        if existed and not overwrite and path.is_file() and (layer is None or _has_layer(path, layer)):
            raise exists_error(path, field=definition.name())
        claimed.append((path, existed))
    return claimed


def _destination_file(value, context):
    """(file path, layer name or None) a destination value names, or (None, None) for temporary/database ones."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
    text = str(value or "").strip()
    if not text or text == DigitalTwinAlgorithm.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return None, None
    if ":" in text.split("/")[0] and not Path(text).drive:  # provider URIs (ogr:, postgres:...) name databases
        return None, None
    text, _, layer = text.partition(LAYER_NAME_MARK)
    path = Path(text).absolute()
    temporary = Path(QgsProcessingUtils.tempFolder()).absolute()
    if temporary == path or temporary in path.parents:
        return None, None
    return path, (layer.split("|")[0] or None)


def _has_layer(path, layer):
    from osgeo import ogr

    try:
        dataset = ogr.Open(str(path))
    except RuntimeError:  # ogr.UseExceptions() is on
        return True
    return dataset is None or dataset.GetLayerByName(layer) is not None  # unreadable: treat as taken


# ------------------------------------------------------------------------------------------------------- SIGTERM

TERMINATED = threading.Event()  # set by SIGTERM: progress reports Cancel even where the exception got swallowed
DESKTOP_PLATFORM = "desktop"  # QGIS desktop's signals belong to QGIS; qgis_process and plain Python are headless
_installed = []


class Terminated(Cancelled):
    """SIGTERM stopped a run; like Cancel, its part files and temporary folders are removed on the way out."""

    def __init__(self, message="Stopped by signal {signal}, as if cancelled.", **values):
        super().__init__(message, **values)


def install_termination_handler():
    """When headless and on the main thread, make SIGTERM unwind a running algorithm (so ``finally`` blocks and
    context managers remove part files and temp folders) instead of killing the process mid-write."""
    if (_installed or QgsApplication.platform() == DESKTOP_PLATFORM
            or threading.current_thread() is not threading.main_thread()):
        return
    _installed.append(signal.signal(signal.SIGTERM, _on_terminate))


def _on_terminate(signum, frame):
    if not _inside_algorithm(frame):  # between runs: behave as before the handler
        previous = _installed[0]
        if callable(previous):
            previous(signum, frame)
            return
        signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    signal.signal(signum, signal.SIG_DFL)  # a second SIGTERM kills at once
    TERMINATED.set()
    raise Terminated(signal=signal.Signals(signum).name)


def _inside_algorithm(frame):
    while frame is not None:
        if frame.f_code.co_name == "checked" and isinstance(frame.f_locals.get("self"), DigitalTwinAlgorithm):
            return True
        frame = frame.f_back
    return False
