import ReadinessCore

/// The Risks sheet: the register, worst first, with severities coloured; the id is the one the
/// inventory overrides a generated risk by, and the status columns show what the PM set.
enum RisksSheet {
  static func fill(_ sheet: Sheet, _ risks: [Risk]) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Risk", 34), ("Kind", 20), ("Severity", 10), ("Title", 60), ("Owner", 18), ("Action", 60),
      ("Due", 12), ("Open", 7), ("Status", 10), ("Computed severity", 12), ("Review", 12),
      ("PM's note", 50),
    ]
    sheet.header(0, columns)
    for (offset, risk) in risks.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, risk.id)
      sheet.text(row, 1, risk.kind.rawValue)
      sheet.text(row, 2, risk.severity.rawValue, f.severity[risk.severity])
      sheet.text(row, 3, risk.title)
      sheet.text(row, 4, risk.owner)
      sheet.text(row, 5, risk.action)
      sheet.day(row, 6, risk.due)
      sheet.flag(row, 7, risk.open)
      sheet.text(row, 8, risk.status.rawValue)
      sheet.text(row, 9, risk.computedSeverity?.rawValue)
      sheet.day(row, 10, risk.review)
      sheet.text(row, 11, [risk.statusNote, risk.note].compactMap { $0 }.joined(separator: "; "))
    }
    sheet.table(headerRow: 0, lastRow: risks.count, columns: columns.count)
    sheet.colourByText(
      column: 2, rows: 1, risks.count,
      fills: Severity.allCases.map { ($0.rawValue, f.severity[$0]!) })
  }
}
