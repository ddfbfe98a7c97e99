"""Schema of the redirects policy (lua/edge/policies/redirects.lua); section security.redirects."""

from __future__ import annotations

from gateway.policies.schema import PATH, Field, PolicySchema, Record, boolean, enum, list_of, string

FIELDS = Record({
    "allowed_hosts": Field(list_of(string()), [], 'besides our own origin: "host", "host:port", "*.example.com"'),
    "allow_http": Field(boolean, False),
    "on_violation": Field(enum("reject", "rewrite"), "reject", "rewrite: Location becomes landing"),
    "landing": Field(PATH, "/"),
    "params": Field(list_of(string()), ["next", "return_to", "returnto", "return_url", "redirect", "redirect_uri",
                                        "redirect_url", "url", "continue", "goto", "dest", "destination"],
                    "query parameters checked as redirect targets"),
})

SCHEMA = PolicySchema(name="redirects", phases=("access", "header_filter", "body_filter"), fields=FIELDS,
                      section="redirects")
