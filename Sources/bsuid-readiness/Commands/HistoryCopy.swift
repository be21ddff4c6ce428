import ArgumentParser
import Foundation
import ReadinessHistory

extension BSUIDReadiness {
  /// `history`: commands on a history database as a whole.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Work on a history database as a whole.", subcommands: [Copy.self])
  }
}

extension BSUIDReadiness.History {
  /// `history copy FROM TO`: every snapshot and baseline of one history into another.
  struct Copy: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy every snapshot and baseline of a history into another.",
      discussion: """
        Copies from an SQLite file into a PostgreSQL database, or back, or between two files: \
        every programme's snapshots, each replacing the target's of the same date, and every \
        saved baseline, each replacing the target's of the same name, as the version that \
        wrote them recorded them. Copying again changes nothing. The source is only read.

        A portfolio's output folder (holding portfolio.sqlite) copies into a PostgreSQL \
        database as `portfolio --history` keeps one: every run, and each client's \
        <folder>/history.sqlite into the schema client_<folder>, so the trend goes on; and \
        back, from the URL into a folder (an existing one, or a path ending in /).

        Examples:
          bsuid-readiness history copy Output/acme/history.sqlite postgres://readiness@db.example.com/readiness
          bsuid-readiness history copy postgres://readiness@db.example.com/readiness backup.sqlite
          bsuid-readiness history copy Output/portfolio postgres://readiness@db.example.com/readiness
          bsuid-readiness history copy postgres://readiness@db.example.com/readiness Output/portfolio/

        A URL holds no password: it comes from PGPASSWORD or ~/.pgpass.

        Exit codes: 0 copied; 64 usage; 66 the source file missing; 74 I/O error (a history \
        that is not this tool's, or that a newer version wrote, is left untouched).
        """)

    @Argument(
      help: ArgumentHelp("The history to copy: a file or a postgres:// URL.", valueName: "from"))
    var from: String

    @Argument(
      help: ArgumentHelp("The history to copy into (created when missing).", valueName: "to"))
    var to: String

    func validate() throws {
      try HistoryOptions.check(from)
      try HistoryOptions.check(to)
      if from == to { throw ValidationError("a history cannot be copied into itself") }
    }

    func execute() throws(CLIError) {
      if let (source, target) = try PortfolioCopy.sides(from: from, to: to) {
        let counts = try PortfolioCopy.copy(source, into: target)
        Console.out("Copied \(counts) from \(from, limit: 200) to \(to, limit: 200)")
        return
      }
      let source = try HistoryPlace.parse(from, passwordAllowed: false, source: "from").absolute
      let target = try HistoryPlace.parse(to, passwordAllowed: false, source: "to").absolute
      if case .file(let path) = source, !FileManager.default.fileExists(atPath: path) {
        throw CLIError(.inputMissing, "no such history file", at: path)
      }
      if case .file(let path) = target { try HistoryRecording.createFolder(of: path) }
      let copied: HistoryStore.Copied
      do {
        copied = try source.open(forWriting: false).copy(into: try target.open(forWriting: true))
      } catch {
        throw CLIError(history: error, instead: "copy into another history")
      }
      let counts =
        "\(copied.snapshots) snapshots of \(copied.programmes) programmes and"
        + " \(copied.baselines) baselines"
      Console.out("Copied \(counts) from \(source.name, limit: 200) to \(target.name, limit: 200)")
    }
  }
}
