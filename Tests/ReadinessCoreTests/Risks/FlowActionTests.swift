import Testing

@testable import ReadinessCore

@Suite("operational-silence actions fix the links that break, and only those")
struct FlowActionTests {
  static let bot = system("bot", .chatbot) {
    $0.consumesWebhooks = true
    $0.handlesMissingPhone = false
  }

  static func action(_ flow: MessageFlow) throws -> String {
    let result = try assess(
      inventory {
        $0.flows = [flow]
        $0.systems = [Self.bot]
      })
    return try #require(result.risk("operational-silence:\(flow.id)")).action
  }

  @Test("a flow asking for the phone with a validated request is not told to re-key; its system is")
  func systemOnly() throws {
    let kyc = flow("mitra-kyc", .identityVerification, keyedOn: .phone) {
      $0.systems = ["bot"]
      $0.phoneRequest = .nativeFlow
      $0.phoneRequestValidated = true
    }
    let action = try Self.action(kyc)
    #expect(
      action
        == "Make 'System bot' accept webhook payloads without a phone number; test it end to end")
  }

  @Test("a flow keyed on the phone that breaks on its own is told to re-key, then its system")
  func flowAndSystem() throws {
    let ctwa = flow("ctwa", .clickToWhatsApp, keyedOn: .phone) { $0.systems = ["bot"] }
    #expect(
      try Self.action(ctwa)
        == "Key the flow on the BSUID (phone first, BSUID fallback); make 'System bot' accept"
        + " webhook payloads without a phone number; test it end to end")
  }
}
