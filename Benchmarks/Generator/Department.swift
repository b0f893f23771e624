// Department maps: a department's communities across its agencies and
// bodies, shaped like the Defra group's (seed 004: 13 communities of
// practice, 15 staff networks and 18 professions in the core department alone,
// 33 agencies and bodies, 1,020 Yammer groups).
//
//   ecomap-generate --department 1000 > department-1000.ecomap
//   ecomap-generate --department 100 --workbook > import-100.ecomap
//
// What a department map holds, every choice drawn from the seed:
// - the department and 10 to 40 agencies and bodies (more for more groups),
//   the department funding each; agencies of very different sizes (a few
//   large, many small), the department itself the largest;
// - groups (communities of practice, staff networks, professions, Yammer
//   groups) in their agency (`in:`), a few nested in a larger network of
//   their agency, each with a sponsor, funding and leads;
// - platforms shared by most groups: Yammer for about 85 in 100, the
//   intranet, Microsoft Teams, and one or two used by few;
// - in each agency a senior sponsor (funds a few groups) and the members
//   (staff who take part in some);
// - a few links between groups of different agencies (the same topic);
// - duplicate-looking names: the same topic in several agencies, and now
//   and then one agency with two spellings of a group ("Agile CoP",
//   "Agile community of practice").
//
// `--workbook` writes what an import of a plain workbook gives instead (the
// shape of issue 23's map): groups in agencies and three platforms, one
// link a group, most of them into Yammer; no people, no funding.
import EcomapCore
import Foundation

struct DepartmentMap {
    var groups: Int
    var agencies: Int
    var seed: UInt64
    var workbook: Bool

    /// 12 agencies for 100 groups, 20 for 300, 33 for 1,000 (Defra's count), within 10...40.
    static func agencies(for groups: Int) -> Int {
        min(40, max(10, Int((12 * pow(Double(groups) / 100, 0.44)).rounded())))
    }

    static let bodies: [(id: String, name: String)] = [
        ("dept", "Department for Environment, Food and Rural Affairs"), ("ea", "Environment Agency"),
        ("rpa", "Rural Payments Agency"), ("ne", "Natural England"), ("apha", "Animal and Plant Health Agency"),
        ("mmo", "Marine Management Organisation"), ("cefas", "Centre for Environment, Fisheries and Aquaculture Science"),
        ("vmd", "Veterinary Medicines Directorate"), ("fc", "Forestry Commission"), ("jncc", "Joint Nature Conservation Committee"),
        ("kew", "Royal Botanic Gardens, Kew"), ("ahdb", "Agriculture and Horticulture Development Board"),
        ("ccw", "Consumer Council for Water"), ("ofwat", "Water Services Regulation Authority"),
        ("oep", "Office for Environmental Protection"), ("seafish", "Sea Fish Industry Authority"),
        ("cgma", "Covent Garden Market Authority"), ("broads", "Broads Authority"), ("nfc", "National Forest Company"),
        ("dwi", "Drinking Water Inspectorate"), ("glaa", "Gangmasters and Labour Abuse Authority"),
        ("ccc", "Climate Change Committee"), ("sac", "Science Advisory Council"), ("fr", "Forest Research"),
        ("ddts", "Digital, Data and Technology Services"), ("ifca", "Inshore Fisheries and Conservation Authorities"),
        ("rfcc", "Regional Flood and Coastal Committees"), ("tac", "Trade and Agriculture Commission"),
        ("awc", "Animal Welfare Committee"), ("npe", "National Parks England"), ("crt", "Canal and River Trust"),
        ("floodre", "Flood Re"), ("acre", "Advisory Committee on Releases to the Environment"),
        ("vpc", "Veterinary Products Committee"), ("pvst", "Plant Varieties and Seeds Tribunal"),
        ("iaap", "Independent Agricultural Appeals Panel"), ("lnp", "Local Nature Partnerships"),
        ("wool", "British Wool"), ("dgp", "Defra Group Property"), ("dgc", "Defra Group Commercial"),
    ]

