"""Users of Jeeves: search, paginate, deactivate/reactivate, grant/revoke admin."""

from __future__ import annotations

from urllib.parse import urlencode

from quart import Response, redirect, render_template, request
from sqlalchemy import func, or_, select, update
from werkzeug.wrappers.response import Response as WerkzeugResponse

from app.admin import auth, db
from app.admin.blueprint import bp
from app.admin.views._forms import Page, int_arg, notice, text_arg
from app.db.models import User
from app.routes.params import ROW_ID

PAGE_SIZE = 25
FLAGS = {"active": User.is_active, "admin": User.is_admin}


@bp.get("/users")
async def users() -> str:
    query = text_arg("q")
    stmt = select(User)
    if query:
        like = f"%{query}%"
        stmt = stmt.where(or_(User.name.ilike(like), User.email.ilike(like), User.slack_user_id.ilike(like),
                              User.slack_team_id.ilike(like)))
    async with db.transaction() as session:
        total = int((await session.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one())
        page = Page(int_arg("page", 1, 1, 100_000), PAGE_SIZE, total)
        rows = list((await session.execute(stmt.order_by(User.id).limit(page.size).offset(page.offset))).scalars())
    return await render_template("admin/users.html", title="Users", users=rows, page=page, query=query,
                                 notice=notice(), nav="users")


@bp.post(f"/users/<{ROW_ID}:user_id>/<flag>")
async def set_user_flag(user_id: int, flag: str) -> Response | WerkzeugResponse:
    form = await request.form
    if flag not in FLAGS or form.get("value") not in ("0", "1"):
        return await auth.forbidden("Unknown change requested.", 400)
    value = form["value"] == "1"
    async with db.transaction() as session:
        result = await session.execute(update(User).where(User.id == user_id)
                                       .values({FLAGS[flag]: value, User.updated_at: func.now()})
                                       .returning(User.slack_team_id, User.slack_user_id))
        row = result.one_or_none()
    if row is None:
        return await auth.forbidden("No such user.", 404)
    await auth.audit(f"user.{flag}", f"{row[0]}/{row[1]}", value=value, user_id=user_id)
    # Back to the same search and page; urlencode quotes whatever the hidden fields carried.
    back = {"done": "user_updated", "q": form.get("q", "")[:100], "page": form.get("page", "1")[:6]}
    return redirect("/admin/users?" + urlencode(back), 303)
