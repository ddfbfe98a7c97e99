from app.services.actions import router
from app.services.actions.registry import Context, Reply, help_text


@router.action("help", "help", "this list")
async def show_help(ctx: Context) -> Reply:
    return Reply(help_text(ctx.router))
