import Testing

@testable import ReadinessCore

@Suite("Implementation items R-I1…R-I4")
struct ImplementationRulesTests {
  @Test("R-I1 counts systems that need the BSUID and have the field done")
  func bsuidField() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("a") {
            $0.needsBSUID = .yes
            $0.bsuidField = .done
          },
          system("b") {
            $0.needsBSUID = .yes
            $0.bsuidField = .inProgress
          },
          system("c") {
            $0.needsBSUID = .no
            $0.bsuidField = .done
          },
        ]
      })
    let item = try #require(result.item(.rI1))
    #expect(item.done == 1 && item.counted == 2 && item.completion == 0.5)
    #expect(item.pending.map(\.reason) == ["bsuid_field: in progress"])
  }

  @Test("R-I2 counts chatbots handling a missing phone and inbound flows that work in S-C")
  func worksWithoutPhone() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("bot1", .chatbot) { $0.handlesMissingPhone = true }, system("bot2", .chatbot),
          system("crm", .crm) { $0.handlesMissingPhone = true },
        ]
        $0.flows = [
          flow("breaks", .clickToWhatsApp, keyedOn: .phone),
          flow("works", .botJourney, keyedOn: .bsuid),
          flow("outbound", .authentication, keyedOn: .phone),
        ]
      })
    let item = try #require(result.item(.rI2))
    #expect(item.done == 2 && item.counted == 4 && item.completion == 0.5)
    #expect(item.pending.map(\.ref) == ["bot2", "breaks"])
    #expect(item.pending.last?.reason == "S-C outcome: breaks")
  }

  @Test("R-I3 counts workflow systems with status done; not_applicable ones leave the count")
  func workflowsUpdated() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("auto", .automation) { $0.status = .done },
          system("camp", .campaign) { $0.status = .inProgress },
          system("rep", .reporting) { $0.status = .notApplicable },
          system("crm", .crm) { $0.status = .done },
        ]
      })
    let item = try #require(result.item(.rI3))
    #expect(item.done == 1 && item.counted == 2)
    #expect(item.pending.map(\.ref) == ["camp"])
  }

  @Test("R-I4 counts only flows that need a phone, done when they prompt or use the native flow")
  func phoneRequested() throws {
    let needs: (inout MessageFlow) -> Void = { $0.needsPhoneFor = [.authentication] }
    let result = try assess(
      inventory {
        $0.flows = [
          flow("p") {
            needs(&$0)
            $0.phoneRequest = .prompt
          },
          flow("n") {
            needs(&$0)
            $0.phoneRequest = .nativeFlow
          },
          flow("x") {
            needs(&$0)
            $0.phoneRequest = .none
          }, flow("u") { needs(&$0) },
          flow("no-need") { $0.phoneRequest = .prompt },
        ]
      })
    let item = try #require(result.item(.rI4))
    #expect(item.done == 2 && item.counted == 4 && item.completion == 0.5)
    #expect(item.pending.map(\.ref) == ["x", "u"])
  }
}
