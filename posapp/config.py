"""The configuration IT writes once per till: loaded from TOML, validated into typed settings.

Where it comes from: ``POSAPP_CONFIG``, else ``--config PATH``, else ``config.toml`` in the
platform's user config directory, else in the all-users one (where installers pre-seed it).
No file at all means demo mode. A bad file is refused with one :class:`ConfigError` whose
message names the key and the problem, one line each; its ``problems`` carry the same as
data, each with a :class:`ProblemCode` for programs (the set-up dialog).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from posapp.config_schema import ConfigError as ConfigError
from posapp.config_schema import ConfigProblem as ConfigProblem
from posapp.config_schema import InvalidSetting, Section, SettingsError, setting
from posapp.config_schema import ProblemCode as ProblemCode
from posapp.engage.attributes import KeyField
from posapp.engage.budgets import DEFAULT_BUDGETS, Budgets
from posapp.engage.loopback import is_loopback_host
from posapp.form.attributes import LISTABLE
from posapp.i18n import LANGUAGES

APP_NAME = "posapp"
CONFIG_ENV = "POSAPP_CONFIG"
API_KEY_ENV = "POSAPP_API_KEY"
UI_LANGUAGES = LANGUAGES

UiLanguage = Literal["sv", "fi", "nb", "da", "en"]


def _base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidSetting(ProblemCode.NOT_URL, "must be a URL such as https://acme.voyado.com")
    if parts.username is not None or parts.password is not None:
        raise InvalidSetting(ProblemCode.HAS_CREDENTIALS,
                             "must not contain a user name or password (the API key is set "
                             "apart from the configuration)")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidSetting(
            ProblemCode.NEEDS_HTTPS,
            "must use https:// (plain http:// is only allowed to a loopback address)",
        )
    if parts.query or parts.fragment:
        raise InvalidSetting(ProblemCode.HAS_QUERY, "must not contain a query or fragment")
    return value.rstrip("/")


def _existing_file(value: str | None) -> str | None:
    if value is not None and not Path(value).is_file():
        raise InvalidSetting(ProblemCode.NO_SUCH_FILE, f"file {value!r} does not exist")
    return value


@dataclass(frozen=True)
class EngageSettings(Section):
    """Where Engage is and how long to wait for it.

    The time limits and their defaults are explained once, in ``posapp.engage.budgets``.
    """

    base_url: str = setting(check=_base_url)
    #: One create's answer: above Engage's own 10 s limit, so that Engage's 504 comes first.
    timeout_seconds: float = setting(DEFAULT_BUDGETS.create_read_seconds, gt=0, le=60)
    lookup_timeout_seconds: float = setting(DEFAULT_BUDGETS.lookup_read_seconds, gt=0, le=60)
    connect_timeout_seconds: float = setting(DEFAULT_BUDGETS.connect_seconds, gt=0, le=30)
    #: PEM file of a custom certificate authority (a chain's own TLS-inspecting proxy).
    ca_bundle: str | None = setting(None, check=_existing_file)
    #: Attempts of a look-up, and the total of a search or save, from the click.
    lookup_attempts: int = setting(DEFAULT_BUDGETS.lookup_retry.attempts, ge=1, le=10)
    lookup_budget_seconds: float = setting(DEFAULT_BUDGETS.lookup_total_seconds, gt=0, le=60)
    #: Attempts of a create, and the total of a signup (re-sends and look-ups included).
    create_attempts: int = setting(DEFAULT_BUDGETS.create_retry.attempts, ge=1, le=5)
    create_budget_seconds: float = setting(DEFAULT_BUDGETS.create_total_seconds, gt=0, le=120)

    def checked(self) -> EngageSettings:
        """A total must leave time for at least one whole request."""
        if self.create_budget_seconds < self.timeout_seconds:
            raise ValueError("create_budget_seconds must be at least timeout_seconds: the "
                             "signup's total must leave time for one whole create")
        if self.lookup_budget_seconds < self.lookup_timeout_seconds:
            raise ValueError("lookup_budget_seconds must be at least lookup_timeout_seconds")
        return self

    def budgets(self) -> Budgets:
        """The client's time limits: these settings over the defaults."""
        return replace(
            DEFAULT_BUDGETS,
            connect_seconds=self.connect_timeout_seconds,
            create_read_seconds=self.timeout_seconds,
            lookup_read_seconds=self.lookup_timeout_seconds,
            create_total_seconds=self.create_budget_seconds,
            lookup_total_seconds=self.lookup_budget_seconds,
            create_retry=replace(DEFAULT_BUDGETS.create_retry, attempts=self.create_attempts),
            lookup_retry=replace(DEFAULT_BUDGETS.lookup_retry, attempts=self.lookup_attempts),
        )


