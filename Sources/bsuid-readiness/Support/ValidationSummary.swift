import ReadinessCore
import ReadinessRender

/// The one-screen summary `validate` prints for a valid inventory, in its language
/// (`ValidationMessages`): a label per line, padded to the longest.
enum ValidationSummary {
  /// The summary of `inventory`, validated at the day `asOf` chose.
  static func lines(
    _ inventory: Inventory, path: String, asOf: AsOfChoice, warnings: Int, wording w: Wording
  ) -> [TerminalText] {
    typealias M = ValidationMessages
    let programme = inventory.programme
    let place = TerminalText.clean(path, limit: 200)
    let heading = w(M.valid, ["path": .text(place), "version": .text(String(inventory.version))])
    let source: MessageArgument =
      asOf.given != nil
      ? .text("--as-of") : programme.asOf != nil ? .text("programme.as_of") : .word(M.today)
    let day = w(M.asOfDay, ["date": .day(asOf.day(for: programme)), "source": source])
    var rows: [(MessageKey, String)] = [
      (M.programme, TerminalText.clean(programme.name, limit: 72))
    ]
    if let organisation = programme.organisation {
      rows.append((M.organisation, TerminalText.clean(organisation, limit: 72)))
    }
    rows.append((M.asOf, day))
    let counts: [(MessageKey, Int)] = [
      (M.systems, inventory.systems.count), (M.flows, inventory.flows.count),
      (M.usernames, inventory.usernames.count), (M.tasks, inventory.tasks.count),
      (M.wabas, programme.wabas.count), (M.milestones, programme.milestones.count),
      (M.stakeholders, programme.stakeholders.count),
      (M.attestations, inventory.attestations.count),
      (M.risks, inventory.risks.count), (M.decisions, inventory.decisions.count),
      (M.warnings, warnings),
    ]
    rows += counts.map { ($0.0, String($0.1)) }
    let labels = rows.map { w($0.0) }
    let width = max(13, labels.map(\.count).max() ?? 0)
    return ["\(heading, limit: 1_000)"]
      + zip(labels, rows).map { label, row in
        "  \(TerminalText.padded(label, to: width), limit: 100) \(row.1, limit: 1_000)"
      }
  }
}
