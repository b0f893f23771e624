#!/usr/bin/env python3
"""Writes agency-groups.xlsx: a community grower's own workbook, the way such
lists are kept in Excel, for the README's audit walk-through.

    python3 Examples/Import/make_agency_groups.py

A merged title row and a note above the headers (row 4), their own column
names, free-text funding ("Yes - £5k"), owners for some groups and links for
a few, a totals row, and a second sheet of notes. Six pairs of groups are the
same group written twice, as real lists have them; some others only look
alike ("Data Science CoP" and "Data Engineering CoP").
"""
import os
import openpyxl
from openpyxl.styles import Font

GROUPS = [
    # Group name, Agency, Funded?, Owner / lead, Link, Senior sponsor, Description
    ("Data Science CoP", "Environment Agency", "Yes - £5k", "Priya Shah", "https://example.org/ea-data", "Chief Data Officer", "Practitioners of data science and statistics"),
    ("Data Science Community of Practice", "Environment Agency", "", "", "", "Chief Data Officer", ""),
    ("Data Engineering CoP", "Environment Agency", "No", "Tom Evans", "", "", "Pipelines, platforms and data quality"),
    ("DDaT", "Defra", "Yes - central L&D budget", "Head of DDaT profession", "https://example.org/ddat", "Chief Digital Officer", "The digital, data and technology profession"),
    ("Digital, Data and Technology Profession", "Defra", "Yes", "", "", "Chief Digital Officer", ""),
    ("User Research CoP", "Defra", "No", "Siân Jones", "", "", "User researchers across the group"),
    ("User Research Community", "Rural Payments Agency", "", "", "", "", ""),
    ("Power BI Community", "Natural England", "Yes - £2k", "Ravi Patel", "", "Director of Analysis", "Help with Power BI reports"),
    ("PowerBI users", "Natural England", "", "", "", "", ""),
    ("Agile CoP", "Defra", "No", "", "", "", "Agile ways of working"),
    ("Agile Delivery CoP", "Rural Payments Agency", "Yes - £1k", "Delivery lead", "", "Director of Delivery", ""),
    ("Line Managers Network", "Environment Agency", "", "HR business partner", "", "HR Director", "Support for line managers"),
    ("Line Manager Community", "Environment Agency", "", "", "", "", ""),
    ("Women in Science", "Cefas", "Yes - £500", "Network chair", "", "Chief Scientist", "Women working in science"),
    ("Women in Engineering", "Environment Agency", "", "", "", "", "Women working in engineering"),
    ("Flood Risk Forum", "Environment Agency", "Yes", "Flood lead", "https://example.org/flood", "Director of Flood Risk", "Flood risk practitioners"),
    ("Soil Health Network", "Natural England", "No", "", "", "", ""),
    ("Marine Planning Group", "Marine Management Organisation", "Unknown", "Planning lead", "", "", "Marine planners"),
    ("Fisheries Science Forum", "Cefas", "", "", "", "Chief Scientist", ""),
    ("Animal Welfare Profession", "Animal and Plant Health Agency", "Yes - profession budget", "Head of profession", "", "Chief Vet", "Vets and animal welfare specialists"),
    ("Plant Health Network", "Animal and Plant Health Agency", "", "", "", "", ""),
    ("Policy Profession", "Defra", "Yes", "Head of Policy Profession", "https://example.org/policy", "Director General", "Policy makers across the group"),
    ("Project Delivery Profession", "Defra", "", "", "", "", ""),
    ("Commercial Network", "Rural Payments Agency", "No", "", "", "", ""),
    ("Race Equality Network", "Defra", "Yes - staff networks fund", "Network co-chairs", "", "Permanent Secretary", "Race equality across the group"),
    ("Carers Network", "Environment Agency", "", "", "", "", ""),
    ("Young Professionals Network", "Natural England", "No", "Committee", "", "", ""),
    ("Armed Forces Network", "Defra", "", "", "", "", ""),
    ("Knowledge and Information Management Yammer group", "Environment Agency", "", "", "", "", ""),
    ("Net Zero Working Group", "Natural England", "", "", "", "Director of Climate", ""),
]


def main():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Groups 2026"
    sheet["A1"] = "Community audit: Environment and Rural Affairs group, autumn 2026"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:G1")
    sheet["A2"] = "Kept by the community team. Please tell us about changes."
    headers = ["Group name", "Agency", "Funded?", "Owner / lead", "Link", "Senior sponsor", "Description"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=4, column=column, value=header).font = Font(bold=True)
    for row, group in enumerate(GROUPS, start=5):
        for column, value in enumerate(group, start=1):
            if value:
                sheet.cell(row=row, column=column, value=value)
    total = 5 + len(GROUPS) + 1
    sheet.cell(row=total, column=1, value="Total")
    sheet.cell(row=total, column=2, value=len(GROUPS))
    notes = book.create_sheet("Notes")
    notes["A1"] = "Groups with no owner are followed up by the community team each quarter."
    book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "agency-groups.xlsx"))


if __name__ == "__main__":
    main()
