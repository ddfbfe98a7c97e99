"""Sign in with Slack (through the fake Slack's OpenID provider), the bot's one-time links and /me/,
through the real gateway. Every refused sign-in is a 4xx and creates no session."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import asyncpg
import httpx
import pytest
from stackctl import REPO, StackHandle

from .test_slack_interactive import SlackForms

pytestmark = pytest.mark.stack
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SESSION_COOKIE = "__Host-jeeves_me"
ADMIN_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
             "frame-ancestors 'none'; base-uri 'none'")


def new_user() -> str:
    return "U" + uuid.uuid4().hex[:10].upper()


def sql(stack: StackHandle, query: str, *args: Any) -> list[asyncpg.Record]:
    async def run() -> list[asyncpg.Record]:
        conn = await asyncpg.connect(f"postgresql://jeeves:{stack.secret('jeeves_db_password')}"
                                     f"@127.0.0.1:{stack.ports['postgres']}/jeeves")
        try:
            return list(await conn.fetch(query, *args))
        finally:
            await conn.close()

    return asyncio.run(run())


def sessions_of(stack: StackHandle, user: str) -> int:
    rows = sql(stack, "SELECT count(*) AS n FROM user_sessions s JOIN users u ON u.id = s.user_id "
                      "WHERE u.slack_user_id = $1", user)
    return int(rows[0]["n"])


class Browser:
    """An httpx client through the edge that also talks to the fake Slack's authorize page."""

    def __init__(self, stack: StackHandle) -> None:
        self.stack = stack
        self.client = stack.client()
        self.fake = f"http://127.0.0.1:{stack.ports['fake_slack']}"

    def start(self, purpose: str | None = None) -> dict[str, str]:
        response = self.client.get("/auth/slack/login", params={"for": purpose} if purpose else None)
        assert response.status_code == 303, response.text
        location = response.headers["location"]
        assert location.startswith(f"{self.fake}/openid/connect/authorize?")
        return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}

    def approve(self, params: dict[str, str], user: str) -> str:
        """The fake Slack's consent: the callback URL it sends the browser back to."""
        response = httpx.post(f"{self.fake}/openid/connect/approve", data={**params, "user_id": user},
                              trust_env=False)
        assert response.status_code == 302, response.text
        return str(response.headers["location"])

    def callback(self, url: str) -> httpx.Response:
        assert url.startswith(f"{self.stack.base_url}/auth/slack/callback?")
        return self.client.get(url.removeprefix(self.stack.base_url))

    def sign_in(self, user: str, purpose: str | None = None) -> httpx.Response:
        return self.callback(self.approve(self.start(purpose), user))

    def csrf(self, path: str = "/me/") -> str:
        match = CSRF.search(self.client.get(path).text)
        assert match, "no CSRF field"
        return match.group(1)

    def post(self, path: str, **fields: str) -> httpx.Response:
        return self.client.post(path, data={"csrf_token": self.csrf(), **fields})

    def close(self) -> None:
        self.client.close()


@pytest.fixture
def browser(stack: StackHandle) -> Iterator[Browser]:
    b = Browser(stack)
    yield b
    b.close()


@pytest.fixture
def forms(stack: StackHandle) -> Iterator[SlackForms]:
    with stack.client() as client:
        yield SlackForms(stack, client)


def test_sign_in_with_slack_opens_my_page(browser: Browser) -> None:
    user = new_user()
    response = browser.sign_in(user)
    assert response.status_code == 303 and response.headers["location"] == "/me/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=") and "Secure" in cookie and "HttpOnly" in cookie
    page = browser.client.get("/me/")
    assert page.status_code == 200 and user in page.text
    assert page.headers["content-security-policy"] == ADMIN_CSP
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    assert "<script" not in page.text and " style=" not in page.text


def test_my_page_without_a_session_sends_to_sign_in(browser: Browser) -> None:
    response = browser.client.get("/me/")
    assert response.status_code == 303 and response.headers["location"] == "/auth/slack/"
    assert browser.client.get("/auth/slack/").status_code == 200


def _refused(browser: Browser, response: httpx.Response, user: str, status: int = 400) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")
    assert sessions_of(browser.stack, user) == 0
    assert browser.client.get("/me/").status_code == 303


def test_wrong_state_is_refused(browser: Browser) -> None:
    user = new_user()
    url = browser.approve(browser.start(), user)
    _refused(browser, browser.callback(re.sub(r"state=[^&]+", "state=" + "x" * 43, url)), user)


def test_callback_in_another_browser_is_refused(browser: Browser, stack: StackHandle) -> None:
    user = new_user()
    url = browser.approve(browser.start(), user)
    other = Browser(stack)
    try:
        _refused(other, other.callback(url), user)
    finally:
        other.close()


