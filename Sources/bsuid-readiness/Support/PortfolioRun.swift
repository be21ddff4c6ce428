import Foundation
import ReadinessCore
import ReadinessRender

/// Evaluates a portfolio's clients in parallel, `jobs` at a time, in one process: each one is a
/// `report` (same code path, same files, its own history) into `<out>/<folder>/<as-of>/`.
/// A client that fails keeps its errors in its entry; the others go on.
enum PortfolioRun {
  /// One client's outcome: its roll-up entry, the errors to print and exit with, and warnings.
  struct Outcome: Sendable {
    var entry: PortfolioEntry
    var errors: [CLIError]
    var warnings: [ConsoleMessage] = []
  }

  static func evaluate(
    _ clients: [PortfolioClient], of inputs: PortfolioInputs, out: URL, asOf: AsOfOption,
    history: PortfolioHistory?, kit: ReportFiles.Kit, language: LanguageChoice, jobs: Int,
    progress: Progress
  ) -> [Outcome] {
    let results = Slots<Outcome>(count: clients.count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, clients.count))) { _ in
      while let index = results.claim() {
        let client = clients[index]
        let outcome = evaluate(
          client, confinement: inputs.confinement(of: client), out: out, asOf: asOf,
          history: history, kit: kit, language: language)
        results[index] = outcome
        progress.step(client.file + (outcome.entry.isValid ? "" : ": not evaluated"))
      }
    }
    return results.values.compactMap { $0 }
  }

  private static func evaluate(
    _ client: PortfolioClient, confinement: CSVFiles, out: URL, asOf: AsOfOption,
    history: PortfolioHistory?, kit: ReportFiles.Kit, language: LanguageChoice
  ) -> Outcome {
    let clientFolder = out.appendingPathComponent(client.folder, isDirectory: true)
    do {
      let evaluated = try InventoryInput.load(
        path: client.file, asOf: asOf.choice, language: language, printWarnings: false,
        confinement: confinement
      )
      .evaluated
      let day = evaluated.asOf
      let run = try ReportRun(
        evaluated, gates: [],
        history: { _ in history?.client(client.folder) },
        kit: kit, language: language,
        folder: { _ in clientFolder.appendingPathComponent(day.iso, isDirectory: true) })
      let entry = PortfolioEntry(
        run.assessment, file: client.file, folder: client.folder,
        report: "\(client.folder)/\(day.iso)/\(HTMLRenderer.fileName)")
      return Outcome(
        entry: entry, errors: run.historyError.map { [$0] } ?? [],
        warnings: renamed(client, to: entry.name))
    } catch {
      let problems =
        isInventory(error)
        ? error.messages.map(\.rendered.text)
        : [ConsoleMessage(notAnInventory, at: client.file, hint: notAnInventoryHint(client))]
          .map(\.rendered.text)
      let entry = PortfolioEntry(invalid: client.file, folder: client.folder, problems: problems)
      return Outcome(entry: entry, errors: [error])
    }
  }

  /// A warning when the programme's name is not the one the last run recorded: it keeps its
  /// folder and history all the same, since a client is its inventory file.
  private static func renamed(_ client: PortfolioClient, to name: String?) -> [ConsoleMessage] {
    guard let previous = client.recordedName, let name, previous != name else { return [] }
    var message = ConsoleMessage(
      "the programme was '\(previous)' in the last run recorded and is now '\(name)'; it keeps"
        + " its folder '\(client.folder)' and its history", at: client.file,
      hint:
        "a client is its inventory file, whatever its name; its history compares snapshots of"
        + " one programme name, so the report's trend starts again under the new one")
    message.severity = .warning
    return [message]
  }

  /// What the roll-up and the terminal say of a file that does not parse as an inventory at all,
  /// instead of diagnostics that would quote its content.
  static let notAnInventory = "not an inventory: the file is not a mapping with a 'version' key"

  private static func notAnInventoryHint(_ client: PortfolioClient) -> String {
    "its content is not shown; run `bsuid-readiness validate \(client.file)` to see why,"
      + " or move it out of the clients folder"
  }

  /// Whether the file that failed with `error` is an inventory that has mistakes, rather than a
  /// file that is none (not YAML or JSON, not a mapping, or without `version`), whose
  /// diagnostics would publish its content.
  private static func isInventory(_ error: CLIError) -> Bool {
    !error.messages.contains { message in
      switch message.diagnostic?.code {
      case .syntax?, .encoding?, .empty?: true
      case .missingKey?: message.diagnostic?.message == "the inventory needs 'version'"
      case .wrongType?: message.diagnostic?.message.hasPrefix("'inventory' expects") == true
      default: false
      }
    }
  }
}
