"""posapp's speed and resilience figures: ``python -m tests.benchmarks [--json PATH] [--quick]``.

Not collected by pytest (no ``test_`` files): the figures are held against their targets by
this command, never by timed assertions in the test suite. Each figure lives in its own
module; the work that must not share a process (start-up, memory, the window under load)
runs in fresh child processes (``python -m tests.benchmarks.<module> --child …``).
"""
