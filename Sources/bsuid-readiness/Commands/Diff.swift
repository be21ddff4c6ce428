import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessHistory
import ReadinessRender

extension BSUIDReadiness {
  /// `diff`: what changed between two snapshots of the history, or two inventories at one date.
  struct Diff: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what changed between two reports or two inventories.",
      discussion: """
        Compares two snapshots of a history by date, or two inventories scored at one --as-of, \
        and prints the scores and RAG, items that moved, new, closed and re-graded risks, \
        slipped, finished and late tasks, username changes and exposure.

        Examples:
          bsuid-readiness diff --history Output/acme/history.sqlite --from 2026-11-18 --to 2026-11-25
          bsuid-readiness diff last-week.yaml inventory.yaml --as-of 2026-11-25 --format md

        Exit codes: 0 printed; 64 usage; 65 invalid inventory; 66 an inventory, the history or \
        a snapshot missing; 74 the history cannot be read.
        """)

    @Argument(help: ArgumentHelp("The old and the new inventory.", valueName: "inventory"))
    var inventories: [String] = []

    @Option(
      name: .customLong("history"),
      help: ArgumentHelp(
        "The history to read: an SQLite file, or a postgres:// URL without a password"
          + " (default with --from and --to: $BSUID_READINESS_HISTORY).", valueName: "file-or-url"))
    var history: String?

    @Option(
      name: .customLong("from"),
      help: ArgumentHelp("The earlier snapshot's as-of.", valueName: "yyyy-mm-dd"),
      transform: Diff.day)
    var from: Day?

    @Option(
      name: .customLong("to"),
      help: ArgumentHelp("The later snapshot's as-of.", valueName: "yyyy-mm-dd"),
      transform: Diff.day)
    var to: Day?

    @Option(
      name: .customLong("programme"),
      help: ArgumentHelp("The programme's slug, when the history holds several.", valueName: "slug")
    )
    var programme: String?

    @OptionGroup var client: ClientOption
    @OptionGroup var asOf: AsOfOption

    @Option(
      name: .customLong("format"),
      help: ArgumentHelp("text (default) or md (Markdown).", valueName: "format"))
    var format: DiffFormat = .text

    func validate() throws {
      try HistoryOptions.check(history)
      let fromHistory = history != nil || inventories.isEmpty && (from != nil || to != nil)
      if fromHistory {
        let variable = ProcessInfo.processInfo.environment[HistoryPlace.variable] ?? ""
        guard history != nil || !variable.isEmpty else {
          throw ValidationError("--from and --to need --history (or \(HistoryPlace.variable))")
        }
        guard inventories.isEmpty, asOf.asOf == nil else {
          throw ValidationError("give either --history with --from and --to, or two inventories")
        }
        guard from != nil, to != nil else {
          throw ValidationError("--history needs --from and --to")
        }
      } else {
        guard inventories.count == 2 else {
          throw ValidationError(
            "give two inventories (old and new), or --history with --from and --to")
        }
        guard from == nil, to == nil, programme == nil, client.client == nil else {
          throw ValidationError("--from, --to, --programme and --client go with --history")
        }
      }
    }

    func execute() throws(CLIError) {
      let (changes, heading) = try compare()
      switch format {
      case .text:
        Console.write(
          document: ChangesReport.text(changes, heading: heading) {
            TerminalText.clean($0, limit: 200)
          })
      case .md:
        Console.write(document: ChangesReport.markdown(changes, heading: heading))
      }
    }

    private func compare() throws(CLIError) -> (Changes, String) {
      if let from, let to, let place = try client.apply(to: try HistoryPlace.named(history)) {
        let pair = try DiffSnapshots.load(place, programme: programme, from: from, to: to)
        return (
          Changes.between(pair.old, pair.new),
          "\(pair.new.programme): changes from \(from.iso) to \(to.iso)"
        )
      }
      // Both are read at one day, the new inventory's: it is loaded first, and its warnings
      // are printed after the old one's.
      let (new, warnings, language) = try InventoryInput.load(
        path: inventories[1], asOf: asOf.choice, printWarnings: false)
      let day = new.asOf
      let old = try InventoryInput.load(
        path: inventories[0], asOf: AsOfChoice(given: day, today: day)
      ).evaluated
      Console.report(warnings, in: language)
      let before = Snapshot(Assessor.assess(old))
      let after = Assessor.assess(new)
      return (
        Changes.between(before, Snapshot(after)),
        "\(after.programme.name): \(inventories[0]) → \(inventories[1]), as of \(day.iso)"
      )
    }

    private static func day(_ text: String) throws -> Day {
      guard let day = Day(iso: text) else {
        throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD, e.g. 2026-11-25")
      }
      return day
    }
  }
}

/// How `diff` prints: for the terminal, or Markdown.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
  case text, md
}
