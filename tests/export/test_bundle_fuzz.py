"""A hypothesis-driven fuzzer for the verifier: 2,100 mutated bundles per run.

Mutations cover the zip's bytes, member names, bag-info fields, the manifests and the JSON
data files; each is written as it is, with its manifests brought up to date (but the old
signature), re-signed by a stranger, or re-signed by a trusted key. For every one:

- ``verify_bundle`` returns; no exception escapes, and the catch-all refusal
  (``unexpected_error``) never appears: every refusal has its own code;
- a bundle whose content changed never verifies unless a trusted key signed the change;
- a bundle that verifies can be read for review, and every data file in it has its shape.

The runs are derandomised, so CI sees the same examples every time (and a failure found
once is found again); ``HYPOTHESIS_SEED`` does not apply.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from app.export import bundle as layout
from app.export.keys import SigningKey
from app.export.minisign import MinisignError
from app.export.safezip import BundleError, SafeZip
from app.export.shapes import MEMBER_SHAPES, problem_of
from app.export.verify import UNEXPECTED_CODE, parse_bag_info, review_bundle, verify_bundle
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    expert_material,
    make_bundle,
    members_of,
    stranger_material,
    trusted,
    write_zip,
)
from tests.scale import report

pytestmark = pytest.mark.slow

FUZZ = settings(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
MODES = ("as_is", "manifests_updated", "signed_by_stranger", "signed_by_trusted_key")
JSON_MEMBERS = (layout.INTERVIEW_JSON, layout.ANSWERS_JSON, layout.SCORES_JSON, layout.EVENTS_JSON)
#: What every test of this module saw: mutations, acceptances, codes, exceptions.
TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory, default_pack: Pack) -> Path:
    return make_bundle(tmp_path_factory.mktemp("fuzz"), expert_material().signing, default_pack)


class _Members(dict[str, bytes]):
    """The original bundle's members, with a short repr for hypothesis's reports."""

    def __repr__(self) -> str:
        return f"<the {len(self)} members of the original bundle>"


@pytest.fixture(scope="module")
def base(original: Path) -> dict[str, bytes]:
    return _Members(members_of(original))


@pytest.fixture(scope="module", autouse=True)
def _report_the_tally() -> Iterator[None]:
    yield
    report(
        "bundle fuzzer",
        mutations=TALLY["mutations"],
        accepted=TALLY["accepted"],
        accepted_unchanged=TALLY["accepted_unchanged"],
        accepted_signed_by_trusted_key=TALLY["accepted_trusted"],
        exceptions=TALLY["exceptions"],
        unexpected_refusals=TALLY[UNEXPECTED_CODE],
        refusal_codes=" ".join(
            f"{k[5:]}={v}" for k, v in sorted(TALLY.items()) if k.startswith("code:")
        ),
    )


# --- making the mutated bundles ----------------------------------------------------------------


def _tag_manifest(members: dict[str, bytes]) -> bytes:
    """The tag manifest of the tag files as they are now (an absent one hashes as empty)."""
    return layout.manifest_text(
        {
            name: hashlib.sha256(members.get(name, b"")).hexdigest()
            for name in (layout.BAGIT_FILE, layout.BAG_INFO_FILE, layout.MANIFEST_FILE)
        }
    )


def _payload_manifest(members: dict[str, bytes]) -> bytes:
    return layout.manifest_text(
        {n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n.startswith("data/")}
    )


def _sign(members: dict[str, bytes], signing: SigningKey, base: dict[str, bytes]) -> None:
    """Sign the tag manifest as the bundle's signer would, describing the bag-info given."""
    try:
        info = parse_bag_info(members[layout.BAG_INFO_FILE])
    except (BundleError, KeyError):
        info = parse_bag_info(base[layout.BAG_INFO_FILE])
    fields = {
        "bundle": info.get("Bundle-Id", ""),
        "interview": info.get("Interview-Id", ""),
        "rev": info.get("Revision", ""),
        "created": info.get("Created", ""),
        "key": signing.public_key.key_id_hex,
        "practice": info.get("Practice", ""),
    }
    comment = "clusterbench " + " ".join(f"{k}={v}".replace("\n", " ") for k, v in fields.items())
    try:
        signature = signing.sign(members.get(layout.TAGMANIFEST_FILE, b""), comment)
    except MinisignError:
        reject()  # minisign itself cannot carry such a comment: no forger could sign it
    members[layout.SIGNATURE_FILE] = signature.encode("utf-8")


