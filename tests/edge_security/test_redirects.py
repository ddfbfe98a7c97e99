"""Open-redirect checks through the real nginx: an upstream that redirects wherever it is told, and
redirect-bearing query parameters. Every bypass class of the issue has a case; none gets through."""

from __future__ import annotations

import urllib.parse

import httpx
import pytest
from stackctl import StackHandle

from .test_waf_corpus import CORPUS

pytestmark = pytest.mark.stack

BYPASSES = {
    "protocol_relative": "//evil.com",
    "slash_backslash": "/\\evil.com",
    "backslashes": "\\\\evil.com",
    "scheme_backslashes": "https:\\\\evil.com",
    "scheme_no_slashes": "https:evil.com",
    "userinfo": "https://allowed.example.com@evil.com/",
    "userinfo_encoded": "https://allowed.example.com%40evil.com/",
    "percent_encoded": "%2F%2Fevil.com",
    "percent_in_path": "/%2F/evil.com",
    "double_encoded": "%252F%252Fevil.com",
    "double_encoded_backslash": "/%255Cevil.com",
    "mixed_case": "HtTpS://EVIL.com/",
    "javascript_mixed_case": "JaVaScRiPt:alert(1)",
    "javascript_encoded_newline": "java%0ascript:alert(1)",
    "data_uri": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "crlf_injection": "/%0d%0aLocation:%20https://evil.com",
    "punycode_not_allowlisted": "https://xn--allowed-exmple-9hc.com/",
    "trailing_dot": "https://allowed.example.com./",
    "wildcard_suffix_trick": "https://a.trusted.example.org.evil.com/",
    "wildcard_apex": "https://trusted.example.org/",
    "wrong_port": "https://allowed.example.com:444/",
    "http_downgrade": "http://allowed.example.com/",
    "triple_slash": "///evil.com",
}
# Only as parameters: raw bytes the upstream could not even put in a Location header.
PARAM_ONLY = {
    "crlf_raw": "/\r\nSet-Cookie: a=b",
    "idn_cyrillic": "https://\u0435vil.com/",
    "idn_lookalike_slash": "\u3031evil.com",
    "fullwidth_slashes": "\uff0f\uff0fevil.com",
    "leading_space": " //evil.com",
}
# (a logged-out admin's search holding a line break or a Windows path, sent to the login page as next=)
SEARCHES_TO_LOG_IN = ["/admin/login?next=%2Fadmin%2Fusers%3Fq%3Dabc%250Adef",
                      "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DC%3A%255Cdata"]
ALLOWED = ["/admin/users", "/admin/login?next=%2Fadmin%2F", "https://allowed.example.com/welcome",
           "https://a.trusted.example.org/cb", "https://partner.example.net:8443/cb?code=1", *SEARCHES_TO_LOG_IN]


def refused_at_edge(resp: httpx.Response) -> bool:
    """Refused by the redirect check (400) or, for payloads that are also XSS, already by the WAF (403)."""
    if resp.status_code not in (400, 403):
        return False
    return resp.json()["error"] in ("unsafe_redirect", "request_blocked")


def redirect_via_upstream(client: httpx.Client, target: str, route: str = "redirect") -> httpx.Response:
    return client.get(f"/sec/{route}/go?to=" + urllib.parse.quote(target, safe=""), follow_redirects=False)


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_unsafe_location_from_upstream_becomes_403(sec_client: httpx.Client, name: str) -> None:
    resp = redirect_via_upstream(sec_client, BYPASSES[name])
    assert resp.status_code == 403, (name, resp.headers.get("Location"))
    assert "Location" not in resp.headers
    assert resp.json()["error"] == "unsafe_redirect"
    assert resp.json()["request_id"] == resp.headers["X-Request-Id"]


@pytest.mark.parametrize("target", ALLOWED)
def test_allowed_location_passes_unchanged(sec_client: httpx.Client, target: str) -> None:
    resp = redirect_via_upstream(sec_client, target)
    assert resp.status_code == 302
    assert resp.headers["Location"] == target


def test_own_origin_is_always_allowed(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    target = f"https://localhost:{sec_stack.ports['https']}/admin/"
    assert redirect_via_upstream(sec_client, target).headers["Location"] == target


def test_rewrite_mode_sends_to_the_landing_page(sec_client: httpx.Client) -> None:
    resp = redirect_via_upstream(sec_client, "//evil.com", route="rewrite")
    assert resp.status_code == 302
    assert resp.headers["Location"] == "/admin/"


@pytest.mark.parametrize("name", sorted({**BYPASSES, **PARAM_ONLY}))
@pytest.mark.parametrize("param", ["next", "return_to", "redirect_uri", "url"])
def test_unsafe_redirect_parameter_is_refused(sec_client: httpx.Client, name: str, param: str) -> None:
    target = {**BYPASSES, **PARAM_ONLY}[name]
    resp = sec_client.get(f"/admin/login?{param}=" + urllib.parse.quote(target, safe=""))
    assert refused_at_edge(resp), (name, resp.status_code)


@pytest.mark.parametrize("target", ["/admin/users", "/admin/users?q=abc%0Adef", "/admin/users?q=C%3A%5Cdata"])
def test_safe_redirect_parameter_reaches_the_app(sec_client: httpx.Client, target: str) -> None:
    resp = sec_client.get("/admin/login?next=" + urllib.parse.quote(target, safe=""))
    assert resp.status_code == 200


def test_redirect_payload_corpus_never_leaves_the_origin(sec_client: httpx.Client) -> None:
    """PayloadsAllTheThings open-redirect list with its placeholders mapped to our allowlist/attacker:
    every payload is refused unless it is a plain path on our own origin or a URL on the allowed host."""
    lines = (CORPUS / "redirects.txt").read_text(encoding="utf-8").splitlines()
    refused = passed_same_origin = 0
    for line in lines:
        payload = line.replace("www.whitelisteddomain.tld", "allowed.example.com").replace("google.com", "evil.com")
        resp = sec_client.get("/admin/login?next=" + urllib.parse.quote(payload, safe=""))
        if refused_at_edge(resp):
            refused += 1
            continue
        same_origin_path = payload.startswith("/") and payload[1:2] not in ("/", "\\")
        on_allowed_host = payload.startswith("https://allowed.example.com/")
        assert same_origin_path or on_allowed_host, f"open redirect let through: {payload!r}"
        passed_same_origin += 1
    print(f"\nredirect corpus: {refused}/{len(lines)} refused, {passed_same_origin} same-origin paths passed")
    assert refused >= len(lines) - 20
