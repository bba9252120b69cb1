"""The 'Mobility profiles…' dialog: edit the barrier-free profiles' limits and preferences, choose the unknown-data
policy, and keep them in the current project (entry digitaltwin/barrierfree/profiles), where the barrier-free
algorithms read them. Also imports and exports profile files (the algorithms' PROFILES_FILE, for qgis_process).

Menu entry for the lead: ``show_profiles_dialog(iface)``.
"""

import json

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ..errors import DigitalTwinError, InputError
from ..i18n import engine_text, tr, user_language
from ..safe_io import atomic_output
from . import codes
from . import profiles as profile_rules
from .qgis_network import project_profiles_json, store_profiles_in_project

# Optional limits (unchecked = no limit): JSON key -> (unit, widget minimum, maximum, step, decimals). The ranges are
# also what validation accepts: a slope of 100 % is 45°, a step of 100 cm a full storey of stairs.
LIMITS = {
    "max_slope_pct": ("%", 0.0, 100.0, 0.5, 1),
    "max_step_cm": ("cm", 0.0, 100.0, 0.5, 1),
    "min_width_m": ("m", 0.0, 10.0, 0.05, 2),
}
SPEED_RANGE = (0.5, 20.0)  # km/h
FACTOR_RANGE = (1.0, 100.0)  # how many times a link's length counts when choosing the route
ALLOWED_LINK_TYPES = (codes.STAIRS, codes.ESCALATOR)  # the "allowed" check boxes; other forbidden codes are kept
ELEVATOR_CODES = (3, 5, 4, 2)  # wheelchair, wheelchair + visually impaired, visually impaired, not accessible
DEFAULT_POLICY = profile_rules.UNKNOWN_BARRIER  # the algorithms' default too


def limit_names():
    return {"max_slope_pct": tr("Maximum slope"), "max_step_cm": tr("Maximum step height"),
            "min_width_m": tr("Minimum width")}


def factor_names():
    return {"stairs": tr("Stairs count as"), "escalator": tr("Escalators count as"),
            "no_braille_tiles": tr("Links without tactile paving count as"),
            "crossing_without_signal": tr("Crossings without signals count as")}


def elevator_names():
    return {3: tr("Wheelchair-accessible"), 5: tr("Wheelchair and visually impaired accessible"),
            4: tr("Visually impaired accessible"), 2: tr("Ordinary (no accessibility features)")}


def link_type_names():
    return {codes.STAIRS: tr("Stairs allowed"), codes.ESCALATOR: tr("Escalators allowed")}


# ------------------------------------------------------------------------------------------ profiles as JSON entries

def entry_from_profile(profile):
    """A Profile as its JSON entry (the form the project and the profile files store)."""
    return {"id": profile.id, "label": profile.label, "label_ja": profile.label_ja, "speed_kmh": profile.speed_kmh,
            "forbidden_route_types": list(profile.forbidden_route_types), "max_step_cm": profile.max_step_cm,
            "max_slope_pct": profile.max_slope_pct, "min_width_m": profile.min_width_m, "min_rank": profile.min_rank,
            "elevator_codes": None if profile.elevator_codes is None else list(profile.elevator_codes),
            "cost_factors": dict(profile.cost_factors)}


def display_label(entry, japanese):
    return entry.get("label_ja") if japanese and entry.get("label_ja") else entry.get("label") or entry["id"]


def validate_entries(entries):
    """Problems a user can fix, one sentence each naming the profile and the setting; [] when all is well."""
    names = limit_names()
    problems = []
    for entry in entries:
        label = entry.get("label") or entry.get("id")
        if not str(entry.get("label") or "").strip():
            problems.append(tr("{0}: the name is empty").format(entry.get("id")))
        for key, (unit, low, high, _step, _decimals) in LIMITS.items():
            value = entry.get(key)
            if value is not None and not low <= value <= high:
                problems.append(tr("{0}: {1} must be between {2:g} and {3:g} {4} (is {5:g} {4})")
                                .format(label, names[key].lower(), low, high, unit, value))
        speed = entry.get("speed_kmh")
        if speed is None or not SPEED_RANGE[0] <= speed <= SPEED_RANGE[1]:
            problems.append(tr("{0}: the speed must be between {1:g} and {2:g} km/h")
                            .format(label, *SPEED_RANGE))
        for kind, factor in (entry.get("cost_factors") or {}).items():
            if not FACTOR_RANGE[0] <= factor <= FACTOR_RANGE[1]:
                problems.append(tr("{0}: the '{1}' preference must be between {2:g} and {3:g} times the length")
                                .format(label, kind, *FACTOR_RANGE))
    return problems


