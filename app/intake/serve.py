"""Running the intake: ``clusterbench intake serve`` (uvicorn on a socket it binds itself).

Binding the socket first lets ``--listen 127.0.0.1:0`` take a free port and print it, and
lets the "listening on" line appear only once the server really accepts connections.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path

from app.errors import AppError
from app.intake.keyfile import load_or_create_key
from app.intake.server import (
    EXPERTS_FILE,
    SUPERVISORS_FILE,
    Intake,
    IntakeSettings,
    build_app,
    finish_interrupted,
)

log = logging.getLogger(__name__)


class ListenError(AppError):
    """An address the intake cannot listen on."""

    exit_code = 2


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as a host and a port number."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ListenError(f"Listen on HOST:PORT, for example 127.0.0.1:8443, not {text!r}.")
    return host.strip("[]"), int(port)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ListenError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(
    settings: IntakeSettings,
    listen: str,
    *,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    say: Callable[[str], None] = print,
) -> int:
    """Run the intake until it is stopped; ``say`` prints the key and the address."""
    import uvicorn

    if (tls_cert is None) != (tls_key is None):
        raise ListenError("Give both --tls-cert and --tls-key, or neither.")
    for path in (tls_cert, tls_key):
        if path is not None and not path.is_file():
            raise ListenError(f"There is no file {path}.")
    host, port = parse_listen(listen)
    settings.data.mkdir(parents=True, exist_ok=True)
    signing_key, _created = load_or_create_key(settings.data)
    say(f"intake key: {signing_key.public_key.to_string()}")
    for name in (EXPERTS_FILE, SUPERVISORS_FILE):
        if not (settings.data / name).exists():
            log.warning("no %s in %s yet: nobody with that role can connect", name, settings.data)
    intake = Intake(settings, signing_key)
    finished = finish_interrupted(intake)
    if finished:
        log.info("%d upload(s) interrupted by a stop were finished", finished)
    sock = bind(host, port)
    actual_port = sock.getsockname()[1]
    scheme = "https" if tls_cert else "http"
    shown_host = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(
        build_app(intake),
        log_level="warning",
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        proxy_headers=True,
        server_header=False,
        timeout_keep_alive=30,
    )

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                say(f"listening on {scheme}://{shown_host}:{actual_port}")

    try:
        _Server(config).run(sockets=[sock])
    finally:
        intake.close()
        sock.close()
    return 0
