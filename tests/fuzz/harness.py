"""What every fuzz test shares: the hypothesis profiles, mutation strategies and the one property.

The property: an engine entry point, fed mutated input, either succeeds or raises the plugin's own error
(plugin.errors.DigitalTwinError and its subclasses) with a sentence; any other exception, or no answer within
CASE_TIMEOUT_S, fails the case. Profiles (HYPOTHESIS_PROFILE): "ci" (default, ``make test``): a few seeded,
derandomized cases per loader; "fuzz" (``make fuzz``): FUZZ_CASES random cases per loader, with a deadline.
"""

import contextlib
import copy
import json
import math
import os
import re
import signal
import struct
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from digital_twin.plugin.errors import DigitalTwinError

CASE_TIMEOUT_S = 30  # a hard alarm: far beyond any case's time (milliseconds to a few seconds), so only a hang rings it
FUZZ_CASES = int(os.environ.get("FUZZ_CASES", "10000"))  # per loader, in make fuzz
CI_CASES = 30  # per loader, in make test (derandomized: the same cases every run)
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
          HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=CI_CASES, derandomize=True, deadline=None, database=None,
                          suppress_health_check=_QUIET, print_blob=True)
settings.register_profile("fuzz", max_examples=FUZZ_CASES, deadline=timedelta(seconds=10),
                          suppress_health_check=_QUIET, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class Hang(BaseException):  # noqa: N818 (not an Exception: the engines' "except Exception" must not swallow it)
    """A case that did not finish within CASE_TIMEOUT_S."""


@contextlib.contextmanager
def hard_timeout(seconds=CASE_TIMEOUT_S):
    def ring(signum, frame):  # noqa: ARG001 (signal handler signature)
        raise Hang(f"the case did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def only_own_errors(call, *args, **kwargs):
    """Run one case: it succeeds, or raises a DigitalTwinError with a message; anything else escapes and fails."""
    with hard_timeout():
        try:
            call(*args, **kwargs)
        except DigitalTwinError as exc:
            assert str(exc).strip(), f"{type(exc).__name__} without a message"


# ------------------------------------------------------------------------------------------------ byte mutations

INTERESTING_TOKENS = [b"", b"0", b"-0", b"-1", b"1", b"nan", b"NaN", b"inf", b"-Infinity", b"1e308", b"-1e308",
                      b"4.9e-324", b"99999999999999999999999", b"0x1F", b"1_000", b"\xef\xbc\x91", b"\x00",
                      b"\xff\xfe", b"<", b">", b"&", b"&amp;", b"&#0;", b"<!--", b"]]>", b'"', b"'", b",", b"\n",
                      b"\r\n", b"\t", "東京".encode(), b"\xe3\x81", b"true", b"null", b"[]", b"{}"]
TOKEN = re.compile(rb"[\w.+\-]+")


@st.composite
def mutated_bytes(draw, seed, max_operations=4, fields=()):
    """``seed`` after 1 to ``max_operations`` mutations: bit flips, deletions, insertions, duplications,
    truncation, token replacement by an interesting token, and (``fields``: (offset, struct format) of a binary
    header) interesting integers or doubles written into header fields."""
    data = bytearray(seed)
    kinds = ["flip", "delete", "insert", "duplicate", "truncate", "token"] + (["field"] * 3 if fields else [])
    for _ in range(draw(st.integers(1, max_operations))):
        kind = draw(st.sampled_from(kinds))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        span = draw(st.integers(1, 64))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del data[at:at + span]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(INTERESTING_TOKENS) | st.binary(max_size=16))
        elif kind == "duplicate":
            data[at:at] = data[at:at + span] * draw(st.integers(1, 3))
        elif kind == "truncate":
            del data[at:]
        elif kind == "token":
            tokens = [match.span() for match in TOKEN.finditer(data, max(at - 2000, 0), at + 2000)]
            if tokens:
                start, end = tokens[draw(st.integers(0, len(tokens) - 1))]
                data[start:end] = draw(st.sampled_from(INTERESTING_TOKENS))
        elif kind == "field":
            offset, fmt = draw(st.sampled_from(fields))
            value = draw(_interesting_number(fmt))
            if offset + struct.calcsize(fmt) <= len(data):
                struct.pack_into(fmt, data, offset, value)
    return bytes(data)


def _interesting_number(fmt):
    if fmt[-1] in "dfe":
        return st.sampled_from([0.0, -0.0, 1e-300, -1.0, 1e308, math.inf, -math.inf, math.nan]) | st.floats()
    bits = struct.calcsize(fmt) * 8
    signed = fmt[-1].islower()
    low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    return st.sampled_from(sorted({low, high, 0, 1, min(high, 2), min(high, 255), min(high, 65535)})) | \
        st.integers(low, high)


# ------------------------------------------------------------------------------------------------ JSON mutations

JSON_SCALARS = st.none() | st.booleans() | st.integers(-2**64, 2**64) | st.floats() | st.text(max_size=24) | \
    st.sampled_from(["", "0", "1e308", "NaN", "../../etc/passwd", "file:///etc/passwd", "javascript:x", "東京都",
                     "2025-13-45T99:99:99Z", "1/2", "13101", "53394525", "http://", "//x", "\x00"])
JSON_VALUES = st.recursive(JSON_SCALARS, lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=12), children, max_size=4), max_leaves=12)


def _slots(document):
    """(container, key) of every value inside ``document``."""
    slots, pending = [], [document]
    while pending:
        node = pending.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            slots.append((node, key))
            pending.append(value)
    return slots


@st.composite
def mutated_json(draw, seed, max_operations=4):
    """A deep copy of the JSON value ``seed`` after 1 to ``max_operations`` mutations: a value replaced by any JSON
    value (or one of another type), a key or list item deleted, a value duplicated into a list."""
    document = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, max_operations))):
        slots = _slots(document)
        if not slots:
            return draw(JSON_VALUES)
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        kind = draw(st.sampled_from(["replace", "replace", "delete", "wrap", "rename"]))
        if kind == "replace":
            container[key] = draw(JSON_VALUES)
        elif kind == "delete":
            del container[key]
        elif kind == "wrap":
            container[key] = [container[key]] * draw(st.integers(0, 3))
        elif kind == "rename" and isinstance(container, dict):
            container[draw(st.text(max_size=12))] = container.pop(key)
    return document


def json_bytes(document):
    """JSON text as a server or file would hold it (NaN and Infinity as Python writes them)."""
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


SHARED_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


def shared_seed(relative):
    """The bytes of a real fixture in ../shared/fixtures, or skip the module (naming the folder) without it."""
    import pytest

    path = SHARED_FIXTURES / relative
    if not path.is_file():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES}", allow_module_level=True)
    return path.read_bytes()