def _country(value: str) -> str:
    from posapp.validation import validate_country_code

    value = value.upper()
    if not validate_country_code(value).ok:
        raise InvalidSetting(ProblemCode.BAD_COUNTRY,
                             "must be a two-letter country code such as SE")
    return value


@dataclass(frozen=True)
class StoreSettings(Section):
    """The store this till belongs to."""

    external_id: str = setting(min_length=1)
    source: str = setting("POS", min_length=1)
    country: str = setting("SE", check=_country)
    language: UiLanguage = setting("sv")


def _known_attributes(names: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [n for n in names if n not in LISTABLE]
    if unknown:
        raise InvalidSetting(ProblemCode.UNKNOWN_ATTRIBUTE, f"unknown attribute {unknown[0]!r}")
    if len(set(names)) != len(names):
        raise InvalidSetting(ProblemCode.REPEATED_ATTRIBUTE, "lists an attribute twice")
    return names


@dataclass(frozen=True)
class ContactTypeSettings(Section):
    """One contact type this till may create: its key and its mandatory fields."""

    id: str = setting(min_length=1)
    key: KeyField = setting()
    required: tuple[str, ...] = setting((), check=_known_attributes)
    optional: tuple[str, ...] = setting((), check=_known_attributes)
    #: The label shown in the picker, per UI language; the id where none is given.
    label: str | dict[str, str] | None = setting(None)

    def checked(self) -> ContactTypeSettings:
        both = set(self.required) & set(self.optional)
        if both:
            raise InvalidSetting(ProblemCode.REQUIRED_AND_OPTIONAL,
                                 f"{sorted(both)[0]!r} is both required and optional")
        if self.key not in self.required:
            return self.model_copy(update={"required": (self.key, *self.required)})
        return self

    def label_for(self, language: str) -> str:
        """The picker label in ``language``, falling back to English, then the id."""
        if isinstance(self.label, str):
            return self.label
        if isinstance(self.label, dict):
            return self.label.get(language) or self.label.get("en") or self.id
        return self.id

    @property
    def fields(self) -> tuple[str, ...]:
        """Every attribute of this type, mandatory first."""
        return (*self.required, *self.optional)


def _pin_hash(value: str | None) -> str | None:
    from posapp.pin import is_pin_hash

    if value is not None and not is_pin_hash(value):
        raise InvalidSetting(ProblemCode.NOT_PIN_HASH,
                             "is not a PIN hash: make one with `posapp --hash-pin`")
    return value


@dataclass(frozen=True)
class KioskSettings(Section):
    """The self-service kiosk."""

    #: Start as the kiosk (as ``posapp --kiosk`` does) instead of the till's window.
    enabled: bool = setting(False)
    source: str = setting("KIOSK", min_length=1)
    create_as_unapproved: bool = setting(True)
    idle_seconds: int = setting(60, ge=10, le=3600)
    warning_seconds: int = setting(20, ge=20, le=120)
    #: Made with ``posapp --hash-pin``; without it staff cannot leave the kiosk at all.
    pin_hash: str | None = setting(None, check=_pin_hash)
    #: Seconds the thank-you screen stays before the kiosk resets itself.
    thank_you_seconds: int = setting(8, ge=3, le=60)


def _consent_texts(texts: dict[str, str]) -> dict[str, str]:
    if not texts:
        raise InvalidSetting(ProblemCode.NO_CONSENT_TEXT,
                             "needs the consent's text in at least one language, "
                             "such as text.en = \"I accept the membership terms.\"")
    blank = [language for language, text in texts.items() if not text.strip()]
    if blank:
        raise InvalidSetting(ProblemCode.NO_CONSENT_TEXT,
                             f"the text in {blank[0]!r} is empty")
    return texts


@dataclass(frozen=True)
class ConsentSettings(Section):
    """One consent the tenant has defined in Engage (Administration → Consents)."""

    id: str = setting(min_length=1)
    #: The box's text per UI language, shown as written.
    text: dict[str, str] = setting(check=_consent_texts)
    #: The signup cannot be saved unless the customer said yes (the membership terms).
    required: bool = setting(False)
    #: Which version of the terms the text is; sent in the consent's comment as proof.
    terms_version: str | None = setting(None)
    #: The full terms per UI language (the kiosk shows them on request); none: the text.
    terms: dict[str, str] = setting(factory=dict)

    def text_for(self, language: str) -> str:
        """The text in ``language``, else English, else the first one given."""
        return _in_language(self.text, language)

    def terms_for(self, language: str) -> str:
        """The full terms in ``language`` (English, the first given), else the box's text."""
        return _in_language(self.terms, language) if self.terms else self.text_for(language)


def _in_language(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))


