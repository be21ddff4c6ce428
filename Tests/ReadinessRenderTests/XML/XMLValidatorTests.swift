import Foundation
import Testing

@testable import ReadinessRender

@Suite("XMLValidator parses back safely and reports errors with lines")
struct XMLValidatorTests {
  @Test("the validator never expands an external entity (XXE)")
  func externalEntityIsNotExpanded() throws {
    let schema = Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="r"><xs:simpleType><xs:restriction base="xs:string">
          <xs:enumeration value="[]"/></xs:restriction></xs:simpleType></xs:element>
      </xs:schema>
      """.utf8)
    let document = Data(
      """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <r>[&xxe;]</r>
      """.utf8)
    let problems = XMLValidator.validate(document, schema: schema)
    // Expanded, /etc/passwd would be the value the enumeration error quotes.
    #expect(!problems.isEmpty)
    #expect(!problems.contains { $0.message.contains("root:") })
    #expect(problems.contains { $0.message.contains("document type declaration") })
    // The declaration is refused, so the reference names an entity that was never defined.
    #expect(problems.contains { $0.line == 3 && $0.message.contains("Entity 'xxe' not defined") })
  }

  @Test("a valid value of the wrong kind is rejected with its line")
  func invalidValueIsRejectedWithLine() throws {
    let rendered = XMLRenderer.render(AssessmentFixture.full(text: "plain"), version: "1.0.0")
    let text = String(decoding: rendered.bytes, as: UTF8.self)
    let broken = text.replacingOccurrences(
      of: "rag=\"red\" rag-reason=\"red: phase implementation is red\"/>",
      with: "rag=\"crimson\" rag-reason=\"red: phase implementation is red\"/>")
    let line =
      try #require(
        broken.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.contains("crimson") }) + 1
    let problems = XMLValidator.validate(
      Data(broken.utf8), schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url)
    #expect(problems.count == 1)
    #expect(problems.first?.line == line)
    #expect(problems.first?.source == .document)
    #expect(problems.first?.message.contains("crimson") == true)
  }

  @Test("a document that is not well-formed is rejected with its line")
  func illFormedDocumentIsRejectedWithLine() throws {
    let document = Data("<workbook xmlns=\"urn:bsuid-readiness:workbook:1\">\n<a>\u{1}</a>\n".utf8)
    let problems = XMLValidator.validate(
      document, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url)
    #expect(problems.first?.line == 2)
    #expect(
      problems.allSatisfy { !$0.message.contains("Element") }, "not checked against the schema")
    #expect(problems.first?.message.contains("invalid Char value 1") == true)
  }

  @Test("a broken schema is reported as the schema's problem")
  func brokenSchemaIsReported() {
    let problems = XMLValidator.validate(Data("<r/>".utf8), schema: Data("<xs:schema".utf8))
    #expect(!problems.isEmpty)
    #expect(problems.allSatisfy { $0.source == .schema })
  }
}

@Suite("XMLRenderer and XMLValidator run safely in parallel")
struct XMLConcurrencyTests {
  @Test("sixteen concurrent renders and validations all succeed identically")
  func concurrentRenderAndValidate() async throws {
    let schema = try WorkbookSchema.bytes()
    let expected = XMLRenderer.render(AssessmentFixture.full(), version: "1")
    let results = await withTaskGroup(of: (Bool, [XMLValidator.Problem]).self) { group in
      for _ in 0..<16 {
        group.addTask {
          let file = XMLRenderer.render(AssessmentFixture.full(), version: "1")
          return (
            file == expected,
            XMLValidator.validate(file.bytes, schema: schema, at: WorkbookSchema.url)
          )
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0.0 && $0.1.isEmpty })
  }
}