    static let topics = [
        "Data science", "Agile", "Project delivery", "Policy", "Digital", "Evidence", "Flood risk", "Water quality",
        "Biodiversity", "Net zero", "Soil health", "Fisheries", "Animal welfare", "Plant health", "Geospatial",
        "User research", "Content design", "Finance", "Procurement", "Legal", "Communications", "Health and safety",
        "Estates", "Analysis", "Economics", "Statistics", "Science", "Engineering", "Operational research",
        "Knowledge and information management", "Security", "Commercial", "Internal audit", "Customer service",
        "Incident management", "Regulation", "Trade", "Air quality", "Waste and resources", "Coastal management",
        "Marine planning", "Farming", "Forestry", "Environmental monitoring", "Local partnerships",
    ]
    static let networks = [
        "Women's network", "LGBT+ network", "Disability network", "Race equality network", "Carers network",
        "Neurodiversity network", "Young professionals network", "Faith and belief network", "Mental health first aiders",
        "Green team", "Parents network", "Armed forces network", "Social mobility network", "Menopause network",
    ]
    /// A topic's group, in the kinds the seed names.
    static let suffixes = ["community of practice", "profession", "network", "Yammer group", "forum", "working group"]
    /// Shorter and longer spellings of one group, as duplicates are found.
    static let variants = [("community of practice", "CoP"), ("network", "Network"), ("working group", "group"),
                           ("Yammer group", "on Yammer"), ("forum", "Forum")]

