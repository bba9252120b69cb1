"""digitaltwin:catalogsearch: search a catalog (PLATEAU, CKAN, TerriaJS or a local folder) and write the matching
datasets and their resources to a table file (CSV or GeoPackage)."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..plugin.catalog import plateau, sources
from ..plugin.catalog.search import CatalogIndex, Query
from ..plugin.catalog.table import write_table
from ..plugin.net.qgis_transport import qgis_client
from .base import DigitalTwinAlgorithm, engine_errors

# parameter -> search.Query field
FILTERS = {"PREF": "pref", "CITY": "city", "WARD": "ward", "DATA_TYPE": "data_type", "FORMAT": "format",
           "YEAR": "year", "LOD": "lod"}


class CatalogSearchAlgorithm(DigitalTwinAlgorithm):
    CATALOG_TYPE = "CATALOG_TYPE"
    CATALOG = "CATALOG"
    QUERY = "QUERY"
    CONDITIONS = "CONDITIONS"
    EXTENT = "EXTENT"
    MAX_RESULTS = "MAX_RESULTS"
    AUTHCFG = "AUTHCFG"
    OFFLINE = "OFFLINE"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    DATASETS = "DATASETS"
    ROWS = "ROWS"

    SHORT_DESCRIPTION = "Searches PLATEAU, CKAN, TerriaJS or a local catalog and lists the resources in a table."
    TAGS = ("catalog", "search", "PLATEAU", "CKAN", "open data")
    HELP = {
        "CATALOG_TYPE": "Which kind of catalog to search: the PLATEAU data catalog (3D Tiles, MVT), the PLATEAU "
                        "CityGML file search, a CKAN portal, a TerriaJS catalog or a local catalog file or folder.",
        "CATALOG": "The catalog's URL, file or folder. Empty: the default of the chosen type (for CKAN: the "
                   "G-Spatial Information Center).",
        "QUERY": "Words that must all appear in a dataset (title, description, tags). A CKAN portal receives it as "
                 "its search query. Empty: no text filter.",
        "CONDITIONS": "For the PLATEAU CityGML search: city codes (13101,13102), m:<mesh code>, r:<lon,lat,lon,lat> "
                      "or g:<place name>. Empty: the extent below.",
        "EXTENT": "For the PLATEAU CityGML search: the files covering this extent, when no conditions are given.",
        "PREF": "Keep datasets of this prefecture: a name (東京都) or the 2-digit code (13). Empty: any.",
        "CITY": "Keep datasets of this city: a name (千代田区) or the 5-digit code (13101). Empty: any.",
        "WARD": "Keep datasets of this ward of a designated city: a name or code. Empty: any.",
        "DATA_TYPE": "Keep datasets of this type: a PLATEAU name (建築物モデル) or code (bldg). Empty: any.",
        "FORMAT": "Keep resources in this format, e.g. 3D Tiles, MVT, CityGML, LAS. Empty: any.",
        "YEAR": "Keep datasets of this year (e.g. 2023). Empty: any.",
        "LOD": "Keep resources of this level of detail (e.g. 2 for LOD2). Empty: any.",
        "MAX_RESULTS": "Most datasets to fetch from a CKAN search (1 to 100,000; default 1,000). Large portals answer "
                       "page by page, so more takes longer.",
        "AUTHCFG": "A QGIS authentication configuration (e.g. an API key) for catalogs that need one. Empty: no "
                   "authentication.",
        "OFFLINE": "Use only answers cached in the QGIS profile from earlier searches; nothing is sent over the "
                   "network.",
        "OUTPUT": "The table to write (CSV in UTF-8, or GeoPackage): one row per resource with its dataset, "
                  "publisher, licence, place, type, format, LOD, year, URL, size and checksum.",
    }

    def name(self):
        return "catalogsearch"

    def displayName(self):
        return self.tr("Search a data catalog")

    def group(self):
        return self.tr("Catalogs")

    def groupId(self):
        return "catalogs"

    def shortHelpString(self):
        return self.tr(
            "Searches a data catalog and writes what it finds to a table, one row per resource (file or service) "
            "with its dataset's title, publisher, licence, attribution, prefecture/city/ward, type, format, LOD, "
            "year, URL, size and checksum.\n\n"
            "Catalogs: the PLATEAU data catalog (3D Tiles and MVT of every city), the PLATEAU CityGML file search "
            "(conditions: city codes such as 13101,13102, m:<mesh code>, r:<lon,lat,lon,lat>, g:<place name>, or "
            "the extent below), a CKAN portal (G空間情報センター, Tokyo's open data catalog; the query is sent to "
            "the server), a TerriaJS catalog JSON (the Tokyo Digital Twin 3D viewer's layer list), or a local "
            "catalog file or folder (works offline). Leave the URL empty for the default of the type.\n\n"
            "Filters keep datasets matching all given values; the text must match every word. Answers are cached "
            "in the QGIS profile (ETag/Last-Modified), so a catalog opened once also works offline.\n\n"
            "Output: a CSV (UTF-8) or GeoPackage table. An existing file is kept unless 'Overwrite' is checked.\n\n"
            "Example: qgis_process run digitaltwin:catalogsearch -- CATALOG_TYPE=0 CITY=13101 DATA_TYPE=bldg "
            "OUTPUT=chiyoda.csv"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterEnum(
            self.CATALOG_TYPE, self.tr("Catalog type"), options=self.catalog_type_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.CATALOG, self.tr("Catalog URL, file or folder (empty: the type's default)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.QUERY, self.tr("Search text"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CONDITIONS, self.tr("PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)"),
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("PLATEAU CityGML: files in this extent"), optional=True))
        for key, label in self.filter_labels().items():
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_RESULTS, self.tr("Maximum number of datasets from a CKAN search"),
            Qgis.ProcessingNumberParameterType.Integer, defaultValue=1000, minValue=1, maxValue=100000))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Authentication (API key), if the catalog needs one"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, self.tr("Offline: use cached answers only"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Datasets and resources"),
            fileFilter=self.tr("CSV (*.csv);;GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.DATASETS, self.tr("Datasets found")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))

    def catalog_type_labels(self):
        """In the order of sources.CATALOG_TYPES (literal strings, so the translation tools find them)."""
        return [self.tr("PLATEAU data catalog (3D Tiles, MVT)"), self.tr("PLATEAU CityGML files"),
                self.tr("CKAN portal"), self.tr("TerriaJS catalog (Tokyo Digital Twin 3D viewer)"),
                self.tr("Local catalog file or folder (offline)")]

    def filter_labels(self):
        return {"PREF": self.tr("Prefecture (name or 2-digit code)"), "CITY": self.tr("City (name or 5-digit code)"),
                "WARD": self.tr("Ward (name or code)"), "DATA_TYPE": self.tr("Data type (name or code, e.g. bldg)"),
                "FORMAT": self.tr("Format (e.g. 3D Tiles, MVT, CityGML, LAS)"), "YEAR": self.tr("Year"),
                "LOD": self.tr("LOD")}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        kind = sources.CATALOG_TYPES[self.parameterAsEnum(parameters, self.CATALOG_TYPE, context)]
        text = self.parameterAsString(parameters, self.QUERY, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        client = qgis_client(self.parameterAsString(parameters, self.AUTHCFG, context), feedback,
                             self.parameterAsBoolean(parameters, self.OFFLINE, context))
        progress = self.progress(feedback)
        with engine_errors():
            name, datasets = sources.fetch(
                kind.key, self.parameterAsString(parameters, self.CATALOG, context), client, query=text,
                conditions=self._conditions(parameters, context),
                max_results=self.parameterAsInt(parameters, self.MAX_RESULTS, context), progress=progress.sub(0, 0.8))
            feedback.pushInfo(self.tr("{0}: {1} datasets").format(name, len(datasets)))
            filters = {field: self.parameterAsString(parameters, key, context) for key, field in FILTERS.items()}
            query = Query(text="" if kind.remote_text_search else text,
                          **{field: value.strip() for field, value in filters.items()})
            found = CatalogIndex(datasets).search(query)
            feedback.pushInfo(self.tr("{0} datasets match the filters").format(len(found)))
            rows = write_table(found, output, overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context))
        feedback.setProgress(100)
        self._load_on_completion(output, context)
        return {self.OUTPUT: output, self.DATASETS: len(found), self.ROWS: rows}

    def _load_on_completion(self, output, context):
        """The table of datasets and resources opens in the project, to browse and filter (no geometry)."""
        from ..plugin.catalog.table import DEFAULT_LAYER
        from ..plugin.qgis_results import Result, load_outputs

        uri = f"{output}|layername={DEFAULT_LAYER}" if output.lower().endswith(".gpkg") else output
        load_outputs(context, self.OUTPUT, [Result(uri, self.tr("Catalog search results"))])

    def _conditions(self, parameters, context):
        """The CityGML conditions as typed, or the extent as an r:bbox in WGS 84."""
        typed = self.parameterAsString(parameters, self.CONDITIONS, context).strip()
        if typed or not parameters.get(self.EXTENT):
            return typed
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
        if extent.isNull() or extent.isEmpty():
            return ""
        return plateau.citygml_conditions(
            bbox=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
