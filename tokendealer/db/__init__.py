"""PostgreSQL access: models, the async engine, Alembic migrations."""
