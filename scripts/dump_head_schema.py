"""Write ``app/models/head_schema.py``: the schema the migrations produce, as SQL.

A new store is made from these statements instead of running every migration (which
needs SQLAlchemy and Alembic at the first start); ``tests/models/test_head_schema.py``
fails until this is run again after a migration is added.

    .venv/bin/python scripts/dump_head_schema.py
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.models.head_schema import schema_statements  # noqa: E402
from app.models.store import HEAD_REVISION, _make_engine, _upgrade  # noqa: E402

TARGET = ROOT / "app" / "models" / "head_schema.py"
MARKER = "# --- generated below by scripts/dump_head_schema.py ---"


def migrated_statements() -> list[str]:
    """The schema of a new store made by running every migration."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite3"
        engine = _make_engine(path)
        try:
            _upgrade(engine)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return schema_statements(connection)
        finally:
            connection.close()


def _pieces(statement: str, width: int = 80) -> list[str]:
    """The statement cut into short string literals (at its line ends, else every ``width``)."""
    pieces = []
    for line in statement.splitlines(keepends=True):
        pieces += [line[start : start + width] for start in range(0, len(line), width)]
    return pieces


def main() -> None:
    """Regenerate the module's data part."""
    head, _generated = TARGET.read_text(encoding="utf-8").split(MARKER)
    lines = [MARKER, "", f'HEAD_SCHEMA_REVISION = "{HEAD_REVISION}"', "HEAD_SCHEMA = ("]
    for statement in migrated_statements():
        lines += ["    (", *(f"        {piece!r}" for piece in _pieces(statement)), "    ),"]
    lines.append(")")
    TARGET.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(TARGET)], check=True)
    print(f"wrote {TARGET.relative_to(ROOT)} at schema {HEAD_REVISION}")


if __name__ == "__main__":
    main()