def _set_bag_info(members: dict[str, bytes], label: str, value: str) -> None:
    """Replace one label's line in bag-info.txt, leaving every other byte as it is."""
    if layout.BAG_INFO_FILE not in members:
        return
    lines = members[layout.BAG_INFO_FILE].split(b"\n")
    prefix = f"{label}: ".encode()
    members[layout.BAG_INFO_FILE] = b"\n".join(
        prefix + value.encode() if line.startswith(prefix) else line for line in lines
    )


def _finish(
    members: dict[str, bytes],
    mode: str,
    base: dict[str, bytes],
    *,
    payload_changed: bool,
    own_signer_key: bool = True,
) -> dict[str, bytes]:
    """Bring manifests up to date (and sign) as far as ``mode`` says, as a forger would:
    the payload manifest and Payload-Oxum for a changed payload, the signer's own key in
    bag-info (unless ``own_signer_key`` is false), the tag manifest, the signature."""
    members = dict(members)
    if mode == "as_is":
        return members
    if payload_changed:
        members[layout.MANIFEST_FILE] = _payload_manifest(members)
        payload = [d for n, d in members.items() if n.startswith("data/")]
        _set_bag_info(members, "Payload-Oxum", f"{sum(map(len, payload))}.{len(payload)}")
    signer = {
        "signed_by_stranger": stranger_material(),
        "signed_by_trusted_key": expert_material(),
    }.get(mode)
    if signer is not None and own_signer_key:
        _set_bag_info(members, "Signer-Key", signer.signing.public_key.to_string())
    members[layout.TAGMANIFEST_FILE] = _tag_manifest(members)
    if signer is not None:
        _sign(members, signer.signing, base)
    return members


def _readable_contents(path: Path) -> dict[str, bytes] | None:
    try:
        with SafeZip(path) as archive:
            return {name: archive.read(name) for name in archive.names}
    except BundleError:
        return None


def _check(path: Path, base: dict[str, bytes], mode: str) -> None:
    """The properties every mutated bundle must have."""
    TALLY["mutations"] += 1
    try:
        result = verify_bundle(path, trusted())
    except Exception:
        TALLY["exceptions"] += 1
        raise
    failure = result.first_failure
    if failure is not None:
        TALLY[f"code:{failure.code}"] += 1
        if failure.code == UNEXPECTED_CODE:
            TALLY[UNEXPECTED_CODE] += 1
        assert failure.code != UNEXPECTED_CODE, failure.message
        assert failure.message
        assert not result.ok
        return
    assert result.ok
    TALLY["accepted"] += 1
    contents = _readable_contents(path)
    assert contents is not None
    if contents == base:
        TALLY["accepted_unchanged"] += 1
        return
    # Changed content verifies only when a trusted key signed the change.
    assert mode == "signed_by_trusted_key", sorted(set(contents.items()) ^ set(base.items()))[:2]
    TALLY["accepted_trusted"] += 1
    verified, review = review_bundle(path, trusted())
    assert verified.ok
    assert review is not None
    for name, shape in MEMBER_SHAPES.items():
        assert problem_of(shape, json.loads(contents[name])) is None, name


# --- strategies --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
hostile_names = st.sampled_from(
    [
        "../evil",
        "/etc/passwd",
        "data\\interview.json",
        "DATA/interview.json",
        "data/Interview.json",
        "data/evidence/../../x",
        "data/evidence/" + "0" * 64 + ".csv",
        "data/",
        "data//answers.json",
        "data/interview.json ",
        "data/inter\u0301view.json",
        "data/charts/radar.gif",
        "bag-info.txt.minisig",
        "a" * 300,
        "",
    ]
)
member_names = hostile_names | st.text(min_size=0, max_size=60)


def _write(tmp_path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    return write_zip(tmp_path / "fuzzed.zip", members)


# --- the zip's bytes ---------------------------------------------------------------------------


@settings(FUZZ, max_examples=500)
@given(data=st.data())
def test_zip_bytes(
    data: st.DataObject, original: Path, base: dict[str, bytes], tmp_path: Path
) -> None:
    raw = bytearray(original.read_bytes())
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        kind = data.draw(st.sampled_from(["flip", "overwrite", "truncate", "insert", "append"]))
        at = data.draw(st.integers(0, len(raw)), label="offset")
        if kind == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255))
        elif kind == "overwrite":
            raw[at : at + 4] = data.draw(st.binary(min_size=1, max_size=4))
        elif kind == "truncate":
            del raw[at:]
        elif kind == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            raw += data.draw(st.binary(min_size=1, max_size=64))
    path = tmp_path / "fuzzed.zip"
    path.write_bytes(bytes(raw))
    _check(path, base, "as_is")


# --- member names ------------------------------------------------------------------------------


