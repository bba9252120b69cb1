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

from ..plugin.errors import InputError
from ..plugin.net.qgis_transport import qgis_client
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

    SHORT_DESCRIPTION = "Downloads one catalog resource, resumable, with size and checksum checks."
    TAGS = ("download", "catalog", "PLATEAU", "CityGML", "zip")
    HELP = {
        "URL": "The http(s) address of the file, e.g. from the 'url' column written by 'Search a data catalog'.",
        "EXPECTED_SIZE": "Size the catalog lists for the file, in bytes; a download of another size is removed. 0 "
                         "(default): not checked.",
        "CHECKSUM": "Checksum the catalog lists, as sha256:<hex> or md5:<hex>; a file that does not match is removed. "
                    "Empty: not checked.",
        "EXTRACT": "Also unpack a zip into a folder named after it, beside the file. Members that would land outside "
                   "that folder are refused.",
        "AUTHCFG": "A QGIS authentication configuration (user and password, API key...) for servers that need one. "
                   "Empty: no authentication.",
        "OUTPUT": "Where to save the file. It is written as <name>.part and renamed when complete; running again with "
                  "the same output resumes a broken download.",
    }

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
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        existed = target.exists()
        with engine_errors():
            if not url.lower().startswith(("http://", "https://")):
                raise InputError("'{url}' is not an http(s) URL", field=self.URL, url=url)
            client.download(url, target, self.tr("Download"), expected_size=expected,
                            checksum=self.parameterAsString(parameters, self.CHECKSUM, context),
                            overwrite=overwrite, progress=progress.sub(0, 0.9 if extract else 1.0))
            try:
                extracted = self._extract(target, overwrite, progress.sub(0.9, 1.0)) if extract else ""
            except BaseException:
                if not existed:  # a refused archive is not left behind for the user to open by mistake
                    target.unlink(missing_ok=True)
                raise
        feedback.setProgress(100)
        return {self.OUTPUT: str(target), self.SIZE: target.stat().st_size, self.SHA256: _sha256(target),
                self.EXTRACTED: extracted}

    def _extract(self, archive, overwrite, progress):
        if not zipfile.is_zipfile(archive):
            raise InputError("is not a zip file; download it without 'Extract zip'", path=archive)
        folder = archive.with_suffix("")
        with zipfile.ZipFile(archive) as opened:
            names = opened.namelist()
        extract_members(archive, names, folder, overwrite=overwrite, progress=progress)
        return str(folder)


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
