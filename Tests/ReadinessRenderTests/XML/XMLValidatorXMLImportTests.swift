import Foundation
import Testing

@testable import ReadinessRender

@Suite("XMLValidator loads the XML namespace's schema from beside the schema, and nothing else")
struct XMLValidatorXMLImportTests {
  /// A folder with `main.xsd` importing the XML namespace from `location` and requiring
  /// `xml:lang` on `<r>`, and `xml.xsd` holding `xmlSchema`.
  func folder(location: String, xmlSchema: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("bsuid-xml-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="\(location)"/>
        <xs:element name="r"><xs:complexType>
          <xs:attribute ref="xml:lang" use="required"/></xs:complexType></xs:element>
      </xs:schema>
      """.utf8
    ).write(to: folder.appendingPathComponent("main.xsd"))
    try Data(xmlSchema.utf8).write(to: folder.appendingPathComponent("xml.xsd"))
    return folder
  }

  static let xmlSchema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
      targetNamespace="http://www.w3.org/XML/1998/namespace">
      <xs:attribute name="lang" type="xs:language"/>
    </xs:schema>
    """

  func validate(_ document: String, in folder: URL, located: Bool = true) throws -> [String] {
    let main = folder.appendingPathComponent("main.xsd")
    return XMLValidator.validate(
      Data(document.utf8), schema: try Data(contentsOf: main), at: located ? main : nil
    ).map(\.message)
  }

  @Test("the import resolves beside the schema and types xml:lang as a language tag")
  func importResolves() throws {
    let folder = try folder(location: "xml.xsd", xmlSchema: Self.xmlSchema)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try validate("<r xml:lang=\"pt-BR\"/>", in: folder) == [])
    #expect(try validate("<r xml:lang=\"pt BR\"/>", in: folder).count == 1)
    #expect(try validate("<r/>", in: folder).count == 1)
  }

  @Test(
    "refused without the schema's location, from another folder, or when the imported file loads more"
  )
  func otherImportsRefused() throws {
    let nested = Self.xmlSchema.replacingOccurrences(
      of: "<xs:attribute", with: "<xs:include schemaLocation=\"other.xsd\"/><xs:attribute")
    for (location, xmlSchema, located) in [
      ("xml.xsd", Self.xmlSchema, false), ("../xml.xsd", Self.xmlSchema, true),
      ("http://www.w3.org/2001/xml.xsd", Self.xmlSchema, true), ("xml.xsd", nested, true),
    ] {
      let folder = try folder(location: location, xmlSchema: xmlSchema)
      defer { try? FileManager.default.removeItem(at: folder) }
      let problems = try validate("<r xml:lang=\"en\"/>", in: folder, located: located)
      #expect(
        problems.first?.hasPrefix("xs:import is not allowed") == true, "\(location): \(problems)")
    }
  }
}
