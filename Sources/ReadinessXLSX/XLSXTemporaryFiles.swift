/// Who is told about a workbook's temporary file: libxlsxwriter writes only to a path, so every
/// workbook passes through a file in `$TMPDIR`. A caller that removes its temporary files when
/// a signal stops it registers this one too (`created`, called as soon as the file exists) and
/// forgets it once it is removed (`removed`).
public struct XLSXTemporaryFiles: Sendable {
  let created: @Sendable (String) -> Void
  let removed: @Sendable (String) -> Void

  public init(
    created: @escaping @Sendable (String) -> Void, removed: @escaping @Sendable (String) -> Void
  ) {
    self.created = created
    self.removed = removed
  }

  /// Nobody is told.
  public static let untracked = XLSXTemporaryFiles(created: { _ in }, removed: { _ in })
}
