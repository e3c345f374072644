"""posapp's speed and resilience figures: ``python -m tests.benchmarks [--json PATH] [--quick]``.

Not collected by pytest (no ``test_`` files): the figures are held against their targets by
this command, never by timed assertions in the test suite. Each figure lives in its own
module; the work that must not share a process (start-up, memory, the window under load)
runs in fresh child processes (``python -m tests.benchmarks.<module> --child …``).
"""

# Before anything imports PySide6 or the client, as in posapp (whose UI package is imported
# first): the UI package replaces PySide6's source scan of every later import
# (posapp/feature_scan.py). A child importing it late would carry ~13 MB of cached source
# that the app does not.
import posapp.ui  # noqa: F401
