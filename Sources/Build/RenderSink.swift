import Output
import SiteModel

/// Where rendered files go: the output folder (`SiteWriter`) or memory.
protocol RenderSink: Sendable {
    func put(_ file: OutputFile) throws
}

extension SiteWriter: RenderSink {
    func put(_ file: OutputFile) throws { try write(file) }
}
