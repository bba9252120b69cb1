"""Residents of exposed buildings to the nearest suitable shelter: a case computed by hand."""

import numpy as np
import pytest

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.shelters.gsi import Hazard
from digital_twin.plugin.shelters.reach import NO_SHELTER, assign_residents, designation

# Shelters on the x axis: A at 0 (suits floods, holds 10), B at 1000 (not for floods), C at 2000 (no capacity known).
SHELTERS = [(0.0, 0.0), (1000.0, 0.0), (2000.0, 0.0)]
SUITABLE = [True, False, True]
CAPACITY = [10.0, 500.0, np.nan]
# Buildings: 0 at (300, 400): 500 m from A; 1 at (900, 0): 900 m from A, 1100 m from C (B is nearer but unsuitable);
# 2 at (1800, 0): 200 m from C; 3 at (5000, 0): 3000 m from C, beyond an 800 m budget; 4 dry, next to A.
BUILDINGS = [(300.0, 400.0), (900.0, 0.0), (1800.0, 0.0), (5000.0, 0.0), (10.0, 0.0)]
RESIDENTS = [6.0, 8.0, 5.0, 4.0, 100.0]
EXPOSED = [True, True, True, True, False]


def test_hand_computed_loads_and_unreached_residents():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, SUITABLE, CAPACITY, budget_m=1000.0)
    assert list(reach.shelter) == [0, 0, 2, NO_SHELTER, NO_SHELTER]
    assert reach.distance_m[:4] == pytest.approx([500.0, 900.0, 200.0, 3000.0]) and np.isnan(reach.distance_m[4])
    assert list(reach.load_persons) == [14.0, 0.0, 5.0]  # A: 6 + 8, over its 10 by 4; the dry 100 go nowhere
    assert reach.excess_persons[:2] == pytest.approx([4.0, 0.0]) and np.isnan(reach.excess_persons[2])
    assert list(reach.unreached) == [False, False, False, True, False]
    assert (reach.unreached_persons, reach.reached_persons) == (4.0, 19.0)


def test_a_tighter_budget_leaves_more_unreached():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, SUITABLE, CAPACITY, budget_m=800.0)
    assert list(reach.shelter) == [0, NO_SHELTER, 2, NO_SHELTER, NO_SHELTER]  # building 1 is 900 m away
    assert (reach.unreached_persons, list(reach.load_persons)) == (12.0, [6.0, 0.0, 5.0])


def test_route_distances_replace_straight_lines():
    """A step-free network: building 0 has no route to A (inf), 2500 m to C; the others as the crow flies."""
    straight = np.hypot(*(np.array(BUILDINGS)[:, None, :] - np.array(SHELTERS)[None, :, :]).transpose(2, 0, 1))
    routes = straight.copy()
    routes[0, 0], routes[0, 2] = np.inf, 2500.0
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, SUITABLE, CAPACITY, budget_m=3000.0,
                             distances_m=routes)
    assert list(reach.shelter[:4]) == [2, 0, 2, 2] and reach.distance_m[0] == 2500.0
    assert list(reach.load_persons) == [8.0, 0.0, 15.0] and reach.unreached_persons == 0.0


def test_no_suitable_shelter_leaves_everyone_unreached():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, [False] * 3, budget_m=1000.0)
    assert reach.unreached_persons == 23.0 and not reach.load_persons.any()


def test_designations_and_bad_input():
    assert designation("high_tide") is Hazard.STORM_SURGE and designation("landslide") is Hazard.SEDIMENT
    with pytest.raises(InputError, match="no shelter designation"):
        designation("meteor")
    with pytest.raises(InputError, match="budget must be positive"):
        assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, SUITABLE, budget_m=0)
    with pytest.raises(InputError, match="distance matrix"):
        assign_residents(BUILDINGS, RESIDENTS, EXPOSED, SHELTERS, SUITABLE, budget_m=1, distances_m=np.ones((2, 2)))
