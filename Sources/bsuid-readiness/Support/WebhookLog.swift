import CZlib
import Foundation

/// Reads stored webhook bodies a chunk at a time: a JSON Lines file (one body per line) or a
/// folder of `.json` files, either gzip-compressed or not. Memory stays that of one chunk and
/// one line.
enum WebhookLog {
  /// Longest line kept; a longer one is reported to `body` as nil and skipped.
  static let maximumLine = 16 << 20
  static let chunkSize = 1 << 20

  /// Calls `body` with each stored body at `path`, nil for one too long to read.
  static func read(_ path: String, body: (Data?) -> Void) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    if isFolder.boolValue {
      let names = try FileManager.default.contentsOfDirectory(atPath: path)
        .filter { $0.hasSuffix(".json") || $0.hasSuffix(".json.gz") }.sorted()
      for name in names {
        var whole = Data()
        var tooLong = false
        try chunks((path as NSString).appendingPathComponent(name)) { chunk in
          if whole.count + chunk.count > maximumLine { tooLong = true } else { whole.append(chunk) }
        }
        body(tooLong ? nil : whole)
      }
    } else {
      var line = Data()
      var tooLong = false
      try chunks(path) { chunk in
        var start = chunk.startIndex
        while let end = chunk[start...].firstIndex(of: 0x0A) {
          if !tooLong, line.count + (end - start) <= maximumLine {
            line.append(chunk[start..<end])
          } else {
            tooLong = true
          }
          body(tooLong ? nil : line)
          line.removeAll(keepingCapacity: true)
          tooLong = false
          start = end + 1
        }
        if line.count + (chunk.endIndex - start) > maximumLine {
          tooLong = true
        } else {
          line.append(chunk[start...])
        }
      }
      if tooLong || !line.isEmpty { body(tooLong ? nil : line) }
    }
  }

  /// The file's bytes a chunk at a time, inflated when they start with gzip's magic number.
  static func chunks(_ path: String, _ each: (Data) throws -> Void) throws {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var inflater: Inflater?
    var first = true
    while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
      if first, chunk.count >= 2, chunk[chunk.startIndex] == 0x1F,
        chunk[chunk.startIndex + 1] == 0x8B
      {
        inflater = try Inflater()
      }
      first = false
      if let inflater { try inflater.inflate(chunk, each) } else { try each(chunk) }
    }
  }
}

/// Streaming gzip inflation through zlib; several concatenated members are read as one.
final class Inflater {
  private var stream = z_stream()

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init() throws {
    // 15 + 32: the largest window, and detect the gzip header.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else {
      throw Failure(description: "cannot start gzip decompression")
    }
  }

  deinit { inflateEnd(&stream) }

  func inflate(_ input: Data, _ each: (Data) throws -> Void) throws {
    var input = input
    var output = [UInt8](repeating: 0, count: WebhookLog.chunkSize)
    try input.withUnsafeMutableBytes { (inBytes: UnsafeMutableRawBufferPointer) in
      stream.next_in = inBytes.bindMemory(to: Bytef.self).baseAddress
      stream.avail_in = uInt(inBytes.count)
      repeat {
        let (status, produced) = output.withUnsafeMutableBytes { outBytes in
          stream.next_out = outBytes.bindMemory(to: Bytef.self).baseAddress
          stream.avail_out = uInt(outBytes.count)
          let status = CZlib.inflate(&stream, Z_NO_FLUSH)
          return (status, outBytes.count - Int(stream.avail_out))
        }
        if produced > 0 { try each(Data(output[0..<produced])) }
        if status == Z_BUF_ERROR && produced == 0 { return }  // needs the next chunk
        if status == Z_STREAM_END {
          if stream.avail_in == 0 { return }
          inflateReset(&stream)
        } else if status != Z_OK && status != Z_BUF_ERROR {
          throw Failure(description: "the gzip data is damaged")
        }
      } while stream.avail_in > 0 || stream.avail_out == 0
    }
  }
}
