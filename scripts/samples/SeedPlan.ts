// The seed plan as structured data: the table of the Word appendix, cell text exactly as written.

/** One row of the seed table. Each field is the cell's text, trimmed at both ends only. */
export interface SeedTask {
  /** TT as written: "1", "3", or "" where the seed leaves it blank. */
  number: string;
  /** Nhiệm vụ. */
  title: string;
  /** Đơn vị chủ trì. */
  lead: string;
  /** Đơn vị phối hợp. */
  coordinating: string;
  /** Thời gian hoàn thành. */
  timeframe: string;
  /** Sản phẩm dự kiến. */
  products: string;
}

export interface SeedPlan {
  /** The non-blank lines above the table, each trimmed at both ends. */
  titleLines: string[];
  /** The six header cells: TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Sản phẩm dự kiến. */
  header: string[];
  tasks: SeedTask[];
}
