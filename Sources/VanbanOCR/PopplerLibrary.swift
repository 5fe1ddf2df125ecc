import CLibraryLoaders

/// poppler-glib with GLib and cairo, loaded on first use (see CLibraryLoaders): a process that
/// reads no PDF never loads them. Every entry point that takes PDF bytes or a page calls `load()`.
public enum PopplerLibrary {
    /// Loads the libraries once; afterwards free.
    /// - Returns: nil when ready, else why not (the library and the package to install).
    public static func load() -> String? {
        vanban_poppler_load() != 0 ? nil : String(cString: vanban_poppler_error())
    }

    /// Loads the libraries or throws `OCRError.renderFailed` saying why not.
    static func require() throws(OCRError) {
        if let problem = load() { throw .renderFailed(problem) }
    }
}
