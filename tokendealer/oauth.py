"""Request-side OAuth plumbing shared by the token, introspection and revocation endpoints:
form parsing (RFC 6749 §3.2: form-encoded, no repeated parameters) and client authentication (§2.3.1)."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import parse_qsl, unquote_plus

import structlog
from quart import request

from tokendealer.errors import InvalidClient, InvalidRequest
from tokendealer.runtime import current
from tokendealer.services.clients import ClientInfo

log = structlog.get_logger()
FORM_TYPE = "application/x-www-form-urlencoded"
BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="tokendealer", charset="UTF-8"'}
MAX_FIELDS = 20


class Form:
    """Form parameters with RFC 6749 §3.2 semantics: a parameter sent twice is an invalid request."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._values: dict[str, str] = {}
        for name, value in pairs:
            if name in self._values:
                raise InvalidRequest(f"parameter {name[:40]!r} is repeated")
            self._values[name] = value

    def get(self, name: str) -> str | None:
        value = self._values.get(name)
        return value if value else None  # empty values are treated as omitted (RFC 6749 §3.1)

    def __contains__(self, name: str) -> bool:
        return name in self._values


async def read_form() -> Form:
    mimetype = request.mimetype
    if mimetype != FORM_TYPE:
        raise InvalidRequest(f"the body must be {FORM_TYPE}")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise InvalidRequest("the body must be UTF-8")
    body = await request.get_data(as_text=False)  # bounded by MAX_CONTENT_LENGTH (413 beyond)
    assert isinstance(body, bytes)  # nosec B101 - as_text=False
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS,
                          errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidRequest("the body is not a valid UTF-8 form") from exc
    return Form(pairs)


def _basic_credentials() -> tuple[str, str] | None:
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, param = header.partition(" ")
    if scheme.lower() != "basic":
        raise InvalidClient("only HTTP Basic client authentication is accepted in the Authorization header",
                            BASIC_CHALLENGE)
    try:
        decoded = base64.b64decode(param.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidClient("malformed Basic credentials", BASIC_CHALLENGE) from exc
    user, sep, password = decoded.partition(":")
    if not sep:
        raise InvalidClient("malformed Basic credentials", BASIC_CHALLENGE)
    # RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
    return unquote_plus(user), unquote_plus(password)


async def authenticate_client(form: Form, endpoint: str) -> ClientInfo:
    """The authenticated client, or InvalidClient (401). Exactly one method per request (§2.3)."""
    basic = _basic_credentials()
    in_body = form.get("client_id") is not None or form.get("client_secret") is not None
    if basic and in_body:
        raise InvalidRequest("use one client authentication method, not Basic and the body together")
    if basic:
        client_id, secret = basic
        headers: dict[str, str] = BASIC_CHALLENGE
    else:
        client_id, secret = form.get("client_id") or "", form.get("client_secret") or ""
        headers = BASIC_CHALLENGE if not in_body else {}
        if not client_id:
            raise InvalidClient("client authentication required", BASIC_CHALLENGE)
    client = await current().clients.authenticate(client_id, secret)
    if client is None:
        log.info("client_auth_failed", endpoint=endpoint, client_id=client_id[:128],
                 method="basic" if basic else "body", outcome="invalid_client")
        raise InvalidClient("client authentication failed", headers)
    return client
