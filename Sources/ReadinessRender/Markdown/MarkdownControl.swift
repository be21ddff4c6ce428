import ReadinessCore

/// The PM's parts of report.md: the commentary at the top and the issues beside the risks.
enum MarkdownControl {
  /// Nil when the inventory has no commentary.
  static func commentary(_ a: Assessment, _ w: Wording) -> String? {
    typealias M = MarkdownControlMessages
    guard let c = a.commentary else { return nil }
    var lines = ["## " + w(M.keyMessages), ""]
    if let summary = c.summary, !summary.isEmpty { lines += [MarkdownText.escape(summary), ""] }
    for (title, items) in [
      (M.achievements, c.achievements), (M.nextSteps, c.nextSteps), (M.asks, c.asks),
    ] where !items.isEmpty {
      lines += ["**\(w(title))**", ""] + items.map { "- " + MarkdownText.escape($0) } + [""]
    }
    return lines.joined(separator: "\n")
  }

  static func issues(_ a: Assessment, _ w: Wording) -> String {
    typealias M = MarkdownControlMessages
    guard !a.issues.isEmpty else { return "## \(w(M.issues))\n\n\(w(M.noIssues))\n" }
    let summary = MessageArgument.capitalised(.message(IssueOrder.summaryMessage(a.issues)))
    var lines = [
      "## " + w(M.issues), "", w(MarkdownMessages.sentence, ["text": summary]), "",
      w(M.issuesHeader), "|---|---|---|---|---|---|---|",
    ]
    lines += IssueOrder.sorted(a.issues).map { i in
      MarkdownText.row([
        w(WordMessages.severityLabel(i.severity)),
        "\(MarkdownText.escape(i.title)) (\(MarkdownText.escape(i.id)))",
        MarkdownText.escape(i.owner, or: w(BriefingMessages.unassigned)),
        i.raised.map { w.day($0) } ?? w(WordMessages.noDate),
        i.due.map { w.day($0) } ?? w(WordMessages.noDate), MarkdownText.escape(i.link, or: ""),
        w(WordMessages.vocabulary(i.status)),
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
