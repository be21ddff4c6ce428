import Foundation
import ReadinessCore
import ReadinessHistory

/// The history around one `report`: opens the file or database, gives the assessment its comparison and
/// trend, and records the snapshot once the report files are written.
struct HistoryRecording {
  let store: HistoryStore
  /// What is recorded; the CLI adds the baseline it was compared with once that is read.
  var snapshot: Snapshot

  /// Opens the history at `place` (creating a file's folder), or stops with an error naming it.
  init(place: HistoryPlace, snapshot: Snapshot) throws(CLIError) {
    self.snapshot = snapshot
    if case .file(let path) = place { try Self.createFolder(of: path) }
    do {
      store = try place.open(forWriting: true)
    } catch {
      throw Self.cliError(error)
    }
  }

  /// Creates the folder of the history file at `path`, or stops with an error naming it.
  static func createFolder(of path: String) throws(CLIError) {
    let file = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw CLIError(
        .ioError, "cannot create the history file's folder", at: file.path,
        hint: "check that no part of the path is a file and that the folder is writable")
    }
  }

  /// The comparison with the latest earlier snapshot and the trend with this snapshot in it.
  func reportHistory() throws(CLIError) -> ReportHistory {
    do {
      return try ReportHistory(for: snapshot, from: store)
    } catch {
      throw Self.cliError(error)
    }
  }

  /// Records the snapshot, replacing the one of the same as-of.
  func record() throws(CLIError) {
    do {
      try store.record(snapshot, toolVersion: BSUIDReadiness.version)
    } catch {
      throw Self.cliError(error)
    }
  }

  /// Exit 74, naming the file; the hint says what to do with it.
  static func cliError(_ error: HistoryError) -> CLIError {
    CLIError(
      history: error, instead: "pass --history with another file (or --no-history) to record again")
  }
}
