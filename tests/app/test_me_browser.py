"""A Slack user's page in a real headless Chromium, through the real gateway over HTTPS and the fake
Slack's OpenID provider. Tests run in file order on one page; screenshots land in
.run/test-artifacts/me/."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stackctl import REPO, StackHandle

from ..admin.conftest import sql
from .test_slack_interactive import SlackForms

pytestmark = pytest.mark.stack
ARTIFACTS = REPO / ".run" / "test-artifacts" / "me"
USER = "U" + uuid.uuid4().hex[:10].upper()  # signs in with Slack; forgotten later in the file


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def forms(stack: StackHandle) -> Iterator[SlackForms]:
    with stack.client() as client:
        yield SlackForms(stack, client)


def shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_sign_in_with_slack_through_the_fake_provider(page: Any, stack: StackHandle, forms: SlackForms,
                                                      artifacts: Path) -> None:
    forms.command("remember location London", user=USER, team="TDEMO")  # something for the page to show
    page.goto("/me/")
    page.wait_for_url("**/auth/slack/")
    shot(page, artifacts, "01-sign-in")
    page.locator("#sign-in-with-slack").click()
    page.wait_for_url(f"http://127.0.0.1:{stack.ports['fake_slack']}/openid/connect/authorize?**")
    assert page.get_by_role("button", name="Ada Lovelace").is_visible()  # the demo users to pick from
    shot(page, artifacts, "02-fake-slack-authorize")
    page.get_by_label("or any user id").fill(USER)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/me/")
    assert page.locator("h1").inner_text() == "What Jeeves knows about you"
    assert USER in page.content()
    cookies = {c["name"]: c for c in page.context.cookies()}
    session = cookies["__Host-jeeves_me"]
    assert session["secure"] and session["httpOnly"] and session["sameSite"] == "Lax"
    assert "__Host-jeeves_oidc_state" not in cookies
    assert page.eval_on_selector("header.topbar", "e => getComputedStyle(e).display") == "flex"  # CSS applied
    shot(page, artifacts, "03-my-page")
    assert not [e for e in page.console_errors if "Content Security Policy" in e or "Refused" in e]


def test_remembered_location_is_shown_changed_and_used_by_the_bot(page: Any, forms: SlackForms,
                                                                   artifacts: Path) -> None:
    assert page.locator("#current-location").inner_text() == "London, United Kingdom"
    page.get_by_label("New location").fill("Paris")
    page.locator("#save-location").click()
    page.wait_for_url("**/me/?done=location_saved")
    assert page.locator("#current-location").inner_text() == "Paris, France"
    assert page.get_by_role("status").inner_text().startswith("Location saved")
    shot(page, artifacts, "04-location-changed")
    assert forms.command("weather", user=USER, team="TDEMO").json()["text"].startswith("Paris, France:")


def test_invalid_setting_is_refused_with_a_message(page: Any, artifacts: Path) -> None:
    page.get_by_label("Time zone").fill("Mars/Olympus")
    page.locator("#save-settings").click()
    assert "timezone must be an IANA name" in page.get_by_role("alert").inner_text()
    shot(page, artifacts, "05-invalid-setting")


def test_forget_me_deletes_the_data(page: Any, stack: StackHandle, artifacts: Path) -> None:
    page.goto("/me/")
    page.locator("#confirm-forget").check()
    page.locator("#forget-me").click()
    page.wait_for_url("**/auth/slack/?done=forgotten")
    assert "forgot everything" in page.get_by_role("status").inner_text()
    shot(page, artifacts, "06-forgotten")
    assert sql(stack, "SELECT count(*) AS n FROM users WHERE slack_user_id = $1", USER)[0]["n"] == 0
    page.goto("/me/")
    page.wait_for_url("**/auth/slack/")


def test_one_time_link_signs_in_once(page: Any, forms: SlackForms, artifacts: Path) -> None:
    user = "U" + uuid.uuid4().hex[:10].upper()
    text = forms.command("login", user=user, team="TDEMO").json()["text"]
    link = next(w for w in text.split() if w.startswith("https://"))
    page.goto(link)
    shot(page, artifacts, "07-link")
    page.locator("#use-link").click()
    page.wait_for_url("**/me/")
    assert user in page.content()
    shot(page, artifacts, "08-signed-in-by-link")
    response = page.goto(link)
    assert response.status == 410
    assert "expired or was already used" in page.locator("#sign-in-error").inner_text()
    shot(page, artifacts, "09-link-used-twice")


def test_sign_out(page: Any, artifacts: Path) -> None:
    page.goto("/me/")
    page.locator("#sign-out").click()
    page.wait_for_url("**/auth/slack/?done=bye")
    assert page.get_by_role("status").inner_text() == "You are signed out."
    shot(page, artifacts, "10-signed-out")
    assert "__Host-jeeves_me" not in {c["name"] for c in page.context.cookies()}
    page.goto("/me/")
    page.wait_for_url("**/auth/slack/")
