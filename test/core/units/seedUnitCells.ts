// The lead ("Đơn vị chủ trì") and coordinating ("Đơn vị phối hợp") cells of the seed plan's 8 tasks, copied
// from /work/shared/seed/000_31b3bf059ba1da7a.txt with their line breaks, blank lines and trailing spaces.

export interface SeedUnitCells {
  /** Row of the task in the seed's table (1-based, in order; the TT column itself reads 1, blank, 3, 3, 4, …). */
  task: number;
  lead: string;
  coordinating: string;
}

export const SEED_UNIT_CELLS: SeedUnitCells[] = [
  {
    task: 1,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Sở Kế hoạch và Đầu tư, Sở Tài chính; Ban dân tộc tỉnh; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội; Sở Thông tin truyền thông; \n- Các tổ chức, cá nhân liên quan.",
  },
  {
    task: 2,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- Ban dân tộc tỉnh; Sở Nội vụ; Sở Kế hoạch Đầu tư; Sở Tài chính; Sở Tư Pháp; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội;\n- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị có liên quan.",
  },
  {
    task: 3,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị có liên quan.",
  },
  {
    task: 4,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan;",
  },
  {
    task: 5,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- Các chuyên gia;\n\n- Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan.",
  },
  {
    task: 6,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- Ban dân tộc tỉnh; Sở Tài chính;\n\n- Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan.",
  },
  {
    task: 7,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- Ban Dân tộc tỉnh; Sở Tài chính; Sở Kế hoạch đầu tư; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội;\n\n- UBND và Phòng GDĐT huyện, thành phố.",
  },
  {
    task: 8,
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating:
      "- Ban Dân tộc tỉnh; Sở Nội vụ, Sở Kế hoạch đầu tư, Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã Hội; Sở Tư Pháp; Sở Thông tin truyền thông; Báo Ninh Thuận; Đài phát thanh và truyền hình tỉnh;\n- UBND và Phòng GDĐT các huyện, thành phố.\n\n- Các đơn vị có liên quan.",
  },
];
