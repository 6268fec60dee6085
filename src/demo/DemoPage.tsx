// The browser demo: the same task pane as in Excel, beside a picture of the workbook it works on. The workbook is
// the bundled sample or a file from disk, held in memory by the .xlsx host; "Tải xuống" saves it with whatever the
// pane wrote.
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IsoDate } from "../core/date/calendar";
import type { WorkbookSnapshot } from "../core/grid/Grid";
import { App } from "../taskpane/App";
import { NoticeBar } from "../taskpane/components/NoticeBar";
import { describeError } from "../taskpane/model/describeError";
import { makeText } from "../taskpane/text/TextContext";
import { readCellStyles, type SheetLook } from "../xlsx/readCellStyles";
import { readXlsx } from "../xlsx/readXlsx";
import { DemoSession } from "./DemoSession";
import { GridView } from "./GridView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", boxSizing: "border-box" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0 },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: { display: "none" },
});

interface OpenWorkbook {
  name: string;
  session: DemoSession;
  snapshot: WorkbookSnapshot;
  looks: SheetLook[];
  /** Bumped on every open, so the pane starts afresh on another file. */
  generation: number;
}

export interface DemoPageProps {
  today: IsoDate;
  /** Where the bundled sample is served. */
  sampleUrl: string;
  /** Width of the task pane in CSS pixels (Excel's default is about 320–350). */
  paneWidth?: number;
}

export function DemoPage({ today, sampleUrl, paneWidth = 340 }: DemoPageProps) {
  const styles = useStyles();
  const text = useMemo(() => makeText("vi"), []);
  const { t } = text;
  const [doc, setDoc] = useState<OpenWorkbook | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const generation = useRef(0);

  const open = useCallback((bytes: Uint8Array, name: string) => {
    try {
      const snapshot = readXlsx(bytes);
      const looks = readCellStyles(bytes);
      const session: DemoSession = new DemoSession(bytes, {
        changed: (next) => {
          try {
            const nextSnapshot = readXlsx(next);
            const nextLooks = readCellStyles(next);
            setDoc((d) =>
              d && d.session === session ? { ...d, snapshot: nextSnapshot, looks: nextLooks } : d,
            );
          } catch (e) {
            setError(e);
          }
        },
        selected: (s, cell) => {
          setSheet(s);
          setSelected(cell);
        },
      });
      generation.current += 1;
      setDoc({ name, session, snapshot, looks, generation: generation.current });
      setSheet(snapshot.sheets[0]?.name ?? null);
      setSelected(null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  const openSample = useCallback(async () => {
    setLoading(true);
    try {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`${sampleUrl}: HTTP ${response.status}`);
      open(new Uint8Array(await response.arrayBuffer()), sampleUrl.split("/").pop() ?? "ke-hoach-mau.xlsx");
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [open, sampleUrl]);

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const openFile = async (file: File) => {
    setLoading(true);
    try {
      open(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  const download = () => {
    if (!doc) return;
    // A copy into a plain ArrayBuffer: Blob does not take a view over a possibly shared buffer.
    const blob = new Blob([doc.session.bytes().slice().buffer as ArrayBuffer], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = doc.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const grid = doc?.snapshot.sheets.find((s) => s.name === sheet) ?? doc?.snapshot.sheets[0];
  const problem = error ? describeError(error, text) : null;

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Title3 as="h1">{t("demo.title")}</Title3>
          <Button onClick={() => void openSample()}>{t("demo.sample")}</Button>
          <Button onClick={() => fileInput.current?.click()}>{t("demo.open")}</Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t("demo.open")}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
              e.target.value = "";
            }}
          />
          <Button appearance="primary" disabled={!doc} onClick={download}>
            {t("demo.download")}
          </Button>
          {doc && <Caption1>{t("demo.file", { name: doc.name })}</Caption1>}
          {loading && <Spinner size="tiny" label={t("demo.loading")} />}
          <Body1 className={styles.intro}>{t("demo.intro")}</Body1>
        </header>
        {problem && <NoticeBar notice={{ intent: "error", ...problem }} onDismiss={() => setError(null)} />}
        <div className={styles.body}>
          <section className={styles.workbook} aria-label={t("demo.grid")}>
            {grid && (
              <GridView
                grid={grid}
                look={doc?.looks.find((l) => l.name === grid.name)}
                selected={selected}
                label={t("demo.grid")}
              />
            )}
            {doc && (
              <TabList
                className={styles.tabs}
                size="small"
                selectedValue={grid?.name}
                onTabSelect={(_e, data) => {
                  setSheet(String(data.value));
                  setSelected(null);
                }}
                aria-label={t("demo.sheets")}
              >
                {doc.snapshot.sheets.map((s) => (
                  <Tab key={s.name} value={s.name}>
                    {s.name}
                  </Tab>
                ))}
              </TabList>
            )}
          </section>
          <aside className={styles.pane} style={{ width: `${paneWidth}px` }} aria-label={t("pane.title")}>
            {doc && <App key={doc.generation} session={doc.session} today={today} />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
