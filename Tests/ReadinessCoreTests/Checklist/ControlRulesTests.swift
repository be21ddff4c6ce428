import Testing

@testable import ReadinessCore

@Suite("Technical controls R-C1…R-C7")
struct ControlRulesTests {
  @Test("R-C1 counts id-keyed dedupe, done with bsuid or phone_then_bsuid")
  func dedupe() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("p") { $0.dedupeKey = .phone }, system("b") { $0.dedupeKey = .bsuid },
          system("pb") { $0.dedupeKey = .phoneThenBSUID }, system("e") { $0.dedupeKey = .email },
          system("n") { $0.dedupeKey = DedupeKey.none }, system("unset"),
        ]
      })
    let item = try #require(result.item(.rC1))
    #expect(item.phase == .implementation)
    #expect(item.done == 2 && item.counted == 3 && item.pending.map(\.ref) == ["p"])
  }

  @Test("R-C2 counts webhook consumers that handle a missing phone")
  func missingPhone() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("ok") {
            $0.consumesWebhooks = true
            $0.handlesMissingPhone = true
          },
          system("bad") { $0.consumesWebhooks = true },
          system("other") { $0.handlesMissingPhone = true },
        ]
      })
    let item = try #require(result.item(.rC2))
    #expect(item.done == 1 && item.counted == 2 && item.pending.map(\.ref) == ["bad"])
  }

  @Test("R-C3 counts unordered cross-portfolio pairs once, done with parent BSUIDs on both")
  func sharedPairs() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("a", portfolio: "bp1") {
            $0.parentBSUID = true
            $0.sharesUserIdsWith = ["b", "c", "a"]
          },
          waba("b", portfolio: "bp2") {
            $0.parentBSUID = true
            $0.sharesUserIdsWith = ["a"]
          },
          waba("c", portfolio: "bp1"),
          waba("d", portfolio: "bp3") {
            $0.parentBSUID = true
            $0.sharesUserIdsWith = ["e"]
          },
          waba("e", portfolio: "bp4"),
        ]
      })
    let item = try #require(result.item(.rC3))
    #expect(item.done == 1 && item.counted == 2)
    #expect(item.pending.map(\.ref) == ["d"] && item.pending.first?.kind == .waba)
  }

  @Test("R-C3 counts a pair with an unknown portfolio as cross-portfolio")
  func sharedPairsUnknown() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("a", portfolio: nil) {
            $0.parentBSUID = true
            $0.sharesUserIdsWith = ["b", "c"]
          },
          waba("b", portfolio: "bp2") { $0.parentBSUID = true },
          waba("c", portfolio: "bp2"),
        ]
      })
    let item = try #require(result.item(.rC3))
    #expect(item.done == 1 && item.counted == 2 && item.pending.map(\.ref) == ["a"])
    #expect(item.pending.first?.reason == "business_portfolio unknown; no parent BSUID on both")
  }

  @Test("R-C3 is not applicable when no WABA shares ids across portfolios")
  func sharedNone() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("a", portfolio: "bp1") { $0.sharesUserIdsWith = ["b"] }, waba("b", portfolio: "bp1"),
        ]
      })
    let item = try #require(result.item(.rC3))
    #expect(item.completion == nil && item.status == .notApplicable && item.basis == .none)
  }

  @Test("R-C4 is not applicable without a migration date or covering task")
  func migrationNone() throws {
    let result = try assess(inventory { $0.programme.wabas = [waba("a", portfolio: "bp")] })
    #expect(result.item(.rC4)?.status == .notApplicable)
  }

  @Test("R-C4 is not applicable without a migration date, even when tasks cover it")
  func migrationNoneWithTasks() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [waba("a", portfolio: "bp")]
        $0.tasks = [task("map", duration: 2, covers: [.rC4], progress: 50)]
      })
    let item = try #require(result.item(.rC4))
    #expect(item.completion == nil && item.status == .notApplicable)
  }

  @Test("R-C4 is 0 when a WABA migrates and no task covers it")
  func migrationUnplanned() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [waba("a", portfolio: "bp") { $0.migrationDate = day("2026-09-01") }]
      })
    let item = try #require(result.item(.rC4))
    #expect(item.completion == 0 && item.status == .notStarted && item.basis == .data)
    #expect(item.pending.map(\.reason) == ["migrates on 2026-09-01; no task covers R-C4"])
  }

  @Test("R-C4 is the mean progress of covering tasks when a WABA migrates")
  func migrationPlanned() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [waba("a", portfolio: "bp") { $0.migrationDate = day("2026-09-01") }]
        $0.tasks = [
          task("map", duration: 2, covers: [.rC4], progress: 50),
          task("test", duration: 2, covers: [.rC4], progress: 100, status: .done),
        ]
      })
    let item = try #require(result.item(.rC4))
    #expect(item.completion == 0.75 && item.basis == .tasks && item.status == .inProgress)
    #expect(item.done == 1 && item.counted == 2)
    #expect(item.pending.map(\.ref) == ["map"] && item.pending.first?.kind == .task)
  }

  @Test("R-C5 counts webhook consumers that follow identity changes")
  func identityChanges() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("ok") {
            $0.consumesWebhooks = true
            $0.handlesIdChanges = true
          },
          system("bad") { $0.consumesWebhooks = true },
          system("quiet") { $0.handlesIdChanges = true },
        ]
      })
    let item = try #require(result.item(.rC5))
    #expect(item.done == 1 && item.counted == 2 && item.pending.map(\.ref) == ["bad"])
  }

  @Test("R-C6 counts senders that must reach users by BSUID; done = those using recipient")
  func recipient() throws {
    func sender(_ id: String, webhooks: Bool? = nil, _ field: SendField?) -> BusinessSystem {
      system(id) {
        $0.sendsMessages = true
        $0.consumesWebhooks = webhooks
        $0.bsuidSendField = field
      }
    }
    let result = try assess(
      inventory {
        $0.systems = [
          sender("r", .recipient),
          sender("t", .to),
          sender("unset", nil),
          sender("replies", webhooks: true, SendField.none),
          sender("campaign", webhooks: false, SendField.none),
          system("silent") { $0.bsuidSendField = .recipient },
        ]
      })
    let item = try #require(result.item(.rC6))
    // Counted: r, t, unset, replies (it answers inbound users); not the outbound-only campaign.
    #expect(item.done == 1 && item.counted == 4)
    #expect(item.pending.map(\.ref) == ["t", "unset", "replies"])
    #expect(
      item.pending.map(\.reason) == [
        "bsuid_send_field: to", "bsuid_send_field: not assessed", "bsuid_send_field: none",
      ])
  }

  @Test("R-C6 leaves out outbound-only senders with none: nothing to count")
  func recipientOutboundOnly() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("braze", .campaign) {
            $0.sendsMessages = true
            $0.bsuidSendField = SendField.none
          }
        ]
      })
    #expect(result.item(.rC6)?.status == .notApplicable)
  }

  @Test("R-C7 counts WABAs with a BSP that passes BSUIDs through; not applicable without a BSP")
  func bspPassThrough() throws {
    let some = try assess(
      inventory {
        $0.programme.wabas = [
          waba("a", portfolio: "bp") {
            $0.bsp = "Infobip"
            $0.bspBSUIDEnabled = true
          },
          waba("b", portfolio: "bp") { $0.bsp = "Infobip" },
          // On the Cloud API directly: nothing to pass through, so not counted.
          waba("direct", portfolio: "bp") { $0.bsp = " " },
        ]
      })
    #expect(some.item(.rC7)?.completion == 0.5)
    #expect(some.item(.rC7)?.pending.map(\.ref) == ["b"])
    #expect(try assess(inventory()).item(.rC7)?.status == .notApplicable)
    let direct = try assess(inventory { $0.programme.wabas = [waba("a", portfolio: "bp")] })
    #expect(direct.item(.rC7)?.status == .notApplicable)
  }

  @Test("the checklist lists R-P1…R-T3 then R-C1…R-C7 in SPEC order")
  func catalogOrder() throws {
    let ids = try assess(inventory()).checklist.map(\.id)
    #expect(
      ids == [
        .rP1, .rP2, .rP3, .rP4, .rI1, .rI2, .rI3, .rI4, .rT1, .rT2, .rT3,
        .rC1, .rC2, .rC3, .rC4, .rC5, .rC6, .rC7,
      ])
  }
}
