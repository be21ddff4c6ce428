/// The username risks and the per-username results.
enum UsernameRisks {
  /// `username-unclaimed` (only once `as_of` is after the claim window: critical when disputed,
  /// else high without a verified badge, medium with one; its action fits the status) and
  /// `username-invalid` (one per handle or alternate that breaks a rule, referring to that
  /// handle: high for the handle, low for an alternate, which is only a fallback).
  static func risks(_ claims: [UsernameClaim], claimWindow: Day, asOf: Day) -> [Risk] {
    var risks: [Risk] = []
    for claim in claims {
      if let severity = unclaimedSeverity(claim, claimWindow: claimWindow, asOf: asOf) {
        var risk = RiskRegister.generated(
          .usernameUnclaimed, claim.handle, severity,
          title: Message(
            RiskMessages.usernameUnclaimed,
            [
              "handle": .text(claim.handle),
              "status": .word(WordMessages.vocabulary(claim.status)),
              "date": .day(claimWindow),
            ]),
          owner: claim.owner, action: Message(unclaimedAction(claim.status)))
        risk.due = claim.target
        risks.append(risk)
      }
      risks += [invalid(claim.handle, of: claim)].compactMap { $0 }
      risks += claim.alternates.compactMap { invalid($0, of: claim, alternate: true) }
    }
    return risks
  }

  /// The `username-invalid` risk of `handle` (the claim's own handle or one of its alternates),
  /// nil when it meets the rules.
  static func invalid(_ handle: String, of claim: UsernameClaim, alternate: Bool = false) -> Risk? {
    let problems = UsernameFormat.problemMessages(handle)
    guard !problems.isEmpty else { return nil }
    let arguments: MessageArguments = [
      "claim": .text(claim.handle), "handle": .text(handle),
      "problems": .list(problems.map { .message($0) }, .semicolon),
    ]
    return RiskRegister.generated(
      .usernameInvalid, handle, alternate ? .low : .high,
      title: Message(
        alternate ? RiskMessages.alternateInvalid : RiskMessages.usernameInvalid, arguments),
      owner: claim.owner, action: Message(RiskActionMessages.formatRules))
  }

  /// What to do about a handle that is not claimed yet, by where its claim stands.
  static func unclaimedAction(_ status: UsernameStatus) -> MessageKey {
    switch status {
    case .requested: RiskActionMessages.requested
    case .reserved: RiskActionMessages.reserved
    case .disputed: RiskActionMessages.disputed
    case .notStarted, .eligible, .claimed: RiskActionMessages.claim
    }
  }

  static func unclaimedSeverity(_ claim: UsernameClaim, claimWindow: Day, asOf: Day) -> Severity? {
    guard asOf > claimWindow, claim.status != .claimed else { return nil }
    if claim.status == .disputed { return .critical }
    return claim.verifiedBadge == true ? .medium : .high
  }

  /// Every format rule the handle and its alternates break, as `handle: problem`.
  static func formatProblems(_ claim: UsernameClaim) -> [Message] {
    ([claim.handle] + claim.alternates).flatMap { handle in
      UsernameFormat.problemMessages(handle).map {
        Message(UsernameMessages.problemOf, ["handle": .text(handle), "problem": .message($0)])
      }
    }
  }

  /// One result per username, in inventory order, with the worst risk of the handle itself
  /// (its alternates' risks are their own).
  static func results(_ claims: [UsernameClaim], claimWindow: Day, asOf: Day)
    -> [UsernameResult]
  {
    claims.map { claim in
      let severities = [
        unclaimedSeverity(claim, claimWindow: claimWindow, asOf: asOf),
        UsernameFormat.problems(claim.handle).isEmpty ? nil : Severity.high,
      ]
      return UsernameResult(
        claim: claim, risk: severities.compactMap { $0 }.min(),
        formatProblems: formatProblems(claim))
    }
  }
}
