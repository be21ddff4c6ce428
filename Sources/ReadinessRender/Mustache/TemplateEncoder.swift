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
    return box.finish()
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

/// One value while it is being encoded: an object's fields, a list's items or a scalar, held
/// as the `TemplateValue`s they become, so the finished tree is taken out, not copied.
final class EncodingBox {
  private enum Content {
    case empty
    case object([(name: String, value: TemplateValue)])
    case list([TemplateValue])
    case scalar(TemplateValue)
  }

  private var content = Content.empty
  /// Boxes handed to nested containers and super encoders, which may be written to after
  /// their place is taken: each fills the field or item at `index` when the tree is finished.
  private var later: [(index: Int, box: EncodingBox)] = []
  /// How many fields an object written here is expected to have, room made for them at once.
  private let expectedFields: Int
  /// A list's last item's number of fields, which its next item is expected to have: the
  /// items of a list are mostly alike.
  private(set) var lastItemFields = 0

  init(expectedFields: Int = 0) { self.expectedFields = expectedFields }

  /// The finished tree, taken out of the box; a box nothing was written to is an empty object.
  func finish() -> TemplateValue {
    let taken = content
    content = .empty
    switch taken {
    case .empty:
      return .object(TemplateObject())
    case .object(var fields):
      for (index, box) in later { fields[index].value = box.finish() }
      return .object(TemplateObject(fields: fields))
    case .list(var items):
      for (index, box) in later { items[index] = box.finish() }
      return .list(items)
    case .scalar(let value):
      return value
    }
  }

  func startObject() {
    if case .object = content { return }
    var fields: [(name: String, value: TemplateValue)] = []
    fields.reserveCapacity(expectedFields)
    replace(with: .object(fields))
  }
  func startList() { if case .list = content {} else { replace(with: .list([])) } }
  func setScalar(_ value: TemplateValue) { replace(with: .scalar(value)) }

  /// New content, which drops the old with any boxes still to fill it.
  private func replace(with new: Content) {
    content = new
    later = []
  }

  func set(_ name: String, _ value: TemplateValue) {
    guard case .object(var fields) = content else { return }
    content = .empty
    fields.append((name, value))
    content = .object(fields)
  }

  func append(_ value: TemplateValue) {
    guard case .list(var items) = content else { return }
    if case .object(let object) = value { lastItemFields = object.fields.count }
    content = .empty
    items.append(value)
    content = .list(items)
  }

  /// A box for the field `name`, filled in when this box is finished.
  func nested(_ name: String) -> EncodingBox {
    let child = EncodingBox()
    guard case .object(let fields) = content else { return child }
    later.append((fields.count, child))
    set(name, .object(TemplateObject()))
    return child
  }

  /// A box for the next item, filled in when this box is finished.
  func nestedItem() -> EncodingBox {
    let child = EncodingBox()
    guard case .list(let items) = content else { return child }
    later.append((items.count, child))
    append(.object(TemplateObject()))
    return child
  }

  var count: Int {
    switch content {
    case .list(let items): items.count
    case .object(let fields): fields.count
    default: 0
    }
  }

  /// `value` as a tree: a leaf directly, anything else encoded into a box of its own.
  /// The coding path is only built for a nested value: most values are leaves.
  static func tree(
    _ value: some Encodable, codingPath: @autoclosure () -> [any CodingKey],
    expectedFields: Int = 0
  ) throws -> TemplateValue {
    if let leaf = TemplateEncoder.leaf(value) { return leaf }
    let box = EncodingBox(expectedFields: expectedFields)
    try value.encode(to: BoxEncoder(box: box, codingPath: codingPath()))
    return box.finish()
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
