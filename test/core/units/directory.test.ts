import type { UnitRef } from "../../../src/core/model/Unit";
import {
  defaultDirectory,
  findUnit,
  isReorganisedAt,
  resolveUnit,
  resolveUnitName,
  unitDisplayName,
} from "../../../src/core/units/directory";
import { splitUnits } from "../../../src/core/units/splitUnits";
import { fuzzyKey, strictExpand } from "../../../src/core/units/unitKey";
import { SEED_UNIT_CELLS } from "./seedUnitCells";

const dir = defaultDirectory();
const ref = (name: string): UnitRef => ({ text: name, name, subUnits: [] });
const resolved = (name: string): [string | undefined, string | undefined] => {
  const r = resolveUnit(ref(name), dir);
  return [r.unitId, r.match];
};

describe("resolveUnit: every unit of the seed's lead and coordinating cells", () => {
  // Every distinct name splitUnits finds in the seed, with the entry and the match expected.
  const SEED_UNITS: [string, string, string][] = [
    ["Sở GDĐT", "so-gddt", "abbreviation"],
    ["UBND các huyện, thành phố", "ubnd-huyen-thanh-pho", "abbreviation"],
    ["Phòng GDĐT các huyện, thành phố", "phong-gddt-huyen-thanh-pho", "abbreviation"],
    ["UBND huyện, thành phố", "ubnd-huyen-thanh-pho", "abbreviation"],
    ["Phòng GDĐT huyện, thành phố", "phong-gddt-huyen-thanh-pho", "abbreviation"],
    ["Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu", "canonical"],
    ["Sở Kế hoạch Đầu tư", "so-ke-hoach-dau-tu", "variant"],
    ["Sở Kế hoạch đầu tư", "so-ke-hoach-dau-tu", "variant"],
    ["Sở Tài chính", "so-tai-chinh", "canonical"],
    ["Sở Nội vụ", "so-noi-vu", "canonical"],
    ["Ban dân tộc tỉnh", "ban-dan-toc", "variant"],
    ["Ban Dân tộc tỉnh", "ban-dan-toc", "canonical"],
    ["Sở Nông nghiệp và Phát triển nông thôn", "so-nong-nghiep-phat-trien-nong-thon", "canonical"],
    ["Sở Lao động – Thương binh và Xã hội", "so-lao-dong-thuong-binh-xa-hoi", "canonical"],
    ["Sở Lao động – Thương binh và Xã Hội", "so-lao-dong-thuong-binh-xa-hoi", "variant"],
    ["Sở Thông tin truyền thông", "so-thong-tin-truyen-thong", "variant"],
    ["Sở Tư Pháp", "so-tu-phap", "variant"],
    ["Báo Ninh Thuận", "bao-ninh-thuan", "canonical"],
    ["Đài phát thanh và truyền hình tỉnh", "dai-phat-thanh-truyen-hinh-ninh-thuan", "variant"],
  ];
  const GENERIC = [
    "Các tổ chức, cá nhân liên quan",
    "Các đơn vị có liên quan",
    "Các đơn vị, cá nhân có liên quan",
    "Các chuyên gia",
  ];

  test.each(SEED_UNITS)("%s → %s (%s)", (name, id, match) => {
    expect(resolved(name)).toEqual([id, match]);
  });

  test("the table covers exactly the units the seed names", () => {
    const names = new Set(
      SEED_UNIT_CELLS.flatMap((c) => [...splitUnits(c.lead), ...splitUnits(c.coordinating)]).map(
        (r) => r.name,
      ),
    );
    expect([...names].sort()).toEqual([...SEED_UNITS.map(([n]) => n), ...GENERIC].sort());
  });

  test("every unit of every seed cell resolves or is generic", () => {
    for (const cell of SEED_UNIT_CELLS) {
      for (const r of [...splitUnits(cell.lead), ...splitUnits(cell.coordinating)].map((x) =>
        resolveUnit(x, dir),
      )) {
        expect(r.generic === true || r.unitId !== undefined).toBe(true);
      }
    }
  });

  test.each(GENERIC)("generic phrase %s is returned untouched", (name) => {
    const [r] = splitUnits(name);
    expect(r).toBeDefined();
    if (!r) return;
    expect(resolveUnit(r, dir)).toBe(r);
    expect(r.unitId).toBeUndefined();
  });

  test("a phrase only the directory knows is flagged generic", () => {
    const r = resolveUnit({ text: "Các chuyên gia", name: "Các chuyên gia", subUnits: [] }, dir);
    expect(r).toEqual({ text: "Các chuyên gia", name: "Các chuyên gia", subUnits: [], generic: true });
  });

  test("the sub-units and text of the lead are kept", () => {
    const [lead] = splitUnits(SEED_UNIT_CELLS[0]?.lead ?? "");
    expect(lead && resolveUnit(lead, dir)).toEqual({ ...lead, unitId: "so-gddt", match: "abbreviation" });
  });
});

