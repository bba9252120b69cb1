"""Digital Twin QGIS plugin (デジタルツイン).

QGIS calls ``classFactory``; nothing else happens at import, so loading the plugin stays cheap.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin.main import DigitalTwinPlugin

    return DigitalTwinPlugin(iface)
