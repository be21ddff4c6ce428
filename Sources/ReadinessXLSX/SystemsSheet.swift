import ReadinessCore

/// The Systems sheet: each system's identifiers and readiness work.
enum SystemsSheet {
  static func fill(_ sheet: Sheet, _ systems: [BusinessSystem]) {
    let columns: [(String, Double)] = [
      ("System", 16), ("Name", 30), ("Kind", 14), ("Owner", 18), ("Team", 14), ("Stores", 24),
      ("Needs BSUID", 12), ("BSUID field", 13), ("Dedupe key", 17), ("Handles missing phone", 12),
      ("Consumes webhooks", 12), ("Handles id changes", 12), ("Sends messages", 12),
      ("BSUID send field", 12), ("Status", 13), ("Notes", 50),
    ]
    sheet.header(0, columns)
    for (offset, system) in systems.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, system.id)
      sheet.text(row, 1, system.name)
      sheet.text(row, 2, system.kind.rawValue)
      sheet.text(row, 3, system.owner)
      sheet.text(row, 4, system.team)
      sheet.text(row, 5, system.stores.map(\.rawValue).joined(separator: ", "))
      sheet.text(row, 6, system.needsBSUID.rawValue)
      sheet.text(row, 7, system.bsuidField?.rawValue)
      sheet.text(row, 8, system.dedupeKey?.rawValue)
      sheet.flag(row, 9, system.handlesMissingPhone)
      sheet.flag(row, 10, system.consumesWebhooks)
      sheet.flag(row, 11, system.handlesIdChanges)
      sheet.flag(row, 12, system.sendsMessages)
      sheet.text(row, 13, system.bsuidSendField?.rawValue)
      sheet.text(row, 14, system.status.rawValue)
      sheet.text(row, 15, system.notes)
    }
    sheet.table(headerRow: 0, lastRow: systems.count, columns: columns.count)
  }
}
