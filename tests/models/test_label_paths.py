"""Label paths in a real store: one record per organisation, benchmarkings over time,
improvement areas, labels and what is due; the migration that merges old duplicates."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cli import run as main
from app.errors import AppError
from app.models import Store, default_store_path, open_store
from app.models import repository as repo
from app.models.errors import InterviewLockedError
from app.models.label_paths import (
    ClusterConflictError,
    LabelRefusedError,
    add_improvement_area,
    answers_under,
    benchmarking_date,
    find_or_create_cluster,
    improvement_areas_of,
    interview_ids_due,
    interview_verdicts,
    label_path_inputs,
    labels_due,
    labels_of_cluster,
    merge_clusters,
    previous_benchmarking,
    record_label,
    remove_improvement_area,
    update_improvement_area,
)
from app.scoring.pack import Pack, parse_pack
from tests.models.label_path_fixtures import (
    EXPERT,
    FIRST_ANSWERS,
    benchmarked_twice,
    set_interview_date,
)

OLD_PACK = Path(__file__).parent.parent / "scoring" / "data" / "ecei-benchmarking-public-1.0.0.yaml"


# --- organisations ------------------------------------------------------------------------


def test_the_same_organisation_is_matched_by_name_and_country(store: Store) -> None:
    first, created = find_or_create_cluster(
        store, name="Kraków  Food Valley", country="PL", technology_area="Food (non-biotech)"
    )
    assert created
    again, created_again = find_or_create_cluster(
        store, name="kraków food valley", country="PL", technology_area="Food (non-biotech)"
    )
    assert (again, created_again) == (first, False)
    elsewhere, created = find_or_create_cluster(
        store, name="Kraków Food Valley", country="CZ", technology_area="Food (non-biotech)"
    )
    assert created
    assert elsewhere != first


def test_the_eccp_profile_decides_when_both_have_one(store: Store) -> None:
    first, _ = find_or_create_cluster(
        store,
        name="Nordic Wind",
        country="DK",
        technology_area="Energy & environment",
        eccp_url="https://reporting.clustercollaboration.eu/nordic-wind",
    )
    renamed, created = find_or_create_cluster(
        store,
        name="Nordic Wind Cluster e.V.",
        country="DK",
        technology_area="Energy & environment",
        eccp_url="http://www.reporting.clustercollaboration.eu/nordic-wind/",
    )
    assert (renamed, created) == (first, False)
    other, created = find_or_create_cluster(
        store,
        name="Nordic Wind",
        country="DK",
        technology_area="Energy & environment",
        eccp_url="https://reporting.clustercollaboration.eu/another-one",
    )
    assert created
    assert other != first


def test_a_match_gets_the_eccp_address_and_keeps_its_area(store: Store) -> None:
    first, _ = find_or_create_cluster(store, name="Alpine ICT", country="AT", technology_area="ICT")
    find_or_create_cluster(
        store, name="Alpine ICT", country="AT", technology_area="ICT", eccp_url="https://e/x"
    )
    assert next(c for c in repo.list_clusters(store) if c.id == first).eccp_url == "https://e/x"
    with pytest.raises(ClusterConflictError, match="already recorded with the technology area"):
        find_or_create_cluster(
            store, name="Alpine ICT", country="AT", technology_area="Biotechnology"
        )
    fictional, created = find_or_create_cluster(
        store, name="Alpine ICT", country="AT", technology_area="ICT", fictional=True
    )
    assert created
    assert fictional != first


def test_merging_moves_interviews_and_labels_and_logs_it(store: Store, default_pack: Pack) -> None:
    first, second = benchmarked_twice(store, default_pack)
    keep = repo.get_interview(store, first).cluster_id
    stray = repo.create_cluster(
        store, name="Fjordlys Maritime (typo)", country="NO", technology_area="ICT", fictional=True
    )
    third = repo.create_interview(
        store, cluster_id=stray, pack=default_pack, mode="on_site", expert=EXPERT, actor=EXPERT
    )
    merge_clusters(store, keep, stray, actor=EXPERT)
    assert repo.get_interview(store, third).cluster_id == keep
    assert stray not in {c.id for c in repo.list_clusters(store)}
    assert repo.events_of(store, third)[-1].kind == "cluster_merged"
    with pytest.raises(AppError):
        merge_clusters(store, keep, keep, actor=EXPERT)


# --- benchmarkings and the previous one ---------------------------------------------------


def test_the_previous_benchmarking_is_the_latest_finalised_earlier_one(
    store: Store, default_pack: Pack
) -> None:
    first, second = benchmarked_twice(store, default_pack, finalise_second=False)
    assert benchmarking_date(store, first) == date(2024, 5, 14)
    previous = previous_benchmarking(store, second)
    assert previous is not None
    assert previous.interview_id == first
    assert previous_benchmarking(store, first) is None
    # A practice interview of the organisation never counts.
    practice = repo.create_interview(
        store,
        cluster_id=repo.get_interview(store, first).cluster_id,
        pack=default_pack,
        mode="practice",
        expert=EXPERT,
        actor=EXPERT,
    )
    set_interview_date(store, practice, date(2025, 1, 1))
    repo.finalise_interview(store, practice, actor=EXPERT)
    assert previous_benchmarking(store, second).interview_id == first  # type: ignore[union-attr]
    assert previous_benchmarking(store, practice) is None
    # An earlier interview that was never finalised is no benchmarking yet.
    repo.reopen_interview(store, first, reason="correction", actor=EXPERT)
    assert previous_benchmarking(store, second) is None


def test_the_label_path_reads_the_previous_answers_under_the_current_pack(
    store: Store, default_pack: Pack
) -> None:
    first, second = benchmarked_twice(store, default_pack)
    inputs = label_path_inputs(store, second)
    assert inputs.assessed_on == date(2026, 2, 10)
    assert inputs.previous is not None
    assert inputs.previous.date == date(2024, 5, 14)
    assert inputs.previous.answers["interaction.joint_projects"] == 2
    assert [a.title for a in inputs.improvements][0] == "Joint projects between members"
    assert answers_under(default_pack, {"gone.item": 3, "structure.sme_share": "x"}) == {}
    assessed, previous, areas = inputs.document_parts()
    assert (assessed, previous["date"], len(areas)) == ("2026-02-10", "2024-05-14", 3)  # type: ignore[index]


def test_verdicts_of_a_stored_second_benchmarking(store: Store, default_pack: Pack) -> None:
    _, second = benchmarked_twice(store, default_pack)
    result = interview_verdicts(store, second)
    assert result["verdicts"]["bronze"]["status"] == "passed"
    assert result["verdicts"]["silver"]["status"] == "passed"
    assert result["progress"]["previous_date"] == "2024-05-14"


def test_a_schema_1_pack_of_an_old_interview_still_opens_and_scores(store: Store) -> None:
    old_pack = parse_pack(OLD_PACK.read_text(encoding="utf-8"), "old", legacy=True)
    cluster = repo.create_cluster(
        store, name="Old One (fictional)", country="AT", technology_area="ICT"
    )
    interview = repo.create_interview(
        store, cluster_id=cluster, pack=old_pack, mode="on_site", expert=EXPERT, actor=EXPERT
    )
    repo.save_answer(store, old_pack, interview, "eligibility.eccp_listed", True, actor=EXPERT)
    assert repo.pack_of(store, interview).schema_version == 1
    assert interview_verdicts(store, interview)["verdicts"]["bronze"]["status"] == "incomplete"


# --- improvement areas --------------------------------------------------------------------


def test_improvement_areas_are_stored_in_order_and_logged(store: Store, default_pack: Pack) -> None:
    _, second = benchmarked_twice(store, default_pack, improvements=False, finalise_second=False)
    ids = [
        add_improvement_area(
            store,
            second,
            title=f"Area {n}",
            evidence="File",
            indicators=["services.kpis_monitored"],
            actor=EXPERT,  # fmt: skip
        )
        for n in range(3)
    ]
    update_improvement_area(
        store,
        ids[1],
        title="Area one, renamed",
        evidence="Board minutes",
        indicators=["achievements.press_articles", "achievements.press_articles"],
        actor=EXPERT,
    )
    remove_improvement_area(store, ids[0], actor=EXPERT)
    areas = improvement_areas_of(store, second)
    assert [(a.position, a.title) for a in areas] == [(1, "Area one, renamed"), (2, "Area 2")]
    assert areas[0].indicators == ("achievements.press_articles",)
    kinds = [e.kind for e in repo.events_of(store, second)]
    assert kinds.count("improvement_added") == 3
    assert "improvement_changed" in kinds
    assert "improvement_removed" in kinds
    changed = next(e for e in repo.events_of(store, second) if e.kind == "improvement_changed")
    assert json.loads(changed.old_value or "")["title"] == "Area 1"


def test_improvement_areas_are_checked_and_locked_when_finalised(
    store: Store, default_pack: Pack
) -> None:
    _, second = benchmarked_twice(store, default_pack, improvements=False)
    with pytest.raises(InterviewLockedError):
        add_improvement_area(store, second, title="Late", evidence="x", indicators=[], actor=EXPERT)
    repo.reopen_interview(store, second, reason="add areas", actor=EXPERT)
    cases: list[tuple[list[str], str]] = [
        (["management.legal_form"], "A"),
        (["no.such"], "B"),
        ([], ""),
    ]
    for indicators, title in cases:
        with pytest.raises(AppError):
            add_improvement_area(
                store, second, title=title, evidence="x", indicators=indicators, actor=EXPERT
            )
    assert improvement_areas_of(store, second) == []


# --- labels and what is due ---------------------------------------------------------------


def test_labels_follow_the_verdicts(store: Store, default_pack: Pack) -> None:
    first, second = benchmarked_twice(store, default_pack)
    bronze = record_label(store, first, "bronze", actor=EXPERT)
    assert (bronze.awarded_on, bronze.valid_until) == (date(2024, 5, 14), date(2026, 5, 31))
    assert bronze.rebenchmark_due == date(2025, 11, 1)
    silver = record_label(store, second, "silver", actor=EXPERT)
    assert (silver.level, silver.valid_until, silver.renewal) == (
        "silver", date(2028, 2, 29), False
    )  # fmt: skip
    cluster = repo.get_interview(store, first).cluster_id
    assert [label.level for label in labels_of_cluster(store, cluster)] == ["bronze", "silver"]
    assert repo.events_of(store, second)[-1].kind == "label_recorded"
    with pytest.raises(LabelRefusedError, match="Silver: not passed"):
        record_label(store, first, "silver", actor=EXPERT)  # no previous benchmarking
    with pytest.raises(LabelRefusedError, match="Unknown label level"):
        record_label(store, first, "platinum", actor=EXPERT)


def test_practice_interviews_never_get_a_label(store: Store, default_pack: Pack) -> None:
    demo = repo.ensure_demo_interview(store, default_pack)
    assert demo is not None
    with pytest.raises(LabelRefusedError, match="practice"):
        record_label(store, demo, "bronze", actor=EXPERT)


def test_labels_due_within_n_months(store: Store, default_pack: Pack) -> None:
    first, second = benchmarked_twice(store, default_pack, finalise_second=False)
    record_label(store, first, "bronze", actor=EXPERT)  # valid until 2026-05-31
    # The second benchmarking has started: the re-benchmarking is no longer due.
    due = labels_due(store, within_months=3, today=date(2026, 3, 10))
    assert [d.reasons for d in due] == [("expires",)]
    assert due[0].to_dict()["valid_until"] == "2026-05-31"
    assert labels_due(store, within_months=2, today=date(2026, 3, 10)) == []
    lapsed = labels_due(store, within_months=0, today=date(2026, 8, 1))
    assert lapsed[0].reasons == ("expired",)
    assert labels_due(store, within_months=0, today=date(2027, 6, 1)) == []  # past renewal
    assert interview_ids_due(store, within_months=3, today=date(2026, 3, 10)) == {first}


def test_rebenchmarking_is_due_before_the_next_benchmarking_starts(
    store: Store, default_pack: Pack
) -> None:
    cluster = repo.create_cluster(
        store, name="Solo (fictional)", country="FI", technology_area="ICT"
    )
    interview = repo.create_interview(
        store, cluster_id=cluster, pack=default_pack, mode="on_site", expert=EXPERT, actor=EXPERT
    )
    set_interview_date(store, interview, date(2024, 5, 14))
    for item_id, value in FIRST_ANSWERS.items():
        repo.save_answer(store, default_pack, interview, item_id, value, actor=EXPERT)
    repo.finalise_interview(store, interview, actor=EXPERT)
    record_label(store, interview, "bronze", actor=EXPERT)
    assert labels_due(store, within_months=6, today=date(2025, 3, 1)) == []
    due = labels_due(store, within_months=6, today=date(2025, 6, 1))
    assert due[0].reasons == ("rebenchmark_due",)
    both = labels_due(store, within_months=12, today=date(2025, 6, 1))
    assert both[0].reasons == ("expires", "rebenchmark_due")
    with pytest.raises(AppError):
        labels_due(store, within_months=-1)


# --- the command line ---------------------------------------------------------------------


def _stored_label_path(pack: Pack) -> tuple[int, int]:
    store = open_store()
    try:
        return benchmarked_twice(store, pack, finalise_second=False)
    finally:
        store.close()


def test_cli_label_path(
    data_dir: Path, default_pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _stored_label_path(default_pack)
    assert main(["interviews", "label", str(first), "--level", "bronze", "--actor", "E"]) == 0
    assert "valid until 2026-05-31" in capsys.readouterr().out
    assert main(["interviews", "verdicts", str(second)]) == 0
    text = capsys.readouterr().out
    assert "Previous benchmarking: 2024-05-14" in text
    assert "Silver: passed." in text
    assert main(["interviews", "verdicts", str(second), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"verdicts", "progress", "assessed_on"}
    assert set(document["verdicts"]) == {"bronze", "silver", "gold"}
    # --due-within: only the interview holding a label that needs attention, with why.
    assert main(["interviews", "--due-within", "3", "--as-of", "2026-03-10", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [first]
    assert rows[0]["due"] == ["expires"]
    assert rows[0]["label"]["level"] == "bronze"
    assert rows[0]["label"]["valid_until"] == "2026-05-31"
    assert main(["interviews", "list", "--due-within", "3", "--as-of", "2026-03-10"]) == 0
    line = capsys.readouterr().out.rstrip()
    assert line.startswith(f"{first:>5}")
    assert "bronze until 2026-05-31" in line
    assert main(["interviews", "--due-within", "1", "--as-of", "2026-03-10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_improve_and_refusals(
    data_dir: Path, default_pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _stored_label_path(default_pack)
    assert main(["interviews", "improve", str(second), "--title", "More members", "--evidence",
                 "Member list", "--indicator", "structure.participants_total"]) == 0  # fmt: skip
    assert int(capsys.readouterr().out.strip()) > 0
    assert main(["interviews", "improve", str(second), "--title", "X", "--evidence", "Y",
                 "--indicator", "structure.nothing"]) == 2  # fmt: skip
    assert "not an indicator with a Gold threshold" in capsys.readouterr().err
    assert main(["interviews", "label", str(first), "--level", "silver"]) == 2
    assert "Silver: not passed" in capsys.readouterr().err
    assert main(["interviews", "--due-within", "3", "--as-of", "10/03/2026"]) == 2
    assert "--as-of must be a date" in capsys.readouterr().err
    assert main(["interviews", "--due-within", "-2"]) == 2


def test_cli_new_interview_joins_a_recorded_organisation(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["interviews", "new", "--cluster", "Baltic Bio (fictional)", "--country", "LT",
               "--area", "Biotechnology", "--expert", "E"]  # fmt: skip
    assert main(command) == 0
    first = int(capsys.readouterr().out.strip())
    assert main([*command[:-4], "--cluster", "BALTIC  bio (fictional)", "--area",
                 "Biotechnology", "--expert", "E"]) == 0  # fmt: skip
    captured = capsys.readouterr()
    second = int(captured.out.strip())
    assert "already recorded" in captured.err
    store = open_store()
    try:
        assert (
            repo.get_interview(store, first).cluster_id
            == repo.get_interview(store, second).cluster_id
        )
    finally:
        store.close()
    other_area = [*command[:6], "--area", "ICT", "--expert", "E"]
    assert main(other_area) == 2
    assert "already recorded with the technology area" in capsys.readouterr().err


# --- the migration ------------------------------------------------------------------------


def _store_at_0001(path: Path) -> None:
    """A store as the first release left it (migrated to 0001 only)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from app.models.store import MIGRATIONS_DIR

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()


