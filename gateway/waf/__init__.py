"""The WAF's render-time side: the OWASP CRS compiler, its report and the per-route tuning helper."""
