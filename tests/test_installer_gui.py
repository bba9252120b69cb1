"""The install dialog in QGIS: the table of missing packages and their features, a real install from a local index
through the QgsTask, the offline failure, the start-up check and the message-bar offer."""

import sys
import time

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtWidgets import QPushButton
from test_installer import package_index  # noqa: F401 (fixture)

from digital_twin.plugin.errors import MissingDependencyError
from digital_twin.plugin.installer import gui_installer
from digital_twin.plugin.installer.pip_install import PipOptions
from digital_twin.plugin.installer.requirements import Requirement

WAIT_S = 60


def local_options(index_url):
    return PipOptions(index_url=index_url, retries=1, timeout_s=5, use_cache=False, extra_args=("--isolated",))


def wait_for_task(dialog):
    deadline = time.monotonic() + WAIT_S
    while dialog.task is not None and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    assert dialog.task is None, "the install task did not finish"


def rows(dialog):
    return [[dialog.table.item(row, column).text() for column in range(3)] for row in range(dialog.table.rowCount())]


def test_table_names_the_features_each_package_serves(qgis_app, tmp_path):
    dialog = gui_installer.InstallDialog(missing=[Requirement("pvlib", "pvlib==0.16.1"),
                                                  Requirement("scikit-image", "scikit-image==0.24.0")],
                                         folder=tmp_path / "deps")
    assert rows(dialog) == [["pvlib", "<=0.16.1", "Solar potential"], ["scikit-image", "<=0.24.0", "Flood analyses"]]
    assert dialog.install_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert str(tmp_path / "deps") in dialog.intro.text()


def test_dialog_installs_then_reports_offline(qgis_app, tmp_path, package_index):  # noqa: F811
    folder = tmp_path / "profile" / "python" / "dependencies" / "digital_twin"
    dialog = gui_installer.InstallDialog(options=local_options(package_index.url), folder=folder,
                                         missing=[Requirement("dtwin-tiny", "dtwin-tiny==1.0")])
    try:
        dialog.install_button.click()
        assert dialog.cancel_button.isEnabled() and not dialog.install_button.isEnabled()
        wait_for_task(dialog)
        assert dialog.status.text().startswith("Installed 2 packages"), dialog.status.text()
        assert dialog.progress.value() == 100
        assert "dtwin-tiny" in dialog.log.toPlainText()
        assert dialog.table.rowCount() == 0 and not dialog.install_button.isEnabled()  # nothing missing any more
        from dtwinns import tiny

        assert tiny.DOUBLE == "depdep"
        before = sorted(path.relative_to(folder) for path in folder.rglob("*"))

        package_index.stop()
        dialog.missing = [Requirement("dtwin-other", "dtwin-other==1.0")]
        dialog.fill_table()
        dialog.install_button.click()
        wait_for_task(dialog)
        assert dialog.status.text().startswith(f"The package index ({package_index.url}) could not be reached")
        assert dialog.install_button.isEnabled() and dialog.progress.value() == 0
        assert sorted(path.relative_to(folder) for path in folder.rglob("*")) == before
        assert [path.name for path in folder.parent.iterdir()] == ["digital_twin"]
    finally:
        if str(folder) in sys.path:
            sys.path.remove(str(folder))
        for name in ("dtwinns", "dtwinns.tiny", "dtwinns.dep"):
            sys.modules.pop(name, None)



@pytest.mark.parametrize("when", ["queued", "while pip runs"])
def test_cancel_in_the_dialog_installs_nothing(qgis_app, tmp_path, package_index, when):  # noqa: F811
    folder = tmp_path / "profile" / "python" / "dependencies" / "digital_twin"
    dialog = gui_installer.InstallDialog(options=local_options(package_index.url), folder=folder,
                                         missing=[Requirement("dtwin-tiny", "dtwin-tiny==1.0")])
    dialog.install_button.click()
    deadline = time.monotonic() + WAIT_S
    while when != "queued" and not dialog.task.lines and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    dialog.cancel_button.click()
    wait_for_task(dialog)
    assert dialog.status.text() == "Cancelled: nothing was installed."
    assert dialog.install_button.isEnabled() and rows(dialog)[0][0] == "dtwin-tiny"
    assert not folder.exists()
    if when != "queued":
        assert list(folder.parent.iterdir()) == []  # pip was killed and its staging folder removed

@pytest.fixture
def missing_pvlib(monkeypatch):
    monkeypatch.setattr(gui_installer.qgis_profile, "missing_requirements",
                        lambda: [Requirement("pvlib", "pvlib==0.16.1")])
    QgsSettings().remove(gui_installer.DISMISSED_KEY)
    yield
    QgsSettings().remove(gui_installer.DISMISSED_KEY)


def test_startup_check_offers_install_until_dismissed_for_this_version(qgis_iface, missing_pvlib):
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    item = gui_installer.startup_check(qgis_iface)
    assert item is not None and "pvlib" in item.text()
    buttons = {button.text(): button for button in item.findChildren(QPushButton)}
    assert set(buttons) == {"Install Python packages…", "Not for this version"}
    buttons["Not for this version"].click()
    assert QgsSettings().value(gui_installer.DISMISSED_KEY) == f"{gui_installer.plugin_version()}|pvlib"
    assert gui_installer.startup_check(qgis_iface) is None


def test_nothing_missing_shows_nothing(qgis_iface, monkeypatch):
    monkeypatch.setattr(gui_installer.qgis_profile, "missing_requirements", list)
    assert gui_installer.startup_check(qgis_iface) is None
    assert gui_installer.offer_install(qgis_iface) is None


def test_offer_after_a_feature_found_a_package_missing_opens_the_dialog(qgis_iface, missing_pvlib):
    error = MissingDependencyError("Solar irradiance needs the Python package 'pvlib'")
    item = gui_installer.offer_install(qgis_iface, error)
    assert item.text() == "Solar irradiance needs the Python package 'pvlib'"
    item.findChildren(QPushButton)[0].click()
    dialog = gui_installer._DIALOG[0]
    try:
        assert dialog.isVisible() and rows(dialog)[0][0] == "pvlib"
    finally:
        dialog.close()

