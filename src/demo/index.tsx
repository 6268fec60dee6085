// Placeholder entry for the browser demo (no office.js on this page); the real demo replaces it.
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Theo dõi kế hoạch</Title2>
    </FluentProvider>,
  );
}
