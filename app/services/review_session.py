"""The supervisor's open bundle: the verified review, the comments typed, the decision;
and the connection to ESCA's shared review queue.

``ReviewSession`` is what the supervisor window shows, without Qt: the review of one bundle
(``review.open_for_review`` verifies a file and reads it from the very bytes verified;
``fetch_from_queue`` downloads a claimed bundle from the intake and verifies it the same
way), the comment beside each question, and the signed decision, which for a bundle from
the queue is posted back to the intake. Nothing from a bundle is offered until every check
passed. Views connect to its ``Callbacks``; the network calls may run on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.export import keys
from app.export.decision import Decision, make_decision
from app.export.verify import BundleContents, EvidenceEntry, VerificationResult
from app.fileio import write_atomically
from app.models import Store
from app.scoring.engine import ScoreResult, answer_text
from app.scoring.pack import Item
from app.services import review_queue
from app.services.intake_client import IntakeClient
from app.services.outbox import configure_intake
from app.services.review import Review, open_for_review, sign_decision, trusted_keys_at
from app.services.review_queue import QueueEntry, ReviewCopy
from app.services.session import Callbacks

#: Where bundles fetched from the queue and the decisions posted are kept (in the data folder).
QUEUE_FOLDER = "review-queue"

#: What the review refuses, in words the windows translate.
MESSAGES: dict[str, str] = {
    "not_verified": "Open a bundle that verifies before deciding.",
    "no_report": "The bundle carries no report PDF.",
}


class NotVerifiedError(AppError):
    """An action that needs a bundle which passed every check."""

    exit_code = 2


class NotConnectedError(AppError):
    """A queue action before connecting to the intake."""


@dataclass(frozen=True)
class QueueConnection:
    """A connection to the intake's review queue, signed with the supervisor's key (kept
    in memory for the session only)."""

    client: IntakeClient
    signing_key: keys.SigningKey
    url: str


class ReviewSession:
    """One bundle under review: its verification, its content, comments and decision."""

    def __init__(self, store: Store, trusted_keys_path: Path, *, language: str = "en") -> None:
        self.store = store
        self.trusted_keys_path = trusted_keys_path
        self.language = language
        self.bundle_path: Path | None = None
        self.age_identity: Path | None = None
        self.review: Review | None = None
        #: The bundle shown, when it came from the review queue.
        self.copy: ReviewCopy | None = None
        self.queue: QueueConnection | None = None
        self._comments: dict[str, str] = {}
        #: A bundle was verified (passed or not): the new review.
        self.reviewed: Callbacks[[Review]] = Callbacks()
        #: The comment on an item changed (its id).
        self.comment_changed: Callbacks[[str]] = Callbacks()

    # --- the review ------------------------------------------------------------------------

    def verify(self, path: Path) -> Review:
        """Verify and read the bundle at ``path`` (a worker may run this; nothing changes here)."""
        return open_for_review(
            self.store,
            path,
            trusted_keys_path=self.trusted_keys_path,
            age_identity=self.age_identity,
        )

    def show(self, review: Review) -> None:
        """Make ``review`` the one shown (comments start empty)."""
        self.bundle_path = Path(review.result.path)
        self.review = review
        self.copy = None
        self._comments = {}
        self.reviewed.emit(review)

    def show_copy(self, copy: ReviewCopy) -> Review:
        """Make a bundle fetched from the queue the one shown; its decision goes back there."""
        review = Review(copy.result, copy.contents)
        self.show(review)
        self.copy = copy
        return review

    @property
    def from_queue(self) -> bool:
        """Whether the bundle shown came from the review queue (and the decision goes there)."""
        return self.copy is not None and self.queue is not None

    def clear(self) -> None:
        """Forget the bundle's content (the window closes or opens another)."""
        self.review = None
        self.copy = None
        self._comments = {}

    # --- the review queue ------------------------------------------------------------------

    def connect_queue(self, url: str, intake_key: str, passphrase: str) -> QueueConnection:
        """Check the intake's address and key (kept for next time), unlock the supervisor's
        key and connect; an intake whose key is not the one given is refused. The caller
        makes it the session's connection with ``use_queue``."""
        target = configure_intake(self.store, url, intake_key)
        signing_key = keys.unlock(passphrase)
        client = review_queue.connect(target.url, signing_key, target.intake_key)
        return QueueConnection(client, signing_key, target.url)

    def use_queue(self, connection: QueueConnection | None) -> None:
        """Work with this queue connection from now on (None: disconnect)."""
        if self.queue is not None and self.queue is not connection:
            self.queue.client.close()
        self.queue = connection

    def _queue(self) -> QueueConnection:
        if self.queue is None:
            raise NotConnectedError("Connect to the intake first.")
        return self.queue

    def queue_entries(self) -> list[QueueEntry]:
        """The bundles in the shared queue, newest first."""
        return review_queue.list_queue(self._queue().client)

    def claim(self, sha256: str) -> QueueEntry:
        """Claim a bundle; ``ClaimedError`` (with ``claimed_by``) when another has it."""
        return review_queue.claim(self._queue().client, sha256)

    def release(self, sha256: str) -> None:
        """Give a claimed bundle back to the queue."""
        review_queue.release(self._queue().client, sha256)

    def fetch_from_queue(self, sha256: str) -> ReviewCopy:
        """Download a claimed bundle and verify it as a file is verified (show it with
        ``show_copy``)."""
        return review_queue.fetch_for_review(
            self._queue().client,
            sha256,
            self.store.path.parent / QUEUE_FOLDER,
            trusted_keys_at(self.trusted_keys_path),
            store=self.store,
            allow_practice=True,
            age_identity=self.age_identity,
        )

    @property
    def result(self) -> VerificationResult | None:
        """The verification result of the bundle shown."""
        return self.review.result if self.review is not None else None

    @property
    def contents(self) -> BundleContents | None:
        """What the bundle holds, only when every check passed."""
        return self.review.contents if self.review is not None and self.review.verified else None

    @property
    def scores(self) -> ScoreResult | None:
        """The verified scores."""
        return self.review.scores if self.review is not None else None

    @property
    def verified(self) -> bool:
        """Whether the bundle shown passed every check."""
        return self.review is not None and self.review.verified

    def _verified_contents(self) -> BundleContents:
        contents = self.contents
        if contents is None:
            raise NotVerifiedError(MESSAGES["not_verified"])
        return contents

    # --- reading the content -------------------------------------------------------------

    def answer_of(self, item: Item) -> str:
        """The answer to ``item`` as text ("" when unanswered)."""
        contents = self.contents
        value = contents.answers.get(item.id) if contents is not None else None
        try:
            return answer_text(item, value, self.language)
        except (TypeError, ValueError, KeyError, AttributeError):
            return str(value)

    def is_answered(self, item: Item) -> bool:
        """Whether ``item`` has an answer."""
        contents = self.contents
        return contents is not None and contents.answers.get(item.id) is not None

    def note_of(self, item: Item) -> str:
        """The expert's note for the report on ``item``."""
        contents = self.contents
        return contents.notes.get(item.id, "") if contents is not None else ""

    def evidence_for(self, item_id: str) -> list[EvidenceEntry]:
        """The bundle's evidence files for ``item_id``."""
        contents = self.contents
        return [e for e in contents.evidence if e.item_id == item_id] if contents else []

    def item_label(self, item_id: str) -> str:
        """The question's text in the bundled pack (its id when unknown)."""
        contents = self.contents
        if contents is None or item_id not in contents.pack.item_index:
            return item_id
        return contents.pack.item(item_id).label.get(self.language)

    # --- comments and the decision ---------------------------------------------------------

    def set_comment(self, item_id: str, text: str) -> None:
        """Keep (or, when blank, drop) the comment on ``item_id``."""
        if text.strip():
            self._comments[item_id] = text
        else:
            self._comments.pop(item_id, None)
        self.comment_changed.emit(item_id)

    def comment(self, item_id: str) -> str:
        """The comment typed for ``item_id``."""
        return self._comments.get(item_id, "")

    def comments(self) -> dict[str, str]:
        """The non-empty comments by item id."""
        return {k: v.strip() for k, v in self._comments.items() if v.strip()}

    def build_decision(self, approve: bool, *, supervisor: str, summary: str) -> Decision:
        """The decision as it stands; ``DecisionError`` says what is missing."""
        contents = self._verified_contents()
        return make_decision(
            bundle_id=contents.bundle_id,
            interview_uuid=contents.interview_uuid,
            revision=contents.revision,
            approve=approve,
            supervisor=supervisor.strip(),
            comments=self.comments(),
            summary=summary.strip(),
            known_items=[item.id for item in contents.pack.items],
        )

    def sign(
        self, approve: bool, *, supervisor: str, summary: str, passphrase: str, out: Path
    ) -> Path:
        """Sign the decision with this computer's key and write it (a worker may run this).

        For a bundle from the queue the key unlocked when connecting signs it, it is kept
        in the queue folder (``out`` is not used) and posted to the intake for the expert's
        next sync.
        """
        if self.review is None:
            raise NotVerifiedError(MESSAGES["not_verified"])
        if self.copy is not None and self.queue is not None:
            return review_queue.post_decision(
                self.queue.client,
                self.store,
                self.copy,
                approve=approve,
                supervisor=supervisor.strip(),
                signing_key=self.queue.signing_key,
                out=self.store.path.parent / QUEUE_FOLDER / "decisions",
                comments=self.comments(),
                summary=summary.strip(),
            )
        return sign_decision(
            self.store,
            self.review,
            approve=approve,
            supervisor=supervisor,
            passphrase=passphrase,
            out=out,
            comments=self.comments(),
            summary=summary,
        )

    # --- saving copies -----------------------------------------------------------------------

    def save_report_pdf(self, target: Path) -> Path:
        """Write the bundle's report PDF to ``target`` (it is never opened here)."""
        contents = self._verified_contents()
        if contents.report_pdf is None:
            raise NotVerifiedError(MESSAGES["no_report"])
        return write_atomically(target, contents.report_pdf)

    def save_evidence_copy(self, entry: EvidenceEntry, target: Path) -> Path:
        """Write one evidence file to ``target``, after checking its hash again."""
        contents = self._verified_contents()
        return write_atomically(target, contents.evidence_bytes(entry.sha256))
