/// The portfolio database's tables, one migration per schema version (docs/history.md), and its
/// files' application id, `BSRP` in ASCII. A run's clients and their critical risks are
/// deleted with the run.
enum PortfolioSchema {
  static let schema = StoreSchema(
    applicationID: 0x4253_5250, migrations: [("v1", version1), ("v2-messages", messages)])

  /// Each client's reason as a message in the stored form (`Message.stored`), beside its
  /// English, so the roll-up shows it in its language: NULL in rows written before.
  private static let messages = """
    ALTER TABLE clients ADD COLUMN overall_reason_message TEXT;
    """

  private static let version1 = """
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      as_of TEXT NOT NULL UNIQUE,
      clients INTEGER NOT NULL,
      invalid INTEGER NOT NULL,
      tool_version TEXT NOT NULL
    );
    CREATE TABLE clients (
      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      folder TEXT NOT NULL,
      file TEXT NOT NULL,
      valid INTEGER NOT NULL,
      problems TEXT,
      name TEXT,
      as_of TEXT,
      report TEXT,
      overall_score REAL,
      overall_rag TEXT,
      overall_reason TEXT,
      planning_score REAL,
      planning_rag TEXT,
      implementation_score REAL,
      implementation_rag TEXT,
      testing_score REAL,
      testing_rag TEXT,
      critical_risks INTEGER,
      exposure_adoption REAL,
      exposure_conversations REAL,
      PRIMARY KEY (run_id, position),
      UNIQUE (run_id, folder)
    );
    CREATE INDEX clients_by_folder ON clients (folder);
    CREATE TABLE critical_risks (
      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
      folder TEXT NOT NULL,
      position INTEGER NOT NULL,
      risk TEXT NOT NULL,
      PRIMARY KEY (run_id, folder, position)
    );
    """
}
