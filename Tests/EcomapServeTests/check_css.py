#!/usr/bin/env python3
"""Parses a style sheet with tinycss2 (a CSS Syntax Level 3 parser) and
prints every parse error, with its line and column: the preview's CSS is
checked as code. Exit status 1 when there is one."""
import sys

import tinycss2


def errors(rules, where):
    found = []
    for rule in rules:
        if rule.type == "error":
            found.append(f"{where}:{rule.source_line}:{rule.source_column}: {rule.message}")
        elif rule.type == "qualified-rule":
            found += errors(tinycss2.parse_declaration_list(rule.content, skip_whitespace=True, skip_comments=True), where)
            if not tinycss2.serialize(rule.prelude).strip():
                found.append(f"{where}:{rule.source_line}:{rule.source_column}: a rule with no selector")
            # CSS reads a stray brace as part of the next selector, and drops that rule.
            for token in rule.prelude:
                if token.type == "error":
                    found.append(f"{where}:{token.source_line}:{token.source_column}: {token.message}")
        elif rule.type == "at-rule" and rule.content is not None:
            found += errors(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True), where)
        elif rule.type == "declaration" and not tinycss2.serialize(rule.value).strip():
            found.append(f"{where}:{rule.source_line}:{rule.source_column}: '{rule.name}' has no value")
    return found


path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    sheet = tinycss2.parse_stylesheet(f.read(), skip_whitespace=True, skip_comments=True)
problems = errors(sheet, path)
print("\n".join(problems))
sys.exit(1 if problems else 0)
