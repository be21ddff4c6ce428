/// The containers `BoxEncoder` hands out. Their generic `encode` stands for every scalar
/// overload: a `String`, `Bool`, `Int` or `Double` becomes a leaf at once; any other number
/// encodes itself into a single-value container, which makes it a leaf. An object's `String`
/// and `Bool` fields, nearly all the views hold, have overloads of their own, called directly.

/// An object's fields; a nil is left out.
struct BoxKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: EncodingBox
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {}
  mutating func encode(_ value: String, forKey key: Key) throws {
    box.set(key.stringValue, .text(value))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    box.set(key.stringValue, .bool(value))
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    box.set(key.stringValue, try EncodingBox.tree(value, codingPath: codingPath + [key]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = box.nested(key.stringValue)
    return BoxEncoder(box: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = box.nested(key.stringValue)
    return BoxEncoder(box: child, codingPath: codingPath + [key]).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = box.nested(key.stringValue)
    return BoxEncoder(box: child, codingPath: codingPath + [key])
  }
}

/// A list's items; a nil item is an empty object, as an absent value in a list was before.
struct BoxUnkeyedContainer: UnkeyedEncodingContainer {
  let box: EncodingBox
  let codingPath: [any CodingKey]
  var count: Int { box.count }

  mutating func encodeNil() throws { box.append(.object(TemplateObject())) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    box.append(
      try EncodingBox.tree(value, codingPath: codingPath, expectedFields: box.lastItemFields))
  }
  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = box.nestedItem()
    return BoxEncoder(box: child, codingPath: codingPath).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = box.nestedItem()
    return BoxEncoder(box: child, codingPath: codingPath).unkeyedContainer()
  }
  mutating func superEncoder() -> any Encoder {
    let child = box.nestedItem()
    return BoxEncoder(box: child, codingPath: codingPath)
  }
}

/// A single value: a scalar, or a value that encodes itself as something else (a wrapper).
struct BoxSingleValueContainer: SingleValueEncodingContainer {
  let box: EncodingBox
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws {}
  mutating func encode<T: Encodable>(_ value: T) throws {
    if let leaf = TemplateEncoder.leaf(value) ?? TemplateEncoder.number(value) {
      box.setScalar(leaf)
    } else {
      try value.encode(to: BoxEncoder(box: box, codingPath: codingPath))
    }
  }
}
