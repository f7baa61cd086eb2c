"""minisign-format signatures: round trip, tampering, and the file format details."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.export import minisign
from app.export.keys import derive_key_id
from app.export.minisign import MinisignError, PublicKey, Signature


def _key() -> tuple[Ed25519PrivateKey, PublicKey]:
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes_raw()
    return private, PublicKey(derive_key_id(raw), raw)


def test_signature_round_trip_carries_the_trusted_comment() -> None:
    private, public = _key()
    text = minisign.sign(private, public.key_id, b"payload", "clusterbench bundle=x rev=1")
    parsed = minisign.verify(public, b"payload", text)
    assert parsed.trusted_comment == "clusterbench bundle=x rev=1"
    assert parsed.algorithm == minisign.PREHASHED
    assert text.splitlines()[0].startswith("untrusted comment: ")
    assert text.splitlines()[2] == "trusted comment: clusterbench bundle=x rev=1"


def test_changed_file_is_refused() -> None:
    private, public = _key()
    text = minisign.sign(private, public.key_id, b"payload", "c")
    with pytest.raises(MinisignError) as caught:
        minisign.verify(public, b"payload!", text)
    assert caught.value.code == "bad_signature"


def test_changed_trusted_comment_is_refused() -> None:
    private, public = _key()
    text = minisign.sign(private, public.key_id, b"payload", "rev=1")
    forged = text.replace("trusted comment: rev=1", "trusted comment: rev=9")
    with pytest.raises(MinisignError, match="trusted comment"):
        minisign.verify(public, b"payload", forged)


def test_untrusted_comment_may_change_freely() -> None:
    private, public = _key()
    text = minisign.sign(private, public.key_id, b"payload", "c")
    edited = "untrusted comment: anything at all\n" + text.split("\n", 1)[1]
    assert minisign.verify(public, b"payload", edited).untrusted_comment == "anything at all"


def test_signature_by_another_key_names_both_key_ids() -> None:
    private, public = _key()
    _other_private, other = _key()
    text = minisign.sign(private, public.key_id, b"payload", "c")
    with pytest.raises(MinisignError) as caught:
        minisign.verify(other, b"payload", text)
    assert caught.value.code == "key_mismatch"
    assert public.key_id_hex in caught.value.user_message


def test_legacy_unhashed_signatures_still_verify() -> None:
    private, public = _key()
    signature = private.sign(b"payload")
    comment = "legacy"
    legacy = Signature(
        algorithm=minisign.LEGACY,
        key_id=public.key_id,
        signature=signature,
        trusted_comment=comment,
        global_signature=private.sign(signature + comment.encode()),
    ).to_text()
    assert minisign.verify(public, b"payload", legacy).algorithm == b"Ed"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "untrusted comment: x\n",
        "not a comment\nAAAA\ntrusted comment: x\nAAAA\n",
        "untrusted comment: x\n!!!notbase64\ntrusted comment: x\nAAAA\n",
        "untrusted comment: x\n"
        + base64.b64encode(b"XX" + bytes(72)).decode()
        + "\ntrusted comment: x\n"
        + base64.b64encode(bytes(64)).decode()
        + "\n",
        "untrusted comment: x\n"
        + base64.b64encode(b"ED" + bytes(72)).decode()
        + "\nno trusted prefix\n"
        + base64.b64encode(bytes(64)).decode()
        + "\n",
    ],
)
def test_malformed_signature_files_are_refused(text: str) -> None:
    _private, public = _key()
    with pytest.raises(MinisignError) as caught:
        minisign.verify(public, b"payload", text)
    assert caught.value.code == "malformed"


def test_public_key_string_and_file_round_trip() -> None:
    _private, public = _key()
    assert public.to_string().startswith("RW")
    assert PublicKey.from_string(public.to_string()) == public
    file_text = public.to_file_text()
    assert file_text.startswith(f"untrusted comment: minisign public key {public.key_id_hex}\n")
    assert PublicKey.from_file_text(file_text) == public
    blob = base64.b64decode(public.to_string())
    assert blob[:2] == b"Ed"
    assert blob[2:10] == public.key_id
    assert blob[10:] == public.raw


def test_fingerprint_is_five_groups_of_four_hex_digits() -> None:
    _private, public = _key()
    groups = public.fingerprint.split(" ")
    assert len(groups) == 5
    assert all(len(g) == 4 and int(g, 16) >= 0 for g in groups)


@pytest.mark.parametrize(
    "text", ["", "RW", "not base64 at all", base64.b64encode(b"Ed" + bytes(10)).decode()]
)
def test_malformed_public_keys_are_refused(text: str) -> None:
    with pytest.raises(MinisignError):
        PublicKey.from_string(text)


def test_multi_line_comments_are_refused_when_signing() -> None:
    private, public = _key()
    with pytest.raises(MinisignError):
        minisign.sign(private, public.key_id, b"x", "two\nlines")
