"""Safe reading and writing shared by every loader: XML without entities or network, zip members kept inside the
target folder, and outputs that are complete or absent."""

import contextlib
import os
import tempfile
import zipfile
from pathlib import Path

from .errors import InputError


def xml_parser(**options):
    """An lxml parser that never resolves entities, never loads a DTD and never touches the network."""
    from lxml import etree

    settings = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False)
    settings.update(options)
    return etree.XMLParser(**settings)


def safe_member_path(target_dir, member_name):
    """Where a zip member may be written: inside target_dir, or InputError (zip-slip, absolute paths)."""
    target = Path(target_dir).resolve()
    destination = (target / member_name).resolve()
    if destination != target and target not in destination.parents:
        raise InputError("zip member '{member_name}' would be written outside {target}; refusing to extract it",
                         member_name=member_name, target=target)
    return destination


def extract_members(zip_path, names, target_dir):
    """Extract only the named members of a zip into target_dir (never outside it); return their paths."""
    written = []
    with zipfile.ZipFile(zip_path) as archive:
        for name in names:
            destination = safe_member_path(target_dir, name)
            if name.endswith("/"):
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(destination, overwrite=True) as tmp, archive.open(name) as src, open(tmp, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            written.append(destination)
    return written


@contextlib.contextmanager
def atomic_output(path, overwrite=False):
    """Yield a temporary path beside ``path`` (same suffix, so drivers chosen by extension work); on success
    rename it onto ``path``, on any error remove it.

    Refuses to replace an existing file unless ``overwrite`` is set, so a user's file is never lost by accident.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise InputError("the file exists already; choose another name or allow overwriting", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".part{path.suffix}", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
