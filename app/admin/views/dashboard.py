"""Dashboard: the last 24 h of requests, Slack events, actions, errors, limiter and WAF decisions."""

from __future__ import annotations

import datetime as dt

from quart import current_app, render_template
from sqlalchemy import func, select

from app.admin import charts, db
from app.admin.blueprint import bp
from app.db.models import UsageLog
from app.services import admin_stats, usage


async def _actions_per_hour(hours: list[dt.datetime]) -> list[int]:
    start = hours[0]
    # Truncated in UTC whatever the server's TimeZone, to line up with the access-log buckets.
    bucket = func.date_trunc("hour", func.timezone("UTC", UsageLog.created_at))
    async with db.transaction() as session:
        rows = await session.execute(select(bucket, func.count()).where(UsageLog.created_at >= start)
                                     .group_by(bucket))
        counts = {when.replace(tzinfo=dt.UTC): n for when, n in rows}
    return [int(counts.get(hour, 0)) for hour in hours]


@bp.get("/")
async def dashboard() -> str:
    settings = current_app.config["SETTINGS"]
    traffic = await admin_stats.traffic(settings.run_dir)
    actions = await _actions_per_hour(traffic.hours)
    async with db.transaction() as session:
        action_stats = await usage.stats(session, traffic.hours[0], traffic.hours[-1] + dt.timedelta(hours=1))
    hours = traffic.hours
    panels = [
        charts.hourly("Requests", traffic.series["requests"], hours, "series-a"),
        charts.hourly("Slack events", traffic.series["slack_events"], hours, "series-b"),
        charts.hourly("Actions used", actions, hours, "series-c"),
        charts.hourly("Server errors (5xx)", traffic.series["errors"], hours, "series-err"),
        charts.hourly("Client errors (4xx)", traffic.series["client_errors"], hours, "series-warn"),
        charts.hourly("Rate-limited", traffic.series["rate_limited"], hours, "series-warn"),
        charts.hourly("WAF decisions", traffic.series["waf"], hours, "series-err"),
    ]
    return await render_template("admin/dashboard.html", title="Dashboard", panels=panels, traffic=traffic,
                                 action_stats=action_stats, nav="dashboard")
