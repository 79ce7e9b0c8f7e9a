"""A deployment check: behind a TLS proxy, the proxy count must be set.

With ``DJANGO_BEHIND_TLS_PROXY`` on and ``DJANGO_PROXY_COUNT`` at 0, every request's address is
the proxy's: the forms' rate limit becomes one limit for the whole site, and the login lockout
locks a username out for every client.
"""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_proxy_count(app_configs, **kwargs):
    if getattr(settings, "BEHIND_TLS_PROXY", False) and settings.TRUSTED_PROXY_COUNT == 0:
        return [
            Warning(
                "DJANGO_BEHIND_TLS_PROXY is on but DJANGO_PROXY_COUNT is 0: every client would have the proxy's "
                "address, so the forms' rate limit and the login lockout would apply to everyone at once.",
                hint="Set DJANGO_PROXY_COUNT to the number of proxies in front of the app servers (usually 1).",
                id="staff.W001",
            )
        ]
    return []
