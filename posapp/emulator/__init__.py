"""A local Engage: a real HTTP server on loopback that behaves like Voyado Engage, faults included.

It serves demo mode and every test. No Qt here: it must run in a plain process too
(``python -m posapp.emulator``).

    from posapp.emulator import EmulatorServer, Fault
    with EmulatorServer() as emu:
        emu.faults.add(Fault("engage_timeout", method="POST", delay=0.2))
        ...  # point the client at emu.base_url
        assert emu.count("mobilePhone", "+46701740605") == 1
"""

from posapp.emulator.faults import KINDS, Fault, FaultPlan
from posapp.emulator.recording import RecordedRequest
from posapp.emulator.responses import SHAPES
from posapp.emulator.server import EmulatorServer, demo_contact_types

__all__ = [
    "KINDS",
    "SHAPES",
    "EmulatorServer",
    "Fault",
    "FaultPlan",
    "RecordedRequest",
    "demo_contact_types",
]
