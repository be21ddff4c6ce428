/// Turns an `Encodable` view model into the `TemplateValue` tree the templates read.
///
/// The view structs' synthesized `Encodable` conformance lists their fields, so the names the
/// templates see are checked by the compiler and cannot drift from the structs; nothing is
/// looked up by reflection. A nil optional is left out, which templates read as false or empty.
enum TemplateEncoder {
  /// The tree for `view`.
  static func encode(_ view: some Encodable) throws -> TemplateValue {
    let box = EncodingBox()
    try view.encode(to: BoxEncoder(box: box, codingPath: []))
    return box.value
  }

  /// `value` as a leaf when it is a `String`, `Bool`, `Int` or `Double`, the scalars the views
  /// hold; nil for anything else. Compares types instead of casting: this runs for every field.
  static func leaf<T>(_ value: T) -> TemplateValue? {
    if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
    return nil
  }

  /// Any other integer or floating-point width as the nearest `Int` or `Double`; these encode
  /// themselves through a single-value container.
  static func number(_ value: Any) -> TemplateValue? {
    switch value {
    case let float as Float: .double(Double(float))
    case let integer as any BinaryInteger: .int(Int(truncatingIfNeeded: integer))
    default: nil
    }
  }
}

/// One value while it is being encoded: an object's fields, a list's items or a scalar.
final class EncodingBox {
  enum Entry {
    case value(TemplateValue)
    case box(EncodingBox)

    var value: TemplateValue {
      switch self {
      case .value(let value): value
      case .box(let box): box.value
      }
    }
  }

  private enum Content {
    case empty
    case object([(name: String, value: Entry)])
    case list([Entry])
    case scalar(TemplateValue)
  }

  private var content = Content.empty

  /// The finished tree; a box nothing was written to is an empty object.
  var value: TemplateValue {
    switch content {
    case .empty: .object(TemplateObject())
    case .object(let fields):
      .object(TemplateObject(fields: fields.map { ($0.name, $0.value.value) }))
    case .list(let items): .list(items.map(\.value))
    case .scalar(let value): value
    }
  }

  func startObject() { if case .object = content {} else { content = .object([]) } }
  func startList() { if case .list = content {} else { content = .list([]) } }

  func set(_ name: String, _ entry: Entry) {
    guard case .object(var fields) = content else { return }
    content = .empty
    fields.append((name, entry))
    content = .object(fields)
  }

  func append(_ entry: Entry) {
    guard case .list(var items) = content else { return }
    content = .empty
    items.append(entry)
    content = .list(items)
  }

  var count: Int {
    switch content {
    case .list(let items): items.count
    case .object(let fields): fields.count
    default: 0
    }
  }

  func setScalar(_ value: TemplateValue) { content = .scalar(value) }

  /// `value` as an entry: a leaf directly, anything else encoded into a box of its own.
  /// The coding path is only built for a nested value: most values are leaves.
  static func entry(_ value: some Encodable, codingPath: @autoclosure () -> [any CodingKey]) throws
    -> Entry
  {
    if let leaf = TemplateEncoder.leaf(value) { return .value(leaf) }
    let box = EncodingBox()
    try value.encode(to: BoxEncoder(box: box, codingPath: codingPath()))
    return .box(box)
  }
}

/// The `Encoder` that writes into an `EncodingBox`.
struct BoxEncoder: Encoder {
  let box: EncodingBox
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    box.startObject()
    return KeyedEncodingContainer(BoxKeyedContainer<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    box.startList()
    return BoxUnkeyedContainer(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    BoxSingleValueContainer(box: box, codingPath: codingPath)
  }
}
