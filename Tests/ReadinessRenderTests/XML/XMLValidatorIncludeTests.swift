import Foundation
import Testing

@testable import ReadinessRender

@Suite("XMLValidator refuses a schema that would load another document")
struct XMLValidatorIncludeTests {
  /// A schema whose only content comes from `reference` (an include or import element).
  func schema(_ reference: String) -> Data {
    Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        \(reference)
      </xs:schema>
      """.utf8)
  }

  @Test("xs:include of a local file is refused, not loaded: the schema must be self-contained")
  func includeIsRefused() throws {
    let part = FileManager.default.temporaryDirectory
      .appendingPathComponent("bsuid-include-\(UUID().uuidString).xsd")
    try Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="r" type="xs:string"/>
      </xs:schema>
      """.utf8
    ).write(to: part)
    defer { try? FileManager.default.removeItem(at: part) }
    let problems = XMLValidator.validate(
      Data("<r>x</r>".utf8),
      schema: schema("<xs:include schemaLocation=\"\(part.absoluteString)\"/>"))
    #expect(problems.count == 1)
    #expect(problems.first?.source == .schema)
    #expect(problems.first?.line == 2)
    #expect(problems.first?.message.hasPrefix("xs:include is not allowed") == true)
  }

  @Test("xs:import, xs:redefine and xs:override are refused too, before any fetch")
  func importIsRefused() {
    for element in ["import namespace=\"urn:x\"", "redefine", "override"] {
      let problems = XMLValidator.validate(
        Data("<r/>".utf8),
        schema: schema("<xs:\(element) schemaLocation=\"http://127.0.0.1:9/x.xsd\"/>"))
      let name = element.split(separator: " ")[0]
      #expect(
        problems.map(\.message).first?.hasPrefix("xs:\(name) is not allowed") == true, "\(problems)"
      )
    }
  }
}
