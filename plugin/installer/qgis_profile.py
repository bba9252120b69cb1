"""The QGIS side of the installer that needs no GUI: the profile's dependencies folder, QGIS's proxy, the Python."""

import sys

from qgis.core import QgsApplication, QgsSettings

from . import requirements


def dependencies_folder():
    """``<profile>/python/dependencies/digital_twin`` for the QGIS profile in use."""
    return requirements.dependencies_folder(QgsApplication.qgisSettingsDirPath())


def add_dependencies_folder():
    """At plugin start (classFactory): packages installed earlier become importable, after QGIS's own."""
    return requirements.add_to_sys_path(dependencies_folder())


def proxy_url():
    """pip's --proxy from Settings > Options > Network, or None (no proxy, or the system's)."""
    from . import pip_install  # here, not at the top: classFactory imports this module at every QGIS start

    settings = QgsSettings()
    return pip_install.proxy_url(enabled=settings.value("proxy/proxyEnabled", False, type=bool),
                                 proxy_type=settings.value("proxy/proxyType", "", type=str),
                                 host=settings.value("proxy/proxyHost", "", type=str),
                                 port=settings.value("proxy/proxyPort", 0, type=int),
                                 user=settings.value("proxy/proxyUser", "", type=str),
                                 password=settings.value("proxy/proxyPassword", "", type=str))


def site_folders():
    """QGIS's package folders, so that pip (a separate process) sees every package QGIS's Python has."""
    return [path for path in sys.path if path.rstrip("/\\").endswith(("site-packages", "dist-packages"))]


def missing_requirements():
    """The requirements nothing on QGIS's Python path provides (requirements.txt order)."""
    return requirements.missing_requirements(requirements.read_requirements().requirements,
                                             requirements.installed_versions())
