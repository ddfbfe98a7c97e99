"""multipart/form-data through the real nginx: the WAF parses the parts (RFC 7578 / RFC 2046) and inspects
field names, file names, field values and text file contents like form arguments; a body that does not
parse is a protocol violation (rule 120120), a file name that leaves the upload directory is 130170, one a web
server would run or read as its configuration 132260."""

from __future__ import annotations

import httpx
import pytest
from stackctl import StackHandle

from .sec_upstream import SecUpstream

pytestmark = pytest.mark.stack

URL = "/sec/waf/upload"
BOUNDARY = "----WebKitFormBoundaryd8YbTXVcm6K2bq1e"


def multipart(parts: list[tuple[list[str], bytes]], boundary: str = BOUNDARY) -> bytes:
    """A body from (header lines, value) parts, exactly as given (CRLF line ends)."""
    out = b""
    for headers, value in parts:
        out += f"--{boundary}\r\n".encode() + "".join(h + "\r\n" for h in headers).encode() + b"\r\n" + value + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def field(name: str, value: str) -> tuple[list[str], bytes]:
    return [f'Content-Disposition: form-data; name="{name}"'], value.encode()


def file_part(name: str, filename: str, ctype: str, data: bytes) -> tuple[list[str], bytes]:
    return [f'Content-Disposition: form-data; name="{name}"; filename="{filename}"', f"Content-Type: {ctype}"], data


def post(client: httpx.Client, body: bytes,
         ctype: str = f"multipart/form-data; boundary={BOUNDARY}") -> httpx.Response:
    return client.post(URL, content=body, headers={"Content-Type": ctype})


def assert_blocked(resp: httpx.Response, rule: int | None = None) -> None:
    assert resp.status_code == 403, resp.text
    data = resp.json()
    assert data["error"] == "request_blocked"
    if rule is not None:
        assert rule in data["rules"], data


@pytest.mark.parametrize("value", [
    "1' or '1'='1",
    "<script>alert(document.cookie)</script>",
    "; cat /etc/passwd",
    "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
])
def test_attack_in_a_field_value_is_blocked(sec_client: httpx.Client, value: str) -> None:
    assert_blocked(post(sec_client, multipart([field("title", "report"), field("q", value)])))


def test_attack_in_a_field_name_is_blocked(sec_client: httpx.Client) -> None:
    assert_blocked(post(sec_client, multipart([field("<svg onload=alert(1)>", "x")])))


@pytest.mark.parametrize("filename", ["../../../etc/cron.d/evil", "..\\..\\inetpub\\wwwroot\\shell.aspx",
                                      "/var/www/html/shell.php", "C:\\Windows\\Temp\\x.dll"])
def test_file_name_with_a_path_is_blocked(sec_client: httpx.Client, filename: str) -> None:
    body = multipart([file_part("upload", filename, "application/octet-stream", b"\x00\x01\x02\x03")])
    assert_blocked(post(sec_client, body), 130170)


@pytest.mark.parametrize("filename", ["cmd.jsp", "shell.aspx", "x.asp;.jpg", "page.shtml", "web.config"])
def test_file_a_web_server_would_run_is_blocked(sec_client: httpx.Client, filename: str) -> None:
    body = multipart([file_part("upload", filename, "application/octet-stream", b"\x00\x01\x02\x03")])
    assert_blocked(post(sec_client, body), 132260)


@pytest.mark.parametrize("filename", ["O'Brien headshot.png", "meeting notes; Q2.txt", "a+b=c.txt", "Zoë's photo.jpeg"])
def test_a_file_name_as_people_write_it_passes(sec_client: httpx.Client, filename: str) -> None:
    # CRS 920120 refused quotes, ";" and "=" in a file name (gateway.yaml); our parser reads RFC 7578's quoting
    body = multipart([file_part("upload", filename, "text/plain", b"hello")])
    assert post(sec_client, body).status_code == 200


@pytest.mark.parametrize("filename", ["'or'1'.jpg", "x'),('y.png", "<% echo 1; %>.txt", "a|b.txt"])
def test_a_file_name_no_browser_sends_is_blocked(sec_client: httpx.Client, filename: str) -> None:
    body = multipart([file_part("upload", filename, "text/plain", b"hello")])
    assert_blocked(post(sec_client, body), 120125)


