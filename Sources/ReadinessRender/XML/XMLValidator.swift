import CLibXML2
import Foundation

/// Checks an XML document the way a downstream reader would: parses it back with libxml2 and
/// validates it against an XML Schema, collecting every error with its line. The document is
/// validated while it is parsed (`xmlTextReader`), without building its tree.
///
/// Parsing uses `XML_PARSE_NONET` (and `HUGE` for large workbooks) only: no entity substitution (`NOENT`) and no DTD loading or
/// validation (`DTDLOAD`, `DTDVALID`), so an external entity such as `file:///etc/passwd` is
/// never read. A schema that includes or imports another (`xs:include`, `xs:import`, …) is
/// refused before it is compiled, since compiling would load it, from a file or the network;
/// the one exception is the XML namespace (`xml:lang`), imported from a file beside a schema
/// whose location is given (`allowedReference`). A document type declaration is reported as a problem of its own: a workbook
/// never has one. Errors are collected through structured handlers bound to this call's
/// contexts; no libxml2 global handler is touched.
public enum XMLValidator {
  /// One problem found in the document or the schema.
  public struct Problem: Equatable, Sendable, CustomStringConvertible {
    /// Where it was found: the document, or the schema (a bug in the schema itself).
    public enum Source: String, Sendable { case document, schema }
    public var source: Source
    /// Line counted from 1; 0 when libxml2 gave none.
    public var line: Int
    public var message: String

    public init(source: Source, line: Int, message: String) {
      self.source = source
      self.line = line
      self.message = message
    }

    public var description: String {
      let place = line > 0 ? "line \(line): " : ""
      return source == .schema ? "schema: \(place)\(message)" : "\(place)\(message)"
    }
  }

  /// Every problem `document` has against the XSD `schema`; empty when it is well-formed and
  /// valid. A document that is not well-formed is not checked against the schema. `location`
  /// is the schema's file, whose folder holds the XML namespace's schema it may import.
  public static func validate(_ document: Data, schema: Data, at location: URL? = nil) -> [Problem]
  {
    LibXML.prepare()
    let box = ProblemBox()
    return withExtendedLifetime(box) {
      let context = Unmanaged.passUnretained(box).toOpaque()
      box.source = .schema
      guard let (parsedSchema, schemaDoc) = parseSchema(schema, at: location, context: context)
      else {
        return box.problems.isEmpty
          ? [Problem(source: .schema, line: 0, message: "the schema could not be read")]
          : box.problems
      }
      defer {
        xmlSchemaFree(parsedSchema)
        xmlFreeDoc(schemaDoc)
      }
      box.source = .document
      validateStreaming(document, against: parsedSchema, box: box, context: context)
      return box.problems
    }
  }

  /// The options every parse uses. HUGE lifts libxml2's 10 MB text-node and depth guard, which
  /// a large programme's workbook reaches; it is safe because entities are never substituted.
  static let parseOptions = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_HUGE.rawValue)

  /// Parses the schema document with the same safe options as any document (libxml2's own
  /// schema loading would substitute entities and print errors to stderr), then compiles it.
  private static func parseSchema(
    _ schema: Data, at location: URL?, context: UnsafeMutableRawPointer
  ) -> (schema: xmlSchemaPtr, doc: xmlDocPtr)? {
    guard let doc = parseDocument(schema, url: location?.absoluteString, context: context)
    else { return nil }
    if let reference = externalReference(in: xmlDocGetRootElement(doc), beside: location) {
      let box = Unmanaged<ProblemBox>.fromOpaque(context).takeUnretainedValue()
      box.problems.append(
        Problem(
          source: .schema, line: Int(xmlGetLineNo(reference)),
          message:
            "xs:\(String(cString: reference.pointee.name)) is not allowed: the schema must be"
            + " self-contained (nothing is loaded from files or the network)"))
      xmlFreeDoc(doc)
      return nil
    }
    guard let parser = xmlSchemaNewDocParserCtxt(doc) else {
      xmlFreeDoc(doc)
      return nil
    }
    defer { xmlSchemaFreeParserCtxt(parser) }
    xmlSchemaSetParserStructuredErrors(parser, collectProblem, context)
    guard let compiled = xmlSchemaParse(parser) else {
      xmlFreeDoc(doc)
      return nil
    }
    return (compiled, doc)
  }

  /// `document` parsed with the safe options; `url` is its base for relative references.
  static func parseDocument(
    _ document: Data, url: String? = nil, context: UnsafeMutableRawPointer
  ) -> xmlDocPtr? {
    guard let parser = xmlNewParserCtxt() else { return nil }
    defer { xmlFreeParserCtxt(parser) }
    parser.pointee.sax.pointee.serror = collectParserProblem
    parser.pointee._private = context
    let doc = document.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> xmlDocPtr? in
      guard let base = bytes.bindMemory(to: CChar.self).baseAddress else { return nil }
      return xmlCtxtReadMemory(parser, base, Int32(bytes.count), url, nil, parseOptions)
    }
    guard parser.pointee.wellFormed != 0 else {
      if let doc { xmlFreeDoc(doc) }
      return nil
    }
    return doc
  }
}
