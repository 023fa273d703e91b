"""The Vietnamese words that say what a figure is, defined once.

Each phrase maps to a cue: the kind it signals (quota, goal, demand,
completed, a pipeline stage, a projected completion, a stated total), or a
reason to hold it back (a difference, a construction milestone). Phrases are
whole words, matched on tone-normalised lower case (`words.canon`). The
tests in tests/test_extract_words.py give a sentence for each family.
"""

from __future__ import annotations

from ..domain import Stage
from .result import Qualifier
from .words import Phrases

# cue names
QUOTA, GOAL, DEMAND, COMPLETED, WEAK_COMPLETED = "quota", "goal", "demand", "completed", "weak_completed"
STARTED, TO_START, INVESTOR, SELECTING, IN_PROGRESS, RENOVATION = (
    "started",
    "to_start",
    "investor",
    "selecting",
    "in_progress",
    "renovation",
)
EXPECTED, TOTAL, DIFFERENCE, MILESTONE, RANKING, NEUTRAL = (
    "expected",
    "total",
    "difference",
    "milestone",
    "ranking",
    "neutral",
)
FUTURE = "future"  # sẽ, dự kiến: turns a completion into a projected one
HYPOTHETICAL = "hypothetical"  # khi: "khi đưa vào sử dụng" is not a completion

#: Handed to investors: an investor-selected stage only where the sentence says "giao" before the count.
HANDED = ("cho các chủ đầu tư", "cho chủ đầu tư", "cho các nhà đầu tư", "cho nhà đầu tư")

