#!/usr/bin/env python3
"""Writes the workbooks the import tests read, with openpyxl (another
program than ecomap, as a user's spreadsheet would be), into the folder given.

    make_workbooks.py OUT_DIR

kumu.xlsx      a Kumu-style workbook: Elements, Connections, and a sheet marked (ignore)
defra.xlsx     the Defra landscape as a spreadsheet of communities with sponsor, funding and
               leads columns, dates, numbers and booleans, and duplicates and gaps planted in it
bad-*.xlsx     one problem each, for the diagnostics' golden files (bad-wide.xlsx: over 20 million cells)
bomb.xlsx      a zip bomb: a part that inflates a thousand times
bomb-forged.xlsx  a zip bomb that hides: a 1.5 MB part that says it holds 7 MB and inflates to 1.5 GB
zip-*.xlsx     zips no workbook writer makes: two parts of one name, ZIP64, an encrypted part
Exits 3 when openpyxl is missing, so the tests fail with a clear reason.
"""
import datetime
import os
import struct
import sys
import warnings
import zipfile
import zlib

try:
    import openpyxl
except ImportError:
    print("missing Python module: openpyxl; run `python3 -m pip install openpyxl`", file=sys.stderr)
    sys.exit(3)

OUT = sys.argv[1]


def book(name, sheets, merge=None, fixed=True):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        if merge and title == merge[0]:
            ws.merge_cells(merge[1])
    wb.save(os.path.join(OUT, name))


ELEMENTS = [
    ["Label", "Type", "Description", "Tags", "Label (cy)"],
    ["Social Care Wales", "Organisation", "The regulator", "host|bilingual", "Gofal Cymdeithasol Cymru"],
    ["Yammer", "Platform", None, None, None],
    ["Social workers", "Person", "Practitioners\nacross Wales", "practice", None],
    ["Youth Forum", "Community", "Young people's forum", None, "Fforwm Ieuenctid"],
]
CONNECTIONS = [
    ["From", "To", "Type", "Direction", "Label", "Strength"],
    ["Social Care Wales", "Social workers|Youth Forum", "informs", "directed", "newsletter", "weak"],
    ["Social workers", "Yammer", "uses", None, None, None],
    ["Social workers", "Youth Forum", "participates", "mutual", None, None],
    ["Social Care Wales", "Yammer", "Hosts", "undirected", None, None],
]
book("kumu.xlsx", [("Elements", ELEMENTS), ("Connections", CONNECTIONS),
                   ("Notes (ignore)", [["Anything at all"], ["=SUM(1,2)"]])])

# The Defra landscape: 2019's community audit as a spreadsheet.
D = datetime.datetime
communities = [
    ["Label", "Type", "Description", "Senior sponsor", "Funded", "Funding source", "Leads", "Contacts",
     "Website", "Label (cy)", "Last reviewed", "Members"],
    ["Defra", "Organisation", "Department for Environment, Food and Rural Affairs", None, None, None, None, None,
     "https://www.gov.uk/defra", None, None, None],
    ["Yammer", "Platform", "Internal social media for 27,000 people", None, None, None, None, None,
     "https://www.yammer.com", None, None, None],
    ["Equality, Diversity and Inclusion Network", "Staff network", "Staff network for equality and inclusion",
     "Director of HR", True, "HR budget", "Two co-chairs", None, "https://intranet.example/edi", None,
     D(2019, 10, 1), 420],
    ["ED&I network", "Yammer group", None, None, None, None, None, None, None, None, None, 35],
    ["Race network", "Staff network", "Race equality network", "Chief Operating Officer", "Partly", "Donations",
     "Network chair", "race@example.gov.uk", None, None, D(2019, 9, 12), 180],
    ["Race Network", "Yammer group", None, None, None, None, None, None, None, None, None, 12],
    ["Welsh Language Network", "Staff network", "For Welsh speakers and learners", "Wales director", False, None,
     None, "cymraeg@example.gov.uk", None, "Rhwydwaith yr Iaith Gymraeg", None, 40],
    ["Rhwydwaith yr Iaith Gymraeg", "Yammer group", None, None, None, None, None, None, None, None, None, 9],
    ["Data Science Community", "Community of practice", "Data scientists across the group", "Chief Data Officer",
     True, "DDTS", "Lead data scientist", None, "https://intranet.example/data", None, D(2019, 11, 4, 15, 40), 95],
    ["Data Sceince Community", "Yammer group", None, None, None, None, None, None, None, None, None, 3],
    ["Agile practitioners", "Community of practice", "Agile ways of working", None, None, None, "Agile coach", None,
     None, None, None, 30],
    ["Agile delivery community", "Yammer group", "Delivery teams", None, None, None, None, None, None, None, None, 28],
    ["Policy Profession", "Profession", "Policy makers", "Head of Policy Profession", True, "Profession budget",
     "Profession lead", "policy@example.gov.uk", "https://intranet.example/policy", None, None, 600],
    ["Ana", "Person", "Agile coach", None, None, None, None, None, None, None, None, None],
    ["Ben", "Person", "Delivery manager", None, None, None, None, None, None, None, None, None],
    ["Cai", "Person", "Product owner", None, None, None, None, None, None, None, None, None],
]
members = [["From", "To", "Type"]]
for person in ["Ana", "Ben", "Cai"]:
    members.append([person, "Agile practitioners|Agile delivery community", "participates"])
for group in [r[0] for r in communities[3:14]]:
    members.append(["Defra", group, "hosts"])
    members.append([group, "Yammer", "uses"])
book("defra.xlsx", [("Communities", communities), ("Connections", members),
                    ("Summary (ignore)", [["Communities", "=COUNTA(Communities!A:A)-1"]])])

