import SiteModel

/// Where rendered files go: the output folder (`SiteWriter`) or memory.
package protocol RenderSink: Sendable {
    func put(_ file: OutputFile) throws
}

extension SiteWriter: RenderSink {
    package func put(_ file: OutputFile) throws { try write(file) }
}
