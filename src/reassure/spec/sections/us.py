"""Scenario section `[us_backstop]`: which US enablers the plan counts on."""

from __future__ import annotations

from pydantic import Field

from reassure.spec._quantity import Switches
from reassure.vocabulary import ENABLERS

__all__ = ["ENABLERS", "USBackstopSpec"]


class USBackstopSpec(Switches):
    """US enablers, each on or off; US ground troops are reported ruled out."""

    ground_troops: bool = Field(default=False, description="US ground troops in Ukraine")
    isr: bool = Field(description="intelligence, surveillance and reconnaissance")
    air_defence: bool = Field(description="air and missile defence")
    air_support: bool = Field(description="combat air support")
    airlift: bool = Field(description="strategic airlift")
    tanker: bool = Field(default=False, description="air-to-air refuelling")
    logistics: bool = Field(description="logistics support")

    @property
    def any(self) -> bool:
        """True if any enabler is on."""
        return self.ground_troops or any(getattr(self, e) for e in ENABLERS)
