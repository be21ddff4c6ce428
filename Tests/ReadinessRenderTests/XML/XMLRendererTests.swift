import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("XMLRenderer writes the [workbook.xml contract] workbook")
struct XMLRendererTests {
  let rendered = XMLRenderer.render(AssessmentFixture.full(), version: "1.2.3")

  func parsed() throws -> ParsedXML { try #require(ParsedXML(rendered.bytes)) }

  @Test("the file is workbook.xml and valid against Schemas/workbook.xsd")
  func validAgainstSchema() throws {
    #expect(rendered.name == "workbook.xml")
    let problems = XMLValidator.validate(
      rendered.bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url)
    #expect(problems == [])
  }

  @Test("every risk kind is one the schema's RiskKind enumeration allows")
  func everyRiskKindIsInTheSchema() throws {
    var assessment = AssessmentFixture.full(text: "plain")
    assessment.risks = Risk.Kind.allCases.map {
      Risk(
        id: "\($0.rawValue):x", kind: $0, severity: .high, ref: "x", title: "t", owner: nil,
        action: "a", due: nil)
    }
    let bytes = XMLRenderer.render(assessment, version: "1.0.0").bytes
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
  }

  @Test("xmllint, run as a separate program, agrees the document is valid")
  func validForXmllint() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-\(UUID().uuidString).xml")
    try rendered.bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    guard
      let result = try ExternalTool.run(
        "xmllint", ["--noout", "--nonet", "--schema", WorkbookSchema.url.path, file.path])
    else { return }
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("validates"))
  }

  @Test("two renders of the same assessment are byte-identical")
  func deterministic() {
    #expect(XMLRenderer.render(AssessmentFixture.full(), version: "1.2.3") == rendered)
  }

  @Test("hostile strings survive intact; forbidden characters become U+FFFD")
  func hostileStringsSurvive() throws {
    let root = try parsed()
    let expected = XMLText.safe(AssessmentFixture.hostile)
    #expect(expected.contains("\u{FFFD}\u{FFFD}\u{FFFD}"))
    #expect(root.first("programme")?.attributes["name"] == AssessmentFixture.longName + expected)
    #expect(root.first("programme")?.attributes["organisation"] == expected)
    let problem = root.first("usernames")?.first("username")?.first("format-problem")
    #expect(problem?.text == expected)
    let risk = root.first("risks")?.first("risk")
    #expect(risk?.attributes["title"] == expected)
    #expect(risk?.attributes["action"] == expected)
  }

  @Test("line breaks and tabs in attributes survive a parse")
  func whitespaceInAttributesSurvives() throws {
    let text = "one\ntwo\tthree\r\nfour"
    let root = try #require(
      ParsedXML(XMLRenderer.render(AssessmentFixture.full(text: text), version: "1").bytes))
    #expect(root.first("programme")?.attributes["organisation"] == text)
  }

  @Test("root, programme, score and phases use the [workbook.xml contract] names and formats")
  func coreHeader() throws {
    let root = try parsed()
    #expect(root.name == "workbook")
    #expect(root.namespace == "urn:bsuid-readiness:workbook:1")
    #expect(root.descendants.allSatisfy { $0.namespace == "urn:bsuid-readiness:workbook:1" })
    #expect(root.attributes["version"] == "1")
    #expect(root.attributes["as-of"] == "2026-11-25")
    #expect(root.attributes["generated-by"] == "bsuid-readiness 1.2.3")
    #expect(
      root.first("score")?.attributes
        == ["overall": "57.5", "rag": "red", "rag-reason": "red: phase implementation is red"])
    let phases = root.first("phases")?.all("phase") ?? []
    #expect(phases.map { $0.attributes["id"] } == ["planning", "implementation", "testing"])
    #expect(phases[0].attributes["score"] == "100")
    #expect(phases[0].attributes["start"] == "2026-01-12")
    #expect(phases[1].attributes["score"] == "41.7")
    #expect(phases[1].attributes["rag"] == "red")
    #expect(phases[2].attributes["score"] == nil)
    #expect(phases[2].attributes["expected"] == "84.4")
  }

  @Test("checklist items carry completion, status, attestation and pending refs")
  func checklist() throws {
    let items = try parsed().first("checklist")?.all("item") ?? []
    #expect(items.map { $0.attributes["id"] } == ["R-P1", "R-P4", "R-C3"])
    #expect(items[0].attributes["completion"] == "0.75")
    #expect(items[0].attributes["status"] == "in_progress")
    #expect(items[0].attributes["attested"] == "false")
    #expect(items[0].first("pending")?.attributes["ref"] == "ctwa-spring")
    #expect(items[0].first("covered-by")?.attributes["task"] == "t1")
    #expect(items[1].attributes["completion"] == "1")
    #expect(items[1].attributes["attested"] == "true")
    #expect(items[1].first("attestation")?.attributes["on"] == "2026-02-02")
    #expect(items[2].attributes["completion"] == nil)
    #expect(items[2].attributes["status"] == "not_applicable")
  }

  @Test(
    "flows list the three states; risks, usernames and timeline use [workbook.xml contract] names")
  func flowsRisksUsernamesTimeline() throws {
    let root = try parsed()
    let flow = try #require(root.first("flows")?.first("flow"))
    #expect(flow.attributes["kind"] == "click_to_whatsapp")
    #expect(flow.attributes["primary-identifier"] == "phone")
    #expect(
      flow.all("state").map { [$0.attributes["id"], $0.attributes["outcome"]] }
        == [["S-A", "works"], ["S-B", "works"], ["S-C", "breaks"]])
    let risk = try #require(root.first("risks")?.first("risk"))
    #expect(risk.attributes["kind"] == "operational-silence")
    #expect(risk.attributes["severity"] == "critical")
    #expect(risk.attributes["ref"] == "ctwa-spring")
    let username = root.first("usernames")?.first("username")
    #expect(username?.attributes["risk"] == "high")
    #expect(username?.attributes["phone-number"] == "+31 20 555 0100")
    #expect(username?.attributes["claimed-on"] == "2026-07-02")
    let task = try #require(root.first("timeline")?.first("task"))
    #expect(task.attributes["progress"] == "62.5")
    #expect(task.attributes["critical"] == "true")
    #expect(task.attributes["late"] == "true")
    #expect(task.attributes["end"] == "2026-07-03")
    #expect(task.first("depends-on")?.attributes["task"] == "t0")
    let milestone = root.first("timeline")?.first("milestone")
    #expect(milestone?.attributes["id"] == "claim-window")
    #expect(milestone?.attributes["date"] == "2026-06-29")
  }

  @Test("decisions, manual risks and WABAs carry the inventory's own words as added attributes")
  func inventoryWords() throws {
    let root = try parsed()
    let text = XMLText.safe(AssessmentFixture.hostile)
    let decision = try #require(root.first("decisions")?.first("decision"))
    #expect(decision.attributes["status"] == "superseded")
    #expect(decision.attributes["needed-by"] == "2026-01-15")
    #expect(decision.attributes["rationale"] == text)
    #expect(decision.attributes["link"] == text)
    let manual = try #require(
      root.first("risks")?.all("risk").first { $0.attributes["id"] == "m1" })
    #expect(manual.attributes["likelihood"] == "medium")
    #expect(manual.attributes["impact"] == "high")
    let waba = try #require(root.first("wabas")?.first("waba"))
    #expect(waba.attributes["owner"] == text)
    #expect(waba.first("phone-number")?.attributes["number"] == "+31 20 123 4567")
    #expect(waba.first("phone-number")?.attributes["display-name"] == text)
  }
}
