"""Starting, finalising and reopening interviews: one set of rules for the verbs and windows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.cli import run
from app.models import Store
from app.models import repository as repo
from app.models.repository import NewCluster
from app.scoring.pack import Pack
from app.services.interviews import (
    InterviewInputError,
    NewInterview,
    NotReadyError,
    create_interview,
    finalise,
    finalise_readiness,
    new_interview_problems,
    reopen,
)
from app.settings import settings

CLUSTER = NewCluster(name="Fjordline Robotics (fictional)", country="NO", technology_area="ICT")


def counts(store: Store) -> tuple[int, int]:
    return len(repo.list_clusters(store)), len(repo.list_interviews(store))


def test_a_blank_expert_is_refused_on_the_command_line_as_in_the_dialog(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()  # the verb opens the store itself
    code = run(
        ["interviews", "new", "--cluster", "X (fictional)", "--country", "AT",
         "--area", "ICT", "--expert", "   "]
    )  # fmt: skip
    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("clusterbench: ")
    assert "Enter the expert's name." in error
    from app.models import open_store

    with open_store() as reopened:
        assert counts(reopened) == (0, 0)


def test_every_problem_is_listed_at_once_and_nothing_is_written(store: Store) -> None:
    request = NewInterview(
        expert=" ",
        mode="by_carrier_pigeon",
        new_cluster=NewCluster(name="", country="QQ", technology_area="Nope", eccp_url="ftp://x"),
    )
    problems = new_interview_problems(request)
    assert problems == [
        "Give the new cluster a name.",
        "Unknown country code 'QQ'; use an ISO 3166 code like AT.",
        problems[2],
        "The ECCP profile address must start with https://.",
        problems[4],
        "Enter the expert's name.",
    ]
    assert problems[2].startswith("Unknown technology area 'Nope'")
    assert problems[4].startswith("Unknown interview mode 'by_carrier_pigeon'")
    with pytest.raises(InterviewInputError) as caught:
        create_interview(store, request)
    assert caught.value.problems == problems
    assert caught.value.exit_code == 2
    assert counts(store) == (0, 0)


def test_a_new_cluster_and_its_interview_are_one_transaction(
    store: Store, default_pack: Pack
) -> None:
    # A pack whose text cannot be stored makes the interview fail after the cluster row.
    broken = dataclasses.replace(default_pack, source_text=None)  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        create_interview(store, NewInterview(expert="Erika", new_cluster=CLUSTER, pack=broken))
    assert counts(store) == (0, 0)
    interview_id = create_interview(store, NewInterview(expert=" Erika ", new_cluster=CLUSTER))
    detail = repo.get_interview(store, interview_id)
    assert (detail.cluster_name, detail.expert, detail.mode) == (CLUSTER.name, "Erika", "on_site")
    assert [e.kind for e in repo.events_of(store, interview_id)] == ["created"]


def test_the_actor_is_the_expert_name_from_the_settings(store: Store) -> None:
    settings().expert_name = "Erika Example (fictional)"
    interview_id = create_interview(store, NewInterview(expert="Max", new_cluster=CLUSTER))
    assert repo.events_of(store, interview_id)[0].actor == "Max"
    repo.save_answer(
        store, repo.pack_of(store, interview_id), interview_id, "eligibility.eccp_listed", True,
        actor="x",
    )  # fmt: skip
    finalise(store, interview_id, anyway=True)
    assert repo.events_of(store, interview_id)[-1].actor == "Erika Example (fictional)"


def test_finalising_needs_the_open_points_settled_or_anyway(
    store: Store, interview_id: int, default_pack: Pack
) -> None:
    repo.set_flag(store, interview_id, "structure.sme_share", "follow_up", True, actor="E")
    readiness = finalise_readiness(store, interview_id)
    assert not readiness.ready
    assert readiness.counts["flag"] == 1
    assert readiness.counts["unanswered"] > 0
    first_unanswered = next(p for p in readiness.points if p.kind == "unanswered")
    assert default_pack.item(first_unanswered.item_id).required
    with pytest.raises(NotReadyError, match="1 open flags"):
        finalise(store, interview_id)
    assert not repo.get_interview(store, interview_id).locked
    finalise(store, interview_id, anyway=True)
    assert repo.get_interview(store, interview_id).status == "finalised"
    with pytest.raises(Exception, match="Say why"):
        reopen(store, interview_id, "  ")
    reopen(store, interview_id, "Corrected member figures (fictional).")
    detail = repo.get_interview(store, interview_id)
    assert detail.status == "in_progress"
    assert repo.events_of(store, interview_id)[-1].detail == "Corrected member figures (fictional)."


def test_finalise_and_reopen_verbs(
    store: Store, interview_id: int, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store.close()
    assert run(["interviews", "finalise", str(interview_id)]) == 2
    captured = capsys.readouterr()
    assert "open: unanswered eligibility." in captured.err
    assert captured.err.strip().splitlines()[-1].startswith("clusterbench: ")
    assert run(["interviews", "finalise", str(interview_id), "--anyway"]) == 0
    assert "finalised with" in capsys.readouterr().out
    assert run(["interviews", "reopen", str(interview_id), "--reason", "A typo (fictional)"]) == 0
    from app.models import open_store

    with open_store() as reopened:
        assert repo.get_interview(reopened, interview_id).status == "in_progress"
