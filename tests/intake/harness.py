"""Real parts for the intake tests: a PostgreSQL cluster, intake processes, a faulty TCP proxy.

Everything listens on 127.0.0.1 only. The PostgreSQL server is Debian's, in a private
cluster made with ``initdb`` in a temporary folder (run as the ``postgres`` user when the
tests run as root, since PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from app.export.keys import TrustedKeys, dump_trusted_keys

REPO = Path(__file__).resolve().parents[2]
PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
START_TIMEOUT = 60.0


def free_port() -> int:
    """A port nobody listens on right now (on 127.0.0.1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- PostgreSQL ------------------------------------------------------------------------------


class PostgresServer:
    """A private PostgreSQL cluster on a free loopback port."""

    def __init__(self, folder: Path) -> None:
        if not PG_BIN_CANDIDATES:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.bin = PG_BIN_CANDIDATES[0]
        self.folder = folder
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        if self.as_postgres:
            quoted = " ".join(_quote(part) for part in command)
            argv = ["su", "postgres", "-s", "/bin/sh", "-c", quoted]
        else:
            argv = list(command)
        subprocess.run(argv, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            self.folder.parent.chmod(0o755)
        self.folder.chmod(0o700)
        data = self.folder / "data"
        self._run(
            str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        name = f"intake_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


# --- the intake as a real process -----------------------------------------------------------


@dataclass
class IntakeProcess:
    """``clusterbench intake serve`` in a subprocess, killable and restartable."""

    data: Path
    db_url: str | None = None
    extra: list[str] = field(default_factory=list)
    port: int = 0
    scheme: str = "http"
    key: str = ""
    process: subprocess.Popen[str] | None = None
    output: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self) -> IntakeProcess:
        command = [
            sys.executable, "-m", "app", "intake", "serve", "--data", str(self.data),
            "--listen", f"127.0.0.1:{self.port}", *self.extra,
        ]  # fmt: skip
        if self.db_url:
            command += ["--db", self.db_url]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        deadline = time.monotonic() + START_TIMEOUT
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the intake stopped:\n" + "".join(self.output))
            self.output.append(line)
            if line.startswith("intake key: "):
                self.key = line.split(": ", 1)[1].strip()
            if line.startswith("listening on "):
                address = line.split(" on ", 1)[1].strip()
                self.scheme = address.split(":", 1)[0]
                self.port = int(address.rsplit(":", 1)[1])
                threading.Thread(target=self._drain, daemon=True).start()
                return self
        raise RuntimeError("the intake did not start:\n" + "".join(self.output))

    def _drain(self) -> None:
        process = self.process
        if process is None or process.stdout is None:
            return
        for line in process.stdout:
            self.output.append(line)

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut would."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def write_keys(data: Path, experts: TrustedKeys, supervisors: TrustedKeys) -> None:
    """The intake's trusted-keys and supervisors files."""
    data.mkdir(parents=True, exist_ok=True)
    (data / "trusted-keys.json").write_text(dump_trusted_keys(experts), encoding="utf-8")
    (data / "supervisors.json").write_text(dump_trusted_keys(supervisors), encoding="utf-8")


# --- a TCP proxy that cuts connections -------------------------------------------------------


class CuttingProxy:
    """Forwards 127.0.0.1:port to the intake and cuts connections at random byte offsets.

    ``cut_probability`` of the connections are cut after a random number of client bytes
    in [1, ``max_cut_bytes``]; the others after ten times as many at most (clients keep
    connections alive, so every connection must end for new cuts to come). ``down``
    refuses every new connection (network gone). ``patch_cuts`` counts cuts in the middle
    of a tus ``PATCH``, that is, interrupted uploads.
    """

    def __init__(
        self,
        target_port: int,
        *,
        cut_probability: float = 0.0,
        max_cut_bytes: int = 1_000_000,
        seed: int = 14,
    ) -> None:
        self.target_port = target_port
        self.cut_probability = cut_probability
        self.max_cut_bytes = max_cut_bytes
        self.down = False
        self.cuts = 0
        self.patch_cuts = 0
        self.connections = 0
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(128)
        self.port = int(self._server.getsockname()[1])
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            with self._lock:
                self.connections += 1
                limit: int | None = None
                if self.cut_probability:
                    cut_soon = self._random.random() < self.cut_probability
                    limit = self._random.randint(1, self.max_cut_bytes * (1 if cut_soon else 10))
            threading.Thread(target=self._serve, args=(client, limit), daemon=True).start()

    def _serve(self, client: socket.socket, limit: int | None) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        except OSError:
            client.close()
            return
        done = threading.Event()

        def pump(source: socket.socket, sink: socket.socket, budget: int | None) -> None:
            sent = 0
            request = b""
            try:
                while not done.is_set():
                    data = source.recv(65536)
                    if not data:
                        break
                    if budget is not None:
                        request = _last_request(request, data[: budget - sent])
                    if budget is not None and sent + len(data) >= budget:
                        sink.sendall(data[: budget - sent])
                        with self._lock:
                            self.cuts += 1
                            self.patch_cuts += request == b"PATCH"
                        break
                    sink.sendall(data)
                    sent += len(data)
            except OSError:
                pass
            finally:
                done.set()
                for sock in (client, upstream):
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)

        back = threading.Thread(target=pump, args=(upstream, client, None), daemon=True)
        back.start()
        pump(client, upstream, limit)
        back.join(timeout=30)
        client.close()
        upstream.close()

    def close(self) -> None:
        self._stopped.set()
        self._server.close()


_METHODS = (b"PATCH", b"POST", b"HEAD", b"GET", b"DELETE")


def _last_request(current: bytes, data: bytes) -> bytes:
    """The method of the last request that started in ``data`` (else ``current``)."""
    found, where = current, -1
    for method in _METHODS:
        index = data.rfind(method + b" /v1/")
        if index > where:
            found, where = method, index
    return found


def wait_for(condition: object, timeout: float = 30.0) -> None:
    """Poll ``condition()`` until true (the tests' only waiting on other processes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")
