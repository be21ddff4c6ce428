import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// A long list of what is still open collapses in the checklist to its first entries and
/// "and N more"; the appendix lists it in full.
@Suite("Checklist collapses long pending lists")
struct HTMLChecklistCollapseTests {
  /// The fixture with R-I1 pending on seven systems (S-1…S-7) and R-P1 on four flows.
  let html: String

  init() throws {
    var a = HTMLFixture.assessment()
    let pending = { (kind: PendingRef.Kind, n: Int, prefix: String) in
      (1...n).map {
        PendingRef(
          kind: kind, ref: "\(prefix)-\($0)", name: "Name \(prefix)-\($0)", owner: "Owner \($0)",
          reason: .verbatim("reason \($0)"))
      }
    }
    a.checklist = a.checklist.map { item in
      var i = item
      if i.id == .rI1 { i.pending = pending(.system, 7, "S") }
      if i.id == .rP1 { i.pending = pending(.flow, 4, "F") }
      return i
    }
    html = try HTMLTestSupport.html(a)
  }

  func between(_ start: String, _ end: String) -> Substring {
    guard let s = html.range(of: start), let e = html[s.upperBound...].range(of: end) else {
      return ""
    }
    return html[s.upperBound..<e.lowerBound]
  }

  @Test("seven entries show as the first three and 'and 4 more', linked to the appendix")
  func collapsed() {
    let checklist = between("id=\"checklist\"", "</section>")
    for n in 1...3 { #expect(checklist.contains("<bdi>Name S-\(n)</bdi>")) }
    for n in 4...7 { #expect(!checklist.contains("<bdi>Name S-\(n)</bdi>")) }
    #expect(
      checklist.contains(
        "<li class=\"more\"><a href=\"#open-R-I1\">and 4 more, listed in the appendix</a></li>"))
  }

  @Test("four entries are shown whole and stay out of the appendix")
  func shortListWhole() {
    let checklist = between("id=\"checklist\"", "</section>")
    for n in 1...4 { #expect(checklist.contains("<bdi>Name F-\(n)</bdi>")) }
    #expect(!html.contains("id=\"open-R-P1\""))
  }

  @Test("the appendix holds the full list, with owners and reasons, under the item")
  func appendixFull() {
    let appendix = between("<tbody id=\"open-R-I1\">", "</tbody>")
    #expect(appendix.contains("R-I1</span>") && appendix.contains(": 7 open</th>"))
    for n in 1...7 {
      #expect(
        appendix.contains(
          "<td><bdi>Name S-\(n)</bdi> <span class=\"muted\">(system <bdi>S-\(n)</bdi>)</span></td><td><bdi>Owner \(n)</bdi></td><td><bdi>reason \(n)</bdi></td>"
        ))
    }
    #expect(html.contains("<a href=\"#appendix\">Appendix</a>"))
  }

  @Test("without a long list, and with every risk shown in the register, there is no appendix")
  func noAppendix() throws {
    var short = HTMLFixture.assessment()
    short.risks = short.risks.filter(HTMLRiskRegister.inFull)
    short.checklist = short.checklist.map {
      var i = $0
      i.pending = Array(i.pending.prefix(HTMLPendingMore.limit))
      return i
    }
    let plain = try HTMLTestSupport.html(short)
    #expect(!plain.contains("id=\"appendix\"") && !plain.contains("href=\"#appendix\""))
  }
}
