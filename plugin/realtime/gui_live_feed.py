"""The 'Add live feed…' dialog: URL, feed type, refresh interval and an optional recording file, then a live layer.

Menu entry for the lead: ``show_live_feed_dialog(iface)``.
"""

from qgis.core import Qgis
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from ..errors import DigitalTwinError
from ..i18n import engine_text, tr
from .gtfsrt import TOEI_BUS_URL
from .qgis_live_layer import add_live_layer, message_bar_notifier

EXAMPLE_URLS = {  # feed type -> the URL shown when it is chosen, in the combo box's order
    "gtfsrt": TOEI_BUS_URL,
    "sensorthings": "https://example.org/FROST-Server/v1.1",
    "geojson": "https://example.org/counters.geojson",
    "wfs": "https://api.jartic-open-traffic.org/geoserver",
    "replay": "",
}


def feed_labels():
    return {
        "gtfsrt": tr("GTFS-Realtime vehicle positions"),
        "sensorthings": tr("OGC SensorThings API (service root)"),
        "geojson": tr("GeoJSON, JSON or CSV with latitude/longitude"),
        "wfs": tr("JARTIC traffic counts (WFS, map extent)"),
        "replay": tr("Replay a recording (GeoPackage)"),
    }


class LiveFeedDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Add live feed"))
        self.feed_type = QComboBox()
        labels = feed_labels()
        for feed_type in EXAMPLE_URLS:
            self.feed_type.addItem(labels[feed_type], feed_type)
        self.url = QLineEdit(TOEI_BUS_URL)
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 3600)
        self.interval.setValue(30)
        self.interval.setSuffix(tr(" s"))
        self.record = QCheckBox(tr("Record every refresh to a GeoPackage"))
        self.record_path = QgsFileWidget()
        self.record_path.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.record_path.setFilter(tr("GeoPackage (*.gpkg)"))
        self.record_path.setEnabled(False)
        self.record.toggled.connect(self.record_path.setEnabled)
        self.feed_type.currentIndexChanged.connect(self._example_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Feed type"), self.feed_type)
        form.addRow(tr("Feed URL or recording"), self.url)
        form.addRow(tr("Refresh every"), self.interval)
        form.addRow(self.record)
        form.addRow(tr("Recording file"), self.record_path)
        form.addRow(buttons)

    def _example_url(self, index):
        """Show the chosen type's example unless the user typed a URL of their own."""
        if self.url.text().strip() in EXAMPLE_URLS.values():
            self.url.setText(EXAMPLE_URLS[self.feed_type.itemData(index)])

    def values(self):
        record_path = self.record_path.filePath().strip() if self.record.isChecked() else None
        if record_path and not record_path.lower().endswith(".gpkg"):
            record_path += ".gpkg"
        return self.feed_type.currentData(), self.url.text().strip(), self.interval.value(), record_path or None


def show_live_feed_dialog(iface):
    """Ask for a feed and start its live layer; returns the LiveLayer, or None when cancelled or refused."""
    dialog = LiveFeedDialog(iface.mainWindow() if iface is not None else None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    feed_type, url, interval_s, record_path = dialog.values()
    try:
        return add_live_layer(iface, url, feed_type, interval_s, record_path=record_path)
    except DigitalTwinError as exc:  # e.g. an empty URL or a replay file that is not a recording
        message_bar_notifier(iface)(Qgis.MessageLevel.Critical, engine_text(exc))
        return None
