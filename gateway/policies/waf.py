"""Schema of the waf policy (lua/edge/policies/waf.lua); section security.waf."""

from __future__ import annotations

import contextlib
from typing import Any

from gateway.policies.schema import (
    Context,
    Field,
    Invalid,
    PolicySchema,
    Record,
    boolean,
    cidr,
    enum,
    integer,
    list_of,
    size,
    string,
)

# an exclusion (CRS's rules and ours, lua/edge/waf/exclusions.lua): a rule (id, ids) or a tag, for the
# whole request or one target ("ARGS:text", "ARGS:json.event.text", "REQUEST_COOKIES:/^sess/")
EXCLUSION = Record({
    "id": Field(integer(1)),
    "ids": Field(list_of(integer(1))),
    "tag": Field(string()),
    "target": Field(string()),
})

# Request bodies CRS 3.3 allows by default (crs-setup.conf 900220), the JSON Patch and JSON Merge Patch
# documents a PATCH carries (RFC 6902, RFC 7396) and the registered JSON media types API clients send
# (JSON:API's, JSON-LD, HAL: read as JSON, their "+json" suffix says so, RFC 6839): a body of any other media
# type is refused (CRS 920420).
# XML stays allowed as CRS has it (clients send it, and refusing it blocked 35 of the fifth blind set's
# benign requests); the CRS reads it as raw text, our rules also each element's text and attribute value.
CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "multipart/related", "text/xml",
                 "application/xml", "application/soap+xml", "application/json", "application/cloudevents+json",
                 "application/cloudevents-batch+json", "application/json-patch+json", "application/merge-patch+json",
                 "application/vnd.api+json", "application/ld+json", "application/hal+json"]

# Headers the CRS refuses outright (920450): REQUEST-901's list (crs_compile.crs_restricted_headers) but
# Accept-Charset, which is judged by its value instead (our 120450 refuses any charset but UTF-8, US-ASCII and
# ISO-8859-1, the response-charset evasion CRS 3.3.3 closed): Ktor and other clients send "UTF-8" by default.
RESTRICTED_HEADERS = ["content-encoding", "proxy", "lock-token", "content-range", "if"]
# Headers the WAF does not inspect: opaque credentials or fixed-format values (a malformed X-Request-Id never
# reaches the application: the edge replaces it), where inspecting only costs time
SKIP_HEADERS = ["authorization", "x-slack-signature", "content-length", "x-request-id"]

FIELDS = Record({
    "mode": Field(enum("block", "detect"), "block", "detect: log and count only"),
    "threshold": Field(integer(1), 5, "anomaly score that blocks (critical rule = 5, warning = 3)"),
    # Inspection limits: reaching one is a finding (rule ids 2001xx, critical), never a silent stop.
    "max_value_length": Field(integer(1), 16384, "inspection window: a longer value is scanned window by window"),
    "max_body_inspect": Field(integer(1), 262144, "bytes of a body inspected; a longer body is finding 200150"),
    "max_multipart_parts": Field(integer(1), 256, "more parts: finding 200160"),
    "max_args": Field(integer(1), 512, "per query string, form body or Cookie header; more: finding 200110"),
    "max_json_depth": Field(integer(1), 32, "deeper JSON: finding 200130"),
    "max_json_elements": Field(integer(1), 1024, "strings (keys and values) per JSON document; more: 200140"),
    "inspect_budget_ms": Field(integer(1), 250, "CPU time a request's matching (ours and the CRS's) may take "
                                                "per 16 KB of body (at least once); past it: finding 200180"),
    "max_header_length": Field(integer(1), 8192),
    "max_headers": Field(integer(1), 100),
    "allowed_methods": Field(list_of(string(r"[A-Za-z]+", "is not an HTTP method")),
                             ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
    "allowed_content_types": Field(list_of(string(r"[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+", "is not a media type")),
                                   CONTENT_TYPES, "request body media types (security.waf only: the CRS's)"),
    "restricted_headers": Field(list_of(string(r"[a-z0-9!#$%&'*+.^_`|~-]+", "is not a lower-case header name")),
                                RESTRICTED_HEADERS, "headers refused outright (security.waf only: the CRS's 920450)"),
    "skip_headers": Field(list_of(string()), SKIP_HEADERS),
    "ip_allow": Field(list_of(cidr), [], "non-empty: only these clients"),
    "ip_deny": Field(list_of(cidr), []),
    "allowed_hosts": Field(list_of(string()), doc="Host header values; default: server_name and loopback names"),
    "max_body": Field(size, doc="default: the route's client_max_body_size (none: nginx's own limit)"),
    # the OWASP CRS (gateway/waf/crs_compile.py compiles it once, up to the highest level a route runs at)
    "crs": Field(boolean, True, "run the OWASP Core Rule Set beside our rules"),
    "crs_mode": Field(enum("block", "detect"), "block", "detect: the CRS's verdicts are logged, ours decide"),
    "paranoia_level": Field(integer(1), 1, "CRS paranoia level (security.waf; a route may run at its own)"),
    "executing_paranoia_level": Field(integer(0), 0, "rules up to here run and log (0: paranoia_level)"),
    "crs_enable": Field(list_of(integer(900000)), [],
                        "CRS rules above paranoia_level that run and score at it (security.waf)"),
    "crs_exclusions": Field(list_of(EXCLUSION), [], "for every route (security.waf)"),
    "exclusions": Field(list_of(EXCLUSION), [], "the route's own, added to crs_exclusions"),
    "signed_exclusions": Field(list_of(EXCLUSION), doc="added when slack_signature (mode verify) verified"),
    "free_text": Field(list_of(string()), [], "prose fields (ARGS:q, ARGS:json.bio) spared free_text_rules"),
    "free_text_rules": Field(list_of(integer(1)), []),
    "secret_fields": Field(list_of(string()), [], "fields holding secrets (ARGS:password): hashed or compared, "
                                                  "never interpreted, so spared every attack family's rules"),
})

# Every attack family's tag (CRS 3.3's and ours, lua/edge/waf/exclusions.lua TAGS); protocol checks stay.
ATTACK_TAGS = ("attack-sqli", "attack-xss", "attack-rce", "attack-injection-php", "attack-lfi", "attack-rfi",
               "attack-generic", "attack-ssti", "attack-ssrf")


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    out = dict(conf)
    # a generated password holds quotes, dashes and brackets: one in 27 trips a SQL or shell rule
    secrets = [{"tag": tag, "target": target} for target in out.pop("secret_fields", []) for tag in ATTACK_TAGS]
    out["exclusions"] = [*out.get("exclusions", []), *secrets]
    if "allowed_hosts" not in out:
        out["allowed_hosts"] = [ctx.cfg["server_name"], "localhost", "127.0.0.1", "::1", "[::1]"]
    limit = ctx.route.get("client_max_body_size")
    if "max_body" not in out and limit is not None:
        # a wrong one is reported at the route's own path (gateway/policies/__init__.py ROUTE_FIELDS)
        with contextlib.suppress(Invalid):
            out["max_body"] = size(limit, "client_max_body_size")
    return out


SCHEMA = PolicySchema(name="waf", phases=("access",), fields=FIELDS, section="waf", resolve=resolve)
