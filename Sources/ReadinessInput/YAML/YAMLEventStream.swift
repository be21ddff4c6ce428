import CYAML
import Dispatch
import Foundation
import ReadinessCore

/// libyaml's parser, run on a thread of its own so that scanning the text and building the tree
/// (`YAMLEventReader`) share the cores. Events come in batches, in document order; a batch's
/// events belong to whoever holds it and are freed with `free`. A parse error ends the stream
/// after the events before it, as it would reading them one by one.
final class YAMLEventStream: @unchecked Sendable {
  typealias Batch = [yaml_event_t]

  private static let batchSize = 512
  /// Batches parsed ahead of the reader at most, so a large file is never all in events.
  private static let ahead = 8

  private let condition = NSCondition()
  private let parsing = DispatchGroup()
  private var ready: [Batch] = []
  private var ended = false
  private var cancelled = false
  private var failure: YAMLEventReader.Failure?

  /// Starts parsing `bytes`, which must stay valid until `close`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    let input = (address: UInt(bitPattern: bytes.baseAddress), count: bytes.count)
    DispatchQueue.global(qos: .userInitiated).async(group: parsing) { [self] in
      parse(UnsafePointer(bitPattern: input.address), count: input.count)
    }
  }

  /// The next batch, nil after the stream's end; throws the parse error once the events
  /// before it have been read.
  func next() throws(YAMLEventReader.Failure) -> Batch? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty && !ended { condition.wait() }
    guard ready.isEmpty else {
      condition.broadcast()
      return ready.removeFirst()
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the parser, waits for it, and frees the events nobody took.
  func close() {
    let left = condition.withLock {
      cancelled = true
      condition.broadcast()
      defer { ready = [] }
      return ready
    }
    for batch in left { Self.free(batch) }
    parsing.wait()
  }

  /// Frees the events of `batch`.
  static func free(_ batch: Batch) {
    for var event in batch { yaml_event_delete(&event) }
  }

  private func parse(_ bytes: UnsafePointer<UInt8>?, count: Int) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      publish([], then: .failed(.memory))
      return
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes, count)
    var batch = Batch()
    batch.reserveCapacity(Self.batchSize)
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        publish(batch, then: .failed(YAMLEventReader.failure(of: parser)))
        return
      }
      batch.append(event)
      if event.type == YAML_STREAM_END_EVENT {
        publish(batch, then: .end)
        return
      }
      if batch.count == Self.batchSize {
        guard publish(batch) else { return }
        batch.removeAll(keepingCapacity: true)
      }
    }
  }

  /// What follows a batch.
  private enum Then {
    case more, end
    case failed(YAMLEventReader.Failure)
  }

  /// Hands `batch` to the reader, waiting while it is far behind; false (and the batch freed)
  /// once the reader has closed the stream.
  @discardableResult
  private func publish(_ batch: Batch, then: Then = .more) -> Bool {
    condition.lock()
    while ready.count >= Self.ahead && !cancelled { condition.wait() }
    let open = !cancelled
    if open {
      if !batch.isEmpty { ready.append(batch) }
      switch then {
      case .more: break
      case .end: ended = true
      case .failed(let error): (ended, failure) = (true, error)
      }
      condition.broadcast()
    }
    condition.unlock()
    if !open { Self.free(batch) }
    return open
  }
}