def document_from_json(text, where):
    """(unknown policy, [entries]) of a profiles JSON text; InputError naming ``where`` and the field when bad."""
    profiles = profile_rules.profiles_from_json(text, where=where)  # JSON syntax, ids, negative limits
    data = json.loads(text)
    policy = data.get("unknown_policy", DEFAULT_POLICY) if isinstance(data, dict) else DEFAULT_POLICY
    if policy not in profile_rules.UNKNOWN_POLICIES:
        raise InputError("unknown_policy must be one of {policies}", path=where,
                         field="unknown_policy", policies=', '.join(profile_rules.UNKNOWN_POLICIES))
    entries = [entry_from_profile(profile) for profile in profiles.values()]
    problems = validate_entries(entries)
    if problems:
        raise InputError("; ".join(problems), path=where)
    return policy, entries


def document_json(policy, entries):
    return json.dumps({"version": 1, "unknown_policy": policy, "profiles": entries}, ensure_ascii=False, indent=1)


def shipped_document():
    return document_from_json(profile_rules.SHIPPED_PROFILES.read_text(encoding="utf-8"),
                              profile_rules.SHIPPED_PROFILES)


def project_document(project):
    """The project's profiles when it stores some, else the shipped ones."""
    stored = project_profiles_json(project)
    return document_from_json(stored, "project profiles") if stored else shipped_document()


# ------------------------------------------------------------------------------------------------------------ dialog

