import Foundation
import ReadinessCore
import ReadinessWebhooks

/// Reads stored webhook bodies a chunk at a time from one file, gzip-compressed or not: JSON
/// Lines, pretty-printed JSON, arrays of bodies, one body (see `JSONValueSplitter`). Values are
/// parsed in batches on every core; memory stays that of one chunk and one batch. Only regular
/// files are read (a named pipe or a device would never end).
enum WebhookLog {
  /// Longest value kept; a longer one is counted as malformed and skipped.
  static let maximumLine = 16 << 20
  static let chunkSize = 1 << 20
  /// Values parsed at once, on every core: at most this many, and at most `batchBytes` bytes
  /// besides the one value that passes it.
  static let batchSize = 4_096
  static let batchBytes = 8 << 20
  /// Default `measure --max-inflated-mib`: the bytes a gzip-compressed file may inflate to.
  static let defaultInflatedMiB = 1_024
  /// The accepted `measure --max-inflated-mib` values.
  static let inflatedMiBRange = 1...1_048_576

  /// Why a file was not counted.
  enum Failure: Error {
    /// A folder, named pipe, device, socket or symbolic link loop: what it is.
    case notRegularFile(String)
    /// Inflated past the limit, in bytes.
    case tooLarge(Int)
    /// The system's or zlib's reason.
    case unreadable(String)
  }

  /// The bodies in the file at `path`, counted alone so that a file that fails halfway counts
  /// for nothing; `path` in the tally is `measure --path`. Stops with `.tooLarge` once a
  /// gzip-compressed file inflates past `inflatedLimit` bytes.
  static func tally(file path: String, bodyPath: [String], inflatedLimit: Int) throws(Failure)
    -> AdoptionTally
  {
    let handle = try openRegularFile(path)
    var tally = AdoptionTally(path: bodyPath)
    do {
      var values = JSONValueSplitter(maximum: maximumLine)
      var batch: [JSONValueSplitter.Value] = []
      var bytes = 0
      func take(_ value: JSONValueSplitter.Value) {
        batch.append(value)
        bytes += value.bytes?.count ?? 0
        if batch.count == batchSize || bytes >= batchBytes {
          tally.add(batch)
          batch.removeAll(keepingCapacity: true)
          bytes = 0
        }
      }
      try chunks(handle, inflatedLimit: inflatedLimit) { chunk in values.split(chunk, take) }
      values.finish(take)
      tally.add(batch)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .unreadable("\(error)")
    }
    return tally
  }

  /// Opens `path` without blocking (a named pipe would wait for a writer) and checks, on the
  /// open file itself, that it is a regular file.
  private static func openRegularFile(_ path: String) throws(Failure) -> FileHandle {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ELOOP { throw .notRegularFile("a symbolic link loop") }
      throw .unreadable(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(String(cString: strerror(errno)))
    }
    if let kind = FileKind.irregular(status) { throw .notRegularFile(Message(kind).english) }
    return handle
  }

  /// The file's bytes a chunk at a time, inflated when they start with gzip's magic number.
  private static func chunks(
    _ handle: FileHandle, inflatedLimit: Int, _ each: (Data) throws -> Void
  ) throws {
    var inflater: Inflater?
    var inflated = 0
    var first = true
    while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
      if first, chunk.count >= 2, chunk[chunk.startIndex] == 0x1F,
        chunk[chunk.startIndex + 1] == 0x8B
      {
        inflater = try Inflater()
      }
      first = false
      guard let inflater else {
        try each(chunk)
        continue
      }
      try inflater.inflate(chunk) { piece in
        inflated += piece.count
        guard inflated <= inflatedLimit else { throw Failure.tooLarge(inflatedLimit) }
        try each(piece)
      }
    }
  }
}
