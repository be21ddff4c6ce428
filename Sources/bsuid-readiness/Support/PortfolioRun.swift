import Foundation
import ReadinessCore
import ReadinessRender

/// Evaluates a portfolio's clients in parallel, `jobs` at a time, in one process: each one is a
/// `report` (same code path, same files, its own history) into `<out>/<folder>/<as-of>/`.
/// A client that fails keeps its errors in its entry; the others go on.
enum PortfolioRun {
  /// One client's outcome: its roll-up entry, and the errors to print and exit with.
  struct Outcome: Sendable {
    var entry: PortfolioEntry
    var errors: [CLIError]
  }

  static func evaluate(
    _ clients: [PortfolioInputs.Client], out: URL, asOf: AsOfOption, history: Bool,
    kit: ReportFiles.Kit, jobs: Int, progress: Progress
  ) -> [Outcome] {
    let results = Results(count: clients.count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, clients.count))) { _ in
      while let index = results.claim() {
        let client = clients[index]
        let outcome = evaluate(client, out: out, asOf: asOf, history: history, kit: kit)
        results.store(outcome, at: index)
        progress.step(client.file + (outcome.entry.isValid ? "" : ": not evaluated"))
      }
    }
    return results.outcomes
  }

  private static func evaluate(
    _ client: PortfolioInputs.Client, out: URL, asOf: AsOfOption, history: Bool,
    kit: ReportFiles.Kit
  ) -> Outcome {
    let clientFolder = out.appendingPathComponent(client.folder, isDirectory: true)
    do {
      let validated = try InventoryInput.load(
        path: client.file, asOf: asOf.resolve, printWarnings: false
      )
      .validated
      let day = asOf.resolve(for: validated.inventory.programme)
      let run = try ReportRun(
        validated, at: day, gates: [],
        historyFile: { _ in history ? clientFolder.appendingPathComponent("history.sqlite") : nil },
        kit: kit, folder: { _ in clientFolder.appendingPathComponent(day.iso, isDirectory: true) })
      let entry = PortfolioEntry(
        run.assessment, file: client.file, folder: client.folder,
        report: "\(client.folder)/\(day.iso)/\(HTMLRenderer.fileName)")
      return Outcome(entry: entry, errors: run.historyError.map { [$0] } ?? [])
    } catch {
      let entry = PortfolioEntry(
        invalid: client.file, folder: client.folder, problems: error.messages.map(\.rendered.text))
      return Outcome(entry: entry, errors: [error])
    }
  }

  /// The shared work list and results, behind one lock.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var stored: [Outcome?]

    init(count: Int) { stored = Array(repeating: nil, count: count) }

    func claim() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < stored.count else { return nil }
      next += 1
      return next - 1
    }

    func store(_ outcome: Outcome, at index: Int) {
      lock.lock()
      defer { lock.unlock() }
      stored[index] = outcome
    }

    var outcomes: [Outcome] {
      lock.lock()
      defer { lock.unlock() }
      return stored.compactMap { $0 }
    }
  }
}
