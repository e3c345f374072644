"""Typed shapes of what posapp sends to and reads from Engage.

Requests are strict (an invalid draft never leaves the till); responses are tolerant
(Engage may add fields at any time, so unknown fields are kept, never an error).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from posapp.engage.attributes import ATTRIBUTES as ATTRIBUTES
from posapp.engage.attributes import KEY_FIELDS as KEY_FIELDS
from posapp.engage.attributes import LOOKUP_PARAM as LOOKUP_PARAM
from posapp.engage.attributes import KeyField as KeyField

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_SE_PIN12 = re.compile(r"^(18|19|20)[0-9]{10}$")
_HETU = re.compile(r"^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_ATTRIBUTE_NAME = re.compile(r"^[a-z][A-Za-z0-9]{0,63}$")


class Preferences(BaseModel):
    """Channel consents; unticked unless the customer said yes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    acceptsEmail: bool | None = None
    acceptsSms: bool | None = None
    acceptsPostal: bool | None = None


class Consent(BaseModel):
    """One recorded consent, with when and where it was given."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    value: bool
    date: str | None = None
    source: str | None = None
    comment: str | None = None


class ContactDraft(BaseModel):
    """A contact to create, already normalised (E.164 phone, 12-digit personnummer…).

    The checks here are Engage's format rules, a last line of defence: the form's
    validators are what the cashier sees; this refuses anything that slipped past them.
    Engage's standard attributes are declared; any other flat attribute a tenant defines
    (a row of posapp's attribute table, ``posapp/form/attributes.py``) passes as plain
    text, never blank.
    """

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=True)

    contactType: str = Field(default="Member", min_length=1)
    firstName: str | None = None
    lastName: str | None = None
    mobilePhone: str | None = None
    email: str | None = None
    socialSecurityNumber: str | None = None
    countryCode: str | None = None
    lang: str | None = None
    birthDay: str | None = None
    gender: Literal["Male", "Female", "Other"] | None = None
    street: str | None = None
    zipCode: str | None = None
    city: str | None = None
    externalId: str | None = None
    preferences: Preferences | None = None
    consents: list[Consent] | None = None

    @field_validator(*ATTRIBUTES, mode="after")
    @classmethod
    def _no_blank(cls, value: str | None) -> str | None:
        if value is not None and value == "":
            raise ValueError("must not be blank (leave it out instead)")
        return value

    @field_validator("mobilePhone")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        if value is not None and not _E164.match(value):
            raise ValueError("must be E.164, e.g. +46701740605")
        return value

    @field_validator("socialSecurityNumber")
    @classmethod
    def _pin(cls, value: str | None) -> str | None:
        if value is not None and not (_SE_PIN12.match(value) or _HETU.match(value)):
            raise ValueError("must be a 12-digit personnummer or a Finnish HETU")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError("is not an e-mail address")
        return value

    @field_validator("countryCode")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is not None and not _COUNTRY.match(value):
            raise ValueError("must be two upper-case letters (ISO 3166-1 alpha-2)")
        return value

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        if value is not None and not _LANG.match(value):
            raise ValueError("must be a language code such as sv or en")
        return value

    @field_validator("birthDay")
    @classmethod
    def _birthday(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise ValueError("must be YYYY-MM-DD") from None
        if len(value) != 10 or parsed > date.today():
            raise ValueError("must be YYYY-MM-DD and not in the future")
        return value

    @model_validator(mode="after")
    def _other_attributes(self) -> ContactDraft:
        for name, value in (self.model_extra or {}).items():
            if not _ATTRIBUTE_NAME.match(name):
                raise ValueError(f"{name!r} is not an attribute name")
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name} must be text, not blank (leave it out instead)")
        return self

    def body(self) -> dict[str, Any]:
        """The JSON body of the create request: nothing unset, nothing blank."""
        return self.model_dump(exclude_none=True)

    def value_of(self, attribute: str) -> str | None:
        """The value of a flat attribute, or None when it is not set."""
        value = getattr(self, attribute, None)
        return value if isinstance(value, str) else None


def draft_errors(exc: ValidationError) -> dict[str, str]:
    """Field name → first message, from a pydantic error on a draft or a change set."""
    fields: dict[str, str] = {}
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]) or "body"
        fields.setdefault(name, str(error["msg"]).removeprefix("Value error, "))
    return fields


class ContactChanges(ContactDraft):
    """Attributes for PATCH: only what changes, never blank or null, never contactType."""

    contactType: str = Field(default="", exclude=True)

    def body(self) -> dict[str, Any]:
        body = self.model_dump(exclude_none=True, exclude_unset=True)
        body.pop("contactType", None)
        return body


class Contact(BaseModel):
    """A contact as Engage returns it. Unknown fields are kept in ``model_extra``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(min_length=1)
    attributes: dict[str, Any] = Field(default_factory=dict)
    meta: dict[str, Any] = Field(default_factory=dict)
    preferences: dict[str, Any] = Field(default_factory=dict)
    consents: list[dict[str, Any]] = Field(default_factory=list)

    def attribute(self, name: str) -> str | None:
        """A flat attribute as text, or None when Engage does not hold it."""
        value = self.attributes.get(name)
        if value is None or value == "":
            return None
        return str(value)

    @property
    def display_name(self) -> str:
        """First and last name, or an empty string when Engage holds neither."""
        parts = [self.attribute("firstName"), self.attribute("lastName")]
        return " ".join(part for part in parts if part)

    @property
    def member_number(self) -> str | None:
        """The member number where the tenant has one, else None."""
        for name in ("memberNumber", "externalId"):
            value = self.attribute(name) or (
                str(self.meta[name]) if self.meta.get(name) not in (None, "") else None
            )
            if value:
                return value
        return None
