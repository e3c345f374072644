"""The self-service kiosk: customers join the club on their own at a touch screen.

Shares the till's validation (``posapp.validation``), field rows, worker thread and
signup job; has its own look, wording, on-screen keyboard and privacy resets.
Start it with :func:`posapp.ui.app.run_kiosk` (``posapp --kiosk``).
"""
