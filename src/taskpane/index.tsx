// Placeholder entry for the task pane; the real pane replaces it.
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Theo dõi kế hoạch</Title2>
    </FluentProvider>,
  );
});
