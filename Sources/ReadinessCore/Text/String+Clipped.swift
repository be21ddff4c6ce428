extension String {
  /// The text cut to a readable length for a diagnostic, with control and bidirectional
  /// formatting characters replaced so inventory text cannot drive or reorder the terminal.
  package var clipped: String {
    let visible = withoutTerminalControls
    // No more than 60 bytes is no more than 60 characters: most texts skip the count.
    guard visible.utf8.count > 60, visible.count > 60 else { return visible }
    return String(visible.prefix(57)) + "…"
  }
}
