import Foundation
import ReadinessCore
import Testing

/// The page holds every section in the order the brief asks, with the engine's figures.
@Suite("report.html sections")
struct HTMLSectionsTests {
  let html: String

  init() throws { html = try HTMLTestSupport.html(HTMLFixture.assessment()) }

  /// The part of the page from `id="<section>"` to the next section.
  func section(_ id: String) -> Substring {
    guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
    let rest = html[start.upperBound...]
    let end = rest.range(of: "<section ")?.lowerBound ?? rest.endIndex
    return rest[..<end]
  }

  @Test(
    "sections come in order: headline, phases, checklist, matrix, exposure, risks, usernames, timeline, actions, assumptions, decisions"
  )
  func sectionOrder() {
    let ids = [
      "headline", "phases", "checklist", "matrix", "exposure", "risks", "usernames", "timeline",
      "actions",
      "assumptions", "decisions",
    ]
    let positions = ids.map { html.range(of: "id=\"\($0)\"")?.lowerBound }
    #expect(
      positions.allSatisfy { $0 != nil },
      "missing: \(zip(ids, positions).filter { $1 == nil }.map(\.0))")
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted())
  }

  @Test("the page is one self-contained UTF-8 document: no scripts, external resources or fetches")
  func selfContained() {
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(
      html.contains("<html lang=\"en\" dir=\"ltr\">"), "the page says its language and direction")
    for banned in ["<script", "<link", "<img", "@import", "url(http", "src=\""] {
      #expect(!html.contains(banned), "found \(banned)")
    }
    #expect(html.contains("@page { size: A4 landscape"))
    #expect(html.contains("Noto Sans CJK"))
  }

  @Test(
    "the headline shows programme, organisation, as-of, overall score and RAG as text, and the core's top open risks"
  )
  func headline() {
    let s = section("headline")
    for text in [
      "Acme Telecom: WhatsApp usernames readiness", "Acme Telecom plc", "2026-05-20", "51.7",
      ">RED<",
      "Spring CTWA campaign loses S-C conversations silently", "@acme is disputed",
      "Backfill BSUIDs is late",
      "<bdi>operations</bdi>: ✗ not committed",
    ] {
      #expect(s.contains(text), "headline lacks \(text)")
    }
    // The four open risks fit in the top five; the closed one is not a top risk.
    #expect(s.contains("BSP contract renewal"))
    #expect(!s.contains("Old reporting export"), "only open risks belong in the headline")
  }

  @Test("phase cards show score against expected, RAG as text and the reason")
  func phaseCards() {
    let s = section("phases")
    for text in [
      "87.5", "expected 100.0", ">RED<", "55.0", "expected 77.3", ">AMBER<", "12.5", ">GREEN<",
      "55.0 trails the expected 77.3 by more than 15 points", "2026-04-01 to 2026-12-31",
    ] {
      #expect(s.contains(text), "phase cards lack \(text)")
    }
  }

  @Test(
    "the checklist shows completion as a percentage, status, pending items with owners, attestation and covering tasks"
  )
  func checklist() {
    let s = section("checklist")
    for text in [
      "R-P1", "80%", "4 of 5", "in progress", "Spring CTWA campaign", "Marketing Ops",
      "primary_identifier: unknown", "Attested done by <bdi>Dana Ops</bdi> on 2026-02-14",
      "href=\"https://wiki.example.com/bsuid/steerco?minutes=2026-02-14\"", "T-4, T-5", "n/a",
      "not applicable",
      "owner <bdi>unassigned</bdi>", "blocked", "mean progress of covering tasks",
    ] {
      #expect(s.contains(text), "checklist lacks \(text)")
    }
  }

  @Test("the identity-state matrix gives each outcome as colour class and as text")
  func matrix() {
    let s = section("matrix")
    #expect(s.contains("class=\"outcome o-breaks\"><span aria-hidden=\"true\">✗</span> breaks"))
    #expect(s.contains("o-degraded\"><span aria-hidden=\"true\">!</span> degraded"))
    #expect(s.contains("– unaffected") && s.contains("? unknown") && s.contains("✓ works"))
  }

  @Test(
    "exposure shows conversations, spend per currency and the upper-bound mark per scenario and per flow"
  )
  func exposure() {
    let s = section("exposure")
    for text in [
      "20%", "2,880", "EUR 8,400.00", "EUR 21,000.00", "upper bound", "at 50% adoption", "7,200",
    ] {
      #expect(s.contains(text), "exposure lacks \(text)")
    }
  }

  @Test(
    "the register shows open critical and high risks; the appendix the rest, closed ones last")
  func registers() throws {
    let risks = section("risks")
    #expect(risks.contains(">CRITICAL<") && risks.contains("@acme is disputed"))
    for other in ["BSP contract renewal", "Old reporting export", "Backfill BSUIDs is late"] {
      #expect(!risks.contains(other), "\(other) belongs in the appendix")
    }
    #expect(risks.contains("the other 3 (") && risks.contains("and late tasks' own"))
    let appendix = section("appendix")
    let closedGroup = try #require(appendix.range(of: "<tr class=\"closed-group\">")?.lowerBound)
    #expect(
      appendix.range(of: "Old reporting export")!.lowerBound > closedGroup,
      "closed after the group row")
    #expect(appendix.range(of: "BSP contract renewal")!.lowerBound < closedGroup, "open before it")
    #expect(appendix.contains(">closed<") && appendix.contains("<bdi>task-late:T-5</bdi>"))
    let u = section("usernames")
    for text in [
      "@acme.com", "disputed", "✓ verified badge", "acme_help, www.acme",
      "must not end in a domain",
      "display name, instagram", "2026-06-29", "+31 20 555 0100",
      "claimed</span><br><span class=\"muted\">on 2026-07-02</span>",
    ] {
      #expect(u.contains(text), "usernames lack \(text)")
    }
    #expect(section("assumptions").contains("Meta: business usernames claimable 29 June 2026"))
    #expect(section("decisions").contains("Key CTWA flows on phone_then_bsuid"))
  }

  @Test(
    "a manual risk shows its likelihood and impact; a decision its status, needed-by date, rationale and link"
  )
  func inventoryWords() {
    #expect(section("appendix").contains("likelihood low · impact high"))
    let d = section("decisions")
    for text in [
      ">Needed by<", ">decided<", ">proposed<", "2026-05-01", "validated numbers",
      "https://wiki.example/d-2",
    ] {
      #expect(d.contains(text), "decisions lack \(text)")
    }
  }

  @Test("actions show the assessment's window and owners in its order, with a note per kind")
  func actions() {
    let s = section("actions")
    #expect(s.contains("2026-05-20 to 2026-06-03"))
    #expect(s.contains("Dev team</bdi>: 1 to do"), "late T-5 carries its own task-late risk")
    #expect(s.contains("LATE, HIGH: unfinished at its end 2026-05-08. re-plan or add people"))
    #expect(
      s.contains("no date</td><td dir=\"auto\">no due date: set one. HIGH: escalate the dispute"))
    #expect(s.contains("ends 2026-05-22"), "T-6 ends in the window")
    #expect(s.contains("CRITICAL: key the flow on phone_then_bsuid"))
    #expect(
      s.contains(
        "<tr class=\"urgent\"><th scope=\"rowgroup\" class=\"owner\"><bdi>Marketing Ops</bdi>: 1 to do</th><th scope=\"row\" dir=\"ltr\">Spring CTWA campaign loses"
      ))
    #expect(!s.contains("Add BSUID column to the CRM"), "only what the assessment lists")
    let owners = ["Brand team", "Dev team", "Integration team", "Marketing Ops"].compactMap {
      s.range(of: "<bdi>\($0)</bdi>:")?.lowerBound
    }
    #expect(owners.count == 4 && owners == owners.sorted(), "owners in the assessment's order")
  }

  @Test("actions nobody owns are shown under Unassigned")
  func unassignedActions() throws {
    var assessment = HTMLFixture.assessment()
    let task = try #require(assessment.schedule.tasks.first { $0.task.id == "T-8" })
    assessment.actions.owners.append(ActionOwner(name: nil, actions: [Action(task: task)]))
    let html = try HTMLTestSupport.html(assessment)
    #expect(html.contains("<bdi>Unassigned</bdi>: 1 to do"))
  }

  @Test("the timeline draws phase bands, bars, milestones, arrows, the as-of line and a legend")
  func timeline() {
    let s = section("timeline")
    for text in [
      "class=\"phase-bar\"", "class=\"bar\"", "class=\"diamond", "class=\"ms-programme\"",
      "class=\"arrow", "class=\"asof\"", "as of 2026-05-20", "LATE · CRITICAL", "class=\"slip\"",
      "class=\"plan\"",
      "class=\"crit-outline\"", "Jan 2026", ">AMBER<", "12 d",
      "<title>T-5 Backfill BSUIDs for existing contacts.",
    ] {
      #expect(s.contains(text), "timeline lacks \(text)")
    }
  }

  @Test("rendering is deterministic")
  func deterministic() throws {
    #expect(try HTMLTestSupport.html(HTMLFixture.assessment()) == html)
  }
}
