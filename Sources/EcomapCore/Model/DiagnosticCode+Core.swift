// The codes of the core: reading files, parsing, checking, parts of a map.

extension DiagnosticCode {
    // MARK: Files

    public static let unreadableFile = DiagnosticCode(
        "unreadable-file", .error,
        meaning: "The file is missing, a folder, or not readable; or a workbook can't be unpacked because no temporary file can be made (it is read from one).",
        remedy: "Check the path; for a workbook, set `TMPDIR` to a folder you can write to.")
    public static let unwritableFile = DiagnosticCode(
        "unwritable-file", .error,
        meaning: "An output file could not be written (its folder is missing, part of the path is a file, the path is a folder, the file or the filesystem is read-only, no permission, disk full). Nothing was left half-written, and an existing file is untouched; with several files (a Markdown report), none was written. A failed write to standard output or error (a full disk, `> /dev/full`) is one too.",
        remedy: "The hint names the fix: create the folder, name a file, or choose another path.")
    public static let fileTooLarge = DiagnosticCode(
        "file-too-large", .error,
        meaning: "The file is over 1 GB: too large to be a map (a document to embed maps in: over 2 MB; a CSV file: over 20 million cells).",
        remedy: "Split it into several maps (or documents).")
    public static let notAFile = DiagnosticCode(
        "not-a-file", .error,
        meaning: "The path names a named pipe (FIFO), a device or a socket, not a file. Reading one could wait for ever, so it is not read.",
        remedy: "Name the map file itself.")
    public static let emptyFile = DiagnosticCode(
        "empty-file", .error, meaning: "The file holds nothing but white space.", remedy: "Start with `map \"Title\"`.")
    public static let binaryFile = DiagnosticCode(
        "binary-file", .error, meaning: "The file holds NUL bytes: it is not text.", remedy: "Point ecomap at a `.ecomap` text file.")
    public static let invalidUTF8 = DiagnosticCode(
        "invalid-utf8", .error, meaning: "A line holds bytes that are not UTF-8 (one report per line).", remedy: "Save the file as UTF-8.")
    public static let lineTooLong = DiagnosticCode(
        "line-too-long", .error, meaning: "A line is over 65,536 bytes; it is skipped.", remedy: "One statement per line.")

    // MARK: The language

    public static let syntax = DiagnosticCode(
        "syntax", .error, meaning: "A line does not follow the language (see `docs/language.md`).", remedy: "Follow the hint.")
    public static let unterminatedString = DiagnosticCode(
        "unterminated-string", .error, meaning: "A quoted string has no closing quote on its line.",
        remedy: "Close it; write `\\n` for a line break in a label.")
    public static let unterminatedList = DiagnosticCode(
        "unterminated-list", .error, meaning: "An attribute list has no closing `]` on its line.", remedy: "Close it on the same line.")
    public static let invalidCharacter = DiagnosticCode(
        "invalid-character", .error,
        meaning: "A label, title or value holds a character no drawing or page can show: a control character (U+0001 to U+001F, all but tab; NUL makes the file binary) or U+FFFE or U+FFFF. The message names its code point. An SVG holding one is not XML, and browsers show nothing.",
        remedy: "Delete it; text pasted from other programs sometimes carries such characters. Write `\\n` for a line break.")
    public static let unknownEscape = DiagnosticCode(
        "unknown-escape", .error, meaning: "A backslash in a string is followed by something other than `\"`, `\\` or `n`.",
        remedy: "Write `\\\\` for a backslash.")
    public static let curlyQuote = DiagnosticCode(
        "curly-quote", .error, meaning: "A curly quote (as word processors write) where a straight quote belongs.", remedy: "Use `\"`.")
    public static let unknownKind = DiagnosticCode(
        "unknown-kind", .error, meaning: "A node line starts with a word that is not a node kind.",
        remedy: "`organisation`, `platform`, `person` or `community`.")
    public static let duplicateHeader = DiagnosticCode(
        "duplicate-header", .error, meaning: "More than one `map` line.", remedy: "Keep one.")

    // MARK: Checking

    public static let noNodes = DiagnosticCode("no-nodes", .error, meaning: "The map declares no nodes.", remedy: "Add some.")
    public static let duplicateID = DiagnosticCode(
        "duplicate-id", .error,
        meaning: "Two nodes share an id (in a spreadsheet: two elements share a value in the ID column).",
        remedy: "Give each its own id; labels may repeat.")
    public static let unknownNode = DiagnosticCode(
        "unknown-node", .error, meaning: "A link, `in:` or `via:` names a node that is not declared.",
        remedy: "Declare it, or fix the spelling the hint suggests.")
    public static let badValue = DiagnosticCode(
        "bad-value", .error,
        meaning: "An attribute with a meaning has a value ecomap can't use (`strength: weeak`, a `url` that is not http, https or mailto, a list where one value belongs, an `in:` that names a person); in a spreadsheet, a Direction other than directed, mutual or undirected, or a connection Type with no letters or digits.",
        remedy: "Use one of the values the message lists.")
    public static let membershipCycle = DiagnosticCode(
        "membership-cycle", .error, meaning: "`in:` goes round in a circle (a in b, b in a).", remedy: "Remove one `in:`.")

    // MARK: Parts of a map