_CUES: list[tuple[str, str]] = [
    # quotas: assigned from above
    *((p, QUOTA) for p in ("chỉ tiêu", "được giao", "giao chỉ tiêu", "nhận chỉ tiêu", "được giao chỉ tiêu",
                           "phải hoàn thành", "phải xây", "phải xây dựng",
                           "cần hoàn thành", "cần xây dựng", "phải đạt",
                           "chính phủ giao", "thủ tướng giao", "trung ương giao", "chính phủ đặt ra",
                           "được giao hoàn thành", "giao cho")),
    # local goals
    # "cần phát triển": a goal, a quota only where the sentence names who gave it (prose._kind)
    *((p, GOAL) for p in ("mục tiêu", "phấn đấu", "phần đầu", "đặt mục tiêu", "kế hoạch", "đặt kế hoạch",
                          "cần phát triển", "phải phát triển",
                          "định hướng", "hướng tới")),
    ("nhu cầu", DEMAND),
    # completed
    *((p, COMPLETED) for p in ("đã hoàn thành", "đã về đích", "về đích", "đã hình thành", "đã được hoàn thành",
                               "đưa vào sử dụng", "đã đưa vào sử dụng", "đưa vào khai thác", "đã bàn giao",
                               "bàn giao", "đã xây dựng xong", "đã hoàn thiện", "hoàn thành đưa vào sử dụng")),
    *((p, WEAK_COMPLETED) for p in ("hoàn thành", "hoàn thành được")),
    # pipeline stages
    *((p, STARTED) for p in ("đang thi công", "đã khởi công", "đã được khởi công", "đang xây dựng",
                             "vừa khởi công", "mới khởi công", "khởi công mới", "được khởi công mới",
                             "đang được thi công", "đã thi công", "được khởi công",
                             "đang triển khai thi công", "đã triển khai thi công", "tổ chức khởi công",
                             "chính thức khởi công", "lễ khởi công", "làm lễ khởi công", "đã triển khai xây dựng",
                             "đang triển khai xây dựng")),
    *((p, TO_START) for p in ("chuẩn bị khởi công", "sắp khởi công", "sẽ khởi công", "sẽ được khởi công",
                              "dự kiến được khởi công",
                              "dự kiến khởi công", "kế hoạch khởi công", "chuẩn bị thi công")),
    *((p, INVESTOR) for p in ("đã lựa chọn chủ đầu tư", "đã chọn chủ đầu tư", "có chủ đầu tư", "đã có chủ đầu tư",
                              "đã giao chủ đầu tư", "chấp thuận chủ trương đầu tư", "chấp thuận chủ trương",
                              "được chấp thuận chủ trương", "đã lựa chọn nhà đầu tư", "chấp thuận nhà đầu tư",
                              "đã chọn nhà đầu tư", "có nhà đầu tư",
                              # "tỉnh đã giao 4 dự án với khoảng 4.016 căn … cho các chủ đầu tư" (only after a
                              # "giao": prose._kind)
                              *HANDED)),
    *((p, SELECTING) for p in ("đang lựa chọn chủ đầu tư", "đang chọn chủ đầu tư", "đang lựa chọn nhà đầu tư",
                               "đang được lựa chọn nhà đầu tư", "đang được lựa chọn chủ đầu tư", "kêu gọi đầu tư",
                               "đang kêu gọi đầu tư", "lựa chọn nhà đầu tư", "lựa chọn chủ đầu tư",
                               "đang chọn nhà đầu tư")),
    *((p, IN_PROGRESS) for p in ("đang triển khai", "đang được triển khai", "đã được triển khai",
                                 "tiếp tục triển khai", "đang thực hiện", "đang được thực hiện", "được triển khai")),
    *((p, RENOVATION) for p in ("cải tạo chung cư cũ", "cải tạo, xây dựng lại chung cư cũ")),
    # projected completions, totals
    *((p, EXPECTED) for p in ("dự kiến hoàn thành", "sẽ hoàn thành", "kế hoạch hoàn thành", "dự kiến đưa vào sử dụng",
                              "dự kiến bàn giao", "dự báo", "sẽ có", "dự kiến",
                              # a purpose is not a result: "đôn đốc thi công để hoàn thành 4 dự án với 1.800 căn"
                              "để hoàn thành", "nhằm hoàn thành", "để kịp hoàn thành", "để sớm hoàn thành",
                              "để đưa vào sử dụng", "nhằm đưa vào sử dụng")),
    *((p, TOTAL) for p in ("tổng số căn", "tổng số")),  # a total only as a sentence's subject (prose)
    # held back
    *((p, DIFFERENCE) for p in ("vượt chỉ tiêu", "vượt kế hoạch", "vượt mục tiêu", "cao hơn", "thấp hơn",
                                "nhiều hơn", "ít hơn", "so với", "gấp", "tức là", "còn thiếu", "chênh lệch", "còn cần",
                                "tăng thêm", "con số")),
    *((p, MILESTONE) for p in ("phần thô", "cất nóc")),
    *((p, RANKING) for p in ("đứng thứ", "xếp thứ", "xếp sau", "đứng sau", "vị trí thứ", "dẫn đầu", "đứng đầu",
                             "kế đến là", "tiếp theo là", "lớn nhất", "nhiều nhất")),
    # words that look like cues but are not
    *((p, NEUTRAL) for p in ("theo kế hoạch", "nhu cầu nhà ở của người dân", "lên kế hoạch",
                             "kế hoạch số", "kế hoạch phát triển kinh tế",
                             # a start not made: "… lựa chọn chủ đầu tư để khởi công 4 dự án"
                             "để khởi công", "nhằm khởi công", "chưa khởi công", "chờ khởi công",
                             "chưa được khởi công", "để được khởi công", "đủ điều kiện khởi công", "cần khởi công",
                             "phải khởi công", "đề xuất khởi công", "cần triển khai xây dựng")),
    *((p, FUTURE) for p in ("sẽ", "sắp")),
    ("khi", HYPOTHETICAL),
]  # fmt: skip

CUES: Phrases[str] = Phrases(_CUES)

STAGE_OF_CUE: dict[str, Stage] = {
    STARTED: Stage.STARTED,
    TO_START: Stage.INVESTOR_SELECTED,  # a project about to start has its investor
    INVESTOR: Stage.INVESTOR_SELECTED,
    SELECTING: Stage.SELECTING_INVESTOR,
    IN_PROGRESS: Stage.OTHER,  # under way, stage unstated
    RENOVATION: Stage.OLD_APARTMENT_RENOVATION,
}

