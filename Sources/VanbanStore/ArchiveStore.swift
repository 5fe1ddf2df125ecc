import VanbanRecord

/// The archive behind a small protocol. (Being written.)
public protocol ArchiveStore {}
