import ReadinessCore

/// The Usernames sheet: each handle's claim, target date and risk.
enum UsernamesSheet {
  static func fill(_ sheet: Sheet, _ usernames: [UsernameResult]) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Username", 22), ("Status", 12), ("Owner", 18), ("Target", 12), ("Phone number", 18),
      ("Verified badge", 10), ("Alternates", 26), ("Risk", 10), ("Format problems", 50),
    ]
    sheet.header(0, columns)
    for (offset, username) in usernames.enumerated() {
      let row = offset + 1
      let claim = username.claim
      sheet.text(row, 0, claim.handle)
      sheet.text(row, 1, claim.status.rawValue)
      sheet.text(row, 2, claim.owner)
      sheet.day(row, 3, claim.target)
      sheet.text(row, 4, claim.phoneNumber)
      sheet.flag(row, 5, claim.verifiedBadge)
      sheet.text(row, 6, claim.alternates.joined(separator: ", "))
      sheet.text(row, 7, username.risk?.rawValue, username.risk.flatMap { f.severity[$0] })
      sheet.text(row, 8, username.formatProblems.joined(separator: "; "))
    }
    sheet.table(headerRow: 0, lastRow: usernames.count, columns: columns.count)
  }
}