@settings(FUZZ, max_examples=300)
@given(
    operation=st.sampled_from(["rename", "add", "duplicate", "drop"]),
    target=st.integers(0, 50),
    name=member_names,
    content=st.binary(max_size=64),
    mode=st.sampled_from(MODES),
)
def test_member_names(
    operation: str,
    target: int,
    name: str,
    content: bytes,
    mode: str,
    base: dict[str, bytes],
    tmp_path: Path,
) -> None:
    names = sorted(base)
    chosen = names[target % len(names)]
    items = list(base.items())
    if operation == "rename":
        items = [(name if n == chosen else n, d) for n, d in items]
    elif operation == "add":
        items.append((name, content))
    elif operation == "duplicate":
        items.append((chosen, content or base[chosen]))
    else:
        items = [(n, d) for n, d in items if n != chosen]
    if mode != "as_is" and operation != "duplicate":
        finished = _finish(dict(items), mode, base, payload_changed=True)
        items = list(finished.items())
    try:
        path = _write(tmp_path, items)
    except (ValueError, UnicodeEncodeError):
        return  # zipfile itself refuses to write such a name
    _check(path, base, mode)


# --- bag-info fields ---------------------------------------------------------------------------

generic_values = (
    st.text(max_size=60)
    | st.sampled_from(["", "0", "-1", "9" * 40, "1.5", "yes", "no", "clusterbench-bundle/2"])
    | st.from_regex(r"[0-9]{1,12}\.[0-9]{1,4}", fullmatch=True)
)


#: Date-times anywhere in the calendar with any offset, the edges included
#: (``9999-12-31T23:59:59-23:59`` cannot be expressed in UTC).
def _edge_or_any(edges: list[int], low: int, high: int) -> st.SearchStrategy[int]:
    return st.sampled_from(edges) | st.integers(low, high)


any_moment = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}".format,
    _edge_or_any([1, 9999], 0, 9999),
    _edge_or_any([1, 12], 0, 13),
    _edge_or_any([1, 31], 0, 32),
    _edge_or_any([0, 23], 0, 24),
    _edge_or_any([0, 59], 0, 60),
    _edge_or_any([0, 59], 0, 60),
    st.sampled_from(["", "Z"])
    | st.builds(
        "{}{:02d}:{:02d}".format,
        st.sampled_from("+-"),
        _edge_or_any([23], 0, 24),
        _edge_or_any([59], 0, 60),
    ),
)
#: The last and first moments of the calendar with an offset that pushes them past it.
edge_moment = st.builds(
    "{}{:02d}:{:02d}".format,
    st.sampled_from(["9999-12-31T23:59:59-", "0001-01-01T00:00:00+"]),
    st.integers(0, 23),
    st.integers(0, 59),
)
moments = edge_moment | any_moment
#: Numbers in digits of any script (``²``, ``٣``, ``５``) as well as ASCII ones.
numbers = st.text(
    alphabet=st.characters(categories=["Nd", "No"]) | st.sampled_from("0123456789"),
    min_size=1,
    max_size=12,
)
dated = st.tuples(st.sampled_from(["Created", "Bagging-Date"]), moments | generic_values)
counted = st.tuples(st.sampled_from(["Revision", "Payload-Oxum"]), numbers | generic_values)
labelled_values = st.one_of(
    dated,
    dated,
    counted,
    counted,
    st.tuples(st.sampled_from(["Signer-Key"]), st.just("RW" + "A" * 54) | generic_values),
    st.tuples(
        st.sampled_from(layout.BAG_INFO_LABELS) | st.text(min_size=1, max_size=20),
        generic_values,
    ),
)


@settings(FUZZ, max_examples=400)
@given(
    labelled=labelled_values,
    operation=st.sampled_from(["set", "set", "set", "drop", "repeat", "raw_line"]),
    raw_line=st.binary(max_size=40),
    mode=st.sampled_from(MODES),
)
def test_bag_info_fields(
    labelled: tuple[str, str],
    operation: str,
    raw_line: bytes,
    mode: str,
    base: dict[str, bytes],
    tmp_path: Path,
) -> None:
    label, value = labelled
    lines = base[layout.BAG_INFO_FILE].decode().splitlines(keepends=True)
    entry = f"{label}: {value}\n".encode()
    if operation == "raw_line":
        text = b"".join(line.encode() for line in lines) + raw_line
    elif operation == "repeat":
        text = b"".join(line.encode() for line in lines) + entry
    else:
        kept = [line.encode() for line in lines if not line.startswith(f"{label}: ")]
        text = b"".join(kept) + (entry if operation == "set" else b"")
    members = {**base, layout.BAG_INFO_FILE: text}
    finished = _finish(
        members, mode, base, payload_changed=False, own_signer_key=label != "Signer-Key"
    )
    _check(_write(tmp_path, finished), base, mode)


