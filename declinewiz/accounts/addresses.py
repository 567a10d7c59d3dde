"""Where a request comes from, for the sign-in and sign-up limits (AXES_CLIENT_IP_CALLABLE).

Straight from the internet, it is the connection's address. Behind a reverse proxy every
connection is the proxy's, and the client's address is the entry that proxy appended to
X-Forwarded-For: the right-most one. Everything to its left came from the client, who can write
anything there, so only the proxies named in TRUSTED_PROXIES are believed, and only as far
back as they go. From any other peer the header is ignored.
"""

from functools import lru_cache

from django.conf import settings
from python_ipware import IpWare

HEADER = "HTTP_X_FORWARDED_FOR"


@lru_cache(maxsize=4)
def _reader(trusted_proxies):
    # settings.py has already checked each entry is an address, a network or a prefix.
    return IpWare(precedence=(HEADER,), proxy_list=list(trusted_proxies))


def client_address(request):
    peer = request.META.get("REMOTE_ADDR")
    trusted = settings.TRUSTED_PROXIES
    if not trusted:
        return peer
    # The peer is the last proxy. python-ipware checks every proxy's place in the chain (the
    # peer's included), then takes the hop just before the outermost one.
    forwarded = request.META.get(HEADER, "")
    chain = f"{forwarded}, {peer}" if forwarded else peer
    address, through_proxies = _reader(tuple(trusted)).get_client_ip({HEADER: chain})
    return str(address) if through_proxies and address is not None else peer
