// The eight tasks of the seed plan (seed file 000_31b3bf059ba1da7a.txt), cell texts copied as written, flaws included:
// the TT column reads 1, (blank), 3, 3, 4, (blank), (blank), (blank); paragraphs are separated by "\n".
import type { TaskCells } from "./gridBuilder";

export const SEED_TASKS: TaskCells[] = [
  {
    number: "1",
    title: "Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Sở Kế hoạch và Đầu tư, Sở Tài chính; Ban dân tộc tỉnh; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội; Sở Thông tin truyền thông; \n- Các tổ chức, cá nhân liên quan.",
    timeframe: "2023 – 2030",
    products: "- Kế hoạch của UBND các đơn vị cấp tỉnh; Bộ GDĐT triển khai, thực hiện Chương trình; Hội nghị; hội thảo;\n\n- Các bài viết/ phóng sự chuyên đề (báo hình, báo giấy, báo điện tử).",
  },
  {
    number: "",
    title: "Rà soát, đánh giá, xây dựng ban hành cơ chế, chính sách phát triển GDMN vùng khó khăn.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- Ban dân tộc tỉnh; Sở Nội vụ; Sở Kế hoạch Đầu tư; Sở Tài chính; Sở Tư Pháp; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội;\n- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị có liên quan.",
    timeframe: "2023 – 2030",
    products: "- Báo cáo rà soát, đánh giá;\n\n- Đề xuất xây dựng chính sách;\n\n- Quyết định/ Nghị định của các cấp có thẩm quyền phê duyệt, ban hành chính sách.",
  },
  {
    number: "3",
    title: "Rà soát, xây dựng Kế hoạch, triển khai lộ trình đầu tư xây dựng trường lớp, cơ sở vật chất phòng lớp học, thư viện, nhà công vụ, mua sắm đồ dùng đồ chơi, phát triển GDMN vùng khó khăn.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị có liên quan.",
    timeframe: "2023 – 2030",
    products: "- Kế hoạch đầu tư, xây dựng, bổ sung, sửa chữa, mua sắm của các địa phương được ban hành; Kết quả thực hiện đạt chỉ tiêu hàng năm và giai đoạn của Chương trình.",
  },
  {
    number: "3",
    title: "Tổ chức bồi dưỡng, nâng cao năng lực cho đội ngũ CBQL, GV vùng khó khăn về triển khai, thực hiện Chương trình.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan;",
    timeframe: "2023 - 2030",
    products: "- Kế hoạch bồi dưỡng;\n\n- Các lớp bồi dưỡng, tập huấn.",
  },
  {
    number: "4",
    title: "Bồi dưỡng đội ngũ cộng tác viên hỗ trợ ngôn ngữ.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- Các chuyên gia;\n\n- Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan.",
    timeframe: "2025 - 2030",
    products: "- Kế hoạch bồi dưỡng;\n\n- Tài liệu bồi dưỡng;\n\n- Các lớp bồi dưỡng, tập huấn.",
  },
  {
    number: "",
    title: "Xây dựng mô hình về tăng cường tiếng Việt trên cơ sở tiếng mẹ đẻ của trẻ, lồng ghép mô hình trường mầm non xanh, thích ứng biến đổi khí hậu hướng đến bảo vệ môi trường bền vững; áp dụng, lan tỏa mô hình; \n\nBiên soạn, số hóa, tập huấn tài liệu, học liệu dành cho GV, CBQL và trẻ em vùng khó khăn, DTTS; tài liệu hướng dẫn; tài liệu truyền thông; tập huấn, hướng dẫn xây dựng trường mầm non xanh thích ứng biến đổi khí hậu hướng đến bảo vệ môi trường bền vững.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- Ban dân tộc tỉnh; Sở Tài chính;\n\n- Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị, cá nhân có liên quan.",
    timeframe: "2025 - 2030",
    products: "- Kế hoạch xây dựng mô hình \n\n- Tài liệu được biên soạn;\n\n- Hội nghị, Hội thảo, tập huấn, đánh giá.",
  },
  {
    number: "",
    title: "Kiểm tra, đánh giá, tổng hợp kết quả triển khai thực hiện Chương trình hằng năm.",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- Ban Dân tộc tỉnh; Sở Tài chính; Sở Kế hoạch đầu tư; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội;\n\n- UBND và Phòng GDĐT huyện, thành phố.",
    timeframe: "Tháng 12 hằng năm",
    products: "- Kiểm tra, đánh giá kết quả triển khai Chương trình từng năm;\n\n- Báo cáo Bộ GDĐT.",
  },
  {
    number: "",
    title: "Sơ kết, Tổng kết Chương trình",
    lead: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
    coordinating: "- Ban Dân tộc tỉnh; Sở Nội vụ, Sở Kế hoạch đầu tư, Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã Hội; Sở Tư Pháp; Sở Thông tin truyền thông; Báo Ninh Thuận; Đài phát thanh và truyền hình tỉnh;\n- UBND và Phòng GDĐT các huyện, thành phố.\n\n- Các đơn vị có liên quan.",
    timeframe: "GĐ1: 2025;\n\nGĐ2: 2030",
    products: "- Hội nghị sơ kết, tổng kết;\n\n- Báo cáo đánh giá giai đoạn;\n\n- Đề xuất kế hoạch cho giai đoạn tiếp theo;\n\n- Quyết định Khen thưởng\n\n- Sản phẩm truyền thông",
  },
];
