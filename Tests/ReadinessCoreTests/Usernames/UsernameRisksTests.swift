import Testing

@testable import ReadinessCore

@Suite("Username risks: unclaimed, invalid, and the action that fits the status")
struct UsernameRisksTests {
  @Test(
    "username-unclaimed applies only after the claim window: high, medium with badge, critical disputed"
  )
  func usernameUnclaimed() throws {
    let claims = [
      username("plain", .requested), username("badge", .reserved, badge: true),
      username("fight", .disputed, badge: true), username("mine", .claimed),
    ]
    let onWindow = try assess(inventory { $0.usernames = claims }, asOf: "2026-06-29")
    #expect(!onWindow.risks.contains { $0.kind == .usernameUnclaimed })
    let after = try assess(inventory { $0.usernames = claims }, asOf: "2026-06-30")
    #expect(after.risk("username-unclaimed:plain")?.severity == .high)
    #expect(after.risk("username-unclaimed:badge")?.severity == .medium)
    #expect(after.risk("username-unclaimed:fight")?.severity == .critical)
    #expect(after.risk("username-unclaimed:mine") == nil)
    #expect(after.usernames.map(\.risk) == [.high, .medium, .critical, nil])
  }

  @Test("username-unclaimed follows an overridden claim-window milestone")
  func usernameUnclaimedWindow() throws {
    let result = try assess(
      inventory {
        $0.usernames = [username("plain")]
        $0.programme.milestones = [Milestone(id: "claim-window", date: day("2026-05-01"))]
      }, asOf: "2026-05-02")
    #expect(result.risk("username-unclaimed:plain")?.severity == .high)
  }

  @Test("username-unclaimed's action fits the status: follow up, complete, resolve, or claim now")
  func unclaimedAction() throws {
    let statuses: [UsernameStatus] = [.notStarted, .eligible, .requested, .reserved, .disputed]
    let result = try assess(
      inventory {
        $0.usernames = statuses.map { username($0.rawValue.replacing("_", with: ""), $0) }
      },
      asOf: "2026-07-01")
    let actions = ["notstarted", "eligible", "requested", "reserved", "disputed"].map {
      result.risk("username-unclaimed:\($0)")?.action
    }
    #expect(
      actions == [
        "Claim the username in WhatsApp Manager now", "Claim the username in WhatsApp Manager now",
        "Follow up the claim request with Meta or your BSP until it is approved",
        "Complete the claim of the reserved handle in WhatsApp Manager or the Username API",
        "Resolve the dispute with Meta, or claim an alternate handle",
      ])
  }

  @Test(
    "username-invalid is high for a handle, low for an alternate, which leaves the handle's risk")
  func usernameInvalid() throws {
    let result = try assess(
      inventory {
        $0.usernames = [
          username("acme.com"), username("acme", alternates: ["www_acme", "ok_acme"]),
          username("fine"),
        ]
      })
    #expect(result.risk("username-invalid:acme.com")?.severity == .high)
    let alternate = result.risk("username-invalid:www_acme")
    #expect(alternate?.severity == .low && alternate?.owner == "owner-acme")
    #expect(
      alternate?.title
        == "Alternate of @acme: @www_acme breaks Meta's username rules: must not start with 'www'")
    #expect(result.risk("username-invalid:acme") == nil)
    #expect(result.risk("username-invalid:ok_acme") == nil)
    #expect(result.risk("username-invalid:fine") == nil)
    #expect(result.usernames[1].formatProblems == ["www_acme: must not start with 'www'"])
    #expect(result.usernames.map(\.risk) == [.high, nil, nil])
  }

  @Test("an alternate's low risk does not lower a disputed handle's critical one")
  func alternateUnderUnclaimed() throws {
    let result = try assess(
      inventory { $0.usernames = [username("acme", .disputed, alternates: ["a"])] },
      asOf: "2026-07-01")
    #expect(result.risk("username-invalid:a")?.severity == .low)
    #expect(result.usernames.map(\.risk) == [.critical])
  }

  @Test("upper-case letters are not a rule break: Meta compares handles ignoring case")
  func upperCase() throws {
    #expect(UsernameFormat.problems("Veldstroom_NL").isEmpty)
    #expect(UsernameFormat.problems("WWW_Shop") == ["must not start with 'www'"])
    #expect(UsernameFormat.problems("Shop.COM") == ["must not end in a domain ('.com')"])
    #expect(UsernameFormat.problems("Café") == ["may contain only letters a–z, 0–9, '.' and '_'"])
    let result = try assess(
      inventory { $0.usernames = [username("AcmeShop", alternates: ["ACME_NL"])] })
    #expect(!result.risks.contains { $0.kind == .usernameInvalid })
    #expect(result.usernames.map(\.risk) == [nil])
  }
}
