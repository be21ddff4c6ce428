import ReadinessCore

extension XMLRenderer {
  /// The PM's RAG on the element just opened (`<score>` or `<phase>`), beside the computed
  /// `rag`: `set-rag`, `set-reason`, `set-by`, `set-until`; nothing when no override holds.
  static func writeOverride(_ override: SetRAG?, to writer: LibXMLWriter) {
    guard let override else { return }
    writer.attribute("set-rag", override.rag.rawValue)
    writer.attribute("set-reason", override.reason)
    writer.attribute("set-by", override.by)
    writer.attribute("set-until", override.until.iso)
  }

  /// `<commentary>`: the PM's words for this week; absent when none were written.
  static func writeCommentary(_ commentary: Commentary?, to writer: LibXMLWriter) {
    guard let commentary else { return }
    writer.element("commentary", [:]) {
      if let summary = commentary.summary, !summary.isEmpty {
        writer.element("summary", [:]) { writer.text(summary) }
      }
      for (name, items) in [
        ("achievement", commentary.achievements), ("next-step", commentary.nextSteps),
        ("ask", commentary.asks),
      ] {
        for item in items { writer.element(name, [:]) { writer.text(item) } }
      }
    }
  }

  /// `<issues>`: the RAID issues, open first, worst first.
  static func writeIssues(_ issues: [ProgrammeIssue], to writer: LibXMLWriter) {
    writer.element("issues", [:]) {
      for issue in IssueOrder.sorted(issues) {
        writer.element(
          "issue",
          [
            "id": issue.id, "title": issue.title, "owner": issue.owner,
            "severity": issue.severity.rawValue, "status": issue.status.rawValue,
            "raised": issue.raised?.iso, "due": issue.due?.iso, "link": issue.link,
          ])
      }
    }
  }
}
