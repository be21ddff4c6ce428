import Testing

@testable import ReadinessCore

@Suite("Authentication to a BSUID and BSUIDs in 'to': send-fails and bsuid-in-to")
struct SendRisksTests {
  static func outcomes(_ flow: MessageFlow) -> [Outcome?] {
    let row = IdentityMatrix.rows(for: inventory { $0.flows = [flow] })[0]
    return [row.outcomes[.a], row.outcomes[.b], row.outcomes[.c]]
  }

  @Test("authentication keyed on the BSUID breaks in every state")
  func authenticationBSUID() {
    #expect(
      Self.outcomes(flow("f", .authentication, keyedOn: .bsuid)) == [.breaks, .breaks, .breaks])
  }

  @Test("authentication keyed on phone_then_bsuid breaks in S-C, works with a validated request")
  func authenticationFallback() {
    #expect(
      Self.outcomes(flow("f", .authentication, keyedOn: .phoneThenBSUID))
        == [.unaffected, .unaffected, .breaks])
    let unvalidated = flow("f", .authentication, keyedOn: .phoneThenBSUID) {
      $0.phoneRequest = .nativeFlow
      $0.phoneRequestValidated = false
    }
    #expect(Self.outcomes(unvalidated)[2] == .breaks)
    let validated = flow("f", .authentication, keyedOn: .phoneThenBSUID) {
      $0.phoneRequest = .prompt
      $0.phoneRequestValidated = true
    }
    #expect(Self.outcomes(validated) == [.unaffected, .unaffected, .works])
  }

  @Test("authentication keyed on the phone or not audited stays unaffected, whatever its systems")
  func authenticationUnaffected() {
    for identifier in [PrimaryIdentifier.phone, .unknown] {
      #expect(
        Self.outcomes(flow("f", .authentication, keyedOn: identifier))
          == [.unaffected, .unaffected, .unaffected])
    }
  }

  @Test("an outbound flow that breaks raises send-fails (high), owned by the flow's owner")
  func sendFails() throws {
    let result = try assess(
      inventory {
        $0.flows = [
          flow("otp", .authentication, keyedOn: .bsuid),
          flow("login", .authentication, keyedOn: .phoneThenBSUID),
          flow("safe", .authentication, keyedOn: .phone),
        ]
      })
    let otp = try #require(result.risk("send-fails:otp"))
    #expect(otp.severity == .high && otp.kind == .sendFails && otp.owner == "owner-otp")
    #expect(otp.title.hasPrefix("'Flow otp' cannot send in S-A, S-B, S-C: "))
    #expect(
      result.risk("send-fails:login")?.title.hasPrefix("'Flow login' cannot send in S-C: ") == true)
    #expect(result.risk("send-fails:safe") == nil)
    #expect(result.risks.allSatisfy { $0.kind != .operationalSilence })
    #expect(result.exposure.flows.isEmpty)
  }

  @Test("a system with bsuid_send_field: to raises bsuid-in-to (high), owned by its owner")
  func bsuidInTo() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("bot", .chatbot) { $0.bsuidSendField = .to },
          system("crm") {
            $0.sendsMessages = true
            $0.bsuidSendField = .recipient
          },
        ]
      })
    let risk = try #require(result.risk("bsuid-in-to:bot"))
    #expect(risk.severity == .high && risk.owner == "owner-bot" && risk.ref == "bot")
    #expect(result.risk("bsuid-in-to:crm") == nil)
  }

  @Test("among high risks, kinds follow the table: silence, send-fails, bsuid-in-to, invalidation")
  func order() throws {
    let result = try assess(
      inventory {
        $0.systems = [system("a") { $0.bsuidSendField = .to }]
        $0.flows = [
          flow("z", .inboundService, keyedOn: .phone), flow("y", .authentication, keyedOn: .bsuid),
        ]
        $0.programme.wabas = [waba("w", portfolio: "bp") { $0.migrationDate = day("2026-09-01") }]
      })
    #expect(
      result.risks.map(\.id) == [
        "operational-silence:z", "send-fails:y", "bsuid-in-to:a", "bsuid-invalidation:w",
      ])
  }
}