    public static let viewUnknownNode = DiagnosticCode(
        "view-unknown-node", .error,
        meaning: "A part of the map to show is centred on an id that names no node.",
        remedy: "Use the hint: the closest id, or the id of the node whose label was written.")
    public static let viewUnknownKind = DiagnosticCode(
        "view-unknown-kind", .error, meaning: "A part of the map to show names a word that is not a kind of node.",
        remedy: "`organisation`, `platform`, `person` or `community` (plurals too), or `tag:NAME`.")
    public static let viewUnknownTag = DiagnosticCode(
        "view-unknown-tag", .error, meaning: "A part of the map to show names a tag (`tag:NAME`) that no node has.",
        remedy: "Use the hint: the closest tag, or the list of the map's tags.")
    public static let viewEmpty = DiagnosticCode(
        "view-empty", .error, meaning: "The kinds or tags to show and to hide together leave out every node.",
        remedy: "Show more kinds or tags, or hide fewer.")

    // MARK: The library

    public static let invalidArgument = DiagnosticCode(
        "invalid-argument", .error,
        meaning: "A program using the library asked for something it can't have, such as network numbers from a sample of no sources. The command line checks its options first, so it never shows this.",
        remedy: "Pass a value in range (a sample of at least 1).")

    // MARK: Warnings

    public static let isolatedNode = DiagnosticCode(
        "isolated-node", .warning, meaning: "A node that no link, `in:` or `via:` mentions: it would float alone.",
        remedy: "Link it, or remove it.")
    public static let selfLink = DiagnosticCode(
        "self-link", .warning,
        meaning: "An organisation or a platform linked to itself (a person or community linked to itself is a peer link, and fine).",
        remedy: "Name the other end: `scw -> other`. Only people and communities have members who interact among themselves.")
    public static let duplicateLink = DiagnosticCode(
        "duplicate-link", .warning, meaning: "The same link (ends, direction and type) twice.",
        remedy: "Remove one; add attributes to say more.")
    public static let duplicateAttribute = DiagnosticCode(
        "duplicate-attribute", .warning, meaning: "The same attribute twice in one list; the last wins.",
        remedy: "Keep one, or use a list.")
    public static let unknownAttribute = DiagnosticCode(
        "unknown-attribute", .warning, meaning: "An attribute name one or two letters from a known one (`strenght`).",
        remedy: "Fix the spelling. Names far from any known one are your own columns and are kept silently.")
    public static let misplacedAttribute = DiagnosticCode(
        "misplaced-attribute", .warning, meaning: "An attribute that has a meaning elsewhere, such as `strength` on a node.",
        remedy: "Move it, or rename it if it is your own.")
    public static let unknownType = DiagnosticCode(
        "unknown-type", .warning, meaning: "A link type one or two letters from a built-in type (`infroms`).",
        remedy: "Fix the spelling. Other words are fine as types.")
    public static let viaNotPlatform = DiagnosticCode(
        "via-not-platform", .warning, meaning: "`via:` names a node that is not a platform.", remedy: "Declare it as a platform.")
    public static let duplicateStyle = DiagnosticCode(
        "duplicate-style", .warning, meaning: "A kind is styled twice; the last style is used.",
        remedy: "Keep one `style` line per kind.")

    // MARK: Welsh

    public static let missingWelsh = DiagnosticCode(
        "missing-welsh", .warning,
        meaning: "A text the map shows to readers has no Welsh: a node's or a link's label, the map's title, or a `description`, `source`, `sponsor`, `funding`, `leads`, `contacts`, `interests` or `frequency` (other than a word ecomap writes in Welsh itself, such as `quarterly`). Reported by `check --lang cy` only, one for each text; `--strict` makes each an error, so a Welsh body can refuse to publish a map that isn't wholly in Welsh.",
        remedy: "Add the Welsh beside it: `cy:` for a label or a title, `NAME-cy:` for an attribute (`description-cy: \"...\"`). A name that is the same in both languages takes itself as its Welsh (`cy: \"Eventbrite\"`).")

    /// The core's codes, grouped as the documentation lists them.
    public static let coreSections: [DiagnosticSection] = [
        DiagnosticSection(title: "Reading and checking a map", codes: [
            .unreadableFile, .unwritableFile, .fileTooLarge, .notAFile, .emptyFile, .binaryFile, .invalidUTF8, .lineTooLong,
            .syntax, .unterminatedString, .unterminatedList, .invalidCharacter, .unknownEscape, .curlyQuote, .unknownKind,
            .duplicateHeader, .noNodes, .duplicateID, .unknownNode, .badValue, .membershipCycle,
        ]),
        DiagnosticSection(
            title: "Parts of a map",
            introduction: "What to show (`--focus`, `--only`, `--hide`, in `render`, `report`, `compare --diagram`, `watch` and `serve`) is checked against the map before anything is drawn.",
            codes: [.viewUnknownNode, .viewUnknownKind, .viewUnknownTag, .viewEmpty]),
        DiagnosticSection(title: "Using the library", codes: [.invalidArgument]),
        DiagnosticSection(
            title: "Warnings",
            introduction: "Warnings don't stop a map from being drawn, unless `--strict` makes them errors.",
            codes: [.isolatedNode, .selfLink, .duplicateLink, .duplicateAttribute, .unknownAttribute, .misplacedAttribute,
                    .unknownType, .viaNotPlatform, .duplicateStyle]),
        DiagnosticSection(
            title: "Welsh",
            introduction: "`check --lang cy` lists every text of a map that has no Welsh, by line, with a count; `--strict` makes each an error.",
            codes: [.missingWelsh]),
    ]
}
