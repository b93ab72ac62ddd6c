"""Allows `python -m tui`, the same as the `whosays` command."""

import sys

from tui.startup import main

sys.exit(main())
