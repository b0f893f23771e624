#!/bin/sh
# Makes the two workbooks LibreOffice writes from the CSV files beside this
# script, for ImportTests: an .xlsx made by another program than ecomap or
# openpyxl. Kept in git so the tests need no LibreOffice; run this again
# (apt-get install libreoffice-calc-nogui) to remake them.
set -e
cd "$(dirname "$0")"
for name in libreoffice-elements libreoffice-connections; do
    soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx "$name.csv" --outdir . >/dev/null
done
