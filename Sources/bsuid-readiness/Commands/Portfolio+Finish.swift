import Foundation

extension BSUIDReadiness.Portfolio {
  /// Prints every client's errors, the portfolio database's and the summary, then exits with
  /// the worst status met: an internal or I/O error over an invalid inventory.
  func finish(
    _ outcomes: [PortfolioRun.Outcome], shardOnly: Bool, databaseError: CLIError?
  ) throws(CLIError) {
    let errors = outcomes.flatMap(\.errors) + (databaseError.map { [$0] } ?? [])
    Console.report(outcomes.flatMap(\.warnings))
    for outcome in outcomes where !outcome.entry.isValid {
      Console.error("\(outcome.entry.file): not evaluated")
      for problem in outcome.entry.problems { Console.error("\(problem, limit: 2_000)") }
    }
    for outcome in outcomes where outcome.entry.isValid {
      for message in outcome.errors.flatMap(\.messages) { Console.error(message.rendered) }
    }
    for message in databaseError?.messages ?? [] { Console.error(message.rendered) }
    let invalid = outcomes.filter { !$0.entry.isValid }.count
    if !quiet {
      let written =
        shardOnly
        ? "\(out)/\(shard?.fileName ?? "")"
        : "\(out)/index.html, \(out)/portfolio.xml and \(out)/portfolio.xlsx"
      Console.out(
        "\(outcomes.count - invalid) of \(outcomes.count) clients evaluated; \(written) written")
    }
    guard invalid > 0 || !errors.isEmpty else { return }
    let status = errors.map(\.status).filter { $0 != .invalidInventory }.max {
      $0.rawValue < $1.rawValue
    }
    let what = shardOnly ? "the shard's file" : "the roll-up"
    let summary =
      invalid == 0 && databaseError != nil
      ? "every client and \(what) were written, but not recorded in the portfolio database"
      : "\(invalid) of \(outcomes.count) inventories not evaluated; every other client was written"
    throw CLIError(status ?? .invalidInventory, messages: [ConsoleMessage(summary)])
  }
}
