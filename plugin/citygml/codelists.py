"""Codelists: turn PLATEAU codes (``<bldg:usage codeSpace="../../codelists/Building_usage.xml">411``) into labels.

Where a codelist is looked up, in order:
1. the ``codeSpace`` path relative to the GML file (a folder on disk, or the same release zip);
2. a ``codelists`` folder beside the GML file or in one of its parent folders (a sidecar copy);
3. the bundled fallback ``resources/codelists/plateau_codelists.json`` (national i-UR codes only).
Each codelist is read once per load.
"""

import json
import posixpath
import re
import zipfile
from pathlib import Path

from ..safe_io import xml_parser

GML_NS = "http://www.opengis.net/gml"
BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "codelists" / "plateau_codelists.json"
SIDECAR_LEVELS = 4
# uro 2.0/3.0 name risk codelists after the feature (BuildingTsunamiRiskAttribute_rank), uro 3.1+ without it
FEATURE_PREFIX = re.compile(r"^(Building|WaterBody)(?=[A-Z]\w*RiskAttribute_)")


def read_dictionary(stream):
    """{code: label} of a gml:Dictionary (``gml:name`` is the code, ``gml:description`` the label)."""
    from lxml import etree

    table = {}
    root = etree.parse(stream, xml_parser()).getroot()
    for definition in root.iter(f"{{{GML_NS}}}Definition"):
        code = definition.findtext(f"{{{GML_NS}}}name")
        label = definition.findtext(f"{{{GML_NS}}}description")
        if code is not None and label is not None:
            table[code.strip()] = label.strip()
    return table


def bundled_codelists():
    with open(BUNDLED, encoding="utf-8") as handle:
        return json.load(handle)["codelists"]


class Codelists:
    """Resolves codes for the GML files of one load; ``archive`` is an open ZipFile when reading a release zip."""

    def __init__(self, archive=None):
        self.archive = archive
        self._zip_names = set(archive.namelist()) if archive is not None else set()
        self._tables = {}
        self._by_source = {}  # (codeSpace, source) -> table: the hot path, one dict lookup per coded value
        self._bundled = None

    def label(self, code_space, code, source):
        """The label of ``code`` in the codelist ``code_space`` as seen from ``source`` (path or zip member), or
        None when no codelist knows it."""
        if not code_space or code is None:
            return None
        return self.table(code_space, source).get(code.strip())

    def table(self, code_space, source):
        table = self._by_source.get((code_space, source))
        if table is None:
            folder = str(Path(source).parent) if self.archive is None else posixpath.dirname(source)
            if (code_space, folder) not in self._tables:
                self._tables[(code_space, folder)] = self._find_table(code_space, source)
            table = self._by_source[(code_space, source)] = self._tables[(code_space, folder)]
        return table

    def _find_table(self, code_space, source):
        name = posixpath.basename(code_space)
        for candidate in self._candidates(code_space, source, name):
            table = self._read(candidate)
            if table is not None:
                return table
        if self._bundled is None:
            self._bundled = bundled_codelists()
        stem = posixpath.splitext(name)[0]
        return self._bundled.get(stem) or self._bundled.get(FEATURE_PREFIX.sub("", stem), {})

    def _candidates(self, code_space, source, name):
        if self.archive is not None:
            folder = posixpath.dirname(source)
            yield posixpath.normpath(posixpath.join(folder, code_space))
            for _ in range(SIDECAR_LEVELS):
                yield posixpath.join(folder, "codelists", name) if folder else posixpath.join("codelists", name)
                if not folder:
                    break
                folder = posixpath.dirname(folder)
            return
        folder = Path(source).resolve().parent
        yield folder / code_space
        for directory in [folder, *list(folder.parents)[:SIDECAR_LEVELS - 1]]:
            yield directory / "codelists" / name

    def _read(self, candidate):
        try:
            if self.archive is not None:
                if candidate not in self._zip_names:
                    return None
                with self.archive.open(candidate) as stream:
                    return read_dictionary(stream)
            candidate = Path(candidate)
            if not candidate.is_file():
                return None
            with open(candidate, "rb") as stream:
                return read_dictionary(stream)
        except (OSError, zipfile.BadZipFile, ValueError, SyntaxError):
            # A broken codelist must not stop the load: the codes stay as they are and the next candidate is tried.
            return None
