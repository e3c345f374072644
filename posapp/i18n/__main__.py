"""``python -m posapp.i18n update|compile|check``."""

import sys

from posapp.i18n.tools import main

sys.exit(main())
