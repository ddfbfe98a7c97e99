"""Secrets are spared the attack rules (`secret_fields` in gateway.yaml): a password manager's passwords
hold quotes, dashes, brackets and pipes, and before this about one in 27 of them tripped a SQL, shell or PHP
rule at the admin login, refusing the admin's own password. The same strings in an ordinary field are still
judged, which is what shows they trip the rules."""

from __future__ import annotations

import random
import string

import pytest
from stackctl import StackHandle

from .family_gen import _form
from .test_waf_corpus import replay

pytestmark = pytest.mark.stack

# what password managers draw from
ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*()-_=+[]{};:'\",.<>/?\\|~`"


def generated_passwords(count: int) -> list[str]:
    rng = random.Random(27)
    return ["".join(rng.choices(ALPHABET, k=rng.choice([12, 16, 20, 24]))) for _ in range(count)]


def test_generated_passwords_pass_the_waf_where_they_are_secrets(sec_stack: StackHandle) -> None:
    passwords = generated_passwords(1000)
    logins = [{**_form("/admin/login", [("username", "admin"), ("password", p), ("totp", "123456")]),
               "id": f"login{i}"} for i, p in enumerate(passwords)]
    tokens = [{**_form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", "svc"),
                                        ("client_secret", p)]), "id": f"token{i}"} for i, p in enumerate(passwords)]
    elsewhere = [{**_form("/admin/login", [("username", p), ("password", "x"), ("totp", "123456")]),
                  "id": f"name{i}"} for i, p in enumerate(passwords)]
    blocked_secrets = [rec["id"] for rec, _, blocked in replay(sec_stack, logins + tokens) if blocked]
    blocked_elsewhere = sum(blocked for _, _, blocked in replay(sec_stack, elsewhere))
    assert blocked_secrets == [], blocked_secrets
    assert blocked_elsewhere >= 10, blocked_elsewhere
