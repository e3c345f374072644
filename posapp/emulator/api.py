"""Engage's API semantics, free of sockets: a recorded request in, a :class:`Response` out.

Kept apart from the HTTP plumbing so the rules (API key, rate limit, Content-Type, key
uniqueness, PATCH's overwrite-with-blank) read in one place, as engage-api.md states them.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from posapp.config import ContactTypeSettings
from posapp.emulator import rules
from posapp.emulator.ratelimit import RateLimiter
from posapp.emulator.recording import RecordedRequest
from posapp.emulator.responses import Response, error_response, json_response
from posapp.emulator.store import ANY_FIELDS, ContactStore
from posapp.engage.models import ATTRIBUTES

#: Go on after a pause; False means the emulator is stopping and the request is dropped.
Pause = Callable[[], bool]

CONTACTS = "/api/v3/contacts"
LOOKUP = "/api/v3/contacts/id"
#: Search parameters of GET /contacts/id and the attributes each one searches.
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "mobilePhone": ("mobilePhone",),
    "email": ("email",),
    "socialSecurityNumber": ("socialSecurityNumber",),
    "customKey": ("externalId", "memberNumber"),
    "any": ANY_FIELDS,
}
_NESTED = ("contactType", "preferences", "consents")


@dataclass
class _Claim:
    """A key reserved before a pause; released unless the create stored the contact."""

    contact_type: str
    key_field: str
    value: Any
    done: bool = False


class _BadBody(Exception):
    """The body is not a JSON object with something in it; carries the answer."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


