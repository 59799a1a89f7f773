"""Translation helpers for the workshop widgets (context "workshop", %n plurals)."""

from __future__ import annotations

from ..commands.translate import translator

tr = translator("workshop")
