// docs/corpus.md: the list of corpus documents and layouts, generated from the source.json files so that it
// cannot drift from them (the corpus build test checks it is current).
import type { CorpusKey, CorpusLayout, CorpusSource } from "./CorpusSource";

function layoutWords(layout: CorpusLayout): string {
  const parts: string[] = [];
  if (layout.cover) parts.push(`cover sheet "${layout.cover.sheet}" first`);
  parts.push(`sheet "${layout.sheet}"`);
  if (layout.origin !== "A1") parts.push(`table from ${layout.origin}`);
  if (layout.titleRows === true) parts.push("title rows");
  else if (layout.titleRows === "first") parts.push("one title row");
  else if (layout.titleRows === "first-and-last") parts.push("two title rows");
  else parts.push("no title rows");
  if (layout.header === "two-level" && layout.group) {
    parts.push(`two-level header ("${layout.group.label}" over ${layout.group.labels.join(" | ")})`);
  }
  if (layout.headerLabels) parts.push(`header retyped (${layout.headerLabels.join(", ")})`);
  if (layout.numbersRow) parts.push('"(1) (2) (3)" row');
  if (layout.mergeLeadDown) parts.push("unit-grouped: lead column merged down over its tasks");
  if (layout.wordPaste)
    parts.push("pasted from Word: a cell's paragraphs on their own rows, other cells merged");
  if (layout.extraColumns?.length) parts.push(`extra staff column ${layout.extraColumns.join(", ")}`);
  if (layout.plainNumbers) parts.push("TT typed as numbers");
  parts.push(layout.sectionRows === "merged" ? "section rows merged across" : "section rows unmerged");
  return parts.join("; ");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function corpusDoc(entries: { source: CorpusSource; key: CorpusKey }[]): string {
  const documents = new Map<string, CorpusSource>();
  for (const { source } of entries) documents.set(source.document.number, source);
  const tasks = entries.reduce((sum, e) => sum + e.key.tasks.length, 0);
  const lines = [
    "# The real-plan corpus",
    "",
    "Plan tables as published by government bodies, kept in the repository to measure how well plan-tracker reads",
    "real appendices (issue 7 §6). Each table lives in `test/fixtures/corpus/<id>/`:",
    "",
    "- `source.json`: the document (number, date, issuer), the address the cells were taken from, which rows were",
    "  taken, any edit with its reason, the title lines, the header and the rows cell by cell as published (NFC; the",
    "  authors' spelling, dashes, line breaks and bullets kept), and the layout the workbook gets;",
    "- `<id>.xlsx`: the table laid out as staff keep it, built by `npm run corpus`",
    "  (`scripts/corpus/build-corpus.ts`; the same bytes on every run, checked by `test/scripts/corpusBuild.test.ts`);",
    "- `key.json`: the answer key, written by hand from reading the published cells, never from plan-tracker's",
    "  output. For each task: its first row, number, the first words of its title, its section, its lead units",
    "  (canonical names; where a short form is acceptable too it is listed after the canonical one), the kind of",
    "  deadline, the date judged on and the status at 2026-11-30 with no progress reported (due soon = within",
    "  30 days). Each distinct deadline text and lead text is decided once, in the key's `deadlines` and `leads`",
    "  lists, with the reasoning where the answer is arguable.",
    "",
    "`test/corpus/fidelity.test.ts` reads every workbook through the real path (`readXlsx` + `analyzeWorkbook`),",
    "compares seven fields per task with the key (number, title, section, lead, kind, due, status; a task the key",
    "does not list costs one field), prints the share right per file and overall with every mismatch, and fails",
    "below 95% overall or 90% in any file.",
    "",
    `## Documents (${documents.size}) and tables (${entries.length} files, ${tasks} tasks)`,
    "",
    "| document | date | issuer | topic | source |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const source of documents.values()) {
    const d = source.document;
    lines.push(
      `| ${cell(d.number)} — ${cell(d.appendix)} | ${d.date} | ${cell(d.issuer)} | ${cell(d.topic)} | ${cell(source.source.url)} |`,
    );
  }
  lines.push("", "| file | document | rows taken | layout | tasks |", "| --- | --- | --- | --- | --- |");
  for (const { source, key } of entries) {
    lines.push(
      `| ${source.id}.xlsx | ${cell(source.document.number)} | ${cell(source.rowsTaken)} | ${cell(layoutWords(source.layout))} | ${key.tasks.length} |`,
    );
  }
  lines.push("", "Notes on the sources:", "");
  for (const source of documents.values())
    lines.push(`- ${cell(source.document.number)}: ${cell(source.source.note)}`);
  const edits = entries.flatMap(({ source }) => source.edits.map((e) => `- ${source.id}: ${cell(e)}`));
  if (edits.length > 0)
    lines.push("", "Edits to the published text (each also in its source.json):", "", ...edits);
  lines.push(
    "",
    "## What the corpus does not cover yet",
    "",
    'The tables now hold, as published: months, quarters, years, spans ("Năm 2026 - 2027", "Giai đoạn 2026 - 2030",',
    '"2026–2027"), two quarters sharing a year ("Quý I–II/2026"), "Trước ngày …", "Trong năm 2024", "Trước năm 2025",',
    'open-ended starts ("Từ quý I/2027", "Từ tháng 5/2026, thường xuyên"), yearly forms ("2026 và hằng năm", "… và',
    'các năm tiếp theo", "Hằng năm và từng giai đoạn"), standing work written out ("Thực hiện thường xuyên, lồng ghép',
    '…"), on-request and event-relative times ("Theo yêu cầu của cấp có thẩm quyền", "Theo lộ trình của Đề án …",',
    '"Kỳ họp thứ nhất Quốc hội khóa XVI"), a dated form before an event clause, and a time cell saying "Đã hoàn',
    'thành"; headings numbered like tasks ("1.", "2." over 1.1 …, also under a Roman section); a unit-grouped table;',
    'leads with qualifiers ("… (đối với …)", "… trình Hội đồng nhân dân cùng cấp", "Sở Y tế đối với địa phương"),',
    'numbered lead lists ("1. Bộ … 2. Các bộ …"), shared head words ("Các Bộ: Tài chính, …", "Bộ Xây dựng, Khoa học',
    'và Công nghệ") and two leads joined by a slash ("UBND địa phương/Sở Du lịch"). Provincial plans: the seed and',
    'two plans of the Huế People\'s Committee (188/KH-UBND, 275/KH-UBND), whose tables also carry columns the reader',
    'must pass over (Địa điểm, Nguồn kinh phí). Still missing: "từ … đến …" ranges, "Trong quý …", "Sau khi … được',
    'ban hành", several deadlines in one cell, note rows, Word-paste merges of a provincial plan, deadlines counted',
    'from the plan\'s own date ("100 ngày kể từ ngày ban hành Kế hoạch") and a two-level "Stt" header over two number',
    'columns (TT, Chi tiết) with cells merged over several tasks — all in Kế hoạch 277/KH-UBND of Hà Nội',
    '(14/7/2026), whose text is not in a public repository the corpus can cite. A Lào Cai plan implementing Chỉ thị',
    '11-CT/TU (2026) with "Xong trong Quý II/2026", "Xong trong tháng 5/2026" and "Hàng năm" was found only as an',
    'unnumbered Word draft and is not taken. Tables that do should be added here, each from its published text, as',
    'more appendices are collected.',
    "",
    "To add a table: create `test/fixtures/corpus/<id>/source.json` (see `scripts/corpus/CorpusSource.ts`), write",
    "its `key.json` by hand, run `npm run corpus`, and commit the three files with the regenerated docs/corpus.md.",
  );
  return lines.join("\n") + "\n";
}
