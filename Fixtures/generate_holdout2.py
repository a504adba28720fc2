#!/usr/bin/env python3
"""Generate the SECOND holdout set of brochures (Fixtures/holdout2/).

    python3 Fixtures/generate_holdout2.py              # all five
    python3 Fixtures/generate_holdout2.py maff-2024    # just one

Blind holdout: made without looking at Sources/ or Tests/.  New ministries (農林水産省,
財務省, 環境省, 法務省; all figures invented but arithmetically consistent) and layouts
that neither Fixtures/generate.py nor Fixtures/generate_holdout.py draws: two-column grids
whose NARROW column is on the RIGHT, a B5 leaflet, marker headings (■ ◆ ＜＞), centred
headings between rules, tab headings, plain bold headings, contacts as a label|value
mini-table, zebra-striped tables with and without rules, a transposed table, running
header + `n / N` page numbers.  Same conventions as the other sets (Fixtures/README.md):
every visual line is its own text object at an absolute position, drawn in a shuffled
order with q/Q around each; NAME.expected.txt and NAME.facts.json are written beside
each NAME.pdf.  Deterministic (invariant=1, seeded shuffles).

The page model, overlap checks, wrapping, table and composition primitives are imported
from generate_holdout.py; the arithmetic checks (facts_for) from generate.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "sources"))

import generate as G  # noqa: E402  (registers the IPAex fonts, invariant mode)
import generate_holdout as H  # noqa: E402  (page model, table, compose, checks)
import editions as ED  # noqa: E402
from reportlab.lib import colors  # noqa: E402

sw, wrap, FONT_NAMES = G.sw, G.wrap, G.FONT_NAMES
Z = ED.Z
A4, B5 = H.A4, H.B5
para, lines_at, table, compose, full, cols = H.para, H.lines_at, H.table, H.compose, H.full, H.cols

# ======================================================================================
# CONTENT (invented; real building addresses, everything else made up)
# ======================================================================================
SUPPORT_A = [
    {"name": "育児休業",
     "text": "子が３歳に達する日まで、男女を問わず取得できます。令和５年度は男性職員の９割以上が１か月以上の育児休業を取得しました。"},
    {"name": "早出遅出勤務",
     "text": "小学校修了前の子の送迎や家族の介護を行う職員は、始業・終業時刻を最大２時間前後にずらして勤務できます。"},
    {"name": "子の看護休暇",
     "text": "中学校就学前の子の看護や予防接種、健康診断の付き添いのため、年５日（子が２人以上の場合は１０日）まで取得できます。"},
    {"name": "介護休暇・介護時間",
     "text": "要介護状態の家族を介護するため、通算６か月まで介護休暇を、３年の期間内で１日２時間以内の介護時間を取得できます。"},
]
SUPPORT_B = [
    {"name": "育児時間",
     "text": "小学校就学前の子を養育する職員は、１日２時間以内で勤務しないことができます（30分単位）。"},
    {"name": "超過勤務の制限",
     "text": "３歳未満の子を養育する職員は超過勤務の免除を、小学校就学前の子を養育する職員は月24時間を超える超過勤務の制限を請求できます。"},
    {"name": "配偶者出産休暇",
     "text": "妻の出産に伴う入退院の付き添いなどのため、出産の前後に２日以内で取得できる特別休暇です。"},
]


def exams(title, fy, admin, tech, ab, ai, tb, ti):
    return ED.exam_block(title, fy, admin, tech, ab, ai, tb, ti)


# ---- 農林水産省 ----------------------------------------------------------------------
MAFF_CONTACTS = [
    {"track": "総合職事務系", "office": "大臣官房秘書課", "location": "農林水産省本館４階（ドア番号本415）",
     "tel": ["03-3502-8111（内線3077）"], "email": ["saiyo-jimu@maff.go.jp"]},
    {"track": "総合職技術系", "office": "大臣官房技術政策室", "location": "農林水産省本館６階（ドア番号本662）",
     "tel": ["03-3502-8111（内線3126）"], "email": ["saiyo-gijutsu@maff.go.jp"]},
]
MAFF_ACCESS = {
    "address": "東京都千代田区霞が関１-２-１ 農林水産省本館",
    "routes": [
        "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B3a出口 直結",
        "東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約６分",
    ],
}
MAFF_LEAD = {"title": "食と農林水産業の現場から、未来をつくる",
             "text": ["食料の安定供給、農山漁村の振興、森林と海の保全。農林水産省の仕事は、",
                      "生産の現場と暮らしの両方につながっています。現場を知り、政策で応える仲間を求めています。"]}
MAFF_INITS = [
    {"title": "現場実習",
     "text": "入省１年目の職員は、農家や漁業協同組合、森林組合に約２週間滞在し、生産の現場で作業を体験しながら課題を学びます。"},
    {"title": "地方農政局での勤務",
     "text": "入省後の早い時期に地方農政局や森林管理局で勤務し、地域の生産者や自治体と一緒に事業を進める経験を積みます。"},
    {"title": "テレワーク・フレックスタイム",
     "text": "全職員にモバイル端末を配備し、テレワークとフレックスタイムを組み合わせた柔軟な働き方ができます。"},
    {"title": "メンター制度",
     "text": "入省から２年間、年次の近い先輩職員がメンターとなり、仕事の進め方や職場生活の相談に応じます。"},
]


def maff(year, asof, asof_text, cohort_intro, hiring, assign, ex, n_abroad, **extra):
    d = {
        "organization": "農林水産省", "document": "総合職採用案内",
        "edition": {"year": year, "asOf": asof, "asOfText": asof_text},
        "contacts": MAFF_CONTACTS, "access": MAFF_ACCESS,
        "assignments": {"intro": cohort_intro, "header": ["", "事務系", "技術系"], "rows": assign},
        "hiring": {"intro": ["総合職（事務系・技術系）の採用者数の推移です。"], "note": "※（　）内は女性の数で内数です。",
                   "tracks": {"admin": "事務系", "tech": "技術系"}, "rows": hiring},
        "exams": ex, "lead": MAFF_LEAD,
        "initiativesIntro": {"title": "現場を知る・柔軟に働く",
                             "text": "現場を知る研修と、長く働き続けられる職場づくりの両方に取り組んでいます。"},
        "initiatives": MAFF_INITS, "supportTitle": "両立支援制度", "supportSystems": SUPPORT_A,
        "supportSource": None,
        "training": {"title": "研修制度", "paragraphs": [
            "　新規採用職員研修（約１か月）の後、現場実習と地方勤務を通じて、農林水産行政の基礎を身につけます。",
            f"　入省５年目前後からは、海外の大学院への留学や在外公館・国際機関への派遣の機会があります。{asof_text.replace('現在', '')}現在、総合職職員{n_abroad}名が海外で研究・勤務しています。",
        ]},
    }
    d.update(extra)
    return d


EDITIONS = {}
EDITIONS["maff-2024"] = maff(
    2024, "2024-04", "令和6年4月現在",
    ["令和5年度入省者（総合職）の配属先です。（令和6年4月現在）"],
    [
        (2020, "令和2年度", False, "73（29）", "32（14）", "41（15）"),
        (2021, "令和3年度", False, "74（30）", "30（13）", "44（17）"),
        (2022, "令和4年度", False, "73（31）", "33（15）", "40（16）"),
        (2023, "令和5年度", False, "77（34）", "35（16）", "42（18）"),
        (2024, "令和6年度", True, "79（35）", "34（16）", "45（19）"),
    ],
    [
        ("大臣官房", "5名", "2名"), ("消費・安全局", "3名", "4名"), ("輸出・国際局", "4名", "1名"),
        ("農産局", "3名", "6名"), ("畜産局", "2名", "4名"), ("経営局", "5名", ""), ("農村振興局", "2名", "9名"),
        ("林野庁", "3名", "7名"), ("水産庁", "3名", "5名"), ("地方農政局", "3名", "4名"), ("他府省", "2名", ""),
    ],
    exams("令和6年度採用予定者の試験区分", 2024, "事務系", "技術系",
          ["法律：10名、経済：6名、政治・国際：3名、教養：8名"], ["行政：5名、法務：2名"],
          ["農業科学・水産：14名、農業農村工学：7名、", "森林・自然環境：6名"],
          ["農業科学・水産：9名、農業農村工学：4名、", "森林・自然環境：3名、化学・生物・薬学：2名"]),
    31, plannedMarker="（予定）", plannedInline=True,
)
EDITIONS["maff-2025"] = maff(
    2025, "2025-04", "令和7年4月現在",
    ["令和6年度入省者の配属先（令和7年4月現在）"],
    [
        (2021, "R3年度", False, "74（30）", "30（13）", "44（17）"),
        (2022, "R4年度", False, "73（31）", "33（15）", "40（16）"),
        (2023, "R5年度", False, "77（34）", "35（16）", "42（18）"),
        (2024, "R6年度", False, "77（33）", "33（15）", "44（18）"),
        (2025, "R7年度", True, "79（35）", "36（17）", "43（18）"),
    ],
    [
        ("大臣官房", "4名", "2名"), ("消費・安全局", "3名", "4名"), ("輸出・国際局", "4名", "2名"),
        ("農産局", "3名", "5名"), ("畜産局", "2名", "4名"), ("経営局", "4名", ""), ("農村振興局", "2名", "9名"),
        ("林野庁", "3名", "7名"), ("水産庁", "3名", "5名"), ("地方農政局", "3名", "6名"), ("他府省", "2名", ""),
    ],
    exams("令和7年度採用予定者の試験区分", 2025, "事務系", "技術系",
          ["法律：11名、経済：6名、政治・国際：4名、", "デジタル：1名、教養：8名"], ["行政：4名、法務：2名"],
          ["農業科学・水産：13名、農業農村工学：6名、", "森林・自然環境：5名、デジタル：2名"],
          ["農業科学・水産：8名、農業農村工学：4名、", "森林・自然環境：3名、化学・生物・薬学：2名"]),
    34, plannedMarker="（予定数）", plannedInline=False,
)

# ---- 財務省 --------------------------------------------------------------------------
EDITIONS["mof-2024"] = {
    "organization": "財務省", "document": "総合職採用パンフレット",
    "edition": {"year": 2024, "asOf": "2024-03", "asOfText": "令和6年3月現在"},
    "contacts": [
        {"track": "総合職事務系", "office": "大臣官房秘書課人事第一係", "location": "財務省本庁舎２階",
         "tel": ["03-3581-4111（内線2219）"], "email": ["jinji-saiyo@mof.go.jp"]},
        {"track": "総合職技術系", "office": "大臣官房秘書課人事第二係", "location": "財務省本庁舎２階",
         "tel": ["03-3581-4111（内線2236）"], "email": ["gijutsu-saiyo@mof.go.jp"]},
    ],
    "access": {"address": "東京都千代田区霞が関３-１-１ 財務省本庁舎",
               "routes": ["東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約２分",
                          "東京メトロ 銀座線『虎ノ門』駅 ６番出口 徒歩約５分",
                          "東京メトロ 千代田線・丸ノ内線『国会議事堂前』駅 徒歩約７分"]},
    "assignments": {"intro": ["2023年度入省者（総合職）の配属状況（2024年3月現在）"], "header": ["", "事務系", "技術系"],
                    "rows": [("大臣官房", "4名", "1名"), ("主計局", "6名", ""), ("主税局", "4名", ""),
                             ("関税局", "2名", ""), ("理財局", "3名", "1名"), ("国際局", "3名", ""),
                             ("国税庁", "2名", "1名"), ("他府省・出向", "1名", "")]},
    "hiring": {"intro": ["過去５年間の総合職採用者数（年度別）"], "note": "※（　）内は女性職員数（内数）",
               "tracks": {"admin": "事務系", "tech": "技術系"},
               "rows": [(2020, "2020年度", False, "25（8）", "22（7）", "3（1）"),
                        (2021, "2021年度", False, "26（8）", "24（8）", "2（0）"),
                        (2022, "2022年度", False, "26（10）", "23（9）", "3（1）"),
                        (2023, "2023年度", False, "28（11）", "25（10）", "3（1）"),
                        (2024, "2024年度", True, "30（13）", "26（11）", "4（2）")]},
    "exams": exams("2024年度採用予定者の試験区分", 2024, "事務系", "技術系",
                   ["法律：9名、経済：8名、政治・国際：2名、教養：3名"], ["経済：3名、行政：1名"],
                   ["デジタル：1名、数理科学・物理・地球科学：1名"], ["数理科学・物理・地球科学：1名、工学：1名"]),
    "lead": {"title": "国の財政と経済を、根っこから支える",
             "text": ["予算、税制、関税、国債、国際金融。財務省の仕事は、国の財政と経済の土台を支える仕事です。",
                      "若手のうちから政策の議論に加わり、国内外の多様な現場で経験を積むことができます。"]},
    "initiativesIntro": {"title": "働きやすい職場づくり",
                         "text": "繁忙期のある職場だからこそ、業務の効率化と休暇の取りやすさの両立に取り組んでいます。"},
    "initiatives": [
        {"title": "予算編成業務の効率化",
         "text": "査定資料の様式を統一し、各府省とのやり取りを電子化することで、深夜までの作業を大きく減らしました。"},
        {"title": "計画的な休暇取得",
         "text": "予算編成や税制改正の時期を避けて、夏季に連続１週間以上の休暇を取得することを推奨しています。"},
        {"title": "若手職員の勉強会",
         "text": "入省３年目までの職員が主体となり、財政・経済の専門家を招いた勉強会を毎月開いています。"},
        {"title": "キャリア相談窓口",
         "text": "秘書課に相談窓口を置き、出産・育児や介護とキャリアの両立について個別に相談を受け付けています。"},
    ],
    "supportTitle": "仕事と家庭の両立支援", "supportSystems": SUPPORT_B,
    "supportSource": "参考：人事院 両立支援制度の概要",
    "training": {"title": "研修制度", "paragraphs": [
        "　入省後は、新規採用職員研修に続いて、税務署や税関での実務研修を行い、財政・税制の現場を学びます。",
        "　入省４年目以降には、海外の大学院への留学や国際機関・在外公館への出向の機会があります。2024年3月現在、総合職職員27名が海外で研究・勤務しています。",
    ]},
    "plannedMarker": "（予定）", "plannedInline": False,
    "runningHeader": "財務省 総合職採用パンフレット 2024",
}

# ---- 環境省 --------------------------------------------------------------------------
EDITIONS["env-2024"] = {
    "organization": "環境省", "document": "総合職採用案内",
    "edition": {"year": 2024, "asOf": "2024-04", "asOfText": "令和6年4月現在"},
    "contacts": [
        {"track": "総合職事務系", "office": "大臣官房秘書課", "location": "中央合同庁舎第５号館２２階",
         "tel": ["03-3581-3351（内線6112）"], "email": ["saiyo-jimu@env.go.jp"]},
        {"track": "総合職技術系", "office": "大臣官房総合政策課", "location": "中央合同庁舎第５号館２５階",
         "tel": ["03-3581-3351（内線6231）", "03-5521-8224（直通）"], "email": ["saiyo-gijutsu@env.go.jp"]},
    ],
    "access": {"address": "東京都千代田区霞が関１-２-２ 中央合同庁舎第５号館",
               "routes": ["東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B3a出口 徒歩約３分",
                          "東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約５分"]},
    "assignments": {"intro": ["令和５年度入省者（総合職）の配属先（令和６年４月現在）"], "header": ["", "事務系", "技術系"],
                    "rows": [("大臣官房", "3名", "2名"), ("総合環境政策統括官グループ", "2名", "2名"),
                             ("地球環境局", "2名", "4名"), ("水・大気環境局", "2名", "4名"),
                             ("自然環境局", "1名", "3名"), ("環境再生・資源循環局", "2名", "3名"),
                             ("地方環境事務所", "1名", "2名"), ("他府省", "1名", "")]},
    "hiring": {"intro": ["総合職の採用者数"], "note": "※（　）は女性の数（内数）",
               "tracks": {"admin": "事務系", "tech": "技術系"},
               "rows": [(2020, Z("令和2年度"), False, "29（11）", "12（5）", "17（6）"),
                        (2021, Z("令和3年度"), False, "31（13）", "13（6）", "18（7）"),
                        (2022, Z("令和4年度"), False, "30（13）", "11（5）", "19（8）"),
                        (2023, Z("令和5年度"), False, "34（15）", "14（7）", "20（8）"),
                        (2024, Z("令和6年度"), True, "34（15）", "13（6）", "21（9）")]},
    "exams": exams("令和６年度採用予定者の試験区分", 2024, "事務系", "技術系",
                   ["法律：4名、経済：3名、教養：3名"], ["行政：2名、法務：1名"],
                   ["化学・生物・薬学：4名、工学：3名、", "森林・自然環境：4名"],
                   ["化学・生物・薬学：3名、工学：2名、", "森林・自然環境：3名、", "数理科学・物理・地球科学：2名"]),
    "lead": {"title": "地球の未来に、責任を持つ仕事",
             "text": ["脱炭素、資源循環、自然共生。環境省は、次の世代に引き継ぐ環境を守り、",
                      "経済や社会の仕組みを持続可能なものへ変えていく政策を担っています。"]},
    "initiativesIntro": {"title": "環境省の働き方",
                         "text": "一人一人が力を出し切れるよう、場所と時間にとらわれない働き方を進めています。"},
    "initiatives": [
        {"title": "国立公園での現場経験",
         "text": "自然系の職員は、全国の国立公園の管理事務所でレンジャーとして勤務し、地域と協力して自然を守ります。"},
        {"title": "ペーパーレス・フリーアドレス",
         "text": "本省の執務室をフリーアドレスとし、会議や決裁を電子化して、テレワークでも同じように働けます。"},
        {"title": "省内公募制度",
         "text": "関心のある政策分野のポストに自ら手を挙げられる省内公募制度を設け、毎年多くの職員が応募しています。"},
    ],
    "supportTitle": "両立支援制度", "supportSystems": SUPPORT_A[:3],
    "supportSource": None,
    "training": {"title": "研修制度", "paragraphs": [
        "　入省直後の新規採用職員研修では、廃棄物処理施設や国立公園などの現場視察を通じて、環境行政の全体像を学びます。",
        "　また、海外の大学院への留学や国際機関への派遣の機会があり、令和６年４月現在、総合職職員１２名が海外で研究・勤務しています。",
    ]},
    "plannedMarker": "（予定数）", "plannedInline": True,
}

# ---- 法務省 --------------------------------------------------------------------------
EDITIONS["moj-2025"] = {
    "organization": "法務省", "document": "総合職採用案内",
    "edition": {"year": 2025, "asOf": "2025-03", "asOfText": "令和7年3月現在"},
    "contacts": [
        {"track": "総合職事務系", "office": "大臣官房人事課任用係", "location": "中央合同庁舎第６号館Ａ棟３階",
         "tel": ["03-3580-4111（内線2164）"], "email": ["saiyo@i.moj.go.jp"]},
        {"track": "総合職技術系", "office": "矯正局総務課人事係", "location": "中央合同庁舎第６号館Ａ棟５階",
         "tel": ["03-3580-4111（内線3712）"], "email": ["kyosei-saiyo@i.moj.go.jp"]},
    ],
    "access": {"address": "東京都千代田区霞が関１-１-１ 中央合同庁舎第６号館",
               "routes": ["東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約３分",
                          "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A1出口 徒歩約３分"]},
    "assignments": {"intro": ["令和6年度入省者（総合職）の配属先", "（令和7年3月現在）"], "header": ["", "事務系", "技術系"],
                    "rows": [("大臣官房", "3名", "1名"), ("民事局", "2名", ""), ("刑事局", "2名", ""),
                             ("矯正局", "1名", "3名"), ("保護局", "1名", "1名"), ("人権擁護局", "1名", ""),
                             ("訟務局", "1名", ""), ("出入国在留管理庁", "3名", "1名"), ("公安調査庁", "1名", ""),
                             ("他府省", "1名", "")]},
    "hiring": {"intro": ["総合職の採用状況（過去５年間）"], "note": "※（　）内は女性で内数",
               "tracks": {"admin": "事務系", "tech": "技術系"},
               "rows": [(2021, "令和3年度", False, "19（9）", "14（6）", "5（3）"),
                        (2022, "令和4年度", False, "21（10）", "15（7）", "6（3）"),
                        (2023, "令和5年度", False, "18（8）", "13（6）", "5（2）"),
                        (2024, "令和6年度", False, "22（12）", "16（8）", "6（4）"),
                        (2025, "令和7年度", True, "22（11）", "15（7）", "7（4）")]},
    "exams": exams("令和7年度採用予定者の試験区分", 2025, "事務系", "技術系",
                   ["法律：8名、政治・国際：1名、教養：2名"], ["法務：3名、行政：1名"],
                   ["人間科学：3名、工学：1名"], ["人間科学：2名、デジタル：1名"]),
    "lead": {"title": "法の支配を、社会のすみずみへ",
             "text": ["民事・刑事の基本法制、矯正、更生保護、人権擁護、出入国在留管理。",
                      "法務省は、安全で公正な社会の基盤を支える幅広い仕事を担っています。"]},
    "initiativesIntro": {"title": "法務省の取組",
                         "text": "多様な職場を経験しながら、長く安心して働き続けられるよう、次のような取組を進めています。"},
    "initiatives": [
        {"title": "現場を知る研修",
         "text": "刑務所、少年院、保護観察所、地方出入国在留管理局などで実務研修を行い、法務行政の現場を体験します。"},
        {"title": "検察官との協働",
         "text": "本省の各局では、検察官出身の職員と行政官が同じチームで法案の立案や国会対応に当たっています。"},
        {"title": "テレワークの推進",
         "text": "業務用端末の持ち帰りを認め、育児や介護と両立しながら在宅で勤務できる環境を整えています。"},
        {"title": "若手職員の意見交換会",
         "text": "年に２回、若手職員と幹部が直接意見を交わす場を設け、職場環境の改善に生かしています。"},
    ],
    "supportTitle": "両立支援の制度", "supportSystems": SUPPORT_B,
    "supportSource": "参考：人事院 両立支援ハンドブック",
    "training": {"title": "研修制度", "paragraphs": [
        "　新規採用職員研修の後、法務総合研究所での研修や、矯正施設・更生保護官署での実務研修を行います。",
        "　入省５年目前後からは、海外の大学院への留学や在外公館への出向の機会があります。令和7年3月現在、総合職職員９名が海外で研究・勤務しています。",
    ]},
    "plannedMarker": "（予定数）", "plannedInline": False,
}

# ======================================================================================
# DRAWING (new heading styles and blocks; primitives from generate_holdout.py)
# ======================================================================================
GREY = colors.HexColor("#8c959f")


def style(**kw):
    return H.style(**kw)


def section(page, x, y, w, title, body, hs=None):
    """sq     `■採用窓口` (marker in the text) gothic accent, thin grey rule under the column;
    dia    `◆採用実績` on a tinted strip with a thick accent rule along its BOTTOM;
    angle  `＜配属実績＞` CENTRED in the column, a rule left and right of it;
    bold   plain text, fake bold (render mode 2), no decoration;
    tab    white text on a rounded tab only as wide as the text, a rule across the column."""
    st = page.st
    hs = hs or st.hs
    s = st.head
    if hs == "sq":
        page.text(x, y + s * 0.95, title, "G", s, color=st.accent)
        page.out(title)
        y += s * 1.3
        page.line(x, y, x + w, y, color=GREY, lw=0.5)
        return body(page, x, y + 5, w)
    if hs == "dia":
        h = s * 1.7
        page.rect(x, y, w, h, fill=st.tint)
        page.line(x, y + h, x + w, y + h, color=st.accent, lw=1.4)
        page.text(x + 4, y + h / 2 + s * 0.36, title, "G", s)
        page.out(title)
        return body(page, x, y + h + 5, w)
    if hs == "angle":
        tw = sw(title, "G", s)
        tx = x + (w - tw) / 2
        page.text(tx, y + s * 0.95, title, "G", s, color=st.accent)
        page.out(title)
        my = y + s * 0.55
        page.line(x, my, tx - 8, my, color=st.accent, lw=0.7)
        page.line(tx + tw + 8, my, x + w, my, color=st.accent, lw=0.7)
        return body(page, x, y + s * 1.6, w)
    if hs == "bold":
        page.text(x, y + s * 0.95, title, "G", s, bold=True)
        page.out(title)
        return body(page, x, y + s * 1.5, w)
    if hs == "tab":
        tw = sw(title, "G", s)
        h = s * 1.6
        page.rect(x, y, tw + 16, h, fill=st.accent, radius=3)
        page.line(x, y + h, x + w, y + h, color=st.accent, lw=1.0)
        page.text(x + 8, y + h / 2 + s * 0.36, title, "G", s, color=colors.white)
        page.out(title)
        return body(page, x, y + h + 6, w)
    raise ValueError(hs)


def b_title(E, title, sub, kind):
    """rule    big accent title, thick rule under it, date right-aligned below;
    stripe  tinted box with a thick stripe at its LEFT, title + date inside (2 lines);
    center  centred title with a double rule under it, centred date;
    boxed   title in a stroked box, org-English line above;
    under   small org label in an accent box, title right of it on the same band."""
    def f(page, x, y, w):
        st = page.st
        ts = st.title
        if kind == "rule":
            page.text(x, y + ts * 0.95, title, "G", ts, color=st.accent)
            page.out(title)
            y += ts * 1.3
            page.line(x, y, x + w, y, color=st.accent, lw=2.2)
            ss = st.body
            page.text(x + w - sw(sub, "G", ss), y + 4 + ss * 0.95, sub, "G", ss)
            page.out(sub)
            return y + 4 + ss * 1.4
        if kind == "stripe":
            ss = st.body
            h = ts * 1.4 + ss * 1.4 + 10
            page.rect(x, y, w, h, fill=st.tint)
            page.rect(x, y, 7, h, fill=st.accent)
            page.text(x + 16, y + 5 + ts * 0.95, title, "G", ts)
            page.out(title)
            page.text(x + 16, y + 5 + ts * 1.4 + ss * 0.95, sub, st.body_font, ss)
            page.out(sub)
            return y + h
        if kind == "center":
            tw = sw(title, "G", ts)
            page.text(x + (w - tw) / 2, y + ts * 0.95, title, "G", ts)
            page.out(title)
            y += ts * 1.35
            page.line(x, y, x + w, y, color=st.accent, lw=1.2)
            page.line(x, y + 2.5, x + w, y + 2.5, color=st.accent, lw=0.4)
            ss = st.body
            page.text(x + (w - sw(sub, st.body_font, ss)) / 2, y + 6 + ss * 0.95, sub, st.body_font, ss)
            page.out(sub)
            return y + 6 + ss * 1.4
        if kind == "boxed":
            eng = E["english"]
            es = st.body * 0.8
            page.text(x, y + es * 0.95, eng, "G", es, color=st.accent)
            page.out(eng)
            y += es * 1.5
            h = ts * 1.9
            page.rect(x, y, w, h, stroke=st.accent, lw=1.6)
            page.text(x + 12, y + h / 2 + ts * 0.36, title, "G", ts)
            page.out(title)
            ss = st.body
            page.text(x + w - sw(sub, "G", ss), y + h + 3 + ss * 0.95, sub, "G", ss)
            page.out(sub)
            return y + h + 3 + ss * 1.4
        if kind == "under":
            org = E["organization"]
            os_ = ts * 0.7
            ow = sw(org, "G", os_) + 14
            h = ts * 1.6
            page.rect(x, y, ow, h, fill=st.accent)
            page.text(x + 7, y + h / 2 + os_ * 0.36, org, "G", os_, color=colors.white)
            page.text(x + ow + 10, y + h / 2 + ts * 0.36, title, "G", ts)
            # the org label and the title sit on one band: one visual line
            page.out(org + " " + title)
            page.line(x, y + h, x + w, y + h, color=st.accent, lw=1.0)
            ss = st.body
            page.text(x + w - sw(sub, st.body_font, ss), y + h + 3 + ss * 0.95, sub, st.body_font, ss)
            page.out(sub)
            return y + h + 3 + ss * 1.4
        raise ValueError(kind)
    return f


def b_lead(E, size=None, color=True):
    def f(page, x, y, w):
        st = page.st
        s = size or st.head * 1.25
        y = lines_at(page, x, y, w, [E["lead"]["title"]], font="G", size=s, color=st.accent if color else None) + 2
        for ln in E["lead"]["text"]:
            y = para(page, x, y, w, ln)
        return y
    return f


def b_contacts(E, title, hs=None, labels=("TEL", "E-mail")):
    def body(page, x, y, w):
        st = page.st
        for c in E["contacts"]:
            y = para(page, x, y, w, c["track"], font="G")
            y = para(page, x, y, w, c["office"] + "（" + c["location"] + "）")
            for t in c["tel"]:
                y = para(page, x, y, w, f"{labels[0]}：{t}")
            for m in c["email"]:
                y = para(page, x, y, w, f"{labels[1]}：{m}")
            y += 4
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_contacts_table(E, title, hs=None, splits=None):
    """Each contact as a 2-column ruled mini-table: label | value (row 1: 区分 | track)."""
    splits = splits or {}

    def body(page, x, y, w):
        st = page.st
        for c in E["contacts"]:
            loc = splits.get(c["location"], c["location"])
            rows = [["区分", c["track"]], ["担当", c["office"]], ["所在", loc]]
            rows += [["電話", t] for t in c["tel"]]
            rows += [["メール", m] for m in c["email"]]
            y = table(page, x, y, w, rows, rules="grid", header_rows=0, header_cols=1, align=["L", "L"])
            y += 7
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_access(E, title, hs=None, bullet="・"):
    def body(page, x, y, w):
        y = para(page, x, y, w, E["access"]["address"])
        for r in E["access"]["routes"]:
            y = para(page, x, y, w, bullet + r)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def hiring_label(E, row):
    fy, label, planned, *_ = row
    if not planned:
        return label
    m = E["plannedMarker"]
    return label + m if E["plannedInline"] else [label, m]


def b_hiring(E, title, hs=None, transposed=False, note_first=False, **tk):
    Hh = E["hiring"]

    def body(page, x, y, w):
        st = page.st
        for ln in Hh["intro"]:
            y = para(page, x, y, w, ln)
        if note_first:
            y = para(page, x, y, w, Hh["note"], size=st.body * 0.88)
        y += 3
        if transposed:
            rows = [["年度"] + [hiring_label(E, r) for r in Hh["rows"]],
                    ["合計"] + [r[3] for r in Hh["rows"]],
                    [Hh["tracks"]["admin"]] + [r[4] for r in Hh["rows"]],
                    [Hh["tracks"]["tech"]] + [r[5] for r in Hh["rows"]]]
            y = table(page, x, y, w, rows, align=["L"] + ["C"] * len(Hh["rows"]), header_cols=1, **tk)
        else:
            rows = [["年度", "合計", Hh["tracks"]["admin"], Hh["tracks"]["tech"]]]
            rows += [[hiring_label(E, r), r[3], r[4], r[5]] for r in Hh["rows"]]
            y = table(page, x, y, w, rows, align=["L", "C", "C", "C"], **tk)
        if not note_first:
            y = para(page, x, y + 3, w, Hh["note"], size=st.body * 0.88)
        return y
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_assign(E, title, hs=None, align=("L", "C", "C"), **tk):
    A = E["assignments"]

    def body(page, x, y, w):
        for ln in A["intro"]:
            y = para(page, x, y, w, ln)
        rows = [A["header"]] + [list(r) for r in A["rows"]]
        return table(page, x, y + 3, w, rows, align=list(align), **tk)
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_exam(E, title, hs=None, **tk):
    X = E["exams"]

    def body(page, x, y, w):
        y = para(page, x, y, w, X["title"])
        rows = [["区分", "試験", "内訳"]]
        ents = X["entries"]
        for k, e in enumerate(ents):
            first = k == 0 or ents[k - 1]["track"] != e["track"]
            n = sum(1 for f in ents if f["track"] == e["track"])
            grp = {"lines": [e["track"]], "rowspan": n} if first else ""
            rows.append([grp, e["exam"], e["lines"]])
        return table(page, x, y + 3, w, rows, align=["C", "L", "L"], **tk)
    return lambda page, x, y, w: section(page, x, y, w, title, body, hs)


def b_init_intro(E, title=None, hs=None):
    I = E["initiativesIntro"]
    return lambda page, x, y, w: section(page, x, y, w, title or I["title"],
                                         lambda p, x, y, w: para(p, x, y, w, I["text"]), hs)


def b_item(title, text, kind="dot"):
    """dot     small accent square left of the title (graphic, not text), text indented;
    under   title underlined with a dotted rule;
    shadow  box with an offset grey shadow."""
    def f(page, x, y, w):
        st = page.st
        ts = st.body * 1.05
        if kind == "dot":
            page.rect(x, y + ts * 0.2, ts * 0.7, ts * 0.7, fill=st.accent)
            tl = wrap(title, "G", ts, w - ts * 1.2)
            yy = lines_at(page, x + ts * 1.2, y, w - ts * 1.2, tl, font="G", size=ts)
            return para(page, x, yy + 1, w, text, indent=ts * 1.2)
        if kind == "under":
            tl = wrap(title, "G", ts, w)
            yy = lines_at(page, x, y, w, tl, font="G", size=ts, color=st.accent)
            ul = yy - ts * 0.3
            xx = x
            while xx < x + w - 1:
                page.line(xx, ul, min(xx + 2, x + w), ul, color=st.accent, lw=0.6)
                xx += 4
            return para(page, x, yy + 3, w, text)
        if kind == "shadow":
            inner = w - 18
            tl = wrap(title, "G", ts, inner)
            bl = wrap(text, st.body_font, st.body, inner)
            h = 7 + len(tl) * ts * 1.35 + 2 + len(bl) * st.body * st.lead + 5
            page.rect(x + 3, y + 3, w - 3, h, fill=colors.HexColor("#c7ccd1"))
            page.rect(x, y, w - 3, h, fill=colors.white, stroke=GREY, lw=0.5)
            yy = lines_at(page, x + 8, y + 7, inner, tl, font="G", size=ts, color=st.accent)
            lines_at(page, x + 8, yy + 2, inner, bl)
            return y + h + 3
        raise ValueError(kind)
    return f


def b_photo(height):
    """Photo placeholder without caption: grey box with a white cross (no text)."""
    def f(page, x, y, w):
        page.rect(x, y, w, height, fill=colors.HexColor("#b3bac1"))
        page.line(x, y, x + w, y + height, color=colors.white, lw=0.6)
        page.line(x, y + height, x + w, y, color=colors.white, lw=0.6)
        return y + height
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


def b_source(E):
    def f(page, x, y, w):
        st = page.st
        s = st.body * 0.85
        t = E["supportSource"]
        page.text(x + w - sw(t, st.body_font, s), y + s, t, st.body_font, s)
        page.out(t)
        return y + s * 1.5
    return f


def header_footer(text, pno, npages):
    """Running header (title right, rule under it) + `n / N` centred at the foot: furniture."""
    def f(page):
        st = page.st
        s = 7.5
        page.text(page.pw - st.mr - sw(text, "G", s), 24, text, "G", s, color=st.accent, furniture=True)
        page.line(st.ml, 28, page.pw - st.mr, 28, color=st.accent, lw=0.6)
        t = f"{pno} / {npages}"
        page.text((page.pw - sw(t, "G", 8)) / 2, page.ph - 20, t, "G", 8, furniture=True)
    return f


# ======================================================================================
# FIXTURES
# ======================================================================================
def fx_maff_2024():
    # A4; 2 columns with the NARROW column on the RIGHT (0.64 : 0.36) on both pages;
    # ■ headings over a grey rule; contacts as label|value ruled mini-tables; ruled hiring
    # table (令和2年度 … 令和6年度（予定） on one line); zebra assignment table WITHOUT rules;
    # full-width ruled exam table with row-spanning groups; title over a thick rule.
    E = EDITIONS["maff-2024"]
    common = dict(ml=40, mr=40, mt=38, mb=42, body=9.5, head=11, hs="sq", table=8.8, table_head=8.6, gutter=18,
                  title=21, accent=colors.HexColor("#2f6b2a"), tint=colors.HexColor("#eaf3e4"),
                  shade=colors.HexColor("#d3e6c8"), block_gap=13, band_gap=14, row_pad=2.4)
    st = style(**common)
    splits = {c["location"]: [c["location"].split("（")[0], "（" + c["location"].split("（")[1]] for c in E["contacts"]}
    p1 = [
        full(b_title(E, "農林水産省 総合職採用案内", "令和6年4月現在", "rule")),
        full(b_lead(E)),
        cols([b_hiring(E, "■採用実績", rules="grid", shade_header=True),
              b_assign(E, "■配属実績", rules="none", zebra=True, shade_header=True)],
             [b_contacts_table(E, "■採用窓口", splits=splits), b_access(E, "■アクセス")],
             widths=[0.64, 0.36]),
        full(b_exam(E, "■試験区分", rules="grid")),
    ]
    st2 = style(**dict(common, body=9.2, block_gap=11))
    I = E["initiatives"]
    p2 = [
        cols([b_photo(170)], [b_photo(170)], widths=[0.64, 0.36]),
        cols([b_init_intro(E, "■" + E["initiativesIntro"]["title"])] + [b_item(i["title"], i["text"]) for i in I],
             [b_heading_only("■" + E["supportTitle"])] + [b_item(s["name"], s["text"], "shadow") for s in E["supportSystems"]],
             widths=[0.64, 0.36]),
        full(b_training(E, "■研修制度")),
    ]
    return E, [(st, A4, p1, None), (st2, A4, p2, None)]


def fx_maff_2025():
    # B5 LEAFLET, 8 pt; ◆ headings on a tint strip; TRANSPOSED hiring table with zebra rows
    # and NO rules, years `R3年度`…, planned header cell `R7年度`/`（予定数）` on 2 lines;
    # narrow column on the RIGHT (contacts as text, access) beside a ruled assignment table;
    # p2 zebra exam table without rules, underlined item titles in 2 columns.
    E = EDITIONS["maff-2025"]
    common = dict(ml=30, mr=30, mt=30, mb=34, body=8.0, head=9.5, hs="dia", table=7.8, table_head=7.6, gutter=14,
                  title=15, accent=colors.HexColor("#5b7f1e"), tint=colors.HexColor("#f0f4e3"),
                  shade=colors.HexColor("#dde8c4"), block_gap=10, band_gap=11, row_pad=2.2, cell_pad=3.5)
    st = style(**common)
    p1 = [
        full(b_title(E, "農林水産省 総合職 採用リーフレット 2025", "令和7年4月現在", "stripe")),
        full(b_lead(E, size=11.5)),
        full(b_hiring(E, "◆採用実績", transposed=True, rules="none", zebra=True, note_first=True)),
        cols([b_assign(E, "◆配属実績", rules="grid", shade_header=True)],
             [b_contacts(E, "◆採用窓口"), b_access(E, "◆アクセス", bullet="▶")], widths=[0.58, 0.42]),
    ]
    st2 = style(**dict(common, body=8.0, block_gap=8))
    I = E["initiatives"]
    S_ = E["supportSystems"]
    p2 = [
        full(b_exam(E, "◆試験区分", rules="none", zebra=True, shade_header=True)),
        full(b_init_intro(E, "◆" + E["initiativesIntro"]["title"])),
        cols([b_item(i["title"], i["text"], "under") for i in I[:2]],
             [b_item(i["title"], i["text"], "under") for i in I[2:]]),
        full(b_heading_only("◆" + E["supportTitle"])),
        cols([b_item(s["name"], s["text"], "dot") for s in S_[:2]],
             [b_item(s["name"], s["text"], "dot") for s in S_[2:]]),
        full(b_training(E, "◆研修制度")),
    ]
    return E, [(st, B5, p1, None), (st2, B5, p2, None)]


def fx_mof_2024():
    # A4, 3 pages; RUNNING HEADER (right, over a rule) and `1 / 3` page numbers at the foot
    # (furniture); centred ＜…＞ headings between rules; centred title over a double rule;
    # ruled hiring table `2020年度`… with a 2-line `2024年度`/`（予定）` cell; narrow column
    # on the RIGHT; zebra assignment table with horizontal rules; ruled exam table.
    E = EDITIONS["mof-2024"]
    common = dict(ml=44, mr=44, mt=46, mb=44, body=9.0, head=10.5, hs="angle", table=8.8, table_head=8.4, gutter=22,
                  title=19, accent=colors.HexColor("#3b3f8f"), tint=colors.HexColor("#eceef8"),
                  shade=colors.HexColor("#d9dcf0"), block_gap=14, band_gap=16, row_pad=3.0)
    st = style(**common)
    hdr = E["runningHeader"]
    I = E["initiatives"]
    p1 = [
        full(b_title(E, "財務省 総合職採用パンフレット", "令和6年3月現在", "center")),
        full(b_lead(E)),
        full(b_photo(200)),
        cols([b_hiring(E, "＜採用実績＞", rules="grid", shade_header=True)],
             [b_contacts(E, "＜採用窓口＞", labels=("電話", "メール")), b_access(E, "＜アクセス＞")],
             widths=[0.62, 0.38]),
    ]
    st2 = style(**dict(common, body=9.6))
    p2 = [
        full(b_exam(E, "＜試験区分＞", rules="grid", shade_header=True)),
        cols([b_assign(E, "＜配属実績＞", rules="h", zebra=True), b_photo(150)],
             [b_init_intro(E, "＜" + E["initiativesIntro"]["title"] + "＞")] + [b_item(i["title"], i["text"]) for i in I],
             widths=[0.6, 0.4]),
    ]
    st3 = style(**dict(common, body=10.0, block_gap=14))
    p3 = [
        full(b_heading_only("＜" + E["supportTitle"] + "＞")),
        cols(*[[b_item(s["name"], s["text"], "shadow")] for s in E["supportSystems"]]),
        full(b_source(E)),
        cols([b_training(E, "＜研修制度＞")], [b_photo(190)], widths=[0.62, 0.38]),
    ]
    return E, [(st, A4, p1, header_footer(hdr, 1, 3)), (st2, A4, p2, header_footer(hdr, 2, 3)),
               (st3, A4, p3, header_footer(hdr, 3, 3))]


def fx_env_2024():
    # A4, 2 pages; GOTHIC body at 10.5 pt; plain bold (render-mode) headings, no marker;
    # labels `令和２年度` full-width; TRANSPOSED hiring table with full grid rules and
    # `令和６年度（予定数）` on one line; assignment table with NO rules at all (no shading);
    # narrow column on the RIGHT with contacts (2 phone numbers) + access; zebra + grid exam.
    E = dict(EDITIONS["env-2024"], english="Ministry of the Environment, Government of Japan")
    common = dict(ml=42, mr=42, mt=38, mb=42, body=10.5, body_font="G", head=12.5, hs="bold", table=9.2,
                  table_head=8.8, gutter=20, title=20, accent=colors.HexColor("#0f6a8b"),
                  tint=colors.HexColor("#e3f1f6"), shade=colors.HexColor("#c8e2ec"), block_gap=12, band_gap=14,
                  row_pad=2.2)
    st = style(**common)
    p1 = [
        full(b_title(E, "環境省 総合職採用案内", "令和6年4月現在", "boxed")),
        full(b_hiring(E, "採用実績", transposed=True, rules="grid", shade_header=True)),
        cols([b_assign(E, "配属実績", rules="none"), b_photo(190)],
             [b_contacts(E, "採用窓口", labels=("TEL", "Mail")), b_access(E, "アクセス")], widths=[0.6, 0.4]),
    ]
    st2 = style(**dict(common, body=10.0, table=9.0, block_gap=10, band_gap=12))
    I = E["initiatives"]
    p2 = [
        full(b_exam(E, "試験区分", rules="grid", zebra=True, shade_header=True)),
        full(b_lead(E, size=13)),
        cols([b_init_intro(E)] + [b_item(i["title"], i["text"]) for i in I],
             [b_heading_only(E["supportTitle"])] + [b_item(s["name"], s["text"], "shadow") for s in E["supportSystems"]],
             widths=[0.6, 0.4]),
        full(b_training(E)),
    ]
    return E, [(st, A4, p1, None), (st2, A4, p2, None)]


def fx_moj_2025():
    # A4, 2 pages; tab headings (white on a tab as wide as the text); org label box + title
    # on one band; hiring table with NO rules at all and a 2-line `令和7年度`/`（予定数）`
    # cell; ruled assignment table; narrow RIGHT column (contacts, access, lead);
    # zebra exam table with no rules; p2 shadow boxes in 2 columns, support list.
    E = EDITIONS["moj-2025"]
    common = dict(ml=48, mr=36, mt=40, mb=44, body=9.8, head=10.5, hs="tab", table=9.0, table_head=8.8, gutter=20,
                  title=18, accent=colors.HexColor("#6b2f5e"), tint=colors.HexColor("#f4eaf2"),
                  shade=colors.HexColor("#e6cfe0"), block_gap=12, band_gap=14, row_pad=2.6)
    st = style(**common)
    p1 = [
        full(b_title(E, "総合職採用案内 2025", "令和7年3月現在", "under")),
        cols([b_hiring(E, "採用実績", rules="none"), b_assign(E, "配属実績", rules="grid", shade_header=True)],
             [b_lead(E, size=12), b_contacts(E, "採用窓口"), b_access(E, "アクセス"), b_photo(140)], widths=[0.6, 0.4]),
    ]
    st2 = style(**dict(common, body=9.5, block_gap=10))
    I = E["initiatives"]
    p2 = [
        full(b_exam(E, "試験区分", rules="none", zebra=True, shade_header=True)),
        full(b_init_intro(E)),
        cols([b_item(i["title"], i["text"], "shadow") for i in I[:2]],
             [b_item(i["title"], i["text"], "shadow") for i in I[2:]]),
        cols([b_heading_only(E["supportTitle"])] + [b_item(s["name"], s["text"], "dot") for s in E["supportSystems"]]
             + [b_source(E)],
             [b_training(E)], widths=[0.55, 0.45]),
    ]
    return E, [(st, A4, p1, None), (st2, A4, p2, None)]


FIXTURES = {
    "maff-2024": fx_maff_2024,
    "maff-2025": fx_maff_2025,
    "mof-2024": fx_mof_2024,
    "env-2024": fx_env_2024,
    "moj-2025": fx_moj_2025,
}


# ======================================================================================
# output
# ======================================================================================
def facts(name, E, npages):
    f = G.facts_for(name, E, npages)  # arithmetic checks live there
    for r in f["hiring"]["rows"]:
        if r["planned"]:
            r["labelText"] = r["label"] + E["plannedMarker"]
    if E.get("runningHeader"):
        f["runningHeader"] = E["runningHeader"]
    return f


def write(name, outdir):
    return H.write(name, outdir, FIXTURES, facts, "holdout2")


def main():
    outdir = os.path.join(HERE, "holdout2")
    os.makedirs(outdir, exist_ok=True)
    for name in sys.argv[1:] or list(FIXTURES):
        pdf, pages = write(name, outdir)
        print(f"{os.path.relpath(pdf, os.path.dirname(HERE))}: {len(pages)} page(s), {os.path.getsize(pdf)} bytes")


if __name__ == "__main__":
    main()
