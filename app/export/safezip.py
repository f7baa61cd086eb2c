"""A strict reader for zip archives that came from someone else.

Bundles are hostile input. This reader parses the zip structure itself instead of trusting
``zipfile``: it never extracts to disk, accepts only the plain layout ClusterBench writes
(no zip64, no comments, no extra fields, no data descriptors, members back to back with
every byte of the file accounted for), and refuses, each with its own ``BundleError``:

- archives or members over the size limits, too many members, compression ratios of a bomb;
- absolute paths, ``..`` and backslashes, names outside a plain ASCII allowlist;
- symlinks, directories and other non-regular members;
- duplicate names and names that collide when case is ignored;
- overlapping members, and local headers that disagree with the central directory;
- members whose inflated bytes do not match their declared size and CRC.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from app.errors import AppError

MiB = 1024 * 1024

_EOCD = struct.Struct("<IHHHHIIH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_EOCD_SIG = 0x06054B50
_CENTRAL_SIG = 0x02014B50
_LOCAL_SIG = 0x04034B50
_STORED = 0
_DEFLATED = 8
_FLAG_ENCRYPTED = 0x1
_FLAG_UTF8 = 0x800
_DOS_DIRECTORY = 0x10
_CHUNK = 1 * MiB

_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}"
_NAME = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT}){{0,3}}")


class BundleError(AppError):
    """A bundle refused by one check; ``check`` names the step, ``code`` the reason.

    ``member`` is the archive member at fault, when there is one.
    """

    exit_code = 2

    def __init__(self, check: str, code: str, user_message: str, member: str | None = None) -> None:
        super().__init__(user_message)
        self.check = check
        self.code = code
        self.member = member


def _refuse(code: str, message: str, member: str | None = None) -> BundleError:
    return BundleError("archive", code, message, member)


@dataclass(frozen=True)
class ZipLimits:
    """What a bundle may weigh. The defaults fit an interview with several 50 MB files."""

    max_archive_bytes: int = 200 * MiB
    max_members: int = 500
    max_member_bytes: int = 50 * MiB
    max_total_bytes: int = 400 * MiB
    max_ratio: float = 100.0
    #: Members smaller than this cannot be bombs, whatever their ratio.
    ratio_floor_bytes: int = 64 * 1024


DEFAULT_LIMITS = ZipLimits()


@dataclass(frozen=True)
class Member:
    """One regular file in the archive, as the central directory declares it."""

    name: str
    method: int
    crc: int
    compressed_size: int
    size: int
    data_offset: int
    header_offset: int


def check_member_name(name: str) -> None:
    """Refuse a member name that is absolute, climbs out, or is not plain ASCII."""
    if not name:
        raise _refuse("bad_name", "The bundle holds a member with an empty name.")
    if "\x00" in name:
        raise _refuse("bad_name", "The bundle holds a member name with a NUL byte.")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or name.startswith("\\\\?\\"):
        raise _refuse(
            "absolute_path", f"The bundle holds a member with an absolute path: {name!r}."
        )
    parts = re.split(r"[/\\]", name)
    if "\\" in name or ".." in parts:
        raise _refuse(
            "path_traversal", f"The bundle holds a member that climbs out of its folder: {name!r}."
        )
    if name.endswith("/"):
        raise _refuse("directory_entry", f"The bundle holds a directory entry: {name!r}.")
    if not _NAME.fullmatch(name):
        raise _refuse("bad_name", f"The bundle holds {name!r}, a name ClusterBench never writes.")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


class SafeZip:
    """Random access to the members of a zip that passed every structural check."""

    def __init__(self, source: bytes | Path | str, limits: ZipLimits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        if isinstance(source, bytes | bytearray | memoryview):
            self._stream: BinaryIO = io.BytesIO(bytes(source))
            self._size = len(source)
        else:
            path = Path(source)
            try:
                self._size = path.stat().st_size
                if self._size > limits.max_archive_bytes:
                    raise _refuse("archive_too_large", self._too_large_message())
                self._stream = path.open("rb")
            except OSError as exc:
                raise _refuse("unreadable", f"The bundle cannot be read: {exc.strerror}.") from exc
        try:
            self._members = self._parse()
        except BaseException:
            self._stream.close()
            raise
        self._by_name = {m.name: m for m in self._members}

    def _too_large_message(self) -> str:
        limit = self.limits.max_archive_bytes // MiB
        return f"The bundle is larger than {limit} MB; ClusterBench never writes one that large."

    # -- structure ------------------------------------------------------------------------

    def _read_at(self, offset: int, length: int) -> bytes:
        self._stream.seek(offset)
        data = self._stream.read(length)
        if len(data) != length:
            raise _refuse("truncated", "The bundle is cut short.")
        return data

    def _parse(self) -> list[Member]:
        limits = self.limits
        if self._size > limits.max_archive_bytes:
            raise _refuse("archive_too_large", self._too_large_message())
        if self._size < _EOCD.size:
            raise _refuse("not_a_zip", "The file is not a zip archive (it is too short).")
        (sig, disk, cd_disk, on_disk, entries, cd_size, cd_offset, comment_length) = _EOCD.unpack(
            self._read_at(self._size - _EOCD.size, _EOCD.size)
        )
        if sig != _EOCD_SIG or comment_length != 0:
            raise _refuse(
                "not_a_zip",
                "The file is not a ClusterBench zip archive (its end record is missing, "
                "or followed by other data).",
            )
        if disk != 0 or cd_disk != 0 or on_disk != entries:
            raise _refuse("not_a_zip", "The zip archive claims to span several disks.")
        if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
            raise _refuse("not_a_zip", "The zip archive uses zip64, which bundles never need.")
        if entries > limits.max_members:
            raise _refuse(
                "too_many_members",
                f"The bundle has {entries} members; at most {limits.max_members} are allowed.",
            )
        if cd_offset + cd_size + _EOCD.size != self._size:
            raise _refuse(
                "unexpected_data",
                "The zip archive's directory is not where its end record says, "
                "or other data is attached to it.",
            )
        directory = self._read_at(cd_offset, cd_size)
        members: list[Member] = []
        folded_names: dict[str, str] = {}
        total = 0
        position = 0
        for _ in range(entries):
            member, position = self._central_entry(directory, position)
            folded = _fold(member.name)
            clash = folded_names.get(folded)
            if clash == member.name:
                raise _refuse("duplicate_name", f"The bundle holds {member.name!r} twice.")
            if clash is not None:
                raise _refuse(
                    "case_collision",
                    f"The bundle holds {member.name!r} and {clash!r}, which are the same "
                    "name on Windows and macOS.",
                )
            folded_names[folded] = member.name
            total += member.size
            if total > limits.max_total_bytes:
                raise _refuse(
                    "archive_too_large",
                    f"The bundle would unpack to more than {limits.max_total_bytes // MiB} MB.",
                )
            members.append(member)
        if position != len(directory):
            raise _refuse("unexpected_data", "The zip directory holds more than its entries.")
        self._check_layout(members, cd_offset)
        return members

    def _central_entry(self, directory: bytes, position: int) -> tuple[Member, int]:
        limits = self.limits
        if position + _CENTRAL.size > len(directory):
            raise _refuse("malformed_directory", "The zip directory is cut short.")
        (
            sig,
            _made_by,
            needed,
            flags,
            method,
            mtime,
            mdate,
            crc,
            compressed,
            size,
            name_length,
            extra_length,
            comment_length,
            disk_start,
            _internal,
            external,
            header_offset,
        ) = _CENTRAL.unpack_from(directory, position)
        if sig != _CENTRAL_SIG:
            raise _refuse("malformed_directory", "The zip directory is damaged.")
        start = position + _CENTRAL.size
        raw_name = directory[start : start + name_length]
        if len(raw_name) != name_length:
            raise _refuse("malformed_directory", "The zip directory is cut short.")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            shown = raw_name.decode("utf-8", "replace")
            raise _refuse(
                "bad_name", f"The bundle holds a member name that is not plain ASCII: {shown!r}."
            ) from None
        check_member_name(name)
        if extra_length or comment_length:
            raise _refuse(
                "unexpected_data", f"The member {name!r} carries extra fields or a comment."
            )
        mode = external >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise _refuse("symlink", f"The bundle holds a symbolic link: {name!r}.")
        if (kind not in (0, stat.S_IFREG)) or external & _DOS_DIRECTORY:
            raise _refuse("special_file", f"The bundle holds {name!r}, which is not a plain file.")
        if flags & _FLAG_ENCRYPTED:
            raise _refuse("encrypted_member", f"The member {name!r} is password-protected.")
        if flags & ~_FLAG_UTF8:
            raise _refuse(
                "unexpected_data", f"The member {name!r} uses zip features bundles never use."
            )
        if method not in (_STORED, _DEFLATED):
            raise _refuse(
                "unsupported_compression", f"The member {name!r} uses an unknown compression."
            )
        if disk_start != 0:
            raise _refuse("malformed_directory", "The zip archive claims to span several disks.")
        if size > limits.max_member_bytes:
            raise _refuse(
                "member_too_large",
                f"The member {name!r} is larger than {limits.max_member_bytes // MiB} MB.",
            )
        if method == _STORED and compressed != size:
            raise _refuse("corrupt_member", f"The member {name!r} has inconsistent sizes.")
        if size > limits.ratio_floor_bytes and (
            compressed == 0 or size / compressed > limits.max_ratio
        ):
            raise _refuse(
                "compression_ratio",
                f"The member {name!r} expands more than {limits.max_ratio:.0f} times (a zip bomb).",
                name,
            )
        local = self._read_at(header_offset, _LOCAL.size) if header_offset < self._size else b""
        if len(local) != _LOCAL.size:
            raise _refuse("truncated", "The bundle is cut short.")
        fields = _LOCAL.unpack(local)
        expected = (_LOCAL_SIG, needed, flags, method, mtime, mdate, crc, compressed, size)
        local_name = self._read_at(header_offset + _LOCAL.size, fields[9]) if fields[9] else b""
        if fields[:9] != expected or local_name != raw_name or fields[10] != 0:
            raise _refuse(
                "header_mismatch",
                f"The member {name!r} is described differently in two places of the zip archive.",
            )
        member = Member(
            name=name,
            method=method,
            crc=crc,
            compressed_size=compressed,
            size=size,
            data_offset=header_offset + _LOCAL.size + name_length,
            header_offset=header_offset,
        )
        return member, start + name_length

    def _check_layout(self, members: list[Member], cd_offset: int) -> None:
        """Members must sit back to back from byte 0 up to the directory: no gaps, no overlaps."""
        expected = 0
        for member in sorted(members, key=lambda m: m.header_offset):
            if member.header_offset < expected:
                raise _refuse(
                    "overlapping_members",
                    f"The member {member.name!r} overlaps another one (a zip bomb trick).",
                )
            if member.header_offset > expected:
                raise _refuse("unexpected_data", "The zip archive holds data between members.")
            expected = member.data_offset + member.compressed_size
        if expected != cd_offset:
            raise _refuse(
                "overlapping_members" if expected > cd_offset else "unexpected_data",
                "The zip archive's members and directory do not fit together.",
            )

    # -- access ---------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """Member names in archive order."""
        return [m.name for m in self._members]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def size(self, name: str) -> int:
        """The declared (and, once read, checked) size of a member."""
        return self._by_name[name].size

    def chunks(self, name: str) -> Iterator[bytes]:
        """The inflated bytes of ``name`` in pieces, checked against size and CRC."""
        member = self._by_name[name]
        damaged = _refuse("corrupt_member", f"The member {name!r} is damaged.")
        inflater = zlib.decompressobj(-15) if member.method == _DEFLATED else None
        produced = 0
        crc = 0
        left = member.compressed_size
        offset = member.data_offset
        try:
            while left > 0:
                block = self._read_at(offset, min(_CHUNK, left))
                offset += len(block)
                left -= len(block)
                if inflater is None:
                    pieces = [block]
                else:
                    pieces = []
                    budget = member.size - produced + 1
                    data = block
                    while data and budget > 0:
                        piece = inflater.decompress(data, budget)
                        budget -= len(piece)
                        pieces.append(piece)
                        data = inflater.unconsumed_tail
                    if budget <= 0:
                        raise damaged
                for piece in pieces:
                    produced += len(piece)
                    if produced > member.size:
                        raise damaged
                    crc = zlib.crc32(piece, crc)
                    if piece:
                        yield piece
        except zlib.error as exc:
            raise damaged from exc
        if inflater is not None and (not inflater.eof or inflater.unused_data):
            raise damaged
        if produced != member.size or crc != member.crc:
            raise damaged

    def read(self, name: str) -> bytes:
        """The whole member ``name``, checked against size and CRC."""
        return b"".join(self.chunks(name))

    def close(self) -> None:
        """Release the file."""
        self._stream.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
