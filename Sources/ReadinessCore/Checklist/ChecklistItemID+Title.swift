extension ChecklistItemID {
  /// The item's sentence as the checklist states it ("Every system that needs the BSUID stores
  /// it"), so that a change or a warning can name the item by title as well as id.
  public var title: String {
    ChecklistCatalog.items.first { $0.id == self }?.title ?? rawValue
  }

  /// The title as a message, its id `checklist.<id>`.
  public var titleKey: MessageKey { MessageKey("checklist.\(rawValue)", title) }
}
