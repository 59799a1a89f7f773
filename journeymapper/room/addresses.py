"""This machine's IPv4 addresses, for choosing the one the room listens on."""

from __future__ import annotations

import contextlib
import ipaddress
import socket

from ..io.messages import cli_msg

DEFAULT_PORT = 8470


def primary_address() -> str:
    """The address other machines on the network reach us at (no packet is sent), or loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
        address = str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
    return address if address != "0.0.0.0" else "127.0.0.1"


def local_addresses() -> list[str]:
    """Every IPv4 address of this machine we know of, the primary one first, loopback last."""
    found = [primary_address()]
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    found.append("127.0.0.1")
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda a: (ipaddress.ip_address(a).is_loopback, unique.index(a)))


def check_host(host: str) -> str:
    """``host`` as a normalised IP literal; ValueError names what is wrong."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        raise ValueError(cli_msg("usage.host", repr(host))) from None
