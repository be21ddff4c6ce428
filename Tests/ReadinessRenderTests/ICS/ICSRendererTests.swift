import Foundation
import ReadinessCore
import ReadinessRender
import Testing

/// milestones.ics: events, stable UIDs, RFC 5545 escaping and folding, determinism.
@Suite("milestones.ics")
struct ICSRendererTests {
  static func render(_ assessment: Assessment) -> String {
    String(decoding: ICSRenderer.render(assessment).bytes, as: UTF8.self)
  }

  /// The content lines with folds undone (CRLF followed by a space).
  static func unfolded(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
  }

  @Test("one all-day event per milestone, phase end and task, with UIDs from slug, kind and id")
  func events() {
    let lines = Self.unfolded(Self.render(AssessmentFixture.full(text: "x")))
    let uids = lines.filter { $0.hasPrefix("UID:") }
    #expect(
      uids == [
        "UID:acme.milestone.claim-window@bsuid-readiness",
        "UID:acme.phase-end.planning@bsuid-readiness",
        "UID:acme.phase-end.implementation@bsuid-readiness",
        "UID:acme.phase-end.testing@bsuid-readiness",
        "UID:acme.task.t1@bsuid-readiness",
      ])
    #expect(
      lines.contains("DTSTART;VALUE=DATE:20260629") && lines.contains("DTEND;VALUE=DATE:20260630"))
    #expect(lines.contains("DTSTART;VALUE=DATE:20260703"), "the task's planned end")
    #expect(lines.filter { $0 == "DTSTAMP:20261125T000000Z" }.count == 5)
    #expect(lines.contains("SUMMARY:Phase ends: implementation"))
  }

  @Test("a task forecast past its end says how many working days late, in words")
  func forecastLate() throws {
    var assessment = AssessmentFixture.full(text: "x")
    assessment.schedule.tasks[0].forecastEnd = day("2026-07-07")
    assessment.schedule.tasks[0].slip = 2
    let lines = Self.unfolded(Self.render(assessment))
    #expect(lines.contains { $0.contains("Forecast end: 2026-07-07\\, 2 working days late") })
    assessment.schedule.tasks[0].slip = -1
    #expect(
      Self.unfolded(Self.render(assessment)).contains { $0.contains("1 working day early") })
  }

  @Test("an id outside A-Z a-z 0-9 - . is hex-encoded in the UID, so distinct ids stay distinct")
  func uidEncoding() {
    var assessment = AssessmentFixture.full(text: "x")
    assessment.schedule.tasks[0].task.id = "a b/é_"
    let lines = Self.unfolded(Self.render(assessment))
    #expect(lines.contains("UID:acme.task.a_20b_2F_C3_A9_5F@bsuid-readiness"))
  }

  @Test("backslash, semicolon, comma and line breaks are escaped; forbidden controls become U+FFFD")
  func escaping() {
    let text = "a\\b;c,d\r\ne\u{1}f\u{7F}g\rh"
    let lines = Self.unfolded(Self.render(AssessmentFixture.full(text: text)))
    #expect(lines.contains("SUMMARY:Milestone: a\\\\b\\;c\\,d\\ne\u{FFFD}f\u{FFFD}g\u{FFFD}h"))
    let name = lines.first { $0.hasPrefix("NAME:") }
    #expect(name?.hasSuffix("a\\\\b\\;c\\,d\\ne\u{FFFD}f\u{FFFD}g\u{FFFD}h") == true)
  }

  @Test("lines fold at 75 octets without splitting a character, and unfold to the text")
  func folding() {
    let text = Self.render(AssessmentFixture.full())
    let raw = Array(text.utf8)
    var lineStart = 0
    for index in raw.indices where index + 1 < raw.count && raw[index] == 13 && raw[index + 1] == 10
    {
      let line = Array(raw[lineStart..<index])
      #expect(line.count <= 75, "a line of \(line.count) octets")
      #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a character")
      lineStart = index + 2
    }
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    let name = Self.unfolded(text).first { $0.hasPrefix("NAME:") }
    #expect(name?.hasPrefix("NAME:" + AssessmentFixture.longName) == true)
  }

  @Test("the same assessment gives the same bytes")
  func deterministic() {
    let assessment = AssessmentFixture.full()
    #expect(ICSRenderer.render(assessment) == ICSRenderer.render(assessment))
  }
}
