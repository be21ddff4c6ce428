import ReadinessCore

/// The one-screen summary `validate` prints for a valid inventory.
enum ValidationSummary {
  static func lines(_ inventory: Inventory, path: String, warnings: Int) -> [TerminalText] {
    let programme = inventory.programme
    var lines: [TerminalText] = [
      "\(path, limit: 200): valid inventory (format version \(inventory.version))"
    ]
    lines.append("  programme     \(programme.name, limit: 72)")
    if let organisation = programme.organisation {
      lines.append("  organisation  \(organisation, limit: 72)")
    }
    lines.append("  as of         \(programme.asOf?.iso ?? "not set (today, or --as-of)")")
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
