"""The store's newest schema as SQL: a new store is made from it in one transaction.

Running every Alembic migration on a new, empty store gives exactly these tables, indexes
and triggers (``scripts/dump_head_schema.py`` writes them from the migrations, and a test
keeps the two equal), without loading SQLAlchemy and Alembic at the first start. An
existing store is still migrated by Alembic.
"""

from __future__ import annotations

import sqlite3

#: Files beside the store that a migration moves in: with one present, the migrations run.
SIDE_FILES = ("practice_sessions.json",)


def schema_statements(connection: sqlite3.Connection) -> list[str]:
    """The SQL of every table, index, view and trigger, in the order they were made."""
    rows = connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid"
    )
    return [str(row[0]) for row in rows]


# --- generated below by scripts/dump_head_schema.py ---

HEAD_SCHEMA_REVISION = "0004"
HEAD_SCHEMA = (
    (
        "CREATE TABLE alembic_version (\n"
        "\tversion_num VARCHAR(32) NOT NULL, \n"
        "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
        ")"
    ),
    (
        "CREATE TABLE clusters (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tname VARCHAR(300) NOT NULL, \n"
        "\tcountry VARCHAR(2) NOT NULL, \n"
        "\ttechnology_area VARCHAR(200) NOT NULL, \n"
        "\teccp_url VARCHAR(500) NOT NULL, \n"
        "\tcontact TEXT NOT NULL, \n"
        "\tfictional BOOLEAN NOT NULL, \n"
        "\tcreated_at DATETIME NOT NULL, name_key VARCHAR(300) DEFAULT '' NOT NULL, \n"
        "\tPRIMARY KEY (id)\n"
        ")"
    ),
    (
        "CREATE TABLE imported_bundles (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tbundle_id VARCHAR(64) NOT NULL, \n"
        "\tinterview_uuid VARCHAR(36) NOT NULL, \n"
        "\trevision INTEGER NOT NULL, \n"
        "\tsigner VARCHAR(200) NOT NULL, \n"
        "\tstatus VARCHAR(40) NOT NULL, \n"
        "\timported_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (bundle_id)\n"
        ")"
    ),
    ("CREATE INDEX ix_imported_bundles_interview_uuid ON imported_bundles (interview_uuid)"),
    (
        "CREATE TABLE packs (\n"
        "\tcontent_hash VARCHAR(64) NOT NULL, \n"
        "\tpack_id VARCHAR(200) NOT NULL, \n"
        "\tversion VARCHAR(50) NOT NULL, \n"
        "\tsource_text TEXT NOT NULL, \n"
        "\tPRIMARY KEY (content_hash)\n"
        ")"
    ),
    (
        "CREATE TABLE interviews (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tuuid VARCHAR(36) NOT NULL, \n"
        "\tcluster_id INTEGER NOT NULL, \n"
        "\tpack_hash VARCHAR(64) NOT NULL, \n"
        "\tpack_id VARCHAR(200) NOT NULL, \n"
        "\tpack_version VARCHAR(50) NOT NULL, \n"
        "\tmode VARCHAR(20) NOT NULL, \n"
        "\texpert VARCHAR(200) NOT NULL, \n"
        "\tstatus VARCHAR(20) NOT NULL, \n"
        "\tcreated_at DATETIME NOT NULL, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tfinalised_at DATETIME, \n"
        "\tcurrent_item_id VARCHAR(200) NOT NULL, \n"
        "\trevision INTEGER NOT NULL, \n"
        "\trecommendations TEXT NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(cluster_id) REFERENCES clusters (id), \n"
        "\tFOREIGN KEY(pack_hash) REFERENCES packs (content_hash), \n"
        "\tUNIQUE (uuid)\n"
        ")"
    ),
    (
        "CREATE TABLE answers (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\tvalue_json TEXT NOT NULL, \n"
        "\tsource VARCHAR(20) NOT NULL, \n"
        "\tconfirmed BOOLEAN NOT NULL, \n"
        "\tsaved_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id), \n"
        "\tUNIQUE (interview_id, item_id)\n"
        ")"
    ),
    ("CREATE INDEX ix_answers_interview_id ON answers (interview_id)"),
    (
        "CREATE TABLE events (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\tat DATETIME NOT NULL, \n"
        "\tactor VARCHAR(200) NOT NULL, \n"
        "\tkind VARCHAR(40) NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\told_value TEXT, \n"
        "\tnew_value TEXT, \n"
        "\tdetail TEXT NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id)\n"
        ")"
    ),
    ("CREATE INDEX ix_events_interview_id ON events (interview_id)"),
    (
        "CREATE TABLE evidence (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\tsha256 VARCHAR(64) NOT NULL, \n"
        "\toriginal_name VARCHAR(500) NOT NULL, \n"
        "\tsize INTEGER NOT NULL, \n"
        "\tmedia_type VARCHAR(200) NOT NULL, \n"
        "\tadded_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id)\n"
        ")"
    ),
    ("CREATE INDEX ix_evidence_interview_id ON evidence (interview_id)"),
    (
        "CREATE TABLE flags (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\tkind VARCHAR(40) NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id), \n"
        "\tUNIQUE (interview_id, item_id, kind)\n"
        ")"
    ),
    ("CREATE INDEX ix_flags_interview_id ON flags (interview_id)"),
    (
        "CREATE TABLE notes (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\ttext TEXT NOT NULL, \n"
        "\tfor_report BOOLEAN NOT NULL, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id), \n"
        "\tUNIQUE (interview_id, item_id)\n"
        ")"
    ),
    ("CREATE INDEX ix_notes_interview_id ON notes (interview_id)"),
    (
        "CREATE TABLE supervisor_comments (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\titem_id VARCHAR(200) NOT NULL, \n"
        "\ttext TEXT NOT NULL, \n"
        "\tauthor VARCHAR(200) NOT NULL, \n"
        "\tat DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id)\n"
        ")"
    ),
    ("CREATE INDEX ix_supervisor_comments_interview_id ON supervisor_comments (interview_id)"),
    (
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT"
        ", 'the event log is append-only'); END"
    ),
    (
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT"
        ", 'the event log is append-only'); END"
    ),
    (
        "CREATE TABLE practice_sessions (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_uuid VARCHAR(36) NOT NULL, \n"
        "\tcase_id VARCHAR(200) NOT NULL, \n"
        "\ttrainee VARCHAR(200) NOT NULL, \n"
        "\tstarted_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (interview_uuid)\n"
        ")"
    ),
    ("CREATE INDEX ix_clusters_name_key ON clusters (name_key)"),
    (
        "CREATE TABLE improvement_areas (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\tposition INTEGER NOT NULL, \n"
        "\ttitle TEXT NOT NULL, \n"
        "\tevidence TEXT NOT NULL, \n"
        "\tindicators_json TEXT NOT NULL, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id)\n"
        ")"
    ),
    ("CREATE INDEX ix_improvement_areas_interview_id ON improvement_areas (interview_id)"),
    (
        "CREATE TABLE label_results (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tcluster_id INTEGER NOT NULL, \n"
        "\tinterview_id INTEGER NOT NULL, \n"
        "\tlevel VARCHAR(10) NOT NULL, \n"
        "\tawarded_on DATE NOT NULL, \n"
        "\tvalid_until DATE NOT NULL, \n"
        "\trebenchmark_due DATE NOT NULL, \n"
        "\trenewal BOOLEAN NOT NULL, \n"
        "\trecorded_at DATETIME NOT NULL, \n"
        "\trecorded_by VARCHAR(200) NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(cluster_id) REFERENCES clusters (id), \n"
        "\tFOREIGN KEY(interview_id) REFERENCES interviews (id)\n"
        ")"
    ),
    ("CREATE INDEX ix_label_results_cluster_id ON label_results (cluster_id)"),
    ("CREATE INDEX ix_label_results_interview_id ON label_results (interview_id)"),
    (
        "CREATE TABLE outbox (\n"
        "\tsha256 VARCHAR(64) NOT NULL, \n"
        "\tfile_name VARCHAR(255) NOT NULL, \n"
        "\tsize BIGINT NOT NULL, \n"
        "\tinterview_uuid VARCHAR(36) NOT NULL, \n"
        "\trevision INTEGER, \n"
        "\tbundle_id VARCHAR(64) NOT NULL, \n"
        "\tstate VARCHAR(20) NOT NULL, \n"
        "\tbytes_sent BIGINT NOT NULL, \n"
        "\tattempts INTEGER NOT NULL, \n"
        "\tnext_try_at DATETIME, \n"
        "\tlast_error TEXT NOT NULL, \n"
        "\tqueued_at DATETIME NOT NULL, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tintake_url VARCHAR(500) NOT NULL, \n"
        "\treceipt TEXT, \n"
        "\treceived_at DATETIME, \n"
        "\trefused_code VARCHAR(60) NOT NULL, \n"
        "\trefused_reason TEXT NOT NULL, \n"
        "\tPRIMARY KEY (sha256)\n"
        ")"
    ),
    ("CREATE INDEX ix_outbox_interview_uuid ON outbox (interview_uuid)"),
    (
        "CREATE TABLE outbox_decisions (\n"
        "\tdecision_id VARCHAR(64) NOT NULL, \n"
        "\tintake_url VARCHAR(500) NOT NULL, \n"
        "\tsequence INTEGER NOT NULL, \n"
        "\tinterview_uuid VARCHAR(36) NOT NULL, \n"
        "\trevision INTEGER, \n"
        "\toutcome VARCHAR(20) NOT NULL, \n"
        "\tfile_name VARCHAR(255) NOT NULL, \n"
        "\tapplied BOOLEAN NOT NULL, \n"
        "\tmessage TEXT NOT NULL, \n"
        "\tfetched_at DATETIME NOT NULL, \n"
        "\tPRIMARY KEY (decision_id)\n"
        ")"
    ),
    (
        "CREATE TABLE intake_settings (\n"
        "\tname VARCHAR(200) NOT NULL, \n"
        "\tvalue TEXT NOT NULL, \n"
        "\tPRIMARY KEY (name)\n"
        ")"
    ),
)
