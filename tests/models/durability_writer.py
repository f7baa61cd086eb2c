"""A writer process for the durability test: saves answers and acknowledges each one."""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from app.models import open_store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import load_pack

ITEMS = ("achievements.awards", "megatrends.activities", "structure.participants_total")


def write_until_killed(
    store_path: str, interview_id: int, round_number: int, acks: Connection
) -> None:
    """Save answers forever; after each save returns, send ``item<TAB>value`` on ``acks``."""
    pack = load_pack(default_pack_path())
    acks.send_bytes(b"ready")
    store = open_store(Path(store_path), backup=False)
    sequence = 0
    while True:
        item_id = ITEMS[sequence % len(ITEMS)]
        value: object = (
            f"round {round_number} answer {sequence}"
            if item_id != "structure.participants_total"
            else sequence % 100000
        )
        repo.save_answer(store, pack, interview_id, item_id, value, actor="writer")
        acks.send_bytes(f"{item_id}\t{repo._dump(value)}".encode())  # noqa: SLF001
        sequence += 1