def test_replayed_code_is_refused(browser: Browser) -> None:
    user = new_user()
    first = browser.approve(browser.start(), user)
    assert browser.callback(first).status_code == 303
    browser.client.cookies.clear()
    sql(browser.stack, "DELETE FROM user_sessions WHERE user_id IN "
                       "(SELECT id FROM users WHERE slack_user_id = $1)", user)
    code = parse_qs(urlsplit(first).query)["code"][0]
    second = browser.approve(browser.start(), user)  # a fresh state, the old code
    replay = re.sub(r"code=[^&]+", f"code={code}", second)
    _refused(browser, browser.callback(replay), user)
    _refused(browser, browser.callback(first), user)  # the whole first callback again


@pytest.mark.parametrize("tamper", ["nonce", "aud", "iss", "signature", "exp"])
def test_bad_id_token_is_refused(browser: Browser, tamper: str) -> None:
    user = new_user()
    params = browser.start()
    httpx.post(f"{browser.fake}/_fake/oidc", json={"tamper": tamper}, trust_env=False).raise_for_status()
    _refused(browser, browser.callback(browser.approve(params, user)), user)
    assert tamper_reason(browser.stack, tamper)


def tamper_reason(stack: StackHandle, tamper: str) -> bool:
    expected = {"nonce": "nonce", "aud": "audience", "iss": "issuer", "signature": "Signature", "exp": "expired"}
    log = stack.log("jeeves")
    return any("oidc_sign_in_failed" in line and expected[tamper].lower() in line.lower()
               for line in log.splitlines())


def test_redirect_uri_other_than_the_configured_one_is_refused(browser: Browser, stack: StackHandle) -> None:
    evil = browser.client.get("/auth/slack/login", params={"redirect_uri": "https://evil.example/cb"})
    assert evil.status_code == 400 and evil.json()["error"] == "unsafe_redirect"  # the edge
    smuggled = browser.client.get("/auth/slack/callback", params={"code": "c", "state": "s",
                                                                   "redirect_uri": "https://evil.example/cb"})
    assert smuggled.status_code == 400 and smuggled.json()["error"] == "unsafe_redirect"  # callback params too
    ours = browser.client.get("/auth/slack/login", params={"redirect_uri": f"{stack.base_url}/me/"})
    assert ours.status_code == 400 and ours.json()["error"] == "redirect_uri_not_allowed"  # the app
    params = browser.start()
    params["redirect_uri"] = f"{stack.base_url}/auth/slack/other"
    provider = httpx.get(f"{browser.fake}/openid/connect/authorize", params=params, trust_env=False)
    assert provider.status_code == 400 and provider.json()["error"] == "bad_redirect_uri"


def link_of(forms: SlackForms, user: str) -> str:
    text = forms.command("login", user=user).json()["text"]
    return next(w for w in text.split() if w.startswith("https://")).removeprefix(forms.stack.base_url)


def test_sign_in_link_works_once(browser: Browser, forms: SlackForms) -> None:
    user = new_user()
    link = link_of(forms, user)
    form = browser.client.get(link)
    assert form.status_code == 200 and user in form.text
    assert sessions_of(browser.stack, user) == 0  # looking at the link does not use it
    token = CSRF.search(form.text).group(1)  # type: ignore[union-attr]
    used = browser.client.post(link, data={"csrf_token": token})
    assert used.status_code == 303 and used.headers["location"] == "/me/"
    assert browser.client.get("/me/").status_code == 200
    browser.client.cookies.delete(SESSION_COOKIE)
    browser.client.cookies.set("__Host-jeeves_signin", token)  # a valid form post, a used link
    again = browser.client.post(link, data={"csrf_token": token})
    assert again.status_code == 410 and SESSION_COOKIE not in again.headers.get("set-cookie", "")
    assert browser.client.get(link).status_code == 410
    assert sessions_of(browser.stack, user) == 1


def test_expired_sign_in_link_is_refused(browser: Browser, forms: SlackForms) -> None:
    user = new_user()
    link = link_of(forms, user)
    token = CSRF.search(browser.client.get(link).text).group(1)  # type: ignore[union-attr]
    sql(browser.stack, "UPDATE signin_links SET expires_at = now() - interval '1 second' "
                       "WHERE user_id = (SELECT id FROM users WHERE slack_user_id = $1)", user)
    _refused(browser, browser.client.post(link, data={"csrf_token": token}), user, 410)
    assert browser.client.get(link).status_code == 410


