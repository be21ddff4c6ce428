import Testing

@testable import ReadinessCore

@Suite("Testing items R-T1…R-T3")
struct TestingRulesTests {
  @Test("R-T1 counts inbound flows tested end to end")
  func endToEnd() throws {
    let result = try assess(
      inventory {
        $0.flows = [
          flow("a", .clickToWhatsApp) { $0.e2eTested = true }, flow("b", .inboundService),
          flow("c", .campaign) { $0.e2eTested = true },
        ]
      })
    let item = try #require(result.item(.rT1))
    #expect(item.done == 1 && item.counted == 2 && item.pending.map(\.ref) == ["b"])
  }

  @Test("R-T2 needs a prompt or native_flow request that is validated")
  func validated() throws {
    let needs: (inout MessageFlow) -> Void = { $0.needsPhoneFor = [.identityVerification] }
    let result = try assess(
      inventory {
        $0.flows = [
          flow("ok") {
            needs(&$0)
            $0.phoneRequest = .prompt
            $0.phoneRequestValidated = true
          },
          flow("unvalidated") {
            needs(&$0)
            $0.phoneRequest = .nativeFlow
          },
          flow("none") {
            needs(&$0)
            $0.phoneRequest = .none
            $0.phoneRequestValidated = true
          },
        ]
      })
    let item = try #require(result.item(.rT2))
    #expect(item.done == 1 && item.counted == 3)
    #expect(
      item.pending.map(\.reason) == [
        "phone_request_validated: not assessed", "phone_request: none",
      ])
  }

  @Test("R-T3 counts usernames with status claimed")
  func claimed() throws {
    let result = try assess(
      inventory {
        $0.usernames = [
          username("acme", .claimed), username("acmeshop", .requested),
          username("acmehelp", .disputed),
        ]
      })
    let item = try #require(result.item(.rT3))
    #expect(item.done == 1 && item.counted == 3)
    #expect(item.pending.map(\.kind) == [.username, .username])
    #expect(item.pending.map(\.owner) == ["owner-acmeshop", "owner-acmehelp"])
  }
}
