"""The CRS tuning gateway.yaml carries for values real users send, each shown on the values that tripped it
before (the fourth blind set's benign requests): a link whose query joins its parameters with "&sort=",
"&copy=" or "&echo=" (CRS 932115 / 932110 read cmd.exe commands after a separator), and so does a redirect
target's own query (`next=/admin/users?page=2&sort=name`, the eighteenth set; a JSON array of redirect_uris
naming loopback and our own origin, the API power users' set, as redirect_uri already was), a product description
("14/15; drop-tested", "120x170 or 160x230; washable": the PL2 rules 942210 / 942390, no longer enabled at
PL1), arithmetic and a markdown link typed into the admin search (933210, now among free_text_rules), a company
named Northwind in a search or a bio (942140's sample database; our own rules read a catalog in prose), and a
JSON key named "profile" (the fifth set: named "json.profile" as ModSecurity names JSON keys, it reads as the
dotfile .profile to 930120), an address whose number starts the value ("12 Union St": the PL2 rule 942361, no
longer enabled at PL1; the eleventh set), and prose in the API's fields people write in, at any depth ("orders
between 10 and 20" is SQL to libinjection, "the 'select all' checkbox" to 942190: those fields are
`free_text`), and a profile picture sent inline as a data: URL in a field named for it (avatar, photo, picture,
logo: 941130 / 941170 read it as an attribute injection). The same fields still block a command after the
separator (our rules and the CRS's 932105), a JSON key that is a path still trips 930120, and SQL in a prose field
meets our own rules."""

from __future__ import annotations

from typing import Any

import pytest
from stackctl import StackHandle

from .family_gen import _form, _get, _json, _query
from .test_waf_corpus import replay

pytestmark = pytest.mark.stack

LINKS = ["https://shop.example.com/products?category=shoes&sort=price_asc&page=2",
         "https://example.com/r?a=1&copy=2", "https://example.com/?label=a&echo=1&x=2",
         # a path CRS 942230 reads as HAVING, a block explorer's address 942450 reads as a hex-encoded string
         "https://www.example.co.uk/having-a-baby/checklist",
         "https://etherscan.io/address/0x52908400098527886E0F7030069857D2E4169EE7",
         # an avatar sent inline as a data: URI, which CRS 941170 reads as an attribute injection
         "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
         # a page whose name starts with "on", then a query: an event handler to libinjection (941100)
         "https://sqlfiddle.com/postgresql/online-compiler?id=4f2a9c1e"]
PRODUCTS = ["Fits iPhone 14/15; drop-tested to 2m", "Choose 120x170 or 160x230; machine washable"]
# an address whose house number starts the value: the PL2 rule 942361 read "12 Union St" as a UNION
ADDRESSES = ["12 Union St, Aberdeen AB11 6BH", "221 Alter Road, Detroit"]
# (and a status typed into a prose field: "having <word>," is CRS 942230's conditional SQL, now in free_text_rules)
# (and a company named after the SQL Server sample database: CRS 942140 reads "Northwind" as a DB name)
SEARCHES = ["(a+b)*(c-d)/2", "[docs](https://example.com/docs)", "having lunch, back in 20", "Northwind Outfitters"]
REDIRECTS = ["/admin/users?page=2&sort=name", "/admin/users?q=ann&copy=1&start=20"]
ATTACKS = ["https://example.com/?a=1&whoami", "https://example.com/?a=1&ping -n 9 127.0.0.1",
           "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/svg+xml,<svg onload=alert(1)>"]
JSON_COOKIE = "prefs=%%7B%%22tz%%22%%3A%%20%%22%s%%22%%2C%%20%%22theme%%22%%3A%%20%%22dark%%22%%7D"
REDIRECT_ATTACKS = ["/admin/users?a=1&whoami", "/admin/users?a=1&ping -n 9 127.0.0.1"]
DOCUMENTS = [{"profile": {"first_name": "Ann"}}, {"user": {"profile": "public"}},
             {"query": "orders between 10 and 20", "page": 2},
             {"ticket": {"comment": "The 'select all' checkbox doesn't work if the list is empty."}},
             {"bio": "Having fun, mostly. Back in 20!"},
             {"bio": "Head of E-commerce at Northwind Outfitters since 2019"},
             # an OAuth client's registration (RFC 7591): loopback and own-origin redirect targets in JSON
             {"redirect_uris": ["http://127.0.0.1:53682/callback", "https://localhost:8443/auth/slack/callback"],
              "post_logout_redirect_uri": "https://localhost:8443/admin/login?bye=1"}]


