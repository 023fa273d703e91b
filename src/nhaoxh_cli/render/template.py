"""`nhaoxh new PROVINCE`: a commented plan template, every field explained in Vietnamese.

The template is a valid plan (it validates with no error) that says nothing
yet: fill it from the province's documents, figure by figure, each with its
source.
"""

from __future__ import annotations

import datetime as dt

from ..loader.registry import Registry, Unit

TEMPLATE = """\
{schema}
#
# Kế hoạch phát triển nhà ở xã hội — {name}
# Mẫu do `nhaoxh new {slug}` tạo ngày {today}. Điền từ văn bản của tỉnh, mỗi số liệu
# ghi rõ nguồn (văn bản, mục, dòng, trích dẫn) và chép đúng như văn bản ghi.
# Kiểm tra bằng: nhaoxh validate {path}
# Mô tả từng trường: `nhaoxh schema` (JSON Schema của định dạng kế hoạch, kèm mô tả),
# và tài liệu docs/plan-format.md của nhaoxh.
#
# Lưu ý khi gõ số liệu:
#   - số căn viết 4017 hoặc "4.017" (có ngoặc kép); KHÔNG viết 4.017 không ngoặc (YAML hiểu là số thập phân);
#   - tỷ lệ viết 60% hoặc "60,5%"; ngày viết trong ngoặc kép "2024-01-15";
#   - mã tỉnh và chữ như NO, yes phải để trong ngoặc kép.

# Phiên bản định dạng (luôn là 1).
schema_version: 1

# Tỉnh, thành phố: mã định danh (tên tệp), tên có dấu, tên khác để tìm, mã tỉnh.
province:
  slug: {slug}
  name: {name}
  aliases: [{alias}]
  code: "{code}"

# Địa bàn mà các số liệu bao quát: {slug} là đơn vị hiện nay (từ 01/07/2025);
# số liệu của tỉnh cũ trước sáp nhập ghi territory: former:<tên tỉnh cũ>.{predecessors}
territory: {slug}

# Văn bản nguồn, mỗi văn bản một khóa ngắn (ví dụ qd117).
sources:
  nguon1:
    document: "FILL: số hiệu văn bản, ví dụ 117/QĐ-UBND"   # số hiệu
    # date: "2024-01-15"                                   # ngày ban hành
    # issuer: Ủy ban nhân dân …                              # cơ quan ban hành
    # title: …                                               # trích yếu
    # file: …                                                # tên tệp văn bản trong thư mục seeds

# Giai đoạn: các khoảng năm không chồng lấn. Ghi cách ghi của văn bản vào labels
# (ví dụ "2022-2025") và giải thích cách quy đổi vào mapping.
periods:
  - {{id: 2021-2025, start_year: 2021, end_year: 2025}}
  - {{id: 2026-2030, start_year: 2026, end_year: 2030}}

# Chỉ tiêu: kind là quota (chỉ tiêu Chính phủ giao), goal (mục tiêu, phấn đấu) hoặc demand (nhu cầu);
# period là mã giai đoạn hoặc total (cả giai đoạn); years thay cho period với chỉ tiêu hằng năm.
# Ví dụ:
#   - id: quota-2021-2025
#     kind: quota
#     period: 2021-2025
#     units: "15.400"
#     source: {{doc: nguon1, section: II.1.1, line: 99, quote: "Giai đoạn 2022-2025: hoàn thành 15.400 căn"}}
targets: []

# Số căn đã hoàn thành (đã hình thành) trong giai đoạn, theo văn bản.
# Ví dụ: - {{period: 2021-2025, units: "1.080", years: "2021-2022", source: {{doc: nguon1, section: II.1.2}}}}
completed: []

# Dự án theo giai đoạn: started (đã khởi công), investor_selected (đã chọn chủ đầu tư),
# selecting_investor (đang chọn chủ đầu tư), other (dự án khác), old_apartment_renovation (cải tạo chung cư cũ).
# Mỗi giai đoạn: units (tổng số căn), deliveries (số căn hoặc tỷ lệ dự kiến hoàn thành trong từng giai đoạn).
# Ví dụ:
#   started:
#     units: "6.570"
#     deliveries:
#       - {{period: 2021-2025, units: "4.017", share: 60%, qualifier: about, source: {{doc: nguon1, section: II.1.2}}}}
pipeline: {{}}

# Tổng số văn bản tự nêu (ví dụ "khoảng 15.540 căn"), để nhaoxh kiểm tra phép cộng.
stated_totals: []

# Số căn đã báo cáo hoàn thành theo năm, sau khi có kế hoạch.
# Ví dụ: - {{years: 2025, units: "13.147", as_of: "2026-01-10", source: {{doc: nguon1, section: …}}}}
reported: []
"""


#: The first lines when no schema file is within reach of the plan: how to make one, not a broken pointer.
NO_SCHEMA = """\
# Để trình soạn thảo (VS Code với tiện ích YAML, …) kiểm tra tệp khi gõ: chạy
#   nhaoxh schema > plan.schema.json
# trong thư mục này, rồi đặt ở dòng đầu tệp chú thích "yaml-language-server: $schema=plan.schema.json"
# (có dấu # phía trước)."""


def plan_template(
    unit: Unit,
    registry: Registry,
    today: dt.date | None = None,
    *,
    path: str | None = None,
    schema: str | None = None,
) -> str:
    """The template for `unit`, to be written at `path` (shown in the validate hint); `schema` is the
    plan schema's path relative to it (nhaoxh_cli.schemaref), else the template says how to make one."""
    before = registry.predecessors(unit.slug)
    former = [u for u in before if u.slug != unit.slug or len(before) > 1]
    predecessors = ""
    if former:
        names = ", ".join(f"former:{u.slug} ({u.name})" for u in former)
        predecessors = f"\n# Các tỉnh cũ hợp nhất vào {unit.name}: {names}."
    alias = unit.aliases[0] if unit.aliases else unit.slug
    return TEMPLATE.format(
        name=unit.name,
        slug=unit.slug,
        code=unit.code,
        alias=alias,
        predecessors=predecessors,
        today=(today or dt.date.today()).isoformat(),
        path=path or f"{unit.slug}.yaml",
        schema=f"# yaml-language-server: $schema={schema}" if schema else NO_SCHEMA,
    )
