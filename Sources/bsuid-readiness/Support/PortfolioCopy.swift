import Foundation
import ReadinessHistory

/// `history copy` of a whole portfolio, between an output folder of SQLite files and a
/// PostgreSQL database, either way: every run of the roll-up's store, and each recorded
/// client's history into the client's place on the other side (`<folder>/history.sqlite`, or
/// the schema `client_<folder>`), as `portfolio` keeps them; so a platform team moves its
/// portfolio without losing the trend.
enum PortfolioCopy {
  /// The two sides when `from` and `to` name a portfolio copy: a portfolio's output folder
  /// (it holds `portfolio.sqlite`) into a URL, or a URL into a folder (an existing one, or a
  /// path ending in `/`); nil for a copy of one history. A folder into a file is a usage error.
  static func sides(from: String, to: String) throws(CLIError) -> (
    PortfolioHistory, PortfolioHistory
  )? {
    let source = try HistoryPlace.parse(from, passwordAllowed: false, source: "from")
    let target = try HistoryPlace.parse(to, passwordAllowed: false, source: "to")
    switch (source, target) {
    case (.file(let folder), .postgres(let location)) where isPortfolio(folder):
      return (.files(URL(fileURLWithPath: folder, isDirectory: true)), .postgres(location))
    case (.postgres(let location), .file(let folder)) where isFolder(folder):
      return (.postgres(location), .files(URL(fileURLWithPath: folder, isDirectory: true)))
    case (.file(let folder), .file) where isPortfolio(folder):
      throw CLIError(
        .usage, "a portfolio's folder is copied into a postgres:// URL, not a file",
        hint: "each client's history.sqlite is already a file: copy it on its own")
    default: return nil
    }
  }

  /// Copies every run and client history of `source` into `target`; what it copied, for the
  /// terminal.
  static func copy(_ source: PortfolioHistory, into target: PortfolioHistory) throws(CLIError)
    -> String
  {
    let from = try store(source, forWriting: false)
    let into = try store(target, forWriting: true)
    do {
      let runs = try from.copy(into: into)
      var (snapshots, baselines, clients) = (0, 0, 0)
      for client in Set(try from.recordedClients().values.map(\.folder)).sorted() {
        guard let history = try history(source.client(client)) else { continue }
        let place = target.client(client)
        if case .file(let path) = place { try HistoryRecording.createFolder(of: path) }
        let one = try history.copy(into: try place.open(forWriting: true))
        clients += 1
        snapshots += one.snapshots
        baselines += one.baselines
      }
      return "\(runs) portfolio runs, and \(snapshots) snapshots and"
        + " \(baselines) baselines of \(clients) clients' histories"
    } catch let error as CLIError {
      throw error
    } catch let error as HistoryError {
      throw CLIError(history: error, instead: "copy into another database")
    } catch {
      throw CLIError(.internalError, "\(error)")
    }
  }

  /// The portfolio's own store on one side.
  private static func store(_ side: PortfolioHistory, forWriting: Bool) throws(CLIError)
    -> PortfolioStore
  {
    if forWriting { return try PortfolioRecording(side).store }
    do {
      switch side {
      case .files(let folder):
        return try PortfolioStore(
          path: folder.appendingPathComponent(PortfolioRecording.fileName).path,
          forWriting: false)
      case .postgres(let location): return try PortfolioStore(postgres: location, forWriting: false)
      }
    } catch {
      throw CLIError(history: error, instead: "copy from another database")
    }
  }

  /// A client's history to copy, nil when it has none (no file; no schema). A schema there that
  /// cannot be read (another role's, another application's) is an error, never skipped.
  private static func history(_ place: HistoryPlace) throws -> HistoryStore? {
    switch place {
    case .file(let path):
      return FileManager.default.fileExists(atPath: path)
        ? try place.open(forWriting: false) : nil
    case .postgres(let location):
      return try HistoryStore.schemaExists(location) ? try place.open(forWriting: false) : nil
    }
  }

  private static func isPortfolio(_ path: String) -> Bool {
    isFolder(path)
      && FileManager.default.fileExists(
        atPath: (path as NSString).appendingPathComponent(PortfolioRecording.fileName))
  }

  private static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return path.hasSuffix("/")
      || FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }
}
