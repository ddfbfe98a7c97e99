"""Bar charts as data for the SVG macro in templates/admin/_charts.html: no script, no inline style,
so they render under the panel's strict CSP and work offline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WIDTH, HEIGHT, TOP = 720, 150, 12  # viewBox units; CSS scales the SVG to its container


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    peak: int
    total: int
    first_label: str
    last_label: str
    css_class: str
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def summary(self) -> str:
        return f"{self.title}: {self.total} in total, peak {self.peak} per hour"


def hourly(title: str, values: list[int], hours: list[dt.datetime], css_class: str = "series-a") -> Chart:
    peak = max(values, default=0)
    slot = WIDTH / max(1, len(values))
    bars = []
    for i, (value, hour) in enumerate(zip(values, hours, strict=True)):
        height = 0.0 if not peak else (HEIGHT - TOP) * value / peak
        bars.append(Bar(x=round(i * slot + 1, 1), y=round(HEIGHT - height, 1), width=round(max(1.0, slot - 2), 1),
                        height=round(height, 1), value=value, label=hour.strftime("%H:00")))
    labels = [h.strftime("%d %b %H:00") for h in hours] or [""]
    return Chart(title=title, bars=bars, peak=peak, total=sum(values), first_label=labels[0],
                 last_label=labels[-1], css_class=css_class)