describe("the three spellings of Sở Kế hoạch và Đầu tư", () => {
  test("resolve to one unit: one canonical, two variants", () => {
    const spellings = ["Sở Kế hoạch và Đầu tư", "Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"];
    const results = spellings.map(resolved);
    expect(new Set(results.map(([id]) => id))).toEqual(new Set(["so-ke-hoach-dau-tu"]));
    expect(results.map(([, m]) => m)).toEqual(["canonical", "variant", "variant"]);
  });
});

describe("resolveUnitName: accepted forms and variants", () => {
  const rows: [string, string | null, string | null][] = [
    // Accepted abbreviations, not flagged.
    ["Sở GDĐT", "so-gddt", "abbreviation"],
    ["Sở GD&ĐT", "so-gddt", "abbreviation"],
    ["Sở GD-ĐT", "so-gddt", "abbreviation"],
    ["Sở Giáo dục và Đào tạo", "so-gddt", "canonical"],
    ["Sở KH&ĐT", "so-ke-hoach-dau-tu", "abbreviation"],
    ["Sở KHĐT", "so-ke-hoach-dau-tu", "abbreviation"],
    ["Sở LĐTB&XH", "so-lao-dong-thuong-binh-xa-hoi", "abbreviation"],
    ["Sở LĐ-TB&XH", "so-lao-dong-thuong-binh-xa-hoi", "abbreviation"],
    ["Sở NN&PTNT", "so-nong-nghiep-phat-trien-nong-thon", "abbreviation"],
    ["Sở NNPTNT", "so-nong-nghiep-phat-trien-nong-thon", "abbreviation"],
    ["Sở TT&TT", "so-thong-tin-truyen-thong", "abbreviation"],
    ["Sở TTTT", "so-thong-tin-truyen-thong", "abbreviation"],
    ["UBND tỉnh", "ubnd-tinh", "abbreviation"],
    ["Bộ GDĐT", "bo-gddt", "abbreviation"],
    ["Bộ GD&ĐT", "bo-gddt", "abbreviation"],
    ["Phòng GD&ĐT các huyện, thành phố", "phong-gddt-huyen-thanh-pho", "abbreviation"],
    ["Ủy ban nhân dân các huyện, thành phố", "ubnd-huyen-thanh-pho", "canonical"],
    ["Sở Tài chính tỉnh Ninh Thuận", "so-tai-chinh", "abbreviation"],
    ["Ban Dân tộc", "ban-dan-toc", "abbreviation"],
    // Written in another accepted way: dashes, spaces, old tone placement, all capitals.
    ["Sở Lao động - Thương binh và Xã hội", "so-lao-dong-thuong-binh-xa-hoi", "canonical"],
    ["Sở  Tài   chính.", "so-tai-chinh", "canonical"],
    ["Uỷ ban nhân dân tỉnh", "ubnd-tinh", "canonical"],
    ["Sở Văn hoá, Thể thao và Du lịch", "so-van-hoa-the-thao-du-lich", "canonical"],
    ["SỞ TÀI CHÍNH", "so-tai-chinh", "canonical"],
    ["SỞ GD&ĐT", "so-gddt", "abbreviation"],
    // Variants, flagged.
    ["Sở Thông tin truyền thông", "so-thong-tin-truyen-thong", "variant"],
    ["Sở Thông tin và truyền thông", "so-thong-tin-truyen-thong", "variant"],
    ["Sở Tư Pháp", "so-tu-phap", "variant"],
    ["Ban dân tộc tỉnh", "ban-dan-toc", "variant"],
    ["Sở Y Tế", "so-y-te", "variant"],
    ["So Tai chinh", "so-tai-chinh", "variant"],
    ["sở gd & đt", "so-gddt", "variant"],
    // Successor units are in the directory.
    ["Sở Nông nghiệp và Môi trường", "so-nong-nghiep-moi-truong", "canonical"],
    ["Sở Khoa học và Công nghệ", "so-khoa-hoc-cong-nghe", "canonical"],
    ["Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-du-lich", "canonical"],
    ["Sở Xây dựng", "so-xay-dung", "canonical"],
    ["Sở Dân tộc và Tôn giáo", "so-dan-toc-ton-giao", "canonical"],
    ["Sở Y tế", "so-y-te", "canonical"],
    ["Sở Tài nguyên và Môi trường", "so-tai-nguyen-moi-truong", "canonical"],
    ["Sở Giao thông vận tải", "so-giao-thong-van-tai", "canonical"],
    ["UBND các xã, phường", "ubnd-xa-phuong", "abbreviation"],
    // Unknown: no guess.
    ["UBND", null, null],
    ["Báo Khánh Hòa", null, null],
    ["Sở Công Thương", null, null],
    ["Sở", null, null],
    ["", null, null],
    [";.", null, null],
  ];
  test.each(rows)("%j → %s %s", (name, id, match) => {
    const r = resolveUnitName(name, dir);
    expect(r ? [r.unitId, r.match] : [null, null]).toEqual([id, match]);
  });

  test("NFD input resolves like NFC", () => {
    const names = [
      "Sở Giáo dục và Đào tạo",
      "Sở Kế hoạch Đầu tư",
      "Ban dân tộc tỉnh",
      "UBND các huyện, thành phố",
    ];
    for (const name of names) {
      expect(resolveUnitName(name.normalize("NFD"), dir)).toEqual(resolveUnitName(name, dir));
      expect(resolveUnitName(name.normalize("NFD"), dir)).not.toBeNull();
    }
  });

  test("the split of 'UBND và Phòng GDĐT huyện, thành phố' resolves both units", () => {
    const refs = splitUnits("UBND và Phòng GDĐT huyện, thành phố").map((r) => resolveUnit(r, dir));
    expect(refs.map((r) => [r.unitId, r.match])).toEqual([
      ["ubnd-huyen-thanh-pho", "abbreviation"],
      ["phong-gddt-huyen-thanh-pho", "abbreviation"],
    ]);
  });

  test("an unknown unit comes back without a stale unitId", () => {
    const r = resolveUnit({ ...ref("Sở Công Thương"), unitId: "so-tai-chinh", match: "canonical" }, dir);
    expect(r).toEqual(ref("Sở Công Thương"));
  });
});

