"""The configuration IT writes once per till: loaded from TOML, validated into typed settings.

Where it comes from: ``POSAPP_CONFIG``, else ``--config PATH``, else ``config.toml`` in the
platform's user config directory, else in the all-users one (where installers pre-seed it).
No file at all means demo mode. A bad file is refused with one :class:`ConfigError` whose
message names the key and the problem.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from posapp.config_schema import ConfigError as ConfigError
from posapp.config_schema import Section, SettingsError, setting
from posapp.engage.attributes import ATTRIBUTES, KeyField
from posapp.engage.loopback import is_loopback_host
from posapp.i18n import LANGUAGES

APP_NAME = "posapp"
CONFIG_ENV = "POSAPP_CONFIG"
API_KEY_ENV = "POSAPP_API_KEY"
UI_LANGUAGES = LANGUAGES
CONTACT_ATTRIBUTES = (*ATTRIBUTES, "acceptsEmail", "acceptsSms", "acceptsPostal")

UiLanguage = Literal["sv", "fi", "nb", "da", "en"]


def _base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("must be a URL such as https://acme.voyado.com")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            "must use https:// (plain http:// is only allowed to a loopback address)"
        )
    if parts.query or parts.fragment:
        raise ValueError("must not contain a query or fragment")
    return value.rstrip("/")


def _existing_file(value: str | None) -> str | None:
    if value is not None and not Path(value).is_file():
        raise ValueError(f"file {value!r} does not exist")
    return value


@dataclass(frozen=True)
class EngageSettings(Section):
    """Where Engage is and how long to wait for it."""

    base_url: str = setting(check=_base_url)
    #: Create contact: a little above Engage's own ~5 s limit, so Engage's 504 arrives first.
    timeout_seconds: float = setting(8.0, gt=0, le=60)
    lookup_timeout_seconds: float = setting(4.0, gt=0, le=60)
    connect_timeout_seconds: float = setting(3.0, gt=0, le=30)
    #: PEM file of a custom certificate authority (a chain's own TLS-inspecting proxy).
    ca_bundle: str | None = setting(None, check=_existing_file)
    #: Retry budgets: attempts and total seconds for lookups, automatic re-sends of a create.
    lookup_attempts: int = setting(3, ge=1, le=10)
    lookup_budget_seconds: float = setting(6.0, gt=0, le=60)
    create_attempts: int = setting(2, ge=1, le=5)
    create_budget_seconds: float = setting(20.0, gt=0, le=120)


def _country(value: str) -> str:
    from posapp.validation import validate_country_code

    value = value.upper()
    if not validate_country_code(value).ok:
        raise ValueError("must be a two-letter country code such as SE")
    return value


@dataclass(frozen=True)
class StoreSettings(Section):
    """The store this till belongs to."""

    external_id: str = setting(min_length=1)
    source: str = setting("POS", min_length=1)
    country: str = setting("SE", check=_country)
    language: UiLanguage = setting("sv")


def _known_attributes(names: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [n for n in names if n not in CONTACT_ATTRIBUTES]
    if unknown:
        raise ValueError(f"unknown attribute {unknown[0]!r}")
    if len(set(names)) != len(names):
        raise ValueError("lists an attribute twice")
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
            raise ValueError(f"{sorted(both)[0]!r} is both required and optional")
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
        raise ValueError("is not a PIN hash: make one with `posapp --hash-pin`")
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


def _database_path(value: str | None) -> str | None:
    if value is not None and not value:
        raise ValueError("must be a file path, or left out for the default")
    return value


@dataclass(frozen=True)
class OutboxSettings(Section):
    """Signups kept on the till until Engage has confirmed them (``posapp.outbox``)."""

    #: Entries older than this are deleted, sent or not (GDPR: storage limitation).
    retention_days: int = setting(30, ge=1, le=365)
    #: The database file; default ``outbox.sqlite3`` in the user data directory.
    path: str | None = setting(None, check=_database_path)


def _unique_types(types: tuple[ContactTypeSettings, ...]) -> tuple[ContactTypeSettings, ...]:
    ids = [t.id for t in types]
    for type_id in ids:
        if ids.count(type_id) > 1:
            raise ValueError(f"contact type {type_id!r} is listed twice")
    return types


@dataclass(frozen=True)
class Settings(Section):
    """Everything posapp is configured with, except the API key."""

    engage: EngageSettings = setting()
    store: StoreSettings = setting()
    contact_types: tuple[ContactTypeSettings, ...] = setting(min_length=1, check=_unique_types)
    kiosk: KioskSettings = setting(factory=KioskSettings)
    outbox: OutboxSettings = setting(factory=OutboxSettings)
    #: True when running against the embedded emulator.
    demo: bool = setting(False)

    def contact_type(self, type_id: str) -> ContactTypeSettings:
        """The contact type with this id (KeyError when the till does not offer it)."""
        for contact_type in self.contact_types:
            if contact_type.id == type_id:
                return contact_type
        raise KeyError(type_id)


def _where(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> str:
    """``("contact_types", 1, "key")`` → ``[[contact_types]] #2 (Contact) key``."""
    if not loc:
        return "file"
    head, rest = str(loc[0]), loc[1:]
    if head == "contact_types" and rest and isinstance(rest[0], int):
        index = rest[0]
        entries = data.get("contact_types")
        name = ""
        if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
            name = f" ({entries[index].get('id', '?')})"
        tail = " ".join(str(part) for part in rest[1:])
        return f"[[contact_types]] #{index + 1}{name}" + (f" {tail}" if tail else "")
    if rest:
        return f"[{head}] " + ".".join(str(part) for part in rest)
    return head


def settings_from_mapping(data: Mapping[str, Any], source: str = "configuration") -> Settings:
    """Validate a parsed TOML document; raise one ConfigError naming every problem."""
    try:
        return Settings.from_mapping(data)
    except SettingsError as exc:
        lines = [f"{source}: {_where(loc, data)}: {message}" for loc, message in exc.problems]
        raise ConfigError("\n".join(lines)) from None


def load_settings(path: Path) -> Settings:
    """Read and validate one TOML file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: the configuration file does not exist") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc})") from None
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
