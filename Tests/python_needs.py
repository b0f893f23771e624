#!/usr/bin/env python3
"""The Python modules the tests import that this python3 lacks or has too old.

    python3 Tests/python_needs.py "networkx>=3.6 igraph openpyxl"

Prints each requirement (as pip takes it) whose module is missing, or older
than the version named, on a line of its own; nothing when all are there.
make test-setup installs what it prints. The standard library only.
"""
import importlib
import importlib.metadata
import re
import sys


def numbers(version):
    return tuple(int(n) for n in re.findall(r"\d+", version)[:3])


for need in " ".join(sys.argv[1:]).split():
    name, _, least = need.partition(">=")
    try:
        importlib.import_module(name)
        have = importlib.metadata.version(name)
    except Exception:
        print(need)
        continue
    if least and numbers(have) < numbers(least):
        print(need)
