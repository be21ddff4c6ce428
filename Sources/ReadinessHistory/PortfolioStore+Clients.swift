import GRDB
import ReadinessCore

extension PortfolioStore {
  /// What the runs recorded of each inventory file, by the file as the runs named it: the
  /// folder and programme name of the latest run that listed it. A folder later given to
  /// another file is that file's.
  public func recordedClients() throws(HistoryError) -> [String: PortfolioClient.Recorded] {
    try file.read { db in
      var recorded: [String: PortfolioClient.Recorded] = [:]
      var owners: [String: String] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT clients.file, clients.folder, clients.name FROM clients
          JOIN runs ON runs.id = clients.run_id ORDER BY runs.as_of, clients.position
          """)
      while let row = try rows.next() {
        let file = try row.decode(String.self, forColumn: "file")
        let folder = try row.decode(String.self, forColumn: "folder")
        if let owner = owners[folder], owner != file { recorded[owner] = nil }
        owners[folder] = file
        recorded[file] = PortfolioClient.Recorded(
          folder: folder,
          name: try row.decode(String?.self, forColumn: "name") ?? recorded[file]?.name)
      }
      return recorded
    }
  }
}
