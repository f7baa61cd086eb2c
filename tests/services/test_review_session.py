"""The supervisor's review without any window: verified once, commented, decided."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export.decision import DecisionError, read_decision
from app.export.export_interview import export_interview
from app.export.keys import TrustedKey, TrustedKeys, save_trusted_keys
from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.services.review_session import NotVerifiedError, ReviewSession
from tests.export.bundle_fixtures import (
    ANSWERS,
    PASSPHRASE,
    SUPERVISOR_PASSPHRASE,
    expert_material,
    install_key,
    supervisor_material,
)


@pytest.fixture
def review(
    store: Store, interview_id: int, default_pack: Pack, data_dir: Path, tmp_path: Path
) -> ReviewSession:
    for item_id, value in ANSWERS.items():
        repo.save_answer(store, default_pack, interview_id, item_id, value, actor="E")
    install_key(expert_material(), data_dir)
    repo.finalise_interview(store, interview_id, actor="E")
    bundle = export_interview(store, interview_id, tmp_path / "out", passphrase=PASSPHRASE)
    install_key(supervisor_material(), data_dir)
    keys = TrustedKeys(
        keys=(
            TrustedKey("EXP-1 (fictional)", expert_material().info.public_key, "2020-01-01"),
            TrustedKey("SUP-1 (fictional)", supervisor_material().info.public_key, "2020-01-01"),
        )
    )
    session = ReviewSession(store, save_trusted_keys(keys, tmp_path / "trusted.json"))
    session.show(session.verify(bundle))
    return session


def test_a_verified_bundle_offers_its_content_and_typed_scores(review: ReviewSession) -> None:
    assert review.verified
    assert review.contents is not None
    assert review.scores is not None
    assert review.scores.to_dict() == review.contents.scores
    item = review.contents.pack.item("structure.sme_share")
    assert review.answer_of(item) == "64 %"
    assert review.is_answered(item)


def test_comments_and_the_decision(review: ReviewSession, tmp_path: Path) -> None:
    changed: list[str] = []
    review.comment_changed.connect(changed.append)
    with pytest.raises(DecisionError, match="Say what the expert should change"):
        review.build_decision(False, supervisor="Sam (fictional)", summary="")
    review.set_comment("structure.sme_share", "Show the member list (fictional).")
    review.set_comment("structure.participants_total", "   ")
    assert review.comments() == {"structure.sme_share": "Show the member list (fictional)."}
    assert changed == ["structure.sme_share", "structure.participants_total"]
    path = review.sign(
        False,
        supervisor="Sam (fictional)",
        summary="",
        passphrase=SUPERVISOR_PASSPHRASE,
        out=tmp_path / "decision.json",
    )
    assert path.is_file()
    received = read_decision(path, TrustedKeys(keys=(
        TrustedKey("SUP-1 (fictional)", supervisor_material().info.public_key, "2020-01-01"),
    )))  # fmt: skip
    assert received.decision.outcome == "returned"


def test_nothing_is_offered_from_a_bundle_that_failed(
    store: Store, tmp_path: Path, review: ReviewSession
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not a zip")
    review.show(review.verify(junk))
    assert not review.verified
    assert review.contents is None
    assert review.scores is None
    with pytest.raises(NotVerifiedError):
        review.save_report_pdf(tmp_path / "r.pdf")
