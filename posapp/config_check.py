"""``posapp --check-config``: every reason this till would not start, for deployment scripts.

Plain Python, no Qt: a deployment script on a till without a display runs it. The report
names the file and where the API key comes from, never the key itself. No file at all is
not a problem: posapp then runs in demo mode, and the check says so (exit 0); a file that
is named but missing, unreadable or wrong is one (exit 2).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from posapp.api_key_store import KeyStoreError, read_api_key
from posapp.config import (
    API_KEY_ENV,
    ConfigError,
    Settings,
    default_config_path,
    find_config_path,
    load_settings,
    machine_config_path,
)


@dataclass
class ConfigReport:
    """What ``--check-config`` found: the file, the settings, the key's source, the problems."""

    path: Path | None
    settings: Settings | None = None
    key_source: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def demo(self) -> bool:
        """True when no configuration file exists: posapp starts in demo mode."""
        return self.path is None and not self.problems

    def summary(self) -> str:
        """One line for a passing check."""
        if self.demo:
            return (f"posapp: no configuration file, so posapp runs in demo mode (against "
                    f"its built-in Engage emulator); looked for {default_config_path()} "
                    f"and {machine_config_path()}")
        return f"posapp: configuration OK: {self.path} (API key from the {self.key_source})"


def missing_key_problem(base_url: str, reason: str | None = None) -> str:
    """The line for a configuration without an API key (shared with the start-up path)."""
    if reason:
        return f"no API key for {base_url}: {reason}"
    return (f"no API key for {base_url}: set {API_KEY_ENV} or store one with "
            "`posapp --setup`")


def check_configuration(cli_path: str | None,
                        environ: Mapping[str, str] | None = None) -> ConfigReport:
    """Find, read and validate the configuration and look for its API key."""
    environ = os.environ if environ is None else environ
    path = find_config_path(cli_path, environ)
    report = ConfigReport(path)
    if path is None:
        return report  # demo mode: see ConfigReport.summary
    try:
        report.settings = load_settings(path)
    except ConfigError as exc:
        report.problems.extend(str(exc).splitlines())
        return report
    base_url = report.settings.engage.base_url
    try:
        key = read_api_key(base_url, environ)
    except KeyStoreError as exc:
        report.problems.append(missing_key_problem(base_url, str(exc)))
        return report
    if key is None:
        report.problems.append(missing_key_problem(base_url))
    else:
        report.key_source = "environment variable " + API_KEY_ENV \
            if key.source == "environment" else "credential store"
    return report
