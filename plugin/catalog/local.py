"""Offline catalogs: a JSON file in the dataset model (the bundled sample district ships one) or any local folder,
whose files are recognised by their extensions and PLATEAU file names, so everything works with no network."""

import json
import os
import re
from pathlib import Path

from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from .model import Dataset, Resource, recognise

CATALOG_FILE = "catalog.json"
FORMAT_VERSION = 1

# 53392642_bldg_6697_op.gml, 52385721_fld_6697_l1_op.gml, 523965_dem_6697_05_op.gml
_PLATEAU_FILE = re.compile(r"^(?P<mesh>\d{6,10})_(?P<type>[a-z]+)_(?P<epsg>\d{4,5})(?:_[a-z0-9]+)*_op\d*$", re.I)
PLATEAU_TYPES = {"bldg": "建築物モデル", "tran": "道路モデル", "luse": "土地利用モデル", "dem": "地形モデル",
                 "fld": "洪水浸水想定区域モデル", "tnm": "津波浸水想定区域モデル", "htd": "高潮浸水想定区域モデル",
                 "lsld": "土砂災害警戒区域モデル", "urf": "都市計画決定情報モデル", "brid": "橋梁モデル",
                 "frn": "都市設備モデル", "veg": "植生モデル", "wtr": "水部モデル"}


def load_catalog_file(path):
    """(catalog name, datasets) of a catalog JSON file; relative resource URLs are files beside it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise InputError("cannot read the catalog file ({reason})", path=path, reason=exc.strerror) from None
    except UnicodeDecodeError as exc:  # a ValueError too, without the JSON error's line
        raise InputError("not UTF-8 text (byte {position})", path=path, position=exc.start) from None
    except ValueError as exc:
        raise InputError("not valid JSON ({reason})", path=path, line=exc.lineno, reason=exc.msg) from None
    if not isinstance(data, dict) or not isinstance(data.get("datasets"), list):
        raise InputError("a catalog file is an object with a 'datasets' list", path=path, field="datasets")
    datasets = []
    for index, item in enumerate(data["datasets"]):
        dataset = Dataset.from_dict(item, where=f"{path} (dataset {index + 1})")
        for resource in dataset.resources:
            resource.url = _resolve(resource.url, path.parent)
        datasets.append(dataset)
    return str(data.get("catalog") or path.stem), datasets


def _resolve(url, folder):
    if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        return url
    return str((folder / url).resolve())


def write_catalog_file(path, name, datasets, overwrite=False):
    """A catalog JSON file; resource files inside its folder are written relative, so the folder can move."""
    path = Path(path)
    folder = path.parent.resolve()
    items = []
    for dataset in datasets:
        item = dataset.to_dict()
        for resource in item["resources"]:
            local = Path(resource["url"])
            if local.is_absolute() and folder in local.parents:
                resource["url"] = local.relative_to(folder).as_posix()
        items.append(item)
    with atomic_output(path, overwrite=overwrite) as tmp:
        tmp.write_text(json.dumps({"version": FORMAT_VERSION, "catalog": name, "datasets": items},
                                  ensure_ascii=False, indent=1), "utf-8")
    return path


def scan_folder(folder, progress=NO_PROGRESS):
    """Datasets for the loadable files under ``folder`` (one per file; a 3D Tiles tileset is one dataset)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("is not a folder", path=folder)
    candidates = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if "tileset.json" in files:  # a 3D Tiles tileset: its tiles are not datasets of their own
            candidates.append(Path(root) / "tileset.json")
            dirs[:] = []
            continue
        candidates += [Path(root) / name for name in sorted(files)
                       if not name.startswith(".") and not name.endswith(".part") and name != CATALOG_FILE]
    datasets = []
    for index, path in enumerate(candidates):
        progress.step(index / max(len(candidates), 1))
        dataset = _file_dataset(path, folder)
        if dataset is not None:
            datasets.append(dataset)
    return datasets


def _file_dataset(path, folder):
    fmt, kind = recognise("", path.name, path.as_posix())
    if not fmt:
        return None
    stem = path.name.split(".", 1)[0] if fmt != "3D Tiles" else path.parent.name
    plateau = _PLATEAU_FILE.match(stem)
    type_en = plateau.group("type").lower() if plateau else ""
    mesh = plateau.group("mesh") if plateau else ""
    relative = path.relative_to(folder)
    resource = Resource(url=str(path.resolve()), name=path.name, format=fmt, kind=kind, size=path.stat().st_size,
                        mesh_code=mesh)
    parent = relative.parent.as_posix()
    return Dataset(id=relative.as_posix(), title=relative.as_posix(), catalog=folder.name, format=fmt,
                   data_type_en=type_en, data_type=PLATEAU_TYPES.get(type_en, ""),
                   group="" if parent == "." else parent, resources=[resource])


def open_local(path, progress=NO_PROGRESS):
    """(catalog name, datasets) of a catalog file, a folder holding catalog.json, or any folder (scanned)."""
    path = Path(path)
    if path.is_file():
        return load_catalog_file(path)
    if (path / CATALOG_FILE).is_file():
        return load_catalog_file(path / CATALOG_FILE)
    return path.name, scan_folder(path, progress)
