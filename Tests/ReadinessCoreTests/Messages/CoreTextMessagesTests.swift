import Testing

@testable import ReadinessCore

/// English with each pattern led by its id, so a test sees which parts are messages (and
/// translated) and which are inventory text (shown as given).
private struct MarkedLanguage: MessageLanguage {
  let english = EnglishLanguage()
  var tag: String { "en-x-marked" }
  var rightToLeft: Bool { false }
  var reviewed: Bool { false }
  func fixedText(_ text: String) -> String { text }
  func pattern(_ key: MessageKey, count: Int?) -> String {
    let pattern = english.pattern(key, count: count)
    return ["verbatim", "items"].contains(key.id) ? pattern : "[\(key.id)]" + pattern
  }
  func figure(_ figure: Figure) -> String { english.figure(figure) }
  func list(_ items: [String], _ style: ListStyle) -> String { english.list(items, style) }
  func quote(_ text: String, limit: Int) -> String { english.quote(text, limit: limit) }
}

@Suite("pending reasons, mismatches and assumptions are messages")
struct CoreTextMessagesTests {
  func marked(_ message: Message) -> String { message.text(in: MarkedLanguage()) }

  @Test("a pending reason names the inventory's key as written and its value as a word")
  func pendingReasons() throws {
    let result = try assess(
      inventory {
        $0.systems = [system("p") { $0.dedupeKey = .phone }]
        $0.flows = [flow("f", .inboundService)]
      })
    let c1 = try #require(result.item(.rC1)?.pending.first)
    #expect(c1.reason == "dedupe_key: phone")
    #expect(
      marked(c1.reasonMessage) == "[checklist.pending.value]dedupe_key: [word.dedupeKey.phone]phone"
    )
    let t1 = try #require(result.item(.rT1)?.pending.first)
    #expect(
      marked(t1.reasonMessage)
        == "[checklist.pending.value]e2e_tested: [word.notAssessed]not assessed")
  }

  @Test("a mismatch's sentence and hint are messages naming the task and the item as given")
  func mismatch() throws {
    let result = try assess(
      inventory {
        $0.systems = [system("crm", .crm) { $0.needsBSUID = .yes }]
        $0.tasks = [task("assess", .planning, duration: 1, covers: [.rP2], progress: 40)]
      })
    let mismatch = try #require(result.item(.rP2)?.mismatches.first)
    #expect(
      marked(mismatch.messageMessage)
        == "[checklist.mismatch.taskOpen]R-P2 is complete by its data, but task 'assess' is 40% done"
    )
    #expect(mismatch.hint == mismatch.hintMessage.english)
    #expect(mismatch.hintMessage.key.id == "checklist.mismatch.taskOpen.hint")
  }

  @Test("an assumption's subject, value and source are messages; its days are figures")
  func assumptions() throws {
    let result = try assess(inventory())
    let end = try #require(result.assumptions.first { $0.subject == "phase testing end" })
    #expect(
      marked(end.subjectMessage)
        == "[assumption.subject.phaseEnd]phase [word.phase.testing]testing end")
    #expect(end.valueMessage.arguments["day"] == .day(day("2026-12-31")))
    #expect(end.sourceMessage.key.id == "assumption.source.timeline")
    let claim = try #require(result.assumptions.first { $0.subject == "milestone claim-window" })
    #expect(claim.sourceMessage.key.id == "assumption.source.milestone.claim-window")
    #expect(result.assumptions.allSatisfy { $0.value == $0.valueMessage.english })
  }

  @Test("every word a converted text names is listed for the catalogues")
  func wordsListed() {
    let ids = Set(WordMessages.all.map(\.id))
    #expect(ids.isSuperset(of: ["word.needsBSUID.unassessed", "word.outcome.breaks", "word.yes"]))
    #expect(WordMessages.vocabulary(NeedsBSUID.unassessed).english == "not assessed")
    #expect(WordMessages.vocabulary(FlowKind.clickToWhatsApp).english == "Click-to-WhatsApp")
  }
}
