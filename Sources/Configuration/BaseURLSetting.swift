/// Where a build takes its base URL from.
public enum BaseURLSetting: Sendable, Hashable {
    /// `baseURL` in `kennisbank.yml`, if it has one.
    case fromConfig
    /// Given for this run, so a preview and production differ without editing files
    /// (`--base-url`, `KENNISBANK_BASE_URL`); `origin` names where, for error messages.
    case given(String, origin: String)
    /// None, whatever the config says: `kennisbank serve` serves the site from its own address.
    case none

    /// The name of the environment variable that sets the base URL.
    public static let environmentVariable = "KENNISBANK_BASE_URL"

    /// The setting from a command-line value, else from the environment (an empty variable counts
    /// as unset, as CI systems define variables that have no value), else the config's.
    public static func from(option: String?, environment: [String: String]) -> BaseURLSetting {
        if let option { return .given(option, origin: "--base-url") }
        if let value = environment[environmentVariable], !value.isEmpty { return .given(value, origin: environmentVariable) }
        return .fromConfig
    }
}
