import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The register shows open critical and high risks in full and lists every other risk in the
/// appendix; the actions by owner are one table. Nothing is dropped on the way.
@Suite("report.html collapses the register and the actions")
struct HTMLRiskRegisterTests {
  /// Every kind, severity and state, with the PM's severity below the computed one on some and
  /// above it on others; open ones first, as the core orders the register.
  static let risks: [Risk] = all.filter(\.open) + all.filter { !$0.open }

  private static let all: [Risk] = Risk.Kind.allCases.enumerated().flatMap { k, kind in
    Severity.allCases.enumerated().flatMap { s, severity in
      RiskState.allCases.map { state in
        let ref = "r\(k)-\(s)-\(state.rawValue)"
        var risk = Risk(
          id: kind == .manual ? ref : "\(kind.rawValue):\(ref)", kind: kind, severity: severity,
          ref: ref, title: "Title \(ref)", owner: "Owner \(k)", action: "act on \(ref)",
          due: nil)
        risk.status = state
        if (k + s).isMultiple(of: 3), severity != .low {
          risk.computedSeverity = severity
          risk.severity = .low
        } else if (k + s) % 3 == 1, severity > .high {
          risk.computedSeverity = severity
          risk.severity = .high
        }
        return risk
      }
    }
  }

  let html: String

  init() throws {
    var a = HTMLFixture.assessment()
    a.risks = Self.risks
    html = try HTMLTestSupport.html(a)
  }

  func part(_ id: String, to end: String) -> Substring {
    guard let start = html.range(of: "id=\"\(id)\""),
      let stop = html[start.upperBound...].range(of: end)
    else { return "" }
    return html[start.upperBound..<stop.lowerBound]
  }

  @Test(
    "every risk id is in the register or the appendix, once; in full only open ones high or worse, computed or set"
  )
  func everyRiskOnce() {
    let register = part("risks", to: "</section>")
    let appendix = part("appendix", to: "</section>")
    #expect(Self.risks.count == 13 * 4 * 3)
    var full = 0
    for risk in Self.risks {
      let cell = "<bdi>\(risk.id)</bdi>"
      let shown = register.components(separatedBy: cell).count - 1
      let listed = appendix.components(separatedBy: cell).count - 1
      #expect(
        shown + listed == 1, "\(risk.id): \(shown) in the register, \(listed) in the appendix")
      let worst = min(risk.severity, risk.computedSeverity ?? risk.severity)
      let wanted = risk.open && worst <= .high && risk.kind != .taskLate
      #expect((shown == 1) == wanted, "\(risk.id) in full: \(shown == 1)")
      full += shown
    }
    #expect(
      full == 12 * 2 + 3 + 4,
      "12 kinds other than task-late, critical and high, open, and 7 medium or low the PM set high")
    #expect(register.contains("act on r0-0-open") && !appendix.contains("act on"))
  }

  @Test("the appendix keeps each risk's title, severity, state, owner and due date, closed last")
  func appendixRows() throws {
    let appendix = part("other-risks", to: "</table>")
    let row = try #require(
      appendix.range(of: "<bdi>task-late:r8-1-open</bdi>").map { appendix[$0.lowerBound...] })
    let cells = String(row.prefix { $0 != "\n" })
    for text in ["Title r8-1-open", "sev-low", "computed: high", ">open<", "Owner 8", "no date"] {
      #expect(cells.contains(text), "the row lacks \(text): \(cells)")
    }
    let group = try #require(appendix.range(of: "Accepted or closed")?.lowerBound)
    let lastOpen = try #require(appendix.range(of: "-open</bdi>", options: .backwards)?.lowerBound)
    #expect(lastOpen < group)
    #expect(
      !appendix[..<group].contains("-closed</bdi>")
        && !appendix[..<group].contains("-accepted</bdi>"))
  }

  @Test("a register of medium and low risks says so and points to the appendix")
  func noneInFull() throws {
    var a = HTMLFixture.assessment()
    a.risks = Self.risks.filter { !HTMLRiskRegister.inFull($0) }
    let html = try HTMLTestSupport.html(a)
    #expect(html.contains("<p>No open critical or high risk.</p>"))
    #expect(html.contains("<a href=\"#other-risks\">the appendix</a>"))
    a.risks = []
    let empty = try HTMLTestSupport.html(a)
    #expect(empty.contains("<p>No risks.</p>") && !empty.contains("id=\"other-risks\""))
  }

  @Test(
    "actions by owner are one table: a row group per owner, every action once, owner on each row")
  func actionsOneTable() throws {
    var a = HTMLFixture.assessment()
    let all = a.actions.owners.flatMap(\.actions)
    let last = try #require(a.actions.owners.last)
    a.actions.owners =
      [ActionOwner(name: "Dev team", actions: all.dropLast(last.actions.count))] + [last]
    let html = try HTMLTestSupport.html(a)
    let start = try #require(html.range(of: "id=\"actions\"")?.upperBound)
    let end = try #require(html[start...].range(of: "</section>")?.lowerBound)
    let actions = html[start..<end]
    #expect(actions.components(separatedBy: "<table").count == 2, "one table")
    #expect(actions.components(separatedBy: "<tbody>").count == 3, "a row group per owner")
    #expect(all.count == 4 && last.actions.count == 1)
    #expect(actions.contains("<th scope=\"rowgroup\" class=\"owner\"><bdi>Dev team</bdi>: 3 to do"))
    #expect(
      actions.components(separatedBy: "<td class=\"owner muted\"><bdi>Dev team</bdi></td>").count
        == 3, "the owner's name on each of the other two rows")
    for action in a.actions.owners.flatMap(\.actions) {
      #expect(actions.components(separatedBy: "<bdi>\(action.id)</bdi>").count == 2, "\(action.id)")
    }
  }
}
