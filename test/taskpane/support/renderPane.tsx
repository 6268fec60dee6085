// Renders the App on a fake session at the reporting date 30/11/2026 and waits until the plan is read.
import { render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { Settings } from "../../../src/core/model/Status";
import type { WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { FakeSession } from "./FakeSession";
import { planSnapshot } from "./planSnapshot";

export const TODAY = "2026-11-30";

export async function renderPane(options: { snapshot?: WorkbookSnapshot; settings?: Partial<Settings>; session?: FakeSession } = {}) {
  const session = options.session ?? new FakeSession(options.snapshot ?? planSnapshot(), options.settings);
  const view = render(<App session={session} today={TODAY} />);
  await screen.findByRole("tablist", {}, { timeout: 10000 });
  return { session, ...view };
}
