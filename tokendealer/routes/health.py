from servicekit.health import health_blueprint
from tokendealer.runtime import current

bp = health_blueprint("tokendealer", lambda: current().engine)
