"""Install the plugin's Python packages from inside QGIS, into a folder the plugin owns in the user's profile.

``requirements``: which pinned requirements are missing, what QGIS already provides, where they go.
``pip_install``: the Python QGIS runs, pip's command lines, the install through a staging folder, pip's failures as
one clear message each. ``gui_installer``: the dialog, the message-bar offers and the start-up check.
"""