class EngageApi:
    """Answers API requests the way Engage does."""

    def __init__(
        self,
        store: ContactStore,
        contact_types: tuple[ContactTypeSettings, ...],
        api_key: str,
        limiter: RateLimiter,
        shape: Callable[[], str],
    ) -> None:
        self.store = store
        self.types = {t.id: t for t in contact_types}
        self.api_key = api_key
        self.limiter = limiter
        self._shape = shape

    # -- entry ----------------------------------------------------------------------------

    def error(self, status: int, code: str | None = None, message: str | None = None,
              **kwargs: Any) -> Response:
        """An error in the emulator's current error-body shape."""
        return error_response(status, self._shape(), code, message, **kwargs)

    def handle(
        self, request: RecordedRequest, pause: Pause | None = None, commit: bool = True
    ) -> Response | None:
        """Answer one API request; None when it was dropped because the emulator stops.

        ``pause`` is a slow Engage: it runs first, then the request is handled normally; a
        valid create holds its key meanwhile, so a concurrent create with it is told
        ContactWithKeyIsBeingCreated. ``commit=False`` ends the pause in Engage's 504
        with everything rolled back.
        """
        claim = self._claim(request) if pause is not None else None
        try:
            if pause is not None and not pause():
                return None
            if not commit:
                return self.error(504, "RequestTimeOut")
            return self._answer(request, claim)
        finally:
            if claim is not None and not claim.done:
                self.store.release(claim.contact_type, claim.key_field, claim.value)

    def _answer(self, request: RecordedRequest, claim: _Claim | None) -> Response:
        """Gate, route and do the work."""
        refused = self._gate(request)
        if refused is not None:
            return refused
        method, path = request.method, request.path.rstrip("/") or "/"
        if path == CONTACTS:
            if method != "POST":
                return self._not_allowed("POST")
            return self._with_json(request) or self._create(request, claim)
        if not path.startswith(CONTACTS + "/") or "/" in path[len(CONTACTS) + 1:]:
            return self.error(404, "NotFound", "No such resource.")
        allowed = "GET" if path == LOOKUP else "GET, PATCH"
        if method not in allowed.split(", "):
            return self._not_allowed(allowed)
        if path == LOOKUP:
            return self._lookup(request.query)
        contact_id = unquote(path[len(CONTACTS) + 1:])
        if method == "PATCH":
            return self._with_json(request) or self._patch(contact_id, request.body)
        contact = self.store.get(contact_id)
        return json_response(200, contact) if contact else self.error(404, "ContactNotFound")

    def _claim(self, request: RecordedRequest) -> _Claim | None:
        """Reserve the key of a create that would succeed, before a slow Engage stores it."""
        if request.method != "POST" or request.path.rstrip("/") != CONTACTS:
            return None
        if not self._key_ok(request) or self._with_json(request) is not None:
            return None
        try:
            checked = self._checked(self._object(request.body))
        except _BadBody:
            return None
        if isinstance(checked, Response):
            return None
        contact_type, attributes = checked
        value = attributes[contact_type.key]
        if self.store.reserve(contact_type.id, contact_type.key, value) != "ok":
            return None
        return _Claim(contact_type.id, contact_type.key, value)

    def _key_ok(self, request: RecordedRequest) -> bool:
        key = request.headers.get("apikey", "")
        return hmac.compare_digest(key.encode(), self.api_key.encode())

    def _gate(self, request: RecordedRequest) -> Response | None:
        """The API key, then the rate limit: what Engage checks before anything else."""
        if not request.headers.get("apikey"):
            return self.error(401, "Unauthorized", "The apikey header is missing.")
        if not self._key_ok(request):
            return self.error(401, "Unauthorized", "The API key is not valid.")
        retry_after = self.limiter.admit()
        if retry_after is not None:
            return self.error(429, headers=[("Retry-After", str(retry_after))])
        return None

    def _not_allowed(self, allowed: str) -> Response:
        return self.error(405, headers=[("Allow", allowed)])

    def _with_json(self, request: RecordedRequest) -> Response | None:
        """Engage answers 500 "An error has occurred" to a body without Content-Type JSON."""
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            return self.error(500, "InternalServerError", "An error has occurred")
        return None

    def _object(self, body: bytes) -> dict[str, Any]:
        """The body as a non-empty JSON object, or _BadBody with the 400 to answer."""
        if not body.strip():
            raise _BadBody(self.error(400, "NoData", "The request body is empty."))
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _BadBody(self.error(400, "InvalidJson", "The body is not valid JSON.")) from None
        if data is None or data == {}:
            raise _BadBody(self.error(400, "NoData", "The request body is empty."))
        if not isinstance(data, dict):
            raise _BadBody(self.error(400, "InvalidJson", "The body must be a JSON object."))
        return data

    # -- create ---------------------------------------------------------------------------

    def _checked(
        self, body: dict[str, Any]
    ) -> tuple[ContactTypeSettings, dict[str, Any]] | Response:
        """The contact type and flat attributes of a valid create body, else the 422."""
        type_id = body.get("contactType") or "Member"
        contact_type = self.types.get(type_id) if isinstance(type_id, str) else None
        if contact_type is None:
            return self._invalid({"contactType": f"unknown contact type {type_id!r}"})
        attributes = {k: v for k, v in body.items() if k not in _NESTED}
        problems = rules.structure_errors(body)
        problems.update({n: "is required" for n in rules.missing_required(body, contact_type)})
        for name, message in rules.format_errors(attributes).items():
            problems.setdefault(name, message)
        for name in rules.undefined_attributes(body, contact_type):
            problems.setdefault(name, f"is not an attribute of contact type {contact_type.id}")
        return self._invalid(problems) if problems else (contact_type, attributes)

    def _create(self, request: RecordedRequest, claim: _Claim | None) -> Response:
        """POST /contacts: validate, claim the key (unless already claimed), store."""
        unapproved = _query_bool(request.query.get("createAsUnapproved"))
        if unapproved is None:
            return self.error(400, "InvalidRequest", "createAsUnapproved must be true or false.")
        try:
            body = self._object(request.body)
        except _BadBody as bad:
            return bad.response
        checked = self._checked(body)
        if isinstance(checked, Response):
            return checked
        contact_type, attributes = checked
        key_field = contact_type.key
        if claim is None:
            outcome = self.store.reserve(contact_type.id, key_field, attributes[key_field])
            if outcome == "exists":
                return self.error(409, "ApprovedContactWithKeyExists")
            if outcome == "in_flight":
                return self.error(409, "ContactWithKeyIsBeingCreated",
                                  "A contact with this key is being created.")
        meta = {
            "source": request.query.get("source"),
            "storeExternalId": request.query.get("storeExternalId"),
            "isApproved": not unapproved,
        }
        contact = self.store.commit(contact_type.id, key_field, attributes,
                                    body.get("preferences") or {}, body.get("consents") or [],
                                    meta)
        if claim is not None:
            claim.done = True
        return json_response(201, contact)

    def _invalid(self, fields: Mapping[str, str]) -> Response:
        names = ", ".join(fields)
        return self.error(422, "ValidationError", f"Validation failed: {names}.",
                          fields=fields)

    # -- lookup ---------------------------------------------------------------------------

    def _lookup(self, query: Mapping[str, str]) -> Response:
        """GET /contacts/id: exactly one search parameter, answered with the id as a string."""
        given = [name for name in SEARCH_FIELDS if name in query]
        if len(given) != 1 or rules.is_blank(query[given[0]]):
            return self.error(400, "InvalidSearchQuery",
                              "Give exactly one of " + ", ".join(SEARCH_FIELDS) + ".")
        param, value = given[0], query[given[0]]
        type_id = query.get("contactType")
        if type_id is not None and type_id not in self.types:
            return self.error(400, "InvalidContactType", "The contact type is not known.")
        bad_value = rules.lookup_error(param, value)
        if bad_value:
            return self.error(400, bad_value, f"The {param} value is not valid.")
        ids = self.store.find(SEARCH_FIELDS[param], value, type_id)
        if not ids:
            return self.error(404, "ContactNotFound")
        if len(ids) > 1:
            return self.error(409, "MultipleMatches", "More than one contact matches.",
                              extra={"multipleMatchesFound": ids})
        return json_response(200, ids[0])

    # -- update ---------------------------------------------------------------------------

    def _patch(self, contact_id: str, raw: bytes) -> Response:
        """PATCH /contacts/{id}: merge; blank overwrites, unknown and contactType ignored."""
        current = self.store.get(contact_id)
        if current is None:
            return self.error(404, "ContactNotFound")
        try:
            body = self._object(raw)
        except _BadBody as bad:
            return bad.response
        changes = {k: v for k, v in body.items() if k in ATTRIBUTES}
        problems = rules.structure_errors(body)
        problems.update(rules.format_errors(changes))
        contact_type = self.types.get(current["meta"]["contactType"])
        if contact_type and contact_type.key in changes and rules.is_blank(
            changes[contact_type.key]
        ):
            problems[contact_type.key] = "is the contact's key and cannot be removed"
        if problems:
            return self._invalid(problems)
        result = self.store.patch(
            contact_id,
            {t.id: t.key for t in self.types.values()},
            changes,
            body.get("preferences"),
            body.get("consents"),
        )
        if result == "not_found":
            return self.error(404, "ContactNotFound")
        if result == "key_taken":
            return self.error(409, "ApprovedContactWithKeyExists")
        return json_response(200, result)


def _query_bool(value: str | None) -> bool | None:
    """``createAsUnapproved``: absent is false; anything but true/false is refused."""
    if value is None:
        return False
    return {"true": True, "false": False}.get(value.strip().lower())
