"""weather [place]: the forecast for a place, or for the remembered location."""

from __future__ import annotations

from typing import Any

import structlog

from app.services import users
from app.services.actions import router
from app.services.actions.blocks import SET_LOCATION, button, text_with_buttons
from app.services.actions.location import LOCATION
from app.services.actions.place_text import place_of, quoted
from app.services.actions.registry import Context, Reply
from app.services.weather import Place, PlaceNotFound, WeatherClient, WeatherUnavailable

log = structlog.get_logger()
PROVIDER_DOWN = ("Sorry, the weather service is not answering right now. "
                 "Please try again in a few minutes.")


async def forecast_text(weather: WeatherClient, location: dict[str, Any], units: str) -> str:
    """Shared by the command and the worker's daily alert. Raises WeatherUnavailable/PlaceNotFound."""
    if "latitude" in location and "longitude" in location:
        place = Place.from_dict(location)
    else:
        place = await weather.geocode(str(location["name"]))
    return (await weather.forecast(place, units)).summary()


@router.action("weather", "weather [place]", "the weather for a place, or for your remembered location")
async def weather(ctx: Context) -> Reply:
    place_name = place_of(ctx.args)
    location: dict[str, Any] | None = {"name": place_name} if place_name else None
    if location is None:
        location = await users.get_fact(ctx.session, ctx.user.id, LOCATION)
        if not location:
            return Reply("Where? Try `weather Paris`, or `remember location Paris` once.", "invalid")
    if len(str(location["name"])) > 100:
        return Reply("That place name is too long for me.", "invalid")
    units = users.effective_settings(ctx.user)["units"]
    try:
        text = await forecast_text(ctx.weather, location, units)
    except PlaceNotFound:
        return Reply(f"I could not find a place called {quoted(str(location['name']))}.", "invalid")
    except WeatherUnavailable as exc:
        log.warning("weather_provider_down", action="weather", error=str(exc))
        return Reply(PROVIDER_DOWN, "provider_down")
    if not place_name:
        return Reply(text)
    # A place named explicitly can become the remembered one with a click.
    return Reply(text, blocks=text_with_buttons(text, button("Set as my location", SET_LOCATION, place_name)))
