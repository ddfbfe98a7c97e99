"""Compile the installed OWASP Core Rule Set (Debian `modsecurity-crs`) into the rule tables the Lua engine
(lua/edge/waf/crs/engine.lua) runs.

The SecRule files are parsed with msc-pyparser (the CRS project's SecLang parser). Request-side rules (phases
1 and 2) are kept; the set-up rules that only read render-time facts (TX defaults of 901, the paranoia-level
gates, the application-exclusion gates of 903.x) are evaluated here, so the engine runs only the rules that
can fire at the configured paranoia level. Every rule ends up in the report: compiled, evaluated at render
time, skipped (and why), or unsupported (and why).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.policies import waf as waf_policy

CRS_DIR = Path("/usr/share/modsecurity-crs/rules")
REQUEST_PHASES = (1, 2)

SEVERITY_SCORE_VAR = {"CRITICAL": "critical", "ERROR": "error", "WARNING": "warning", "NOTICE": "notice"}

# Collections the engine fills from the request (lua/edge/waf/crs/collections.lua).
SUPPORTED_VARS = {
    "ARGS", "ARGS_NAMES", "ARGS_GET", "ARGS_GET_NAMES", "ARGS_POST", "ARGS_POST_NAMES", "ARGS_COMBINED_SIZE",
    "REQUEST_COOKIES", "REQUEST_COOKIES_NAMES", "REQUEST_HEADERS", "REQUEST_HEADERS_NAMES",
    "REQUEST_URI", "REQUEST_URI_RAW", "REQUEST_BASENAME", "REQUEST_FILENAME", "QUERY_STRING", "REQUEST_BODY",
    "REQUEST_LINE", "REQUEST_METHOD", "REQUEST_PROTOCOL", "FILES", "FILES_NAMES", "FILES_COMBINED_SIZE",
    "MULTIPART_PART_HEADERS", "REQBODY_PROCESSOR", "REQBODY_ERROR", "MULTIPART_STRICT_ERROR",
    "MULTIPART_UNMATCHED_BOUNDARY", "REMOTE_ADDR", "TX", "MATCHED_VAR", "MATCHED_VARS", "MATCHED_VAR_NAME",
    "MATCHED_VARS_NAMES",
}
UNSUPPORTED_VARS = {
    "IP": "persistent IP collection (initcol) is not kept: IP reputation is not supported",
    "GEO": "GeoIP lookups are not supported",
    "UNIQUE_ID": "only feeds request sampling, which is not supported (always 100%)",
    "DURATION": "only feeds request sampling, which is not supported (always 100%)",
    "XML": "no XML body processor: XML bodies are inspected as REQUEST_BODY",
}
SUPPORTED_OPS = {
    "rx", "pm", "pmFromFile", "pmf", "detectSQLi", "detectXSS", "streq", "contains", "beginsWith", "endsWith",
    "within", "eq", "ge", "gt", "lt", "le", "validateByteRange", "validateUrlEncoding", "validateUtf8Encoding",
    "ipMatch", "unconditionalMatch", "containsWord", "strmatch",
}
SUPPORTED_TRANSFORMS = {
    "lowercase", "urlDecode", "urlDecodeUni", "htmlEntityDecode", "jsDecode", "cssDecode", "cmdLine",
    "compressWhitespace", "removeWhitespace", "removeNulls", "replaceNulls", "replaceComments",
    "removeCommentsChar", "normalizePath", "normalisePath", "normalizePathWin", "normalisePathWin",
    "base64Decode", "base64DecodeExt", "hexDecode", "utf8toUnicode", "length", "trim", "trimLeft", "trimRight",
    "uppercase", "escapeSeqDecode", "sqlHexDecode",
}
# ctl actions with an effect on the request-side rules; the others (audit log) have none here.
RUNTIME_CTLS = {"ruleRemoveById", "ruleRemoveByTag", "ruleRemoveTargetById", "ruleRemoveTargetByTag",
                "ruleEngine"}
IGNORED_CTLS = {"auditEngine", "auditLogParts", "forceRequestBodyVariable", "requestBodyProcessor"}
IGNORED_ACTIONS = {"ver", "rev", "logdata", "auditlog", "noauditlog", "status", "expirevar", "accuracy",
                   "maturity", "pass", "block", "log", "t", "id", "phase", "msg", "tag", "severity", "chain",
                   "capture", "multiMatch", "nolog", "setvar", "ctl", "skipAfter", "deny", "drop"}
MACRO = re.compile(r"%\{([^}]+)\}")


@dataclass
class Link:
    """One SecRule of a chain."""

    variables: list[dict[str, Any]]
    operator: str
    argument: str
    negated: bool
    actions: list[dict[str, Any]]
    line: int


@dataclass
class Rule:
    id: int
    phase: int
    file: str
    links: list[Link]
    is_action: bool = False           # SecAction: no variable, always matches
    actions: dict[str, Any] = field(default_factory=dict)  # of the chain head

    @property
    def tags(self) -> list[str]:
        return [a["act_arg"] for a in self.links[0].actions if a["act_name"] == "tag"]

    @property
    def paranoia(self) -> int:
        for tag in self.tags:
            if tag.startswith("paranoia-level/"):
                return int(tag.rsplit("/", 1)[1])
        return 1


@dataclass
class Outcome:
    rule_id: int
    phase: int
    file: str
    status: str       # compiled | render-time | skipped | unsupported
    reason: str = ""
    paranoia: int = 1


class Unsupported(Exception):
    """A rule (or one of its parts) the engine cannot run."""


# ---- parsing ------------------------------------------------------------------------------------------

def parse_file(path: Path) -> list[dict[str, Any]]:
    import msc_pyparser

    parser = msc_pyparser.MSCParser()
    parser.parser.parse(path.read_text(encoding="utf-8"))
    return list(parser.configlines)


def _action_value(a: dict[str, Any]) -> str:
    """msc-pyparser splits `setvar:'tx.a=b'` and `ctl:x=y` into act_arg / act_arg_val: join them back."""
    arg = a.get("act_arg", "")
    if a.get("act_arg_val"):
        arg = f"{arg}={a['act_arg_val']}"
        if a.get("act_arg_val_param"):
            arg = f"{arg};{a['act_arg_val_param']}"
            if a.get("act_arg_val_param_val"):
                arg = f"{arg}:{a['act_arg_val_param_val']}"
    return arg


def load_rules(crs_dir: Path = CRS_DIR) -> tuple[list[Rule | tuple[str, str]], dict[int, Outcome]]:
    """The request files' rules and markers in load order ((\"marker\", name) entries), plus the rules of
    the response files (reported as out of scope)."""
    items: list[Rule | tuple[str, str]] = []
    outside: dict[int, Outcome] = {}
    for path in sorted(crs_dir.glob("*.conf")):
        response_side = path.name.startswith("RESPONSE-")
        lines = parse_file(path)
        pending: Rule | None = None
        for entry in lines:
            kind = entry["type"]
            if kind == "SecMarker":
                name = entry["arguments"][0]["argument"] if entry.get("arguments") else ""
                items.append(("marker", name.strip("\"'")))
                continue
            if kind not in ("SecRule", "SecAction"):
                continue
            link = Link(
                variables=entry.get("variables", []) if kind == "SecRule" else [],
                operator=(entry.get("operator") or "@unconditionalMatch").lstrip("@") if kind == "SecRule"
                else "unconditionalMatch",
                argument=entry.get("operator_argument", "") if kind == "SecRule" else "",
                negated=bool(entry.get("operator_negated")),
                actions=[{**a, "value": _action_value(a)} for a in entry.get("actions", [])],
                line=entry.get("lineno", 0),
            )
            if pending is not None:
                pending.links.append(link)
            else:
                acts = {a["act_name"]: a["value"] for a in link.actions}
                pending = Rule(id=int(acts.get("id", 0)), phase=int(acts.get("phase", 2)), file=path.name,
                               links=[link], is_action=kind == "SecAction")
            if not entry.get("chained"):
                rule, pending = pending, None
                if response_side or rule.phase not in REQUEST_PHASES:
                    outside[rule.id] = Outcome(rule.id, rule.phase, rule.file, "skipped",
                                               "response-side rule (phase 3-5)", rule.paranoia)
                else:
                    items.append(rule)
    return items, outside


# ---- render-time evaluation -----------------------------------------------------------------------------

def _num(v: Any) -> float:
    try:
        return float(str(v).strip())
    except ValueError:
        return 0.0


def expand_static(text: str, env: dict[str, str], dynamic: set[str], rule: Rule) -> tuple[str, bool]:
    """Expand %{tx.x} (render-time TX) and %{rule.x} macros; (text, still_has_runtime_macros)."""
    runtime = False

    def sub(m: re.Match[str]) -> str:
        nonlocal runtime
        name = m.group(1).lower()
        if name.startswith("tx.") and name[3:] in env and name[3:] not in dynamic:
            return str(env[name[3:]])
        if name == "rule.id":
            return str(rule.id)
        if name in ("rule.msg", "rule.severity"):
            key = name[5:]
            return next((a["value"] for a in rule.links[0].actions if a["act_name"] == key), "")
        runtime = True
        return m.group(0)

    return MACRO.sub(sub, text), runtime


def static_value(link: Link, env: dict[str, str], dynamic: set[str]) -> list[str] | None:
    """The values a link's variables have at render time, or None when any is only known per request."""
    values: list[str] = []
    for v in link.variables:
        if v["variable"].upper() != "TX" or v.get("negated"):
            return None
        part = (v.get("variable_part") or "").lower()
        if not part or part.startswith("/") or part in dynamic:
            return None
        if v.get("counter"):
            values.append("1" if part in env else "0")
        elif part in env:
            values.append(str(env[part]))
    return values


