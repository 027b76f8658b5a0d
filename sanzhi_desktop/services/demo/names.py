"""Name tables for the demo village: surnames, given names by sex and era, phone prefixes.

Kept apart from :mod:`sanzhi_desktop.services.demo` because they are data, not
logic. The weights are rough shares for a rural county in southern Shaanxi
(Hanzhong): the national top surnames, plus some that are common locally
(党, 薛, 贾, 闫, 雷, 屈). 曾 and 单 are in on purpose: collators read them
wrongly (céng, dān), so a demo roster that contains them exercises the pinyin
override of :mod:`sanzhi_desktop.domain.names`.

Given names follow the fashion of the year of birth: a grandmother is 秀英 or
改霞, her granddaughter 欣怡 or 子涵. A few names are in more than one era on
purpose, since fashions overlap.
"""

from __future__ import annotations

#: Surname → relative weight among the village's families.
SURNAME_WEIGHTS: dict[str, float] = {
    "王": 8.0, "李": 7.5, "张": 7.0, "刘": 6.0, "陈": 4.0, "杨": 4.0, "赵": 3.0, "马": 2.0,
    "黄": 2.0, "周": 2.0, "吴": 2.0, "高": 2.0, "徐": 1.5, "孙": 1.5, "朱": 1.5, "胡": 1.5,
    "郭": 1.5, "何": 1.5, "罗": 1.2, "田": 1.2, "郑": 1.0, "梁": 1.0, "宋": 1.0, "唐": 1.0,
    "韩": 1.0, "冯": 1.0, "邓": 1.0, "曹": 1.0, "董": 1.0, "杜": 1.0, "魏": 1.0, "林": 0.8,
    "谢": 0.8, "许": 0.8, "彭": 0.8, "肖": 0.8, "袁": 0.8, "程": 0.8, "任": 0.8, "贾": 0.8,
    "秦": 0.8, "薛": 0.8, "闫": 0.8, "雷": 0.8, "余": 0.7, "吕": 0.7, "白": 0.7, "蒋": 0.6,
    "苏": 0.6, "丁": 0.6, "姚": 0.6, "卢": 0.6, "崔": 0.6, "范": 0.6, "石": 0.6, "付": 0.6,
    "段": 0.6, "侯": 0.6, "史": 0.6, "贺": 0.6, "郝": 0.6, "武": 0.6, "曾": 0.5, "潘": 0.5,
    "于": 0.5, "蔡": 0.5, "叶": 0.5, "姜": 0.5, "汪": 0.5, "廖": 0.5, "夏": 0.5, "方": 0.5,
    "孟": 0.5, "尹": 0.5, "毛": 0.5, "党": 0.5, "沈": 0.4, "钟": 0.4, "谭": 0.4, "陆": 0.4,
    "金": 0.4, "邹": 0.4, "熊": 0.4, "邱": 0.4, "江": 0.4, "邵": 0.4, "万": 0.4, "严": 0.4,
    "戴": 0.4, "向": 0.4, "屈": 0.4, "单": 0.3, "韦": 0.3, "龙": 0.3, "顾": 0.3, "龚": 0.3,
    "钱": 0.3, "孔": 0.3, "汤": 0.3, "寇": 0.3, "权": 0.3,
}  # fmt: skip

#: Surnames that can be a village's two or three big families (大姓).
DOMINANT_CANDIDATES = (
    "王", "李", "张", "刘", "陈", "杨", "赵", "马", "高", "郭", "何", "胡", "周", "吴", "田",
    "党", "贾", "薛",
)  # fmt: skip

#: Surnames whose collation needs the override; the demo makes sure they occur.
OVERRIDE_SURNAMES = ("曾", "单")

#: Surnames of Hui (回族) families in the region, most often 马.
HUI_SURNAMES: dict[str, float] = {"马": 6.0, "白": 1.5, "杨": 1.0, "李": 1.0, "丁": 1.0}