class ProfilesDialog(QDialog):
    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Mobility profiles"))
        self.project = project or QgsProject.instance()
        self.japanese = user_language() == "ja"
        self.entries = []
        self.current = -1
        self._build()
        try:
            self._show_document(*project_document(self.project))
        except InputError as exc:  # a hand-edited project entry: say what is wrong, offer the shipped set
            self._show_document(*shipped_document())
            self.say(tr("The project's profiles cannot be used ({0}); the shipped profiles are shown").format(
                engine_text(exc)), error=True)

    # -------------------------------------------------------------------------------------------------- widgets

    def _build(self):
        self.profile_list = QListWidget()
        self.profile_list.currentRowChanged.connect(self._select)
        self.policy = QComboBox()
        self.policy.addItem(tr("Treat as passable"), profile_rules.UNKNOWN_PASSABLE)
        self.policy.addItem(tr("Treat as barriers"), profile_rules.UNKNOWN_BARRIER)

        self.label = QLineEdit()
        self.label_ja = QLineEdit()
        self.speed = self._spin(" km/h", *SPEED_RANGE, 0.1, 1)
        form = QFormLayout()
        form.addRow(tr("Name"), self.label)
        form.addRow(tr("Name in Japanese"), self.label_ja)
        form.addRow(tr("Speed"), self.speed)
        self.limits = {}
        for key, name in limit_names().items():
            unit, low, high, step, decimals = LIMITS[key]
            enabled, spin = QCheckBox(name), self._spin(f" {unit}", low, high, step, decimals)
            enabled.toggled.connect(spin.setEnabled)
            self.limits[key] = (enabled, spin)
            form.addRow(enabled, spin)
        self.min_rank = QComboBox()
        self.min_rank.addItem(tr("No limit"), None)
        for rank in codes.RANKS[:4]:  # S, A, B, C
            self.min_rank.addItem(rank, rank)
        form.addRow(tr("Lowest 2024 rank (S best, C worst)"), self.min_rank)
        self.allowed = {code: QCheckBox(name) for code, name in link_type_names().items()}
        for box in self.allowed.values():
            form.addRow(box)
        self.elevators = {code: QCheckBox(name) for code, name in elevator_names().items()}
        elevators = QGroupBox(tr("Usable elevators"))
        elevator_layout = QVBoxLayout(elevators)
        for box in self.elevators.values():
            elevator_layout.addWidget(box)
        form.addRow(elevators)
        self.factors = {}
        for kind, name in factor_names().items():
            self.factors[kind] = self._spin(tr(" × length"), *FACTOR_RANGE, 0.1, 2)
            form.addRow(name, self.factors[kind])

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save to project"))
        self.reset_button = QPushButton(tr("Reset to shipped"))
        self.import_button = QPushButton(tr("Import…"))
        self.export_button = QPushButton(tr("Export…"))
        close_button = QPushButton(tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_shipped)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        close_button.clicked.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.profile_list, 1)
        columns.addLayout(form, 2)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        policy_form = QFormLayout()
        policy_form.addRow(tr("Links whose data is unknown (99 / X) or too coarse to tell"), self.policy)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(policy_form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    @staticmethod
    def _spin(suffix, low, high, step, decimals):
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        return spin

    def say(self, text, error=False):
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # ------------------------------------------------------------------------------------ entries <-> widgets

    def _show_document(self, policy, entries):
        self.entries = entries
        self.current = -1
        self.policy.setCurrentIndex(self.policy.findData(policy))
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        self.profile_list.addItems([display_label(entry, self.japanese) for entry in entries])
        self.profile_list.blockSignals(False)
        self.profile_list.setCurrentRow(0)

    def _select(self, row):
        self._commit()
        self.current = row
        if 0 <= row < len(self.entries):
            self._fill(self.entries[row])

    def _fill(self, entry):
        self.label.setText(entry["label"])
        self.label_ja.setText(entry["label_ja"])
        self.speed.setValue(entry["speed_kmh"])
        for key, (enabled, spin) in self.limits.items():
            enabled.setChecked(entry[key] is not None)
            spin.setEnabled(entry[key] is not None)
            spin.setValue(entry[key] or 0.0)
        self.min_rank.setCurrentIndex(max(self.min_rank.findData(entry["min_rank"]), 0))
        for code, box in self.allowed.items():
            box.setChecked(code not in entry["forbidden_route_types"])
        usable = entry["elevator_codes"]
        for code, box in self.elevators.items():
            box.setChecked(usable is None or code in usable)
        for kind, spin in self.factors.items():
            spin.setValue(entry["cost_factors"].get(kind, 1.0))

    def _commit(self):
        """Write the form back into the entry it shows."""
        if not 0 <= self.current < len(self.entries):
            return
        entry = self.entries[self.current]
        entry["label"] = self.label.text().strip()
        entry["label_ja"] = self.label_ja.text().strip()
        entry["speed_kmh"] = self.speed.value()
        for key, (enabled, spin) in self.limits.items():
            entry[key] = spin.value() if enabled.isChecked() else None
        entry["min_rank"] = self.min_rank.currentData()
        kept = [code for code in entry["forbidden_route_types"] if code not in self.allowed]
        entry["forbidden_route_types"] = kept + [code for code, box in self.allowed.items() if not box.isChecked()]
        usable = [code for code in ELEVATOR_CODES if self.elevators[code].isChecked()]
        # "Any elevator" (null) also lets elevators of unknown code through: keep it while every box stays ticked.
        if not (entry["elevator_codes"] is None and len(usable) == len(ELEVATOR_CODES)):
            entry["elevator_codes"] = sorted(usable)
        entry["cost_factors"] = {kind: spin.value() for kind, spin in self.factors.items() if spin.value() != 1.0}
        self.profile_list.item(self.current).setText(display_label(entry, self.japanese))

    def document(self):
        """The profiles as the dialog shows them, as JSON text."""
        self._commit()
        return document_json(self.policy.currentData(), self.entries)

    # -------------------------------------------------------------------------------------------------- actions

    def save(self):
        """Store the profiles in the project; False (and the reasons shown) when a setting is out of range."""
        text = self.document()
        problems = validate_entries(self.entries)
        if problems:
            self.say("\n".join(problems), error=True)
            return False
        try:
            store_profiles_in_project(self.project, text)
        except DigitalTwinError as exc:
            self.say(engine_text(exc), error=True)
            return False
        self.say(tr("Saved in the project: the barrier-free algorithms use these profiles now. Save the project "
                    "file to keep them."))
        return True

    def reset_to_shipped(self):
        self._show_document(*shipped_document())
        self.say(tr("The shipped profiles are shown: 'Save to project' to use them again."))

    def import_file(self, path):
        try:
            with open(path, encoding="utf-8") as stream:
                document = document_from_json(stream.read(), path)
        except OSError as exc:
            problem = InputError("cannot read the profiles ({reason})", path=path, reason=exc.strerror)
            self.say(engine_text(problem), error=True)
            return False
        except InputError as exc:
            self.say(engine_text(exc), error=True)
            return False
        self._show_document(*document)
        self.say(tr("Profiles read from {0}: 'Save to project' to use them.").format(path))
        return True

    def export_file(self, path, overwrite=False):
        text = self.document()
        try:
            with atomic_output(path, overwrite=overwrite) as temporary:
                temporary.write_text(text, encoding="utf-8")
        except (DigitalTwinError, OSError) as exc:
            self.say(engine_text(exc), error=True)
            return False
        self.say(tr("Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).").format(path))
        return True

    def _ask_import(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Import profiles"), "", tr("Profiles (*.json)"))
        if path:
            self.import_file(path)

    def _ask_export(self):
        # The file dialog asks before replacing a file: that answer is the user's explicit overwrite.
        path, _ = QFileDialog.getSaveFileName(self, tr("Export profiles"), "profiles.json", tr("Profiles (*.json)"))
        if path:
            self.export_file(path, overwrite=True)


def show_profiles_dialog(iface):
    """Open the dialog on the current project (non-blocking); returns it."""
    dialog = ProfilesDialog(QgsProject.instance(), iface.mainWindow())
    dialog.show()
    return dialog
