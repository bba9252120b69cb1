"""The "Install Python packages…" dialog, the message-bar offers that open it, and the start-up check.

The dialog lists what is missing and which features each package serves, installs in a QgsTask (pip runs as a
subprocess; the log streams into the dialog; Cancel kills pip and leaves nothing installed), and reports one clear
sentence when it fails. Every feature that does not need a missing package keeps working meanwhile.
"""

import configparser
import functools
import sys

from qgis.core import Qgis, QgsApplication, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..errors import Cancelled, DigitalTwinError
from ..i18n import engine_text, tr
from . import pip_install, qgis_profile, requirements

DISMISSED_KEY = "DigitalTwin/installer/dismissed"  # "<plugin version>|<missing names>" the user said "not now" to
STARTUP_DELAY_MS = 3000  # after QGIS has drawn its window: the check never delays start-up
LOG_POLL_MS = 200
MEGABYTE = 1024 * 1024
BAR_SECONDS = 0  # message-bar offers stay until closed


def feature_names():
    """Feature id (requirements.FEATURES_BY_PACKAGE) -> its name in the UI language."""
    return {"citygml": tr("3D buildings (CityGML)"), "flood": tr("Flood analyses"), "solar": tr("Solar potential"),
            "barrierfree": tr("Barrier-free analyses"), "pointcloud": tr("Point clouds"),
            "realtime": tr("Live feeds"), "catalog": tr("Data catalogs"), "sample": tr("Sample district"),
            "maps": tr("Resident maps"), "batch": tr("Batch runs")}


