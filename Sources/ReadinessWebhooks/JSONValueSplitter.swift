import Foundation

/// Cuts a stream of bytes into JSON values whatever their layout: one per line (JSON Lines,
/// NDJSON), pretty-printed over many lines, one after another, or the elements of a top-level
/// array (each element is a value). Memory stays that of one value.
///
/// A value that cannot be complete is passed on as nil and what follows is read afresh: a raw
/// line break inside a string (JSON escapes them), a new value opening at the first column of a
/// line while one is still open (a truncated JSON Lines line), a bare word or scalar, or a
/// value past `maximum` bytes, which is never held whole.
public struct JSONValueSplitter {
  /// One value cut from the stream.
  public struct Value: Sendable {
    /// The value's bytes; nil when it was broken or too long.
    public var bytes: Data?
    /// The line it starts on, from 1.
    public var line: Int
    /// It spans several lines (pretty-printed).
    public var multiLine: Bool
    /// It is an element of a top-level array.
    public var inArray: Bool
  }

  let maximum: Int
  private var held = Data()
  private var tooLong = false
  /// Nesting inside the current value; 0 between values.
  private var depth = 0
  private var inString = false
  private var escaped = false
  /// Between the elements of a top-level array.
  private var inArray = false
  /// Skipping a scalar or a broken value: to the line's end, or to `,`/`]` in an array.
  private var skipping = false
  private var line = 1
  private var startLine = 1
  private var lineStart = true

  public init(maximum: Int) { self.maximum = maximum }

  /// Passes on each value completed in `chunk`.
  public mutating func split(_ chunk: Data, _ each: (Value) -> Void) {
    chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var start: Int? = depth > 0 ? 0 : nil
      for i in 0..<bytes.count {
        let byte = bytes[i]
        let first = lineStart
        lineStart = byte == 0x0A
        if depth > 0 {
          if inString {
            if escaped {
              escaped = false
            } else if byte == 0x5C {
              escaped = true
            } else if byte == 0x22 {
              inString = false
            } else if byte == 0x0A {
              broken(each)
              start = nil
            }
          } else if first, byte == 0x7B || byte == 0x5B {
            // A value opening at column 1 while one is open: the open one was cut short.
            broken(each)
            inArray = false
            begin(at: i, &start)
          } else if byte == 0x22 {
            inString = true
          } else if byte == 0x7B || byte == 0x5B {
            depth += 1
          } else if byte == 0x7D || byte == 0x5D {
            depth -= 1
            if depth == 0, let from = start {
              keep(bytes, from..<(i + 1))
              each(
                Value(
                  bytes: tooLong ? nil : held, line: startLine, multiLine: line != startLine,
                  inArray: inArray))
              start = nil
            }
          }
        } else {
          between(byte, at: i, &start, each)
        }
        if byte == 0x0A { line += 1 }
      }
      if let from = start { keep(bytes, from..<bytes.count) }
    }
  }

  /// The value left open when the stream ends is broken; a skipped scalar counts as one.
  public mutating func finish(_ each: (Value) -> Void) {
    if depth > 0 || skipping { broken(each) }
  }

  /// A byte outside any value: whitespace, an array's commas and brackets, or a value's start.
  private mutating func between(
    _ byte: UInt8, at i: Int, _ start: inout Int?, _ each: (Value) -> Void
  ) {
    if skipping {
      guard byte == 0x0A || (inArray && (byte == 0x2C || byte == 0x5D)) else { return }
      broken(each)
      if byte == 0x5D { inArray = false }
      return
    }
    switch byte {
    case 0x20, 0x09, 0x0D, 0x0A: return
    case 0x2C where inArray: return
    case 0x5D where inArray: inArray = false
    case 0x5B where !inArray: inArray = true
    case 0x7B, 0x5B: begin(at: i, &start)
    default:
      skipping = true
      startLine = line
    }
  }

  private mutating func begin(at i: Int, _ start: inout Int?) {
    depth = 1
    start = i
    startLine = line
    held.removeAll(keepingCapacity: true)
    tooLong = false
  }

  private mutating func keep(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
    guard !tooLong else { return }
    if held.count + range.count > maximum {
      tooLong = true
      held.removeAll()
    } else {
      held.append(contentsOf: bytes[range])
    }
  }

  /// Passes on the current value as broken and resets to between values.
  private mutating func broken(_ each: (Value) -> Void) {
    each(Value(bytes: nil, line: startLine, multiLine: false, inArray: inArray))
    depth = 0
    inString = false
    escaped = false
    skipping = false
    held.removeAll(keepingCapacity: true)
    tooLong = false
  }
}
