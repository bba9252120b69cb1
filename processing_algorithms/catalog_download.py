"""digitaltwin:catalogdownload: a catalog resource URL -> a local file, resumable, with size and checksum checks, and
optionally its zip extracted (never outside the target folder)."""

import hashlib
import zipfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..plugin.catalog.qgis_transport import qgis_client
from ..plugin.errors import InputError
from ..plugin.safe_io import extract_members
from .base import DigitalTwinAlgorithm, engine_errors


class CatalogDownloadAlgorithm(DigitalTwinAlgorithm):
    URL = "URL"
    EXPECTED_SIZE = "EXPECTED_SIZE"
    CHECKSUM = "CHECKSUM"
    EXTRACT = "EXTRACT"
    AUTHCFG = "AUTHCFG"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    SIZE = "SIZE"
    SHA256 = "SHA256"
    EXTRACTED = "EXTRACTED"

    def name(self):
        return "catalogdownload"

    def displayName(self):
        return self.tr("Download a catalog resource")

    def group(self):
        return self.tr("Catalogs")

    def groupId(self):
        return "catalogs"

    def shortHelpString(self):
        return self.tr(
            "Downloads one resource of a catalog (a CityGML zip, a LAS tile, a GeoJSON file...) to a local file.\n\n"
            "The file is written as <name>.part first and renamed when complete, so a half-finished download "
            "never looks like a finished one. If the connection breaks or you cancel, run it again with the same "
            "output: it resumes where it stopped (HTTP Range). The expected size and checksum (sha256:<hex> or "
            "md5:<hex>, as the catalog lists them) are checked before the rename; a mismatch removes the file.\n\n"
            "With 'Extract zip', a zip is unpacked into a folder named after it; members that would land outside "
            "that folder are refused.\n\n"
            "Example: qgis_process run digitaltwin:catalogdownload -- "
            "URL=https://.../13101_chiyoda-ku_pref_2023_citygml_1_op.zip OUTPUT=chiyoda.zip EXTRACT=true"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterString(self.URL, self.tr("Resource URL")))
        self.addParameter(QgsProcessingParameterNumber(
            self.EXPECTED_SIZE, self.tr("Expected size in bytes (0: unknown)"),
            Qgis.ProcessingNumberParameterType.Double, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.CHECKSUM, self.tr("Checksum (sha256:<hex> or md5:<hex>)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.EXTRACT, self.tr("Extract zip into a folder beside it"), defaultValue=False))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Authentication, if the server needs it"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Downloaded file"), fileFilter=self.tr("All files (*)")))
        self.addOutput(QgsProcessingOutputNumber(self.SIZE, self.tr("Size in bytes")))
        self.addOutput(QgsProcessingOutputString(self.SHA256, self.tr("SHA-256 of the file")))
        self.addOutput(QgsProcessingOutputFolder(self.EXTRACTED, self.tr("Extracted folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        url = self.parameterAsString(parameters, self.URL, context).strip()
        target = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        expected = int(self.parameterAsDouble(parameters, self.EXPECTED_SIZE, context)) or None
        client = qgis_client(self.parameterAsString(parameters, self.AUTHCFG, context), feedback)
        progress = self.progress(feedback)
        extract = self.parameterAsBoolean(parameters, self.EXTRACT, context)
        with engine_errors():
            if not url.lower().startswith(("http://", "https://")):
                raise InputError(f"'{url}' is not an http(s) URL", field=self.URL)
            client.download(url, target, catalog=self.tr("Download"), expected_size=expected,
                            checksum=self.parameterAsString(parameters, self.CHECKSUM, context),
                            overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                            progress=progress.sub(0, 0.9 if extract else 1.0))
            extracted = self._extract(target) if extract else ""
        feedback.setProgress(100)
        return {self.OUTPUT: str(target), self.SIZE: target.stat().st_size, self.SHA256: _sha256(target),
                self.EXTRACTED: extracted}

    def _extract(self, archive):
        if not zipfile.is_zipfile(archive):
            raise InputError("is not a zip file; download it without 'Extract zip'", path=archive)
        folder = archive.with_suffix("")
        with zipfile.ZipFile(archive) as opened:
            names = opened.namelist()
        extract_members(archive, names, folder)
        return str(folder)


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
