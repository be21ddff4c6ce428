import ReadinessCore

/// The one-screen summary `validate` prints for a valid inventory.
enum ValidationSummary {
  static func text(_ inventory: Inventory, path: String, warnings: Int) -> String {
    let programme = inventory.programme
    var lines = ["\(path): valid inventory (format version \(inventory.version))"]
    lines.append("  programme     \(programme.name.withoutTerminalControls)")
    if let organisation = programme.organisation {
      lines.append("  organisation  \(organisation.withoutTerminalControls)")
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
    return lines.joined(separator: "\n")
  }
}
