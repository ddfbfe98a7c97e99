"""Random tokens our services hand out (session cookies, OIDC state and code, CSRF tokens, client
secrets) pass the WAF even when libinjection reads one as SQL.

About one `secrets.token_urlsafe(32)` in 18,000 starts like `1-x...--` and libinjection fingerprints it
as "number, comment" (CRS 942100). Such a token in a session cookie would lock its user out for the
session's life, and in an OIDC state fail one sign-in in a few thousand. gateway.yaml spares exactly
the fields that carry our opaque tokens; the same value anywhere else is still blocked, which is what
proves the tokens used here do trip the rule.
"""

from __future__ import annotations

import ctypes
import random
import string

import httpx
import pytest
from stackctl import StackHandle

pytestmark = pytest.mark.stack

BASE64URL = string.ascii_letters + string.digits + "-_"


def tokens_libinjection_reads_as_sql(count: int) -> list[str]:
    """token_urlsafe-shaped strings (43 base64url characters) that libinjection flags, found by a
    seeded search through the same libinjection the edge binds (Debian's libmodsecurity3)."""
    lib = ctypes.CDLL("libmodsecurity.so.3")
    fingerprint = ctypes.create_string_buffer(8)
    rng = random.Random(942100)
    found: list[str] = []
    while len(found) < count:
        # a digit then a dash: the shape libinjection reads as a number and a comment
        token = rng.choice(string.digits) + "-" + "".join(rng.choices(BASE64URL, k=41))
        if lib.libinjection_sqli(token.encode(), len(token), fingerprint) == 1:
            found.append(token)
    return found


TOKENS = tokens_libinjection_reads_as_sql(3)


def blocked(response: httpx.Response) -> bool:
    return response.status_code == 403 and response.headers.get("content-type", "").startswith(
        "application/json") and response.json().get("error") == "request_blocked"


@pytest.mark.parametrize("token", TOKENS)
def test_the_same_token_in_a_data_field_is_blocked(sec_client: httpx.Client, token: str) -> None:
    assert blocked(sec_client.get("/sec/waf/x", params={"id": token}))


@pytest.mark.parametrize("token", TOKENS)
def test_oidc_callback_state_code_and_cookie_pass(sec_client: httpx.Client, token: str) -> None:
    response = sec_client.get("/auth/slack/callback", params={"code": token, "state": token},
                              headers={"Cookie": f"__Host-jeeves_oidc_state={token}"})
    assert not blocked(response), response.text
    assert response.status_code < 500


@pytest.mark.parametrize("cookie", ["__Host-jeeves_me", "__Host-jeeves_admin", "__Host-jeeves_signin",
                                    "__Host-jeeves_admin_login"])
@pytest.mark.parametrize("path", ["/me/", "/admin/", "/auth/slack/", "/api/users"])
def test_session_cookies_pass_on_every_route(sec_client: httpx.Client, cookie: str, path: str) -> None:
    response = sec_client.get(path, headers={"Cookie": f"{cookie}={TOKENS[0]}"})
    assert not blocked(response), response.text


@pytest.mark.parametrize("path", ["/me/forget", "/auth/slack/link/abc", "/admin/login"])
def test_csrf_tokens_pass_in_forms(sec_client: httpx.Client, path: str) -> None:
    response = sec_client.post(path, data={"csrf_token": TOKENS[1]})
    assert not blocked(response), response.text


def test_client_secret_passes_at_the_token_endpoint(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    response = sec_client.post("/oauth/token", data={"grant_type": "client_credentials",
                                                     "client_id": "no-such-client", "client_secret": TOKENS[2]})
    assert not blocked(response), response.text
    assert response.status_code == 401


# The exclusions above spare only the CRS's SQL rules (libinjection among them); ours, which no random
# token trips, still read these fields, so SQL typed into one is refused.
SQL_IN_A_TOKEN = ["' UNION SELECT password FROM users--", "1' AND SLEEP(5)#"]


@pytest.mark.parametrize("value", SQL_IN_A_TOKEN)
@pytest.mark.parametrize(("method", "path", "field"), [
    ("cookie", "/me/", "__Host-jeeves_me"), ("cookie", "/admin/", "__Host-jeeves_admin"),
    ("query", "/auth/slack/callback", "state"), ("query", "/auth/slack/callback", "code"),
    ("form", "/admin/login", "csrf_token"), ("form", "/me/forget", "csrf_token")])
def test_sql_in_a_token_field_is_blocked(sec_client: httpx.Client, method: str, path: str, field: str,
                                         value: str) -> None:
    if method == "cookie":
        response = sec_client.get(path, headers={"Cookie": f"{field}={value}"})
    elif method == "query":
        response = sec_client.get(path, params={field: value})
    else:
        response = sec_client.post(path, data={field: value})
    assert blocked(response), f"{response.status_code} {response.text[:200]}"
