"""remember location <place> / my location / forget location."""

import structlog

from app.services import users
from app.services.actions import router
from app.services.actions.place_text import place_of, quoted
from app.services.actions.registry import Context, Reply
from app.services.weather import PlaceNotFound, WeatherUnavailable

LOCATION = "location"
log = structlog.get_logger()


@router.action("remember location", "remember location <place>", "remember where you are (used by `weather`)")
async def remember(ctx: Context) -> Reply:
    place_name = place_of(ctx.args)
    if not place_name:
        return Reply("Which place? Try `remember location Paris`.", "invalid")
    if len(place_name) > 100:
        return Reply("That place name is too long for me.", "invalid")
    try:
        place = await ctx.weather.geocode(place_name)
        value = place.as_dict()
        label = place.label
    except PlaceNotFound:
        return Reply(f"I could not find a place called {quoted(place_name)}.", "invalid")
    except WeatherUnavailable as exc:
        # Remember the name anyway; `weather` resolves it once the provider is back.
        log.warning("weather_provider_down", action="remember_location", error=str(exc))
        value, label = {"name": place_name}, place_name
    await users.set_fact(ctx.session, ctx.user.id, LOCATION, value)
    return Reply(f"Got it, I will remember {label}.")


@router.action("my location", "my location", "what I remember as your location")
async def show(ctx: Context) -> Reply:
    value = await users.get_fact(ctx.session, ctx.user.id, LOCATION)
    if not value:
        return Reply("I do not know your location yet. Tell me with `remember location <place>`.")
    label = f"{value['name']}, {value['country']}" if value.get("country") else value["name"]
    return Reply(f"Your location is {label}.")


@router.action("forget location", "forget location", "forget your location")
async def forget(ctx: Context) -> Reply:
    removed = await users.delete_fact(ctx.session, ctx.user.id, LOCATION)
    return Reply("Done, I forgot your location." if removed else "I did not know your location anyway.")
