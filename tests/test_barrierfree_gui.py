"""The mobility profiles dialog driven through its widgets (pytest-qgis iface and project): edits saved into the
project change the route digitaltwin:barrierfreeroute finds on the 2018 test ladder (tests/data/barrierfree)."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "barrierfree"
N1, N9 = "139.7000,35.6800 [EPSG:6668]", "139.7016,35.6800 [EPSG:6668]"
MANUAL = 0
PASSABLE, BARRIER = 0, 1


@pytest.fixture
def dialog(qgis_iface, qgis_new_project):
    from qgis.core import QgsProject

    from digital_twin.plugin.barrierfree.gui_profiles import ProfilesDialog

    made = ProfilesDialog(QgsProject.instance(), qgis_iface.mainWindow())
    yield made
    made.deleteLater()


@pytest.fixture
def route(qgis_processing, digitaltwin_provider, tmp_path):
    import processing

    def run(policy, name):
        return processing.run("digitaltwin:barrierfreeroute", {
            "LINKS": str(DATA / "ladder_2018_links.geojson"), "NODES": str(DATA / "ladder_2018_nodes.geojson"),
            "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL, "UNKNOWN_POLICY": policy,
            "OUTPUT": str(tmp_path / f"{name}.gpkg")})
    return run


def stored_profiles():
    from qgis.core import QgsProject

    text, found = QgsProject.instance().readEntry("digitaltwin", "barrierfree/profiles", "")
    return json.loads(text) if found else None


def labels(dialog):
    return [dialog.profile_list.item(row).text() for row in range(dialog.profile_list.count())]


def test_lists_the_shipped_profiles_in_the_ui_language(dialog, qgis_iface):
    from qgis.core import QgsProject, QgsSettings

    from digital_twin.plugin.barrierfree.gui_profiles import ProfilesDialog

    assert labels(dialog) == ["Manual wheelchair", "Electric wheelchair", "Stroller", "Cane or walker",
                              "Visually impaired"]
    assert dialog.policy.currentData() == "barrier"  # the algorithms' default
    # The manual wheelchair's shipped limits, each in its widget and unit.
    assert dialog.limits["max_step_cm"][1].value() == 2.0 and dialog.limits["max_step_cm"][1].suffix() == " cm"
    assert dialog.limits["max_slope_pct"][1].value() == 5.0 and dialog.limits["min_width_m"][1].value() == 1.0
    assert dialog.speed.value() == 3.6 and dialog.min_rank.currentData() == "A"
    assert not dialog.allowed[6].isChecked() and not dialog.allowed[5].isChecked()
    assert [code for code, box in dialog.elevators.items() if box.isChecked()] == [3, 5]
    dialog.profile_list.setCurrentRow(3)  # cane or walker: no width limit, stairs at twice their length
    assert not dialog.limits["min_width_m"][0].isChecked() and not dialog.limits["min_width_m"][1].isEnabled()
    assert dialog.allowed[6].isChecked() and dialog.factors["stairs"].value() == 2.0

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ja_JP")
    try:
        japanese = ProfilesDialog(QgsProject.instance(), qgis_iface.mainWindow())
        assert labels(japanese) == ["手動車いす", "電動車いす", "ベビーカー", "杖・歩行器", "視覚障害"]
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_edited_limits_saved_in_the_project_change_the_route(dialog, route):
    # Ladder 2018, N1 -> N9: eight 10 m main links, each with one barrier, or a 30 m bypass (README).
    # Shipped manual wheelchair, unknown passable: bypass S1 (stairs), S2 (step >2 cm), S3 (slope >5 %), S4 (width
    # <1 m), S6 (one-way against us), S8 (escalator) = 6 x 30 m, elevator S5e 8 m, S7 (step unknown) 10 m = 198 m.
    assert route(PASSABLE, "shipped")["LENGTH_M"] == 198.0
    dialog.allowed[6].setChecked(True)  # stairs allowed: S1 10 m instead of 30 m
    dialog.limits["max_step_cm"][1].setValue(5.0)  # S2's ">2 cm" may now be under 5 cm: "cannot tell"
    dialog.speed.setValue(7.2)  # 2 m/s
    assert dialog.save()
    stored = stored_profiles()["profiles"][0]
    assert stored["max_step_cm"] == 5.0 and stored["forbidden_route_types"] == [5] and stored["speed_kmh"] == 7.2

    # Passable: S1 10 + S2 10 + S3, S4, S6, S8 4 x 30 + S5e 8 + S7 10 = 158 m, at 2 m/s 79 s.
    result = route(PASSABLE, "edited_passable")
    assert result["LENGTH_M"] == 158.0 and result["TIME_MIN"] == pytest.approx(158.0 / 2.0 / 60.0)
    assert result["BARRIER_COUNT"] == 4  # S3, S4, S5 (elevator code 2), S8; no more S1 and S2
    # Barriers: S2 and S7 cannot tell -> bypassed: 10 + 30 + 4 x 30 + 8 + 30 = 198 m (shipped: 218 m).
    assert route(BARRIER, "edited_barrier")["LENGTH_M"] == 198.0

    dialog.reset_button.click()
    assert dialog.limits["max_step_cm"][1].value() == 2.0 and not dialog.allowed[6].isChecked()
    assert dialog.save()
    assert route(PASSABLE, "reset")["LENGTH_M"] == 198.0


def test_a_stricter_width_and_the_policy_round_trip_through_the_project(dialog, qgis_iface):
    from qgis.core import QgsProject

    from digital_twin.plugin.barrierfree.gui_profiles import ProfilesDialog

    dialog.profile_list.setCurrentRow(2)  # stroller: no width limit shipped
    dialog.limits["min_width_m"][0].setChecked(True)
    dialog.limits["min_width_m"][1].setValue(1.2)
    dialog.factors["crossing_without_signal"].setValue(1.5)
    dialog.policy.setCurrentIndex(dialog.policy.findData("passable"))
    dialog.profile_list.setCurrentRow(0)  # moving on keeps the stroller's edits
    assert dialog.save()
    stored = stored_profiles()
    assert stored["unknown_policy"] == "passable"
    assert stored["profiles"][2]["min_width_m"] == 1.2
    assert stored["profiles"][2]["cost_factors"] == {"crossing_without_signal": 1.5}

    reopened = ProfilesDialog(QgsProject.instance(), qgis_iface.mainWindow())
    assert reopened.policy.currentData() == "passable"
    reopened.profile_list.setCurrentRow(2)
    assert reopened.limits["min_width_m"][1].value() == 1.2 and reopened.limits["min_width_m"][1].isEnabled()


def test_bad_profiles_are_refused_with_the_profile_and_setting_named(dialog, tmp_path):
    from digital_twin.plugin.barrierfree.gui_profiles import shipped_document, validate_entries

    _, entries = shipped_document()
    entries[0]["min_width_m"] = -0.5
    entries[1]["max_slope_pct"] = 150.0
    entries[2]["speed_kmh"] = 0.0
    entries[3]["label"] = " "
    assert validate_entries(entries) == [
        "Manual wheelchair: minimum width must be between 0 and 10 m (is -0.5 m)",
        "Electric wheelchair: maximum slope must be between 0 and 100 % (is 150 %)",
        "Stroller: the speed must be between 0.5 and 20 km/h",
        "cane_walker: the name is empty"]

    steep = tmp_path / "steep.json"
    steep.write_text(json.dumps({"profiles": [dict(entries[1], speed_kmh=4.0)]}), "utf-8")
    negative = tmp_path / "negative.json"
    negative.write_text(json.dumps({"profiles": [dict(entries[0], max_slope_pct=5)]}), "utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"profiles": [\n{"id": "x",}]}', "utf-8")
    for path, expected in ((steep, "maximum slope must be between 0 and 100 %"),
                           (negative, "min_width_m must be a number >= 0"), (broken, "line 2")):
        assert not dialog.import_file(str(path))
        assert str(path) in dialog.message.text() and expected in dialog.message.text()
    assert labels(dialog)[0] == "Manual wheelchair"  # nothing replaced

    dialog.label.setText("")
    assert not dialog.save()
    assert "the name is empty" in dialog.message.text() and stored_profiles() is None


def test_export_then_import_keeps_the_edits_and_never_overwrites_silently(dialog, tmp_path):
    exported = tmp_path / "profiles.json"
    dialog.limits["max_slope_pct"][1].setValue(6.0)
    assert dialog.export_file(str(exported))
    assert not dialog.export_file(str(exported))
    assert "exists already" in dialog.message.text()
    dialog.reset_button.click()
    assert dialog.limits["max_slope_pct"][1].value() == 5.0
    assert dialog.import_file(str(exported))
    assert dialog.limits["max_slope_pct"][1].value() == 6.0


def test_show_profiles_dialog(qgis_iface, qgis_new_project):
    from digital_twin.plugin.barrierfree.gui_profiles import show_profiles_dialog

    shown = show_profiles_dialog(qgis_iface)
    try:
        assert shown.isVisible() and shown.profile_list.count() == 5
    finally:
        shown.close()
        shown.deleteLater()


@pytest.mark.qgis_process
def test_profiles_saved_with_the_project_file_reach_a_qgis_process_run(dialog, qgis_process_env, tmp_path):
    """Batch analysts: the edited profile travels in the .qgz, and qgis_process run with that project uses it."""
    import subprocess

    from qgis.core import QgsProject

    dialog.allowed[6].setChecked(True)
    dialog.limits["max_step_cm"][1].setValue(5.0)
    assert dialog.save()
    project_file = tmp_path / "district.qgz"
    assert QgsProject.instance().write(str(project_file))
    inputs = {"LINKS": str(DATA / "ladder_2018_links.geojson"), "NODES": str(DATA / "ladder_2018_nodes.geojson"),
              "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL, "UNKNOWN_POLICY": PASSABLE,
              "OUTPUT": str(tmp_path / "route.gpkg")}
    # The project goes with JSON on stdin: after "--", qgis_process 3.40 takes PROJECT_PATH for a parameter.
    run = subprocess.run(["qgis_process", "--json", "run", "digitaltwin:barrierfreeroute", "-"],
                         input=json.dumps({"inputs": inputs, "project_path": str(project_file)}),
                         env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    answer = json.loads(run.stdout)
    assert "Profiles (project): manual_wheelchair" in answer["log"]["info"]
    assert answer["results"]["LENGTH_M"] == 158.0  # shipped profile: 198 m (see above)


def test_a_run_without_a_policy_takes_the_one_saved_with_the_project(dialog, qgis_processing, digitaltwin_provider,
                                                                     tmp_path):
    """Shipped manual wheelchair on the 2018 ladder: 198 m when unknown links are passable, 218 m as barriers."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    def length_without_policy(name):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run("digitaltwin:barrierfreeroute", {
            "LINKS": str(DATA / "ladder_2018_links.geojson"), "NODES": str(DATA / "ladder_2018_nodes.geojson"),
            "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL, "OUTPUT": str(tmp_path / f"{name}.gpkg")},
            context=context)["LENGTH_M"]

    assert length_without_policy("default") == pytest.approx(218.0)  # nothing saved: unknown data is a barrier
    dialog.policy.setCurrentIndex(PASSABLE)
    dialog.save()
    assert stored_profiles()["unknown_policy"] == "passable"
    assert length_without_policy("saved") == pytest.approx(198.0)