def _unique_consents(consents: tuple[ConsentSettings, ...]) -> tuple[ConsentSettings, ...]:
    ids = [c.id for c in consents]
    for consent_id in ids:
        if ids.count(consent_id) > 1:
            raise InvalidSetting(ProblemCode.REPEATED_CONSENT,
                                 f"consent {consent_id!r} is listed twice")
    return consents


def _database_path(value: str | None) -> str | None:
    if value is not None and not value:
        raise InvalidSetting(ProblemCode.EMPTY,
                             "must be a file path, or left out for the default")
    return value


@dataclass(frozen=True)
class OutboxSettings(Section):
    """Signups kept on the till until Engage has confirmed them (``posapp.outbox``)."""

    #: Entries older than this are deleted, sent or not (GDPR: storage limitation).
    retention_days: int = setting(30, ge=1, le=365)
    #: The database file; default ``outbox.sqlite3`` in the user data directory.
    path: str | None = setting(None, check=_database_path)


@dataclass(frozen=True)
class TillSettings(Section):
    """The till's window."""

    #: Full screen (a till that shows nothing else); otherwise the window opens maximized.
    full_screen: bool = setting(False)


def _unique_types(types: tuple[ContactTypeSettings, ...]) -> tuple[ContactTypeSettings, ...]:
    ids = [t.id for t in types]
    for type_id in ids:
        if ids.count(type_id) > 1:
            raise InvalidSetting(ProblemCode.REPEATED_CONTACT_TYPE,
                                 f"contact type {type_id!r} is listed twice")
    return types


@dataclass(frozen=True)
class Settings(Section):
    """Everything posapp is configured with, except the API key."""

    engage: EngageSettings = setting()
    store: StoreSettings = setting()
    contact_types: tuple[ContactTypeSettings, ...] = setting(min_length=1, check=_unique_types)
    kiosk: KioskSettings = setting(factory=KioskSettings)
    consents: tuple[ConsentSettings, ...] = setting((), check=_unique_consents)
    outbox: OutboxSettings = setting(factory=OutboxSettings)
    till: TillSettings = setting(factory=TillSettings)
    #: True when running against the embedded emulator.
    demo: bool = setting(False)

    def contact_type(self, type_id: str) -> ContactTypeSettings:
        """The contact type with this id (KeyError when the till does not offer it)."""
        for contact_type in self.contact_types:
            if contact_type.id == type_id:
                return contact_type
        raise KeyError(type_id)


