/// The checks an entry read from a shard file passes before a roll-up trusts it: a shard file
/// is input like any other, and may have been edited.
extension PortfolioEntry {
  /// A field out of its range or vocabulary: `field` is its path in the shard file
  /// (`entries[2].overall`).
  public struct Problem: Error, Equatable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public var description: String { "'\(field)' \(reason)" }
  }

  /// Largest conversations-at-risk figure a client can carry.
  public static let maximumExposure = 1e12

  /// Checks every field against what an evaluation can give; `path` names the entry.
  public func check(at path: String) throws(Problem) {
    func fail(_ field: String, _ reason: String) -> Problem {
      Problem(field: "\(path).\(field)", reason: reason)
    }
    let texts =
      [("file", file), ("name", name ?? ""), ("reason", reason ?? "")]
      + criticalRiskIDs.enumerated().map { ("criticalRiskIDs[\($0)]", $1) }
      + problems.enumerated().map { ("problems[\($0)]", $1.replacing("\n", with: " ")) }
    for (field, text) in texts where Self.hasControlCharacter(text) {
      throw fail(field, "holds a control character")
    }
    if file.isEmpty { throw fail("file", "is empty") }
    guard ProgrammeSlug.slug(folder) == folder || Self.isNumbered(folder) else {
      throw fail("folder", "is not a client folder name (lower-case letters, digits and -)")
    }
    guard isValid else {
      if report != nil { throw fail("report", "is given for a client that was not evaluated") }
      return
    }
    let present = [
      ("name", name != nil), ("asOf", asOf != nil), ("overall", overall != nil),
      ("rag", rag != nil), ("report", report != nil),
    ]
    if let missing = present.first(where: { !$0.1 }) {
      throw fail(missing.0, "is missing for a client that was evaluated")
    }
    guard let asOf, let overall, let report else { return }
    guard report == "\(folder)/\(asOf.iso)/report.html" else {
      throw fail("report", "must be the relative path '\(folder)/\(asOf.iso)/report.html'")
    }
    try Self.checkScore(overall) { fail("overall", $0) }
    guard phases.map(\.id) == PhaseID.allCases else {
      let names = PhaseID.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail("phases", "must be the phases \(names), each once and in that order")
    }
    for (index, phase) in phases.enumerated() {
      try phase.score.map { score throws(Problem) in
        try Self.checkScore(score) { fail("phases[\(index)].score", $0) }
      }
    }
    guard criticalRisks == criticalRiskIDs.count else {
      throw fail("criticalRisks", "must count the \(criticalRiskIDs.count) criticalRiskIDs")
    }
    if let exposure, !(0...Self.maximumExposure).contains(exposure) {
      throw fail("exposure", "must be between 0 and \(Int(Self.maximumExposure))")
    }
    if let exposureAdoption, !(0...1).contains(exposureAdoption) {
      throw fail("exposureAdoption", "must be between 0 and 1")
    }
  }

  private static func checkScore(_ score: Double, _ fail: (String) -> Problem) throws(Problem) {
    guard (0...100).contains(score) else { throw fail("must be a score between 0 and 100") }
  }

  /// A slug with the `-2`, `-3`… suffix two files of one name get (`minimal-2`).
  private static func isNumbered(_ folder: String) -> Bool {
    guard let dash = folder.lastIndex(of: "-") else { return false }
    let stem = String(folder[..<dash])
    let number = folder[folder.index(after: dash)...]
    return ProgrammeSlug.slug(stem) == stem && Int(number).map { $0 >= 2 } == true
      && !number.hasPrefix("0")
  }

  private static func hasControlCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }
}
