"""Engage's contact vocabulary: the attributes posapp sends and the keys it looks up by.

Plain constants, apart from the pydantic models, so that the configuration can check
attribute names on the start-up path without loading pydantic.
"""

from __future__ import annotations

from typing import Literal

KeyField = Literal["mobilePhone", "email", "externalId", "socialSecurityNumber"]
KEY_FIELDS: tuple[KeyField, ...] = ("mobilePhone", "email", "externalId", "socialSecurityNumber")

#: Query parameter of GET /api/v3/contacts/id for each key attribute.
LOOKUP_PARAM: dict[KeyField, str] = {
    "mobilePhone": "mobilePhone",
    "email": "email",
    "socialSecurityNumber": "socialSecurityNumber",
    "externalId": "customKey",
}

#: Flat contact attributes posapp knows how to send.
ATTRIBUTES: tuple[str, ...] = (
    "firstName",
    "lastName",
    "mobilePhone",
    "email",
    "socialSecurityNumber",
    "countryCode",
    "lang",
    "birthDay",
    "gender",
    "street",
    "zipCode",
    "city",
    "externalId",
)
