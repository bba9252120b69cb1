"""The plugin object QGIS creates: registers the Processing provider and adds the Digital Twin menu and toolbar."""

import functools
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from . import i18n
from .dependencies import as_missing_dependency
from .errors import DigitalTwinError
from .i18n import engine_text, tr

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICON_PATH = str(ICONS_DIR / "digital_twin.svg")


def icon_path(name):
    return str(ICONS_DIR / f"{name}.svg")


class DigitalTwinPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process
        self.provider = None
        self.translator = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.catalog_dock = None

    # Processing -------------------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the provider; QGIS calls this for qgis_process too, so every algorithm works headless."""
        if self.translator is None:
            self.translator = i18n.install_translator()
        if self.provider is not None:
            return
        from ..processing_algorithms.provider import DigitalTwinProvider

        provider = DigitalTwinProvider()
        if QgsApplication.processingRegistry().addProvider(provider):  # False (and provider deleted) if a duplicate
            self.provider = provider
        else:
            QgsMessageLog.logMessage(tr("A Processing provider 'digitaltwin' is registered already (another copy of "
                                        "the plugin?); the Digital Twin algorithms come from that one."),
                                     tr("Digital Twin"), Qgis.MessageLevel.Warning)

    # Desktop ----------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Digital Twin"), main_window)
        self.menu.setObjectName("DigitalTwinMenu")  # no icon: a menu-bar entry with an icon shows only the icon
        help_menu = self.iface.helpMenu()
        if isinstance(help_menu, QMenu):
            main_window.menuBar().insertMenu(help_menu.menuAction(), self.menu)  # QGIS convention: before Help
        else:
            main_window.menuBar().addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("Digital Twin"))
        self.toolbar.setObjectName("DigitalTwinToolbar")

        self._add_action(tr("Data catalogs…"), self.show_catalog, toolbar=True, icon_path=icon_path("catalog"),
                         tip=tr("Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map"))
        from .catalog.qgis_browser import register_browser_provider

        register_browser_provider()  # catalog entries in the Browser panel (drag and drop)
        self.menu.addSeparator()
        if self.provider is not None:
            self._add_algorithm_menus()
        self.menu.addSeparator()
        view_menu = self.menu.addMenu(tr("3D view of the buildings"))
        for attribute, label in (("flood_rank", tr("coloured by flood rank")), ("usage", tr("coloured by usage")),
                                 ("height", tr("coloured by height"))):
            self._add_action(label, functools.partial(self.open_3d_view, attribute), menu=view_menu,
                             name=f"open_3d_view_{attribute}", icon_path=icon_path("view_3d"),
                             feature=f"{view_menu.title()} ({label})",
                             tip=tr("A 3D map view of the selected building layer, extruded and coloured"))
        self._add_action(tr("Point cloud tiles…"), self.show_tile_picker, icon_path=icon_path("pointcloud_tiles"),
                         tip=tr("Pick published point cloud tiles on the map, download them and convert them to COPC"))
        self._add_action(tr("Mobility profiles…"), self.show_profiles, icon_path=icon_path("profiles"),
                         tip=tr("Edit the barrier-free mobility profiles saved with this project"))
        self._add_action(tr("Add live feed…"), self.add_live_feed, icon_path=icon_path("live_feed"),
                         tip=tr("Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map"))
        QgsProject.instance().readProject.connect(self._restore_live_layers)
        self._add_action(tr("Digital Twin algorithms…"), self.show_algorithms, toolbar=True,
                         icon_path=icon_path("algorithms"),
                         tip=tr("Show the Digital Twin algorithms in the Processing Toolbox"))
        self._add_action(tr("Install Python packages…"), self.show_installer,
                         tip=tr("Install the Python packages the analyses use, into this QGIS profile"))
        from .installer.gui_installer import schedule_startup_check

        schedule_startup_check(self.iface)  # later, in the message bar: what is missing, with an Install button

    def _add_action(self, text, callback, *, toolbar=False, tip=None, icon_path=ICON_PATH, menu=None, name=None,
                    feature=None):
        action = QAction(QIcon(icon_path), text, self.iface.mainWindow())
        action.setObjectName("DigitalTwin_" + (name or callback.__name__))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(self._reporting_errors(callback, feature or text.rstrip("…")))
        (menu or self.menu).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_algorithm_menus(self):
        """One submenu per algorithm group, each entry opening that algorithm's dialog."""
        submenus = {}
        for algorithm in sorted(self.provider.algorithms(), key=lambda alg: (alg.group(), alg.displayName())):
            submenu = submenus.get(algorithm.groupId())
            if submenu is None:
                submenu = self.menu.addMenu(algorithm.group())
                submenus[algorithm.groupId()] = submenu
            action = QAction(algorithm.icon(), algorithm.displayName() + "…", self.iface.mainWindow())
            action.setObjectName("DigitalTwin_" + algorithm.name())
            action.setToolTip(algorithm.shortDescription() or algorithm.displayName())
            action.triggered.connect(functools.partial(self.open_algorithm, algorithm.id()))
            submenu.addAction(action)
            self.actions.append(action)

    def _reporting_errors(self, callback, feature):
        """callback, where a missing package or a user-facing error becomes a message-bar warning naming it (and
        the pip command), not a traceback."""
        @functools.wraps(callback)
        def run(*args):
            try:
                return callback(*args)
            except ImportError as exc:
                missing = as_missing_dependency(exc, feature)
                if missing is None:
                    raise
                self.report_error(missing)
            except DigitalTwinError as exc:
                self.report_error(exc)
        return run

    def report_error(self, error):
        """A DigitalTwinError in the message bar, in the UI language."""
        self.iface.messageBar().pushWarning(tr("Digital Twin"), engine_text(error))

    @staticmethod
    def open_algorithm(algorithm_id, _checked=False):
        from .qgis_dialogs import open_algorithm_dialog

        open_algorithm_dialog(algorithm_id)

    def show_catalog(self, _checked=False):
        """The catalog dock: made on first use, then shown again."""
        if self.catalog_dock is None:
            from .catalog.gui_dock import create_dock

            self.catalog_dock = create_dock(self.iface)
        self.catalog_dock.setUserVisible(True)
        self.catalog_dock.raise_()

    def open_3d_view(self, attribute, _checked=False):
        """A 3D map view of the selected building layer, extruded and coloured by attribute."""
        from .citygml.qgis_3d import open_3d_view

        try:
            open_3d_view(self.iface, self.iface.activeLayer(), attribute)
        except ValueError as exc:
            self.iface.messageBar().pushWarning(tr("Digital Twin"), str(exc))

    def show_tile_picker(self, _checked=False):
        from .pointcloud.gui_tile_picker import show_tile_picker

        show_tile_picker(self.iface)

    def show_profiles(self, _checked=False):
        from .barrierfree.gui_profiles import show_profiles_dialog

        self._profiles_dialog = show_profiles_dialog(self.iface)  # modeless: keep it alive

    def add_live_feed(self, _checked=False):
        from .realtime.gui_live_feed import show_live_feed_dialog

        show_live_feed_dialog(self.iface)

    def _restore_live_layers(self, *_args):
        """Live layers saved in a project start refreshing again when it is opened."""
        from .realtime import qgis_live_layer

        qgis_live_layer.restore_live_layers(self.iface)

    def show_installer(self, _checked=False):
        from .installer.gui_installer import show_install_dialog

        show_install_dialog(self.iface)

    def show_algorithms(self):
        """Open the Processing Toolbox filtered on this plugin's provider."""
        from qgis.PyQt.QtWidgets import QDockWidget

        toolbox = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if toolbox is None:
            return
        toolbox.setVisible(True)
        toolbox.raise_()
        search_box = getattr(toolbox, "searchBox", None)
        if search_box is not None:
            search_box.setText("digitaltwin")

    def unload(self):
        if self.iface is not None:
            from .catalog.qgis_browser import unregister_browser_provider
            from .pointcloud.gui_tile_picker import close_tile_picker
            from .realtime import qgis_live_layer

            QgsProject.instance().readProject.disconnect(self._restore_live_layers)
            qgis_live_layer.stop_all_live_layers()  # the layers keep their last data
            unregister_browser_provider()
            close_tile_picker(self.iface)
        if self.catalog_dock is not None:
            self.iface.removeDockWidget(self.catalog_dock)
            self.catalog_dock.deleteLater()
            self.catalog_dock = None
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            if self.menu is not None:
                self.menu.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            if self.iface is not None:
                self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            if self.iface is not None:
                self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator(self.translator)
        self.translator = None
