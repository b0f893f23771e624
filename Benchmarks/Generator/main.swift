// Writes a synthetic community ecosystem map for the benchmarks: N nodes of
// every kind, about ten links per node, labels and attributes like those of
// real maps. The same seed always gives the same bytes.
//
//   swift run -c release ecomap-generate --nodes 10000 --seed 1 > /tmp/map.ecomap
//   swift run -c release ecomap-generate --department 1000 > /tmp/department.ecomap
//
// `--department GROUPS` writes a department's map instead (Department.swift).
import ArgumentParser
import EcomapCore

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecomap-generate",
        abstract: "Write a synthetic .ecomap map to standard output."
    )

    @Option(help: "Number of nodes.") var nodes = 1_000
    @Option(help: "Links per node, on average.") var linksPerNode = 10
    @Option(help: "Seed for the pseudo-random choices.") var seed: UInt64 = 1
    @Option(help: "Mark this share of one-way links as two-way (0...1).") var twoWay = 0.3
    @Option(help: "Write a later state of the same map: change this share of links (0...1).") var change = 0.0
    @Option(help: "Seed for the changes.") var changeSeed: UInt64 = 2
    @Option(help: "Write a department's map of this many groups in agencies instead (Department.swift).") var department: Int?
    @Option(help: "With --department: how many agencies and bodies (default: 12 for 100 groups, 20 for 300, 33 for 1,000).") var agencies: Int?
    @Flag(help: "With --department: a map as an import of a plain workbook gives it (groups, agencies, three platforms, one link a group).")
    var workbook = false
    @Flag(help: "Write a best-practice revision of the map: 15% of one-way links made two-way, 5% dropped, 10% more links, 2% more nodes, all platforms.")
    var revision = false

    func validate() throws {
        guard nodes >= 2 else { throw ValidationError("--nodes must be at least 2") }
        guard (0...1).contains(twoWay) else { throw ValidationError("--two-way must be between 0 and 1") }
        guard (0...1).contains(change) else { throw ValidationError("--change must be between 0 and 1") }
        if let department {
            guard department >= 10 else { throw ValidationError("--department needs at least 10 groups") }
            if let agencies, !(1...department).contains(agencies) { throw ValidationError("--agencies must be between 1 and the number of groups") }
        } else if agencies != nil || workbook {
            throw ValidationError("--agencies and --workbook go with --department")
        }
        if revision, change > 0 { throw ValidationError("--revision and --change are two different later states; give one") }
    }

    func run() {
        if let department {
            var out = Output()
            DepartmentMap(groups: department, agencies: agencies ?? DepartmentMap.agencies(for: department), seed: seed,
                          workbook: workbook).write(&out)
            out.flush()
            return
        }
        var random = SplitMix64(seed: seed)
        // Changes draw from their own stream, so the map's own choices stay the same.
        var changes = SplitMix64(seed: changeSeed)
        var out = Output()
        out.line("# Synthetic map: \(nodes) nodes, about \(nodes * linksPerNode) links, seed \(seed)")
        out.line("map \"Synthetic ecosystem \(nodes)\" [source: \"ecomap-generate\", date: 2026-11-23, id: synthetic-\(nodes)]")
        let kinds = ["organisation", "platform", "person", "person", "community"]
        var kindOf: [Int] = []
        var organisations: [Int] = [], platforms: [Int] = []
        for i in 0..<nodes {
            let k = i < kinds.count ? i : Int(random.next() % UInt64(kinds.count))
            kindOf.append(k)
            if k == 0 { organisations.append(i) }
            if k == 1 { platforms.append(i) }
        }
        let roles = ["host", "member", "sponsor", "lead", "partner", "champion"]
        let topics = ["research", "evidence", "digital", "bilingual", "data", "wellbeing", "equality"]
        // A revision adds platforms at the end, so every node of the map keeps its id.
        let added = revision ? max(1, nodes / 50) : 0
        for i in nodes..<(nodes + added) {
            out.line("platform n\(i) \"New platform \(i)\" [url: https://new-platform-\(i).example.org]")
        }
        for i in 0..<nodes {
            let kind = kinds[kindOf[i]]
            var attributes: [String] = []
            switch kindOf[i] {
            case 0:
                attributes.append("cy: \"Sefydliad \(i)\"")
                attributes.append("role: \(roles[i % roles.count])")
            case 1:
                attributes.append("url: https://platform-\(i).example.org")
            case 2, 3:
                if !organisations.isEmpty, random.next() % 2 == 0 {
                    attributes.append("in: n\(organisations[Int(random.next() % UInt64(organisations.count))])")
                }
                attributes.append("interests: [\(topics[i % topics.count]), \(topics[(i / 7) % topics.count])]")
            default:
                attributes.append("sponsor: \"Head of \(topics[i % topics.count])\"")
                attributes.append("funded: \(["yes", "no", "partly"][i % 3])")
                attributes.append("leads: \"Team leader \(i)\"")
            }
            out.line("\(kind) n\(i) \"\(kind.capitalized) \(i) of the \(topics[i % topics.count]) network\" [\(attributes.joined(separator: ", "))]")
        }
        let types = ["informs", "meets", "uses", "funds", "hosts", "partners", "participates", "consults"]
        let strengths = ["strong", "weak", "stressful", "broken"]
        let frequencies = ["weekly", "monthly", "quarterly"]
        var seen = Set<UInt64>()
        for i in 0..<nodes {
            for _ in 0..<linksPerNode {
                var j = Int(random.next() % UInt64(nodes))
                if j == i { j = (j + 1) % nodes }
                let key = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
                if !seen.insert(key).inserted { continue }
                let r = random.next()
                var op = Double(r % 1000) / 1000 < twoWay ? "<->" : (r >> 10) % 10 == 0 ? "--" : "->"
                var (from, to) = (i, j)
                if revision {
                    let roll = Double(changes.next() % 1_000_000) / 1_000_000
                    if roll < 0.05 { continue }
                    if op == "->", roll < 0.05 + 0.15 { op = "<->" }
                }
                if change > 0, Double(changes.next() % 1_000_000) / 1_000_000 < change {
                    // A later state: some links gone, some now two-way, some turned round.
                    switch changes.next() % 5 {
                    case 0, 1: continue
                    case 2, 3: op = "<->"
                    default: (from, to) = (j, i)
                    }
                }
                var line = "n\(from) \(op) n\(to) : \(types[Int((r >> 20) % UInt64(types.count))])"
                if (r >> 30) % 4 == 0 { line += " \"\(topics[Int((r >> 34) % UInt64(topics.count))]) updates\"" }
                var attributes: [String] = []
                if (r >> 40) % 5 == 0 { attributes.append("strength: \(strengths[Int((r >> 44) % 4)])") }
                if (r >> 48) % 5 == 0 { attributes.append("frequency: \(frequencies[Int((r >> 52) % 3)])") }
                if (r >> 56) % 8 == 0, !platforms.isEmpty {
                    attributes.append("via: n\(platforms[Int(r % UInt64(platforms.count))])")
                }
                if !attributes.isEmpty { line += " [\(attributes.joined(separator: ", "))]" }
                out.line(line)
            }
        }
        if revision {
            // One link in ten more: people joining the new platforms, and new pairs talking.
            var extra = 0
            while extra < nodes * linksPerNode / 10 {
                let i = Int(changes.next() % UInt64(nodes))
                let j = extra % 4 == 0 ? nodes + Int(changes.next() % UInt64(added)) : Int(changes.next() % UInt64(nodes))
                let key = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
                guard i != j, seen.insert(key).inserted else { continue }
                out.line("n\(i) <-> n\(j) : \(extra % 4 == 0 ? "uses" : types[extra % types.count])")
                extra += 1
            }
        }
        out.flush()
    }
}

/// Buffers output: printing a million lines one call at a time is slow.
struct Output {
    var buffer: [UInt8] = []
    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 20 { flush() }
    }
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

Generate.main()
