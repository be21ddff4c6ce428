import ReadinessCore

/// The Issues sheet: the RAID issues, open first, worst first, with severities coloured.
enum IssuesSheet {
  static func fill(_ sheet: Sheet, _ issues: [ProgrammeIssue]) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Issue", 16), ("Severity", 10), ("Title", 50), ("Owner", 16), ("Raised", 11), ("Due", 11),
      ("Status", 10), ("Linked to", 28),
    ]
    sheet.header(0, columns, wrap: ["Issue", "Title", "Owner", "Linked to"])
    let sorted = IssueOrder.sorted(issues)
    for (offset, issue) in sorted.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, issue.id)
      sheet.text(row, 1, w.word(issue.severity), f.severity[issue.severity])
      sheet.text(row, 2, issue.title)
      sheet.text(row, 3, issue.owner)
      sheet.day(row, 4, issue.raised)
      sheet.day(row, 5, issue.due)
      sheet.text(row, 6, w.word(issue.status))
      sheet.text(row, 7, issue.link)
    }
    sheet.table(headerRow: 0, lastRow: sorted.count, columns: columns.count)
    sheet.colour(
      column: 1, rows: 1, codes: sorted.map(\.severity.rawValue), codeColumn: columns.count,
      fills: Severity.allCases.map { ($0.rawValue, w.word($0), f.severity[$0]!) })
  }
}
