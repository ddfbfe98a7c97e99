"""Small real HTTP servers standing in for the outside world (Slack, weather) in demo mode and tests.

Each has POST /_fake/behaviour to simulate trouble (latency, 429s, outages) without a restart.
"""
