/// The history database's tables, one migration per schema version (docs/history.md), and its
/// files' application id, `BSRH` in ASCII. Every table but `snapshots` and `baselines` hangs
/// off a snapshot, or a baseline, and is deleted with it.
enum HistorySchema {
  static let schema = StoreSchema(
    applicationID: 0x4253_5248,
    migrations: [
      ("v1", version1), ("v2", version2), ("v3-commentary", commentary),
      ("v4-messages", messages),
    ])

  /// Beside each English text the core wrote, its message in the stored form (`Message.stored`),
  /// so a later report shows it in its own language: NULL for the inventory's own text and in
  /// rows written before.
  private static let messages = """
    ALTER TABLE snapshots ADD COLUMN overall_reason_message TEXT;
    ALTER TABLE risks ADD COLUMN title_message TEXT;
    """

  /// v2: saved baselines (`bsuid-readiness baseline`), each a programme's plan under a name;
  /// `id` keeps the order they were first saved in (a replaced baseline keeps its place); and
  /// the baseline each snapshot was compared with (NULL: none).
  private static let version2 = """
    CREATE TABLE baselines (
      id INTEGER PRIMARY KEY,
      programme TEXT NOT NULL,
      name TEXT NOT NULL,
      saved_on TEXT NOT NULL,
      finish TEXT,
      tool_version TEXT NOT NULL,
      UNIQUE (programme, name)
    );
    CREATE TABLE baseline_tasks (
      baseline_id INTEGER NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      task TEXT NOT NULL,
      title TEXT NOT NULL,
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      milestone INTEGER NOT NULL,
      PRIMARY KEY (baseline_id, position)
    );
    ALTER TABLE snapshots ADD COLUMN baseline_name TEXT;
    ALTER TABLE snapshots ADD COLUMN baseline_finish TEXT;
    """

  /// The PM's commentary kept with each snapshot: one row per line, `part` being `summary`,
  /// `achievement`, `next-step` or `ask`.
  private static let commentary = """
    CREATE TABLE commentary (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      part TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    """

  private static let version1 = """
    CREATE TABLE snapshots (
      id INTEGER PRIMARY KEY,
      programme TEXT NOT NULL,
      as_of TEXT NOT NULL,
      overall_score REAL NOT NULL,
      overall_rag TEXT NOT NULL,
      overall_reason TEXT NOT NULL,
      tool_version TEXT NOT NULL,
      UNIQUE (programme, as_of)
    );
    CREATE TABLE phases (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      phase TEXT NOT NULL,
      score REAL,
      expected REAL NOT NULL,
      rag TEXT NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE TABLE items (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      item TEXT NOT NULL,
      completion REAL,
      status TEXT NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE TABLE risks (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      risk TEXT NOT NULL,
      kind TEXT NOT NULL,
      severity TEXT NOT NULL,
      title TEXT NOT NULL,
      open INTEGER NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE INDEX risks_by_id ON risks (risk);
    CREATE TABLE tasks (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      task TEXT NOT NULL,
      title TEXT NOT NULL,
      planned_end TEXT NOT NULL,
      forecast_end TEXT NOT NULL,
      slip INTEGER NOT NULL,
      progress REAL NOT NULL,
      finished INTEGER NOT NULL,
      late INTEGER NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE INDEX tasks_by_id ON tasks (task);
    CREATE TABLE usernames (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      handle TEXT NOT NULL,
      status TEXT NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE TABLE exposure (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      adoption REAL NOT NULL,
      conversations REAL NOT NULL,
      currency TEXT,
      spend REAL,
      PRIMARY KEY (snapshot_id, position)
    );
    CREATE TABLE gates (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      gate TEXT NOT NULL,
      threshold TEXT NOT NULL,
      failed INTEGER NOT NULL,
      message TEXT NOT NULL,
      PRIMARY KEY (snapshot_id, position)
    );
    """
}
