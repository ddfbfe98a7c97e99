"""What a user's settings accept (app/services/users.py): the Slack `config` command, /me/settings and the data
API all validate through it, so a value it lets through must never fail later."""

from __future__ import annotations

import pytest

from app.services import users


@pytest.mark.parametrize("zone", ["Europe/Paris", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT-14"])
def test_a_time_zone_of_the_tz_database_is_accepted(zone: str) -> None:
    assert users.validate_setting("timezone", zone) == zone


# directories of the tz database (ZoneInfo raises IsADirectoryError for them), paths, a file of it that is no zone
@pytest.mark.parametrize("zone", ["Pacific", "America", "Etc", "Europe/", "../etc/passwd", "/etc/localtime", "",
                                  "zone.tab", "Mars/Base", 7, None])
def test_anything_else_is_refused_with_the_message_that_says_how(zone: object) -> None:
    with pytest.raises(users.InvalidSetting, match="timezone must be an IANA name"):
        users.validate_setting("timezone", zone)
