"""Digital Twin QGIS plugin (デジタルツイン).

QGIS calls ``classFactory``; nothing else happens at import, so loading the plugin stays cheap.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin.installer.qgis_profile import add_dependencies_folder

    add_dependencies_folder()  # packages the plugin's installer put in this profile, after QGIS's own
    from .plugin.main import DigitalTwinPlugin

    return DigitalTwinPlugin(iface)
