"""Errors raised by the store; each carries a message fit to show the user."""

from __future__ import annotations

from app.errors import AppError


class StoreError(AppError):
    """The store cannot be used."""

    exit_code = 2


class StorePathError(StoreError):
    """The store's file or folder cannot be used where it is: a folder in the way, no
    permission, a read-only medium, a full disk."""


class StoreCorruptError(StoreError):
    """The database file is damaged or is not a ClusterBench database."""


class StoreLockedError(StoreError):
    """Another ClusterBench instance has the database open."""


class StoreTooNewError(StoreError):
    """The database was written by a newer ClusterBench than this one."""


class InterviewLockedError(AppError):
    """The interview is finalised; it must be reopened (with a reason) before changes."""

    exit_code = 2


class EvidenceTooLargeError(AppError):
    """An evidence file exceeds the size limit."""

    exit_code = 2


class NotFoundError(AppError):
    """An interview, cluster or record id does not exist."""

    exit_code = 2