def static_match(op: str, arg: str, negated: bool, values: list[str]) -> bool | None:
    def one(value: str) -> bool | None:
        if op == "eq":
            return _num(value) == _num(arg)
        if op == "lt":
            return _num(value) < _num(arg)
        if op == "ge":
            return _num(value) >= _num(arg)
        if op == "gt":
            return _num(value) > _num(arg)
        if op == "le":
            return _num(value) <= _num(arg)
        if op == "streq":
            return value == arg
        if op == "rx":
            return re.search(arg, value) is not None
        return None

    hit = False
    for value in values:
        r = one(value)
        if r is None:
            return None
        hit = hit or (r != negated)
    return hit


def setvar_parts(text: str) -> tuple[str, str, str]:
    """'tx.a=+5' -> ('a', '+', '5'); '!tx.a' -> ('a', '!', '')."""
    text = text.strip("'\"")
    if text.startswith("!"):
        return text[1:].split(".", 1)[-1].lower(), "!", ""
    name, _, value = text.partition("=")
    op = "="
    if value[:1] in "+-" and value[:1]:
        op, value = value[0], value[1:]
    collection, _, var = name.partition(".")
    if collection.lower() != "tx":
        raise Unsupported(f"setvar on collection {collection} (only TX is kept)")
    return var.lower(), op, value


