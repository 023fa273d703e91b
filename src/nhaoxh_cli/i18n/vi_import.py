"""Vietnamese of import and of the plan-format fields it fills: what it says while adding figures to plans."""

VI: dict[str, str] = {
    "For an editor's checks as you type: run `nhaoxh schema > plan.schema.json` in this folder,": "Để trình soạn thảo kiểm tra khi gõ: chạy `nhaoxh schema > plan.schema.json` trong thư mục này,",
    'then put the comment "yaml-language-server: $schema=plan.schema.json" (after a #) on the first line.': 'rồi đặt chú thích "yaml-language-server: $schema=plan.schema.json" (sau dấu #) ở dòng đầu tiên.',
    # model.py: the fields import writes
    "a percentage": "tỷ lệ phần trăm",
    "{percent}%: a percentage of a target cannot be negative": "{percent}%: tỷ lệ so với chỉ tiêu không thể âm",
    "a target marked not_assigned has no units or share; remove them, or not_assigned": "chỉ tiêu ghi not_assigned (không được giao) thì không có số căn hay tỷ lệ; xóa các số đó, hoặc bỏ not_assigned",
    "give at least one of units, percent and outcome": "ghi ít nhất một trong units (số căn), percent (tỷ lệ) và outcome (đạt/không đạt)",
}
VI.update(
    {
        # importer/parse.py: a row that cannot be imported
        "the row has more cells than the header has columns; put double quotes around a cell that holds a comma or a semicolon": "dòng có nhiều ô hơn số cột của dòng tiêu đề; đặt ô chứa dấu phẩy hoặc chấm phẩy trong dấu ngoặc kép",
        "'{text}' is not a kind; write one of {kinds}": "'{text}' không phải là một loại số liệu; ghi một trong {kinds}",
        "the unit is empty; write a province's name, slug or code": "cột unit đang trống; ghi tên, mã định danh hoặc mã số của tỉnh, thành phố",
        "'{text}' names no former unit; write former:<slug> as in data/provinces.yaml": "'{text}' không phải là đơn vị hành chính cũ nào; ghi former:<mã định danh> như trong data/provinces.yaml",
        "'{text}' is not a province, city or code.{hint}": "'{text}' không phải là tỉnh, thành phố hay mã số nào.{hint}",
        'the years are empty; write "2025" or "2026-2030"': 'cột năm đang trống; ghi "2025" hoặc "2026-2030"',
        '\'{text}\' is not a year or a range of years; write "2025" or "2026-2030"': '\'{text}\' không phải là một năm hay một khoảng năm; ghi "2025" hoặc "2026-2030"',
        "the years {text} run backwards or are not plausible": "các năm {text} bị ngược hoặc không hợp lý",
        "'{text}' is not a whole number of units; write 4670, 4.670 or 4,670, with a word such as khoảng, >, gần before it, or none for a target not assigned": "'{text}' không phải là số căn nguyên; ghi 4670, 4.670 hoặc 4,670, có thể kèm chữ như khoảng, >, gần phía trước, hoặc none nếu chỉ tiêu không được giao",
        " For a range, write its lower bound with the qualifier at_least and the range in the note.": " Với một khoảng, ghi cận dưới với mức at_least và ghi cả khoảng vào cột note.",
        "'{text}' is not a percentage; write 154, 154% or 102,4{hint}": "'{text}' không phải là tỷ lệ phần trăm; ghi 154, 154% hoặc 102,4{hint}",
        "the word before the percentage would be lost beside the units; write it in the note": "chữ đứng trước tỷ lệ sẽ bị mất khi đã có số căn; ghi nó vào cột note",
        "'{text}' is not a qualifier; write one of {names}": "'{text}' không phải là mức; ghi một trong {names}",
        "the qualifier {stated} disagrees with the word before the figure ({implied})": "mức {stated} không khớp với chữ đứng trước con số ({implied})",
        "'{text}' is not an outcome; write met or missed": "'{text}' không phải là kết quả; ghi met (đạt) hoặc missed (không đạt)",
        "'{text}' is not yes or no; write true or leave it empty": "'{text}' không phải là có/không; ghi true hoặc để trống",
        "'{text}' is not a date; write 2025-12-18, 18/12/2025, 12/2025 or 2025": "'{text}' không phải là ngày; ghi 2025-12-18, 18/12/2025, 12/2025 hoặc 2025",
        "the source is empty; name the outlet and article, or the document": "cột nguồn đang trống; ghi tên báo và bài viết, hoặc văn bản",
        "'{text}' is a file, not a source a reader can look up; cite the outlet or document it cites": "'{text}' là một tệp, không phải nguồn người đọc tra được; dẫn tờ báo hoặc văn bản mà tệp đó dẫn",
        "a note row needs its text in the note column": "dòng ghi chú cần có nội dung ở cột note",
        "a target holds units only; a percentage, outcome or partial count is a reported row": "chỉ tiêu chỉ ghi số căn; tỷ lệ, kết quả đạt/không đạt hay số lũy kế thuộc dòng reported",
        "a target needs its units, or none when the source says none was assigned": "chỉ tiêu cần có số căn, hoặc none khi nguồn nói không được giao",
        "{decision} is a provincial document: its figure is a goal, not a quota; write kind goal": "{decision} là văn bản của tỉnh: số liệu của nó là mục tiêu (goal), không phải chỉ tiêu được giao (quota); ghi kind là goal",
        "none means a target not assigned; a {kind} row needs a figure": "none nghĩa là chỉ tiêu không được giao; dòng {kind} cần có số liệu",
        "a {kind} row needs units, a percent or an outcome": "dòng {kind} cần có số căn, tỷ lệ hoặc kết quả đạt/không đạt",
        "only a reported count can be partial": "chỉ số liệu kết quả (reported) mới có thể là số lũy kế",
        # importer: what became of a row
        "the plan {file} does not load; run nhaoxh validate and fix it first": "kế hoạch {file} không đọc được; chạy nhaoxh validate và sửa trước",
        "{of} names no target of the plan {file}": "{of} không phải là chỉ tiêu nào của kế hoạch {file}",
        "{unit}, {kind} {years}: {figure}{extra}": "{unit}, {kind} {years}: {figure}{extra}",
        "note: {text}": "ghi chú: {text}",
        "the plan already holds this figure": "kế hoạch đã có số liệu này",
        "the plan holds {other} for the same {slot}; both kept, this one as an alternative": "kế hoạch đã có {other} cho cùng {slot}; giữ cả hai, số này là số liệu khác (alternative)",
    }
)
VI.update(
    {
        # checks/rules/ percent_targets, provincial_quotas, repository_sources, percent_units, same_slot:
        # the codes' titles and hints
        "percentage of an unknown target": "tỷ lệ so với một chỉ tiêu không có trong kế hoạch",
        "name the id of a target in this plan in `of`": "ghi vào `of` mã của một chỉ tiêu trong kế hoạch này",
        "provincial plan's figure written as a quota": "số liệu của kế hoạch cấp tỉnh bị ghi là chỉ tiêu được giao",
        "a figure a province sets itself is a goal: write kind: goal": "số liệu tỉnh tự đặt ra là mục tiêu: ghi kind: goal",
        "source is a file of this repository": "nguồn là một tệp của kho mã này",
        "cite the outlet or document the file cites, with its date": "dẫn tờ báo hoặc văn bản mà tệp đó dẫn, kèm ngày",
        "percentage of a target of other years or land": "tỷ lệ so với chỉ tiêu của năm khác hoặc địa bàn khác",
        "`of` names the target of the same years and territory, one that was assigned": "`of` phải là chỉ tiêu cùng năm, cùng địa bàn, và đã được giao",
        "two figures for the same slot": "hai số liệu cho cùng một chỉ tiêu/kết quả",
        "keep both, and mark the one the plan should not use `alternative: true`": "giữ cả hai, và ghi `alternative: true` cho số kế hoạch không dùng",
        "percentage disagrees with its units": "tỷ lệ không khớp với số căn",
        "check the count, the percent and the target": "kiểm tra lại số căn, tỷ lệ và chỉ tiêu",
        "outcome disagrees with the figures": "kết quả đạt/không đạt không khớp với số liệu",
        "check met/missed against the count and target": "đối chiếu đạt/không đạt với số căn và chỉ tiêu",
        "sources disagree on a result or projection": "các nguồn khác nhau về một kết quả hoặc dự kiến",
        "the plan uses the figure not marked `alternative`; check which is right": "kế hoạch dùng số không ghi `alternative`; kiểm tra số nào đúng",
        # the same rules: messages
        "{percent}% of no named target for {years}": "{percent}% so với một chỉ tiêu không nêu, năm {years}",
        "'{of}' is not the id of a target of this plan": "'{of}' không phải là mã chỉ tiêu nào của kế hoạch này",
        "{decision} is a provincial document, so its figure is a goal, not a quota": "{decision} là văn bản của tỉnh, nên số liệu của nó là mục tiêu, không phải chỉ tiêu được giao",
        "the source '{key}' is the file {document}; cite what it cites": "nguồn '{key}' là tệp {document}; hãy dẫn nguồn mà tệp đó dẫn",
        "{units} of {goal} is {actual}%, not the {percent}% stated": "{units} trên {goal} là {actual}%, không phải {percent}% như ghi",
        "'{outcome}' beside {percent}% of the target": "'{outcome}' trong khi đạt {percent}% chỉ tiêu",
        "'{of}' is a target not assigned: there is no figure to measure against": "'{of}' là chỉ tiêu không được giao: không có số nào để so sánh",
        "'{of}' is a target for {target_years}; the figure is for {years}": "'{of}' là chỉ tiêu của {target_years}; số liệu này là của {years}",
        "'{of}' is a target of {theirs}; the figure is of {mine}: the merger changed the land": "'{of}' là chỉ tiêu của {theirs}; số liệu này là của {mine}: việc sáp nhập đã thay đổi địa bàn",
        "{kind} {years} ({territory})": "{kind} {years} ({territory})",
        "a second figure for the same slot, {what}, and neither is an alternative": "số liệu thứ hai cho cùng {what}, và không số nào ghi là alternative",
        "sources disagree on {what}; the plan uses the other figure": "các nguồn khác nhau về {what}; kế hoạch dùng số kia",
    }
)
VI["{file} cannot be added to as text: {error}"] = "không thể thêm vào {file} dưới dạng văn bản: {error}"
VI.update(
    {
        # importer/planedit.py: the figure a change is about
        "quota": "chỉ tiêu",
        "goal": "mục tiêu",
        "demand": "nhu cầu",
        "reported result": "kết quả",
        "expected": "dự kiến",
        "note": "ghi chú",
        "none assigned": "không được giao",
        "met": "đạt",
        "missed": "không đạt",
        "{figures} / {outcome}": "{figures} / {outcome}",
        # the import command's summary
        "added": "đã thêm",
        "kept as an alternative": "giữ làm số liệu thay thế",
        "already in the plan": "đã có trong kế hoạch",
        "refused": "không nhận",
        "{rows} rows: {added} added, {conflict} kept as alternatives, {unchanged} already in the plans, {refused} refused": "{rows} dòng: thêm {added}, giữ làm số thay thế {conflict}, đã có sẵn {unchanged}, không nhận {refused}",
        "; written to {count} plans.": "; đã ghi vào {count} kế hoạch.",
        "; nothing written: a plan would have errors.": "; không ghi gì: một kế hoạch sẽ có lỗi.",
        "; nothing written (a dry run): add --write to apply.": "; chưa ghi gì (chạy thử): thêm --write để áp dụng.",
        "; nothing to change.": "; không có gì thay đổi.",
        "; written to {count} plan.": "; đã ghi vào {count} kế hoạch.",
        "percentage names no target": "tỷ lệ không nêu của chỉ tiêu nào",
        "name the quota of the same years in `of`": "ghi chỉ tiêu được giao của cùng những năm đó vào `of`",
        # the summary when rows were refused: the accepted rows are written, the refused left out
        "The refused row was left out: correct it and import the table again.": "Dòng không nhận đã được bỏ ra: sửa dòng đó rồi nhập lại bảng.",
        "The {count} refused rows were left out: correct them and import the table again.": "{count} dòng không nhận đã được bỏ ra: sửa các dòng đó rồi nhập lại bảng.",
        "--write writes the accepted rows and leaves out the refused one.": "--write sẽ ghi các dòng được nhận và bỏ ra dòng không nhận.",
        "--write writes the accepted rows and leaves out the {count} refused ones.": "--write sẽ ghi các dòng được nhận và bỏ ra {count} dòng không nhận.",
    }
)