describe("the 2025 reorganisation", () => {
  const unit = (id: string) => {
    const u = findUnit(dir, id);
    if (!u) throw new Error(`test setup: no unit ${id}`);
    return u;
  };

  test.each([
    ["so-ke-hoach-dau-tu", "2025-02-28", false],
    ["so-ke-hoach-dau-tu", "2025-03-01", true],
    ["so-ke-hoach-dau-tu", "2026-11-30", true],
    ["ban-dan-toc", "2025-02-28", false],
    ["ban-dan-toc", "2025-03-01", true],
    ["ubnd-huyen-thanh-pho", "2025-03-01", false],
    ["ubnd-huyen-thanh-pho", "2025-06-30", false],
    ["ubnd-huyen-thanh-pho", "2025-07-01", true],
    ["phong-gddt-huyen-thanh-pho", "2025-06-30", false],
    ["phong-gddt-huyen-thanh-pho", "2025-07-01", true],
    ["bao-ninh-thuan", "2025-06-30", false],
    ["bao-ninh-thuan", "2025-07-01", true],
    ["so-gddt", "2026-11-30", false],
    ["so-tai-chinh", "2026-11-30", false],
  ] as const)("%s on %s: %s", (id, date, expected) => {
    expect(isReorganisedAt(unit(id), date)).toBe(expected);
  });

  test("Sở Kế hoạch và Đầu tư → Sở Tài chính from 01/3/2025", () => {
    expect(unit("so-ke-hoach-dau-tu").reorganised).toEqual({
      effective: "2025-03-01",
      successors: [{ unitId: "so-tai-chinh", name: "Sở Tài chính" }],
      basis: "Nghị quyết 176/2025/QH15; Nghị định 45/2025/NĐ-CP",
    });
  });

  test("Sở LĐTB&XH's work is split, with notes", () => {
    const r = unit("so-lao-dong-thuong-binh-xa-hoi").reorganised;
    expect(r?.effective).toBe("2025-03-01");
    expect(r?.successors.map((s) => [s.unitId, s.note])).toEqual([
      ["so-noi-vu", "các nhiệm vụ còn lại"],
      ["so-gddt", "giáo dục nghề nghiệp"],
      ["so-y-te", "bảo trợ xã hội, trẻ em"],
      ["so-nong-nghiep-moi-truong", "giảm nghèo"],
    ]);
  });

  test.each([
    ["so-nong-nghiep-phat-trien-nong-thon", ["so-nong-nghiep-moi-truong"]],
    ["so-tai-nguyen-moi-truong", ["so-nong-nghiep-moi-truong"]],
    ["so-thong-tin-truyen-thong", ["so-khoa-hoc-cong-nghe", "so-van-hoa-the-thao-du-lich"]],
    ["so-giao-thong-van-tai", ["so-xay-dung"]],
    ["ban-dan-toc", ["so-dan-toc-ton-giao"]],
    ["ubnd-huyen-thanh-pho", ["ubnd-xa-phuong", "so-gddt"]],
    ["phong-gddt-huyen-thanh-pho", ["ubnd-xa-phuong", "so-gddt"]],
    ["ubnd-tinh-ninh-thuan", ["ubnd-tinh"]],
  ])("%s → %j", (id, successors) => {
    expect(unit(id).reorganised?.successors.map((s) => s.unitId)).toEqual(successors);
  });

  test("the district level: successors named as in the domain, basis Nghị quyết 203/2025/QH15", () => {
    const r = unit("phong-gddt-huyen-thanh-pho").reorganised;
    expect(r?.successors.map((s) => s.name)).toEqual([
      "UBND các xã, phường (Phòng Văn hóa – Xã hội)",
      "Sở GDĐT",
    ]);
    expect(r?.basis).toContain("Nghị quyết 203/2025/QH15");
  });

  test("Ninh Thuận-named bodies go to Khánh Hòa's, Nghị quyết 202/2025/QH15, with no invented name", () => {
    for (const id of ["bao-ninh-thuan", "dai-phat-thanh-truyen-hinh-ninh-thuan"]) {
      const r = unit(id).reorganised;
      expect(r?.effective).toBe("2025-07-01");
      expect(r?.basis).toBe("Nghị quyết 202/2025/QH15");
      expect(r?.successors).toEqual([
        { name: "Cơ quan tương ứng của tỉnh Khánh Hòa", note: "tỉnh Ninh Thuận hợp nhất vào tỉnh Khánh Hòa" },
      ]);
    }
  });
});