@pytest.mark.parametrize("filename", ["backup.sql", "id_rsa.pub"])
def test_an_uploaded_files_own_name_is_no_request_for_that_file(sec_client: httpx.Client, filename: str) -> None:
    body = multipart([file_part("upload", filename, "text/plain", b"hello")])
    assert post(sec_client, body).status_code == 200
    # the same name asked for in an argument is still a probe for it
    assert_blocked(sec_client.get(URL, params={"file": filename}), 130130)


def test_script_in_an_uploaded_text_file_is_blocked(sec_client: httpx.Client) -> None:
    body = multipart([file_part("upload", "avatar.gif", "image/gif", b"GIF89a<?php system($_GET['c']); ?>")])
    assert_blocked(post(sec_client, body))


def test_httpx_built_upload_with_an_attack_is_blocked(sec_client: httpx.Client) -> None:
    """A body built by an ordinary client (its own boundary and layout), not by our helper."""
    resp = sec_client.post(URL, data={"q": "admin' union select password from users--"},
                           files={"doc": ("notes.txt", b"hello", "text/plain")})
    assert_blocked(resp)


def test_benign_multipart_form_and_text_file_pass(sec_client: httpx.Client, sec_upstream: SecUpstream) -> None:
    before = sec_upstream.hits[URL]
    notes = ("Agenda for Monday:\n1. Review Q3 numbers (Mary's team) -- 10:30\n"
             "2. Select a venue; update the \"union\" contract\n3. Café for Siobhán & Zoë\n"
             "Code: `for (let i = 0; i < n; i++) { total += price[i]; }`\n").encode()
    resp = sec_client.post(URL, data={
        "display_name": "Sinéad O'Brien",
        "company": 'O\'Reilly & Sons — "the best" since 1980',
        "bio": "日本語のテキスト, русский текст, Ελληνικά. I build things with <3; loves SQL, hates NULLs.",
        "snippet": "def total(items):\n    return sum(i['price'] for i in items)  # it's fine",
    }, files={
        "attachment": ("meeting notes (v2).txt", notes, "text/plain"),
        "photo": ("IMG_0042.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(range(256)), "image/jpeg"),
    })
    assert resp.status_code == 200, resp.text
    assert sec_upstream.hits[URL] == before + 1


def test_benign_quoted_boundary_preamble_and_epilogue_pass(sec_client: httpx.Client) -> None:
    boundary = "--=_Part_0_1234567.890"
    body = (b"This is a multi-part message in MIME format.\r\n" + multipart([field("q", "O'Neil")], boundary)
            + b"\r\nepilogue text\r\n")
    resp = post(sec_client, body, f'multipart/form-data; boundary="{boundary}"; charset=utf-8')
    assert resp.status_code == 200, resp.text


@pytest.mark.parametrize("body,ctype", [
    (multipart([field("q", "x")]), "multipart/form-data"),                                   # no boundary
    (multipart([field("q", "x")]), "multipart/form-data; boundary=" + "x" * 71),              # too long
    (multipart([field("q", "x")]), f"multipart/form-data; boundary={BOUNDARY}; boundary=other"),
    (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nno end".encode(), None),
    (multipart([(["Content-Type: text/plain"], b"x")]), None),                                 # no disposition
    (b"not multipart at all", None),
])
def test_malformed_multipart_is_a_4xx_json_not_a_500(sec_client: httpx.Client, body: bytes,
                                                     ctype: str | None) -> None:
    resp = post(sec_client, body, ctype or f"multipart/form-data; boundary={BOUNDARY}")
    assert 400 <= resp.status_code < 500, resp.text
    data = resp.json()
    assert data["error"] == "request_blocked"
    assert 120120 in data["rules"]


def test_more_parts_than_the_cap_is_an_inspection_limit_finding(sec_client: httpx.Client) -> None:
    """300 parts (cap 256) on a route whose body limit (1m) lets them reach the WAF; 200 parts pass it.
    The cap reached is its own finding (200160), not a malformed body."""
    for count, blocked in ((200, False), (300, True)):
        body = multipart([field(f"f{i}", "v") for i in range(count)], "b")
        resp = sec_client.post("/admin/upload", content=body,
                               headers={"Content-Type": "multipart/form-data; boundary=b"})
        if blocked:
            assert_blocked(resp, 200160)
        else:
            assert resp.status_code != 403, resp.text


def test_multipart_detect_mode_passes_but_logs(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    resp = sec_client.post("/sec/detect/upload", content=multipart([field("q", "<script>alert(1)</script>")]),
                           headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    assert resp.status_code == 200
    assert "waf detect: route=sec_detect" in sec_stack.log("gateway-error")