def plugin_version():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(requirements.PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
    return metadata.get("general", "version", fallback="")


class InstallTask(QgsTask):
    """pip in the background; ``lines`` fills as pip prints (read by the dialog's timer), ``error`` when it fails."""

    def __init__(self, requirement_texts, options, python, folder):
        super().__init__(tr("Installing Python packages"), QgsTask.Flag.CanCancel)
        self.requirement_texts = requirement_texts
        self.options = options
        self.python = python
        self.folder = folder
        self.installed = requirements.installed_versions()  # read on the main thread, before pip runs
        self.search_paths = qgis_profile.site_folders()
        self.lines = []
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = pip_install.install(
                self.requirement_texts, python=self.python, folder=self.folder, installed=self.installed,
                options=self.options, search_paths=self.search_paths, on_line=self.lines.append,
                on_progress=lambda fraction: self.setProgress(100 * fraction), is_cancelled=self.isCanceled)
            return True
        except DigitalTwinError as exc:  # InstallError, Cancelled
            self.error = exc
        except Exception as exc:  # noqa: BLE001 (a task must report, not crash QGIS)
            self.error = DigitalTwinError("The install failed: {detail}", detail=f"{type(exc).__name__}: {exc}")
        return False


class InstallDialog(QDialog):
    """Missing packages, the features each serves, Install, progress, pip's log, Cancel."""

    def __init__(self, parent=None, options=None, missing=None, folder=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Install Python packages"))
        self.setObjectName("DigitalTwinInstallDialog")
        self.resize(720, 520)
        self.options = options  # tests point it at a local index; None: QGIS's proxy, the user's pip settings
        self.folder = folder or qgis_profile.dependencies_folder()
        self.task = None
        self.shown_lines = 0
        self.missing = qgis_profile.missing_requirements() if missing is None else list(missing)

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Package"), tr("Version"), tr("Needed for")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(5000)
        layout.addWidget(self.log)
        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton(tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.install_button.clicked.connect(self.start_install)
        self.cancel_button.clicked.connect(self.cancel_install)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(LOG_POLL_MS)
        self.timer.timeout.connect(self._show_new_lines)
        self.fill_table()

    def fill_table(self):
        names = feature_names()
        self.table.setRowCount(len(self.missing))
        for row, requirement in enumerate(self.missing):
            version = requirement.up_to_pin[len(requirement.name):].lstrip()  # the pin, or older to fit QGIS
            features = requirements.FEATURES_BY_PACKAGE.get(requirement.key, ())
            for column, text in enumerate((requirement.name, version, ", ".join(names[f] for f in features))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.missing:
            self.intro.setText(tr("These Python packages are missing. Install puts them into {folder}, for this "
                                  "QGIS profile only; packages QGIS already has are never replaced. Every other "
                                  "feature keeps working meanwhile.").format(folder=self.folder))
        else:
            self.intro.setText(tr("Every Python package the plugin uses is installed."))
        self.install_button.setEnabled(bool(self.missing))
        self.cancel_button.setEnabled(False)

    def start_install(self):
        self.install_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.log.clear()
        self.shown_lines = 0
        self.status.setText(tr("Installing… (this can take several minutes)"))
        try:
            python = pip_install.find_python(pip_install.python_candidates())
        except DigitalTwinError as exc:
            self._failed(exc)
            return
        options = self.options or pip_install.PipOptions(proxy_url=qgis_profile.proxy_url(),
                                                         no_binary=self._no_binary())
        self.log.appendPlainText(tr("Python: {python}").format(python=python))
        self.task = InstallTask([requirement.up_to_pin for requirement in self.missing], options, python,
                                self.folder)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.taskCompleted.connect(self._done)
        self.task.taskTerminated.connect(self._done)
        self.timer.start()
        QgsApplication.taskManager().addTask(self.task)

    @staticmethod
    def _no_binary():
        """requirements.txt's --no-binary (shapely against the system GEOS) applies where QGIS shares the system's
        libraries: Linux. Windows and macOS wheels keep their GEOS apart, and there is no compiler there."""
        return requirements.read_requirements().no_binary if sys.platform.startswith("linux") else ()

    def cancel_install(self):
        if self.task is not None:
            self.status.setText(tr("Cancelling…"))
            self.task.cancel()

    def _show_new_lines(self):
        if self.task is None:
            return
        lines = self.task.lines[self.shown_lines:]
        self.shown_lines += len(lines)
        for line in lines:
            self.log.appendPlainText(line)

    def _done(self):
        task = self.task
        if task is None:
            return
        self.timer.stop()
        self._show_new_lines()
        self.task = None
        self.cancel_button.setEnabled(False)
        if task.result is not None:
            requirements.add_to_sys_path(self.folder)  # usable now; a restart picks up what was imported before
            result = task.result
            self.progress.setValue(100)
            self.status.setText(tr("Installed {count} packages ({size_mb:.0f} MB) in {seconds:.0f} s. Restart "
                                   "QGIS if a feature still says a package is missing.").format(
                count=len(result.installed), size_mb=result.bytes_added / MEGABYTE, seconds=result.seconds))
            self.missing = requirements.missing_requirements(self.missing, requirements.installed_versions())
            self.fill_table()
        else:
            self._failed(task.error or Cancelled())

    def _failed(self, error):
        self.cancel_button.setEnabled(False)
        self.install_button.setEnabled(bool(self.missing))
        self.progress.setValue(0)
        if isinstance(error, Cancelled):
            self.status.setText(tr("Cancelled: nothing was installed."))
        else:
            self.status.setText(engine_text(error))

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.cancel_install()  # closing the dialog never leaves pip running
        super().closeEvent(event)


_DIALOG = []  # the open dialog (modeless: Python must keep it)


def show_install_dialog(iface, options=None):
    """Open (or raise) the install dialog."""
    if _DIALOG and _DIALOG[0].isVisible():
        dialog = _DIALOG[0]
    else:
        _DIALOG[:] = [InstallDialog(iface.mainWindow() if iface is not None else None, options)]
        dialog = _DIALOG[0]
    dialog.show()
    dialog.raise_()
    return dialog


def offer_install(iface, missing=None):
    """A message-bar warning with an "Install Python packages…" button; call it where a feature found a package
    missing (``missing``: the MissingDependencyError, or None to name everything missing)."""
    if missing is None:
        names = [requirement.name for requirement in qgis_profile.missing_requirements()]
        if not names:
            return None
        text = _missing_text(names)
    else:
        text = engine_text(missing)
    return _push_offer(iface, text)


def _missing_text(names):
    return tr("Python packages some Digital Twin features need are missing: {names}. Everything else "
              "works.").format(names=", ".join(names))


def _push_offer(iface, text, dismiss=None):
    bar = iface.messageBar()
    item = bar.createMessage(tr("Digital Twin"), text)
    install = QPushButton(tr("Install Python packages…"))
    install.clicked.connect(lambda: (bar.popWidget(item), show_install_dialog(iface)))
    item.layout().addWidget(install)
    if dismiss is not None:
        later = QPushButton(tr("Not for this version"))
        later.clicked.connect(lambda: (dismiss(), bar.popWidget(item)))
        item.layout().addWidget(later)
    bar.pushWidget(item, Qgis.MessageLevel.Warning, BAR_SECONDS)
    return item


def startup_check(iface):
    """Say what is missing (once per plugin version and missing set, if the user chose "Not for this version")."""
    missing = qgis_profile.missing_requirements()
    if not missing:
        return None
    names = [requirement.name for requirement in missing]
    marker = f"{plugin_version()}|{','.join(names)}"
    settings = QgsSettings()
    if settings.value(DISMISSED_KEY, "", type=str) == marker:
        return None
    return _push_offer(iface, _missing_text(names), dismiss=lambda: settings.setValue(DISMISSED_KEY, marker))


def schedule_startup_check(iface):
    """Run the start-up check once QGIS is up, without delaying the start."""
    QTimer.singleShot(STARTUP_DELAY_MS, functools.partial(startup_check, iface))
