import ReadinessCore

extension PortfolioStore {
  /// What the runs recorded of each inventory file, by the file as the runs named it: the
  /// folder and programme name of the latest run that listed it. A folder later given to
  /// another file is that file's; a folder that is not a name this tool gives (an edited
  /// database: `../x`) is left out.
  public func recordedClients() throws(HistoryError) -> [String: PortfolioClient.Recorded] {
    try database.readTransaction { db in
      var recorded: [String: PortfolioClient.Recorded] = [:]
      var owners: [String: String] = [:]
      let rows = try db.rows(
        "clients",
        """
        SELECT clients.file, clients.folder, clients.name FROM clients
        JOIN runs ON runs.id = clients.run_id ORDER BY runs.as_of, clients.position
        """, [])
      for row in rows {
        let file: String = try row.value("file")
        let folder: String = try row.value("folder")
        guard PortfolioClient.isFolderName(folder) else { continue }
        if let owner = owners[folder], owner != file { recorded[owner] = nil }
        owners[folder] = file
        recorded[file] = PortfolioClient.Recorded(
          folder: folder, name: try row.optional("name") ?? recorded[file]?.name)
      }
      return recorded
    }
  }
}
