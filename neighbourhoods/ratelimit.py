"""Rate limits on what anonymous people may send: a count per key in a fixed window (the cache).

Limits are per IP address and per e-mail address, set in WIJKAGENDA_RATE_LIMITS as
{"ip": (requests, seconds), "email": (requests, seconds)}.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


class RateLimited(Exception):
    """Too many requests; `retry_after` in seconds."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(f"too many requests; try again in {retry_after} s")


def rate_limit_hit(*, scope: str, key: str) -> None:
    """Count one request of `key` in `scope`; raise RateLimited when over the limit."""
    limit, window = settings.WIJKAGENDA_RATE_LIMITS[scope]
    digest = hashlib.sha256(key.strip().lower().encode()).hexdigest()[:32]
    name = f"ratelimit:{scope}:{digest}"
    cache.add(name, 0, timeout=window)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=window)
        count = 1
    if count > limit:
        raise RateLimited(window)


def client_ip(meta: dict) -> str:
    """The client's address; behind a proxy, set WIJKAGENDA_TRUSTED_PROXY_HEADER."""
    header = settings.WIJKAGENDA_TRUSTED_PROXY_HEADER
    if header and meta.get(header):
        return meta[header].split(",")[0].strip()
    return meta.get("REMOTE_ADDR", "")
