"""Mobility profiles (resources/barrierfree_profiles.json, editable) and the rules that make a link a barrier.

A rule says, for each link, "fails" or "cannot tell" (the data says unknown, or a 2018 code is too coarse, e.g.
"step > 2 cm" for a 5 cm limit). What "cannot tell" means is the user's choice, never a silent default:
``UNKNOWN_PASSABLE`` or ``UNKNOWN_BARRIER``.
"""

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError
from . import codes

SHIPPED_PROFILES = Path(__file__).resolve().parent.parent.parent / "resources" / "barrierfree_profiles.json"
UNKNOWN_PASSABLE, UNKNOWN_BARRIER = "passable", "barrier"
UNKNOWN_POLICIES = (UNKNOWN_PASSABLE, UNKNOWN_BARRIER)
PLAIN_SPEED_KMH = 4.8  # 80 m/min, the Japanese walking-time convention
COST_FACTOR_KINDS = ("stairs", "escalator", "no_braille_tiles", "crossing_without_signal")


@dataclass(frozen=True)
class Profile:
    id: str
    label: str
    speed_kmh: float = PLAIN_SPEED_KMH
    forbidden_route_types: tuple = ()
    max_step_cm: float = None
    max_slope_pct: float = None
    min_width_m: float = None
    min_rank: str = None
    elevator_codes: tuple = None  # None: any elevator link is usable
    cost_factors: dict = field(default_factory=dict, hash=False, compare=False)
    label_ja: str = ""

    @property
    def key(self):
        """What the graph depends on, for the graph cache."""
        return json.dumps([self.forbidden_route_types, self.max_step_cm, self.max_slope_pct, self.min_width_m,
                           self.min_rank, self.elevator_codes, sorted(self.cost_factors.items())])


PLAIN = Profile(id="plain", label="Plain (every link passable)")


def _limit(entry, name, where):
    value = entry.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise InputError("profile '{profile}': {name} must be a number >= 0 or null", path=where, field=name,
                         profile=entry.get('id'), name=name)
    return float(value)


def profile_from_dict(entry, where=None):
    if not isinstance(entry, dict) or not str(entry.get("id") or "").strip():
        raise InputError("every profile needs an 'id'", path=where, field="id")
    speed = _limit(entry, "speed_kmh", where) or PLAIN_SPEED_KMH
    min_rank = entry.get("min_rank")
    if min_rank is not None and codes.rank_index(min_rank) is None:
        raise InputError("profile '{profile}': min_rank must be one of S, A, B, C or null", path=where,
                         field="min_rank", profile=entry['id'])
    factors = entry.get("cost_factors") or {}
    for kind, factor in factors.items():
        if kind not in COST_FACTOR_KINDS or not isinstance(factor, (int, float)) or factor < 1:
            raise InputError("profile '{profile}': cost factor '{kind}' must be one of {kinds} with a value >= 1",
                             path=where, field="cost_factors", profile=entry['id'], kind=kind,
                             kinds=', '.join(COST_FACTOR_KINDS))
    elevators = entry.get("elevator_codes")
    return Profile(
        id=str(entry["id"]).strip(), label=str(entry.get("label") or entry["id"]), speed_kmh=speed,
        forbidden_route_types=tuple(int(code) for code in entry.get("forbidden_route_types") or ()),
        max_step_cm=_limit(entry, "max_step_cm", where), max_slope_pct=_limit(entry, "max_slope_pct", where),
        min_width_m=_limit(entry, "min_width_m", where), min_rank=min_rank.upper() if min_rank else None,
        elevator_codes=None if elevators is None else tuple(int(code) for code in elevators),
        cost_factors={kind: float(factor) for kind, factor in factors.items()},
        label_ja=str(entry.get("label_ja") or ""))


