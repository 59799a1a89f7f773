"""Token buckets: per-connection message rates and failed join attempts per address."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Bucket:
    """Allows ``burst`` events at once and ``rate`` per second after that."""

    rate: float
    burst: float
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(default=-1.0)
    stamp: float = 0.0

    def available(self) -> bool:
        """Whether an event may happen now (refills, takes nothing)."""
        now = self.clock()
        if self.tokens < 0:
            self.tokens = self.burst
        else:
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return self.tokens >= 1

    def take(self) -> bool:
        """Spend one event if one is available."""
        if self.available():
            self.tokens -= 1
            return True
        return False


@dataclass
class JoinGuard:
    """Failed join attempts: a few per address per minute, and a ceiling for everyone."""

    per_address: float = 6
    overall: float = 60
    clock: Callable[[], float] = time.monotonic
    buckets: dict[str, Bucket] = field(default_factory=dict)
    everyone: Bucket | None = None

    def _everyone(self) -> Bucket:
        if self.everyone is None:
            self.everyone = Bucket(self.overall / 60, self.overall, self.clock)
        return self.everyone

    def _bucket(self, address: str) -> Bucket:
        if address not in self.buckets:
            if len(self.buckets) > 10_000:
                self.buckets.clear()
            self.buckets[address] = Bucket(self.per_address / 60, self.per_address, self.clock)
        return self.buckets[address]

    def allowed(self, address: str) -> bool:
        """Whether another attempt from ``address`` may be checked at all."""
        return self._bucket(address).available() and self._everyone().available()

    def failed(self, address: str) -> None:
        self._bucket(address).take()
        self._everyone().take()
