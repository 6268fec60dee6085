// Thường xuyên | Thường xuyên, liên tục | Liên tục | Hằng ngày | Hằng tuần | Nhiệm vụ thường xuyên
// | Trong thời gian triển khai Kế hoạch | Trong suốt quá trình thực hiện
// "Trong thời gian triển khai Kế hoạch" says the work runs as long as the plan does: continuous, as the text says.
// Tried after every dated form, so "Thường xuyên, đến năm 2025" keeps its deadline. Daily and weekly work has
// no period in the model and no deadline of its own at a monthly report: it counts as continuous.
import { firstMatch, WORD_END, WORD_START } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

const CONTINUOUS =
  `${WORD_START}(?:thuong xuyen|lien tuc|hang ngay|hang tuan|moi ngay|moi tuan` +
  `|trong\\s+(?:suot\\s+)?(?:thoi gian|qua trinh)\\s+(?:trien khai|thuc hien))${WORD_END}`;

export const continuousParser: TimeframeParser = {
  name: "continuous",
  extract(text, _ctx, note) {
    if (!firstMatch(CONTINUOUS, text.folded)) {
      note?.("no 'thường xuyên' or 'liên tục'");
      return null;
    }
    return { kind: "continuous", text: text.original };
  },
};
