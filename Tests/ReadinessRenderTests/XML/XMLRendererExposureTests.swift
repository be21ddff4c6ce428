import Foundation
import Testing

@testable import ReadinessRender

@Suite("XMLRenderer writes <exposure> as [workbook.xml contract] says")
struct XMLRendererExposureTests {
  func scenarios(currencies: [String]) throws -> [[String: String]] {
    var assessment = AssessmentFixture.full(text: "plain")
    assessment.exposure = AssessmentFixture.exposure(currencies: currencies)
    let bytes = XMLRenderer.render(assessment, version: "1").bytes
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
    let root = try #require(ParsedXML(bytes))
    return root.first("exposure")?.all("scenario").map(\.attributes) ?? []
  }

  @Test("one currency: one scenario per adoption with conversations and spend")
  func oneCurrency() throws {
    let rows = try scenarios(currencies: ["EUR"])
    #expect(rows.count == 3)
    #expect(
      rows[1] == [
        "adoption": "0.2", "conversations": "2880", "spend": "8400", "currency": "EUR",
        "upper-bound": "false",
      ])
  }

  @Test("two currencies: one scenario per adoption and currency, conversations repeated")
  func twoCurrencies() throws {
    let rows = try scenarios(currencies: ["USD", "EUR"])
    #expect(rows.count == 6)
    #expect(rows.map { $0["adoption"] } == ["0.05", "0.05", "0.2", "0.2", "0.5", "0.5"])
    #expect(rows.map { $0["currency"] } == ["EUR", "USD", "EUR", "USD", "EUR", "USD"])
    #expect(rows[2]["conversations"] == "2880" && rows[3]["conversations"] == "2880")
    #expect(rows[3]["spend"] == "8400")
  }

  @Test("no ad spend at all: one scenario per adoption, without spend or currency")
  func noSpend() throws {
    let rows = try scenarios(currencies: [])
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { $0["spend"] == nil && $0["currency"] == nil })
    #expect(rows.map { $0["conversations"] } == ["720", "2880", "7200"])
  }

  @Test("per-flow exposure keeps the flow, adoption and upper bound")
  func perFlow() throws {
    var assessment = AssessmentFixture.full(text: "plain")
    assessment.exposure.flows[0].upperBound = true
    let root = try #require(ParsedXML(XMLRenderer.render(assessment, version: "1").bytes))
    let flow = try #require(root.first("exposure")?.first("flow-exposure"))
    #expect(flow.attributes["flow"] == "ctwa-spring")
    #expect(flow.attributes["adoption"] == "0.05")
    #expect(flow.attributes["conversations"] == "720")
    #expect(flow.attributes["upper-bound"] == "true")
  }
}
