import Foundation

/// A file written under a temporary name before it is renamed into place. The name,
/// `.bsuid-tmp-<random>-<file>`, is unpredictable and recognisable; the file is created
/// exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`), so a symbolic link or a file planted there is
/// never followed or reused. The writing run holds a `flock` on it until it is renamed: a
/// temporary file nobody holds was left by a killed run, and `removeStale` deletes it.
final class TemporaryFile {
  static let prefix = ".bsuid-tmp-"

  let path: String
  private var descriptor: Int32

  /// Creates the file in `folder` and writes `bytes` to it; throws the `errno` message.
  init(in folder: URL, for name: String, bytes: Data) throws(AtomicWriter.Failure) {
    var attempt = 0
    while true {
      let random = String(UInt64.random(in: .min ... .max), radix: 36)
      let candidate = folder.appendingPathComponent("\(Self.prefix)\(random)-\(name)").path
      let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
      if fd < 0 {
        attempt += 1
        if errno == EEXIST && attempt < 8 { continue }
        throw .cannotWrite(folder.appendingPathComponent(name).path, AtomicWriter.systemError())
      }
      SignalCleanup.register(candidate)
      var status = stat()
      guard flock(fd, LOCK_EX) == 0, fstat(fd, &status) == 0 else {
        let reason = AtomicWriter.systemError()
        unlink(candidate)
        SignalCleanup.unregister(candidate)
        close(fd)
        throw .cannotWrite(folder.appendingPathComponent(name).path, reason)
      }
      // A run cleaning the folder took this file for a stale one before it was locked: again.
      if status.st_nlink == 0 {
        SignalCleanup.unregister(candidate)
        close(fd)
        continue
      }
      path = candidate
      descriptor = fd
      break
    }
    do {
      try write(bytes)
    } catch {
      discard()
      throw .cannotWrite(folder.appendingPathComponent(name).path, error.reason)
    }
  }

  private struct WriteError: Error { var reason: String }

  private func write(_ bytes: Data) throws(WriteError) {
    let failure: String? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return AtomicWriter.systemError()
        }
        offset += written
      }
      return fsync(descriptor) == 0 ? nil : AtomicWriter.systemError()
    }
    if let failure { throw WriteError(reason: failure) }
  }

  /// Renames the file to `final`; it is no longer temporary.
  func rename(to final: String) throws(AtomicWriter.Failure) {
    guard Glibc.rename(path, final) == 0 else {
      throw .cannotWrite(final, AtomicWriter.systemError())
    }
    SignalCleanup.unregister(path)
    close(descriptor)
    descriptor = -1
  }

  /// Removes the file, unless it was renamed into place.
  func discard() {
    guard descriptor >= 0 else { return }
    unlink(path)
    SignalCleanup.unregister(path)
    close(descriptor)
    descriptor = -1
  }

  deinit { discard() }

  /// Deletes the temporary files in `folder` that no run holds: those of a killed run.
  static func removeStale(in folder: URL) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return
    }
    for name in names where name.hasPrefix(prefix) {
      let path = folder.appendingPathComponent(name).path
      let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
      guard fd >= 0 else { continue }
      var status = stat()
      if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        flock(fd, LOCK_EX | LOCK_NB) == 0
      {
        unlink(path)
      }
      close(fd)
    }
  }
}
