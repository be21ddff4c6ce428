import Foundation
import ReadinessHistory

/// `history copy` of a portfolio's output folder into PostgreSQL: the runs of its
/// `portfolio.sqlite`, and each recorded client's `<folder>/history.sqlite` into the client's
/// schema, as `portfolio --history` keeps them; so a platform team moves its portfolio to a
/// database without losing the trend.
enum PortfolioCopy {
  /// Whether `path` is a portfolio's output folder (it holds `portfolio.sqlite`).
  static func isPortfolio(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
      && FileManager.default.fileExists(
        atPath: (path as NSString).appendingPathComponent(PortfolioRecording.fileName))
  }

  /// Copies the folder's portfolio into `location`; what it copied, for the terminal.
  static func copy(_ folder: String, into location: PostgresLocation) throws(CLIError) -> String {
    let file = (folder as NSString).appendingPathComponent(PortfolioRecording.fileName)
    do {
      let source = try PortfolioStore(path: file, forWriting: false)
      let runs = try source.copy(into: try PortfolioStore(postgres: location, forWriting: true))
      var (snapshots, baselines, clients) = (0, 0, 0)
      for client in Set(try source.recordedClients().values.map(\.folder)).sorted() {
        let history = ((folder as NSString).appendingPathComponent(client) as NSString)
          .appendingPathComponent("history.sqlite")
        guard FileManager.default.fileExists(atPath: history) else { continue }
        let one = try HistoryStore(path: history, forWriting: false).copy(
          into: try HistoryStore(postgres: location.client(client), forWriting: true))
        clients += 1
        snapshots += one.snapshots
        baselines += one.baselines
      }
      return "\(runs) portfolio runs, and \(snapshots) snapshots and"
        + " \(baselines) baselines of \(clients) clients' histories"
    } catch {
      throw CLIError(history: error, instead: "copy into another database")
    }
  }
}