def _insert(path: Path, clusters: list[tuple[Any, ...]]) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO packs VALUES ('h', 'ecei-benchmarking-public', '1.0.0', ?)",
            (OLD_PACK.read_text(encoding="utf-8"),),
        )
        for n, (name, country, area, eccp, fictional) in enumerate(clusters, start=1):
            db.execute(
                "INSERT INTO clusters (id, name, country, technology_area, eccp_url, contact, "
                "fictional, created_at) VALUES (?, ?, ?, ?, ?, '', ?, '2024-01-01 00:00:00')",
                (n, name, country, area, eccp, fictional),
            )
            db.execute(
                "INSERT INTO interviews (id, uuid, cluster_id, pack_hash, pack_id, pack_version, "
                "mode, expert, status, created_at, updated_at, current_item_id, revision, "
                "recommendations) VALUES (?, ?, ?, 'h', 'ecei-benchmarking-public', '1.0.0', "
                "'on_site', 'E', 'in_progress', '2024-01-01 00:00:00', '2024-01-01 00:00:00', "
                "'', 0, '')",
                (n, f"00000000-0000-4000-8000-{n:012d}", n),
            )


def test_the_migration_merges_the_rows_of_one_organisation(data_dir: Path) -> None:
    path = default_store_path()
    _store_at_0001(path)
    _insert(
        path,
        [
            ("Łódź Textiles", "PL", "Creative industries", "", 0),  # 1
            ("łódź  textiles", "PL", "Creative industries", "https://eccp/lt", 0),  # 2 -> 1
            ("ŁÓDŹ TEXTILES", "PL", "Creative industries", "http://eccp/lt/", 0),  # 3 -> 1
            ("Łódź Textiles", "PL", "Creative industries", "https://eccp/other", 0),  # 4 apart
            ("Łódź Textiles", "PL", "ICT", "", 0),  # 5: another area stays apart
            ("Łódź Textiles", "DE", "Creative industries", "", 0),  # 6: another country
            ("Łódź Textiles", "PL", "Creative industries", "", 1),  # 7: fictional
        ],
    )
    store = open_store()
    try:
        clusters = {c.id: c for c in repo.list_clusters(store)}
        assert set(clusters) == {1, 4, 5, 6, 7}
        assert clusters[1].eccp_url == "https://eccp/lt"
        owners = {i: repo.get_interview(store, i).cluster_id for i in range(1, 8)}
        assert owners == {1: 1, 2: 1, 3: 1, 4: 4, 5: 5, 6: 6, 7: 7}
        assert repo.pack_of(store, 1).schema_version == 1
        # New interviews of the organisation now find it.
        again, created = find_or_create_cluster(
            store, name="Łódź Textiles", country="PL", technology_area="Creative industries",
            eccp_url="https://eccp/lt",
        )  # fmt: skip
        assert (again, created) == (1, False)
    finally:
        store.close()


def test_the_migrated_schema_matches_the_tables_the_code_declares(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import app.models.outbox  # noqa: F401 - its tables are declared there
    from app.models.schema import Base

    store = open_store()
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.close()
    assert differences == []
