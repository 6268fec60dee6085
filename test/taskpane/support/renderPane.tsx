// Renders the App on a fake session at the reporting date 30/11/2026 and waits until the plan is read.

import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { configure, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { Settings } from "../../../src/core/model/Status";
import type { WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { FakeSession } from "./FakeSession";
import { planSnapshot } from "./planSnapshot";

export const TODAY = "2026-11-30";

// Role queries skip their per-element visibility check (a getComputedStyle walk that costs seconds on Fluent's
// deep DOM in jsdom); the pane hides nothing that a test looks for.
configure({ defaultHidden: true });

/**
 * Fluent's styles are classes on elements; jsdom parsing the thousands of CSS rules behind them makes each render
 * take seconds and no assertion reads computed styles, so the tests' renderer inserts no rule.
 */
export function testRenderer() {
  return createDOMRenderer(document, { unstable_filterCSSRule: () => false });
}

export async function renderPane(
  options: { snapshot?: WorkbookSnapshot; settings?: Partial<Settings>; session?: FakeSession } = {},
) {
  const session = options.session ?? new FakeSession(options.snapshot ?? planSnapshot(), options.settings);
  const view = render(
    <RendererProvider renderer={testRenderer()}>
      <App session={session} today={TODAY} />
    </RendererProvider>,
  );
  await screen.findByRole("tablist", {}, { timeout: 10000 });
  return { session, ...view };
}

/** The App on any session (the .xlsx host in the cycle tests), once the plan is read. */
export async function renderPaneOn(session: import("../../../src/workbook/WorkbookSession").WorkbookSession) {
  const view = render(
    <RendererProvider renderer={testRenderer()}>
      <App session={session} today={TODAY} />
    </RendererProvider>,
  );
  await screen.findByRole("tablist", {}, { timeout: 10000 });
  return view;
}
