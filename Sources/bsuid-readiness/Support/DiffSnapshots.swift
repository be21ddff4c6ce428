import Foundation
import ReadinessCore
import ReadinessHistory

/// Opens the history `diff --history` reads (a file or a PostgreSQL database) and words why its two snapshots cannot be read.
enum DiffSnapshots {
  static func load(_ place: HistoryPlace, programme: String?, from: Day, to: Day)
    throws(CLIError) -> SnapshotPair
  {
    let path = place.name
    if case .file(let file) = place, !FileManager.default.fileExists(atPath: file) {
      throw CLIError(
        .inputMissing, "no such history file", at: path,
        hint: "`report` records into Output/<programme-slug>/history.sqlite by default")
    }
    let read: Result<SnapshotPair, SnapshotPair.Problem>
    do {
      let store = try place.open(forWriting: false)
      read = try SnapshotPair.read(from: store, programme: programme, from: from, to: to)
    } catch {
      throw CLIError(history: error, instead: "pass --history with another file")
    }
    switch read {
    case .success(let pair): return pair
    case .failure(let problem): throw cliError(problem, path: path)
    }
  }

  /// Exit 66 (or 64 when a programme must be chosen), naming the file.
  private static func cliError(_ problem: SnapshotPair.Problem, path: String) -> CLIError {
    switch problem {
    case .unknownProgramme(let asked, let all):
      CLIError(
        .inputMissing, "no programme '\(asked)' in this history", at: path,
        hint: "its programmes: \(all.joined(separator: ", "))")
    case .empty:
      CLIError(.inputMissing, "this history holds no snapshot yet", at: path)
    case .severalProgrammes(let all):
      CLIError(
        .usage, "this history holds several programmes", at: path,
        hint: "choose one with --programme: \(all.joined(separator: ", "))")
    case .noSnapshot(let slug, let day, let days):
      CLIError(
        .inputMissing, "no snapshot of \(slug) as of \(day.iso)", at: path,
        hint: days.isEmpty
          ? "the history holds no snapshot yet"
          : "its snapshots: \(days.map(\.iso).joined(separator: ", "))")
    }
  }
}