# --- the manifests -----------------------------------------------------------------------------


@settings(FUZZ, max_examples=400)
@given(
    which=st.sampled_from([layout.MANIFEST_FILE, layout.TAGMANIFEST_FILE]),
    operation=st.sampled_from(["hash", "path", "drop", "repeat", "add", "spaces", "reorder"]),
    line=st.integers(0, 50),
    position=st.integers(0, 63),
    text=st.text(max_size=30),
    mode=st.sampled_from(MODES),
)
def test_manifests(
    which: str,
    operation: str,
    line: int,
    position: int,
    text: str,
    mode: str,
    base: dict[str, bytes],
    tmp_path: Path,
) -> None:
    lines = base[which].decode().splitlines()
    index = line % len(lines)
    digest, _sep, name = lines[index].partition("  ")
    if operation == "hash":
        digest = (
            digest[:position] + ("0" if digest[position] != "0" else "1") + digest[position + 1 :]
        )
        lines[index] = f"{digest}  {name}"
    elif operation == "path":
        lines[index] = f"{digest}  {text or name + 'x'}"
    elif operation == "drop":
        del lines[index]
    elif operation == "repeat":
        lines.append(lines[index])
    elif operation == "add":
        lines.append(f"{hashlib.sha256(text.encode()).hexdigest()}  data/{text}")
    elif operation == "spaces":
        lines[index] = lines[index].replace("  ", " \t ", 1)
    else:
        lines.reverse()
    members = {**base, which: ("\n".join(lines) + "\n").encode()}
    if mode != "as_is":
        members[layout.TAGMANIFEST_FILE] = (
            members[layout.TAGMANIFEST_FILE]
            if which == layout.TAGMANIFEST_FILE
            else _tag_manifest(members)
        )
        if mode != "manifests_updated":
            signer = expert_material() if mode == "signed_by_trusted_key" else stranger_material()
            _set_bag_info(members, "Signer-Key", signer.signing.public_key.to_string())
            if which != layout.TAGMANIFEST_FILE:
                members[layout.TAGMANIFEST_FILE] = _tag_manifest(members)
            _sign(members, signer.signing, base)
    _check(_write(tmp_path, members), base, mode)


# --- the data files ----------------------------------------------------------------------------


def _walk_to(document: Any, steps: list[int]) -> tuple[Any, Any]:
    """A container inside ``document`` and a key or index in it, chosen by ``steps``."""
    parent: Any = document
    key: Any = None
    for step in steps:
        if isinstance(parent, dict) and parent:
            key = sorted(parent)[step % len(parent)]
        elif isinstance(parent, list) and parent:
            key = step % len(parent)
        else:
            break
        child = parent[key]
        if not isinstance(child, dict | list) or not child:
            break
        parent = child
        key = None
    return parent, key


@settings(FUZZ, max_examples=500)
@given(
    member=st.sampled_from(JSON_MEMBERS),
    steps=st.lists(st.integers(0, 1000), max_size=6),
    operation=st.sampled_from(["set", "delete", "add_field", "replace_document"]),
    value=json_values,
    field_name=st.text(max_size=12),
    canonical=st.booleans(),
    mode=st.sampled_from(MODES),
)
def test_data_files(
    member: str,
    steps: list[int],
    operation: str,
    value: Any,
    field_name: str,
    canonical: bool,
    mode: str,
    base: dict[str, bytes],
    tmp_path: Path,
) -> None:
    document = json.loads(base[member])
    parent, key = _walk_to(document, steps)
    if operation == "replace_document":
        document = value
    elif operation == "add_field" and isinstance(parent, dict):
        parent[field_name] = value
    elif key is not None and operation == "set":
        parent[key] = value
    elif key is not None and operation == "delete":
        del parent[key]
    try:
        data = layout.canonical_json(document) if canonical else json.dumps(document).encode()
    except ValueError:  # NaN or Infinity: written the way a careless tool would
        data = json.dumps(document, allow_nan=True).encode()
    members = {**base, member: data}
    _check(_write(tmp_path, _finish(members, mode, base, payload_changed=True)), base, mode)


def test_the_fuzzer_met_many_kinds_of_refusal() -> None:
    """Run after the fuzzing tests above: they saw many distinct codes and nothing escaped."""
    if TALLY["mutations"] < 2000:
        pytest.skip("run with the fuzzing tests of this module")
    assert TALLY["exceptions"] == 0
    assert TALLY[UNEXPECTED_CODE] == 0
    assert len([k for k in TALLY if k.startswith("code:")]) >= 15
