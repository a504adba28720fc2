#!/usr/bin/env python3
"""Generate the HOLDOUT brochures (Fixtures/holdout/).

    python3 Fixtures/generate_holdout.py              # all six
    python3 Fixtures/generate_holdout.py mext-2024    # just one

A second, independent set of synthetic brochures with layouts that differ from
Fixtures/generate.py: other page sizes (B5, A4 landscape), other margins, 8-11 pt body
type, sidebars, shaded / horizontal-rule-only tables, right-aligned numbers, numbered
headings, a 2-page spread with running footer and p.N page numbers, full-width photo
boxes.  Same conventions as the first set (see Fixtures/README.md): every visual line is
its own text object at an absolute position, drawn in a shuffled order; the expected
text and the facts are written next to each PDF.  Deterministic (invariant=1, seeded
shuffles).  The font registration and the facts builder (with its arithmetic checks)
are imported from generate.py; content and drawing code live here.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "sources"))

import generate as G  # noqa: E402  (registers the IPAex fonts, invariant mode)
import editions as ED  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

sw, wrap, FONT_NAMES = G.sw, G.wrap, G.FONT_NAMES
Z, MIX = ED.Z, ED.MIX

B5 = (182 * mm, 257 * mm)
A4 = (210 * mm, 297 * mm)
A4L = (297 * mm, 210 * mm)

# ======================================================================================
# CONTENT (invented; numbers add up, see the checks in generate.facts_for)
# ======================================================================================
SUPPORT = ED.SUPPORT


def exams(title, fy, tech_label, ab, ai, tb, ti):
    return ED.exam_block(title, fy, "事務系", tech_label, ab, ai, tb, ti)


# ---- 文部科学省 ----------------------------------------------------------------------
MEXT_CONTACTS = [
    {"track": "総合職事務系", "office": "大臣官房人事課任用班", "location": "中央合同庁舎第７号館東館３階",
     "tel": ["03-5253-4111（内線2139）"], "email": ["jinji-saiyo@mext.go.jp"]},
    {"track": "総合職技術系", "office": "科学技術・学術政策局人材政策課", "location": "中央合同庁舎第７号館東館１６階",
     "tel": ["03-5253-4111（内線3867）"], "email": ["gijutsu-saiyo@mext.go.jp"]},
]
MEXT_ACCESS = {
    "address": "東京都千代田区霞が関３-２-２ 中央合同庁舎第７号館",
    "routes": [
        "東京メトロ 銀座線『虎ノ門』駅 11番出口 直結",
        "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約５分",
        "東京メトロ 南北線『溜池山王』駅 徒歩約８分",
    ],
}
MEXT_INITS = [
    {"title": "フレックスタイムと「ゆう活」",
     "text": "勤務時間を柔軟に設定できるフレックスタイム制に加え、夏の朝型勤務「ゆう活」を実施し、夕方の時間を家族や自己研鑽に使えるようにしています。"},
    {"title": "テレワークとペーパーレス",
     "text": "全職員にノートパソコンを配備し、省内会議の資料は原則として電子化しています。在宅でも庁内と同じように業務を進められます。"},
    {"title": "若手職員の政策提案",
     "text": "入省１年目から５年目の職員が部局を越えてチームをつくり、教育・科学技術・文化の政策を幹部に直接提案する機会を設けています。"},
    {"title": "キャリア面談",
     "text": "年に２回、人事課の職員と面談し、希望する分野や働き方、育児や介護の予定を踏まえて今後のキャリアを一緒に考えます。"},
    {"title": "学校・研究現場での研修",
     "text": "新規採用職員は小中学校や大学、研究開発法人の現場で実地研修を行い、政策が届く現場の声に直接触れます。",
     "photoCaption": "小学校での現場研修の様子"},
]
MEXT_LEAD = {"title": "学びと研究の未来を、ともにつくる",
             "text": ["教育、科学技術、スポーツ、文化。文部科学省の仕事は、一人一人の可能性を広げる仕事です。",
                      "職員が長く力を発揮できるよう、柔軟な働き方と両立支援を進めています。"]}


def mext_training(asof, n):
    return {"title": "研修制度", "paragraphs": [
        "　入省後約１か月間の新規採用職員研修では、初任行政研修のほか、学校や研究機関、文化施設の見学を通じて、文部科学行政の全体像を学びます。",
        f"　また、人事院の行政官長期在外研究員制度による海外の大学院への留学や、国立大学・地方公共団体への出向の機会があります。{asof}現在、総合職職員{n}名が海外で研究・勤務しています。",
    ]}


def mext(year, asof, asof_text, cohort_intro, hiring, assign, ex, n_abroad, **extra):
    d = {
        "organization": "文部科学省", "document": "総合職採用パンフレット",
        "edition": {"year": year, "asOf": asof, "asOfText": asof_text},
        "contacts": MEXT_CONTACTS, "access": MEXT_ACCESS,
        "assignments": {"intro": cohort_intro, "header": ["", "事務系", "技術系"], "rows": assign},
        "hiring": {"intro": ["過去５年間の総合職採用者数です。"], "note": "※（　）内は女性の人数です。（内数）",
                   "tracks": {"admin": "事務系", "tech": "技術系"}, "rows": hiring},
        "exams": ex, "lead": MEXT_LEAD,
        "initiativesIntro": {"title": "働き方改革の取組",
                             "text": "人事課を中心に、職員が働きやすく、成長を実感できる職場づくりに取り組んでいます。"},
        "initiatives": MEXT_INITS, "supportTitle": "仕事と生活の両立支援制度", "supportSystems": SUPPORT,
        "supportSource": "参考：人事院 両立支援ハンドブック",
        "training": mext_training(asof_text.replace("現在", ""), n_abroad),
    }
    d.update(extra)
    return d


EDITIONS = {}
EDITIONS["mext-2024"] = mext(
    2024, "2024-03", "令和6年3月現在",
    ["令和5年度入省者（総合職）の配属先です。", "（令和6年3月現在）"],
    [
        (2020, "令和2年度", False, "35（15）", "26（12）", "9（3）"),
        (2021, "令和3年度", False, "38（17）", "28（13）", "10（4）"),
        (2022, "令和4年度", False, "35（17）", "27（14）", "8（3）"),
        (2023, "令和5年度", False, "41（20）", "30（15）", "11（5）"),
        (2024, "令和6年度", True, "39（18）", "29（14）", "10（4）"),
    ],
    [
        ("大臣官房", "3名", "1名"), ("総合教育政策局", "4名", ""), ("初等中等教育局", "6名", ""),
        ("高等教育局", "5名", ""), ("科学技術・学術政策局", "2名", "3名"), ("研究振興局", "2名", "4名"),
        ("研究開発局", "1名", "3名"), ("スポーツ庁", "2名", ""), ("文化庁", "3名", ""),
        ("他府省・地方公共団体", "2名", ""),
    ],
    exams("令和6年度入省予定者の試験区分", 2024, "技術系",
          ["法律：8名、経済：3名、", "政治・国際：4名、教養：7名"], ["行政：5名、人間科学：2名"],
          ["工学：3名、数理科学・物理・地球科学：2名"], ["化学・生物・薬学：3名、工学：2名"]),
    14,
)
EDITIONS["mext-2025"] = mext(
    2025, "2025-03", "令和7年3月現在",
    ["令和6年度入省者（総合職）の配属先（令和7年3月現在）"],
    [
        (2021, "令和3年度", False, "38（17）", "28（13）", "10（4）"),
        (2022, "令和4年度", False, "35（17）", "27（14）", "8（3）"),
        (2023, "令和5年度", False, "41（20）", "30（15）", "11（5）"),
        (2024, "令和6年度", False, "38（18）", "28（13）", "10（5）"),
        (2025, "令和7年度", True, "40（20）", "31（16）", "9（4）"),
    ],
    [
        ("大臣官房", "2名", "1名"), ("総合教育政策局", "4名", ""), ("初等中等教育局", "5名", ""),
        ("高等教育局", "5名", "1名"), ("科学技術・学術政策局", "2名", "2名"), ("研究振興局", "2名", "3名"),
        ("研究開発局", "1名", "3名"), ("スポーツ庁", "2名", ""), ("文化庁", "3名", ""),
        ("他府省・地方公共団体", "2名", ""),
    ],
    exams("令和7年度入省予定者の試験区分", 2025, "技術系",
          ["法律：9名、経済：2名、政治・国際：5名、", "人間科学：2名、教養：8名"], ["行政：4名、法務：1名"],
          ["工学：2名、デジタル：2名"], ["数理科学・物理・地球科学：2名、", "化学・生物・薬学：3名"]),
    16,
    runningFooter="文部科学省 総合職パンフレット",
    coverPhotoCaption="中央合同庁舎第７号館（文部科学省）",
)

# ---- 経済産業省 ----------------------------------------------------------------------
METI_CONTACTS = [
    {"track": "総合職事務系", "office": "大臣官房秘書課", "location": "経済産業省本館７階",
     "tel": ["03-3501-1511（内線2221）"], "email": ["saiyo-jimu@meti.go.jp"]},
    {"track": "総合職技術系", "office": "大臣官房技術総括・保安審議官室", "location": "経済産業省別館６階",
     "tel": ["03-3501-1511（内線3512）"], "email": ["saiyo-gijutsu@meti.go.jp"]},
]
METI_ACCESS = {
    "address": "東京都千代田区霞が関１-３-１ 経済産業省本館",
    "routes": [
        "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A12出口 徒歩約１分",
        "東京メトロ 銀座線『虎ノ門』駅 徒歩約５分",
    ],
}
METI_INITS = [
    {"title": "フレックスタイム・テレワーク",
     "text": "コアタイムのないフレックスタイム制と在宅勤務を組み合わせ、職員一人一人が自分に合った働き方を選べるようにしています。"},
    {"title": "業務のデジタル化",
     "text": "国会対応や決裁、資料作成の手続をデジタル化し、定型的な作業を減らして政策の企画立案に時間を使えるようにしています。"},
    {"title": "1on1ミーティング",
     "text": "上司と部下が月に１回程度、業務やキャリアについて話す1on1ミーティングを全部局で実施しています。"},
    {"title": "育児中職員のネットワーク",
     "text": "子育て中の職員が情報交換できる省内ネットワークがあり、先輩職員の経験談を聞く座談会を定期的に開いています。"},
    {"title": "若手プロジェクト",
     "text": "若手職員が所属を越えて集まり、自ら設定したテーマで調査と政策提言を行うプロジェクトを毎年実施しています。",
     "photoCaption": "若手プロジェクト成果発表会の様子"},
]


def meti(year, asof, asof_text, cohort_intro, hiring, assign, ex, training, **extra):
    d = {
        "organization": "経済産業省", "document": "総合職採用案内",
        "edition": {"year": year, "asOf": asof, "asOfText": asof_text},
        "contacts": METI_CONTACTS, "access": METI_ACCESS,
        "assignments": {"intro": cohort_intro, "header": ["", "事務系", "技術系"], "rows": assign},
        "hiring": {"intro": ["総合職の採用者数の推移（過去５年間）"], "note": "※（　）内は女性で内数",
                   "tracks": {"admin": "事務系", "tech": "技術系"}, "rows": hiring},
        "exams": ex,
        "lead": {"title": "日本の産業の明日を描く",
                 "text": ["経済産業省は、産業、通商、エネルギー、中小企業など、経済の幅広い分野を担当しています。",
                          "多様な職員が力を発揮できるよう、働き方の改革を進めています。"]},
        "initiativesIntro": {"title": "働き方改革",
                             "text": "「業務の見直し」と「柔軟な働き方」を二本柱に、次のような取組を進めています。"},
        "initiatives": METI_INITS, "supportTitle": "両立支援制度", "supportSystems": SUPPORT,
        "supportSource": "参考：人事院 両立支援策と制度の概要",
        "training": training,
    }
    d.update(extra)
    return d


EDITIONS["meti-2024"] = meti(
    2024, "2024-04", "令和6年4月現在",
    ["令和５年度入省者（総合職）の配属先", "（令和6年4月現在）"],
    [
        (2020, "2020年度", False, "74（24）", Z("52（18）"), "22（6）"),
        (2021, "2021年度", False, Z("79（28）"), "55（20）", Z("24（8）")),
        (2022, "2022年度", False, "77（28）", Z("50（19）"), "27（9）"),
        (2023, "2023年度", False, Z("79（31）"), "54（22）", Z("25（9）")),
        (2024, "2024年度", True, "82（33）", Z("56（23）"), "26（10）"),
    ],
    [
        ("大臣官房", "6名", Z("2名")), ("経済産業政策局", Z("7名"), "1名"), ("通商政策局", "6名", ""),
        ("貿易経済協力局", Z("4名"), ""), ("産業技術環境局", "3名", Z("5名")), ("製造産業局", Z("6名"), "4名"),
        ("商務情報政策局", "5名", Z("5名")), ("商務・サービスグループ", Z("3名"), ""),
        ("資源エネルギー庁", "8名", Z("5名")), ("中小企業庁", Z("4名"), ""), ("特許庁", "", "3名"),
        ("他省庁", Z("2名"), ""),
    ],
    exams("令和６年度採用予定者の試験区分", 2024, "技術系",
          ["法律：18名、経済：14名、政治・国際：6名、", "デジタル：2名、教養：9名"], ["行政：5名、法務：2名"],
          ["工学：8名、数理科学・物理・地球科学：3名、", "デジタル：3名"],
          ["工学：7名、化学・生物・薬学：3名、", "農業科学・水産：2名"]),
    {"title": "研修制度", "paragraphs": [
        "　入省後は、新規採用職員研修に続いて、地方経済産業局や中小企業の現場での研修を行い、地域経済の実情を学びます。",
        "　入省４年目以降には、海外の大学院への留学や国際機関・在外公館への出向の機会があります。令和６年４月現在、総合職職員42名が海外で勤務・研修中です。",
    ]},
)
EDITIONS["meti-2025"] = meti(
    2025, "2025-04", "令和7年4月現在",
    ["令和6年度入省者（総合職）の配属先（令和7年4月現在）"],
    [
        (2021, "R3", False, "79（28）", "55（20）", "24（8）"),
        (2022, "R4", False, "77（28）", "50（19）", "27（9）"),
        (2023, "R5", False, "79（31）", "54（22）", "25（9）"),
        (2024, "R6", False, "79（31）", "55（22）", "24（9）"),
        (2025, "R7", True, "84（35）", "57（24）", "27（11）"),
    ],
    [
        ("大臣官房", "5名", "2名"), ("経済産業政策局", "8名", "1名"), ("通商政策局", "6名", ""),
        ("貿易経済安全保障局", "5名", "1名"), ("産業技術環境局", "3名", "4名"), ("製造産業局", "6名", "4名"),
        ("商務情報政策局", "5名", "4名"), ("商務・サービスグループ", "3名", ""),
        ("資源エネルギー庁", "7名", "5名"), ("中小企業庁", "4名", ""), ("特許庁", "", "3名"),
        ("他省庁", "3名", ""),
    ],
    exams("令和7年度採用予定者の試験区分", 2025, "技術系",
          ["法律：17名、経済：15名、政治・国際：7名、", "デジタル：3名、教養：8名"], ["行政：6名、法務：1名"],
          ["工学：9名、デジタル：4名、", "数理科学・物理・地球科学：2名"], ["工学：8名、化学・生物・薬学：4名"]),
    {"title": "研修制度", "paragraphs": [
        "　入省後は、新規採用職員研修に続いて、地方経済産業局や中小企業の現場での研修を行い、地域経済の実情を学びます。",
        "　入省４年目以降には、海外の大学院への留学や国際機関・在外公館への出向の機会があります。令和７年４月現在、総合職職員45名が海外で勤務・研修中です。",
    ]},
)

# ---- 総務省 (two more editions; cohorts agree with Fixtures/sources/editions.py) -----
EDITIONS["soumu-2019"] = ED.soumu_edition(
    2019, "2019-05", "令和元年5月現在",
    ["令和元年度入省者（総合職）の配属状況は以下のとおりです。", "（令和元年5月現在）"],
    [
        (2015, "H27", False, "44（12）", "39（10）", "5（2）"),
        (2016, "H28", False, "45（13）", "40（11）", "5（2）"),
        (2017, "H29", False, "48（14）", "42（12）", "6（2）"),
        (2018, "H30", False, "51（16）", "45（14）", "6（2）"),
        (2019, "R1", False, "53（18）", "47（15）", "6（3）"),
    ],
    [
        ("大臣官房", "2名", ""), ("行政管理局", "4名", ""), ("行政評価局", "3名", ""),
        ("国際戦略局", "2名", "2名"), ("情報流通行政局", "4名", "1名"), ("総合通信基盤局", "2名", "3名"),
        ("統計局", "2名", ""), ("地方公共団体", "25名", ""), ("他省庁", "3名", ""),
    ],
    exams("【参考】令和元年度入省者 試験区分", 2019, ["技術系", "（うち情報通信行政）"],
          ["法律：14名、経済：5名、政治・国際：6名、", "教養：14名"], ["行政：7名、法務：1名"],
          ["工学：2名"], ["工学：3名、数理科学・物理・地球科学：1名"]),
    [ED.I_SURVEY, ED.I_360, ED.I_TELEWORK],
    16,
)
EDITIONS["soumu-2026"] = ED.soumu_edition(
    2026, "2026-03", "令和8年3月現在",
    [Z("令和7年度入省者（総合職）の配属状況は以下のとおりです。（令和8年3月現在）")],
    [
        (2022, Z("令和4年度"), False, "56（21）", Z("46（16）"), "10（5）"),
        (2023, Z("令和5年度"), False, Z("70（23）"), "61（20）", Z("9（3）")),
        (2024, Z("令和6年度"), False, "57（18）", Z("49（16）"), "8（2）"),
        (2025, Z("令和7年度"), False, Z("58（21）"), "50（18）", Z("8（3）")),
        (2026, "R8", True, "62（22）", Z("53（19）"), "9（3）"),
    ],
    [
        ("大臣官房", "1名", Z("1名")), ("行政管理局", Z("5名"), ""), ("行政評価局", "4名", ""),
        ("国際戦略局", Z("3名"), "2名"), ("情報流通行政局", "5名", Z("1名")), ("総合通信基盤局", Z("2名"), "4名"),
        ("統計局", "2名", ""), ("サイバーセキュリティ統括官室", Z("2名"), ""), ("地方公共団体", "23名", ""),
        ("他省庁", Z("3名"), ""),
    ],
    exams("【参考】令和８年入省者（予定）試験区分", 2026, ["技術系", "（うち情報通信行政）"],
          ["法律：9名、経済：３名、政治・国際：6名、", "デジタル：３名、教養：23名"], ["行政：８名、法務：1名"],
          ["工学：3名、デジタル：１名"], ["工学：２名、デジタル：2名、森林・自然環境：１名"]),
    [ED.I_SURVEY, ED.I_360, ED.I_SUPPORTER, ED.I_KAIGI, ED.I_1ON1, ED.I_FREEADDR],
    25,
    plannedSuffix="（予定）",
)

# ======================================================================================
# DRAWING
# ======================================================================================
BASE = dict(
    ml=36, mr=36, mt=36, mb=40, gutter=16, band_gap=12, block_gap=10,
    body_font="M", body=9.0, lead=1.5, head_font="G", head=11.0, hs="num",
    title=18, accent=colors.HexColor("#2b4c7e"), tint=colors.HexColor("#e8eef6"),
    shade=colors.HexColor("#d4dfee"), table=8.5, table_head=8.0, cell_pad=4.0, row_pad=2.6,
)


class S(dict):
    __getattr__ = dict.__getitem__


def style(**kw):
    d = dict(BASE)
    d.update(kw)
    return S(d)


class Page:
    def __init__(self, st, size):
        self.st = st
        self.pw, self.ph = size
        self.items, self.furniture, self.gfx, self.lines = [], [], [], []

    def text(self, x, y, s, font, size, bold=False, cs=0.0, color=None, furniture=False):
        (self.furniture if furniture else self.items).append((x, y, font, size, s, bold, cs, color))

    def out(self, line):
        self.lines.append(line)

    def rect(self, x, y, w, h, stroke=None, fill=None, lw=0.6, radius=0):
        ph = self.ph

        def f(c):
            c.saveState()
            c.setLineWidth(lw)
            if stroke is not None:
                c.setStrokeColor(stroke)
            if fill is not None:
                c.setFillColor(fill)
            if radius:
                c.roundRect(x, ph - y - h, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None))
            else:
                c.rect(x, ph - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        self.gfx.append(f)

    def line(self, x1, y1, x2, y2, color=colors.black, lw=0.5):
        ph = self.ph

        def f(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            c.line(x1, ph - y1, x2, ph - y2)
            c.restoreState()
        self.gfx.append(f)


def bbox(item):
    x, y, font, size, s, bold, cs, color = item
    return (x, y - size * 0.88, x + sw(s, font, size) + cs * max(len(s) - 1, 0), y + size * 0.12)


def check_page(page, name, pno):
    allit = page.items + page.furniture
    boxes = [bbox(i) for i in allit]
    for i, a in enumerate(boxes):
        if a[0] < 12 or a[2] > page.pw - 12 or a[1] < 12 or a[3] > page.ph - 12:
            raise SystemExit(f"{name} p{pno}: off page: {allit[i][4]!r} {a}")
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                raise SystemExit(f"{name} p{pno}: overlap {allit[i][4]!r} / {allit[j][4]!r}")


# ---- primitives -----------------------------------------------------------------------
def lines_at(page, x, y, w, lines, font=None, size=None, indent=0, color=None):
    st = page.st
    font = font or st.body_font
    size = size or st.body
    for ln in lines:
        if sw(ln, font, size) > w - indent + 0.5:
            raise SystemExit(f"line too wide for {w - indent:.1f}pt: {ln!r}")
        page.text(x + indent, y + size * 0.95, ln, font, size, color=color)
        page.out(ln)
        y += size * st.lead
    return y


def para(page, x, y, w, text, font=None, size=None, indent=0, color=None):
    st = page.st
    font = font or st.body_font
    size = size or st.body
    return lines_at(page, x, y, w, wrap(text, font, size, w - indent), font, size, indent, color)


def section(page, x, y, w, title, body, hs=None):
    """Headings: num  `1. 採用窓口` gothic in accent colour over a thin full-width rule;
    zen  `２　採用実績` on a tinted strip with a thick accent bar at its left;
    bracket  `【採用実績】` bold (render mode 2);  band  white text on an accent bar;
    vertical  one glyph per row at the LEFT of the section (one expected line)."""
    st = page.st
    hs = hs or st.hs
    size = st.head
    if hs == "num":
        page.text(x, y + size * 0.95, title, st.head_font, size, color=st.accent)
        page.out(title)
        y += size * 1.25
        page.line(x, y, x + w, y, color=st.accent, lw=0.7)
        return body(page, x, y + 5, w)
    if hs == "zen":
        h = size * 1.55
        page.rect(x, y, w, h, fill=st.tint)
        page.rect(x, y, 4, h, fill=st.accent)
        page.text(x + 10, y + h / 2 + size * 0.36, title, st.head_font, size)
        page.out(title)
        return body(page, x, y + h + 5, w)
    if hs == "bracket":
        page.text(x, y + size * 0.95, title, st.head_font, size, bold=True)
        page.out(title)
        return body(page, x, y + size * 1.5, w)
    if hs == "band":
        h = size * 1.6
        page.rect(x, y, w, h, fill=st.accent)
        page.text(x + 7, y + h / 2 + size * 0.36, title, st.head_font, size, color=colors.white)
        page.out(title)
        return body(page, x, y + h + 5, w)
    if hs == "vertical":
        pitch = size * 1.1
        y0 = y
        page.rect(x, y0, size * 1.6, len(title) * pitch + size * 0.6, fill=st.tint)
        for k, ch in enumerate(title):
            page.text(x + size * 0.3 + (size - sw(ch, st.head_font, size)) / 2, y + size * 1.1 + k * pitch, ch,
                      st.head_font, size, color=st.accent)
        page.out(title)
        col = size * 2.3
        yb = body(page, x + col, y, w - col)
        return max(yb, y0 + len(title) * pitch + size * 0.6)
    raise ValueError(hs)


def table(page, x, y, w, rows, rules="grid", header_rows=1, align=None, shade_header=False, zebra=False,
          size=None, hsize=None, header_cols=0):
    """rows: cell = str | [line, line] (joined in the expected text) | {"lines": [...], "rowspan": n}.
    rules: grid (all rules) | h (horizontal rules only, no vertical ones) | none.
    Header cells are centred; body cells aligned per `align` (L / C / R)."""
    st = page.st
    size = size or st.table
    hsize = hsize or st.table_head
    pad = st.cell_pad
    lh = size * 1.3
    ncol = len(rows[0])

    def norm(c):
        if isinstance(c, dict):
            return c
        if isinstance(c, str):
            return {"lines": [c] if c else []}
        return {"lines": list(c)}

    R = [[norm(c) for c in r] for r in rows]
    covered = set()
    for i, r in enumerate(R):
        for j, c in enumerate(r):
            for k in range(1, c.get("rowspan", 1)):
                covered.add((i + k, j))
    fs = lambda i, j: hsize if (i < header_rows or j < header_cols) else size
    fn = lambda i, j: "G" if (i < header_rows or j < header_cols) else st.body_font
    nat = [0.0] * ncol
    for i, r in enumerate(R):
        for j, c in enumerate(r):
            for ln in c["lines"]:
                nat[j] = max(nat[j], sw(ln, fn(i, j), fs(i, j)) + 2 * pad)
    if sum(nat) > w + 0.5:
        raise SystemExit(f"table too wide ({sum(nat):.1f} > {w:.1f}): {rows[0]}")
    extra = (w - sum(nat)) / ncol
    cw = [n + extra for n in nat]
    xs = [x]
    for c in cw:
        xs.append(xs[-1] + c)
    rh = []
    for i, r in enumerate(R):
        n = max([len(c["lines"]) for j, c in enumerate(r) if c.get("rowspan", 1) == 1 and (i, j) not in covered] + [1])
        rh.append(n * lh + 2 * st.row_pad)
    ys = [y]
    for h in rh:
        ys.append(ys[-1] + h)
    if shade_header:
        page.rect(x, y, w, ys[header_rows] - y, fill=st.shade)
    if zebra:
        for i in range(header_rows + 1, len(R), 2):
            page.rect(x, ys[i], w, rh[i], fill=st.tint)
    for i, r in enumerate(R):
        cells = []
        for j, c in enumerate(r):
            if (i, j) in covered:
                cells.append("")
                continue
            span = c.get("rowspan", 1)
            top, bot = ys[i], ys[i + span]
            n = len(c["lines"])
            ty = top + ((bot - top) - n * lh) / 2
            a = "C" if i < header_rows else (align[j] if align else ("L" if j == 0 else "R"))
            for k, ln in enumerate(c["lines"]):
                tw = sw(ln, fn(i, j), fs(i, j))
                tx = xs[j] + pad if a == "L" else (xs[j + 1] - pad - tw if a == "R" else (xs[j] + xs[j + 1] - tw) / 2)
                page.text(tx, ty + k * lh + lh * 0.5 + fs(i, j) * 0.36, ln, fn(i, j), fs(i, j))
            cells.append("".join(c["lines"]))
        page.out("\t".join(cells))
    if rules == "grid":
        for i in range(len(R) + 1):
            for j in range(ncol):
                if (i, j) not in covered:
                    page.line(xs[j], ys[i], xs[j + 1], ys[i], lw=0.8 if i in (0, header_rows, len(R)) else 0.35)
        for j in range(ncol + 1):
            page.line(xs[j], ys[0], xs[j], ys[-1], lw=0.45)
    elif rules == "h":
        for i in range(len(R) + 1):
            heavy = i in (0, header_rows, len(R))
            if shade_header and i == 0:
                continue
            page.line(x, ys[i], x + w, ys[i], color=st.accent if heavy else colors.HexColor("#9aa5b1"),
                      lw=1.1 if heavy else 0.35)
    elif shade_header:
        page.line(x, ys[-1], x + w, ys[-1], color=st.accent, lw=0.8)
    return ys[-1]


# ---- blocks: f(page, x, y, w) -> y --------------------------------------------------
def b_masthead(title, sub=None, org=None):
    """An accent band with the title in white; optional org line above, subtitle below."""
    def f(page, x, y, w):
        st = page.st
        s = st.title
        if org:
            y = lines_at(page, x, y, w, [org], font="G", size=st.body)
        h = s * 1.8
        page.rect(x, y, w, h, fill=st.accent)
        page.text(x + 12, y + h / 2 + s * 0.36, title, "G", s, color=colors.white)
        page.out(title)
        y += h + 4
        if sub:
            ss = st.body
            page.text(x + w - sw(sub, "G", ss), y + ss * 0.95, sub, "G", ss)
            page.out(sub)
            y += ss * 1.4
        return y
    return f


def b_contacts(E, title, hs=None, boxed=False, labels=("TEL", "Mail")):
    def body(page, x, y, w):
        st = page.st
        for c in E["contacts"]:
            y0 = y
            ix, iw = (x + 6, w - 12) if boxed else (x, w)
            if boxed:
                y += 5
            y = para(page, ix, y, iw, c["track"], font="G", color=st.accent)
            y = para(page, ix, y, iw, c["office"])
            y = para(page, ix, y, iw, c["location"])
            for t in c["tel"]:
                y = para(page, ix, y, iw, f"{labels[0]} {t}")
            for m in c["email"]:
                y = para(page, ix, y, iw, f"{labels[1]} {m}")
            if boxed:
                y += 3
                page.rect(x, y0, w, y - y0, stroke=st.accent, lw=0.5, radius=3)
            y += 5
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_access(E, title, hs=None):
    def body(page, x, y, w):
        y = para(page, x, y, w, E["access"]["address"])
        for r in E["access"]["routes"]:
            y = para(page, x, y, w, "・" + r, indent=0)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def hiring_label(E, row):
    fy, label, planned, *_ = row
    if not planned:
        return label
    suf = E.get("plannedSuffix", "（予定）")
    return label + suf if E.get("plannedSuffix") else [label, "（予定）"]


def b_hiring(E, title, hs=None, transposed=False, note_first=False, **tk):
    H = E["hiring"]
    tech = H["tracks"]["tech"]

    def body(page, x, y, w):
        st = page.st
        for ln in H["intro"]:
            y = para(page, x, y, w, ln)
        if note_first:
            y = para(page, x, y, w, H["note"], size=st.body * 0.88)
        y += 3
        if transposed:
            rows = [["年度"] + [hiring_label(E, r) for r in H["rows"]],
                    ["合計"] + [r[3] for r in H["rows"]],
                    [H["tracks"]["admin"]] + [r[4] for r in H["rows"]],
                    [tech] + [r[5] for r in H["rows"]]]
            y = table(page, x, y, w, rows, align=["L"] + ["R"] * len(H["rows"]), header_cols=1, **tk)
        else:
            rows = [["採用年度", "合計", H["tracks"]["admin"], tech]]
            rows += [[hiring_label(E, r), r[3], r[4], r[5]] for r in H["rows"]]
            y = table(page, x, y, w, rows, align=["L", "R", "R", "R"], **tk)
        if not note_first:
            y = para(page, x, y + 3, w, H["note"], size=st.body * 0.88)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_assign(E, title, hs=None, **tk):
    A = E["assignments"]

    def body(page, x, y, w):
        for ln in A["intro"]:
            y = para(page, x, y, w, ln)
        rows = [A["header"]] + [list(r) for r in A["rows"]]
        return table(page, x, y + 3, w, rows, align=["L", "R", "R"], **tk)
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_exam(E, title, hs=None, **tk):
    X = E["exams"]

    def body(page, x, y, w):
        y = para(page, x, y, w, X["title"], font="G")
        rows = [["区分", "試験", "内訳"]]
        ents = X["entries"]
        for k, e in enumerate(ents):
            first = k == 0 or ents[k - 1]["track"] != e["track"]
            n = sum(1 for f in ents if f["track"] == e["track"])
            grp = {"lines": e["track"] if isinstance(e["track"], list) else [e["track"]], "rowspan": n} if first else ""
            rows.append([grp, e["exam"], e["lines"]])
        return table(page, x, y + 2, w, rows, align=["C", "C", "L"], **tk)
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_exam_list(E, title, hs=None):
    X = E["exams"]

    def body(page, x, y, w):
        st = page.st
        y = para(page, x, y, w, X["title"], font="G")
        for e in X["entries"]:
            track = "".join(e["track"]) if isinstance(e["track"], list) else e["track"]
            y = para(page, x, y + 2, w, f"◆{track}・{e['exam']}", font="G", size=st.body * 0.95)
            for ln in e["lines"]:
                y = para(page, x, y, w, ln, indent=10)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_lead(E, size=None):
    def f(page, x, y, w):
        st = page.st
        s = size or st.head * 1.3
        y = lines_at(page, x, y, w, [E["lead"]["title"]], font="G", size=s, color=st.accent) + 2
        for ln in E["lead"]["text"]:
            y = para(page, x, y, w, ln)
        return y
    return f


def b_init_intro(E, hs=None, prefix="", suffix=""):
    I = E["initiativesIntro"]
    return lambda page, x, y, w: section(page, x, y, w, prefix + I["title"] + suffix, lambda p, x, y, w: para(p, x, y, w, I["text"]), hs)


def b_card(title, text, kind="bar"):
    """bar: accent bar at the left, no fill; frame: stroked rectangle; fill: tinted box."""
    def f(page, x, y, w):
        st = page.st
        ts = st.body * 1.08
        inner = w - 16
        tl = wrap(title, "G", ts, inner)
        bl = wrap(text, st.body_font, st.body, inner)
        h = 6 + len(tl) * ts * 1.35 + 3 + len(bl) * st.body * st.lead + 4
        if kind == "bar":
            page.rect(x, y, 3, h, fill=st.accent)
        elif kind == "frame":
            page.rect(x, y, w, h, stroke=st.accent, lw=0.6)
        else:
            page.rect(x, y, w, h, fill=st.tint, radius=3)
        yy = y + 6
        for ln in tl:
            page.text(x + 9, yy + ts * 0.95, ln, "G", ts, color=st.accent)
            page.out(ln)
            yy += ts * 1.35
        lines_at(page, x + 9, yy + 3, inner, bl)
        return y + h
    return f


def b_photo(caption, height=70):
    """Full-width photo placeholder: a grey rect, then one caption line under it."""
    def f(page, x, y, w):
        st = page.st
        page.rect(x, y, w, height, fill=colors.HexColor("#a9b0b7"))
        page.line(x, y, x + w, y + height, color=colors.white, lw=0.5)
        page.line(x, y + height, x + w, y, color=colors.white, lw=0.5)
        cs = st.body * 0.85
        page.rect(x, y + height, w, cs * 1.9, fill=colors.HexColor("#e4e6e8"))
        page.text(x + 6, y + height + cs * 1.3, caption, st.body_font, cs)
        page.out(caption)
        return y + height + cs * 1.9
    return f


def b_source(E):
    def f(page, x, y, w):
        st = page.st
        s = st.body * 0.85
        t = E["supportSource"]
        page.text(x + w - sw(t, st.body_font, s), y + s, t, st.body_font, s)
        page.out(t)
        return y + s * 1.5
    return f


def b_heading_only(title, hs=None):
    return lambda page, x, y, w: section(page, x, y, w, title, lambda p, x, y, w: y, hs)


def b_training(E, title=None, hs=None):
    T = E["training"]

    def body(page, x, y, w):
        for p in T["paragraphs"]:
            y = para(page, x, y, w, p)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title or T["title"], body, hs)


# ---- composition ----------------------------------------------------------------------
def full(*blocks):
    return ("cols", [list(blocks)], None, False)


def cols(*columns, widths=None, rule=False):
    return ("cols", [list(c) for c in columns], widths, rule)


def compose(st, size, bands, footer=None):
    page = Page(st, size)
    x0, x1 = st.ml, page.pw - st.mr
    W = x1 - x0
    y = st.mt
    for kind, columns, widths, rule in bands:
        n = len(columns)
        widths = widths or [1] * n
        usable = W - st.gutter * (n - 1)
        cws = [usable * wi / sum(widths) for wi in widths]
        ys, cx = [], x0
        for blocks, cw in zip(columns, cws):
            cy = y
            for k, b in enumerate(blocks):
                cy = b(page, cx, cy, cw)
                if k < len(blocks) - 1:
                    cy += st.block_gap
            ys.append(cy)
            cx += cw + st.gutter
        if rule and n > 1:
            cx = x0
            for cw in cws[:-1]:
                cx += cw + st.gutter
                page.line(cx - st.gutter / 2, y, cx - st.gutter / 2, max(ys), color=colors.HexColor("#b0b8c2"), lw=0.5)
        y = max(ys) + st.band_gap
    if y - st.band_gap > page.ph - st.mb:
        raise SystemExit(f"page overflows: content ends at {y - st.band_gap:.1f} > {page.ph - st.mb:.1f}")
    if footer:
        footer(page)
    return page


def spread_footer(text, pno):
    """Running footer + `p.N` at the OUTER corner (left on even pages, right on odd)."""
    def f(page):
        st = page.st
        yb = page.ph - 22
        page.line(st.ml, yb - 11, page.pw - st.mr, yb - 11, color=st.accent, lw=0.5)
        num = f"p.{pno}"
        if pno % 2 == 0:
            page.text(st.ml, yb, num, "G", 8, furniture=True)
            page.text(st.ml + 30, yb, text, "G", 7.5, furniture=True)
        else:
            page.text(page.pw - st.mr - sw(num, "G", 8), yb, num, "G", 8, furniture=True)
            page.text(page.pw - st.mr - 30 - sw(text, "G", 7.5), yb, text, "G", 7.5, furniture=True)
    return f


# ======================================================================================
# THE FIXTURES: each returns (E, [(style, pagesize, bands, footer|None), ...])
# ======================================================================================
def fx_mext_2024():
    # B5; 9 pt; numbered headings `1. …`; narrow contacts sidebar beside a wide main
    # column; hiring table with a SHADED header row (no rules) + zebra rows; assignment
    # table with horizontal rules only; right-aligned numbers; full-width photo box.
    E = EDITIONS["mext-2024"]
    st = style(ml=34, mr=30, mt=34, mb=36, body=9.0, head=11, hs="num", table=8.6, table_head=8.2, gutter=18,
               title=17)
    p1 = [
        full(b_masthead("文部科学省 総合職採用案内", "令和6年3月現在")),
        cols([b_contacts(E, "1. 採用窓口", boxed=True), b_access(E, "2. アクセス")],
             [b_hiring(E, "3. 採用実績", rules="none", shade_header=True, zebra=True),
              b_assign(E, "4. 配属実績", rules="h")],
             widths=[0.37, 0.63]),
        full(b_exam(E, "5. 試験区分", rules="grid", shade_header=True)),
    ]
    st2 = style(ml=34, mr=30, mt=34, mb=36, body=8.4, head=10.5, hs="num", table=8.2, table_head=8.0, gutter=14,
                block_gap=7, band_gap=9)
    I = E["initiatives"]
    S_ = E["supportSystems"]
    p2 = [
        full(b_lead(E, size=13)),
        full(b_init_intro(E, hs="num", prefix="6. ")),
        cols([b_card(i["title"], i["text"]) for i in I[:2]], [b_card(i["title"], i["text"]) for i in I[2:4]]),
        cols([b_card(I[4]["title"], I[4]["text"])], [b_photo(I[4]["photoCaption"], height=44)], widths=[1, 1]),
        full(b_heading_only("7. " + E["supportTitle"])),
        cols([b_card(s["name"], s["text"], kind="frame") for s in S_[:2]],
             [b_card(s["name"], s["text"], kind="frame") for s in S_[2:]]),
        full(b_source(E)),
        full(b_training(E, "8. 研修制度")),
    ]
    return E, [(st, B5, p1, None), (st2, B5, p2, None)]


def fx_mext_2025():
    # B5; 3 pages; p1 cover, pp.2-3 a spread with running footer `文部科学省 総合職パンフレット`
    # and `p.2` / `p.3` at the outer corners; 【】 bold headings; vertical 研修制度 heading
    # left of its section; ruled hiring table with right-aligned numbers; 3 initiative
    # columns of unequal width.
    E = EDITIONS["mext-2025"]
    common = dict(ml=30, mr=30, mt=30, mb=44, body=8.5, head=10.5, hs="bracket", table=8.2, table_head=7.8,
                  gutter=14, title=19, accent=colors.HexColor("#7a2e3b"), tint=colors.HexColor("#f6ecee"),
                  shade=colors.HexColor("#ecd5da"))
    st = style(**dict(common, body=9.5, head=11))
    p1 = [
        full(b_masthead("文部科学省 総合職採用パンフレット", "令和7年3月現在", org="Ministry of Education, Culture, Sports, Science and Technology")),
        full(b_lead(E, size=15)),
        full(b_photo(E["coverPhotoCaption"], height=120)),
        cols([b_contacts(E, "【採用窓口】")], [b_access(E, "【アクセス】")], widths=[1.1, 0.9], rule=True),
        full(b_training(E, hs="vertical")),
    ]
    st2 = style(**dict(common, body=9.0, table=9.0, table_head=8.6, row_pad=3.6, block_gap=14, band_gap=16))
    p2 = [
        full(b_hiring(E, "【採用実績】", rules="grid", shade_header=True, note_first=True)),
        cols([b_assign(E, "【配属実績】", rules="h")], [b_exam_list(E, "【試験区分】")], widths=[1.0, 1.0]),
    ]
    I = E["initiatives"]
    st3 = style(**dict(common, body=8.8, block_gap=9, band_gap=14))
    p3 = [
        full(b_init_intro(E, prefix="【", suffix="】")),
        cols([b_card(i["title"], i["text"], kind="fill") for i in I[:2]],
             [b_card(i["title"], i["text"], kind="fill") for i in I[2:4]],
             [b_card(I[4]["title"], I[4]["text"], kind="fill")], widths=[1.0, 1.0, 0.8]),
        full(b_heading_only("【" + E["supportTitle"] + "】")),
        cols([b_card(s["name"], s["text"], kind="bar") for s in E["supportSystems"][:2]],
             [b_card(s["name"], s["text"], kind="bar") for s in E["supportSystems"][2:]]),
        full(b_source(E)),
    ]
    foot = E["runningFooter"]
    return E, [(st, B5, p1, None), (st2, B5, p2, spread_footer(foot, 2)), (st3, B5, p3, spread_footer(foot, 3))]


def fx_meti_2024():
    # A4 LANDSCAPE; 8 pt; 3 columns of different widths; headings `１　採用窓口` (full-width
    # number + ideographic space) on a tinted strip; hiring table with horizontal rules only;
    # assignment table with a shaded header; ruled exam table with row-spanning groups;
    # mixed full/half-width digits cell by cell; 2018年度-style labels; 4 support boxes in a row.
    E = EDITIONS["meti-2024"]
    common = dict(ml=40, mr=40, mt=32, mb=34, body=8.0, head=10, hs="zen", table=7.8, table_head=7.4, gutter=20,
                  title=18, accent=colors.HexColor("#14665c"), tint=colors.HexColor("#e5f2ef"),
                  shade=colors.HexColor("#cde6e0"), block_gap=12)
    st = style(**common)
    p1 = [
        full(b_masthead("経済産業省 総合職採用案内", "令和６年４月現在")),
        cols([b_contacts(E, "１　採用窓口", labels=("電話", "メール")), b_access(E, "２　アクセス")],
             [b_hiring(E, "３　採用実績", rules="h"), b_exam(E, "５　試験区分", rules="grid")],
             [b_assign(E, "４　配属実績", rules="none", shade_header=True)],
             widths=[0.85, 1.35, 0.95]),
    ]
    st2 = style(**dict(common, body=8.2, block_gap=9))
    I = E["initiatives"]
    S_ = E["supportSystems"]
    p2 = [
        full(b_lead(E)),
        full(b_init_intro(E, hs="zen")),
        cols([b_card(i["title"], i["text"], kind="frame") for i in I[:2]],
             [b_card(i["title"], i["text"], kind="frame") for i in I[2:4]],
             [b_card(I[4]["title"], I[4]["text"], kind="frame")], widths=[1, 1, 1]),
        full(b_heading_only("６　" + E["supportTitle"])),
        cols(*[[b_card(s["name"], s["text"], kind="fill")] for s in S_]),
        full(b_source(E)),
        full(b_training(E, "７　研修制度")),
    ]
    return E, [(st, A4L, p1, None), (st2, A4L, p2, None)]


def fx_meti_2025():
    # A4 portrait, wide/asymmetric margins (64 left, 40 right), 10 pt; vertical headings to
    # the LEFT of page-1 sections; TRANSPOSED ruled hiring table (years as columns,
    # right-aligned numbers); sidebar column on the right; full-width photo-caption box.
    E = EDITIONS["meti-2025"]
    common = dict(ml=64, mr=40, mt=46, mb=50, body=10.0, head=11, hs="vertical", table=9.2, table_head=8.8,
                  gutter=22, title=20, accent=colors.HexColor("#8a5a00"), tint=colors.HexColor("#f7efe0"),
                  shade=colors.HexColor("#efdcb8"), band_gap=14, cell_pad=5)
    st = style(**common)
    p1 = [
        full(b_masthead("経済産業省 採用案内 2025", "令和7年4月現在")),
        cols([b_assign(E, "配属実績", rules="h")],
             [b_contacts(E, "採用窓口", hs="num"), b_access(E, "アクセス", hs="num")], widths=[1.15, 0.85]),
        full(b_hiring(E, "採用実績", transposed=True, rules="grid", shade_header=True)),
        full(b_exam(E, "試験区分", rules="h", shade_header=True)),
    ]
    st2 = style(**dict(common, body=9.6, hs="band", block_gap=9))
    I = E["initiatives"]
    p2 = [
        full(b_lead(E)),
        full(b_init_intro(E)),
        cols([b_card(i["title"], i["text"]) for i in I[0:2]], [b_card(i["title"], i["text"]) for i in I[2:4]]),
        full(b_card(I[4]["title"], I[4]["text"]), b_photo(I[4]["photoCaption"], height=150)),
    ]
    st3 = style(**dict(common, body=10.4, hs="band", block_gap=12, band_gap=18))
    S_ = E["supportSystems"]
    p3 = [
        full(b_heading_only(E["supportTitle"], hs="band")),
        cols([b_card(s["name"], s["text"], kind="fill") for s in S_[:2]],
             [b_card(s["name"], s["text"], kind="fill") for s in S_[2:]]),
        full(b_source(E)),
        full(b_training(E, hs="vertical")),
    ]
    return E, [(st, A4, p1, None), (st2, A4, p2, None), (st3, A4, p3, None)]


def fx_soumu_2019():
    # B5; 9.5 pt; labels H27..R1 (no planned row); main column LEFT with the tables and a
    # narrow contacts sidebar on the RIGHT with a column rule; white-on-accent band
    # headings; hiring table shaded header + grid; exam table with horizontal rules only.
    E = EDITIONS["soumu-2019"]
    common = dict(ml=32, mr=32, mt=32, mb=36, body=9.5, head=10.5, hs="band", table=8.8, table_head=8.4,
                  gutter=16, title=17, accent=colors.HexColor("#23507a"), row_pad=2.2)
    st = style(**common)
    p1 = [
        full(b_masthead("総務省 総合職 採用情報", "令和元年5月現在")),
        cols([b_hiring(E, "採用実績", rules="grid", shade_header=True),
              b_assign(E, "配属実績", rules="h")],
             [b_contacts(E, "採用窓口", labels=("TEL", "Mail")),
              b_access(E, "アクセス")], widths=[0.6, 0.4], rule=True),
    ]
    st2 = style(**dict(common, body=9.2, table=8.8, table_head=8.4, block_gap=12, band_gap=16, row_pad=4.0))
    I = E["initiatives"]
    p2 = [
        full(b_exam(E, "試験区分", rules="h", shade_header=False)),
        full(b_lead(E)),
        full(b_init_intro(E)),
        cols(*[[b_card(i["title"], i["text"], kind="fill")] for i in I], widths=[1.0, 1.25, 1.0]),
    ]
    st3 = style(**dict(common, body=9.5, block_gap=12, band_gap=18))
    S_ = E["supportSystems"]
    p3 = [
        full(b_heading_only(E["supportTitle"])),
        cols([b_card(s["name"], s["text"], kind="bar") for s in S_[:2]],
             [b_card(s["name"], s["text"], kind="bar") for s in S_[2:]]),
        full(b_source(E)),
        full(b_training(E, hs="vertical")),
    ]
    return E, [(st, B5, p1, None), (st2, B5, p2, None), (st3, B5, p3, None)]


def fx_soumu_2026():
    # A4 portrait, 11 pt body; labels `令和４年度` (full-width) and `R8（予定）` on one line;
    # mixed digit widths; numbered headings `1. …` on p1, 【】 on p2, vertical 研修制度 on
    # p3; contacts sidebar LEFT (narrow) beside the hiring table; ruled exam table with
    # row-spanning 技術系 group; full-width photo box for 業務見直し皆議.
    E = EDITIONS["soumu-2026"]
    common = dict(ml=42, mr=46, mt=40, mb=44, body=11.0, head=12.5, hs="num", table=9.6, table_head=9.0,
                  gutter=20, title=21, accent=colors.HexColor("#1b3f73"), band_gap=14, row_pad=2.4)
    st = style(**common)
    p1 = [
        full(b_masthead("総務省 採用情報 2026", "令和８年３月現在")),
        cols([b_contacts(E, "1. 採用窓口", boxed=True)],
             [b_hiring(E, "2. 採用実績", rules="h", shade_header=True)], widths=[0.4, 0.6]),
        cols([b_access(E, "3. アクセス")], [b_assign(E, "4. 配属実績", rules="grid", size=9.2, hsize=8.8)],
             widths=[0.42, 0.58]),
    ]
    st2 = style(**dict(common, body=10.0, table=9.0, table_head=8.6, hs="bracket", block_gap=9, band_gap=11))
    I = E["initiatives"]
    kai = [i for i in I if i.get("photoCaption")][0]
    rest = [i for i in I if not i.get("photoCaption")]
    p2 = [
        full(b_exam(E, "5. 試験区分", hs="num", rules="grid", shade_header=True)),
        full(b_lead(E, size=13)),
        full(b_init_intro(E, hs="bracket", prefix="【", suffix="】")),
        cols([b_card(i["title"], i["text"], kind="bar") for i in rest[:3]],
             [b_card(i["title"], i["text"], kind="bar") for i in rest[3:]] + [b_card(kai["title"], kai["text"], kind="bar")]),
        full(b_photo(kai["photoCaption"], height=100)),
    ]
    st3 = style(**dict(common, body=11.0, hs="bracket", block_gap=12, band_gap=16))
    S_ = E["supportSystems"]
    p3 = [
        full(b_heading_only("【" + E["supportTitle"] + "】")),
        cols([b_card(s["name"], s["text"], kind="frame") for s in S_[:2]],
             [b_card(s["name"], s["text"], kind="frame") for s in S_[2:]]),
        full(b_source(E)),
        full(b_training(E, hs="vertical")),
    ]
    return E, [(st, A4, p1, None), (st2, A4, p2, None), (st3, A4, p3, None)]


FIXTURES = {
    "mext-2024": fx_mext_2024,
    "mext-2025": fx_mext_2025,
    "meti-2024": fx_meti_2024,
    "meti-2025": fx_meti_2025,
    "soumu-2019": fx_soumu_2019,
    "soumu-2026": fx_soumu_2026,
}


# ======================================================================================
# output
# ======================================================================================
def facts(name, E, npages):
    f = G.facts_for(name, E, npages)
    suf = E.get("plannedSuffix")
    for r in f["hiring"]["rows"]:
        if r["planned"]:
            r["labelText"] = r["label"] + (suf or "（予定）")
    if not any(r["planned"] for r in f["hiring"]["rows"]):
        # no planned row: the exam breakdown describes the last actual cohort
        last = f["hiring"]["rows"][-1]
        for key in ("admin", "tech"):
            lab = f["hiring"]["tracks"][key]
            s = sum(e["total"] for e in f["exams"]["entries"] if e["track"] == lab)
            if s != last[key]["count"]:
                raise SystemExit(f"{name}: exam sum {lab} {s} != {last[key]['count']}")
    for k in ("runningFooter", "coverPhotoCaption"):
        if E.get(k):
            f[k] = E[k]
    return f


def draw(path, name, E, pages, tag="holdout"):
    """Draw every line as its own text object in a shuffled order seeded by `tag`, the set's name."""
    c = canvas.Canvas(path, pagesize=(pages[0].pw, pages[0].ph), invariant=1, pageCompression=1)
    c.setTitle(f'{E["organization"]} {E["document"]} {E["edition"]["asOfText"]}')
    c.setAuthor("BrochureKit fixtures")
    c.setCreator(f"Fixtures/generate_{tag}.py")
    c.setSubject(name)
    for pno, page in enumerate(pages, 1):
        c.setPageSize((page.pw, page.ph))
        for g in page.gfx:
            g(c)
        items = page.items + page.furniture
        order = list(range(len(items)))
        random.Random(f"{tag}/{name}/p{pno}").shuffle(order)
        for k in order:
            x, y, font, size, s, bold, cs, color = items[k]
            c.saveState()  # q..Q: Tc, Tr, colours do not leak into the next text object
            if color is not None:
                c.setFillColor(color)
                c.setStrokeColor(color)
            t = c.beginText()
            t.setFont(FONT_NAMES[font], size)
            t.setTextOrigin(x, page.ph - y)
            if cs:
                t.setCharSpace(cs)
            if bold:
                c.setLineWidth(size * 0.03)
                t.setTextRenderMode(2)
            t.textOut(s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def write(name, outdir, fixtures=None, facts_for=None, tag="holdout"):
    """Write NAME.pdf, NAME.expected.txt and NAME.facts.json; generate_holdout2.py passes its own set."""
    E, spec = (fixtures or FIXTURES)[name]()
    pages = []
    for pno, (st, size, bands, footer) in enumerate(spec, 1):
        try:
            page = compose(st, size, bands, footer)
        except SystemExit as e:
            raise SystemExit(f"{name} p{pno}: {e}")
        check_page(page, name, pno)
        pages.append(page)
    pdf = os.path.join(outdir, name + ".pdf")
    draw(pdf, name, E, pages, tag)
    out = []
    for k, p in enumerate(pages):
        if k:
            out.append("\f")
        out.extend(p.lines)
    with open(os.path.join(outdir, name + ".expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(outdir, name + ".facts.json"), "w", encoding="utf-8") as f:
        json.dump((facts_for or facts)(name, E, len(pages)), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return pdf, pages


def main():
    outdir = os.path.join(HERE, "holdout")
    os.makedirs(outdir, exist_ok=True)
    for name in sys.argv[1:] or list(FIXTURES):
        pdf, pages = write(name, outdir)
        print(f"{os.path.relpath(pdf, os.path.dirname(HERE))}: {len(pages)} page(s), {os.path.getsize(pdf)} bytes")


if __name__ == "__main__":
    main()
