"""Writes mutated copies of a history database, for the history fuzz test.

usage: mutate_history.py HISTORY OUT_FOLDER CASES SEED

Each copy, OUT_FOLDER/case-N.sqlite, has one to three cells set to a random value of a random
type (a text where a number belongs, NULL, huge or infinite numbers, malformed dates, unknown
words, control characters, bytes), and one in ten also has its schema changed (a column renamed,
a table dropped, rows deleted). The seed fixes every choice, so a failing case repeats.
"""

import random
import shutil
import sqlite3
import sys

VALUES = [
    None, 0, 1, -1, 2**63 - 1, -(2**63), 0.5, -0.0, 1e308, -1e308, float("inf"),
    float("-inf"), 100.0000001, 1.0000001, 5e-324, "", "n/a", "green", "amber", "red",
    "purple", "done", "in_progress", "claimed", "planning", "critical", "fail-under",
    "2026-02-30", "2026-03-05", "0000-01-01", "9999-12-31", "2026-3-5", "1e999", "50",
    "NaN", "x" * 10_000, "\x1b[31mred\x1b[0m", "é😀\u202e<b>&'\"", b"\x00\xff", b"",
]


def mutate(db, rng):
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations'")]
    for _ in range(rng.randint(1, 3)):
        table = rng.choice(tables)
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        rowids = [r[0] for r in db.execute(f"SELECT rowid FROM {table}")]
        if not rowids:
            continue
        try:
            db.execute(
                f"UPDATE {table} SET {rng.choice(columns)} = ? WHERE rowid = ?",
                (rng.choice(VALUES), rng.choice(rowids)))
        except sqlite3.DatabaseError:
            pass  # a NOT NULL or UNIQUE constraint: this cell keeps its value
    if rng.random() < 0.1:
        table = rng.choice(tables)
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        change = rng.choice([
            f"ALTER TABLE {table} RENAME COLUMN {rng.choice(columns)} TO renamed",
            f"DROP TABLE {table}",
            f"DELETE FROM {table} WHERE rowid % 2 = 0",
        ])
        try:
            db.execute(change)
        except sqlite3.DatabaseError:
            pass


def main():
    history, folder, cases, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    for case in range(cases):
        path = f"{folder}/case-{case}.sqlite"
        shutil.copyfile(history, path)
        db = sqlite3.connect(path)
        mutate(db, rng)
        db.commit()
        db.close()


main()
