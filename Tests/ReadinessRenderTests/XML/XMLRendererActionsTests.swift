import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("XMLRenderer writes <actions>, added after the [workbook.xml contract] core")
struct XMLRendererActionsTests {
  /// The plain fixture with an unassigned owner added after the named one.
  func rendered() throws -> (bytes: Data, root: ParsedXML) {
    var assessment = AssessmentFixture.full(text: "plain")
    let task = try #require(assessment.schedule.tasks.first)
    assessment.actions.owners.append(ActionOwner(name: nil, actions: [Action(task: task)]))
    let bytes = XMLRenderer.render(assessment, version: "1").bytes
    return (bytes, try #require(ParsedXML(bytes)))
  }

  @Test("<actions> is the root's last child, valid against Schemas/workbook.xsd")
  func lastAndValid() throws {
    let (bytes, root) = try rendered()
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
    #expect(root.children.map(\.name).suffix(2) == ["wabas", "actions"])
    let actions = try #require(root.first("actions"))
    #expect(
      actions.attributes == [
        "window-start": "2026-11-25", "window-end": "2026-12-09", "load-limit": "6",
      ])
  }

  @Test("each owner holds its actions; the unassigned owner has no name")
  func owners() throws {
    let owners = try #require(try rendered().root.first("actions")).all("owner")
    #expect(owners.map { $0.attributes["name"] } == ["plain", nil])
    #expect(owners.map { $0.all("action").count } == [2, 1])
  }

  @Test("a task action says whether it is late and why; a risk action its severity and kind")
  func attributes() throws {
    let owner = try #require(try rendered().root.first("actions")?.first("owner"))
    let actions = owner.all("action").map(\.attributes)
    #expect(
      actions == [
        [
          "kind": "task", "ref": "t1", "due": "2026-07-03", "urgent": "true", "title": "plain",
          "late": "true", "late-reason": "plain",
        ],
        [
          "kind": "risk", "ref": "operational-silence:ctwa-spring", "due": "2026-12-01",
          "urgent": "true", "title": "plain", "overdue": "false", "severity": "critical",
          "risk-kind": "operational-silence", "action": "plain",
        ],
      ])
  }

  @Test("hostile owner names and titles survive; forbidden characters become U+FFFD")
  func hostile() throws {
    let bytes = XMLRenderer.render(AssessmentFixture.full(), version: "1").bytes
    let root = try #require(ParsedXML(bytes))
    let owner = try #require(root.first("actions")?.first("owner"))
    let expected = XMLText.safe(AssessmentFixture.hostile)
    #expect(owner.attributes["name"] == expected)
    #expect(owner.all("action").map { $0.attributes["title"] } == [expected, expected])
  }
}