describe("the default directory's data", () => {
  test("ids are unique and every successor id exists", () => {
    const ids = dir.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of dir.units) {
      for (const s of u.reorganised?.successors ?? []) {
        if (s.unitId) expect(ids).toContain(s.unitId);
      }
    }
  });

  test("effective dates are ISO dates in 2025", () => {
    for (const u of dir.units) {
      if (u.reorganised) expect(u.reorganised.effective).toMatch(/^2025-0[37]-01$/);
    }
  });

  test("every listed form resolves to its own unit", () => {
    for (const u of dir.units) {
      expect(resolveUnitName(u.name, dir)).toEqual({ unitId: u.id, match: "canonical" });
      for (const a of u.abbreviations)
        expect(resolveUnitName(a, dir)).toEqual({ unitId: u.id, match: "abbreviation" });
      for (const v of u.variants) expect(resolveUnitName(v, dir)).toEqual({ unitId: u.id, match: "variant" });
    }
  });

  test("no two units share a fuzzy key or an expanded form", () => {
    const owner = new Map<string, string>();
    for (const u of dir.units) {
      for (const form of [u.name, ...u.abbreviations, ...u.variants]) {
        for (const key of [`f:${fuzzyKey(form)}`, `s:${strictExpand(form)}`]) {
          const seen = owner.get(key);
          if (seen !== undefined) expect([key, seen]).toEqual([key, u.id]);
          owner.set(key, u.id);
        }
      }
    }
  });

  test("text is NFC and generic phrases are listed", () => {
    const all = dir.units.flatMap((u) => [u.name, ...u.abbreviations, ...u.variants]);
    for (const t of [...all, ...dir.genericPhrases]) expect(t).toBe(t.normalize("NFC"));
    expect(dir.genericPhrases).toEqual(
      expect.arrayContaining(["Các đơn vị có liên quan", "Các tổ chức, cá nhân liên quan", "Các chuyên gia"]),
    );
  });

  test("defaultDirectory returns a fresh copy", () => {
    const a = defaultDirectory();
    a.units[0]?.abbreviations.push("Sở XYZ");
    a.units.pop();
    const b = defaultDirectory();
    expect(b.units.length).toBe(dir.units.length);
    expect(b.units[0]?.abbreviations).not.toContain("Sở XYZ");
  });
});

