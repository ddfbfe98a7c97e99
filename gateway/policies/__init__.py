"""One schema per edge policy (beside its Lua module lua/edge/policies/<name>.lua): name, phases,
fields with types and defaults, the `security:` section it reads. `resolve` checks a whole
gateway.yaml against them and returns what edge.json carries: every policy's conf with defaults
merged, rates parsed and keys checked, so the Lua `new()` functions only read it."""

from __future__ import annotations

import functools
from typing import Any

from gateway.config import UNROUTED, ConfigError
from gateway.policies import concurrency, jwt, limits, ratelimit, readyz, redirects, slack_signature, waf
from gateway.policies.schema import (
    METHOD,
    Check,
    Context,
    Errors,
    Invalid,
    PolicySchema,
    list_of,
    map_of,
    show,
    size,
    string,
)

SCHEMAS: dict[str, PolicySchema] = {s.name: s for s in (
    waf.SCHEMA, slack_signature.SCHEMA, jwt.SCHEMA, redirects.SCHEMA, concurrency.SCHEMA, ratelimit.SCHEMA)}

# Request phases each policy implements besides `log` (which runs http-wide).
POLICY_PHASES: dict[str, tuple[str, ...]] = {name: s.phases for name, s in SCHEMAS.items()}

# security.<section> -> the policy whose fields it sets for every route
SECTIONS: dict[str, PolicySchema] = {s.section: s for s in SCHEMAS.values() if s.section}


def policy_entry(entry: Any, path: str) -> tuple[str, dict[str, Any]]:
    """A route's policy entry is a name or a one-key map {name: conf}."""
    conf: Any
    if isinstance(entry, str):
        name, conf = entry, {}
    elif isinstance(entry, dict) and len(entry) == 1:
        name, conf = next(iter(entry.items()))
        conf = {} if conf is None else conf
    else:
        raise Invalid(f"{path}: {show(entry)} is not a policy name or a one-key map {{policy: conf}}")
    if name not in SCHEMAS:
        raise Invalid(f"{path}: unknown policy {show(name)} (known: {', '.join(SCHEMAS)})")
    return name, conf


def policy_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def _sections(cfg: dict[str, Any], errors: Errors) -> dict[str, dict[str, Any]]:
    """security.<section> -> its keys as written, the valid ones only (each mistake is reported here,
    at the section's path, not again at every route that merges the section)."""
    security = cfg.get("security") or {}
    if not isinstance(security, dict):
        errors.messages.append(f"security: {show(security)} is not a map")
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, value in security.items():
        schema = SECTIONS.get(name)
        path = f"security.{name}"
        if schema is None:
            errors.messages.append(f"{path}: unknown section (known: {', '.join(SECTIONS)})")
            continue
        value = value or {}
        if errors.run(partial_check(schema), value, path) is None:
            value = {k: v for k, v in value.items() if _valid(schema, k, v)}
        out[name] = value
    return out


def partial_check(schema: PolicySchema) -> Check:
    def check(value: Any, path: str) -> dict[str, Any]:
        return schema.fields.check(value, path, partial=True)
    return check


def _valid(schema: PolicySchema, key: str, value: Any) -> bool:
    try:
        schema.fields.check({key: value}, "", partial=True)
    except Invalid:
        return False
    return True


# A route's own keys besides name/match/upstream (gateway/config.py checks those) and policies.
ROUTE_FIELDS = {"methods": list_of(METHOD), "client_max_body_size": size, "response_headers": map_of(string())}


def _route_fields(route: dict[str, Any], path: str, errors: Errors) -> None:
    for key, check in ROUTE_FIELDS.items():
        if route.get(key) is not None:
            errors.run(check, route[key], f"{path}.{key}")


def _resolve_with(schema: PolicySchema, ctx: Context, conf: dict[str, Any], _path: str) -> dict[str, Any]:
    return schema.resolve(conf, ctx)


def _policies(entries: Any, path: str, route: dict[str, Any], sections: dict[str, dict[str, Any]],
              cfg: dict[str, Any], ctx_base: dict[str, Any], errors: Errors) -> list[dict[str, Any]]:
    if not isinstance(entries, list):
        errors.messages.append(f"{path}: {show(entries)} is not a list of policies")
        return []
    out = []
    for i, entry in enumerate(entries):
        where = f"{path}[{i}]"
        try:
            name, conf = policy_entry(entry, where)
        except Invalid as exc:
            errors.messages.append(str(exc))
            continue
        schema = SCHEMAS[name]
        if not isinstance(conf, dict):
            errors.messages.append(f"{where}.{name}: {show(conf)} is not a map")
            continue
        base = sections.get(schema.section, {}) if schema.section else {}
        merged = errors.run(schema.fields.check, {**base, **conf}, f"{where}.{name}")
        if merged is None:
            continue
        ctx = Context(cfg=cfg, route=route, path=f"{where}.{name}", **ctx_base)
        resolved = errors.run(functools.partial(_resolve_with, schema, ctx), merged, ctx.path)
        if resolved is not None:
            out.append({name: resolved})
    return out


def resolve(cfg: dict[str, Any], secrets_dir: str, public_base_url: str) -> dict[str, Any]:
    """{"limits": the limits section, "readyz": /readyz's, "routes": {name: {methods, policies, ...}}}, all
    resolved for edge.json; raises ConfigError listing every mistake with its yaml path."""
    errors = Errors()
    limits_section = errors.run(lambda v, p: limits.resolve_section(cfg), None, "limits")
    sections = _sections(cfg, errors)
    resolved_cfg = {**cfg, "limits": limits_section or limits.LIMITS.defaults()}
    readyz_section = errors.run(lambda v, p: readyz.resolve_section(cfg, resolved_cfg["limits"]), None, "readyz")
    ctx_base = {"secrets_dir": secrets_dir, "public_base_url": public_base_url}
    routes: dict[str, Any] = {}
    for route in cfg.get("routes") or []:
        name = route.get("name")
        path = f"routes.{name}"
        _route_fields(route, path, errors)
        routes[name] = {
            "methods": route.get("methods"),
            **{k: v for k, v in route.items() if k not in ("name", "methods", "policies")},
            "policies": _policies(route.get("policies") or [], f"{path}.policies", route, sections,
                                  resolved_cfg, ctx_base, errors),
        }
    unrouted = (cfg.get("unrouted") or {}).get("policies") or []
    routes[UNROUTED] = {"methods": None, "policies": _policies(unrouted, "unrouted.policies", {}, sections,
                                                              resolved_cfg, ctx_base, errors)}
    if errors.messages:
        raise ConfigError("\n".join(errors.messages))
    return {"limits": limits_section, "readyz": readyz_section, "routes": routes}
