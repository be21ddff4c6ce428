import ReadinessCore

/// The PM's parts of report.md: the commentary at the top and the issues beside the risks.
enum MarkdownControl {
  /// Nil when the inventory has no commentary.
  static func commentary(_ a: Assessment) -> String? {
    guard let c = a.commentary else { return nil }
    var lines = ["## Key messages", ""]
    if let summary = c.summary, !summary.isEmpty { lines += [MarkdownText.escape(summary), ""] }
    for (title, items) in [
      ("Achievements", c.achievements), ("Next steps", c.nextSteps),
      ("Asks of the steering committee", c.asks),
    ] where !items.isEmpty {
      lines += ["**\(title)**", ""] + items.map { "- " + MarkdownText.escape($0) } + [""]
    }
    return lines.joined(separator: "\n")
  }

  static func issues(_ a: Assessment) -> String {
    guard !a.issues.isEmpty else { return "## Issues\n\nNo issues recorded.\n" }
    var lines = [
      "## Issues", "", IssueOrder.summary(a.issues).capitalisedFirst + ".", "",
      "| Severity | Issue | Owner | Raised | Due | Linked to | Status |",
      "|---|---|---|---|---|---|---|",
    ]
    lines += IssueOrder.sorted(a.issues).map { i in
      MarkdownText.row([
        i.severity.rawValue.uppercased(),
        "\(MarkdownText.escape(i.title)) (\(MarkdownText.escape(i.id)))",
        MarkdownText.escape(i.owner, or: "unassigned"), i.raised?.iso ?? "no date",
        i.due?.iso ?? "no date", MarkdownText.escape(i.link, or: ""), i.status.rawValue,
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The owner's heading note when above the load limit.
  static func load(_ owner: ActionOwner, limit: Int) -> String {
    owner.overloaded ? " **OVERLOADED** (more than \(limit) open actions and tasks)" : ""
  }
}

extension String {
  /// The string with its first character upper-cased.
  fileprivate var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
