"""The vocabulary of the policy schemas: typed fields that check a gateway.yaml value and return it
resolved (a rate parsed, a size in bytes), and the error that names the value's yaml path."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# A check turns a yaml value into its resolved form or raises Invalid (the path is added by the caller).
Check = Callable[[Any, str], Any]


class Invalid(ValueError):
    """A value does not fit its field; str() is `<yaml path>: <what is wrong>`."""


def show(value: Any) -> str:
    """A yaml value as a message quotes it: JSON (strings in double quotes)."""
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def fail(path: str, value: Any, what: str) -> Invalid:
    return Invalid(f"{path}: {show(value)} {what}")


REQUIRED = object()   # a field's default when gateway.yaml must give it
ABSENT = object()     # a field's default when it may be left out (then edge.json omits it too)


@dataclass(frozen=True)
class Field:
    check: Check
    default: Any = ABSENT
    doc: str = ""


class Errors:
    """Collects every mistake of one gateway.yaml, so render reports them all at once."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def run(self, check: Check, value: Any, path: str) -> Any:
        try:
            return check(value, path)
        except Invalid as exc:
            self.messages.append(str(exc))
            return None


# ---- scalar checks ------------------------------------------------------------------------------
def boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise fail(path, value, "is not true or false")
    return value


def integer(minimum: int | None = None) -> Check:
    def check(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(path, value, "is not an integer")
        if minimum is not None and value < minimum:
            raise fail(path, value, f"is less than {minimum}")
        return value
    return check


def number(minimum: float | None = None) -> Check:
    def check(value: Any, path: str) -> float | int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(path, value, "is not a number")
        if minimum is not None and value < minimum:
            raise fail(path, value, f"is less than {minimum}")
        return value
    return check


def string(pattern: str | None = None, what: str = "does not have the expected form") -> Check:
    compiled = re.compile(pattern) if pattern else None

    def check(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise fail(path, value, "is not a string")
        if compiled and not compiled.fullmatch(value):
            raise fail(path, value, what)
        return value
    return check


def enum(*choices: Any) -> Check:
    def check(value: Any, path: str) -> Any:
        if isinstance(value, bool) or value not in choices:
            raise fail(path, value, f"is not one of {', '.join(str(c) for c in choices)}")
        return value
    return check


TOKEN = string(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", "is not an HTTP token")
PATH = string(r"/[^\s]*", "is not an absolute path")
METHOD = string(r"[A-Z]+", "is not an upper-case HTTP method")

# "10r/s", "30r/m", "5r/h", or a number of requests per second (as edge.limit.gcra reads rates).
RATE_TEXT = re.compile(r"\s*(\d+\.?\d*)\s*r/([smh])\s*")
RATE_WINDOWS = {"s": 1, "m": 60, "h": 3600}


def rate(value: Any, path: str) -> dict[str, float | int]:
    """A rate resolved to {quota, window}: quota requests per window seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value <= 0:
            raise fail(path, value, "is not a rate (must be > 0)")
        return {"quota": value, "window": 1}
    m = RATE_TEXT.fullmatch(value) if isinstance(value, str) else None
    quota = m and float(m.group(1))
    if not m or not quota:
        raise fail(path, value, "is not a rate (like 10r/s, 30r/m, 100r/h)")
    return {"quota": int(quota) if quota.is_integer() else quota, "window": RATE_WINDOWS[m.group(2)]}


SIZE_TEXT = re.compile(r"(\d+)\s*([kKmM]?)")


def size(value: Any, path: str) -> int:
    """A size in bytes: a number, or nginx's 64k / 1m form."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise fail(path, value, "is not a size (must be >= 0)")
        return value
    m = SIZE_TEXT.fullmatch(value) if isinstance(value, str) else None
    if not m:
        raise fail(path, value, "is not a size (bytes, or like 64k, 1m)")
    return int(m.group(1)) * {"": 1, "k": 1024, "m": 1048576}[m.group(2).lower()]


CIDR_TEXT = re.compile(r"[0-9A-Fa-f:.]+(/\d{1,3})?")   # no netmask form, no IPv6 zone: edge.lib.cidr reads neither


def cidr(value: Any, path: str) -> str:
    """An IPv4 or IPv6 address or network (edge.lib.cidr's grammar: address[/bits])."""
    if not isinstance(value, str) or not CIDR_TEXT.fullmatch(value):
        raise fail(path, value, "is not a CIDR (like 10.0.0.0/8, 2001:db8::/32 or an address)")
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise fail(path, value, "is not a CIDR (like 10.0.0.0/8, 2001:db8::/32 or an address)") from None
    return value


def port(value: Any, path: str) -> int:
    integer(1)(value, path)
    if value > 65535:
        raise fail(path, value, "is not a TCP port")
    return int(value)


# ---- containers ---------------------------------------------------------------------------------
def list_of(item: Check) -> Check:
    def check(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise fail(path, value, "is not a list")
        return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return check


def map_of(item: Check) -> Check:
    def check(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise fail(path, value, "is not a map")
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise fail(path, k, "is not a string key")
            out[k] = item(v, f"{path}.{k}")
        return out
    return check


def one_of(*checks: Check) -> Check:
    """The first check that accepts the value (the last one's error otherwise)."""
    def check(value: Any, path: str) -> Any:
        err: Invalid | None = None
        for c in checks:
            try:
                return c(value, path)
            except Invalid as exc:
                err = exc
        assert err is not None
        raise err
    return check


@dataclass(frozen=True)
class Record:
    """A map with known fields: unknown keys are mistakes, defaults fill the others."""

    fields: Mapping[str, Field]

    def check(self, value: Any, path: str, partial: bool = False) -> dict[str, Any]:
        """Checked fields of value; partial: no defaults, no required fields (a section or an override)."""
        if not isinstance(value, dict):
            raise fail(path, value, "is not a map")
        errors = [f"{path}.{k}: unknown field (known: {', '.join(self.fields)})"
                  for k in value if k not in self.fields]
        out: dict[str, Any] = {}
        for name, spec in self.fields.items():
            if name in value:
                try:
                    out[name] = spec.check(value[name], f"{path}.{name}")
                except Invalid as exc:
                    errors.append(str(exc))
            elif partial:
                continue
            elif spec.default is REQUIRED:
                errors.append(f"{path}.{name}: required")
            elif spec.default is not ABSENT:
                out[name] = spec.default
        if errors:
            raise Invalid("\n".join(errors))
        return out

    def __call__(self, value: Any, path: str) -> dict[str, Any]:
        return self.check(value, path)

    def defaults(self) -> dict[str, Any]:
        return {k: f.default for k, f in self.fields.items() if f.default not in (REQUIRED, ABSENT)}


@dataclass(frozen=True)
class Context:
    """What a policy's resolve step may read besides its own fields: the whole config and the route."""

    cfg: dict[str, Any]
    route: dict[str, Any]
    secrets_dir: str
    public_base_url: str
    path: str = ""   # the policy's yaml path, for the mistakes a resolve step finds


@dataclass(frozen=True)
class PolicySchema:
    """One edge policy: its Lua module (lua/edge/policies/<name>.lua), the request phases it runs in
    besides `log`, the gateway.yaml section whose keys a route's own conf overrides, its fields."""

    name: str
    phases: tuple[str, ...]
    fields: Record
    # `security:` subsection merged under the route's conf (None: the policy reads no such section)
    section: str | None = None
    # derived values from the merged conf and the context (e.g. a default taken from another section)
    resolve: Callable[[dict[str, Any], Context], dict[str, Any]] = field(default=lambda conf, _ctx: conf)
