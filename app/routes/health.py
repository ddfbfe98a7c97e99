from app import runtime
from servicekit.health import health_blueprint

bp = health_blueprint("jeeves", lambda: runtime.current().deps.engine)
