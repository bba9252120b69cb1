"""Tile picker in QGIS desktop: the published tile index (an MVT layer) on the map, tiles chosen by clicking or by the
current extent, then digitaltwin:pointclouddownloadtiles in its dialog (progress and Cancel come with it).

The index and download addresses come from a TileScheme (Tokyo's 23 wards by default), so other cities fit too.
"""

import json

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsSelectionContext,
    QgsSettings,
    QgsVectorTileLayer,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ..errors import InputError
from ..i18n import engine_text, tr
from .tiles import TileScheme

ALGORITHM_ID = "digitaltwin:pointclouddownloadtiles"
CLICK_TOLERANCE_PIXELS = 3
SCHEME_KEY = "digital_twin/pointcloud/tile_scheme"  # JSON of TileScheme.to_dict(): another city's tiles
_open_pickers = {}  # iface -> its picker: one dock per QGIS window, reused when the menu is chosen again


def show_tile_picker(iface, scheme=None):
    """Show the tile picker dock (created on first use, with the tile index added to the project); return it."""
    picker = _open_pickers.get(id(iface))
    if picker is None:
        picker = _open_pickers[id(iface)] = TilePicker(iface, scheme or saved_scheme(iface))
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, picker)
    picker.load_index()
    picker.show()
    picker.raise_()
    return picker


def saved_scheme(iface=None):
    """The tile scheme saved in the QGIS settings (SCHEME_KEY), else Tokyo's; a broken setting is reported and
    Tokyo's used."""
    saved = QgsSettings().value(SCHEME_KEY, "")
    if not saved:
        return TileScheme()
    try:
        return TileScheme.from_dict(json.loads(saved))
    except (ValueError, TypeError, AttributeError, InputError) as error:
        if iface is not None:
            iface.messageBar().pushWarning(tr("Point cloud tiles"),
                                           tr("The saved tile scheme is not valid ({}); using Tokyo's.").format(
                                               engine_text(error)))
        return TileScheme()


def close_tile_picker(iface):
    """Remove the picker's dock (plugin unload); the index layer stays in the project like any layer."""
    picker = _open_pickers.pop(id(iface), None)
    if picker is not None:
        picker.set_picking(False)
        iface.removeDockWidget(picker)
        picker.deleteLater()


def tile_index_layer(scheme):
    """The scheme's tile index as a vector tile layer (XYZ MVT template)."""
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", scheme.index_url)
    uri.setParam("zmin", str(scheme.index_zoom_min))
    uri.setParam("zmax", str(scheme.index_zoom_max))
    return QgsVectorTileLayer(bytes(uri.encodedUri()).decode(), tr("Point cloud tile index ({})").format(scheme.name))


class TilePicker(QDockWidget):
    """A dock listing the chosen tiles; the index layer's selection shows them on the map."""

    def __init__(self, iface, scheme, parent=None):
        super().__init__(tr("Point cloud tiles"), parent)
        self.setObjectName("DigitalTwinTilePicker")
        self.iface, self.scheme = iface, scheme
        self.index_layer = None
        self.click_tool = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.hint = QLabel(tr("Click tiles on the map to add or remove them, or take the tiles in the current extent."))
        self.hint.setWordWrap(True)
        self.names_list = QListWidget()
        buttons = QHBoxLayout()
        self.pick_button = QPushButton(tr("Pick on the map"))
        self.pick_button.setCheckable(True)
        self.extent_button = QPushButton(tr("Tiles in the current extent"))
        self.clear_button = QPushButton(tr("Clear"))
        for button in (self.pick_button, self.extent_button, self.clear_button):
            buttons.addWidget(button)
        self.download_button = QPushButton(tr("Download and convert…"))
        for widget in (self.hint, self.names_list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.download_button)
        self.setWidget(body)
        self.pick_button.toggled.connect(self.set_picking)
        self.extent_button.clicked.connect(self.take_extent)
        self.clear_button.clicked.connect(self.clear)
        self.download_button.clicked.connect(self.download)
        self._refresh()

    def load_index(self):
        """Add the tile index to the project (again if the user removed it)."""
        if self.index_layer is not None and QgsProject.instance().mapLayer(self.index_layer.id()) is not None:
            return self.index_layer
        self.index_layer = tile_index_layer(self.scheme)
        QgsProject.instance().addMapLayer(self.index_layer)
        self.index_layer.selectionChanged.connect(self._refresh)
        return self.index_layer

    def tile_names(self):
        """The chosen tile names, sorted."""
        if self.index_layer is None:
            return []
        field = self.scheme.index_name_field
        return sorted({str(feature[field]) for feature in self.index_layer.selectedFeatures()
                       if feature.fields().indexOf(field) >= 0})

    def take_extent(self):
        """Add the tiles that intersect the map's current extent."""
        canvas = self.iface.mapCanvas()
        self._select(QgsGeometry.fromRect(canvas.extent()), Qgis.SelectBehavior.AddToSelection)

    def toggle_at(self, point):
        """Add the tile under ``point`` (map coordinates), or remove it when it is chosen already."""
        canvas = self.iface.mapCanvas()
        radius = canvas.mapUnitsPerPixel() * CLICK_TOLERANCE_PIXELS
        around = QgsGeometry.fromRect(QgsRectangle(point.x() - radius, point.y() - radius,
                                                   point.x() + radius, point.y() + radius))
        before = self.tile_names()
        self._select(around, Qgis.SelectBehavior.AddToSelection)
        if self.tile_names() == before:  # nothing new under the click: it was chosen, so the click removes it
            self._select(around, Qgis.SelectBehavior.RemoveFromSelection)

    def clear(self):
        if self.index_layer is not None:
            self.index_layer.removeSelection()

    def set_picking(self, on):
        canvas = self.iface.mapCanvas()
        if on:
            self.click_tool = QgsMapToolEmitPoint(canvas)
            self.click_tool.canvasClicked.connect(lambda point, _button: self.toggle_at(point))
            self.click_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
            canvas.setMapTool(self.click_tool)
        elif self.click_tool is not None and canvas.mapTool() is self.click_tool:
            canvas.unsetMapTool(self.click_tool)

    def download_parameters(self):
        """Parameters of digitaltwin:pointclouddownloadtiles for the chosen tiles."""
        return {"TILES": ",".join(self.tile_names()), "DOWNLOAD_URL": self.scheme.download_url,
                "CRS": self.scheme.crs}

    def download(self):
        """Open the download algorithm's dialog with the chosen tiles: the user picks the output and runs it."""
        from .. import qgis_dialogs

        if not self.tile_names():
            self.iface.messageBar().pushWarning(tr("Point cloud tiles"), tr("Choose at least one tile first."))
            return
        qgis_dialogs.open_algorithm_dialog(ALGORITHM_ID, self.download_parameters())

    def _select(self, geometry_in_map_crs, behavior):
        layer = self.load_index()
        canvas = self.iface.mapCanvas()
        to_layer = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), layer.crs(), QgsProject.instance())
        geometry = QgsGeometry(geometry_in_map_crs)
        geometry.transform(to_layer)
        context = QgsSelectionContext()
        context.setScale(canvas.scale())  # the index's zoom level for this scale, as drawn
        layer.selectByGeometry(geometry, context, behavior)

    def _refresh(self, *args):
        names = self.tile_names()
        self.names_list.clear()
        self.names_list.addItems(names)
        self.download_button.setEnabled(bool(names))
        self.download_button.setText(tr("Download and convert {} tiles…").format(len(names)) if names
                                     else tr("Download and convert…"))
