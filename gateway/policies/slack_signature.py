"""Schema of the slack_signature policy (lua/edge/policies/slack_signature.lua); section security.slack."""

from __future__ import annotations

from typing import Any

from gateway.policies.schema import Context, Field, PolicySchema, Record, enum, integer, string

FIELDS = Record({
    "max_skew": Field(integer(1), 300, "seconds a request timestamp may be off"),
    "secret_file": Field(string(), doc="default: <secrets dir>/slack_signing_secret"),
    "mode": Field(enum("check", "verify", "enforce"), "check",
                  "check: reject a bad signature (401); verify: only tell the policies after it (the WAF's "
                  "signed_exclusions); enforce: reject what an earlier verify found bad"),
})


def resolve(conf: dict[str, Any], ctx: Context) -> dict[str, Any]:
    return {"secret_file": f"{ctx.secrets_dir}/slack_signing_secret", **conf}


SCHEMA = PolicySchema(name="slack_signature", phases=("access",), fields=FIELDS, section="slack", resolve=resolve)
