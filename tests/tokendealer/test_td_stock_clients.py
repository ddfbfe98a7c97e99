"""Acceptance through the edge over HTTPS: stock OAuth2 client libraries get tokens, PyJWT's PyJWKClient
verifies them from our JWKS by kid, and the discovery documents say how."""

from __future__ import annotations

import jwt
import requests
from authlib.integrations.requests_client import OAuth2Session
from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session as RequestsOAuth2Session

from .conftest import TD


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # the machine's REQUESTS_CA_BUNDLE must not replace the dev CA
    return session


def _verify_with_jwks(td: TD, token: str) -> dict:
    jwks = jwt.PyJWKClient(f"{td.stack.base_url}/.well-known/jwks.json", ssl_context=td.stack.ssl_context())
    signing_key = jwks.get_signing_key_from_jwt(token)
    assert signing_key.key_id == jwt.get_unverified_header(token)["kid"]
    claims: dict = jwt.decode(token, signing_key.key, algorithms=["ES256", "RS256"], audience="jeeves",
                              issuer=td.issuer)
    return claims


def test_requests_oauthlib_backend_application_client_gets_a_verifiable_token(td: TD) -> None:
    client_id, secret = td.creds()
    oauth = RequestsOAuth2Session(client=BackendApplicationClient(client_id=client_id))
    oauth.trust_env = False
    token = oauth.fetch_token(token_url=f"{td.stack.base_url}/oauth/token", client_id=client_id,
                              client_secret=secret, verify=str(td.stack.ca))
    assert token["token_type"] == "Bearer"
    claims = _verify_with_jwks(td, token["access_token"])
    assert claims["client_id"] == client_id and claims["scope"] == "read write"


def test_authlib_client_basic_and_post_auth_get_verifiable_tokens(td: TD) -> None:
    client_id, secret = td.creds()
    for method in ("client_secret_basic", "client_secret_post"):
        with OAuth2Session(client_id, secret, token_endpoint_auth_method=method, scope="read") as oauth:
            oauth.trust_env = False
            token = oauth.fetch_token(f"{td.stack.base_url}/oauth/token", grant_type="client_credentials",
                                      verify=str(td.stack.ca))
        assert _verify_with_jwks(td, token["access_token"])["scope"] == "read"


def test_jwks_and_metadata_through_the_edge(td: TD) -> None:
    session = _session()
    jwks = session.get(f"{td.stack.base_url}/.well-known/jwks.json", verify=str(td.stack.ca))
    assert jwks.status_code == 200 and "max-age=" in jwks.headers["cache-control"] and jwks.headers["etag"]
    for key in jwks.json()["keys"]:
        assert key["use"] == "sig" and key["kid"] and key["alg"] in ("ES256", "RS256")
        assert {"kty", "n", "e"} <= key.keys() if key["kty"] == "RSA" else {"crv", "x", "y"} <= key.keys()
        assert "d" not in key and "p" not in key  # never a private member
    again = session.get(f"{td.stack.base_url}/.well-known/jwks.json", verify=str(td.stack.ca),
                        headers={"If-None-Match": jwks.headers["etag"]})
    assert again.status_code == 304
    meta = session.get(f"{td.stack.base_url}/.well-known/oauth-authorization-server", verify=str(td.stack.ca)).json()
    assert meta["issuer"] == td.issuer
    assert meta["token_endpoint"] == f"{td.issuer}/oauth/token"
    assert meta["jwks_uri"] == f"{td.issuer}/.well-known/jwks.json"
    assert meta["grant_types_supported"] == ["client_credentials"]
    assert meta["default_audience"] == "jeeves"
    assert {"client_secret_basic", "client_secret_post"} <= set(meta["token_endpoint_auth_methods_supported"])
    docs = session.get(meta["service_documentation"], verify=str(td.stack.ca))   # the link the metadata gives
    assert docs.status_code == 200 and "/oauth/token" in docs.json()["paths"], docs.text


def test_introspect_and_revoke_through_the_edge(td: TD) -> None:
    token = td.token()["access_token"]
    session = _session()
    base, ca = td.stack.base_url, str(td.stack.ca)
    assert session.post(f"{base}/oauth/introspect", auth=td.creds(), data={"token": token}, verify=ca
                        ).json()["active"] is True
    assert session.post(f"{base}/oauth/revoke", auth=td.creds(), data={"token": token}, verify=ca).status_code == 200
    assert session.post(f"{base}/verify_token", data={"access_token": token}, verify=ca).status_code == 400