# One problem each.
book("bad-formula.xlsx", [("Elements", [["Label", "Type", "Members"], ["Youth Forum", "community", "=2+3"]])])
book("bad-merged.xlsx", [("Elements", [["Label", "Type"], ["Youth Forum", "community"], [None, "community"]])],
     merge=("Elements", "A2:A3"))
book("bad-header.xlsx", [("People", [["Name", "Type"], ["Ana", "person"]])])
book("bad-empty.xlsx", [("Elements", ELEMENTS), ("Connections", CONNECTIONS), ("Sheet2", [])])
book("bad-unknown.xlsx", [
    ("Elements", [["Label", "Type"], ["Youth Forum", "community"], ["Social Care Wales", "organisation"],
                  ["Yammer", "platform"]]),
    ("Connections", [["From", "To"], ["Social Care Wales", "Youth Forum"], ["Social Care Wales", "Yammer"],
                     ["Youth Forum", "Yammer"], ["Yammer", "Social Care Wales"], ["Yammer", "Youth Forum"],
                     ["Social Care Wales", "Youth forum"]]),
])
book("bad-types.xlsx", [("Elements", [["Label", "Type"], ["Race network", "Staff network"], ["EDI", "Staff network"],
                                      ["Policy", "Profession"], ["Defra", "Agency"]])])
book("bad-duplicates.xlsx", [("Elements", [["Label", "Type"], ["Youth Forum", "community"], ["Youth Forum", "group"]])])

# Rows that each reach Excel's last column (XFD): tiny as XML, more than 20 million cells as a table.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Elements"
ws.append(["Label", "Type"])
for r in range(2, 1300):
    ws.cell(row=r, column=1, value=f"E{r}")
    ws.cell(row=r, column=16384, value="x")
wb.save(os.path.join(OUT, "bad-wide.xlsx"))

# A zip bomb: a 64 MB part of spaces that deflates to about 64 KB.
with zipfile.ZipFile(os.path.join(OUT, "bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", b"<workbook>" + b" " * (64 << 20) + b"</workbook>")

# A zip with a damaged workbook part, and an OpenDocument spreadsheet.
with zipfile.ZipFile(os.path.join(OUT, "bad-broken.xlsx"), "w") as z:
    z.writestr("xl/workbook.xml", "<workbook><sheets><sheet name=")
with zipfile.ZipFile(os.path.join(OUT, "bad-ods.xlsx"), "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", "<office:document-content/>")


def raw_zip(path, entries, zip64=False):
    """A zip written byte by byte, so that it can say what zipfile won't:
    entries are (name, data as stored, method, crc, uncompressed size, flags).
    With zip64, the end record leaves its counts and offset to a ZIP64 record."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size, flags in entries:
        name = name.encode()
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, method, 0, 0x21, crc, len(data), size,
                           len(name), 0) + name + data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags, method, 0, 0x21, crc, len(data), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    start = len(out)
    out += central
    if zip64:
        out += struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, len(entries), len(entries), len(central), start)
        out += struct.pack("<4sLQL", b"PK\x06\x07", 0, start + len(central), 1)
        out += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), start, 0)
    with open(os.path.join(OUT, path), "wb") as f:
        f.write(out)


def stored(name, data, flags=0):
    return (name, data, 0, zlib.crc32(data), len(data), flags)


def deflated_spaces(megabytes):
    """<workbook>, `megabytes` MB of spaces, </workbook> as raw deflate, made
    in moments: each MB ends with a full flush, which makes every MB's
    compressed bytes the same, so one is made and repeated."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(b"<workbook>") + c.flush(zlib.Z_FULL_FLUSH)
    one = c.compress(b" " * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    assert c.compress(b" " * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH) == one
    return head + one * megabytes + c.compress(b"</workbook>") + c.flush()


CONTENT = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

# A zip bomb that hides: its one part says it holds 7 MB (under every limit
# on declared sizes) and inflates to 1.5 GB; 1.5 MB on disk.
bomb = deflated_spaces(1500)
raw_zip("bomb-forged.xlsx", [stored("[Content_Types].xml", CONTENT), ("xl/workbook.xml", bomb, 8, 0, 7 << 20, 0)])

# kumu.xlsx with a second, different copy of its first sheet after the
# first: a reader that takes the first copy and one that takes the last
# see different maps.
with open(os.path.join(OUT, "kumu.xlsx"), "rb") as f:
    kumu = f.read()
with open(os.path.join(OUT, "zip-duplicate-part.xlsx"), "wb") as f:
    f.write(kumu)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it is asked to write
    with zipfile.ZipFile(os.path.join(OUT, "zip-duplicate-part.xlsx"), "a") as z:
        z.writestr("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheetData/></worksheet>')

WORKBOOK = (b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')
# A ZIP64 end record, as a writer that always writes one would.
raw_zip("zip-zip64.xlsx", [stored("[Content_Types].xml", CONTENT), stored("xl/workbook.xml", WORKBOOK)], zip64=True)
# An encrypted workbook part (bit 0 of its flags).
raw_zip("zip-encrypted.xlsx", [stored("[Content_Types].xml", CONTENT), stored("xl/workbook.xml", WORKBOOK, flags=1)])

# A cell whose text (25,000 three-byte characters, under Excel's 32,767)
# makes a line of a map longer than the language's 65,536 bytes.
book("bad-long-cell.xlsx", [
    ("Elements", [["Label", "Type", "Description"], ["Youth Forum", "community", "A forum"],
                  ["Social Care Wales", "organisation", "\u20ac" * 25000]]),
    ("Connections", [["From", "To"], ["Social Care Wales", "Youth Forum"]]),
])
