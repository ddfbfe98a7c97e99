"""No silent skips, in real nginx: the WAF reads and inspects the body of every request that has one,
whatever its framing (Content-Length, chunked, an HTTP/2 stream with neither) and its method (GET and
HEAD too); and an inspection limit reached (arguments, JSON depth and strings, multipart parts, body
size) is a finding that blocks, configured in gateway.yaml's security.waf, never a quiet stop."""

from __future__ import annotations

import copy
import json
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stackctl import StackHandle

from gateway import config as gw_config
from loadtests.reference.edge import EdgeWaf

pytestmark = pytest.mark.stack

TOKEN_SQLI = b"grant_type=client_credentials&x=1' UNION SELECT password FROM users--"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def streamed(body: bytes) -> Iterator[bytes]:
    """A body of unknown length: chunked over HTTP/1.1, DATA frames without Content-Length over HTTP/2."""
    yield body[:20]
    yield body[20:]


def assert_blocked(resp: httpx.Response, rule: int | None = None) -> None:
    assert resp.status_code == 403, (resp.http_version, resp.status_code, resp.text)
    if resp.request.method != "HEAD":
        data = resp.json()
        assert data["error"] == "request_blocked"
        if rule is not None:
            assert rule in data["rules"], data


@pytest.mark.parametrize("http2", [False, True], ids=["http1.1", "http2"])
@pytest.mark.parametrize("framing", ["content-length", "streamed"])
def test_sql_injection_in_a_token_request_is_blocked_however_the_body_is_framed(
        sec_stack: StackHandle, http2: bool, framing: str) -> None:
    content = TOKEN_SQLI if framing == "content-length" else streamed(TOKEN_SQLI)
    with sec_stack.client(http2=http2) as client:
        resp = client.post("/oauth/token", content=content, headers=FORM)
    assert resp.http_version == ("HTTP/2" if http2 else "HTTP/1.1")
    if framing == "streamed":
        assert "content-length" not in resp.request.headers
    assert_blocked(resp)


def test_a_clean_token_request_streamed_over_http2_reaches_tokendealer(sec_stack: StackHandle) -> None:
    with sec_stack.client(http2=True) as client:
        resp = client.post("/oauth/token", content=streamed(b"grant_type=client_credentials&scope=read+write"),
                           headers=FORM, auth=("no-such-client", "wrong-secret"))
    assert resp.http_version == "HTTP/2"
    assert resp.status_code == 401, resp.text
    assert resp.json()["error"] == "invalid_client"   # TokenDealer's answer, RFC 6749 5.2


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("http2", [False, True], ids=["http1.1", "http2"])
def test_the_body_of_a_get_or_head_is_inspected(sec_stack: StackHandle, method: str, http2: bool) -> None:
    with sec_stack.client(http2=http2) as client:
        resp = client.request(method, "/sec/waf/items", content=b"q=1' UNION SELECT password FROM users--",
                              headers=FORM)
    assert_blocked(resp)


# ---- inspection limits: the edge alone (nginx), gateway.yaml's security.waf set low ----------------------
LIMITS = {"max_args": 8, "max_json_depth": 4, "max_json_elements": 10, "max_multipart_parts": 4,
          "max_value_length": 64, "max_body_inspect": 1024}
ARGS, JSON_DEPTH, JSON_ELEMENTS, BODY, PARTS = 200110, 200130, 200140, 200150, 200160


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EdgeWaf]:
    cfg = copy.deepcopy(gw_config.load(env={}))
    cfg["security"]["waf"].update(LIMITS)
    with EdgeWaf(tmp_path_factory.mktemp("waf-limits"), block=True, base_config=cfg).start() as edge:
        yield edge


def edge_client(edge: EdgeWaf, http2: bool = False) -> httpx.Client:
    ctx = ssl.create_default_context(cafile=str(edge.ca))
    return httpx.Client(base_url=edge.https_url, verify=ctx, trust_env=False, timeout=10, http2=http2)


@pytest.fixture(scope="module")
def limited_edge(limited: EdgeWaf) -> Iterator[httpx.Client]:
    with edge_client(limited) as client:
        yield client


def passed(resp: httpx.Response) -> bool:
    """Through the WAF: the edge's own 404 for a request outside every route."""
    return resp.status_code == 404 and resp.json()["error"] == "not_found"


def form(n: int) -> str:
    return "&".join(f"a{i}=x" for i in range(n))


def nested(depth: int) -> str:
    text = '"x"'
    for _ in range(depth):
        text = '{"a":' + text + "}"
    return text


