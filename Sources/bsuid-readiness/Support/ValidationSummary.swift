import ReadinessCore

/// The one-screen summary `validate` prints for a valid inventory.
enum ValidationSummary {
  /// The summary of `inventory`, validated at the day `asOf` chose.
  static func lines(_ inventory: Inventory, path: String, asOf: AsOfChoice, warnings: Int)
    -> [TerminalText]
  {
    let programme = inventory.programme
    var lines: [TerminalText] = [
      "\(path, limit: 200): valid inventory (format version \(inventory.version))"
    ]
    lines.append("  programme     \(programme.name, limit: 72)")
    if let organisation = programme.organisation {
      lines.append("  organisation  \(organisation, limit: 72)")
    }
    let source =
      asOf.given != nil ? "--as-of" : programme.asOf != nil ? "programme.as_of" : "today"
    lines.append("  as of         \(asOf.day(for: programme).iso) (\(source))")
    let counts: [(String, Int)] = [
      ("systems", inventory.systems.count), ("flows", inventory.flows.count),
      ("usernames", inventory.usernames.count), ("tasks", inventory.tasks.count),
      ("wabas", programme.wabas.count), ("milestones", programme.milestones.count),
      ("stakeholders", programme.stakeholders.count),
      ("attestations", inventory.attestations.count),
      ("risks", inventory.risks.count), ("decisions", inventory.decisions.count),
    ]
    for (name, count) in counts {
      lines.append("  \(name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(count)")
    }
    lines.append("  warnings      \(warnings)")
    return lines
  }
}
