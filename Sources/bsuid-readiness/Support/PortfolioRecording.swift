import Foundation
import ReadinessCore
import ReadinessHistory

/// The portfolio database around one roll-up: opens `<out>/portfolio.sqlite` or the
/// PostgreSQL database, gives the roll-up its trend, and records the run once the roll-up files
/// are written.
struct PortfolioRecording {
  static let fileName = "portfolio.sqlite"

  let store: PortfolioStore

  /// Opens the database (creating the output folder for a file), or stops with exit 74 naming
  /// it.
  init(_ history: PortfolioHistory) throws(CLIError) {
    if case .files(let folder) = history { try Self.createFolder(folder) }
    do {
      switch history {
      case .files(let folder):
        store = try PortfolioStore(
          path: folder.appendingPathComponent(Self.fileName).path, forWriting: true)
      case .postgres(let location):
        store = try PortfolioStore(postgres: location, forWriting: true)
      }
    } catch {
      throw Self.cliError(error)
    }
  }

  private static func createFolder(_ folder: URL) throws(CLIError) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw CLIError(
        .cannotCreateOutput, "cannot create the output folder", at: folder.path,
        hint: "check that no part of the path is a file and that the folder is writable")
    }
  }

  /// The clients earlier runs recorded in the files under the output folder, by file; none
  /// when there is no database or it cannot be read (recording into it then fails with exit
  /// 74).
  static func recordedClients(_ history: PortfolioHistory?) -> [String: PortfolioClient.Recorded] {
    guard case .files(let folder)? = history else { return [:] }
    let file = folder.appendingPathComponent(fileName).path
    guard FileManager.default.fileExists(atPath: file) else { return [:] }
    return (try? PortfolioStore(path: file, forWriting: false).recordedClients()) ?? [:]
  }

  /// The clients earlier runs recorded in this database, by file; exit 74 when it cannot be
  /// read.
  func recordedClients() throws(CLIError) -> [String: PortfolioClient.Recorded] {
    do {
      return try store.recordedClients()
    } catch {
      throw Self.cliError(error)
    }
  }

  /// The trend of `entries`, the run of `asOf`, after the runs recorded before it; nil on the
  /// portfolio's first run.
  func trend(of entries: [PortfolioEntry], asOf: Day) throws(CLIError) -> PortfolioTrend? {
    do {
      let earlier = try store.runs(before: asOf, limit: PortfolioTrend.runLimit - 1)
      guard !earlier.isEmpty else { return nil }
      return PortfolioTrend(current: entries, asOf: asOf, earlier: earlier)
    } catch {
      throw Self.cliError(error)
    }
  }

  /// Records the run, replacing the one of the same date.
  func record(_ entries: [PortfolioEntry], asOf: Day) throws(CLIError) {
    do {
      try store.record(entries, asOf: asOf, toolVersion: BSUIDReadiness.version)
    } catch {
      throw Self.cliError(error)
    }
  }

  /// Exit 74, naming the file; the hint says what to do with it.
  private static func cliError(_ error: HistoryError) -> CLIError {
    CLIError(history: error, instead: "pass --no-history to record the portfolio's runs again")
  }
}
