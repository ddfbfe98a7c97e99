"""The edge gateway: config rendering and the local stack runner."""
