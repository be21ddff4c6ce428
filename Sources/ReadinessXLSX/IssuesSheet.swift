import ReadinessCore

/// The Issues sheet: the RAID issues, open first, worst first, with severities coloured.
enum IssuesSheet {
  static func fill(_ sheet: Sheet, _ issues: [ProgrammeIssue]) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Issue", 16), ("Severity", 10), ("Title", 60), ("Owner", 18), ("Raised", 12), ("Due", 12),
      ("Status", 10), ("Linked to", 30),
    ]
    sheet.header(0, columns)
    let sorted = IssueOrder.sorted(issues)
    for (offset, issue) in sorted.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, issue.id)
      sheet.text(row, 1, issue.severity.rawValue, f.severity[issue.severity])
      sheet.text(row, 2, issue.title)
      sheet.text(row, 3, issue.owner)
      sheet.day(row, 4, issue.raised)
      sheet.day(row, 5, issue.due)
      sheet.text(row, 6, issue.status.rawValue)
      sheet.text(row, 7, issue.link)
    }
    sheet.table(headerRow: 0, lastRow: sorted.count, columns: columns.count)
    sheet.colourByText(
      column: 1, rows: 1, sorted.count,
      fills: Severity.allCases.map { ($0.rawValue, f.severity[$0]!) })
  }
}

/// The Owner load sheet: per owner, open risks and unfinished tasks in the action window (each
/// task once), flagged above the load limit.
enum OwnerLoadSheet {
  static func fill(_ sheet: Sheet, _ actions: Actions) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Owner", 26), ("Open actions and tasks", 22), ("Limit", 8), ("Overloaded", 12),
    ]
    sheet.header(0, columns)
    for (offset, owner) in actions.owners.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, owner.name ?? "Unassigned")
      sheet.number(row, 1, Double(owner.load), f.count)
      sheet.number(row, 2, Double(actions.loadLimit), f.count)
      sheet.text(row, 3, owner.overloaded ? "OVERLOADED" : "", owner.overloaded ? f.rag[.red] : nil)
    }
    sheet.table(headerRow: 0, lastRow: actions.owners.count, columns: columns.count)
  }
}