def _where(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> str:
    """``("contact_types", 1, "key")`` → ``[[contact_types]] #2 (Contact) key`` (and the
    same for ``[[consents]]``)."""
    if not loc:
        return "file"
    head, rest = str(loc[0]), loc[1:]
    if head in ("contact_types", "consents") and rest and isinstance(rest[0], int):
        index = rest[0]
        entries = data.get(head)
        name = ""
        if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
            name = f" ({entries[index].get('id', '?')})"
        tail = " ".join(str(part) for part in rest[1:])
        return f"[[{head}]] #{index + 1}{name}" + (f" {tail}" if tail else "")
    if rest:
        return f"[{head}] " + ".".join(str(part) for part in rest)
    return head


def settings_from_mapping(data: Mapping[str, Any], source: str = "configuration") -> Settings:
    """Validate a parsed TOML document; raise one ConfigError naming every problem."""
    try:
        return Settings.from_mapping(data)
    except SettingsError as exc:
        raise ConfigError.of([
            ConfigProblem(source, _where(p.loc, data), p.loc, p.code, p.message)
            for p in exc.problems]) from None


def file_problem(path: Path | str, code: ProblemCode, message: str) -> ConfigError:
    """A ConfigError about the file as a whole: ``{path}: {message}``."""
    return ConfigError.of([ConfigProblem(str(path), "", (), code, message)])


def load_settings(path: Path) -> Settings:
    """Read and validate one TOML file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise file_problem(path, ProblemCode.FILE_MISSING,
                           "the configuration file does not exist") from None
    except OSError as exc:
        raise file_problem(path, ProblemCode.FILE_UNREADABLE,
                           f"cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise file_problem(path, ProblemCode.NOT_UTF8, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise file_problem(path, ProblemCode.NOT_TOML, f"is not valid TOML ({exc})") from None
    return settings_from_mapping(data, str(path))


def default_config_path() -> Path:
    """``config.toml`` in the platform's user config directory."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "config.toml"


def machine_config_path() -> Path:
    """``config.toml`` in the all-users config directory, where installers pre-seed it
    (``C:\\ProgramData\\posapp`` on Windows, ``/etc/xdg/posapp`` on Linux)."""
    from platformdirs import site_config_path

    return site_config_path(APP_NAME, appauthor=False) / "config.toml"


def find_config_path(
    cli_path: str | None, environ: Mapping[str, str] | None = None
) -> Path | None:
    """POSAPP_CONFIG, else ``--config``, else the user config file, else the all-users
    one, if it exists; else None."""
    environ = os.environ if environ is None else environ
    explicit = environ.get(CONFIG_ENV) or cli_path
    if explicit:
        return Path(explicit).expanduser()
    for candidate in (default_config_path(), machine_config_path()):
        if candidate.is_file():
            return candidate
    return None


def api_key_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The API key from POSAPP_API_KEY, or None. Never stored in the configuration file."""
    environ = os.environ if environ is None else environ
    key = environ.get(API_KEY_ENV, "").strip()
    return key or None


#: Contact types of demo mode and of the emulator when it is started without a file;
#: the same as ``config-example.toml`` so that demo mode shows what a tenant would see.
DEMO_CONTACT_TYPES: tuple[dict[str, Any], ...] = (
    {
        "id": "Member",
        "key": "mobilePhone",
        "required": ["mobilePhone", "countryCode"],
        "optional": ["firstName", "lastName", "email", "birthDay"],
        "label": {"en": "Member", "sv": "Medlem", "fi": "Jäsen", "nb": "Medlem", "da": "Medlem"},
    },
    {
        "id": "Contact",
        "key": "socialSecurityNumber",
        "required": ["socialSecurityNumber", "firstName", "lastName", "countryCode"],
        "optional": ["mobilePhone", "email"],
        "label": {"en": "Contact", "sv": "Kontakt", "fi": "Kontakti", "nb": "Kontakt",
                  "da": "Kontakt"},
    },
)

DEMO_API_KEY = "demo-api-key"
#: The staff PIN of the kiosk in demo mode only (a real kiosk has its own pin_hash).
DEMO_KIOSK_PIN = "2468"


def demo_settings(base_url: str, language: UiLanguage = "en") -> Settings:
    """Settings for demo mode, against an emulator listening at ``base_url``."""
    return settings_from_mapping(
        {
            "engage": {"base_url": base_url},
            "store": {"external_id": "600", "source": "POS", "country": "SE",
                      "language": language},
            "contact_types": list(DEMO_CONTACT_TYPES),
            "demo": True,
        },
        "demo configuration",
    )


def demo_kiosk_settings(settings: Settings) -> Settings:
    """``posapp --demo --kiosk``: the kiosk on, with the staff PIN ``DEMO_KIOSK_PIN``."""
    from posapp.pin import hash_pin

    kiosk = settings.kiosk.model_copy(
        update={"enabled": True, "pin_hash": hash_pin(DEMO_KIOSK_PIN)})
    return settings.model_copy(update={"kiosk": kiosk})