describe("findUnit and unitDisplayName", () => {
  test("findUnit", () => {
    expect(findUnit(dir, "so-gddt")?.name).toBe("Sở Giáo dục và Đào tạo");
    expect(findUnit(dir, "khong-co")).toBeUndefined();
  });

  test("unitDisplayName: the official name, or the first short form", () => {
    const so = findUnit(dir, "so-gddt");
    const tc = findUnit(dir, "so-tai-chinh");
    expect(so && unitDisplayName(so)).toBe("Sở Giáo dục và Đào tạo");
    expect(so && unitDisplayName(so, { short: true })).toBe("Sở GDĐT");
    expect(tc && unitDisplayName(tc, { short: true })).toBe("Sở Tài chính");
  });
});

describe("isReorganisedAt on hand-built units", () => {
  const base = { id: "x", name: "Sở X", abbreviations: [], variants: [] };
  test.each([
    [undefined, "2030-01-01", false],
    ["2025-03-01", "2025-02-28", false],
    ["2025-03-01", "2025-03-01", true],
    ["không rõ", "2020-01-01", true],
  ] as const)("effective %j on %s: %s", (effective, date, expected) => {
    const unit = effective === undefined ? base : { ...base, reorganised: { effective, successors: [] } };
    expect(isReorganisedAt(unit, date)).toBe(expected);
  });
});