def profiles_from_json(text, where=None):
    """JSON text ({"profiles": [...]}) -> {id: Profile}, in file order."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("profiles are not valid JSON ({reason})", path=where, line=exc.lineno, reason=exc.msg) from exc
    entries = data.get("profiles") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise InputError("no profile found (expected a list under \"profiles\")", path=where, field="profiles")
    profiles = {}
    for entry in entries:
        profile = profile_from_dict(entry, where)
        profiles[profile.id] = profile
    return profiles


def load_profiles(path=None):
    path = Path(path or SHIPPED_PROFILES)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError("cannot read the profiles ({reason})", path=path, reason=exc.strerror) from exc
    return profiles_from_json(text, where=path)


def shipped_profile_ids():
    return list(load_profiles())


# ---------------------------------------------------------------------------------------------------------- rules

def _at_most(ranges, limit):
    """(low, high] ranges against a maximum: fails when every possible value exceeds it; unknown when some may."""
    low, high = ranges[:, 0], ranges[:, 1]
    unknown_data = np.isnan(high)
    passes = ~unknown_data & (high <= limit)
    fails = ~unknown_data & ~passes & (low >= limit)
    return fails, ~passes & ~fails


def _at_least(ranges, minimum):
    """[low, high) width ranges against a minimum."""
    low, high = ranges[:, 0], ranges[:, 1]
    unknown_data = np.isnan(low)
    passes = ~unknown_data & (low >= minimum)
    fails = ~unknown_data & ~passes & (high <= minimum)
    return fails, ~passes & ~fails


def link_rules(network, profile):
    """{rule: (fails, cannot_tell)} boolean arrays over the links, one pair per rule the profile uses."""
    route_type = network.route_type
    elevator_link = route_type == codes.ELEVATOR
    rules = {}
    if profile.forbidden_route_types:
        forbidden = np.isin(route_type, profile.forbidden_route_types)
        rules["link type"] = (forbidden, route_type == codes.UNKNOWN)
    if profile.elevator_codes is not None:
        usable = np.isin(network.elevator, profile.elevator_codes)
        unknown = elevator_link & (network.elevator == codes.UNKNOWN)
        rules["elevator"] = (elevator_link & ~usable & ~unknown, unknown)
    if profile.min_width_m is not None:
        fails, unknown = _at_least(network.width, profile.min_width_m)
        # Elevator links record the door width: the elevator code decides, never the width.
        rules["width"] = (fails & ~elevator_link, unknown & ~elevator_link)
    if profile.max_step_cm is not None:
        rules["step"] = _at_most(network.step, profile.max_step_cm)
    if profile.max_slope_pct is not None:
        fails, unknown = _at_most(network.slope, profile.max_slope_pct)
        rules["slope"] = (fails & ~elevator_link, unknown & ~elevator_link)
    if profile.min_rank is not None and any(network.rank):
        limit = codes.rank_index(profile.min_rank)
        index = np.array([codes.rank_index(rank) if rank in codes.RANKS else -1 for rank in network.rank])
        unknown = np.array([rank == "X" for rank in network.rank])
        # Like the width, the rank summarises the door width of an elevator: the elevator code decides there.
        rules["rank"] = ((index > limit) & ~elevator_link, unknown & ~elevator_link)
    return rules


def passable_links(network, profile, unknown_policy):
    """Boolean per link: may this profile use it, under the unknown policy?"""
    if unknown_policy not in UNKNOWN_POLICIES:
        raise InputError("unknown-value policy must be one of {policies}", policies=', '.join(UNKNOWN_POLICIES))
    blocked = np.zeros(network.link_count, dtype=bool)
    for fails, unknown in link_rules(network, profile).values():
        blocked |= fails
        if unknown_policy == UNKNOWN_BARRIER:
            blocked |= unknown
    return ~blocked


def barrier_reasons(network, profile, unknown_policy, link_index, rules=None):
    """Why a link is closed to the profile, in words (empty when it is open)."""
    rules = rules if rules is not None else link_rules(network, profile)
    reasons = []
    for name, (fails, unknown) in rules.items():
        if fails[link_index]:
            reasons.append(_describe(network, profile, name, link_index))
        elif unknown[link_index] and unknown_policy == UNKNOWN_BARRIER:
            reasons.append(f"{name} unknown (policy: barrier)")
    return reasons


def range_text(low, high, unit):
    if math.isinf(high):
        return f">{low:g} {unit}"
    if low == high:
        return f"{high:g} {unit}"
    return f"<{high:g} {unit}" if low == 0 and unit == "m" else f"{low:g}-{high:g} {unit}"


def _describe(network, profile, rule, i):
    if rule == "link type":
        return codes.ROUTE_TYPE_NAMES.get(int(network.route_type[i]), "forbidden link type")
    if rule == "elevator":
        return f"elevator code {network.elevator[i]} (usable: {', '.join(map(str, profile.elevator_codes))})"
    if rule == "width":
        return f"width {range_text(*network.width[i], 'm')} (min {profile.min_width_m:g} m)"
    if rule == "step":
        return f"step {range_text(*network.step[i], 'cm')} (max {profile.max_step_cm:g} cm)"
    if rule == "slope":
        return f"slope {range_text(*network.slope[i], '%')} (max {profile.max_slope_pct:g} %)"
    return f"rank {network.rank[i]} (min {profile.min_rank})"


def cost_factors(network, profile):
    """Per-link multiplier of the length when choosing a route (1 = neutral)."""
    factor = np.ones(network.link_count)
    for kind, value in profile.cost_factors.items():
        if kind == "stairs":
            factor[network.route_type == codes.STAIRS] *= value
        elif kind == "escalator":
            factor[network.route_type == codes.ESCALATOR] *= value
        elif kind == "no_braille_tiles":
            factor[network.braille == 1] *= value
        elif kind == "crossing_without_signal":
            factor[np.isin(network.structure, list(codes.CROSSING_STRUCTS)) & (network.signal == 1)] *= value
    return factor
