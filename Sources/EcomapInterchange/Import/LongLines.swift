import EcomapCore

extension MapBuilder {
    /// A diagnostic for each line of the map's text that is longer than the
    /// language reads (``SourceText/maximumLineLength``: `ecomap check`
    /// would skip it), at the cell that makes it so: the longest value on
    /// the line. One per cell, however many links its row makes.
    func longLineProblems(_ lines: [EcomapWriter.LongLine], map: EcosystemMap, header: Table?, files: [String]) -> [Diagnostic] {
        var found: [(order: Int, row: Int, column: Int, diagnostic: Diagnostic)] = []
        var seen = Set<String>()
        for line in lines {
            let origin: Origin, values: [(bytes: Int, column: Int?)]
            switch line.statement {
            case .header:
                if let problem = headerProblem(line.length, header: header, files: files), seen.insert(problem.cell ?? "").inserted {
                    found.append((-1, 0, 0, problem))
                }
                continue
            case .node(let i):
                let node = map.nodes[i]
                guard let place = self.origin(node.range.line) else { continue }
                origin = place
                let layout = sheets[origin.sheet].layout
                values = [(node.label.utf8.count, origin.column), (node.id.utf8.count, layout.column(.id)?.index ?? origin.column)]
                    + MapBuilder.sizes(node.attributes, line: node.range.line)
            case .link(let j):
                let link = map.links[j]
                guard let place = self.origin(link.fromRange.line) else { continue }
                origin = place
                let layout = sheets[origin.sheet].layout
                values = [(link.from.utf8.count, link.fromRange.column - 1), (link.to.utf8.count, link.toRange.column - 1),
                          (link.type?.utf8.count ?? 0, link.typeRange.column - 1),
                          (link.label?.utf8.count ?? 0, layout.column(.linkLabel)?.index)]
                    + MapBuilder.sizes(link.attributes, line: link.fromRange.line)
            }
            guard let longest = values.filter({ ($0.column ?? -1) >= 0 }).max(by: { $0.bytes < $1.bytes }), let column = longest.column else { continue }
            let cell = address(origin.sheet, origin.row, column)
            guard seen.insert(sheets[origin.sheet].table.file + "\0" + cell).inserted else { continue }
            let limit = SourceText.maximumLineLength
            let message = longest.bytes > limit
                ? "the cell holds \(longest.bytes) bytes of text, more than the \(limit) a line of a map can hold"
                : "this row makes a line of \(line.length) bytes in the map, more than the \(limit) a line can hold; "
                    + "this cell, at \(longest.bytes) bytes, is its longest"
            found.append((sheets[origin.sheet].order, origin.row, column, Diagnostic(.cellTooLong, message, hint: MapBuilder.shorten, file: sheets[origin.sheet].table.file, cell: cell)))
        }
        return found.sorted { ($0.order, $0.row, $0.column) < ($1.order, $1.row, $1.column) }.map(\.diagnostic)
    }

    private static let shorten = "shorten it; a map holds names and short notes, and can link to a document for more (a URL column)"

    private func origin(_ line: Int) -> Origin? {
        line >= 1 && line <= origins.count ? origins[line - 1] : nil
    }

    /// Each attribute's size in bytes, and its column (its key's place on the statement's "line").
    private static func sizes(_ attributes: Attributes, line: Int) -> [(bytes: Int, column: Int?)] {
        attributes.all.map { a in
            (a.value.items.reduce(0) { $0 + $1.utf8.count }, a.keyRange.line == line ? a.keyRange.column - 1 : nil)
        }
    }

    /// The map's own line too long: its title and header attributes, from
    /// ecomap's header sheet (the longest value there) or from the command line.
    private func headerProblem(_ length: Int, header: Table?, files: [String]) -> Diagnostic? {
        let limit = SourceText.maximumLineLength
        let message = "the map's title and header attributes make a line of \(length) bytes, more than the \(limit) a line of a map can hold"
        guard let header, let row = header.rows.dropFirst().max(by: { $0[1].text.utf8.count < $1[1].text.utf8.count }) else {
            return Diagnostic(.cellTooLong, message, hint: "give the map a shorter title", file: files.first ?? "")
        }
        return Diagnostic(.cellTooLong, message + "; this cell is its longest", hint: MapBuilder.shorten,
                                                    file: header.file, cell: header.address(row: row.number, column: 1))
    }
}