def multipart(parts: int) -> tuple[bytes, str]:
    boundary = "b0undary7MA4YWxkTrZu0gW"
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="f{i}"\r\n\r\nv{i}\r\n' for i in range(parts))
    return (body + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def test_requests_without_a_body_pass_over_http2(limited: EdgeWaf) -> None:
    """HTTP/2 requests always have their body read: one without a body (END_STREAM on its HEADERS) passes."""
    with edge_client(limited, http2=True) as client:
        for method in ("GET", "HEAD", "DELETE", "OPTIONS"):
            resp = client.request(method, "/api/users?q=mary%20o%27neil")
            assert resp.http_version == "HTTP/2"
            assert resp.status_code == 404, (method, resp.text)


def test_arguments_past_max_args_are_a_finding(limited_edge: httpx.Client) -> None:
    assert passed(limited_edge.get(f"/api/users?{form(8)}"))
    assert_blocked(limited_edge.get(f"/api/users?{form(9)}"), ARGS)
    assert passed(limited_edge.post("/api/users", content=form(8), headers=FORM))
    assert_blocked(limited_edge.post("/api/users", content=form(9), headers=FORM), ARGS)


def test_json_past_max_json_depth_is_a_finding(limited_edge: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    assert passed(limited_edge.post("/api/users", content=nested(4), headers=headers))
    assert_blocked(limited_edge.post("/api/users", content=nested(5), headers=headers), JSON_DEPTH)


def test_json_nested_past_the_decoders_limit_is_a_finding(sec_client: httpx.Client) -> None:
    """2,000 levels: past cjson's own 1,000, where the document does not decode at all (default limits)."""
    resp = sec_client.post("/api/users", content=nested(2000), headers={"Content-Type": "application/json"})
    assert_blocked(resp, JSON_DEPTH)


def test_json_past_max_json_elements_is_a_finding(limited_edge: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    assert passed(limited_edge.post("/api/users", content=json.dumps([f"v{i}" for i in range(10)]), headers=headers))
    assert_blocked(limited_edge.post("/api/users", content=json.dumps([f"v{i}" for i in range(11)]),
                                     headers=headers), JSON_ELEMENTS)


def test_multipart_past_max_multipart_parts_is_a_finding(limited_edge: httpx.Client) -> None:
    body, ctype = multipart(4)
    assert passed(limited_edge.post("/api/upload", content=body, headers={"Content-Type": ctype}))
    body, ctype = multipart(5)
    assert_blocked(limited_edge.post("/api/upload", content=body, headers={"Content-Type": ctype}), PARTS)


@pytest.mark.parametrize("size", [1025, 64 * 1024], ids=["just-past", "far-past"])
def test_a_body_past_max_body_inspect_is_a_finding(limited_edge: httpx.Client, size: int) -> None:
    headers = FORM  # a type CRS allows (text/plain is 920420 by CRS policy)
    first = limited_edge.post("/api/notes", content=b"n" * 1024, headers=headers)
    assert passed(first), first.text
    assert_blocked(limited_edge.post("/api/notes", content=b"n" * size, headers=headers), BODY)


def test_a_value_past_max_value_length_is_inspected_to_its_end(limited_edge: httpx.Client) -> None:
    padding = "a" * 70
    assert passed(limited_edge.post("/api/users", content=f"q={padding}", headers=FORM))
    resp = limited_edge.post("/api/users", content=f"q={padding}+1'+UNION+SELECT+password+FROM+users--", headers=FORM)
    assert_blocked(resp)


def test_limits_come_from_gateway_yaml(tmp_path: Path) -> None:
    """The yaml's values reach the policy in the rendered edge.json (gateway/policies/waf.py merges security.waf)."""
    cfg = copy.deepcopy(gw_config.load(env={}))
    cfg["security"]["waf"].update(LIMITS)
    edge = EdgeWaf(tmp_path / "edge", base_config=cfg).prepare()
    [policy] = edge.edge_json()["routes"]["none"]["policies"]
    assert LIMITS.items() <= policy["waf"].items()


@pytest.mark.parametrize("media_type", ["application/merge-patch+json", "application/json-patch+json",
                                        "application/vnd.api+json"])
def test_a_patch_document_is_allowed_and_read_as_json(sec_stack: StackHandle, media_type: str) -> None:
    """JSON Patch and JSON Merge Patch (RFC 6902 / 7396) and JSON:API's documents pass the CRS's media type
    check (920420: they are in security.waf.allowed_content_types; JSON:API's was refused before, the
    twenty-sixth set), and their strings are inspected like any JSON document's."""
    headers = {"Content-Type": media_type, "Authorization": "Bearer not-a-token"}
    def document(name: str) -> object:
        return [{"op": "replace", "path": "/name", "value": name}] if "json-patch" in media_type \
            else {"name": name, "is_active": True}
    clean, attack = document("Siobhán O'Neil"), document("x' UNION SELECT password FROM users--")
    with sec_stack.client() as client:
        ok = client.patch("/api/users/7", content=json.dumps(clean), headers=headers)
        bad = client.patch("/api/users/7", content=json.dumps(attack), headers=headers)
        other = client.patch("/api/users/7", content="name,Siobhán", headers={**headers, "Content-Type": "text/csv"})
    assert ok.status_code == 401, ok.text   # past the WAF: the bearer is the next policy's
    assert_blocked(bad, 142130)
    assert_blocked(other, 920420)


def test_accept_charset_is_judged_by_its_charsets(sec_stack: StackHandle) -> None:
    """Ktor and other HTTP clients send "Accept-Charset: UTF-8" by default: CRS 3.3.4 refused the header
    outright (920450, restricted_headers); now only a charset a filter reads differently than the client
    (UTF-7, EBCDIC) is refused, by our 120450, and the CRS's other restricted headers still are."""
    base = {"Authorization": "Bearer not-a-token", "Accept": "application/json"}
    with sec_stack.client() as client:
        fine = [client.get("/api/users", headers={**base, "Accept-Charset": v})
                for v in ("UTF-8", "utf-8, iso-8859-1;q=0.5", "*")]
        odd = client.get("/api/users", headers={**base, "Accept-Charset": "utf-7"})
        ebcdic = client.get("/api/users", headers={**base, "Accept-Charset": "utf-8, IBM037;q=0.9"})
        proxy = client.get("/api/users", headers={**base, "Proxy": "http://203.0.113.9:3128"})
    assert [r.status_code for r in fine] == [401, 401, 401], [r.text for r in fine]   # the bearer's 401
    assert_blocked(odd, 120450)
    assert_blocked(ebcdic, 120450)
    assert_blocked(proxy, 920450)