#: Eras of birth: (last birth year of the era, male names, female names).
GIVEN_NAMES: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        1959,
        (
            "建国", "国强", "志强", "国华", "振华", "德明", "永贵", "有福", "满仓", "广才",
            "福林", "根生", "长青", "保国", "树林", "占奎", "金锁", "栓柱", "忠厚", "福贵",
            "文德", "世昌", "德胜", "全有", "来福", "双喜", "天成", "守仁",
        ),
        (
            "秀英", "桂兰", "秀兰", "玉兰", "凤英", "桂英", "淑珍", "秀珍", "翠花", "玉梅",
            "兰英", "巧云", "改霞", "粉霞", "彩霞", "玉珍", "桂芳", "素芳", "银花", "金凤",
            "月娥", "改娥", "存芳", "引弟",
        ),
    ),
    (
        1975,
        (
            "建军", "卫东", "红军", "建华", "文斌", "卫国", "建平", "海军", "向东", "振江",
            "明", "军", "刚", "斌", "勇", "强", "永强", "建设", "立新", "跃进",
            "新民", "宏伟", "国庆", "志刚",
        ),
        (
            "红梅", "秀芳", "丽华", "春梅", "玉芳", "彩琴", "秀琴", "红霞", "亚琴", "凤琴",
            "芳", "霞", "梅", "红", "萍", "爱琴", "晓梅", "建英", "丽萍", "冬梅",
            "桂琴", "美兰",
        ),
    ),
    (
        1989,
        (
            "伟", "磊", "涛", "鹏", "峰", "军锋", "建锋", "伟峰", "利军", "小军",
            "亚军", "红伟", "海涛", "小龙", "波", "辉", "宁", "斌斌", "刚刚", "卫军",
            "海峰", "小平",
        ),
        (
            "丽", "娟", "燕", "艳", "敏", "丽娟", "小燕", "艳红", "海燕", "亚丽",
            "晓红", "美娟", "丽丽", "娜", "静", "小红", "芳芳", "艳丽", "莉", "晓燕",
            "丹丹",
        ),
    ),
    (
        2004,
        (
            "鹏飞", "超", "浩", "亮", "帅", "杰", "博", "飞", "俊杰", "文博",
            "家豪", "志伟", "晓东", "永康", "鑫", "旭", "凯", "龙飞", "少华", "阳",
            "宏亮", "晨",
        ),
        (
            "婷", "倩", "雪", "佳", "丹", "婷婷", "欢欢", "瑶", "蕾", "梦瑶",
            "佳佳", "倩倩", "雪梅", "璐", "悦", "晶晶", "蓉", "萌", "思雨", "甜甜",
        ),
    ),
    (
        9999,
        (
            "浩然", "子轩", "宇轩", "梓豪", "浩宇", "一诺", "俊熙", "子墨", "皓轩", "梓睿",
            "宇航", "博文", "睿", "辰", "轩", "奕辰", "铭泽", "沐阳", "嘉乐", "思远",
            "天佑", "昊",
        ),
        (
            "欣怡", "子涵", "梓涵", "诗涵", "雨桐", "可欣", "一诺", "语嫣", "梓萱", "思琪",
            "佳怡", "若曦", "雨涵", "欣妍", "沐晨", "诗琪", "心怡", "艺涵", "梦琪", "依诺",
        ),
    ),
)  # fmt: skip

#: Mobile prefixes of the three carriers (all match the domain's 1[3-9]xxxxxxxxx).
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip

#: The landline area code of Hanzhong, where the default demo code lies.
AREA_CODE = "0916"

#: Operators added to a demo office: the clerk (文书) and the accountant (会计), as in
#: most villages. Real-looking people, not job titles: their names reach the
#: change log and the sheets as handlers (issue 22), as a clerk's would.
DEMO_OPERATORS = ("王秀兰", "李建华")
#: Who the town's demo office is run by (the town's 党政办 clerk).
DEMO_TOWN_OPERATOR = "赵志强"


def given_names(birth_year: int, sex: str) -> tuple[str, ...]:
    """The given names in fashion for someone of ``sex`` born in ``birth_year``."""
    for last_year, male, female in GIVEN_NAMES:
        if birth_year <= last_year:
            return male if sex == "男" else female
    raise AssertionError("the last era is open-ended")  # pragma: no cover
