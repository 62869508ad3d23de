"""Suite-wide settings: Hypothesis profiles (a bounded budget for `make test`, a long one for `make fuzz`)."""

from __future__ import annotations

import os

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
