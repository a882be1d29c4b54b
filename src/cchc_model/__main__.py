"""``python -m cchc_model``: the ``cchc`` command line."""

import sys

from .cli import main

sys.exit(main())
