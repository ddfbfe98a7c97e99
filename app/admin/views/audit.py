"""The audit log: every admin action and login attempt, newest first, searchable."""

from __future__ import annotations

from quart import render_template

from app.admin import db, store
from app.admin.blueprint import bp
from app.admin.views._forms import Page, int_arg, text_arg

PAGE_SIZE = 50


@bp.get("/audit")
async def audit_log() -> str:
    query = text_arg("q")
    number = int_arg("page", 1, 1, 100_000)
    async with db.transaction() as session:
        entries, total = await store.audit_page(session, query=query, limit=PAGE_SIZE,
                                                offset=(number - 1) * PAGE_SIZE)
    return await render_template("admin/audit.html", title="Audit log", entries=entries, query=query,
                                 page=Page(number, PAGE_SIZE, total), nav="audit")
