/// Statuses that claim something before Meta made it possible at the as-of date: each is a
/// warning at the value that claims it, naming the milestone (its date may be overridden).
enum TimelineWarnings {
  private typealias M = WarningMessages

  /// What a status claims, and the milestone before which Meta did not allow it.
  struct Claim {
    let subject: Message
    let milestone: String
    /// What Meta makes possible on the milestone's date.
    let opens: Message
    let at: SourceLocation?
  }

  static func check(_ inventory: Inventory, asOf: Day) -> [Diagnostic] {
    let dates = Dictionary(
      ProgrammeCalendar(inventory.programme).milestones.map { ($0.id, $0.date) },
      uniquingKeysWith: { first, _ in first })
    return claims(inventory).compactMap { claim in
      guard let date = dates[claim.milestone], asOf < date else { return nil }
      return Diagnostic(
        .warning, code: .statusBeforeMetaDate,
        Message(
          M.statusBeforeMetaDate,
          [
            "claim": .message(claim.subject), "asOf": .day(asOf), "opens": .message(claim.opens),
            "date": .day(date), "milestone": .text(claim.milestone),
          ]),
        at: claim.at,
        hint: Message(M.statusBeforeMetaDateHint, ["milestone": .text(claim.milestone)]))
    }
  }

  /// Every status in the inventory that depends on one of Meta's dates.
  static func claims(_ inventory: Inventory) -> [Claim] {
    var found: [Claim] = []
    for username in inventory.usernames where [.claimed, .reserved].contains(username.status) {
      found.append(
        Claim(
          subject: Message(
            M.claimUsername,
            [
              "handle": .text(username.handle.clipped),
              "status": .word(WordMessages.vocabulary(username.status)),
            ]),
          milestone: "claim-window", opens: Message(M.opensClaims),
          at: username.location(of: \.status) ?? username.location))
    }
    for flow in inventory.flows {
      if flow.phoneRequest == .nativeFlow, flow.phoneRequestValidated == true {
        found.append(
          Claim(
            subject: Message(M.claimNativeFlow, ["flow": .text(flow.id.clipped)]),
            milestone: "phone-request", opens: Message(M.opensPhoneRequest),
            at: flow.location(of: \.phoneRequestValidated) ?? flow.location))
      }
      if flow.e2eTested == true {
        found.append(
          Claim(
            subject: Message(M.claimE2E, ["flow": .text(flow.id.clipped)]),
            milestone: "bsuid-webhooks", opens: Message(M.opensWebhooks),
            at: flow.location(of: \.e2eTested) ?? flow.location))
      }
    }
    for system in inventory.systems
    where system.bsuidSendField == .recipient && system.status == .done {
      found.append(
        Claim(
          subject: Message(M.claimSendToBSUID, ["system": .text(system.id.clipped)]),
          milestone: "send-to-bsuid", opens: Message(M.opensSendToBSUID),
          at: system.location(of: \.status) ?? system.location))
    }
    return found
  }
}
