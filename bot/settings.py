"""Settings: config.yml for everything non-secret, the environment for secrets and overrides."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.reports.settings import ReportSettings
from bot.storage.settings import StorageSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "config.yml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NLUSettings(_Section):
    backend: Literal["embedded", "rasa"] = Field(
        "embedded", description="embedded (in-process) or rasa (a Rasa server, embedded fallback)"
    )
    threshold: float = Field(
        0.35, ge=0, le=1, description="below this confidence, ask a clarifying question"
    )
    rasa_url: str | None = Field(None, description="Rasa server URL; RASA_URL overrides")
    rasa_timeout_seconds: float = Field(2.0, gt=0, description="timeout of one Rasa parse call")


class ConversationSettings(_Section):
    session_ttl_minutes: int = Field(30, gt=0, description="idle time before a chat's state goes")
    max_misses: int = Field(2, ge=1, description="clarifying questions before the menu instead")
    resources_per_page: int = Field(3, ge=1, le=10, description="resources shown at once")


class ResourceSettings(_Section):
    directory: Path = Field(Path("resources"), description="folder of the resources YAML")


class Settings(_Section):
    environment: Literal["development", "production"] = Field(
        "development", description="production refuses placeholder secrets; WELLBEING_ENV"
    )
    nlu: NLUSettings = Field(default_factory=NLUSettings)
    conversation: ConversationSettings = Field(default_factory=ConversationSettings)
    resources: ResourceSettings = Field(default_factory=ResourceSettings)
    storage: StorageSettings = Field(
        default_factory=StorageSettings, description="usage store: retention and buffering"
    )
    reports: ReportSettings = Field(
        default_factory=ReportSettings, description="manager reports: disclosure control"
    )

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


class SettingsError(Exception):
    """config.yml is missing, unreadable or has a wrong value; the message says which and how."""


def load_settings(path: Path | None = None) -> Settings:
    """Read config.yml (WELLBEING_CONFIG names another), then apply environment overrides."""
    path = path or Path(os.environ.get("WELLBEING_CONFIG", DEFAULT_CONFIG))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"{path}: expected 'key: value' settings at the top level")
    if env := os.environ.get("WELLBEING_ENV"):
        raw["environment"] = env
    if url := os.environ.get("RASA_URL"):
        raw.setdefault("nlu", {})["rasa_url"] = url
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"{path}: {problems}") from exc
    resources_dir = settings.resources.directory
    if not resources_dir.is_absolute():
        resources_dir = path.resolve().parent / resources_dir
    return settings.model_copy(update={"resources": ResourceSettings(directory=resources_dir)})
