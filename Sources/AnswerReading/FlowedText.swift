/// `format=flowed` text (RFC 3676), as Thunderbird and other mail programs send plain text: a line
/// that ends in a space goes on in the next line (with `delsp=yes` that space was added and goes),
/// and a line starting with a space, `>` or `From ` was given one extra space ('space-stuffed').
enum FlowedText {
    static func unflow(_ lines: [MailLine], deleteSpace: Bool) -> [MailLine] {
        var result: [MailLine] = []
        var pending: MailLine?
        for var line in lines {
            if line.text.hasPrefix(" ") { line.text.removeFirst() }
            let flowed = line.text.hasSuffix(" ") && line.text != "-- "
            if flowed && deleteSpace { line.text.removeLast() }
            if var open = pending {
                open.text += line.text
                pending = open
            } else {
                pending = line
            }
            if !flowed {
                result.append(pending!)
                pending = nil
            }
        }
        if let pending { result.append(pending) }
        return result
    }
}
