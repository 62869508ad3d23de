"""Allow `python -m realpolitik`."""

import sys

from .cli import main

sys.exit(main())
