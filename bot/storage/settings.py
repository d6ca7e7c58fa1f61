"""The `storage:` section of config.yml. The database URL is not here: it may hold a password."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StorageSettings(BaseModel):
    """How long usage events are kept and how the background writer buffers them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    retention_days: int = Field(
        default=400,
        ge=1,
        le=3660,
        description="delete events older than this; 400 covers a year's report plus a margin",
    )
    buffer_size: int = Field(
        default=10_000,
        ge=10,
        description="events held in memory while the database is slow or down",
    )
    batch_size: int = Field(default=200, ge=1, description="events written in one transaction")
    purge_hour: int = Field(
        default=3, ge=0, le=23, description="local hour of the daily retention purge"
    )
