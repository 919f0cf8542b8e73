"""Which network addresses the fetcher may connect to, and a requests adapter that connects
only to an address that was checked.

URLs come from third parties (feeds, listings, redirects), so a host is resolved and every
address it resolves to is vetted before each connection — on every redirect hop too, since
each hop is a new request through the adapter. The connection then goes to the vetted
address itself (the pool is keyed by that address), so a second, different DNS answer
(DNS rebinding) never reaches a socket. TLS still sends SNI for, and verifies the
certificate against, the host name. Proxies are not used (`trust_env` is off in the fetcher):
a proxy would resolve names itself and defeat the check.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter

IPAddress = IPv4Address | IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

ALLOW_HINT = "set allow_private: true on the source or CASEFILE_ALLOW_PRIVATE=1 to allow"
NAT64 = ipaddress.ip_network("64:ff9b::/96")
NEVER_HOSTS = ("multicast", "unspecified")  # no web server lives there, whatever is allowed
PINNED_ADDRESS = "casefile_pinned_address"  # attribute the adapter sets on a PreparedRequest


class GuardError(Exception):
    """The host was not connected to; the message says why."""


class AddressRefused(GuardError):
    pass


class HostNotFound(GuardError):
    pass


def _embedded_ipv4(address: IPv6Address) -> IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped ::ffff:a.b.c.d, 6to4, NAT64), which
    is where packets really go."""
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address in NAT64:
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_category(address: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private network", ...), or None when it is."""
    if isinstance(address, IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return address_category(embedded)
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local, where cloud metadata services live" if address == IPv4Address("169.254.169.254") else "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private network"
    if address.is_reserved:
        return "reserved"
    if not address.is_global:
        return "not globally routable"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses are always allowed; non-public ones only with `allow_private` or
    when inside `allowed_networks` (a narrower opening, e.g. one intranet range)."""

    allow_private: bool = False
    allowed_networks: tuple[Network, ...] = ()

    def refusal(self, address: IPAddress) -> str | None:
        """None when the address may be connected to, else the reason it may not."""
        category = address_category(address)
        if category is None:
            return None
        if category in NEVER_HOSTS:
            return f"{address} is a {category} address, never a web server"
        if self.allow_private or any(address in network for network in self.allowed_networks):
            return None
        return f"{address} is a private address ({category}); {ALLOW_HINT}"


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for a host, in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


@dataclass(frozen=True)
class AddressGuard:
    policy: AddressPolicy = AddressPolicy()
    resolve: Resolver = system_resolver

    def vet(self, host: str, port: int) -> str:
        """The address to connect to for host:port. Every address the host resolves to
        must pass the policy: a name that mixes public and private answers is refused."""
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            reason = self.policy.refusal(literal)
            if reason:
                raise AddressRefused(f"refused: {reason}")
            return str(literal)
        try:
            addresses = self.resolve(host, port)
        except (socket.gaierror, UnicodeError) as err:
            raise HostNotFound(f"cannot resolve host {host!r}: {err}") from err
        if not addresses:
            raise HostNotFound(f"cannot resolve host {host!r}: no addresses")
        for address in addresses:
            reason = self.policy.refusal(ipaddress.ip_address(address))
            if reason:
                raise AddressRefused(f"refused: {host} resolves to {address}, and {reason}")
        return addresses[0]


def host_header(url: str) -> str:
    """The Host header for a URL: its host and explicit port, without user information."""
    return urlsplit(url).netloc.rpartition("@")[2]


class PinnedAdapter(HTTPAdapter):
    """An HTTPAdapter that vets the destination of every request with an `AddressGuard`
    and connects to the vetted address, keeping the host name for Host, SNI and the
    certificate check."""

    def __init__(self, guard: AddressGuard):
        super().__init__(max_retries=0)
        self.guard = guard

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        setattr(request, PINNED_ADDRESS, self.guard.vet(parts.hostname or "", port))
        request.headers["Host"] = host_header(request.url)
        return super().send(request, **kwargs)

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        if host_params["scheme"] == "https":
            pool_kwargs["server_hostname"] = host_params["host"]
            pool_kwargs["assert_hostname"] = host_params["host"]
        host_params["host"] = getattr(request, PINNED_ADDRESS)
        return host_params, pool_kwargs
