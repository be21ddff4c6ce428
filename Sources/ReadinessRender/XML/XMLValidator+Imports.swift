import CLibXML2
import Foundation

extension XMLValidator {
  /// The XML namespace, whose `xml:lang` a schema may import from a file beside it.
  static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

  /// The first `xs:include`, `xs:import`, `xs:redefine` or `xs:override` under `node` that is
  /// not `allowedReference`: each would make libxml2 load another document, from a file or over
  /// the network, whatever the parse options say.
  static func externalReference(in node: xmlNodePtr?, beside location: URL?) -> xmlNodePtr? {
    var child = node
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE,
        let namespace = current.pointee.ns?.pointee.href,
        String(cString: namespace) == "http://www.w3.org/2001/XMLSchema",
        ["include", "import", "redefine", "override"].contains(
          String(cString: current.pointee.name)),
        !allowedReference(current, beside: location)
      {
        return current
      }
      if let found = externalReference(in: current.pointee.children, beside: location) {
        return found
      }
      child = current.pointee.next
    }
    return nil
  }

  /// True for `xs:import` of the XML namespace whose `schemaLocation` is a plain file name in
  /// the folder of the schema at `location` (so libxml2 reads it from the disk, offline), when
  /// that file is itself self-contained: well-formed, without a document type declaration and
  /// without references of its own.
  private static func allowedReference(_ node: xmlNodePtr, beside location: URL?) -> Bool {
    guard let location, String(cString: node.pointee.name) == "import",
      attribute("namespace", of: node) == xmlNamespace,
      let name = attribute("schemaLocation", of: node), isPlainFileName(name),
      let bytes = try? Data(
        contentsOf: location.deletingLastPathComponent().appendingPathComponent(name))
    else { return false }
    let box = ProblemBox()
    return withExtendedLifetime(box) {
      let context = Unmanaged.passUnretained(box).toOpaque()
      guard let doc = parseDocument(bytes, context: context) else { return false }
      defer { xmlFreeDoc(doc) }
      return doc.pointee.intSubset == nil
        && externalReference(in: xmlDocGetRootElement(doc), beside: nil) == nil
    }
  }

  /// A file name without a folder, a scheme or a leading dot (`xml.xsd`).
  private static func isPlainFileName(_ name: String) -> Bool {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
    return !name.isEmpty && !name.hasPrefix(".") && name.allSatisfy(allowed.contains)
  }

  /// The value of attribute `name` (in no namespace) on `node`, nil when absent.
  private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
    let value = name.withCString { key in
      key.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) {
        xmlGetNoNsProp(node, $0)
      }
    }
    guard let value else { return nil }
    defer { cxml_free(value) }
    return String(cString: value)
  }
}