def apply_static_setvar(env: dict[str, str], text: str, dynamic: set[str], rule: Rule) -> None:
    name, op, value = setvar_parts(text)
    value, runtime = expand_static(value, env, dynamic, rule)
    if runtime:
        raise Unsupported("render-time setvar with a per-request macro")
    if op == "!":
        env.pop(name, None)
    elif op == "=":
        env[name] = value
    else:
        cur = _num(env.get(name, "0"))
        env[name] = str(int(cur + _num(value) if op == "+" else cur - _num(value)))


# ---- compilation -----------------------------------------------------------------------------------

@dataclass
class Settings:
    paranoia_level: int = 1
    executing_paranoia_level: int = 0       # 0: same as paranoia_level
    anomaly_threshold: int = 5
    allowed_methods: tuple[str, ...] = ("GET", "HEAD", "POST", "OPTIONS")
    allowed_content_types: tuple[str, ...] = ()   # empty: the CRS's own default
    restricted_headers: tuple[str, ...] | None = None   # None: the CRS's own default
    # rules above paranoia_level that run and score as if at it (security.waf.crs_enable)
    enabled: frozenset[int] = frozenset()
    # the levels some routes run at (a route's waf: {paranoia_level: n}): rules up to the highest are compiled,
    # and each route's view of them keeps those up to its own level (lua/edge/waf/crs/engine.lua)
    route_levels: frozenset[int] = frozenset()

    @property
    def executing(self) -> int:
        """The level rules are compiled up to: the configured executing level, or a route's above it."""
        return max(self.executing_paranoia_level, self.paranoia_level, *self.route_levels)

    @property
    def per_route(self) -> bool:
        """Some route runs above the global level: TX:PARANOIA_LEVEL is then read per request."""
        return any(level > self.paranoia_level for level in self.route_levels)

    def initial_tx(self) -> dict[str, str]:
        tx = {
            # we are the set-up: crs-setup.conf's rule 900990
            "crs_setup_version": "334",
            "paranoia_level": str(self.paranoia_level),
            "executing_paranoia_level": str(self.executing),
            "inbound_anomaly_score_threshold": str(self.anomaly_threshold),
            "allowed_methods": " ".join(self.allowed_methods),
        }
        if self.allowed_content_types:
            tx["allowed_request_content_type"] = " ".join(f"|{t}|" for t in self.allowed_content_types)
        if self.restricted_headers is not None:
            tx["restricted_headers"] = " ".join(f"/{h}/" for h in self.restricted_headers)
        return tx


