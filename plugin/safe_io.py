"""Safe reading and writing shared by every loader: XML without entities or network, zip members kept inside the
target folder and within size limits, and outputs that are complete or absent.

Outputs are finalised so that the exists-check and the rename are one step (a hard link fails if the name is taken),
so two runs writing the same file cannot both succeed; finished files get the mode the user's umask asks for.
"""

import contextlib
import glob
import os
import shutil
import socket
import tempfile
import zipfile
import zlib
from pathlib import Path

from .errors import InputError
from .progress import NO_PROGRESS

# Limits for extracting a zip (a bomb is refused from its central directory, and again while inflating if it lies).
MAX_TOTAL_BYTES = 64 * 1024**3  # a whole PLATEAU prefecture release is ~30 GB unpacked
MAX_MEMBERS = 200_000  # the largest PLATEAU city zips hold ~60,000 members
MAX_RATIO = 200  # CityGML deflates ~10-30x, LAS ~3x; 2.6 MB -> 2.6 GB is 1000x
RATIO_FREE_BYTES = 1024**2  # tiny members may compress well beyond the ratio without harm
COPY_CHUNK_BYTES = 1 << 20
# what zipfile raises for a damaged, forged, encrypted (RuntimeError) or unsupported member
UNREADABLE_MEMBER = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
DEFAULT_FILE_MODE = 0o666
DEFAULT_FOLDER_MODE = 0o777


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


def check_archive(zip_path, members, *, max_total_bytes=MAX_TOTAL_BYTES, max_members=MAX_MEMBERS,
                  max_ratio=MAX_RATIO):
    """Refuse an archive by its central directory: too many members, too large in total, or one member inflating
    far beyond its compressed size (a zip bomb)."""
    if len(members) > max_members:
        raise InputError("the zip holds {count} members, more than the limit of {limit}; refusing to extract it",
                         path=zip_path, count=len(members), limit=max_members)
    total = sum(info.file_size for info in members)
    if total > max_total_bytes:
        raise InputError("the zip would unpack to {size_mb:.0f} MB, more than the limit of {limit_mb:.0f} MB; "
                         "refusing to extract it", path=zip_path, size_mb=total / 1e6, limit_mb=max_total_bytes / 1e6)
    for info in members:
        if info.file_size > RATIO_FREE_BYTES and info.file_size > max_ratio * max(info.compress_size, 1):
            raise InputError("zip member '{member}' would inflate {ratio:.0f} times ({size_mb:.0f} MB), more than "
                             "the limit of {limit} times; refusing a zip bomb", path=zip_path, member=info.filename,
                             ratio=info.file_size / max(info.compress_size, 1), size_mb=info.file_size / 1e6,
                             limit=max_ratio)
    return total


def extract_members(zip_path, names, target_dir, *, overwrite=False, max_total_bytes=MAX_TOTAL_BYTES,
                    max_members=MAX_MEMBERS, max_ratio=MAX_RATIO, progress=NO_PROGRESS):
    """Extract only the named members of a zip into target_dir; return their paths.

    Every member is checked before anything is written: inside target_dir (zip-slip), within the limits on count,
    total size and compression ratio, and not replacing an existing file unless ``overwrite``. Members are inflated
    into a hidden folder beside target_dir, counting the bytes (a header that lies about the size is caught), and
    moved into place only when all are complete; on any error (Cancel included) nothing of this run is left behind.
    """
    zip_path = Path(zip_path)
    target = Path(target_dir).resolve()
    with zipfile.ZipFile(zip_path) as archive:
        # one member per destination (a repeated name, or "a/../b" beside "b": the later one wins, as in unzip)
        chosen = {}
        for name in names:
            destination = safe_member_path(target, name)
            if not name.endswith("/") and destination != target:
                chosen[destination] = archive.getinfo(name)
        destinations, members = list(chosen), list(chosen.values())
        total = check_archive(zip_path, members, max_total_bytes=max_total_bytes, max_members=max_members,
                              max_ratio=max_ratio)
        found = [stat_or_none(path) for path in destinations]
        taken = next((path for path, status in zip(destinations, found, strict=True) if status), None)
        if taken is not None and not overwrite:
            raise InputError("the file exists already; choose another folder or allow overwriting", path=taken)
        target.parent.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(target.parent).free
        if total > free:
            raise InputError("the zip unpacks to {size_mb:.0f} MB but only {free_mb:.0f} MB are free",
                             path=zip_path, size_mb=total / 1e6, free_mb=free / 1e6)
        with temporary_folder(f".{target.name}.part-", target.parent) as staging:
            staged = [staging / str(index) for index in range(len(members))]
            done = 0
            for info, part in zip(members, staged, strict=True):
                _inflate(archive, info, part, zip_path, progress)
                done += info.file_size
                progress.step(done / total if total else 1.0)
            return _move_into_place(staged, destinations, found, target)


