"""HTTPS with a certificate authority made in the test; plain HTTP only to loopback."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.export.keys import SigningKey
from app.export.minisign import PublicKey
from app.services.intake_client import IntakeClient, IntakeError
from app.services.outbox import IntakeTarget, enqueue_bundle, send_outbox
from tests.export.bundle_fixtures import PASSPHRASE
from tests.intake.harness import REPO, IntakeProcess


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_test_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for 127.0.0.1 signed by it: (ca, cert, key) files."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("ClusterBench test CA (fictional)"))
        .issuer_name(_name("ClusterBench test CA (fictional)"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )  # fmt: skip
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


def test_sending_over_https_with_a_private_ca(
    store,
    start_intake: Callable[..., IntakeProcess],
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    tmp_path: Path,
) -> None:
    ca_file, cert_file, key_file = make_test_ca(tmp_path / "tls")
    intake = start_intake("--tls-cert", str(cert_file), "--tls-key", str(key_file))
    assert intake.scheme == "https"
    assert any(line.startswith("listening on https://127.0.0.1:") for line in intake.output)
    entry = enqueue_bundle(store, bundle_factory())
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))

    # A client that does not know the CA refuses the server's certificate.
    with (
        IntakeClient(intake.url, expert_key, timeout=5) as untrusting,
        pytest.raises(IntakeError, match="cannot be reached"),
    ):
        untrusting.health()

    with IntakeClient(intake.url, expert_key, ca_file=ca_file) as client:
        report = send_outbox(store, client, target)
    assert [e.sha256 for e in report.received] == [entry.sha256]

    # The command line trusts the CA through SSL_CERT_FILE.
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE)
    store.close()
    result = subprocess.run(
        [
            sys.executable, "-m", "app", "send", str(bundle_factory()), "--to", intake.url,
            "--intake-key", intake.key, "--passphrase-file", str(passphrase),
        ],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "SSL_CERT_FILE": str(ca_file)},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
