"""The catalog dock: pick a catalog, search as you type with filters, read a dataset's licence and attribution, then
"Add to map" (the loader is picked by the resource's kind) or "Download" into a folder. Network and conversions run
in QgsTasks; the dock only shows results."""

import html
import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from . import qgis_connections, sources
from .model import DOWNLOAD, LINK
from .plateau import citygml_conditions
from .qgis_layers import add_to_project
from .qgis_tasks import AddToMapTask, DownloadTask, OpenCatalogTask
from .search import CatalogIndex, Query

MAX_ADDED_AT_ONCE = 30  # mesh files added from one dataset row; beyond that the user picks
SHOWN_RESULTS = 2000  # a tree of 10,000 rows is slow to fill and useless to scroll: refine the search instead
FOLDER_KEY = "digital_twin/catalog/download_folder"
_CONDITIONS = re.compile(r"^(\d{5}(,\d{5})*|[mrsg]:.+)$")
DATASET_ROLE = Qt.ItemDataRole.UserRole
RESOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


def create_dock(iface):
    """The catalog dock, added to the right dock area of QGIS (the lead wires this into the menu)."""
    dock = CatalogDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def default_download_folder():
    return QgsSettings().value(FOLDER_KEY, str(Path.home() / "DigitalTwin" / "catalog"))


def filter_labels():
    """search.Query field -> label (literal tr() calls, so the translation tools find them)."""
    return {"pref": tr("Prefecture"), "city": tr("City"), "ward": tr("Ward"), "data_type": tr("Type"),
            "format": tr("Format"), "year": tr("Year"), "lod": tr("LOD")}


def catalog_type_labels():
    """In the order of sources.CATALOG_TYPES."""
    return [tr("PLATEAU data catalog (3D Tiles, MVT)"), tr("PLATEAU CityGML files"), tr("CKAN portal"),
            tr("TerriaJS catalog (Tokyo Digital Twin 3D viewer)"), tr("Local catalog file or folder (offline)")]


class CatalogDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Digital Twin catalog"), parent)
        self.setObjectName("DigitalTwinCatalogDock")
        self.iface = iface
        self.index = CatalogIndex([])
        self.text_sent = False  # the search text went to the server: do not filter with it again
        self.tasks = set()  # running tasks: Python must keep them alive until finished() has run
        self.messages = []  # what the dock told the user last (status line and message bar), newest last
        self._build()
        self.reload_connections()

    # -- layout ------------------------------------------------------------------------------------------------------

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._connection_row())
        self.search_box = QgsFilterLineEdit()
        self.search_box.setPlaceholderText(tr("Search: words of title, place, type, format, year…"))
        self.search_box.textChanged.connect(self.refresh_results)
        self.search_box.returnPressed.connect(self._search_entered)
        layout.addWidget(self.search_box)
        layout.addLayout(self._filter_grid())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([tr("Title"), tr("Area"), tr("Type"), tr("Format"), tr("LOD"), tr("Year")])
        self.results.currentItemChanged.connect(self.show_details)
        self.results.itemDoubleClicked.connect(lambda *args: self.add_to_map())
        splitter.addWidget(self.results)
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        splitter.addWidget(self.details)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._action_row())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)

    def _connection_row(self):
        row = QHBoxLayout()
        self.connection_combo = QComboBox()
        row.addWidget(self.connection_combo, 1)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.clicked.connect(self.open_catalog)
        row.addWidget(self.open_button)
        self.add_connection_button = QPushButton(tr("Add…"))
        self.add_connection_button.clicked.connect(self._ask_new_connection)
        row.addWidget(self.add_connection_button)
        self.remove_connection_button = QPushButton(tr("Remove"))
        self.remove_connection_button.clicked.connect(self._remove_connection)
        row.addWidget(self.remove_connection_button)
        return row

    def _filter_grid(self):
        grid = QGridLayout()
        self.filters = {}
        for position, (key, label) in enumerate(filter_labels().items()):
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.currentTextChanged.connect(self.refresh_results)
            self.filters[key] = combo
            grid.addWidget(QLabel(label), position // 4, (position % 4) * 2)
            grid.addWidget(combo, position // 4, (position % 4) * 2 + 1)
        return grid

    def _action_row(self):
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add to map"))
        self.add_button.clicked.connect(self.add_to_map)
        row.addWidget(self.add_button)
        self.download_button = QPushButton(tr("Download…"))
        self.download_button.clicked.connect(lambda: self.download_selected())
        row.addWidget(self.download_button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        row.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_tasks)
        row.addWidget(self.cancel_button)
        return row

    # -- connections ---------------------------------------------------------------------------------------------

    def reload_connections(self, select=None):
        self.connections = qgis_connections.all_connections()
        self.connection_combo.clear()
        for connection in self.connections:
            self.connection_combo.addItem(connection["name"])
        if select:
            self.select_connection(select)

    def select_connection(self, name):
        names = [connection["name"] for connection in self.connections]
        self.connection_combo.setCurrentIndex(names.index(name))

    def current_connection(self):
        return self.connections[self.connection_combo.currentIndex()]

    def _ask_new_connection(self):
        dialog = ConnectionDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_connection(*dialog.values())

    def save_connection(self, name, kind, url, authcfg=""):
        qgis_connections.add_connection(name, kind, url, authcfg)
        self.reload_connections(select=name)

    def _remove_connection(self):
        connection = self.current_connection()
        if connection.get("builtin"):
            self.tell(tr("Built-in catalogs cannot be removed."))
            return
        qgis_connections.remove_connection(connection["name"])
        self.reload_connections()

    # -- opening and searching -------------------------------------------------------------------------------------

    def open_catalog(self):
        connection = self.current_connection()
        text = self.search_box.text().strip()
        conditions = ""
        if connection["type"] == "plateau-citygml":
            conditions = text if _CONDITIONS.match(text) else self.map_extent_conditions()
        kind = sources.BY_KEY[connection["type"]]
        task = OpenCatalogTask(connection, self._catalog_opened, query=text if kind.remote_text_search else "",
                               conditions=conditions)
        # Text the server already searched (CKAN) or used as CityGML conditions must not also filter locally.
        task.text_sent = kind.remote_text_search or (bool(conditions) and conditions == text)
        self.tell(tr("Opening {0}…").format(connection["name"]))
        self.start(task)

    def map_extent_conditions(self):
        """r:<bbox> of the map canvas in WGS 84, for the CityGML search."""
        canvas = self.iface.mapCanvas()
        extent = canvas.extent()
        if extent.isEmpty():
            return ""
        source = canvas.mapSettings().destinationCrs()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if source.isValid() and source != wgs84:
            extent = QgsCoordinateTransform(source, wgs84, QgsProject.instance()).transformBoundingBox(extent)
        return citygml_conditions(bbox=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))

    def _search_entered(self):
        """Enter re-asks servers that search themselves (CKAN) or the CityGML search; others filter as you type."""
        kind = self.current_connection()["type"]
        if sources.BY_KEY[kind].remote_text_search or kind == "plateau-citygml":
            self.open_catalog()

    def _catalog_opened(self, task):
        self.finish(task)
        if task.error:
            self.tell(tr("{0}: {1}").format(task.name, task.error), error=True)
            return
        self.index = CatalogIndex(task.datasets)
        self.text_sent = task.text_sent
        self._fill_filters()
        self.refresh_results()

    def _fill_filters(self):
        for key, combo in self.filters.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([""] + self.index.facet_values(key))
            combo.blockSignals(False)

    def query(self):
        text = "" if self.text_sent else self.search_box.text()
        return Query(text=text, **{key: combo.currentText().strip() for key, combo in self.filters.items()})

    def refresh_results(self):
        found = self.index.search(self.query())
        self.results.clear()
        for dataset in found[:SHOWN_RESULTS]:
            item = QTreeWidgetItem([dataset.title, dataset.area, dataset.data_type, dataset.format, dataset.lod,
                                    str(dataset.year or "")])
            item.setData(0, DATASET_ROLE, dataset)
            for resource in dataset.resources:
                child = QTreeWidgetItem([resource.name or resource.url, resource.mesh_code, resource.kind,
                                         resource.format, resource.lod, _size_text(resource.size)])
                child.setData(0, DATASET_ROLE, dataset)
                child.setData(0, RESOURCE_ROLE, resource)
                item.addChild(child)
            self.results.addTopLevelItem(item)
        shown = min(len(found), SHOWN_RESULTS)
        text = tr("{0} of {1} datasets").format(len(found), len(self.index))
        if shown < len(found):
            text += " " + tr("(first {0} shown; refine the search)").format(shown)
        self.status.setText(text)

    # -- details -------------------------------------------------------------------------------------------------

    def selection(self):
        """(dataset, resource) of the current row; the resource is the dataset's first loadable one for a dataset
        row."""
        item = self.results.currentItem()
        if item is None:
            return None, None
        dataset = item.data(0, DATASET_ROLE)
        resource = item.data(0, RESOURCE_ROLE)
        if resource is None:
            loadable = [r for r in dataset.resources if r.kind not in (DOWNLOAD, LINK)]
            resource = (loadable or dataset.resources or [None])[0]
        return dataset, resource

    def show_details(self, *args):
        dataset, resource = self.selection()
        self.details.setHtml(details_html(dataset, resource) if dataset else "")

    # -- actions -------------------------------------------------------------------------------------------------

    def add_to_map(self):
        """Add the selected resource; for a dataset row, every resource of the kind of its first loadable one
        (all mesh files of a CityGML dataset), into a layer group."""
        dataset, resource = self.selection()
        if resource is None:
            self.tell(tr("Select a dataset or one of its resources first."))
            return
        if resource.kind in (DOWNLOAD, LINK):
            self.tell(tr("'{0}' cannot be added to the map ({1}); use Download.").format(
                resource.name or resource.url, resource.format or tr("unknown format")), error=True)
            return
        resources = [resource]
        if self.results.currentItem().data(0, RESOURCE_ROLE) is None:
            resources = [r for r in dataset.resources if (r.kind, r.format) == (resource.kind, resource.format)]
        if len(resources) > MAX_ADDED_AT_ONCE:
            self.tell(tr("{0} has {1} files: expand it and add the ones you need.").format(
                dataset.title, len(resources)), error=True)
            return
        folder = Path(default_download_folder())
        self.tell(tr("Adding {0}…").format(dataset.title))
        self.start(AddToMapTask(resources, dataset, folder, self._layers_made,
                                self.current_connection().get("authcfg", "")))

    def _layers_made(self, task):
        self.finish(task)
        if task.error:
            self.tell(tr("{0}: {1}").format(task.dataset.title, task.error), error=True)
            return
        add_to_project(QgsProject.instance(), task.layers, task.dataset.title, task.hidden)
        self.tell(tr("Added {0} layer(s) of {1}.").format(len(task.layers), task.dataset.title))

    def download_selected(self, folder=None):
        """Download the selected resource (or every resource of the selected dataset) into ``folder`` (asked when
        not given)."""
        dataset, resource = self.selection()
        if dataset is None:
            self.tell(tr("Select a dataset or one of its resources first."))
            return
        item = self.results.currentItem()
        resources = [resource] if item.data(0, RESOURCE_ROLE) is not None else dataset.resources
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Download into folder"), default_download_folder())
            if not folder:
                return
        QgsSettings().setValue(FOLDER_KEY, str(folder))
        self.tell(tr("Downloading {0} file(s) into {1}…").format(len(resources), folder))
        self.start(DownloadTask(resources, folder, self._downloaded, self.current_connection().get("authcfg", "")))

    def _downloaded(self, task):
        self.finish(task)
        if task.error:
            self.tell(tr("Download: {0}").format(task.error), error=True)
        else:
            self.tell(tr("Downloaded {0} file(s) into {1}.").format(len(task.files), task.folder))

    # -- tasks -------------------------------------------------------------------------------------------------------

    def start(self, task):
        self.tasks.add(task)
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(int(value)))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        QgsApplication.taskManager().addTask(task)

    def finish(self, task):
        self.tasks.discard(task)
        if not self.tasks:
            self.progress_bar.setVisible(False)
            self.cancel_button.setVisible(False)

    def cancel_tasks(self):
        for task in list(self.tasks):
            task.cancel()

    def busy(self):
        return bool(self.tasks)

    def tell(self, text, error=False):
        self.messages.append(text)
        self.status.setText(text)
        if error:
            self.iface.messageBar().pushMessage(tr("Digital Twin catalog"), text, level=Qgis.MessageLevel.Warning)


