"""Vietnamese of the HTML report and the spreadsheets, and of the report's and the notes' words
they show (render/report/rows.py, render/words.py, render/notes.py) that had none yet.

Merged first into the catalogue: an entry of another file for the same English wins.
"""

VI: dict[str, str] = {
    # the page
    "Figures as of {date}; made by nhaoxh {version} from its plans.": "Số liệu đến ngày {date}; lập bằng nhaoxh {version} từ các kế hoạch.",
    "In short": "Tóm tắt",
    "Coverage": "Độ phủ dữ liệu",
    "The country's own targets": "Chỉ tiêu của cả nước",
    "The units' targets added up, against the country's": "Tổng chỉ tiêu các đơn vị so với chỉ tiêu cả nước",
    "Sources that disagree (both kept; the first is used)": "Các nguồn ghi khác nhau (giữ cả hai; dùng nguồn thứ nhất)",
    # chart (a): the units' 2025 results
    "2025: each unit's result against its target": "Năm 2025: kết quả từng đơn vị so với chỉ tiêu",
    "units completed in 2025, as a share of the target": "số căn hoàn thành năm 2025, tính theo % chỉ tiêu",
    "target (100%)": "chỉ tiêu (100%)",
    "Each bar: completed / target · share of the target.": "Mỗi thanh: hoàn thành / chỉ tiêu · tỷ lệ so với chỉ tiêu.",
    "* a count derived from a reported percentage.": "* số căn suy ra từ tỷ lệ % được công bố.",
    "No unit has both a 2025 target and a 2025 result yet.": "Chưa đơn vị nào có cả chỉ tiêu và kết quả năm 2025.",
    "No 2025 target assigned": "Không được giao chỉ tiêu năm 2025",
    "No plan yet": "Chưa có kế hoạch",
    "No 2025 target in the plan": "Kế hoạch chưa có chỉ tiêu năm 2025",
    "Reported only as met or not met": "Chỉ công bố đạt hay không đạt",
    "2025 target, no result yet": "Có chỉ tiêu năm 2025, chưa có kết quả",
    "Not comparable": "Không so sánh được",
    # chart (b): the country's years
    "The country: yearly targets and completions": "Cả nước: chỉ tiêu hằng năm và số hoàn thành",
    "units (a report for several years: cumulative at its end)": "số căn (báo cáo gộp nhiều năm: lũy kế đến cuối kỳ)",
    "target {units} ({name})": "chỉ tiêu {units} ({name})",
    "{years}: one report for these years": "{years}: một báo cáo gộp các năm này",
    "completed, cumulative from {first}: {units}": "hoàn thành, lũy kế từ {first}: {units}",
    "completed {units}": "hoàn thành {units}",
    "plan's projection {units}": "kế hoạch dự kiến {units}",
    "nothing reported": "chưa có báo cáo",
    "No yearly target or completion for the country.": "Cả nước chưa có chỉ tiêu năm hay số hoàn thành.",
    # chart (c): the pipeline
    "The country's pipeline (projects at each report)": "Dự án nhà ở xã hội cả nước qua các lần báo cáo",
    "The country's pipeline": "Dự án nhà ở xã hội cả nước",
    "{stage} {units} units": "{stage} {units} căn",
    "{stage}: not reported": "{stage}: chưa công bố",
    "{count} projects": "{count} dự án",
    "{units} units in all": "tổng {units} căn",
    "No pipeline snapshot for the country.": "Chưa có số liệu dự án cả nước.",
    # tables
    "where": "địa bàn",
    "figure": "số liệu",
    "used": "dùng",
    "its source": "nguồn",
    "other": "nguồn khác",
    "units' targets added up": "tổng chỉ tiêu các đơn vị",
    "units with one": "số đơn vị có chỉ tiêu",
    "the country's target": "chỉ tiêu cả nước",
    "unit": "đơn vị",
    "2025 target": "chỉ tiêu 2025",
    "2025 result": "kết quả 2025",
    "2026 target": "chỉ tiêu 2026",
    "latest report": "báo cáo gần nhất",
    "delivered or expected": "đã hoàn thành hoặc dự kiến",
    "what it takes": "cần làm gì",
    # the report's own words (render/report/rows.py)
    "Social housing across Vietnam as of {date}": "Nhà ở xã hội cả nước đến ngày {date}",
    "The {count} units (targets and results as of {date})": "{count} tỉnh, thành phố (chỉ tiêu và kết quả đến ngày {date})",
    "2025: the country completed {value} of its target {units} ({ratio}) — {status} ({basis}); "
    "{met} of {units_with} units with an assessed 2025 target met theirs, {not_met} did not.": "Năm 2025: cả nước hoàn thành {value} căn so với chỉ tiêu {units} ({ratio}) — {status} ({basis}); "
    "{met}/{units_with} đơn vị có chỉ tiêu năm 2025 đã đánh giá đạt chỉ tiêu, {not_met} đơn vị không đạt.",
    "2026: target {units} ({name}); reported: {so_far}.": "Năm 2026: chỉ tiêu {units} ({name}); đã báo cáo: {so_far}.",
    "nothing reported yet": "chưa có báo cáo",
    "2026–2030: target {units} ({name}); {needed} a year needed from the end of the data, "
    "against {recent} a year recently ({when}).": "Giai đoạn 2026–2030: chỉ tiêu {units} ({name}); cần {needed} căn mỗi năm từ cuối số liệu, "
    "so với {recent} căn mỗi năm gần đây ({when}).",
    "{slot}: the units' targets add up to {units} ({count} units) against the country's {national}: "
    "difference {difference}.": "{slot}: tổng chỉ tiêu các đơn vị là {units} ({count} đơn vị) so với chỉ tiêu cả nước {national}: "
    "chênh lệch {difference}.",
    "{figure} so far ({years}, as of {date})": "{figure} tính đến nay ({years}, đến ngày {date})",
    "none assigned": "không được giao",
    "no plan": "chưa có kế hoạch",
    "Coverage: {plans} of {units} units have a plan, {data} hold figures; a 2025 target for {t2025}, "
    "a 2025 result for {r2025}, a 2026 target for {t2026}, a 2026–2030 target for {t2630}.": "Độ phủ: {plans}/{units} đơn vị có kế hoạch, {data} có số liệu; {t2025} có chỉ tiêu năm 2025, "
    "{r2025} có kết quả năm 2025, {t2026} có chỉ tiêu năm 2026, {t2630} có chỉ tiêu 2026–2030.",
    "Left out: {file} has errors (run `nhaoxh validate {file}`).": "Bỏ qua: {file} có lỗi (chạy `nhaoxh validate {file}`).",
    "Left out: {file} is about '{slug}', which is not one of today's units.": "Bỏ qua: {file} nói về '{slug}', không phải một đơn vị hành chính hiện nay.",
    # words shown beside figures (render/words.py, render/forecast/rows.py)
    "reported, final": "đã báo cáo, chốt",
    "reported + plan": "đã báo cáo + kế hoạch",
    "plan's projection": "kế hoạch dự kiến",
    "line {line}": "dòng {line}",
    "{name} (before the 2025 merger)": "{name} (trước sáp nhập 2025)",
    "{units} so far": "{units} tính đến nay",
    "needs {needed}/yr for {years} yr": "cần {needed}/năm trong {years} năm",
    " (recent {recent}/yr, {when})": " (gần đây {recent}/năm, {when})",
    "missed": "không đạt",
    "not met": "chưa đạt",
    # notes (render/notes.py)
    "period over; reports cover {first}–{reported_to} ({delivered}); the {plan_year} plan projected {projected}": "đã hết giai đoạn; báo cáo mới có {first}–{reported_to} ({delivered}); kế hoạch năm {plan_year} dự kiến {projected}",
    "period over; nothing reported for {years}; the {plan_year} plan projected {projected}": "đã hết giai đoạn; chưa có báo cáo cho {years}; kế hoạch năm {plan_year} dự kiến {projected}",
    "period over; reports cover {first}–{reported_to} ({delivered})": "đã hết giai đoạn; báo cáo mới có {first}–{reported_to} ({delivered})",
    "period over; nothing reported for {years}": "đã hết giai đoạn; chưa có báo cáo cho {years}",
    "already reached: {delivered} reported to {to}": "đã đạt: báo cáo {delivered} đến {to}",
    "the plan projects nothing for {years}": "kế hoạch không dự kiến gì cho {years}",
    "the target's units are unknown: {how}": "chưa rõ số căn của chỉ tiêu: {how}",
    "no target assigned for {years}": "không được giao chỉ tiêu cho {years}",
    "reported as {percent} of the target; {units} units derived from it": "công bố {percent} chỉ tiêu; suy ra {units} căn",
    "reported only as {outcome}, without a count": "chỉ công bố {outcome}, không có số căn",
    "{units} reported so far (as of {as_of})": "đã báo cáo {units} (đến {as_of})",
    "the source expected {units} ({ratio}) as of {as_of}": "nguồn dự kiến {units} ({ratio}) đến {as_of}",
    "target computed as {how}": "chỉ tiêu tính bằng {how}",
    "derived: {how}": "suy ra: {how}",
    "{former} merged into {unit} on {date} (Nghị quyết 202/2025/QH15): showing {unit}'s plan": "{former} hợp nhất vào {unit} từ {date} (Nghị quyết 202/2025/QH15): hiển thị kế hoạch của {unit}",
    "part of today's {unit}: its own figures, never compared with {unit}'s targets": "một phần của {unit} hiện nay: số liệu riêng, không so với chỉ tiêu của {unit}",
    "no baseline or pipeline: the plan projects nothing here": "không có số liệu nền hay danh mục dự án: kế hoạch không dự kiến gì ở đây",
    "the plan's deliveries for {period} start in {year}, the year of its document": "kế hoạch cho {period} chỉ tính từ năm {year}, năm ban hành văn bản",
    "another source gives {other} ({source})": "nguồn khác ghi {other} ({source})",
}
