#!/usr/bin/env bash
# Renders the pictures of docs/report/: the sample plan after `plan-tracker report`, as LibreOffice prints it.
#   ke-hoach.png        the staff's plan sheet with plan-tracker's columns and legend (the whole sheet on one page)
#   tong-hop.png        the "Tổng hợp" sheet (whole sheet on one page)
#   lo-trinh.png        the "Lộ trình" sheet (whole sheet on one page)
#   bao-cao-thang-N.png the monthly report "BC T11-2026", page N of its A4 landscape print
#   ke-hoach-in-1.png   the plan sheet printed through the In_ke_hoach print view (first page)
# Needs soffice (LibreOffice), pdftoppm (poppler-utils) and, to keep each picture small, pngquant; fonts metric-compatible with Excel's make the layout match
# what Excel shows: Liberation Serif for Times New Roman, Carlito for Calibri (Debian: fonts-liberation,
# fonts-crosextra-carlito).
# Usage: scripts/render-report-pictures.sh [SAMPLE.xlsx] [OUT_DIR]
set -euo pipefail

cd "$(dirname "$0")/.."
sample="${1:-assets/sample/ke-hoach-mau.xlsx}"
out="${2:-docs/report}"
dpi=110

for tool in soffice pdftoppm node; do
  command -v "$tool" >/dev/null || { echo "render-report-pictures: $tool not found" >&2; exit 1; }
done
fc-list : family 2>/dev/null | grep -i carlito >/dev/null || echo "render-report-pictures: Carlito font missing; column widths will differ from Excel's" >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

npm run --silent build:cli
node bin/plan-tracker.js report "$sample" --date 2026-11-30 --due-soon-days 45 --out "$work/report.xlsx" >/dev/null

# A copy of the workbook with every sheet hidden except the one named, so a PDF holds that sheet's pages only.
only_sheet() {
  node -e '
    const fs = require("node:fs");
    const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
    const [from, to, keep] = process.argv.slice(1);
    const files = unzipSync(fs.readFileSync(from));
    let xml = strFromU8(files["xl/workbook.xml"]);
    let index = -1, i = 0;
    xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
      const name = /name="([^"]*)"/.exec(tag)[1];
      const clean = tag.replace(/\sstate="[^"]*"/, "");
      if (name === keep) { index = i++; return clean; }
      i++;
      return clean.replace(/\/>$/, " state=\"hidden\"/>");
    });
    if (index < 0) { console.error(`no sheet ${keep}`); process.exit(1); }
    // LibreOffice prints a hidden sheet that has a print area: drop the print areas and titles of the others.
    xml = xml.replace(/<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (m, id) =>
      Number(id) !== index && /name="_xlnm\.Print_(Area|Titles)"/.test(m) ? "" : m);
    // The shown sheet must be the active one: LibreOffice unhides an active hidden sheet.
    xml = /<workbookView\b/.test(xml)
      ? xml.replace(/<workbookView\b([^>]*?)\s*(\/?)>/, (m, attrs, close) =>
          `<workbookView${attrs.replace(/\s(activeTab|firstSheet)="\d+"/g, "")} activeTab="${index}" firstSheet="${index}"${close}>`)
      : xml.replace("<sheets>", `<bookViews><workbookView activeTab="${index}" firstSheet="${index}"/></bookViews><sheets>`);
    files["xl/workbook.xml"] = strToU8(xml);
    fs.writeFileSync(to, zipSync(files));
  ' "$@"
}

# 1-based position of the named sheet among the tabs.
sheet_position() {
  node -e '
    const fs = require("node:fs");
    const { unzipSync, strFromU8 } = require("fflate");
    const [from, name] = process.argv.slice(1);
    const xml = strFromU8(unzipSync(fs.readFileSync(from))["xl/workbook.xml"]);
    const names = [...xml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]);
    const i = names.indexOf(name);
    if (i < 0) { console.error(`no sheet ${name}`); process.exit(1); }
    console.log(i + 1);
  ' "$@"
}

to_pdf() { # FILE.xlsx [FILTER] → FILE.pdf beside it
  (cd "$(dirname "$1")" && soffice --headless --convert-to "pdf${2:+:$2}" "$(basename "$1")" >/dev/null 2>&1)
}

# The screen-like sheets: each whole sheet on one page, whatever its print setup. That export prints every sheet,
# hidden or not, one page each in tab order, so a sheet's page is its position.
single='calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
to_pdf "$work/report.xlsx" "$single"
for pair in "Kế hoạch:ke-hoach" "Tổng hợp:tong-hop" "Lộ trình:lo-trinh"; do
  sheet="${pair%%:*}"
  name="${pair##*:}"
  page="$(sheet_position "$work/report.xlsx" "$sheet")"
  pdftoppm -r "$dpi" -png -singlefile -f "$page" -l "$page" "$work/report.pdf" "$out/$name"
done

# The monthly report as printed: A4 landscape pages.
only_sheet "$work/report.xlsx" "$work/bao-cao.xlsx" "BC T11-2026"
to_pdf "$work/bao-cao.xlsx"
rm -f "$out"/bao-cao-thang-*.png
pdftoppm -r "$dpi" -png "$work/bao-cao.pdf" "$work/page"
n=0
for page in "$work"/page-*.png; do
  n=$((n + 1))
  mv "$page" "$out/bao-cao-thang-$n.png"
done

# The plan sheet printed through the print view plan-tracker offers (the name In_ke_hoach set as the print area, as
# staff would do it): the staff's table as it printed before the added columns, at a readable size.
only_sheet "$work/report.xlsx" "$work/ke-hoach-in.xlsx" "Kế hoạch"
node -e '
  const fs = require("node:fs");
  const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
  const file = process.argv[1];
  const files = unzipSync(fs.readFileSync(file));
  let xml = strFromU8(files["xl/workbook.xml"]);
  const view = /<definedName\b[^>]*\bname="In_ke_hoach"[^>]*>([^<]*)<\/definedName>/.exec(xml);
  if (!view) { console.error("no In_ke_hoach name"); process.exit(1); }
  const names = [...xml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]);
  const id = names.indexOf("Kế hoạch");
  xml = xml.replace(/<definedName\b[^>]*>[^<]*<\/definedName>/g, (m) =>
    /name="_xlnm\.Print_Area"/.test(m) && m.includes(`localSheetId="${id}"`) ? "" : m);
  xml = xml.replace("</definedNames>", `<definedName name="_xlnm.Print_Area" localSheetId="${id}">${view[1]}</definedName></definedNames>`);
  files["xl/workbook.xml"] = strToU8(xml);
  fs.writeFileSync(file, zipSync(files));
' "$work/ke-hoach-in.xlsx"
to_pdf "$work/ke-hoach-in.xlsx"
rm -f "$out"/ke-hoach-in-*.png
pdftoppm -r "$dpi" -png -f 1 -l 1 "$work/ke-hoach-in.pdf" "$work/plan-page"
mv "$work"/plan-page-*1.png "$out/ke-hoach-in-1.png"

# Fewer colours, same look: the whole-sheet pictures drop from about 550 KB to under 250 KB (Debian: pngquant).
if command -v pngquant >/dev/null; then
  for png in "$out"/ke-hoach.png "$out"/ke-hoach-in-1.png "$out"/tong-hop.png "$out"/lo-trinh.png "$out"/bao-cao-thang-*.png; do
    pngquant --quality 70-95 --speed 1 --strip --force --output "$png" "$png"
  done
else
  echo "render-report-pictures: pngquant not found; pictures left uncompressed" >&2
fi

ls -l "$out"/*.png
