"""Gateway status: routes and the limits/policies in force, top limited keys, WAF rule hits, certificates."""

from __future__ import annotations

import asyncio

from quart import current_app, render_template

from app.admin.blueprint import bp
from app.services import admin_gateway, admin_stats


@bp.get("/gateway")
async def gateway_status() -> str:
    run_dir = current_app.config["SETTINGS"].run_dir
    routes, certificates = await admin_gateway.status(run_dir)
    traffic = await admin_stats.traffic(run_dir)
    acme = await asyncio.to_thread(admin_gateway.acme_status, run_dir)
    return await render_template("admin/gateway.html", title="Gateway", routes=routes, certificates=certificates,
                                 traffic=traffic, acme=acme, nav="gateway")
