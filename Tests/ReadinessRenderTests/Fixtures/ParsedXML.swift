import CLibXML2
import Foundation

@testable import ReadinessRender

/// An XML element read back with libxml2 (no entity expansion), for checking rendered output.
struct ParsedXML {
  var name: String
  var namespace: String?
  var attributes: [String: String]
  var text: String
  var children: [ParsedXML]

  /// Parses `data`; nil when it is not well-formed.
  init?(_ data: Data) {
    LibXML.prepare()
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let doc = data.withUnsafeBytes { bytes -> xmlDocPtr? in
      guard let base = bytes.bindMemory(to: CChar.self).baseAddress else { return nil }
      return xmlReadMemory(base, Int32(bytes.count), "test.xml", nil, options)
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    guard let root = xmlDocGetRootElement(doc) else { return nil }
    self.init(node: root)
  }

  private init(node: xmlNodePtr) {
    name = String(cString: node.pointee.name)
    namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    var attributes: [String: String] = [:]
    var property = node.pointee.properties
    while let current = property {
      let key = String(cString: current.pointee.name)
      if let value = xmlGetProp(node, current.pointee.name) {
        attributes[key] = String(cString: value)
        cxml_free(value)
      }
      property = current.pointee.next
    }
    self.attributes = attributes
    var children: [ParsedXML] = []
    var text = ""
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        children.append(ParsedXML(node: current))
      } else if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
        text += String(cString: content)
      }
      child = current.pointee.next
    }
    self.children = children
    self.text = text
  }

  /// Child elements named `name`.
  func all(_ name: String) -> [ParsedXML] { children.filter { $0.name == name } }

  /// The first child element named `name`.
  func first(_ name: String) -> ParsedXML? { children.first { $0.name == name } }

  /// This element and every element below it, depth first.
  var descendants: [ParsedXML] { [self] + children.flatMap(\.descendants) }
}
