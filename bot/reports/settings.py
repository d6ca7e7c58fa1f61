"""The `reports:` section of config.yml."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ReportSettings(BaseModel):
    """Disclosure control and local time for manager reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    disclosure_threshold: int = Field(
        default=7,
        ge=1,
        le=100,
        description="counts 1 to this are suppressed (7: the NHS rule; 10 for stricter use)",
    )
    timezone: str = Field(
        default="Europe/London", description="local time for periods, hour of day and weekday"
    )