def _data_file(crs_dir: Path, name: str) -> list[str]:
    out = []
    for line in (crs_dir / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _tx_reads(rules: list[Rule]) -> tuple[set[str], list[str]]:
    """TX names (and /regex/ selectors) that some rule reads: setvars to anything else are bookkeeping."""
    names: set[str] = set()
    patterns: list[str] = []
    for rule in rules:
        for link in rule.links:
            for v in link.variables:
                if v["variable"].upper() == "TX":
                    part = (v.get("variable_part") or "").lower()
                    if part.startswith("/"):
                        patterns.append(part.strip("/"))
                    elif part:
                        names.add(part)
            texts = [link.argument] + [a["value"] for a in link.actions if a["act_name"] in ("setvar", "msg")]
            for text in texts:
                for m in MACRO.finditer(text):
                    if m.group(1).lower().startswith("tx."):
                        names.add(m.group(1).lower()[3:])
    return names, patterns


def _runtime_tx_names(rules: list[Rule]) -> set[str]:
    """TX names whose value depends on the request: set by a rule that reads anything but TX, or from a
    macro over such a name or a request variable (to a fixpoint). Never folded at render time."""
    out: set[str] = set()
    changed = True
    while changed:
        changed = False
        for rule in rules:
            request_side = any(v["variable"].upper() != "TX" or (v.get("variable_part") or "").lower() in out
                               or (v.get("variable_part") or "").startswith("/")
                               for link in rule.links for v in link.variables)
            for link in rule.links:
                for a in link.actions:
                    if a["act_name"] != "setvar" or not a["value"].strip("'\"!").lower().startswith("tx."):
                        continue
                    name, _, value = setvar_parts(a["value"])
                    macros = [m.group(1).lower() for m in MACRO.finditer(value)]
                    if name not in out and (request_side or any(
                            not m.startswith("tx.") or m[3:] in out for m in macros)):
                        out.add(name)
                        changed = True
    return out


def compile_variables(link: Link, notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    targets, exclusions = [], []
    for v in link.variables:
        name = v["variable"].upper()
        part = v.get("variable_part") or ""
        if name in UNSUPPORTED_VARS:
            if name == "XML" and len(link.variables) > 1:
                notes.append("XML:/* target left out (no XML body processor)")
                continue
            raise Unsupported(f"variable {name}: {UNSUPPORTED_VARS[name]}")
        if name not in SUPPORTED_VARS:
            raise Unsupported(f"variable {name} is not supported")
        sel: dict[str, Any] = {"c": name}
        if part:
            if part.startswith("/") and part.endswith("/") and len(part) > 1:
                sel["re"] = part[1:-1]
            else:
                sel["k"] = part.lower() if name in ("REQUEST_HEADERS", "TX", "REQUEST_HEADERS_NAMES") else part
        if v.get("negated"):
            exclusions.append(sel)
            continue
        if v.get("counter"):
            sel["count"] = True
        targets.append(sel)
    return targets, exclusions


def compile_link(link: Link, rule: Rule, env: dict[str, str], dynamic: set[str], reads: tuple[set[str], list[str]],
                 crs_dir: Path, notes: list[str], head: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not rule.is_action or not head:
        targets, exclusions = compile_variables(link, notes)
        if link.variables and not targets:
            raise Unsupported("no supported target")
        out["vars"] = targets
        if exclusions:
            out["excl"] = exclusions
    op = link.operator
    if op not in SUPPORTED_OPS:
        raise Unsupported(f"operator @{op} is not supported")
    arg, runtime = expand_static(link.argument, env, dynamic, rule)
    out["op"] = {"pmf": "pmFromFile", "le": "le"}.get(op, op)
    if op in ("pmFromFile", "pmf"):
        phrases: list[str] = []
        for name in arg.split():
            phrases.extend(_data_file(crs_dir, name))
        out["op"], out["arg"] = "pm", phrases
        out["from"] = arg
    elif op == "pm":
        out["arg"] = arg.split()
    else:
        out["arg"] = arg
    if runtime:
        out["dyn"] = True
    if link.negated:
        out["neg"] = True
    transforms: list[str] = []
    setvars, ctls = [], []
    for a in link.actions:
        name, value = a["act_name"], a["value"]
        if name == "t":
            if value == "none":
                transforms = []
            elif value not in SUPPORTED_TRANSFORMS:
                raise Unsupported(f"transformation t:{value} is not supported")
            else:
                transforms.append({"normalisePath": "normalizePath",
                                   "normalisePathWin": "normalizePathWin"}.get(value, value))
        elif name == "multiMatch":
            out["multi"] = True
        elif name == "capture":
            out["capture"] = True
        elif name == "setvar":
            if not value.strip("'\"!").lower().startswith("tx."):
                notes.append(f"setvar:{value} left out (only TX is kept: no IP reputation)")
                continue
            var, sop, sval = setvar_parts(value)
            names, patterns = reads
            if var not in names and not any(re.search(p, var) for p in patterns) and "%{" not in var:
                continue   # bookkeeping nothing reads at request time
            sval, dyn = expand_static(sval, env, dynamic, rule)
            vname, dyn_name = expand_static(var, env, dynamic, rule)
            entry: dict[str, Any] = {"n": vname, "op": sop, "v": sval}
            if dyn or dyn_name:
                entry["dyn"] = True
            setvars.append(entry)
        elif name == "ctl":
            key, _, val = value.partition("=")
            if key in RUNTIME_CTLS:
                ctls.append(_compile_ctl(key, val))
            elif key not in IGNORED_CTLS:
                raise Unsupported(f"ctl:{key} is not supported")
        elif name not in IGNORED_ACTIONS and name not in ("initcol", "setuid", "setsid"):
            raise Unsupported(f"action {name} is not supported")
        elif name in ("initcol",):
            raise Unsupported("persistent collections (initcol) are not supported")
    if transforms:
        out["t"] = transforms
    if setvars:
        out["setvar"] = setvars
    if ctls:
        out["ctl"] = ctls
    return out


def _compile_ctl(key: str, val: str) -> dict[str, Any]:
    if key == "ruleRemoveById":
        ids: list[Any] = []
        for part in val.split(","):
            lo, _, hi = part.partition("-")
            ids.append([int(lo), int(hi)] if hi else int(lo))
        return {"do": key, "ids": ids}
    if key == "ruleRemoveByTag":
        return {"do": key, "tag": val}
    if key == "ruleEngine":
        return {"do": key, "value": val}
    what, _, target = val.partition(";")
    col, _, part = target.partition(":")
    sel: dict[str, Any] = {"c": col.upper()}
    if part:
        if part.startswith("/") and part.endswith("/"):
            sel["re"] = part[1:-1]
        else:
            sel["k"] = part.lower() if col.upper() == "REQUEST_HEADERS" else part
    if key == "ruleRemoveTargetById":
        return {"do": key, "id": int(what), "target": sel}
    return {"do": key, "tag": what, "target": sel}


def compile_rule(rule: Rule, env: dict[str, str], dynamic: set[str], reads: tuple[set[str], list[str]],
                 crs_dir: Path, notes: list[str]) -> dict[str, Any]:
    head = rule.links[0]
    acts = {a["act_name"]: a["value"] for a in head.actions}
    tags = [a["value"] for a in head.actions if a["act_name"] == "tag"]
    out: dict[str, Any] = {"id": rule.id, "phase": rule.phase, "pl": rule.paranoia}
    if acts.get("msg"):
        out["msg"] = acts["msg"]
    if tags:
        out["tags"] = tags
    if acts.get("severity"):
        out["sev"] = acts["severity"].upper()
    if "nolog" in acts:
        out["nolog"] = True
    if "deny" in acts or "drop" in acts:
        out["deny"] = True
    if acts.get("skipAfter"):
        out["skip"] = acts["skipAfter"]
    out["links"] = [compile_link(link, rule, env, dynamic, reads, crs_dir, notes, i == 0)
                    for i, link in enumerate(rule.links)]
    return out


ANOMALY_PL = re.compile(r"(tx\.anomaly_score_pl)\d", re.IGNORECASE)


def enabled_copy(rule: Rule, level: int) -> Rule:
    """An enabled rule above the paranoia level, scoring into that level's anomaly score instead of its own
    (which the blocking evaluation does not sum below its level)."""
    links = [Link(link.variables, link.operator, link.argument, link.negated,
                  [{**a, "value": ANOMALY_PL.sub(rf"\g<1>{level}", a["value"])} if a["act_name"] == "setvar" else a
                   for a in link.actions], link.line) for link in rule.links]
    return Rule(rule.id, rule.phase, rule.file, links, rule.is_action, rule.actions)


def check_enabled(settings: Settings, rules: list[Rule]) -> None:
    """Every id of crs_enable names a request-side detection rule (one at or below the paranoia level runs
    anyway: the list stays valid when the level is raised)."""
    by_id = {r.id: r for r in rules}
    for rule_id in sorted(settings.enabled):
        rule = by_id.get(rule_id)
        if rule is None or rule.is_action or not 910000 <= rule_id < 949000:
            raise ValueError(f"security.waf.crs_enable: {rule_id} is not a request-side CRS detection rule")


def compile_crs(settings: Settings, crs_dir: Path = CRS_DIR) -> tuple[dict[str, Any], list[Outcome]]:
    """(ruleset for the engine, one outcome per rule of the CRS files)."""
    items, outside = load_rules(crs_dir)
    rules = [item for item in items if isinstance(item, Rule)]
    check_enabled(settings, rules)
    # Which TX names are per-request depends on which rules survive, and the reverse: start from every
    # rule, keep the survivors of one pass (their setvars are what the request can change), settle.
    dynamic = _runtime_tx_names(rules)
    for _ in range(4):
        ruleset, outcomes = _compile_pass(settings, items, outside, dynamic, crs_dir)
        kept = {o.rule_id for o in outcomes if o.status == "compiled"}
        settled = _runtime_tx_names([r for r in rules if r.id in kept])
        if settled == dynamic:
            break
        dynamic = settled
    return ruleset, outcomes


def _compile_pass(settings: Settings, items: list[Rule | tuple[str, str]], outside: dict[int, Outcome],
                  dynamic: set[str], crs_dir: Path) -> tuple[dict[str, Any], list[Outcome]]:
    rules = [item for item in items if isinstance(item, Rule)]
    env = settings.initial_tx()
    configured = set(env)
    dynamic = dynamic - configured
    if settings.per_route:
        dynamic = dynamic | {"paranoia_level"}   # the 949 evaluation sums the levels of the request's route
    reads = _tx_reads(rules)
    outcomes: dict[int, Outcome] = dict(outside)
    phases: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    markers: dict[int, dict[str, int]] = {1: {}, 2: {}}
    skipping: dict[int, str | None] = {1: None, 2: None}

    for item in items:
        if isinstance(item, tuple):
            for phase in REQUEST_PHASES:
                markers[phase][item[1]] = len(phases[phase])
                if skipping[phase] == item[1]:
                    skipping[phase] = None
            continue
        rule = item
        enabled = rule.id in settings.enabled and rule.paranoia > settings.paranoia_level
        if enabled:
            rule = enabled_copy(rule, settings.paranoia_level)
        if skipping[rule.phase] and not enabled:
            if rule.id not in outcomes:
                outcomes[rule.id] = Outcome(rule.id, rule.phase, rule.file, "skipped",
                                            f"skipped at render time (up to marker {skipping[rule.phase]}: "
                                            f"paranoia level or disabled feature)", rule.paranoia)
            continue
        verdict = _render_time(rule, env, dynamic, configured)
        if verdict is not None:
            matched, effect = verdict
            outcomes[rule.id] = Outcome(rule.id, rule.phase, rule.file, "render-time", effect, rule.paranoia)
            if matched:
                skip = next((a["value"] for a in rule.links[0].actions if a["act_name"] == "skipAfter"), None)
                if skip:
                    skipping[rule.phase] = skip
            continue
        notes: list[str] = []
        try:
            compiled = compile_rule(rule, env, dynamic, reads, crs_dir, notes)
        except Unsupported as exc:
            outcomes[rule.id] = Outcome(rule.id, rule.phase, rule.file, "unsupported", str(exc), rule.paranoia)
            continue
        if enabled:
            compiled["pl"] = settings.paranoia_level
            notes.insert(0, f"enabled at paranoia level {settings.paranoia_level} (security.waf.crs_enable)")
        phases[rule.phase].append(compiled)
        outcomes[rule.id] = Outcome(rule.id, rule.phase, rule.file, "compiled", "; ".join(dict.fromkeys(notes)),
                                    rule.paranoia)

    ruleset = {
        "crs_version": "3.3.4",
        "paranoia_level": settings.paranoia_level,
        # rules above this level run only in the views of routes at a higher paranoia level
        "executing_paranoia_level": max(settings.executing_paranoia_level, settings.paranoia_level),
        "tx": env,
        "phases": [phases[1], phases[2]],
        "markers": [markers[1], markers[2]],
    }
    return ruleset, sorted(outcomes.values(), key=lambda o: o.rule_id)


def _render_time(rule: Rule, env: dict[str, str], dynamic: set[str], configured: set[str]) \
        -> tuple[bool, str] | None:
    """Evaluate a rule over render-time TX alone: (matched, what it did), or None when it needs the request."""
    head = rule.links[0]
    if not rule.is_action and len(rule.links) > 1:
        # a chain whose first link is false at render time never matches, whatever the rest reads
        values = static_value(head, env, dynamic)
        arg, runtime = expand_static(head.argument, env, dynamic, rule)
        if values is not None and not runtime and static_match(head.operator, arg, head.negated, values) is False:
            return False, "evaluated at render time: its first link does not match with this configuration"
    values_per_link: list[list[str] | None] = []
    for link in rule.links:
        if rule.is_action and link is rule.links[0]:
            values_per_link.append(None)
            continue
        values = static_value(link, env, dynamic)
        if values is None:
            return None
        values_per_link.append(values)
    # the effects must be render-time too (setvars of static values, skipAfter)
    for link in rule.links:
        for a in link.actions:
            if a["act_name"] in ("ctl", "initcol", "deny", "drop"):
                if a["act_name"] in ("deny", "drop"):
                    break
                return None
            if a["act_name"] == "setvar":
                try:
                    _, _, value = setvar_parts(a["value"])
                except Unsupported:
                    return None
                if "%{" in value and not all(
                        m.group(1).lower().startswith("tx.") and m.group(1).lower()[3:] in env
                        and m.group(1).lower()[3:] not in dynamic for m in MACRO.finditer(value)):
                    return None
    matched = True
    for link, values in zip(rule.links, values_per_link, strict=True):
        if values is None:
            continue
        arg, runtime = expand_static(link.argument, env, dynamic, rule)
        if runtime:
            return None
        hit = static_match(link.operator, arg, link.negated, values)
        if hit is None:
            return None
        if not hit:
            matched = False
            break
    if not matched:
        return False, "evaluated at render time: does not match with this configuration"
    acts = {a["act_name"] for link in rule.links for a in link.actions}
    if "deny" in acts or "drop" in acts:
        raise ValueError(f"CRS rule {rule.id} denies every request with this configuration")
    did = []
    for link in rule.links:
        for a in link.actions:
            if a["act_name"] == "setvar":
                name, _, _ = setvar_parts(a["value"])
                if name in configured:
                    continue   # gateway.yaml's value wins over the CRS default
                apply_static_setvar(env, a["value"], dynamic, rule)
                did.append(f"tx.{name}={env.get(name, '')}")
            elif a["act_name"] == "skipAfter":
                did.append(f"skip to {a['value']}")
    return True, "evaluated at render time" + (": " + ", ".join(did) if did else "")


# ---- entry points ------------------------------------------------------------------------------------

def route_paranoia_levels(cfg: dict[str, Any]) -> frozenset[int]:
    """The paranoia levels the routes' (and unrouted requests') waf policies set for themselves."""
    entries = [*(e for route in cfg.get("routes") or [] for e in route.get("policies") or []),
               *((cfg.get("unrouted") or {}).get("policies") or [])]
    confs = [e["waf"] for e in entries if isinstance(e, dict) and isinstance(e.get("waf"), dict)]
    return frozenset(int(c["paranoia_level"]) for c in confs if "paranoia_level" in c)


def settings_from_config(cfg: dict[str, Any]) -> Settings:
    waf = {**waf_policy.FIELDS.defaults(), **((cfg.get("security") or {}).get("waf") or {})}
    return Settings(
        paranoia_level=int(waf["paranoia_level"]),
        executing_paranoia_level=int(waf["executing_paranoia_level"]),
        anomaly_threshold=int(waf["threshold"]),
        allowed_methods=tuple(waf["allowed_methods"]),
        allowed_content_types=tuple(waf["allowed_content_types"]),
        restricted_headers=tuple(waf["restricted_headers"]),
        enabled=frozenset(int(i) for i in waf["crs_enable"]),
        route_levels=route_paranoia_levels(cfg),
    )


def crs_restricted_headers(crs_dir: Path = CRS_DIR) -> list[str]:
    """The CRS's own restricted_headers: REQUEST-901's default, read from that file alone."""
    for line in parse_file(crs_dir / "REQUEST-901-INITIALIZATION.conf"):
        for action in line.get("actions", []):
            if action.get("act_name") == "setvar":
                name, _, value = setvar_parts(_action_value(action))
                if name == "restricted_headers":
                    return re.findall(r"/([^/]+)/", value)
    raise LookupError(f"no tx.restricted_headers default in {crs_dir}")


def write_ruleset(cfg: dict[str, Any], out: Path, crs_dir: Path = CRS_DIR) -> list[Outcome]:
    ruleset, outcomes = compile_crs(settings_from_config(cfg), crs_dir)
    out.write_text(json.dumps(ruleset, separators=(",", ":")))
    return outcomes


def report(outcomes: list[Outcome], max_paranoia: int = 2) -> str:
    """One line per request-side rule at paranoia level <= max_paranoia: its status and why."""
    lines = []
    counts: dict[str, int] = {}
    for o in outcomes:
        if o.reason == "response-side rule (phase 3-5)" or o.paranoia > max_paranoia and "crs_enable" not in o.reason:
            continue
        counts[o.status] = counts.get(o.status, 0) + 1
        lines.append(f"{o.rule_id:>7}  PL{o.paranoia}  {o.status:<12} {o.file:<44} {o.reason}")
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    return "\n".join(lines + [f"request-side CRS rules at PL<={max_paranoia}: {summary}"])
