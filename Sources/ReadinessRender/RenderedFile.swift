import Foundation

/// One output file: its name inside the output folder and its bytes.
public struct RenderedFile: Equatable, Sendable {
  public var name: String
  public var bytes: Data
  public init(name: String, bytes: Data) {
    self.name = name
    self.bytes = bytes
  }
}
