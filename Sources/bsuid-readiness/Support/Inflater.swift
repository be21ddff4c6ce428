import CZlib
import Foundation

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
