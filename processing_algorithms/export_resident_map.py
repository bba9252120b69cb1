"""digitaltwin:exportresidentmap: a print-ready resident map (PDF/PNG) in one step, one page or an atlas."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ..plugin.errors import Cancelled
from ..plugin.i18n import engine_text
from ..plugin.maps.basemap import TILE_CHOICES
from ..plugin.maps.layout_spec import PAPERS
from ..plugin.maps.presets import PRESET_NAMES, preset_texts
from .base import DigitalTwinAlgorithm, engine_errors

PAPER_NAMES = list(PAPERS)


class ExportResidentMapAlgorithm(DigitalTwinAlgorithm):
    PROJECT = "PROJECT"
    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    PRESET = "PRESET"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    NOTES = "NOTES"
    ATTRIBUTION = "ATTRIBUTION"
    EXTENT = "EXTENT"
    RANK_FIELD = "RANK_FIELD"
    SHELTERS = "SHELTERS"
    BASEMAP_LAYERS = "BASEMAP_LAYERS"
    BOUNDARY = "BOUNDARY"
    TILES = "TILES"
    TILES_URL = "TILES_URL"
    ATLAS_LAYER = "ATLAS_LAYER"
    ATLAS_FIELD = "ATLAS_FIELD"
    INCLUDE_3D = "INCLUDE_3D"
    DPI = "DPI"
    EDIT_LAYOUT = "EDIT_LAYOUT"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Prints a resident map (PDF/PNG) with legend, scale, north arrow, notes and data credits."
    TAGS = ("map", "print", "PDF", "layout", "atlas", "hazard map")
    HELP = {
        "PROJECT": "A QGIS project file whose visible layers are printed. Empty: the layers below.",
        "LAYERS": "Layers to print when no project is given; the first is drawn on top.",
        "TEMPLATE": "Paper size and orientation of the bundled layout (default A4 portrait).",
        "TEMPLATE_FILE": "Your own layout template (.qpt) with items 'title', 'main_map' and 'legend', used instead "
                         "of the bundled paper.",
        "PRESET": "Fills the title, subtitle and notes for a flood, solar or barrier-free map (in Japanese, for "
                  "residents) unless you give your own. None: only what you type.",
        "TITLE": "Title printed at the top. Empty: the preset's title.",
        "SUBTITLE": "Subtitle printed under the title. Empty: the preset's subtitle.",
        "NOTES": "Text of the notes box (several lines allowed). Empty: the preset's notes.",
        "ATTRIBUTION": "Data credits to print beside those read from the layers' metadata, e.g. for your own data or "
                       "analysis results.",
        "RANK_FIELD": "Flood preset: the buildings' field holding their flood rank (1-6) or PLATEAU rank label. "
                      "Empty: flood_l2_rank, flood_rank, flood_l1_rank or a rank label, whichever the layer has.",
        "SHELTERS": "Evacuation sites to mark with their names: GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8) or "
                    "any point layer. Each preset shows the sites valid for its hazard (flood: those flagged 洪水); "
                    "the barrier-free map also names the other facilities and the route's start and end.",
        "BASEMAP_LAYERS": "Offline basemap: layers of the area drawn muted under the map, e.g. PLATEAU roads (tran), "
                          "the pedestrian network, rivers, building outlines; features with a name are labelled. "
                          "They do not change the map's extent.",
        "TILES": "Online basemap: GSI tiles (地理院タイル, 淡色地図 first) under everything, credited on the map. "
                 "Needs the internet when exporting; None keeps the map offline.",
        "TILES_URL": "The same tiles from another server (an XYZ URL with {z}/{x}/{y}, e.g. a local mirror). "
                     "Empty: GSI's server.",
        "BOUNDARY": "The municipality or ward (a polygon layer) shown in the locator inset with the map's frame on "
                    "it. Empty: the extent of the printed data.",
        "EXTENT": "Area to show on the map. Empty: the extent of the printed layers.",
        "ATLAS_LAYER": "Optional layer for an atlas: one page per feature (a district or mesh), each page zoomed to "
                       "it.",
        "ATLAS_FIELD": "Field of the atlas layer naming each page: added to the title and to PNG file names. Empty: "
                       "pages are numbered.",
        "INCLUDE_3D": "Add a second page with a 3D view of the layers. Needs an OpenGL display (QGIS desktop); not "
                      "available for atlases.",
        "EDIT_LAYOUT": "QGIS desktop: keep the layout in the current project (its layers in a hidden group) and "
                       "open it in the layout designer for the last touches. qgis_process writes the file only.",
        "DPI": "Resolution of the PNG and of rasters inside the PDF, in dots per inch (72 to 600; default 200).",
        "OUTPUT": "The PDF or PNG to write. An atlas makes one PDF with a page per feature, or <name>_<page>.png "
                  "files.",
    }

    def name(self):
        return "exportresidentmap"

    def displayName(self):
        return self.tr("Export resident map (PDF/PNG)")

    def group(self):
        return self.tr("Maps for residents")

    def groupId(self):
        return "maps"

    def shortHelpString(self):
        return self.tr(
            "Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain "
            "Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from "
            "the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape "
            "(Noto Sans CJK JP).\n\n"
            "Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template "
            "(bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, "
            "barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an "
            "atlas layer and a name field for one page per district or mesh; a data attribution for layers whose "
            "metadata names no source (analysis results, your own data).\n\n"
            "Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes "
            "<name>_<page>.png files). An existing file is never replaced unless 'Overwrite' is checked, and the "
            "output is complete or absent.\n\n"
            "Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 "
            "TEMPLATE=0 OUTPUT=flood_map.pdf"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.PROJECT, self.tr("QGIS project (its visible layers are printed)"), optional=True,
            fileFilter=self.tr("QGIS projects (*.qgz *.qgs)")))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers (first is drawn on top)"), Qgis.ProcessingSourceType.MapLayer, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TEMPLATE, self.tr("Paper"), options=self.paper_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE_FILE, self.tr("Own layout template (.qpt), instead of the paper above"), optional=True,
            fileFilter=self.tr("Layout templates (*.qpt)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Preset"), options=self.preset_labels(),
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.NOTES, self.tr("Notes"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ATTRIBUTION, self.tr("Data attribution (added to what the layers' metadata name)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RANK_FIELD, self.tr("Flood rank field of the buildings (empty: found by its name)"), optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.SHELTERS, self.tr("Shelters (GSI evacuation site CSV or a point layer)"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.BASEMAP_LAYERS, self.tr("Offline basemap layers (roads, rivers, buildings, names)"),
            Qgis.ProcessingSourceType.VectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TILES, self.tr("Online basemap (GSI tiles)"), options=self.tile_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.TILES_URL, self.tr("Tile server URL instead of GSI's ({z}/{x}/{y})"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr("Locator inset: municipal or ward boundary"),
            [Qgis.ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ATLAS_LAYER, self.tr("Atlas: one page per feature of"), [Qgis.ProcessingSourceType.VectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ATLAS_FIELD, self.tr("Atlas: page name field"), parentLayerParameterName=self.ATLAS_LAYER,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_3D, self.tr("Add a 3D view page (needs an OpenGL display; not for atlases)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.EDIT_LAYOUT, self.tr("Edit layout… (keep it in the project and open the layout designer)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), Qgis.ProcessingNumberParameterType.Integer, defaultValue=200,
            minValue=72, maxValue=600))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Resident map"), fileFilter=self.tr("PDF (*.pdf);;PNG image (*.png)")))

    # Threading: the export runs in Processing's background task, so the window stays live and Cancel works. It
    # builds its own project, layer copies (styled_for_preset clones them) and layout in that thread, and only reads
    # the user's layers. A 3D page is the exception: Qt3D renders only in the main thread, so with one the whole
    # export runs in prepareAlgorithm, which QGIS calls in the main thread (the window waits, as for QGIS's own
    # layout exports).
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # Qt3D renders, and the layout designer opens, only in the main thread, where prepareAlgorithm runs: such
        # an export waits there; every other export runs in Processing's background task.
        if self.parameterAsBoolean(parameters, self.INCLUDE_3D, context) or \
                self.parameterAsBoolean(parameters, self.EDIT_LAYOUT, context):
            self.process_in_main_thread(parameters, context, feedback)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.maps import qgis_layout

        project, layers = self._project_and_layers(parameters, context)
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        preset = PRESET_NAMES[self.parameterAsEnum(parameters, self.PRESET, context)]
        texts = preset_texts(preset,
                             self.parameterAsString(parameters, self.TITLE, context),
                             self.parameterAsString(parameters, self.SUBTITLE, context),
                             self.parameterAsString(parameters, self.NOTES, context))
        template = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context) or \
            PAPER_NAMES[self.parameterAsEnum(parameters, self.TEMPLATE, context)]
        layout = None
        try:
            with engine_errors():
                # the layout holds C++ pointers to these copies
                layers = qgis_layout.styled_for_preset(
                    layers, preset, self.parameterAsString(parameters, self.RANK_FIELD, context).strip(),
                    shelters=self.parameterAsLayer(parameters, self.SHELTERS, context),
                    basemap=self.parameterAsLayerList(parameters, self.BASEMAP_LAYERS, context),
                    tiles=TILE_CHOICES[self.parameterAsEnum(parameters, self.TILES, context)],
                    tiles_url=self.parameterAsString(parameters, self.TILES_URL, context).strip())
                layout = qgis_layout.load_template(project, template)
                main_map = layout.itemById("main_map")
                main_map.setCrs(self._map_crs(layers, context))
                extent = None
                if parameters.get(self.EXTENT):
                    extent = self.parameterAsExtent(parameters, self.EXTENT, context, main_map.crs())
                qgis_layout.fill_layout(layout, layers, extent=extent, **texts, attribution=self.parameterAsString(
                    parameters, self.ATTRIBUTION, context),
                    boundary=self.parameterAsVectorLayer(parameters, self.BOUNDARY, context))
                attribution = layout.itemById("attribution")
                if attribution is not None and not attribution.text():
                    feedback.reportError(self.tr(
                        "No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed "
                        "maps to name it; give it in 'Data attribution'."), False)
                atlas_layer = self.parameterAsVectorLayer(parameters, self.ATLAS_LAYER, context)
                if atlas_layer is not None:
                    atlas_layer = atlas_layer.clone()  # a copy made in this thread: the atlas iterates it
                    qgis_layout.enable_atlas(layout, atlas_layer,
                                             self.parameterAsString(parameters, self.ATLAS_FIELD, context) or None)
                    feedback.pushInfo(self.tr("Atlas pages: {}").format(layout.atlas().count()))
                if self.parameterAsBoolean(parameters, self.INCLUDE_3D, context):
                    self._add_3d_page(layout, layers, texts["title"], atlas_layer is not None, feedback)
                feedback.setProgress(30)
                if feedback.isCanceled():
                    raise Cancelled()
                written = qgis_layout.export_layout(
                    layout, output, dpi=self.parameterAsInt(parameters, self.DPI, context),
                    overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                    atlas=atlas_layer is not None, feedback=feedback)
            for path in written:
                feedback.pushInfo(self.tr("Wrote {}").format(path))
            if self.parameterAsBoolean(parameters, self.EDIT_LAYOUT, context):
                self._edit_layout(layout, layers, texts["title"], feedback)
            feedback.setProgress(100)
            if output.suffix.lower() == ".png" or atlas_layer is not None:
                pages = len(written) if output.suffix.lower() == ".png" else layout.atlas().count()
            else:
                pages = layout.pageCollection().pageCount()
        finally:
            # Free the layout, then the layer copies and project it points at, now, while QGIS runs: an error's
            # traceback would otherwise keep them until after QGIS has exited, and Qt crashes freeing them then.
            layout = layers = project = atlas_layer = None  # noqa: F841
        return {self.OUTPUT: str(written[0]), "PAGES": pages}

    def _edit_layout(self, layout, layers, title, feedback):
        from ..plugin.maps.qgis_editable import open_for_editing

        with engine_errors():
            kept = open_for_editing(layout, layers, QgsProject.instance(), title)
        if kept is None:
            feedback.reportError(self.tr("No layout designer here (qgis_process): only the file was written."),
                                 False)
        else:
            feedback.pushInfo(self.tr("The layout '{}' is kept in the project and open in the designer.").format(
                kept.name()))

    def _add_3d_page(self, layout, layers, title, atlas, feedback):
        """The 3D page where it can render; where it cannot, say so and export the 2D map anyway."""
        from ..plugin.maps.qgis_3d_page import ThreeDUnavailable, add_3d_view_page

        if atlas:
            feedback.reportError(self.tr("3D view page not included: atlases get the 2D map only."), False)
            return
        main_map = layout.itemById("main_map")
        try:
            add_3d_view_page(layout, layers, main_map.crs(), main_map.extent(), title)
        except ThreeDUnavailable as exc:
            feedback.reportError(engine_text(exc), False)

    def paper_labels(self):
        """In PAPER_NAMES order (literal strings, so the translation tools find them)."""
        labels = {"a4_portrait": self.tr("A4 portrait"), "a4_landscape": self.tr("A4 landscape"),
                  "a3_landscape": self.tr("A3 landscape")}
        return [labels[name] for name in PAPER_NAMES]

    def tile_labels(self):
        """In basemap.TILE_CHOICES order."""
        labels = {"none": self.tr("None (offline)"), "pale": self.tr("GSI pale map"),
                  "std": self.tr("GSI standard map"), "photo": self.tr("GSI aerial photos")}
        return [labels[name] for name in TILE_CHOICES]

    def preset_labels(self):
        """In PRESET_NAMES order; the printed titles and notes stay Japanese (the map is for residents)."""
        labels = {"none": self.tr("None"), "flood": self.tr("Flood exposure"), "solar": self.tr("Solar potential"),
                  "barrierfree": self.tr("Barrier-free")}
        return [labels[name] for name in PRESET_NAMES]

    def _project_and_layers(self, parameters, context):
        project_path = self.parameterAsFile(parameters, self.PROJECT, context)
        if project_path:
            project = QgsProject()
            if not project.read(project_path):
                raise QgsProcessingException(self.tr("Could not read the QGIS project {}").format(project_path))
            layers = [node.layer() for node in project.layerTreeRoot().findLayers()
                      if node.isVisible() and node.layer() is not None]
        else:
            project = QgsProject()
            layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Nothing to print: give a project with visible layers, or layers."))
        return project, layers

    def _map_crs(self, layers, context):
        """The first projected CRS among the layers (not the basemap's web tiles); else the JGD2011 plane
        rectangular zone of the data."""
        from ..plugin.maps.qgis_layout import CONTEXT_PROPERTY

        layers = [layer for layer in layers if not layer.customProperty(CONTEXT_PROPERTY)] or layers
        for layer in layers:
            if layer.crs().isValid() and not layer.crs().isGeographic():
                return layer.crs()
        from ..plugin.citygml.geometry import plane_rectangular_epsg

        geographic = QgsCoordinateReferenceSystem("EPSG:6668")
        extent = QgsRectangle()
        for layer in layers:
            if layer.crs().isValid() and not layer.extent().isEmpty():
                transform = QgsCoordinateTransform(layer.crs(), geographic, context.transformContext())
                extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
        if extent.isEmpty():
            raise QgsProcessingException(self.tr("Nothing to print: every layer is empty or has no CRS."))
        centre = extent.center()
        return QgsCoordinateReferenceSystem(f"EPSG:{plane_rectangular_epsg(centre.y(), centre.x())}")
