import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("XMLRenderer writes <changes since> and <trend> from the history")
struct XMLRendererChangesTests {
  func rendered(first: Bool = false) throws -> (bytes: Data, root: ParsedXML) {
    let assessment = HistoryFixture.with(AssessmentFixture.full(text: "plain"), first: first)
    let bytes = XMLRenderer.render(assessment, version: "1").bytes
    return (bytes, try #require(ParsedXML(bytes)))
  }

  @Test("<changes> and <trend> come last, valid against Schemas/workbook.xsd")
  func lastAndValid() throws {
    let (bytes, root) = try rendered()
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
    #expect(root.children.map(\.name).suffix(3) == ["actions", "changes", "trend"])
  }

  @Test("the first report has a one-point trend and no <changes>; no history writes neither")
  func firstAndNone() throws {
    let (bytes, root) = try rendered(first: true)
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
    #expect(root.first("changes") == nil)
    #expect(root.first("trend")?.all("point").count == 1)
    let plain = XMLRenderer.render(AssessmentFixture.full(text: "plain"), version: "1").bytes
    let none = try #require(ParsedXML(plain))
    #expect(none.first("changes") == nil && none.first("trend") == nil)
  }

  @Test("every kind of change is an element with then and now")
  func elements() throws {
    let changes = try #require(try rendered().root.first("changes"))
    #expect(changes.attributes["since"] == "2026-11-18")
    #expect(
      changes.first("score")?.attributes == [
        "from": "52.9", "to": "61.2", "delta": "8.3", "from-rag": "red", "rag": "amber",
      ])
    let phases = changes.all("phase")
    #expect(phases.map { $0.attributes["delta"] } == ["11.5", "0", "0"])
    #expect(phases[2].attributes["from"] == nil)
    #expect(
      changes.first("item")?.attributes == [
        "id": "R-P1", "from-status": "in_progress", "status": "done", "from-completion": "0.5",
        "completion": "1",
      ])
    #expect(changes.all("new-risk").map { $0.attributes["id"] } == ["new"])
    #expect(changes.all("closed-risk").map { $0.attributes["id"] } == ["old"])
    #expect(changes.first("regraded-risk")?.attributes["from-severity"] == "low")
    #expect(
      changes.first("slipped-task")?.attributes == [
        "id": "t1", "from-forecast-end": "2026-11-20", "forecast-end": "2026-11-27",
        "working-days": "5",
      ])
    #expect(changes.all("late-task").map { $0.attributes["id"] } == ["t1"])
    #expect(
      changes.first("username")?.attributes == [
        "handle": "acme", "from-status": "requested", "status": "claimed",
      ])
    let exposure = try #require(changes.first("exposure"))
    #expect(exposure.attributes["from-conversations"] == "2880")
    #expect(exposure.attributes["conversations"] == "1440")
    #expect(
      exposure.first("spend")?.attributes == ["currency": "EUR", "from": "8400", "to": "8400"])
  }

  @Test("<trend> holds one point per snapshot with the overall and phase scores")
  func trend() throws {
    let points = try #require(try rendered().root.first("trend")).all("point")
    #expect(
      points.map(\.attributes) == [
        [
          "as-of": "2026-11-18", "overall": "52.9", "rag": "red", "planning": "78.5",
          "implementation": "46.4",
        ],
        [
          "as-of": "2026-11-25", "overall": "61.2", "rag": "amber", "planning": "90",
          "implementation": "46.4",
        ],
      ])
  }
}
