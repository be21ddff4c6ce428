import ReadinessHistory

extension CLIError {
  /// Exit 74 naming the history (or portfolio) file; the hint says what to do about it, and
  /// `instead` how to run without it (e.g. "pass --no-history").
  init(history error: HistoryError, instead: String) {
    let hint =
      switch error {
      case .notADatabase, .notAHistory, .newerSchema: "move it aside or \(instead)"
      case .unreadable:
        "it was edited or damaged: restore it from a backup, or move it aside or \(instead)"
      case .locked:
        "another run of bsuid-readiness (or a program such as sqlite3) is using it: run again once it is done"
      case .readOnly where PostgresLocation.isURL(error.path):
        "grant this role CREATE on the database (a portfolio makes a schema per client) and on"
          + " its schema, or \(instead)"
      case .readOnly: "give this user write access to the file and its folder, or \(instead)"
      case .failed: "check that the file and its folder are writable and have space"
      case .server:
        "check the server, the URL (--history or BSUID_READINESS_HISTORY) and the password"
          + " (the variable's URL, PGPASSWORD or ~/.pgpass), or \(instead)"
      }
    self.init(.ioError, error.description, at: error.path, hint: hint)
  }
}