def _size_text(size):
    if not size:
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def details_html(dataset, resource):
    """Title, licence and attribution first (they must be honoured), then place, type, description, URLs."""
    escape = html.escape
    rows = [(tr("Licence"), dataset.licence or tr("not stated: check the publisher's terms")),
            (tr("Attribution"), dataset.attribution), (tr("Publisher"), dataset.publisher),
            (tr("Catalog"), dataset.catalog), (tr("Area"), dataset.area or dataset.city_code),
            (tr("Type"), " / ".join(filter(None, [dataset.data_type, dataset.data_type_en]))),
            (tr("Format"), dataset.format), (tr("LOD"), dataset.lod), (tr("Year"), str(dataset.year or "")),
            (tr("Group"), dataset.group)]
    body = [f"<h3>{escape(dataset.title)}</h3><table>"]
    body += [f"<tr><th align='left'>{escape(label)}</th><td>{escape(value)}</td></tr>"
             for label, value in rows if value]
    body.append("</table>")
    if dataset.description:
        body.append(f"<p>{escape(dataset.description[:1500])}</p>")
    body.append("<ul>")
    for item in dataset.resources[:50]:
        mark = "<b>" if item is resource else ""
        end = "</b>" if item is resource else ""
        body.append(f"<li>{mark}{escape(item.name or item.format)}{end} ({escape(item.format or '?')}, "
                    f"{escape(_size_text(item.size) or tr('size unknown'))}): "
                    f"<a href='{escape(item.url)}'>{escape(item.url)}</a></li>")
    body.append("</ul>")
    return "".join(body)


class ConnectionDialog(QDialog):
    """A new catalog connection: name, type, URL (or file/folder) and an optional authentication config."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New catalog connection"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        form.addRow(tr("Name"), self.name_edit)
        self.type_combo = QComboBox()
        for kind, label in zip(sources.CATALOG_TYPES, catalog_type_labels(), strict=True):
            self.type_combo.addItem(label, kind.key)
        form.addRow(tr("Type"), self.type_combo)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        form.addRow(tr("URL, file or folder"), self.url_edit)
        self.auth = QgsAuthConfigSelect(self)
        form.addRow(tr("Authentication"), self.auth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self):
        return (self.name_edit.text().strip(), self.type_combo.currentData(), self.url_edit.text().strip(),
                self.auth.configId())