def test_sign_in_link_post_without_csrf_is_refused(browser: Browser, forms: SlackForms) -> None:
    user = new_user()
    link = link_of(forms, user)
    browser.client.get(link)
    _refused(browser, browser.client.post(link, data={"csrf_token": "forged"}), user, 403)
    # the link itself survives a forged post
    token = CSRF.search(browser.client.get(link).text).group(1)  # type: ignore[union-attr]
    assert browser.client.post(link, data={"csrf_token": token}).status_code == 303


def test_two_users_never_see_or_change_each_other(stack: StackHandle, forms: SlackForms) -> None:
    alice, bob = Browser(stack), Browser(stack)
    try:
        a, b = new_user(), new_user()
        assert alice.sign_in(a).status_code == 303 and bob.sign_in(b).status_code == 303
        assert alice.post("/me/location", place="Paris").status_code == 303
        assert bob.post("/me/location", place="London").status_code == 303
        # a form that names the other user changes nothing of theirs: the session decides whose data
        assert alice.post("/me/settings", units="imperial", alert_time="06:00", timezone="UTC",
                          user_id=b, slack_user_id=b).status_code == 303
        alice_page, bob_page = alice.client.get("/me/").text, bob.client.get("/me/").text
        assert "Paris" in alice_page and "London" not in alice_page and b not in alice_page
        assert "London" in bob_page and "Paris" not in bob_page and a not in bob_page
        assert 'value="imperial" selected' in alice_page and 'value="metric" selected' in bob_page
        assert alice.client.get("/me/data.json").json()["slack"]["user_id"] == a
        # Bob's CSRF token in Alice's browser: refused, nothing changed
        refused = alice.client.post("/me/location", data={"csrf_token": bob.csrf(), "place": "Oslo"})
        assert refused.status_code == 403
        assert "Paris" in alice.client.get("/me/").text
        # Alice's forget me deletes Alice only
        assert alice.post("/me/forget", confirm="forget").status_code == 303
        assert "London" in bob.client.get("/me/").text
        assert forms.command("weather", user=b, team="TDEMO").json()["text"].startswith("London")
    finally:
        alice.close()
        bob.close()


def test_changed_location_is_what_the_bot_uses(browser: Browser, forms: SlackForms) -> None:
    user = new_user()
    browser.sign_in(user)
    assert browser.post("/me/location", place="Sydney").status_code == 303
    assert "Location saved" in browser.client.get("/me/?done=location_saved").text
    assert forms.command("weather", user=user, team="TDEMO").json()["text"].startswith("Sydney, Australia:")


def test_invalid_forms_are_refused_and_change_nothing(browser: Browser) -> None:
    browser.sign_in(new_user())
    bad = browser.post("/me/settings", units="kelvin", alert_time="07:30", timezone="UTC")
    assert bad.status_code == 400 and "units must be" in bad.text
    assert browser.post("/me/settings", units="metric", alert_time="25:99", timezone="UTC").status_code == 400
    assert browser.post("/me/settings", units="metric", alert_time="07:30", timezone="Mars/Base").status_code == 400
    assert browser.post("/me/location", place="Atlantis").status_code == 400
    assert browser.post("/me/location", place="x" * 101).status_code == 400
    assert browser.post("/me/forget").status_code == 400  # no confirmation box
    data = browser.client.get("/me/data.json").json()
    assert data["settings"]["units"] == "metric" and data["facts"] == {}
    assert browser.client.post("/me/location", data={"place": "Paris"}).status_code == 403  # no CSRF token


def test_download_forget_me_and_sign_out(browser: Browser) -> None:
    user = new_user()
    browser.sign_in(user)
    browser.post("/me/location", place="Berlin")
    download = browser.client.get("/me/data.json")
    assert download.headers["content-disposition"].startswith("attachment")
    data = download.json()
    assert data["facts"]["location"]["name"] == "Berlin" and data["slack"]["user_id"] == user
    assert any(a["action"] == "remember_location" for a in data["actions"])
    gone = browser.post("/me/forget", confirm="forget")
    assert gone.status_code == 303 and gone.headers["location"] == "/auth/slack/?done=forgotten"
    assert sql(browser.stack, "SELECT count(*) AS n FROM users WHERE slack_user_id = $1", user)[0]["n"] == 0
    audit = sql(browser.stack, "SELECT details FROM admin_audit_log WHERE action = 'user.forget_me' AND target = $1",
                f"TDEMO/{user}")
    assert len(audit) == 1 and '"via": "web"' in audit[0]["details"]
    assert browser.client.get("/me/").status_code == 303
    other = new_user()
    browser.sign_in(other)
    out = browser.post("/me/logout")
    assert out.status_code == 303 and sessions_of(browser.stack, other) == 0
    assert browser.client.get("/me/").status_code == 303


