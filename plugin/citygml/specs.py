"""Which i-UR schema (uro / urf version) a PLATEAU CityGML file is written in, and the PLATEAU specification
edition that goes with it: read from the namespace declarations at the head of the file."""

import functools
import json
import re
from dataclasses import dataclass

from .codelists import BUNDLED

# declarations only: xsi:schemaLocation may name schemas the file does not use
NAMESPACE = re.compile(rb"""xmlns:\w+\s*=\s*["'][^"']*/iur/(uro|urf)/(\d+)\.(\d+)["']""")
HEAD_BYTES = 1 << 16  # the root element and its namespace declarations come first
FIRST_SPEC = "1"  # PLATEAU 2020 (uro 1.4): hazards as generic attribute sets, no hazard elements


@dataclass(frozen=True)
class FileSpec:
    uro: str = None  # "3.1"
    urf: str = None
    spec: str = None  # PLATEAU standard product specification edition: "1" ... "5"
    year: int = None  # year of the first data in that edition
    status: str = "unknown"  # "known", "first" (spec v1, 2020), "newer" (than the tables know), "unknown"


@functools.cache
def known_versions():
    """{"3.1": {"spec": "4", "year": 2024}, ...}: the i-UR versions the bundled tables know."""
    with open(BUNDLED, encoding="utf-8") as handle:
        table = json.load(handle)["spec_versions"]
    return {version: entry for version, entry in table.items() if not version.startswith("_")}


def _key(version):
    return tuple(int(part) for part in version.split("."))


def file_spec(head: bytes) -> FileSpec:
    """The FileSpec of a file whose first bytes are ``head``."""
    found = {}
    for kind, major, minor in NAMESPACE.findall(head[:HEAD_BYTES]):
        found.setdefault(kind.decode(), f"{int(major)}.{int(minor)}")
    versions = [version for version in (found.get("uro"), found.get("urf")) if version]
    if not versions:
        return FileSpec()
    newest = max(versions, key=_key)
    known = known_versions()
    if newest in known:
        entry = known[newest]
        status = "first" if entry["spec"] == FIRST_SPEC else "known"
        return FileSpec(found.get("uro"), found.get("urf"), entry["spec"], entry["year"], status)
    latest = max(known, key=_key)
    status = "newer" if _key(newest) > _key(latest) else "unknown"
    return FileSpec(found.get("uro"), found.get("urf"), status=status)
