"""posapp: signs customers up as loyalty-club members in Voyado Engage at the till."""

__version__ = "0.1.0"