def _inflate(archive, info, part, zip_path, progress):
    """Copy one member to ``part``, never writing more than its header declared."""
    written = 0
    try:
        with archive.open(info) as source, open(part, "wb") as sink:
            while chunk := source.read(COPY_CHUNK_BYTES):
                written += len(chunk)
                if written > info.file_size:
                    raise InputError("zip member '{member}' inflates beyond the {size} bytes its header declares; "
                                     "refusing a forged zip", path=zip_path, member=info.filename,
                                     size=info.file_size)
                sink.write(chunk)
                progress.check()
    except UNREADABLE_MEMBER as exc:
        raise InputError("zip member '{member}' is damaged or forged ({problem}); refusing to extract it",
                         path=zip_path, member=info.filename, problem=exc) from None
    if written != info.file_size:
        raise InputError("zip member '{member}' is {written} bytes, not the {size} its header declares",
                         path=zip_path, member=info.filename, written=written, size=info.file_size)


def _move_into_place(staged, destinations, found, target):
    """Rename the staged members onto their names; if one fails, remove the new files and folders of this run."""
    created_folders = {folder for path in destinations for folder in _new_folders(path.parent, target)}
    created_files = []
    umask = current_umask()  # once: a city zip has tens of thousands of members
    try:
        for part, destination, status in zip(staged, destinations, found, strict=True):
            destination.parent.mkdir(parents=True, exist_ok=True)
            finalise(part, destination, replaceable=status, umask=umask)
            if status is None:
                created_files.append(destination)
    except BaseException:
        for path in created_files:
            path.unlink(missing_ok=True)
        for folder in sorted(created_folders, key=lambda path: len(path.parts), reverse=True):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty: never a folder holding something else
        raise
    return destinations


def _new_folders(folder, top):
    """The folders from ``folder`` up to ``top`` (inclusive) that do not exist yet."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder == top or folder.parent == folder:
            break
        folder = folder.parent
    return missing


def current_umask():
    """The process umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it
    os.umask(mask)
    return mask


def apply_umask(path, umask=None):
    """Give a finished file (or folder) the mode a plain open() would have: mkstemp/mkdtemp make them private.
    ``umask``: the process umask when the caller read it already (once for many files)."""
    default = DEFAULT_FOLDER_MODE if Path(path).is_dir() else DEFAULT_FILE_MODE
    os.chmod(path, default & ~(current_umask() if umask is None else umask))


def finalise(tmp, path, replaceable=None, *, umask=None):
    """Rename the finished ``tmp`` onto ``path``, the exists-check and the rename in one step.

    ``replaceable`` is the os.stat of ``path`` when the run started (an existing file the user allowed to replace),
    or None if it was absent. An absent name is claimed with a hard link, which fails if another run took it
    meanwhile; a present file is replaced only if it is still the one found at the start. So a file another run
    wrote meanwhile is never silently lost, and this run fails with a clear message instead.
    """
    tmp, path = Path(tmp), Path(path)
    apply_umask(tmp, umask)
    if replaceable is None:
        _rename_exclusive(tmp, path)
    elif _identity(path) == _identity_of(replaceable):
        os.replace(tmp, path)
    else:
        raise taken_error(path)


def _rename_exclusive(tmp, path):
    if os.name == "nt":  # Windows' rename never replaces an existing file
        try:
            os.rename(tmp, path)
        except FileExistsError:
            raise taken_error(path) from None
        return
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise taken_error(path) from None
    except OSError:  # a file system without hard links: claim the name with an exclusive create, then replace it
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            raise taken_error(path) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def exists_error(path, **where):
    """The error of an output that exists already while overwriting is off (``where``: InputError's line/field)."""
    return InputError("the file exists already; choose another name or allow overwriting", path=path, **where)