    func write(_ out: inout Output) {
        var random = SplitMix64(seed: seed)
        func roll(_ n: Int) -> Int { Int(random.next() % UInt64(max(1, n))) }
        func chance(_ p: Double) -> Bool { Double(random.next() % 1_000_000) / 1_000_000 < p }

        let bodies = (0..<agencies).map { k -> (id: String, name: String) in
            k < Self.bodies.count ? Self.bodies[k] : ("body\(k + 1)", "Regional body \(k + 1)")
        }
        // A few large, many small: shares fall as 1/rank^0.75, every agency at least one group.
        let weights = (0..<agencies).map { 1 / pow(Double($0 + 1), 0.75) }
        let total = weights.reduce(0, +)
        var sizes = weights.map { max(1, Int(Double(groups) * $0 / total)) }
        var k = 0
        while sizes.reduce(0, +) < groups { sizes[k % agencies] += 1; k += 1 }
        k = 0
        while sizes.reduce(0, +) > groups { if sizes[k % agencies] > 1 { sizes[k % agencies] -= 1 }; k += 1 }

        let style = workbook ? "an import of a workbook: groups in agencies, three platforms, one link a group"
            : "sponsors, members, platforms, cross-agency links"
        out.line("# Department map: \(groups) groups in \(agencies) agencies and bodies, seed \(seed) (\(style)).")
        out.line("# Written by ecomap-generate --department \(groups)\(workbook ? " --workbook" : ""); the same options give the same bytes.")
        out.line("map \"Department communities: \(groups) groups\" [id: \(workbook ? "import" : "department")-\(groups), source: \"ecomap-generate\", date: 2026-11]")
        out.line("")
        out.line("# The department and its agencies and bodies")
        for (k, body) in bodies.enumerated() {
            var attributes = k == 0 ? ["role: host"] : ["tags: [agency]"]
            if !workbook { attributes.append("description: \"\(sizes[k]) groups\"") }
            out.line("organisation \(body.id) \"\(body.name)\" [\(attributes.joined(separator: ", "))]")
        }

        out.line("")
        out.line("# Platforms")
        var platforms: [(id: String, name: String, share: Double)] = [
            ("yammer", "Yammer", 0.85), ("intranet", "Intranet", 0.25), ("teams", "Microsoft Teams", 0.3),
        ]
        if !workbook {
            platforms.append(("khub", "Knowledge Hub", 0.05))
            if groups >= 300 { platforms.append(("slack", "Slack", 0.02)) }
        }
        for p in platforms { out.line("platform \(p.id) \"\(p.name)\"") }

        var people: [[String]] = Array(repeating: [], count: agencies)
        if !workbook {
            out.line("")
            out.line("# Sponsors and members in each agency")
            for (k, body) in bodies.enumerated() {
                let short = k == 0 ? "department" : body.name
                out.line("person \(body.id)-sponsor \"Senior sponsor (\(short))\" [in: \(body.id), role: sponsor]")
                out.line("person \(body.id)-members \"Staff (\(short))\" [in: \(body.id), role: members]")
                people[k] = ["\(body.id)-sponsor", "\(body.id)-members"]
                if sizes[k] >= 20 {
                    out.line("person \(body.id)-champions \"Network champions (\(short))\" [in: \(body.id), role: champions]")
                    people[k].append("\(body.id)-champions")
                }
            }
        }

        // Groups: each agency's, with now and then a near-duplicate of one before it.
        struct Group { var id: String; var agency: Int; var topic: Int }
        var all: [Group] = []
        out.line("")
        out.line("# Groups")
        for (k, body) in bodies.enumerated() {
            var written: [(topic: Int, label: String)] = []
            var parents: [String] = []
            for g in 0..<sizes[k] {
                let id = "\(body.id)-g\(g + 1)"
                var topic = roll(Self.topics.count + Self.networks.count)
                var label: String
                if let earlier = written.last, g > 2, chance(0.05) {
                    // A second group on the same topic, spelt another way.
                    topic = earlier.topic
                    label = Self.respelt(earlier.label, pick: roll(8))
                } else if topic >= Self.topics.count {
                    label = Self.networks[topic - Self.topics.count]
                    if written.contains(where: { $0.label == label }) { label += " \(["North", "South", "East", "West", "Wales", "Midlands"][roll(6)])" }
                } else {
                    label = "\(Self.topics[topic]) \(Self.suffixes[roll(Self.suffixes.count)])"
                }
                var attributes = ["in: \(parents.isEmpty || !chance(0.25) ? body.id : parents[roll(parents.count)])"]
                if !workbook {
                    attributes.append("sponsor: \"\(["Director", "Deputy Director", "Chief Scientist", "Head of profession", "unknown"][roll(5)])\"")
                    attributes.append("funded: \(["yes", "no", "partly", "unknown"][roll(4)])")
                    attributes.append("leads: \"\(["Two volunteers", "A team leader", "The profession lead", "unknown"][roll(4)])\"")
                }
                out.line("community \(id) \"\(label)\" [\(attributes.joined(separator: ", "))]")
                // Larger agencies hold a few networks that have networks of their own (regional chapters).
                if !workbook, sizes[k] >= 15, parents.count < sizes[k] / 15, topic >= Self.topics.count { parents.append(id) }
                written.append((topic, label))
                all.append(Group(id: id, agency: k, topic: topic))
            }
        }

        out.line("")
        out.line("# Links")
        if workbook {
            // One link a group, into a platform: most into Yammer.
            for group in all {
                let r = roll(100)
                let platform = r < 85 ? "yammer" : r < 93 ? "teams" : "intranet"
                out.line("\(group.id) -> \(platform) : uses")
            }
            out.flush()
            return
        }
        for (k, body) in bodies.enumerated() where k > 0 { out.line("\(bodies[0].id) -> \(body.id) : funds") }
        out.line("\(bodies[0].id) -> yammer : uses")
        for group in all {
            for p in platforms where chance(p.share) { out.line("\(group.id) -> \(p.id) : uses") }
        }
        for k in 0..<agencies {
            let own = all.filter { $0.agency == k }
            // The sponsor funds a few groups; the staff take part in some.
            for group in own.prefix(max(1, min(4, own.count / 5))) { out.line("\(people[k][0]) -> \(group.id) : funds \"sponsorship\"") }
            for group in own where chance(0.2) { out.line("\(people[k][1]) <-> \(group.id) : participates") }
            if people[k].count > 2 { for group in own where chance(0.3) { out.line("\(people[k][2]) -> \(group.id) : informs") } }
        }
        // A few partnerships across agencies, between groups on the same topic when there is one.
        var byTopic: [Int: [Int]] = [:]
        for (i, group) in all.enumerated() { byTopic[group.topic, default: []].append(i) }
        var seen = Set<String>()
        for (i, group) in all.enumerated() where chance(0.03) {
            let same = (byTopic[group.topic] ?? []).filter { all[$0].agency != group.agency }
            let j = same.isEmpty ? roll(all.count) : same[roll(same.count)]
            guard all[j].agency != group.agency, seen.insert("\(min(i, j))-\(max(i, j))").inserted else { continue }
            out.line("\(group.id) <-> \(all[j].id) : partners [via: yammer]")
        }
        out.flush()
    }

    /// The same group named another way: a shorter spelling, another case, no apostrophe.
    static func respelt(_ label: String, pick: Int) -> String {
        for (long, short) in variants where label.hasSuffix(long) {
            return pick % 2 == 0 ? String(label.dropLast(long.count)) + short : label.lowercased()
        }
        if label.contains("'") { return label.replacingOccurrences(of: "'", with: "") }
        return pick % 2 == 0 ? label.lowercased() : label + " (new)"
    }
}
