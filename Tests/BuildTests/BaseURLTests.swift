import SiteModel
import Testing

@Suite struct BaseURLTests {
    func parsed(_ text: String) -> BaseURL? { try? BaseURL.parse(text).get() }

    func problem(_ text: String) -> BaseURL.Problem? {
        if case .failure(let problem) = BaseURL.parse(text) { return problem }
        return nil
    }

    @Test func acceptsAndNormalisesPublishingAddresses() {
        #expect(parsed("https://kennisbank.amsterdam.nl")?.absolute == "https://kennisbank.amsterdam.nl/")
        #expect(parsed("HTTPS://Org.GitLab.io/kennisbank")?.absolute == "https://org.gitlab.io/kennisbank/")
        #expect(parsed("https://org.gitlab.io/kennisbank")?.path == "/kennisbank/")
        #expect(parsed("http://127.0.0.1:8080/kennisbank/")?.path == "/kennisbank/")
        #expect(parsed("http://[::1]:8080/")?.absolute == "http://[::1]:8080/")
        #expect(parsed("https://example.org/a%20b/c-d_e~f/")?.path == "/a%20b/c-d_e~f/")
    }

    @Test func pointsAtWhatIsWrong() {
        let cases: [(String, Int, String)] = [
            ("kennisbank.amsterdam.nl", 0, "must start with https:// or http://"),
            ("ftp://example.org/", 0, "must start with https:// or http://"),
            ("https://", 8, "needs a host name"),
            ("https:///kennisbank/", 8, "needs a host name"),
            ("https://user:pw@example.org/", 15, "user name or password"),
            ("https://exa_mple.org/", 11, "'_' is not allowed in a host name"),
            ("https://example.org:99999/", 20, "port"),
            ("https://example.org:/", 20, "port"),
            ("https://example.org/kb/?x=1", 23, "query"),
            ("https://example.org/kb#top", 22, "fragment"),
            ("https://example.org/k b/", 21, "spaces"),
            ("https://example.org/%zz/", 20, "'%' is not allowed"),
            ("https://example.org/a/../b/", 22, "'.' or '..'"),
            ("https://example.org/a/..", 22, "'.' or '..'"),
            ("https://example.org/kennis\\bank/", 26, "'\\' is not allowed"),
            ("https://[::1/", 8, "closing ']'"),
        ]
        for (text, offset, message) in cases {
            let found = problem(text)
            #expect(found?.offset == offset && found?.message.english.contains(message) == true, "\(text): \(String(describing: found))")
        }
        #expect(problem("kennisbank.amsterdam.nl/kb/")?.replacement == "https://kennisbank.amsterdam.nl/kb/")
        #expect(problem("//kennisbank.amsterdam.nl/")?.replacement == "https://kennisbank.amsterdam.nl/")
        #expect(problem("javascript:alert(1)")?.hint.english.hasPrefix("for example") == true)
        #expect(problem("")?.message.english == "the base URL is empty")
    }
}
