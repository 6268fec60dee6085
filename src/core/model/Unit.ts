/** One responsible unit as written in a lead or coordinating cell, and what the directory knows of it. */
export interface UnitRef {
  /** The unit's text as written, with its parenthesised part: "Sở GDĐT (Phòng …; Phòng …)". NFC, trimmed. */
  text: string;
  /** The unit's name without the parenthesised part and scope noise: "Sở GDĐT". */
  name: string;
  /** Sub-units from a parenthesised list: ["Phòng Nghiệp vụ Dạy học", …]. */
  subUnits: string[];
  /** The directory entry it resolved to, if any. */
  unitId?: string;
  /** How it matched: canonical name, a listed abbreviation or alias, a known spelling variant, or a fuzzy match. */
  match?: "canonical" | "abbreviation" | "alias" | "variant";
  /**
   * What the cell says about the unit's part rather than its name: "đối với cấp tỉnh" in "Sở Tài chính đối với
   * cấp tỉnh", "cơ quan thường trực" in "Công an tỉnh (cơ quan thường trực)".
   */
  note?: string;
  /** A generic phrase rather than a named unit ("Các đơn vị có liên quan", "Các chuyên gia"). */
  generic?: boolean;
}

export interface Successor {
  unitId?: string;
  name: string;
  /** What part of the work moved there, when the work was split: "giáo dục nghề nghiệp". */
  note?: string;
}

export interface Reorganisation {
  /** Date from which the unit no longer exists under this name. */
  effective: string;
  successors: Successor[];
  /** Legal basis: "Nghị quyết 176/2025/QH15". */
  basis?: string;
}

export interface DirectoryUnit {
  id: string;
  /** Official full name. */
  name: string;
  /** Accepted short forms, not flagged: "Sở GDĐT", "Sở GD&ĐT". */
  abbreviations: string[];
  /** Spellings seen in plans that differ from the official name and are flagged: "Sở Kế hoạch Đầu tư". */
  variants: string[];
  reorganised?: Reorganisation;
  /** A free remark, e.g. from the "Ghi chú" column of a workbook's "Đơn vị" sheet. */
  note?: string;
}

export interface UnitDirectory {
  units: DirectoryUnit[];
  /** Phrases that name no particular unit ("Các đơn vị có liên quan"): never unknown. */
  genericPhrases: string[];
}
