"""Suite-wide settings: Hypothesis profiles (a bounded budget for `make test`, a long one for `make fuzz`)."""

from __future__ import annotations

import os
import sys

# In-process apps (the web tests' ASGI clients) lay out the network page with networkx's Kamada-Kawai: many
# BLAS calls on arrays of a few dozen actors. With OpenBLAS's thread per core they spin against each other and
# against every other busy process on CI's two cores: /api/graph took 1.0 s instead of 0.1 s at load 10. The
# suite runs its BLAS on one thread, as `realpolitik serve` and the coding workers do (`scale.one_blas_thread`);
# a count the environment names is kept. Read once, when numpy loads its BLAS: nothing may have loaded it yet.
from realpolitik.scale import BLAS_THREAD_VARIABLES  # (loads no numpy)

if not any(name in os.environ for name in BLAS_THREAD_VARIABLES):
    assert "numpy" not in sys.modules, "numpy was loaded before tests/conftest.py could set its BLAS threads"
    for _name in BLAS_THREAD_VARIABLES:
        os.environ[_name] = "1"

from hypothesis import HealthCheck, settings

# "fast" keeps every property test to a few seconds in `make test`; `make fuzz` selects "fuzz".
settings.register_profile(
    "fast",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)
settings.register_profile(
    "fuzz",
    max_examples=1_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