def map_slack(stack: StackHandle, username: str, team: str, user: str) -> subprocess.CompletedProcess[str]:
    env = {**stack.env, "DATABASE_URL": f"postgresql+asyncpg://jeeves:{stack.secret('jeeves_db_password')}"
                                        f"@127.0.0.1:{stack.ports['postgres']}/jeeves"}
    return subprocess.run([sys.executable, "-m", "app.admin.cli", "map-slack", "--username", username,
                           "--team", team, "--user", user], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=60, check=False)


def test_admin_signs_in_with_slack_only_when_mapped(browser: Browser, stack: StackHandle) -> None:
    user = new_user()
    refused = browser.sign_in(user, purpose="admin")
    assert refused.status_code == 403 and "__Host-jeeves_admin" not in refused.headers.get("set-cookie", "")
    admin = stack.secret_json("admin.json")["username"]
    result = map_slack(stack, admin, "TDEMO", user)
    assert result.returncode == 0, result.stderr
    login_page = browser.client.get("/admin/login").text  # the way an admin finds it: a button on the login page
    match = re.search(r'href="(/auth/slack/login\?for=admin)"[^>]*>Sign in with Slack<', login_page)
    assert match, "no Sign in with Slack button on /admin/login"
    signed_in = browser.callback(browser.approve(browser.start("admin"), user))
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/admin/"
    assert browser.client.get("/admin/").status_code == 200
    sql(stack, "DELETE FROM admin_slack_identities WHERE slack_user_id = $1", user)


def test_edge_runs_waf_and_rate_limits_on_the_new_routes(browser: Browser) -> None:
    for path in ("/auth/slack/", "/me/"):
        response = browser.client.get(path)
        assert "per_ip" in response.headers.get("RateLimit-Policy", ""), path
        attack = browser.client.get(path, params={"q": "<script>alert(1)</script>"})
        assert attack.status_code == 403 and attack.json()["error"] == "request_blocked", path
    login = browser.client.get("/auth/slack/login")
    assert "sign_in" in login.headers.get("RateLimit-Policy", "")


def test_an_admin_maps_a_slack_user_in_the_panel(stack: StackHandle, browser: Browser) -> None:
    creds = stack.secret_json("admin.json")
    user = new_user()
    with stack.client() as admin:
        form = admin.get("/admin/login")
        token = CSRF.search(form.text).group(1)  # type: ignore[union-attr]
        assert admin.post("/admin/login", data={"csrf_token": token, **creds}).status_code == 303
        page = admin.get("/admin/slack-sign-in")
        assert page.status_code == 200
        token = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
        bad = admin.post("/admin/slack-sign-in", data={"csrf_token": token, "username": creds["username"],
                                                       "team_id": "TDEMO", "user_id": "u-lower"})
        assert bad.status_code == 400
        done = admin.post("/admin/slack-sign-in", data={"csrf_token": token, "username": creds["username"],
                                                        "team_id": "TDEMO", "user_id": user})
        assert done.status_code == 303
        assert f"TDEMO/{user}" in admin.get("/admin/slack-sign-in").text
        assert browser.sign_in(user, purpose="admin").headers["location"] == "/admin/"
        removed = admin.post("/admin/slack-sign-in/remove", data={"csrf_token": token, "username": creds["username"]})
        assert removed.status_code == 303
    browser.client.cookies.clear()
    assert browser.sign_in(user, purpose="admin").status_code == 403


def test_prune_removes_dead_sessions_and_old_links(browser: Browser, forms: SlackForms, stack: StackHandle) -> None:
    from app.account import store
    from app.admin.store import SessionLimits
    from app.db.engine import make_engine, make_sessionmaker

    user = new_user()
    browser.sign_in(user)
    link_of(forms, user)
    sql(stack, "UPDATE user_sessions SET last_seen_at = now() - interval '2 hours' "
               "WHERE user_id IN (SELECT id FROM users WHERE slack_user_id = $1)", user)
    sql(stack, "UPDATE signin_links SET expires_at = now() - interval '25 hours' "
               "WHERE user_id IN (SELECT id FROM users WHERE slack_user_id = $1)", user)

    async def prune() -> None:
        engine = make_engine(f"postgresql+asyncpg://jeeves:{stack.secret('jeeves_db_password')}"
                             f"@127.0.0.1:{stack.ports['postgres']}/jeeves", pool_size=1)
        async with make_sessionmaker(engine).begin() as session:
            await store.purge(session, SessionLimits(idle=dt.timedelta(hours=1), absolute=dt.timedelta(hours=8)))
        await engine.dispose()

    asyncio.run(prune())
    assert sessions_of(stack, user) == 0
    assert sql(stack, "SELECT count(*) AS n FROM signin_links "
                      "WHERE user_id IN (SELECT id FROM users WHERE slack_user_id = $1)", user)[0]["n"] == 0
