"""OAuth 2.0 errors, one class per code of the RFC that defines it (RFC 6749 §5.2, RFC 8707, RFC 6750).

They render through servicekit's single JSON error shape; the RFC body fields `error` and
`error_description` are both present (`message` repeats the description for our other clients).
"""

from __future__ import annotations

from servicekit.errors import APIError


class OAuthError(APIError):
    code = "invalid_request"
    status = 400

    def __init__(self, description: str, headers: dict[str, str] | None = None, status: int | None = None) -> None:
        super().__init__(status or type(self).status, type(self).code, description, headers,
                         error_description=description)


class InvalidRequest(OAuthError):  # RFC 6749 §5.2
    code = "invalid_request"


class InvalidClient(OAuthError):  # RFC 6749 §5.2: 401 + WWW-Authenticate when Basic was tried
    code = "invalid_client"
    status = 401


class InvalidGrant(OAuthError):  # RFC 6749 §5.2
    code = "invalid_grant"


class UnauthorizedClient(OAuthError):  # RFC 6749 §5.2
    code = "unauthorized_client"


class UnsupportedGrantType(OAuthError):  # RFC 6749 §5.2
    code = "unsupported_grant_type"


class InvalidScope(OAuthError):  # RFC 6749 §5.2
    code = "invalid_scope"


class InvalidTarget(OAuthError):  # RFC 8707 §2: the requested audience is not allowed
    code = "invalid_target"


class UnsupportedTokenType(OAuthError):  # RFC 7009 §2.2.1
    code = "unsupported_token_type"


class InvalidToken(OAuthError):  # RFC 6750 §3.1 (bearer token on the admin API), /verify_token
    code = "invalid_token"
    status = 401


class InsufficientScope(OAuthError):  # RFC 6750 §3.1
    code = "insufficient_scope"
    status = 403
