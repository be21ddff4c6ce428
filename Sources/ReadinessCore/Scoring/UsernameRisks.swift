/// The username risks of SPEC §4.5 and the per-username results.
enum UsernameRisks {
  /// `username-unclaimed` (only once `as_of` is after the claim window: critical when disputed,
  /// else high without a verified badge, medium with one) and `username-invalid` (high, one per
  /// handle or alternate that breaks a rule, referring to that handle).
  static func risks(_ claims: [UsernameClaim], claimWindow: Day, asOf: Day) -> [Risk] {
    var risks: [Risk] = []
    for claim in claims {
      if let severity = unclaimedSeverity(claim, claimWindow: claimWindow, asOf: asOf) {
        var risk = RiskRegister.generated(
          .usernameUnclaimed, claim.handle, severity,
          title: "@\(claim.handle) is \(claim.status.rawValue), not claimed, after the claim"
            + " window opened on \(claimWindow.iso)",
          owner: claim.owner,
          action: claimAction(claim.status))
        risk.due = claim.target
        risks.append(risk)
      }
      for handle in [claim.handle] + claim.alternates {
        let problems = UsernameFormat.problems(handle)
        guard !problems.isEmpty else { continue }
        risks.append(
          RiskRegister.generated(
            .usernameInvalid, handle, .high,
            title: "@\(handle) breaks Meta's username rules: " + problems.joined(separator: "; "),
            owner: claim.owner, action: "Choose handles that meet Meta's format rules"))
      }
    }
    return risks
  }

  /// What to do about an unclaimed username, given how far its claim has gone.
  static func claimAction(_ status: UsernameStatus) -> String {
    switch status {
    case .disputed: "Resolve the dispute with Meta, or claim an alternate handle"
    case .requested: "Follow up the request with Meta (or the BSP) until it is approved"
    case .reserved: "Complete the claim of the reserved username in WhatsApp Manager"
    default: "Claim the username in WhatsApp Manager now"
    }
  }

  static func unclaimedSeverity(_ claim: UsernameClaim, claimWindow: Day, asOf: Day) -> Severity? {
    guard asOf > claimWindow, claim.status != .claimed else { return nil }
    if claim.status == .disputed { return .critical }
    return claim.verifiedBadge == true ? .medium : .high
  }

  /// Every format rule the handle and its alternates break, as `handle: problem`.
  static func formatProblems(_ claim: UsernameClaim) -> [String] {
    ([claim.handle] + claim.alternates).flatMap { handle in
      UsernameFormat.problems(handle).map { "\(handle): \($0)" }
    }
  }

  /// One result per username, in inventory order, with its worst username risk.
  static func results(_ claims: [UsernameClaim], claimWindow: Day, asOf: Day)
    -> [UsernameResult]
  {
    claims.map { claim in
      let problems = formatProblems(claim)
      let severities =
        [unclaimedSeverity(claim, claimWindow: claimWindow, asOf: asOf)]
        + [problems.isEmpty ? nil : Severity.high]
      return UsernameResult(
        claim: claim, risk: severities.compactMap { $0 }.min(), formatProblems: problems)
    }
  }
}