#: Stage lines of a decision ("+ Các dự án đã khởi công: 4.017/6.570 căn"), most specific first.
STAGE_LINES: Phrases[Stage] = Phrases(
    [
        *((p, Stage.SELECTING_INVESTOR) for p in ("đang chọn chủ đầu tư", "đang lựa chọn chủ đầu tư")),
        *((p, Stage.INVESTOR_SELECTED) for p in ("đã chọn chủ đầu tư", "đã lựa chọn chủ đầu tư", "có chủ đầu tư")),
        *((p, Stage.STARTED) for p in ("đã khởi công", "đang thi công")),
        *((p, Stage.OLD_APARTMENT_RENOVATION) for p in ("cải tạo chung cư cũ", "cải tạo, xây dựng lại chung cư cũ")),
        *((p, Stage.OTHER) for p in ("dự án khác", "các dự án khác", "dự án dự án khác")),
    ]
)

QUALIFIERS: Phrases[Qualifier] = Phrases(
    [
        ("khoảng", Qualifier.ABOUT),
        ("xấp xỉ", Qualifier.ABOUT),
        ("gần", Qualifier.UNDER),
        ("hơn", Qualifier.ABOVE),
        ("trên", Qualifier.ABOVE),
        ("vượt", Qualifier.ABOVE),
        ("đạt và vượt", Qualifier.ABOVE),
        ("ít nhất", Qualifier.AT_LEAST),
        ("tối thiểu", Qualifier.AT_LEAST),
    ]
)

NATIONAL: Phrases[str] = Phrases(
    (p, "national")
    for p in ("cả nước", "toàn quốc", "các địa phương", "các tỉnh", "các tỉnh thành", "các tỉnh, thành phố",
              "63 tỉnh", "34 tỉnh", "63 địa phương", "34 địa phương", "đề án", "từng địa phương", "trên cả nước")
)  # fmt: skip

#: Words that point back at the province being talked about.
ANAPHORS: Phrases[str] = Phrases(
    (p, "province") for p in ("tỉnh", "toàn tỉnh", "thành phố", "toàn thành phố", "trên địa bàn", "địa phương")
)

#: An area inside a province: a named commune, ward or district ("xã Mỹ Hạnh"), or "ở đây". `prose` takes
#: the named ones only before a capitalised name, so "nhà ở xã hội" is never an area.
AREAS: Phrases[str] = Phrases(
    [
        *((p, "named") for p in ("xã", "phường", "huyện", "quận", "thị xã", "thị trấn")),
        ("ở đây", "here"),
        ("tại đây", "here"),
    ]
)

#: The place words of a sentence in one pass: the whole country, "the province", an area inside it.
MARKERS: Phrases[str] = Phrases([*NATIONAL.entries, *ANAPHORS.entries, *AREAS.entries])

#: Words after a count that say it is not social housing.
NOT_SOCIAL: Phrases[str] = Phrases(
    (p, "not_social") for p in ("thương mại", "nhà ở thương mại", "nhà tạm", "nhà dột nát", "biệt thự", "liền kề")
)

SOCIAL_HOUSING: Phrases[str] = Phrases(
    (p, "social")
    for p in (
        "nhà ở xã hội",
        "noxh",
        "nơxh",
        "nhà ở công nhân",
        "thu nhập thấp",
        "nhà ở cho công nhân",
        "căn hộ xã hội",
    )
)

#: Housing support for poor households: counted in households (hộ), never units.
SUPPORT: Phrases[str] = Phrases(
    (p, "support") for p in ("hỗ trợ", "làm mới", "sửa chữa", "xóa nhà tạm", "xoá nhà tạm", "nhà tạm")
)

#: A clause opening with these refers to a figure just stated: "2.929 căn trong số này".
OF_WHICH: Phrases[str] = Phrases((p, "of_which") for p in ("trong số này", "trong số đó", "trong đó"))
