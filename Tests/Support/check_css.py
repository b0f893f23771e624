#!/usr/bin/env python3
"""Reads CSS files as a browser would (tinycss2) and fails on what a browser would silently drop.

    python3 Tests/Support/check_css.py FILE.css...

CSS never stops at an error: a browser skips what it can't read and goes on,
so a typo shows only as a style that is missing on the page. This script
reports, with the file, line and column:

- a parse error (a rule without its block, a declaration without a colon,
  a stray closing bracket);
- a block, string or comment left open: the file must read back exactly as
  written, and an unclosed one reads back closed;
- a colon inside a declaration's value, where a semicolon is missing
  (`color: red background: blue`);
- a declaration with no value (`color: ;`), a rule with no selector.

Exit status 0 when every file reads cleanly, 1 when any does not.
`make test-setup` installs tinycss2 (PyPI); ReportAssetsCLITests (the report's
style) and AssetCLITests (the live preview's) run this.
"""
import sys

import tinycss2


def problems(css):
    """(line, column, message) for each problem in the text of one file."""
    found = []
    tokens = tinycss2.parse_component_value_list(css)
    if tinycss2.serialize(tokens) != css:
        written = tinycss2.serialize(tokens)
        at = next((i for i, (a, b) in enumerate(zip(css, written)) if a != b), min(len(css), len(written)))
        line = css.count("\n", 0, at) + 1
        found.append((line, at - css.rfind("\n", 0, at), "a block, string or comment is not closed (it reads back differently from here)"))
    for node in walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)):
        if node.type == "error":
            found.append((node.source_line, node.source_column, node.message))
        elif node.type == "qualified-rule" and not tinycss2.serialize(node.prelude).strip():
            found.append((node.source_line, node.source_column, "a rule with no selector"))
        elif node.type == "declaration":
            if not tinycss2.serialize(node.value).strip():
                found.append((node.source_line, node.source_column, f"'{node.name}' has no value"))
            for token in node.value:
                if token.type == "literal" and token.value == ":":
                    found.append((token.source_line, token.source_column,
                                  f"a colon in the value of '{node.name}': is a semicolon missing?"))
    return sorted(set(found))


def walk(nodes):
    """Every rule, declaration and error, inside blocks and at-rules (@media, @page) too."""
    for node in nodes:
        yield node
        if node.type in ("qualified-rule", "at-rule") and node.content is not None:
            yield from walk(contents(node))
        if hasattr(node, "prelude"):
            yield from (t for t in node.prelude if t.type == "error")


def contents(rule):
    """What a rule's block holds: declarations, rules, or (with CSS nesting) both."""
    options = dict(skip_comments=True, skip_whitespace=True)
    if hasattr(tinycss2, "parse_blocks_contents"):  # tinycss2 1.3 and later
        return tinycss2.parse_blocks_contents(rule.content, **options)
    if rule.type == "qualified-rule" or rule.lower_at_keyword in ("page", "font-face"):
        return tinycss2.parse_declaration_list(rule.content, **options)
    return tinycss2.parse_rule_list(rule.content, **options)


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line, column, message in problems(f.read()):
                print(f"{path}:{line}:{column}: {message}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