def refuse_existing(path, overwrite):
    """Before any work, not after it: an existing ``path`` stops the run unless ``overwrite``."""
    if not overwrite and Path(path).exists():
        raise exists_error(path)


def taken_error(path):
    """The error of a run whose output name another run took meanwhile."""
    return InputError("the file was created or changed by another run while this one was working; "
                      "it is kept, and this run's result is discarded", path=path)


def _identity(path):
    try:
        return _identity_of(os.stat(path))
    except FileNotFoundError:
        return None


def _identity_of(status):
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns


@contextlib.contextmanager
def atomic_output(path, overwrite=False, *, make_folder=True):
    """Yield a temporary path beside ``path`` (same suffix, so drivers chosen by extension work); on success
    rename it onto ``path``, on any error (Cancel and SIGTERM included) remove it.

    Refuses to replace an existing file unless ``overwrite`` is set, so a user's file is never lost by accident;
    a second run finishing the same file fails instead of silently replacing the first one's result. Without
    ``make_folder`` a missing folder is an error (FileNotFoundError), not made: for tasks writing into a scratch
    folder their client may have removed.
    """
    path = Path(path)
    before = stat_or_none(path)
    if before is not None and not overwrite:
        raise exists_error(path)
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".part{path.suffix}", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        finalise(tmp, path, replaceable=before)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stat_or_none(path):
    """os.stat of path, or None if nothing is there: what finalise() may replace later."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


LOCK_SUFFIX = ".lock"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal", ".aux.xml")  # SQLite/GeoPackage and GDAL files beside an output


@contextlib.contextmanager
def output_lock(path):
    """Hold ``.<name>.lock`` beside ``path`` while a run writes it, so a second run writing the same file fails at
    its start instead of at the end (or, for writers that are not atomic, instead of mixing two results).

    The lock names its host and process; one left by a process that is gone (SIGKILL, a crash) is taken over.
    """
    path = Path(path)
    lock = path.with_name(f".{path.name}{LOCK_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _claim(lock, path)
    except OSError as exc:  # a read-only folder, a file where a folder should be...
        raise InputError("cannot write the output here ({problem})", path=path, problem=exc.strerror or exc) \
            from None
    try:
        yield lock
    finally:
        lock.unlink(missing_ok=True)


def _claim(lock, path, retry=True):
    owner = f"{socket.gethostname()} {os.getpid()}"
    try:
        handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, DEFAULT_FILE_MODE)
    except FileExistsError:
        host, _, pid = _read_text(lock).partition(" ")
        if retry and host == socket.gethostname() and pid.isdigit() and not _process_alive(int(pid)):
            lock.unlink(missing_ok=True)  # left by a process that is gone
            return _claim(lock, path, retry=False)
        raise InputError("another run (process {pid} on {host}) is writing this file; wait for it to finish, or "
                         "delete {lock} if no run is left", path=path, pid=pid or "?", host=host or "?",
                         lock=lock) from None
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(owner)
    return lock


def _read_text(path):
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def remove_output(path):
    """Remove an output this run created and could not finish (with its SQLite and GDAL side files)."""
    path = Path(path)
    for candidate in [path] + [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES]:
        with contextlib.suppress(OSError):  # Windows: still open by a writer
            candidate.unlink(missing_ok=True)


@contextlib.contextmanager
def temporary_folder(prefix, parent=None):
    """A private temporary folder removed on exit, whatever happens (Cancel and SIGTERM included).

    Its name carries the process id, so folders a killed process (SIGKILL, a crash) could not remove are swept by
    the next run once that process is gone.
    """
    parent = Path(parent or tempfile.gettempdir())
    sweep_stale_folders(prefix, parent)
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}{PID_END}", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


PID_END = "-"


def sweep_stale_folders(prefix, parent):
    """Remove ``<prefix><pid>-*`` folders in ``parent`` whose process has ended; return how many."""
    if os.name != "posix":  # os.kill(pid, 0) only asks whether a process lives on POSIX
        return 0
    removed = 0
    for folder in Path(parent).glob(f"{glob.escape(prefix)}*{PID_END}*"):
        pid = folder.name[len(prefix):].split(PID_END, 1)[0]
        if folder.is_dir() and pid.isdigit() and not _process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _process_alive(pid):
    if os.name != "posix":  # os.kill(pid, 0) would send a Ctrl-C event on Windows: assume alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, but another user's
        return True
    return True
