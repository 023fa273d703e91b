"""Vietnamese and English: every word a person reads, and how numbers and dates look.

Messages are keyed by their English text (as gettext does), so code reads
naturally: `t("Targets")`, `t("{name} — social housing forecast", name=...)`.
`VI` holds the Vietnamese of every key; tests/test_i18n.py finds every
`t("…")` in the source and fails when one has no translation. Machine
formats (JSON, CSV for scripts) never pass through here: they stay neutral.

The language: `--lang`, else $NHAOXH_LANG, else Vietnamese when the locale
(LC_ALL, LC_MESSAGES, LANG) is vi_*, else English.
"""

from __future__ import annotations

import datetime as dt
import os
from contextvars import ContextVar
from dataclasses import dataclass

LANGUAGES = ("en", "vi")
_language: ContextVar[str] = ContextVar("nhaoxh_language", default="en")


def default_language(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    chosen = env.get("NHAOXH_LANG", "").lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


_chosen: ContextVar[bool] = ContextVar("nhaoxh_language_chosen", default=False)


def set_language(language: str, *, chosen: bool = False) -> None:
    """Set the language; `chosen` when a person asked for it (--lang, $NHAOXH_LANG), not the locale."""
    _language.set(language if language in LANGUAGES else "en")
    _chosen.set(chosen)


def spreadsheet_csv() -> bool:
    """CSV for a Vietnamese spreadsheet (semicolons, decimal commas, a BOM) only when asked for by name:
    a Vietnamese locale alone keeps CSV neutral for scripts."""
    return _language.get() == "vi" and _chosen.get()


def language() -> str:
    return _language.get()


def t(english: str, /, **values: object) -> str:
    """The message in the current language, with `values` filled in."""
    text = VI.get(english, english) if language() == "vi" else english
    return text.format(**values) if values else text


@dataclass(frozen=True)
class Text:
    """A message translated when it is shown, not when it is made: the checks run before anyone
    chooses how to show their findings (in a worker process, for JSON, for a person in Vietnamese).
    `str()` is the English (JSON and GitHub output stay neutral); `shown()` the current language.
    A value may be a Text itself ("the plan")."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: str(value) for name, value in self.values})

    def shown(self) -> str:
        return t(self.template, **{name: _shown(value) for name, value in self.values})


def _shown(value: object) -> object:
    return value.shown() if isinstance(value, Text) else value


def msg(english: str, /, **values: object) -> Text:
    """A message to translate when shown: `msg("unknown key '{key}'", key=key)`."""
    return Text(english, tuple(values.items()))


def number(value: int) -> str:
    """15540 → "15,540" in English, "15.540" in Vietnamese."""
    text = f"{value:,}"
    return text.replace(",", ".") if language() == "vi" else text


def decimal(value: float, places: int = 1) -> str:
    text = f"{value:,.{places}f}"
    if language() == "vi":
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def date(value: dt.date) -> str:
    """15/01/2024 in Vietnamese, 15 Jan 2024 in English."""
    return f"{value:%d/%m/%Y}" if language() == "vi" else f"{value.day} {value:%b %Y}"


VI: dict[str, str] = {
    # statuses
    "met": "đạt",
    "near": "gần đạt",
    "at risk": "có nguy cơ",
    "off track": "chậm",
    "unknown": "chưa rõ",
    # stages
    "completed (đã hoàn thành)": "đã hoàn thành",
    "construction started": "đã khởi công",
    "investor selected": "đã chọn chủ đầu tư",
    "investor being selected": "đang chọn chủ đầu tư",
    "other projects": "dự án khác",
    "old apartment renovation": "cải tạo chung cư cũ",
    "{english} ({vietnamese})": "{vietnamese}",
    # target kinds
    "quota": "chỉ tiêu",
    "goal": "mục tiêu",
    "demand": "nhu cầu",
    # forecast tables
    "{name} — social housing forecast": "{name} — dự báo nhà ở xã hội",
    "{title} — forecast (units)": "{title} — dự báo (căn)",
    "stage": "giai đoạn",
    "{name} (before {date})": "{name} (trước {date})",
    "forecast": "dự báo",
    "total": "tổng",
    "total {start}-{end}": "cả giai đoạn {start}-{end}",
    "Targets": "Chỉ tiêu",
    "period": "giai đoạn",
    "target": "chỉ tiêu",
    "units": "số căn",
    "gap": "chênh lệch",
    "ratio": "tỷ lệ",
    "status": "tình trạng",
    "progress": "tiến độ",
    "year {years}": "năm {years}",
    "* {id}: computed as {basis}": "* {id}: tính bằng {basis}",
    "{id}: unknown — {basis}": "{id}: chưa rõ — {basis}",
    "Reported completions, not a forecast: {periods}": "Số đã báo cáo hoàn thành, không phải dự báo: {periods}",
    "No baseline or pipeline for this territory: periods not fully reported are unknown.": "Địa bàn này không có số liệu nền hay danh mục dự án: giai đoạn chưa báo cáo đủ thì chưa rõ.",
    "Source [{key}]: {document}": "Nguồn [{key}]: {document}",
    " of {date}": " ngày {date}",
    "Period {id} is the source's {labels}": "Giai đoạn {id} là cách ghi {labels} của văn bản",
    "Note: {note}": "Ghi chú: {note}",
    "The source's own figures disagree (nhaoxh validate shows where):": "Số liệu trong văn bản không khớp nhau (xem chi tiết bằng nhaoxh validate):",
    "Pipeline snapshots (projects / units)": "Số liệu dự án theo thời điểm (dự án / căn)",
    "as of": "thời điểm",
    "completed": "hoàn thành",
    "started": "khởi công",
    "approved": "chấp thuận chủ trương",
    "Housing support — not social housing units": "Hỗ trợ nhà ở — không phải căn nhà ở xã hội",
    "programme": "chương trình",
    "years": "năm",
    "households": "số hộ",
    "cost (tỷ đồng)": "kinh phí (tỷ đồng)",
    # time
    "{title} — by year": "{title} — theo năm",
    "year": "năm",
    "reported": "đã báo cáo",
    "cumulative": "lũy kế",
    "cum. target": "lũy kế chỉ tiêu",
    "delivered": "đã hoàn thành",
    "remaining": "còn lại",
    "due": "phải đạt",
    "needed/yr": "cần/năm",
    "recent/yr": "gần đây/năm",
    " (final)": " (chốt)",
    "completions reported to the end of {year}": "số hoàn thành đã báo cáo đến hết năm {year}",
    "no completions reported": "chưa có báo cáo hoàn thành",
    "{title} — as of {date}: {reported}; due = the time-pro-rated share of the target by the date; ratio = "
    "delivered / due by the end of the data; needed/yr from then on": "{title} — đến ngày {date}: {reported}; phải đạt = phần chỉ tiêu tương ứng thời gian đã qua; tỷ lệ = "
    "đã hoàn thành / phải đạt đến hết số liệu; cần/năm tính từ đó",
    "target or period": "chỉ tiêu hoặc giai đoạn",
    "Other assumptions (units · ratio status)": "Giả định khác (căn · tỷ lệ tình trạng)",
    "scenario {name}": "kịch bản {name}",
    "calibrated from {year}": "hiệu chỉnh từ {year}",
    "Simulation: {runs} runs, seed {seed} (units)": "Mô phỏng: {runs} lần, hạt giống {seed} (căn)",
    "scope": "phạm vi",
    "Probability of meeting each target": "Xác suất đạt từng chỉ tiêu",
    "probability": "xác suất",
    "Conversion rates implied by the snapshots of {source}": "Tốc độ chuyển giai đoạn suy ra từ số liệu của {source}",
    "snapshots": "các thời điểm",
    "started → completed": "khởi công → hoàn thành",
    "approved → started": "chấp thuận → khởi công",
    "lead": "thời gian",
    "overall": "cả kỳ",
    "{value}/yr": "{value}/năm",
    "{value} yr": "{value} năm",
    # report
    "Social housing programme (Đề án 338) — progress report": "Đề án 338 phát triển nhà ở xã hội — báo cáo tiến độ",
    "Provinces (current units)": "Các tỉnh, thành phố (đơn vị hiện nay)",
    "Whole country": "Cả nước",
    "Yearly targets against reported completions": "Chỉ tiêu hằng năm so với số đã hoàn thành",
    "Pipeline snapshots, whole country (projects / units)": "Số liệu dự án cả nước theo thời điểm (dự án / căn)",
    "code": "mã",
    "province": "tỉnh, thành phố",
    "basis": "cơ sở",
    "national target": "chỉ tiêu cả nước",
    "actual": "thực hiện",
    "provinces' targets": "tổng chỉ tiêu các tỉnh",
    "difference": "chênh lệch",
    "{units} ({count} provinces)": "{units} ({count} tỉnh)",
    "Coverage: {plan} of {units} provinces have a plan; {target} state a target, {forecast} a computable "
    "forecast or complete reports, {pipeline} a pipeline, {reported} reported completions.": "Độ phủ: {plan}/{units} tỉnh có kế hoạch; {target} có chỉ tiêu, {forecast} có dự báo tính được hoặc báo "
    "cáo đủ, {pipeline} có danh mục dự án, {reported} có số hoàn thành đã báo cáo.",
    "The provinces' targets are summed only where known; the difference to the national quota is what the plans "
    "do not cover yet.": "Chỉ cộng chỉ tiêu các tỉnh đã biết; chênh lệch với chỉ tiêu cả nước là phần các kế hoạch chưa bao quát.",
    "{name}: missing {items}": "{name}: thiếu {items}",
    "Left out: {file} has errors (run nhaoxh validate {file})": "Bỏ qua: {file} có lỗi (chạy nhaoxh validate {file})",
    "Left out: {file} is about '{slug}', which is not one of today's {units} provincial units "
    "(a former province's figures go in the plan of the unit it merged into, as a territory)": "Bỏ qua: {file} nói về "
    "'{slug}', không phải một trong {units} đơn vị hành chính cấp tỉnh hiện nay (số liệu của tỉnh cũ đưa vào kế hoạch "
    "của đơn vị đã hợp nhất, dưới dạng một vùng lãnh thổ)",
    "quota {period}": "chỉ tiêu {period}",
    "forecast {period}": "dự báo {period}",
    "stated": "nêu trong văn bản",
    "sum of predecessors": "tổng các tỉnh cũ",
    "not computable": "không tính được",
    "no quota": "không có chỉ tiêu",
    # validate and provinces
    "{count} file checked": "đã kiểm tra {count} tệp",
    "{count} files checked": "đã kiểm tra {count} tệp",
    "{count} error": "{count} lỗi",
    "{count} errors": "{count} lỗi",
    "{count} warning": "{count} cảnh báo",
    "{count} warnings": "{count} cảnh báo",
    "error": "lỗi",
    "warning": "cảnh báo",
    "hint": "gợi ý",
    "The {count} provincial units since 01/07/2025 (Nghị quyết 202/2025/QH15)": "{count} đơn vị hành chính cấp tỉnh từ 01/07/2025 (Nghị quyết 202/2025/QH15)",
    "The 63 former units and the unit each merged into on 01/07/2025": "63 tỉnh, thành phố cũ và đơn vị hợp nhất từ 01/07/2025",
    "name": "tên",
    "slug": "mã định danh",
    "kind": "loại",
    "predecessors": "tỉnh cũ",
    "plan": "kế hoạch",
    "yes": "có",
    "former code": "mã cũ",
    "merged into": "hợp nhất vào",
    "current code": "mã mới",
    "city": "thành phố",
    # CLI
    "note: {note}": "lưu ý: {note}",
    "{former} merged into {unit} on {date} (Nghị quyết 202/2025/QH15): showing {unit}'s plan.": "{former} đã hợp nhất vào {unit} từ {date} (Nghị quyết 202/2025/QH15): hiển thị kế hoạch của {unit}.",
    "error: {message}": "lỗi: {message}",
    "no plan for the province '{query}' in {folder}.": "không có kế hoạch cho tỉnh '{query}' trong {folder}.",
    " Did you mean {names}?": " Có phải là {names}?",
    " Plans there: {names}.": " Các kế hoạch có: {names}.",
    "{unit} has no plan in {folder} yet; write one with the fields of docs/plan-format.md.": "{unit} chưa có kế hoạch trong {folder}; tạo bằng `nhaoxh new` theo docs/plan-format.md.",
    # show, explain, list
    "no source": "không có nguồn",
    "whole span": "cả giai đoạn",
    "{title}, period {period}": "{title}, giai đoạn {period}",
    "Statuses: met ≥ 100%, near ≥ 95%, at risk ≥ 85%, off track below.": "Tình trạng: đạt ≥ 100%, gần đạt ≥ 95%, có nguy cơ ≥ 85%, chậm khi thấp hơn.",
    "Completions are reported for every year of the period: the forecast is what was reported, {units}.": "Đã có báo cáo hoàn thành cho mọi năm của giai đoạn: dự báo là số đã báo cáo, {units}.",
    "{name}: {target}; gap {forecast} − {target} = {gap}; ratio {forecast} / {target} = {ratio} → {status}": "{name}: {target}; chênh lệch {forecast} − {target} = {gap}; tỷ lệ {forecast} / {target} = {ratio} → {status}",
    " — another source's figure, not used": " — số liệu của nguồn khác, không dùng",
    "(units already completed, as the source states)": "(số căn đã hoàn thành, theo văn bản)",
    "stated units win": "dùng số căn văn bản nêu",
    "not a valid plan": "kế hoạch không hợp lệ",
    "stated total": "tổng văn bản nêu",
    " (the share {share}% of {stage} would give {computed})": " (tỷ lệ {share}% của {stage} sẽ là {computed})",
    "round({share}% × {stage}) = {units}, halves up": "làm tròn({share}% × {stage}) = {units}, nửa làm tròn lên",
    "a share of a stage whose units the source does not give: unknown": "tỷ lệ của nhóm dự án mà văn bản không nêu số căn: chưa rõ",
    "Plans": "Các kế hoạch",
    "territories": "địa bàn",
    "targets": "chỉ tiêu",
    "pipeline": "dự án",
    "last report": "báo cáo gần nhất",
    "missing": "còn thiếu",
    # spreadsheets
    "territory": "địa bàn",
    "sources": "nguồn",
    "source": "nguồn",
    "key": "khóa",
    "document": "văn bản",
    "date": "ngày",
    "title": "trích yếu",
    "from": "từ",
    "to": "đến",
    # html report
    "Forecast by year, with the P10–P90 range": "Dự báo theo năm, với khoảng P10–P90",
    "National yearly targets and reported completions": "Chỉ tiêu hằng năm và số hoàn thành cả nước",
    "Pipeline snapshots (units)": "Số liệu dự án theo thời điểm (căn)",
    "Notes": "Ghi chú",
    "yearly target": "chỉ tiêu năm",
    "reported completions": "số đã hoàn thành",
    "P10–P90 ({runs} runs, seed {seed}) · forecast · reported · yearly target; top {top}": "P10–P90 ({runs} lần, hạt giống {seed}) · dự báo · đã báo cáo · chỉ tiêu năm; đỉnh {top}",
    # problem titles and hints (nhaoxh_cli.findings.CODES); the specific message stays in English
    "file cannot be read": "không đọc được tệp",
    "check the path and its permissions": "kiểm tra đường dẫn và quyền đọc",
    "file is not UTF-8 text": "tệp không phải văn bản UTF-8",
    "save the file as UTF-8": "lưu tệp với mã UTF-8",
    "YAML syntax error": "lỗi cú pháp YAML",
    "fix the YAML at the position shown; quote text containing ': ' or '#'": "sửa YAML tại vị trí đã chỉ; đặt trong ngoặc kép chữ có ': ' hoặc '#'",
    "duplicate key": "trùng khóa",
    "merge the two entries into one, or delete the wrong one": "gộp hai mục thành một, hoặc xóa mục sai",
    "anchors and aliases are not allowed": "không được dùng neo và bí danh (& và *)",
    "write the value out in full instead of using & and *": "viết đầy đủ giá trị thay vì dùng & và *",
    "unsupported YAML tag": "thẻ YAML không được hỗ trợ",
    "remove the tag (the part starting with '!'); plans hold plain values only": "xóa thẻ (phần bắt đầu bằng '!'); kế hoạch chỉ chứa giá trị thường",
    "file exceeds a size limit": "tệp vượt giới hạn kích thước",
    "split the file, or raise the limit if the plan really is this large": "tách tệp, hoặc nâng giới hạn nếu kế hoạch thật sự lớn như vậy",
    "file is empty or not a mapping": "tệp trống hoặc không phải danh sách các trường",
    "a plan file starts with 'schema_version: 1' and a 'province:' mapping": "tệp kế hoạch bắt đầu bằng 'schema_version: 1' và mục 'province:'",
    "link points outside the plans folder": "liên kết trỏ ra ngoài thư mục kế hoạch",
    "copy the plan into the folder instead of linking to it": "chép kế hoạch vào thư mục thay vì liên kết",
    "unknown key": "khóa không hợp lệ",
    "check the spelling against docs/plan-format.md": "kiểm tra chính tả theo docs/plan-format.md",
    "missing field": "thiếu trường",
    "add the field; docs/plan-format.md says what it holds": "thêm trường này; docs/plan-format.md mô tả nội dung",
    "wrong type or value": "sai kiểu hoặc giá trị",
    "write the value as docs/plan-format.md shows": "viết giá trị như docs/plan-format.md hướng dẫn",
    "units are not a whole number": "số căn không phải số nguyên",
    'write units as 4017 or "4.017" (quoted), never 4.017 unquoted': 'viết số căn là 4017 hoặc "4.017" (có ngoặc kép), không viết 4.017 không ngoặc',
    "negative number": "số âm",
    "units and years cannot be negative": "số căn và năm không được âm",
    "share outside 0–100%": "tỷ lệ ngoài khoảng 0–100%",
    "write the share as a percentage between 0 and 100": "viết tỷ lệ là phần trăm từ 0 đến 100",
    "not a finite number": "không phải số hữu hạn",
    "write a number (NaN and infinity are not figures)": "viết một số (NaN và vô cực không phải số liệu)",
    "YAML read a word as yes/no": "YAML hiểu một chữ thành có/không",
    "put the text in quotes: YAML 1.1 reads yes/no/on/off as true/false": "đặt chữ trong ngoặc kép: YAML 1.1 hiểu yes/no/on/off là đúng/sai",
    "YAML read text as a number": "YAML hiểu chữ thành số",
    'put the value in quotes so it stays text (e.g. code: "01")': 'đặt giá trị trong ngoặc kép để giữ là chữ (ví dụ code: "01")',
    "unsupported schema_version": "phiên bản định dạng không được hỗ trợ",
    "this version of nhaoxh reads schema_version 1": "phiên bản nhaoxh này đọc schema_version 1",
    "period runs backwards": "giai đoạn bị ngược",
    "start_year must not be after end_year": "start_year không được sau end_year",
    "periods overlap": "các giai đoạn chồng lấn",
    "periods are inclusive year ranges and must not share a year; record the source's wording in 'labels'": "giai đoạn là khoảng năm không được chung năm; ghi cách ghi của văn bản vào 'labels'",
    "unknown period": "giai đoạn không có trong kế hoạch",
    "name a period defined under 'periods', or 'total' for the whole span": "ghi một giai đoạn có trong 'periods', hoặc 'total' cho cả giai đoạn",
    "unknown source": "nguồn không có trong kế hoạch",
    "name a document defined under 'sources'": "ghi một văn bản có trong 'sources'",
    "unknown target": "chỉ tiêu không có trong kế hoạch",
    "name the id of a target in this plan": "ghi mã của một chỉ tiêu trong kế hoạch này",
    "duplicate id": "trùng mã",
    "give each period and target its own id": "mỗi giai đoạn và chỉ tiêu cần một mã riêng",
    "slug does not match the file name": "mã định danh không khớp tên tệp",
    "name the file <slug>.yaml, or change the slug": "đặt tên tệp là <slug>.yaml, hoặc đổi mã định danh",
    "slug or alias claimed by two plans": "mã định danh hoặc tên khác thuộc hai kế hoạch",
    "each slug and alias may belong to one plan only": "mỗi mã định danh và tên khác chỉ thuộc một kế hoạch",
    "unknown territory": "địa bàn không hợp lệ",
    "use a current unit's slug, former:<slug> for a unit before the 2025 merger, or vietnam": "dùng mã đơn vị hiện nay, former:<mã> cho tỉnh trước sáp nhập 2025, hoặc vietnam",
    "figures of different territories compared": "so sánh số liệu của các địa bàn khác nhau",
    "a share or a sum must stay within one territory: pre-merger and post-merger figures cover different land": "tỷ lệ hay tổng chỉ trong một địa bàn: số liệu trước và sau sáp nhập bao quát địa giới khác nhau",
    "target needs a period or years": "chỉ tiêu cần giai đoạn hoặc năm",
    "give a target exactly one of `period` (a period id, or total) and `years`": "mỗi chỉ tiêu ghi đúng một trong `period` (mã giai đoạn hoặc total) và `years`",
    "stated total differs from the sum of its parts": "tổng văn bản nêu khác tổng các thành phần",
    "take it back to the document's authors; the plan keeps the source's figure": "báo lại cơ quan soạn văn bản; kế hoạch giữ nguyên số của văn bản",
    "stage delivers more units than it holds": "nhóm dự án hoàn thành nhiều căn hơn tổng số căn",
    "check the stage's units and its deliveries against the source": "đối chiếu tổng số căn và số dự kiến hoàn thành với văn bản",
    "stated share disagrees with stated units": "tỷ lệ văn bản nêu không khớp số căn",
    "check the share and the units against the source": "đối chiếu tỷ lệ và số căn với văn bản",
    "goal below the quota it should meet": "mục tiêu thấp hơn chỉ tiêu phải đạt",
    "check the goal's units against the quota": "đối chiếu số căn của mục tiêu với chỉ tiêu",
    "target parts do not add up to the whole": "các phần của chỉ tiêu không cộng thành tổng",
    "check the per-period targets against the total": "đối chiếu chỉ tiêu từng giai đoạn với tổng",
    "stage units stated differently on two lines": "tổng số căn của nhóm dự án ghi khác nhau ở hai dòng",
    "check the stage's units against the source": "đối chiếu tổng số căn với văn bản",
    "figure not found in its quote": "số liệu không có trong trích dẫn",
    "check the figure against the quoted words: a digit may be mistyped": "đối chiếu số liệu với trích dẫn: có thể gõ nhầm chữ số",
    "stage units differ from the sum of its projects": "tổng số căn khác tổng các dự án",
    "check the stage's units and the project list against the source": "đối chiếu tổng số căn và danh mục dự án với văn bản",
    "sources disagree on the same figure": "các nguồn ghi khác nhau cùng một số liệu",
    "the plan uses the figure not marked `alternative`; check which is right": "kế hoạch dùng số không đánh dấu `alternative`; kiểm tra số nào đúng",
    "figure written in thousands twice": "số liệu ghi nghìn hai lần",
    '"12.000 nghìn" is twelve million: check the source\'s unit': '"12.000 nghìn" là mười hai triệu: kiểm tra đơn vị của văn bản',
    "merged unit differs from the sum of its predecessors": "đơn vị hợp nhất khác tổng các tỉnh cũ",
    "check both figures: they should cover the same land": "kiểm tra hai số liệu: phải cùng một địa giới",
    "snapshot total differs from the sum of its stages": "tổng tại thời điểm khác tổng các giai đoạn",
    "check the snapshot's figures against the source": "đối chiếu số liệu thời điểm với văn bản",
    "reported completions differ from the snapshots": "số hoàn thành báo cáo khác số liệu các thời điểm",
    "a year's completions should equal the change in the completed count between the snapshots around it": "số hoàn thành trong năm phải bằng mức tăng số đã hoàn thành giữa hai thời điểm đầu và cuối năm",
    "{count} plans": "{count} kế hoạch",
    # -- findings: the messages of the checks (checks/references.py) --
    "'{territory}' is not a territory nhaoxh knows": "'{territory}' không phải là vùng lãnh thổ nhaoxh biết",
    "target {target} covers {mine} but '{other}' covers {theirs}: the merger changed the land, so the figures cannot be compared or added": "chỉ tiêu {target} thuộc {mine} nhưng '{other}' thuộc {theirs}: sáp nhập đã thay đổi địa giới, nên không thể so sánh hay cộng các số liệu này",
    "target {target} has both `period` and `years`": "chỉ tiêu {target} có cả `period` lẫn `years`",
    "target {target} has neither `period` nor `years`": "chỉ tiêu {target} không có `period` cũng không có `years`",
    "period '{id}' runs from {start} back to {end}": "giai đoạn '{id}' chạy ngược từ {start} về {end}",
    "period '{id}' ({start}–{end}) overlaps '{other}' ({other_start}–{other_end})": "giai đoạn '{id}' ({start}–{end}) chồng lên '{other}' ({other_start}–{other_end})",
    "{section} {first} and {second} both have the id '{id}'": "{section} {first} và {second} cùng có id '{id}'",
    "'{total}' names the whole span and cannot be a period id": "'{total}' là tên của cả thời kỳ, không dùng làm id của một giai đoạn",
    "none is defined": "chưa khai báo",
    "'{period}' is not a period of this plan (periods: {choices})": "'{period}' không phải là giai đoạn của kế hoạch này (các giai đoạn: {choices})",
    "'{doc}' is not a document under sources ({choices})": "'{doc}' không phải là văn bản trong sources ({choices})",
    "'of: {of}' names no target of this plan": "'of: {of}' không trỏ tới chỉ tiêu nào của kế hoạch này",
    "target '{id}' is a share of itself": "chỉ tiêu '{id}' là tỷ lệ của chính nó",
    "part '{part}' names no target of this plan": "phần '{part}' không trỏ tới chỉ tiêu nào của kế hoạch này",
    # -- findings: clashes between plan files (checks/plan_set.py) --
    "'{name}' is already claimed by {file}": "'{name}' đã thuộc về {file}",
    "the file is named {stem} but its slug is '{slug}'": "tệp tên là {stem} nhưng mã định danh (slug) là '{slug}'",
    "rename the file to {slug}.yaml, or change the slug": "đổi tên tệp thành {slug}.yaml, hoặc sửa slug",
    # -- findings: the source's own arithmetic (checks/consistency.py) --
    "{where}, line {line}": "{where}, dòng {line}",
    "about ": "khoảng ",
    " ({cite})": " ({cite})",
    "target {target}": "chỉ tiêu {target}",
    "{stage} in {period}": "{stage} trong {period}",
    '{units} does not appear in its quote "{quote}" ({cite})': '{units} không có trong trích dẫn "{quote}" ({cite})',
    "the source states {about}{units} units for {period} ({cite}), but its own figures add up to {computed} ({terms}): a difference of {difference}": "văn bản ghi {about}{units} căn cho {period} ({cite}), nhưng chính các số liệu của văn bản cộng lại được {computed} ({terms}): chênh lệch {difference}",
    "{stage}: the deliveries add up to {delivered} ({terms}) but the stage holds {units} units{where}: {difference}": "{stage}: các phần hoàn thành theo giai đoạn cộng lại được {delivered} ({terms}) nhưng nhóm dự án chỉ có {units} căn{where}: {difference}",
    "{what}: {units}/{whole} is {implied}, but the source states about {share} ({cite}); the tolerance for about share is ±{tolerance} points": "{what}: {units}/{whole} là {implied}, nhưng văn bản ghi khoảng {share} ({cite}); sai số cho phép với tỷ lệ ước chừng là ±{tolerance} điểm phần trăm",
    "{what}: {units}/{whole} is {implied}, but the source states {share} ({cite}); the tolerance for an exact share is ±{tolerance} points": "{what}: {units}/{whole} là {implied}, nhưng văn bản ghi {share} ({cite}); sai số cho phép với tỷ lệ chính xác là ±{tolerance} điểm phần trăm",
    "{stage}: this line states the stage as {line_units} units ({cite}), the stage says {units}": "{stage}: dòng này ghi nhóm dự án có {line_units} căn ({cite}), còn nhóm dự án ghi {units}",
    "goal {goal} is {units} units ({cite}), below the {quota_units} of quota {quota} ({quota_cite}) it is meant to meet": "mục tiêu {goal} là {units} căn ({cite}), thấp hơn {quota_units} căn của chỉ tiêu {quota} ({quota_cite}) mà mục tiêu phải đạt",
    "target {target} is {units} units ({cite}), but its parts add up to {total} ({terms})": "chỉ tiêu {target} là {units} căn ({cite}), nhưng các phần của nó cộng lại được {total} ({terms})",
    "{cite} gives {units} for {target}, {used_cite} gives {used}; the plan uses {used}": "{cite} ghi {units} cho {target}, {used_cite} ghi {used}; kế hoạch dùng {used}",
    "completions {years}: {cite} reports {units}, {used_cite} reports {used}; the plan uses {used}": "số căn hoàn thành {years}: {cite} báo cáo {units}, {used_cite} báo cáo {used}; kế hoạch dùng {used}",
    '"{written} nghìn" is {households} households ({cite}); the source probably means {written}': '"{written} nghìn" là {households} hộ ({cite}); có lẽ văn bản muốn nói {written} hộ',
    "{unit}'s quota is {units} but its predecessors' add up to {total} ({terms})": "chỉ tiêu của {unit} là {units} nhưng chỉ tiêu của các đơn vị trước sáp nhập cộng lại được {total} ({terms})",
    "{unit} reports {units} units completed in {years} ({cite}), but its predecessors report {total} ({terms})": "{unit} báo cáo {units} căn hoàn thành trong {years} ({cite}), nhưng các đơn vị trước sáp nhập báo cáo {total} ({terms})",
    "snapshot {as_of}: {what} total {total}, stages add up to {sum}": "thống kê {as_of}: tổng {what} là {total}, các nhóm cộng lại được {sum}",
    "{units} units reported completed in {year} ({cite}), but the completed count went from {before} to {after} (+{change}) between the snapshots of {before_date} and {after_date}": "{units} căn được báo cáo hoàn thành năm {year} ({cite}), nhưng số căn đã hoàn thành tăng từ {before} lên {after} (+{change}) giữa hai lần thống kê {before_date} và {after_date}",
    "{stage}: the source states {units} units{where}, its {count} projects add up to {listed}": "{stage}: văn bản ghi {units} căn{where}, {count} dự án được liệt kê cộng lại được {listed}",
    "projects": "dự án",
    # -- findings: reading a plan file (loader/plans.py) --
    "{name} is a link to {target}, outside {folder}; it was not read": "{name} là liên kết tới {target}, nằm ngoài {folder}; tệp không được đọc",
    "this is a folder, not a plan file": "đây là thư mục, không phải tệp kế hoạch",
    "rename the folder, or move it elsewhere": "đổi tên thư mục, hoặc chuyển thư mục đi nơi khác",
    "this is not a regular file (a pipe, a socket or a device); it was not read": "đây không phải tệp thông thường (ống dẫn, socket hay thiết bị); tệp không được đọc",
    "a plans folder holds plan files; give a pipe's path on the command line to read it": "thư mục kế hoạch chỉ chứa tệp kế hoạch; muốn đọc từ ống dẫn thì ghi đường dẫn của nó trên dòng lệnh",
    "the file is {size} bytes; plans are limited to {limit} bytes": "tệp có {size} byte; kế hoạch giới hạn ở {limit} byte",
    "raise the limit with --max-file-size if the plan really is this large": "nâng giới hạn bằng --max-file-size nếu kế hoạch thật sự lớn như vậy",
    "cannot read the file: {reason}": "không đọc được tệp: {reason}",
    "the file is {encoding} text; plans are UTF-8": "tệp là văn bản {encoding}; kế hoạch phải là UTF-8",
    "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)": "lưu tệp dạng UTF-8 (trong đa số trình soạn thảo: Save with Encoding → UTF-8)",
    "byte {offset} (0x{byte}) is not valid UTF-8; the file seems to be in another encoding": "byte {offset} (0x{byte}) không hợp lệ trong UTF-8; có vẻ tệp dùng bảng mã khác",
    "the file holds no plan: it is empty or not a mapping of fields": "tệp không chứa kế hoạch: tệp rỗng hoặc không phải một danh sách trường",
    "schema_version is missing": "thiếu schema_version",
    "schema_version {version} is not supported": "schema_version {version} chưa được hỗ trợ",
    "the plan": "kế hoạch",
    "unknown key '{key}' in {parent}": "khóa lạ '{key}' trong {parent}",
    "did you mean '{suggestion}'?": "có phải ý bạn là '{suggestion}'?",
    "{parent} lacks the required field '{field}'": "{parent} thiếu trường bắt buộc '{field}'",
    "YAML reads the unquoted {raw} as {value}, not as text": "YAML đọc {raw} (không có ngoặc kép) thành {value}, không phải văn bản",
    "YAML reads the unquoted {raw} as the number {value}, not as text": "YAML đọc {raw} (không có ngoặc kép) thành số {value}, không phải văn bản",
    'write it in quotes: "{raw}"': 'viết trong ngoặc kép: "{raw}"',
    "unknown stage '{key}' in pipeline": "nhóm dự án lạ '{key}' trong pipeline",
    "stages are {stages}": "các nhóm dự án là {stages}",
    # -- findings: reading YAML (loader/yamlnodes.py); the parser's own words stay English --
    "YAML syntax error: {problem}": "lỗi cú pháp YAML: {problem}",
    "YAML error: {error}": "lỗi YAML: {error}",
    "brackets are nested more than {depth} levels deep": "dấu ngoặc lồng nhau sâu quá {depth} cấp",
    "a plan is a few levels deep: check the brackets": "một kế hoạch chỉ sâu vài cấp: kiểm tra các dấu ngoặc",
    "values are nested more than {depth} levels deep": "các giá trị lồng nhau sâu quá {depth} cấp",
    "a plan is a few levels deep: check the brackets and indentation": "một kế hoạch chỉ sâu vài cấp: kiểm tra các dấu ngoặc và thụt lề",
    "the file holds more than {count} values": "tệp chứa hơn {count} giá trị",
    "raise the limit with --max-values if the plan really is this large": "nâng giới hạn bằng --max-values nếu kế hoạch thật sự lớn như vậy",
    "a key must be plain text, not a list or mapping": "khóa phải là chữ, không phải danh sách hay ánh xạ",
    "the tag {tag} is not allowed": "không cho phép thẻ {tag}",
    "an alias (*{anchor}) reuses another value here": "bí danh (*{anchor}) dùng lại một giá trị khác ở đây",
    "an alias reuses another value here": "bí danh dùng lại một giá trị khác ở đây",
    "merge keys (<<) are not allowed": "không cho phép khóa gộp (<<)",
    "duplicate key '{key}' (first at line {first}); a key may appear once in a mapping, and most YAML readers silently keep only the last": "khóa '{key}' bị lặp (lần đầu ở dòng {first}); mỗi khóa chỉ được xuất hiện một lần, và đa số trình đọc YAML lặng lẽ chỉ giữ lần cuối",
    "cannot read {value}: {error}": "không đọc được {value}: {error}",
    # -- findings: figures and fields (numbers.py, model.py) --
    "{path}: {detail}": "{path}: {detail}",
    "a whole number": "một số nguyên",
    "a share": "một tỷ lệ",
    "an amount": "một số tiền",
    "{shown} is not a number of units": "{shown} không phải là số căn",
    "{shown} is not {noun}": "{shown} không phải là {noun}",
    "{shown} is read by YAML as a yes/no value, not a number of units": "YAML đọc {shown} thành giá trị có/không, không phải số căn",
    "{shown} is read by YAML as a yes/no value, not {noun}": "YAML đọc {shown} thành giá trị có/không, không phải {noun}",
    "{shown} is read by YAML as the decimal number {value}, not a whole number of units; if the source means {meant} units, write it without the dot or in quotes the Vietnamese way": "YAML đọc {shown} thành số thập phân {value}, không phải số căn nguyên; nếu văn bản muốn nói {meant} căn, hãy viết không có dấu chấm hoặc đặt trong ngoặc kép theo cách viết của Việt Nam",
    '{value} is not a whole number of units; write 4017 or "4.017" (a dot groups thousands, as in the decision)': '{value} không phải là số căn nguyên; viết 4017 hoặc "4.017" (dấu chấm phân cách hàng nghìn, như trong quyết định)',
    '{value} is not {noun}; write a percentage such as 60% or "60,5%"': '{value} không phải là {noun}; viết tỷ lệ phần trăm như 60% hoặc "60,5%"',
    "cannot compute a share: {error}": "không tính được tỷ lệ: {error}",
    "{number} units: units cannot be negative": "{number} căn: số căn không thể âm",
    "a share of {share}% is outside 0–100%; write 60% for sixty percent": "tỷ lệ {share}% nằm ngoài 0–100%; viết 60% cho sáu mươi phần trăm",
    "{value} is not a year; write it as 2025": "{value} không phải là năm; viết dạng 2025",
    "{value} is not a plausible year": "{value} không phải là một năm hợp lý",
    "{value} is a yes/no value, not text": "{value} là giá trị có/không, không phải văn bản",
    "{value} is a number, not text": "{value} là số, không phải văn bản",
    "expected text": "cần văn bản",
    '{value} is not a year or a range of years; write "2025" or "2021-2024"': '{value} không phải là năm hay khoảng năm; viết "2025" hoặc "2021-2024"',
    "the years {first}-{last} run backwards": "các năm {first}-{last} chạy ngược",
    "the key '{key}' in {parent} is not allowed: {detail}": "khóa '{key}' trong {parent} không được phép: {detail}",
}
