"""Refuses, at the service boundary, input that no handler can decode or PostgreSQL store: invalid
UTF-8, NUL characters and lone surrogates in the path, the query, form fields and JSON strings.

One check for every route (400 invalid_request), instead of a 500 wherever a value reaches the
database (DBAPIError) or a decoder (UnicodeDecodeError) unchecked.
"""

from __future__ import annotations

import json
import re
from typing import Any, cast
from urllib.parse import unquote_to_bytes

from quart import Quart, request

from servicekit.errors import APIError

FORM_TYPE = "application/x-www-form-urlencoded"
_SEPARATORS = re.compile(rb"[&;=]")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # PostgreSQL text/jsonb refuse NUL; UTF-8 has no surrogates


def _refuse(where: str) -> APIError:
    message = f"the {where} holds invalid UTF-8 or a NUL character"
    return APIError(400, "invalid_request", message, error_description=message)


def _check_encoded(raw: bytes, where: str) -> None:
    """Each percent-encoded name and value must decode to UTF-8 text without NUL."""
    for piece in _SEPARATORS.split(raw):
        try:
            text = unquote_to_bytes(piece.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _refuse(where) from exc
        if "\x00" in text:
            raise _refuse(where)


def _has_unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return _UNSTORABLE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_unstorable(k) or _has_unstorable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_unstorable(v) for v in value)
    return False


def _looks_like_json(body: bytes) -> bool:
    # Handlers parse JSON whatever the Content-Type says (get_json(force=True)), so look at the body.
    return body.lstrip()[:1] in (b"{", b"[", b'"')


async def check_request() -> None:
    # Read the whole body before any answer: hypercorn drops a connection answered mid-body without saying
    # so, and the client's next request on it is lost. MAX_CONTENT_LENGTH bounds the read (413).
    body = cast(bytes, await request.get_data(cache=True, as_text=False))
    _check_encoded(request.scope.get("raw_path") or request.path.encode(), "path")
    _check_encoded(request.query_string, "query string")
    if not body or request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.mimetype == FORM_TYPE:
        _check_encoded(body, "form body")
    elif request.is_json or _looks_like_json(body):
        try:
            body.decode("utf-8")  # get_json decodes strictly and raises even when asked to be silent
        except UnicodeDecodeError as exc:
            raise _refuse("JSON body") from exc
        try:
            parsed = json.loads(body)
        except ValueError:
            return  # not JSON after all: the handler answers its own 400
        if _has_unstorable(parsed):
            raise _refuse("JSON body")


def install(app: Quart) -> None:
    app.before_request(check_request)
