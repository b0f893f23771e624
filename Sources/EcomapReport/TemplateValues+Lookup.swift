import Mustache

// Mustache reads a value's fields by reflection (Mirror) unless the value
// names them itself (`MustacheParent`). Reflection cost 2.6 times as much
// on a report's tables (208,000 against 78,000 instructions a cell, measured
// with callgrind), so the values a report holds once per node, link or
// finding name their fields here; the sections, one of each, are read by
// reflection. A name missing here shows as nothing: TemplateTests renders
// each of these and compares the HTML whole.

extension Said: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "first": first
        case "also": also
        default: nil
        }
    }
}

extension Translation: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "text": text
        default: nil
        }
    }
}

extension Paragraph: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "classes": classes
        case "lang": lang
        case "text": text
        default: nil
        }
    }
}

extension Table: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "classes": classes
        case "head": head
        case "rows": rows
        default: nil
        }
    }
}

extension Row: MustacheParent {
    func child(named name: String) -> Any? { name == "cells" ? cells : nil }
}

extension Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "classes": classes
        case "said": said
        default: nil
        }
    }
}

extension FindingGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "why": why
        case "items": items
        default: nil
        }
    }
}

extension FindingItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "action": action
        default: nil
        }
    }
}

extension NodeRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "kind": kind
        case "degree": degree
        case "twoWay": twoWay
        case "betweenness": betweenness
        case "closeness": closeness
        case "broker": broker
        default: nil
        }
    }
}

extension DirectoryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "kind": kind
        case "fields": fields
        default: nil
        }
    }
}

extension DirectoryField: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "missing": missing
        default: nil
        }
    }
}
