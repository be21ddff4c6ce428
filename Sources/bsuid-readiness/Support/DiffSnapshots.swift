import Foundation
import ReadinessCore
import ReadinessHistory

/// Reads the two snapshots `diff --history` compares.
enum DiffSnapshots {
  static func load(_ path: String, programme: String?, from: Day, to: Day) throws(CLIError)
    -> (Snapshot, Snapshot)
  {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CLIError(
        .inputMissing, "no such history file", at: path,
        hint: "`report` records into Output/<programme-slug>/history.sqlite by default")
    }
    do {
      let store = try HistoryStore(path: path)
      let slug = try self.programme(programme, in: store, path: path)
      var snapshots: [Snapshot] = []
      for day in [from, to] {
        guard let snapshot = try store.snapshot(of: slug, at: day) else {
          let dates = try store.trend(of: slug).map(\.asOf.iso).joined(separator: ", ")
          throw CLIError(
            .inputMissing, "no snapshot of \(slug) as of \(day.iso)", at: path,
            hint: dates.isEmpty ? "the history holds no snapshot yet" : "its snapshots: \(dates)")
        }
        snapshots.append(snapshot)
      }
      return (snapshots[0], snapshots[1])
    } catch let error as CLIError {
      throw error
    } catch let error as HistoryError {
      throw HistoryRecording.cliError(error)
    } catch {
      throw CLIError(.ioError, "\(error)", at: path)
    }
  }

  /// The programme asked for, or the only one in the history.
  private static func programme(_ asked: String?, in store: HistoryStore, path: String) throws
    -> String
  {
    let all = try store.programmes()
    if let asked {
      guard all.contains(asked) else {
        throw CLIError(
          .inputMissing, "no programme '\(asked)' in this history", at: path,
          hint: "its programmes: \(all.joined(separator: ", "))")
      }
      return asked
    }
    guard all.count == 1 else {
      throw CLIError(
        all.isEmpty ? .inputMissing : .usage,
        all.isEmpty
          ? "this history holds no snapshot yet" : "this history holds several programmes",
        at: path,
        hint: all.isEmpty ? nil : "choose one with --programme: \(all.joined(separator: ", "))")
    }
    return all[0]
  }
}
