import ReadinessCore
import ReadinessRender

/// The Risks sheet: the register, worst first, with severities coloured. The id comes first, as
/// the inventory's `risks` entry that overrides a generated risk names it; the PM's severity
/// reads "medium, set by the PM; computed: high", and the note says what the PM's status means.
enum RisksSheet {
  static func fill(_ sheet: Sheet, _ risks: [Risk]) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Risk", 20), ("Severity", 13), ("Likelihood", 10), ("Impact", 8), ("Status", 9),
      ("Title", 24), ("Owner", 12), ("Action", 26), ("Due", 11), ("Review", 11), ("Note", 18),
    ]
    sheet.header(0, columns, wrap: ["Risk", "Severity", "Title", "Owner", "Action", "Note"])
    for (offset, risk) in risks.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, risk.id)
      sheet.text(row, 1, severity(risk, w), f.severity[risk.severity])
      sheet.text(row, 2, risk.likelihood.map { w(WordMessages.vocabulary($0)) })
      sheet.text(row, 3, risk.impact.map { w(WordMessages.vocabulary($0)) })
      sheet.text(row, 4, w.word(risk.status))
      sheet.text(row, 5, w(risk.titleMessage))
      sheet.text(row, 6, risk.owner)
      sheet.text(row, 7, w(risk.actionMessage))
      sheet.day(row, 8, risk.due)
      sheet.day(row, 9, risk.review)
      sheet.text(
        row, 10,
        [risk.statusNoteMessage.map { w($0) }, risk.note].compactMap { $0 }.joined(separator: "; "))
    }
    sheet.table(headerRow: 0, lastRow: risks.count, columns: columns.count)
    sheet.colour(
      column: 1, rows: 1, codes: risks.map(\.severity.rawValue), codeColumn: columns.count,
      fills: Severity.allCases.map { ($0.rawValue, w.word($0), f.severity[$0]!) }, prefix: true)
  }

  /// The severity shown, and the computed one when the PM set another.
  static func severity(_ risk: Risk, _ w: Wording = .english) -> String {
    guard let computed = risk.computedSeverity else { return w.word(risk.severity) }
    return w(
      WorkbookMessages.setByPM,
      [
        "severity": .word(WordMessages.vocabulary(risk.severity)),
        "computed": .word(WordMessages.vocabulary(computed)),
      ])
  }
}
