"""Jeeves' logic that is not HTTP: Slack events and actions, weather, users, jobs, tokens."""
