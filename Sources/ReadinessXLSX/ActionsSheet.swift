import ReadinessCore

/// The Actions sheet: what each owner has to act on in the two weeks after as-of (the core's
/// `Actions`, as the report lists them), one row per task, milestone or risk, urgent ones marked.
enum ActionsSheet {
  static func fill(_ sheet: Sheet, _ actions: Actions) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Owner", 16), ("Kind", 9), ("Id", 22), ("Title", 34), ("Due", 11), ("Urgent", 8),
      ("Late or overdue", 9), ("Severity", 9), ("What to do", 36),
    ]
    sheet.header(0, columns, wrap: ["Owner", "Id", "Title", "What to do"])
    let rows = actions.owners.flatMap { owner in owner.actions.map { (owner.name, $0) } }
    for (offset, (owner, action)) in rows.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, owner ?? w(WorkbookMessages.unassigned))
      sheet.text(row, 1, w.word(action.kind))
      sheet.text(row, 2, action.id)
      sheet.text(row, 3, w(action.titleMessage))
      sheet.day(row, 4, action.due)
      sheet.flag(row, 5, action.urgent)
      sheet.flag(row, 6, action.late || action.overdue)
      sheet.text(
        row, 7, action.severity.map { w.word($0) }, action.severity.flatMap { f.severity[$0] })
      sheet.text(
        row, 8,
        w.joined(
          [action.lateReasonMessage, action.riskActionMessage].compactMap { $0 }, .semicolon))
    }
    sheet.table(headerRow: 0, lastRow: rows.count, columns: columns.count)
  }
}
