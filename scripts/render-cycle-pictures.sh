#!/usr/bin/env bash
# Renders the pictures of docs/cycle/: the three-month scenario of test/cli/cycle.scenario.test.ts as LibreOffice
# prints it.
#   phieu-so-tai-chinh.png        the form sent to Sở Tài chính for November (blank, as sent)
#   phieu-so-gddt-gui-lai.png     Sở GDĐT's form as it came back (filled, rows sorted, re-saved by LibreOffice)
#   xem-truoc.txt                 what `collect` printed before writing (the preview and the conflict)
#   bao-cao-T11-N.png             the November report after collect, page N
#   tong-hop-T12.png              "Tổng hợp" in December: the trend table and chart with three periods
# Needs soffice and pdftoppm, like scripts/render-report-pictures.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/cycle}"
dpi=100
for tool in soffice pdftoppm node; do
  command -v "$tool" >/dev/null || { echo "render-cycle-pictures: $tool not found" >&2; exit 1; }
done
npx jest test/cli/cycle.scenario >/dev/null
src=test-output/cycle
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Keeps one sheet visible and active (the others hidden, their print areas dropped), so a PDF holds its pages only.
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
    xml = xml.replace(/<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (m, id) =>
      Number(id) !== index && /name="_xlnm\.Print_(Area|Titles)"/.test(m) ? "" : m);
    xml = /<workbookView\b/.test(xml)
      ? xml.replace(/<workbookView\b([^>]*?)\s*(\/?)>/, (m, attrs, close) =>
          `<workbookView${attrs.replace(/\s(activeTab|firstSheet)="\d+"/g, "")} activeTab="${index}" firstSheet="${index}"${close}>`)
      : xml.replace("<sheets>", `<bookViews><workbookView activeTab="${index}" firstSheet="${index}"/></bookViews><sheets>`);
    files["xl/workbook.xml"] = strToU8(xml);
    fs.writeFileSync(to, zipSync(files));
  ' "$@"
}
to_pdf() { (cd "$(dirname "$1")" && soffice --headless --convert-to "pdf${2:+:$2}" "$(basename "$1")" >/dev/null 2>&1); }
single='calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'

# 1-based position of the named sheet among the tabs: the one-page-per-sheet export prints every sheet, hidden or
# not, in tab order.
sheet_position() {
  node -e '
    const fs = require("node:fs");
    const { unzipSync, strFromU8 } = require("fflate");
    const [from, name] = process.argv.slice(1);
    const xml = strFromU8(unzipSync(fs.readFileSync(from))["xl/workbook.xml"]);
    const names = [...xml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]);
    console.log(names.indexOf(name) + 1);
  ' "$@"
}
page1() { # XLSX SHEET PNG-NAME: the sheet on one page
  cp "$1" "$work/$3.xlsx"
  to_pdf "$work/$3.xlsx" "$single"
  local page
  page="$(sheet_position "$1" "$2")"
  pdftoppm -r "$dpi" -png -singlefile -f "$page" -l "$page" "$work/$3.pdf" "$out/$3"
}
page1 "$src/2-phieu/so-tai-chinh.T11-2026.xlsx" "Phiếu báo cáo" phieu-so-tai-chinh
back="$src/3-phieu-gui-lai/libreoffice/so-giao-duc-va-dao-tao.T11-2026.xlsx"
[ -f "$back" ] || back="$src/3-phieu-gui-lai/so-giao-duc-va-dao-tao.T11-2026.xlsx"
page1 "$back" "Phiếu báo cáo" phieu-so-gddt-gui-lai
page1 "$src/5-bao-cao-T12.xlsx" "Tổng hợp" tong-hop-T12
cp "$src/4-xem-truoc.txt" "$out/xem-truoc.txt"

only_sheet "$src/4-tong-hop-T11.xlsx" "$work/bc.xlsx" "BC T11-2026"
to_pdf "$work/bc.xlsx"
rm -f "$out"/bao-cao-T11-*.png
pdftoppm -r "$dpi" -png "$work/bc.pdf" "$work/page"
n=0
for page in "$work"/page-*.png; do
  n=$((n + 1))
  mv "$page" "$out/bao-cao-T11-$n.png"
done
if command -v pngquant >/dev/null; then
  for png in "$out"/*.png; do pngquant --quality 70-95 --speed 1 --strip --force --output "$png" "$png"; done
fi
ls -l "$out"
