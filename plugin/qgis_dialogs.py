"""Processing dialogs opened from the plugin's menus, Browser entries and docks."""


def open_algorithm_dialog(algorithm_id, parameters=None):
    """Run the algorithm's dialog as the Processing Toolbox does (modal; the algorithm itself runs in a task).

    Not processing.execAlgorithmDialog: after its modal loop it reads the dialog's results, but a successful run
    closes the dialog and QGIS 3.40 deletes it, so the user got "wrapped C/C++ object of type AlgorithmDialog has
    been deleted" in a Python error window (found by tests/test_desktop.py). Nothing here touches the dialog after
    it has closed.
    """
    import processing

    dialog = processing.createAlgorithmDialog(algorithm_id, parameters or {})
    if dialog is not None:
        dialog.show()
        dialog.exec()
