"""Jeeves' PostgreSQL schema (SQLAlchemy 2 models), engine factory and Alembic migrations."""