def link_records(url: str, prefix: str) -> list[dict[str, Any]]:
    return [{**_json("/api/users", {"name": "Ann", "website": url}), "id": f"{prefix}-json"},
            {**_get(_query("/api/users", [("q", "ann"), ("ref", url)])), "id": f"{prefix}-query"}]


def redirect_records(path: str, prefix: str) -> list[dict[str, Any]]:
    return [{**_get(_query("/admin/login", [("next", path)])), "id": f"{prefix}-next"},
            {**_get(_query("/api/users", [("q", "ann"), ("return_to", path)])), "id": f"{prefix}-return_to"}]


def test_tuned_values_pass_and_attacks_in_the_same_fields_do_not(sec_stack: StackHandle) -> None:
    benign = [rec for i, url in enumerate(LINKS) for rec in link_records(url, f"link{i}")]
    benign += [rec for i, path in enumerate(REDIRECTS) for rec in redirect_records(path, f"redirect{i}")]
    benign += [{**_json("/api/products", {"title": "x", "description": d}), "id": f"product{i}"}
               for i, d in enumerate(PRODUCTS)]
    benign += [{**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", q)]), "id": f"search{i}"}
               for i, q in enumerate(SEARCHES)]
    benign += [{**_json("/api/users", doc), "id": f"document{i}"} for i, doc in enumerate(DOCUMENTS)]
    benign += [{**_json("/api/users", {"name": "Ann", "address": {"line1": a}}), "id": f"address{i}"}
               for i, a in enumerate(ADDRESSES)]
    # a profile picture sent inline in a field named for it (the eighty-sixth set: CRS 941130 / 941170)
    benign += [{**_json("/api/users/42", {"name": "Zoë", field: LINKS[5]}), "method": "PATCH", "id": f"picture-{field}"}
               for field in ("avatar", "photo", "picture", "logo")]
    # a cookie value Werkzeug and Python's http.cookies quote when they set it (it holds a space): RFC 6265's
    # quotes, which the application reads without (CRS 942190 / 942360 read a string closed before SELECT)
    quoted = _get("/api/users?page=2")
    benign.append({**quoted, "headers": {**quoted["headers"], "Cookie": 'recent="select committee"'},
                   "id": "quoted_cookie"})
    # a JSON document in a cookie (preferences): read whole, its own syntax '-2", "t' was a quote-and-digit probe
    # to CRS 942330
    benign.append({**quoted, "headers": {**quoted["headers"], "Cookie": JSON_COOKIE % "Etc/GMT-2"},
                   "id": "json_cookie"})
    attacks = [rec for i, url in enumerate(ATTACKS) for rec in link_records(url, f"attack{i}")]
    attacks.append({**quoted, "headers": {**quoted["headers"], "Cookie": JSON_COOKIE % "x%27 union select 2--"},
                    "id": "json_cookie_attack"})
    attacks.append({**quoted, "headers": {**quoted["headers"], "Cookie": 'recent="1\' union select 2--"'},
                    "id": "quoted_cookie_attack"})
    attacks += [rec for i, path in enumerate(REDIRECT_ATTACKS) for rec in redirect_records(path, f"rattack{i}")]
    attacks.append({**_json("/api/users", {"../../etc/.profile": 1}), "id": "path_key"})
    attacks.append({**_json("/api/users", {"webhook_url": "http://127.0.0.1:8080/admin"}), "id": "loopback_fetch"})
    attacks.append({**_json("/api/users", {"ticket": {"comment": "1' UNION SELECT password FROM users--"}}),
                    "id": "prose_field"})
    attacks.append({**_json("/api/users", {"bio": "x' having 1=1 --"}), "id": "prose_having"})
    attacks += [{**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", q)]), "id": f"prose_catalog{i}"}
                for i, q in enumerate(["1 union select name from northwind.dbo.sysobjects", "MSysObjects",
                                       "x' and 1=db_name()--"])]
    rules: dict[str, list[int]] = {}
    blocked_benign = [(rec["id"], rules.get(rec["id"])) for rec, _, blocked in replay(sec_stack, benign, rules)
                      if blocked]
    passed_attacks = [rec["id"] for rec, _, blocked in replay(sec_stack, attacks, rules) if not blocked]
    assert blocked_benign == [], blocked_benign
    assert passed_attacks == [], passed_attacks
