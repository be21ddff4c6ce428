/// Statuses that claim something before Meta made it possible at the as-of date: each is a
/// warning at the value that claims it, naming the milestone (its date may be overridden).
enum TimelineWarnings {
  /// What a status claims, and the milestone before which Meta did not allow it.
  struct Claim {
    let subject: String
    let milestone: String
    /// What Meta makes possible on the milestone's date.
    let opens: String
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
        "\(claim.subject) as of \(asOf.iso), but \(claim.opens) only from \(date.iso)"
          + " (milestone '\(claim.milestone)')",
        at: claim.at,
        hint: "check the status: planned work is not done yet; if Meta's date has moved, give"
          + " '\(claim.milestone)' its new date in programme.milestones")
    }
  }

  /// Every status in the inventory that depends on one of Meta's dates.
  static func claims(_ inventory: Inventory) -> [Claim] {
    var found: [Claim] = []
    for username in inventory.usernames where [.claimed, .reserved].contains(username.status) {
      found.append(
        Claim(
          subject: "username '\(username.handle.clipped)' is \(username.status.words)",
          milestone: "claim-window", opens: "Meta accepts business username claims",
          at: username.location(of: \.status) ?? username.location))
    }
    for flow in inventory.flows {
      if flow.phoneRequest == .nativeFlow, flow.phoneRequestValidated == true {
        found.append(
          Claim(
            subject: "flow '\(flow.id.clipped)' has a validated native_flow phone request",
            milestone: "phone-request",
            opens: "Meta offers the native phone-number request (REQUEST_CONTACT_INFO)",
            at: flow.location(of: \.phoneRequestValidated) ?? flow.location))
      }
      if flow.e2eTested == true {
        found.append(
          Claim(
            subject: "flow '\(flow.id.clipped)' is e2e_tested",
            milestone: "bsuid-webhooks", opens: "webhooks carry BSUIDs",
            at: flow.location(of: \.e2eTested) ?? flow.location))
      }
    }
    for system in inventory.systems
    where system.bsuidSendField == .recipient && system.status == .done {
      found.append(
        Claim(
          subject: "system '\(system.id.clipped)' sends BSUIDs in 'recipient' and is done",
          milestone: "send-to-bsuid", opens: "Meta accepts messages sent to a BSUID",
          at: system.location(of: \.status) ?? system.location))
    }
    return found
  }
}
