#!/usr/bin/env python3
"""Blind holdout set 70: three national bodies (中国運輸局, 熊本国税局, 豊橋技術科学大学).

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's
canvas (invariant=1, no page compression), the checks and a fault-injection self-test.
Every visual text piece is ONE text item = one text object (BT ... ET); a page's items are
written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout70.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout70.py tut-2026        # one
  python3 Fixtures/generate_holdout70.py --selftest -v   # every injected fault must be refused
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

OUT = os.path.join(HERE, 'holdout70')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 20          # nothing may enter this margin
BOTTOM = 60        # body items must end above this (folio lives below)
LEFT = 56
RIGHT = W - 56
KINSOKU = set('、。，．）」』】〕）ー・：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ%')
FF = '\f'


class Refused(Exception):
    pass


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(text, font, size, x, base (top-down baseline), color, furniture)
        self.rects = []      # (x, top, w, h, fill)
        self.lines = []      # (x1, y1, x2, y2, width)
        self.expected = []   # expected text lines

    def text(self, s, x, base, font='M', size=9.5, color=(0, 0, 0), furniture=False):
        self.items.append(dict(text=s, font=font, size=size, x=x, base=base, color=color,
                               furniture=furniture))
        return pdfmetrics.stringWidth(s, font, size)


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Flow:
    """Single-column flow from the top of a page."""
    def __init__(self, page, y=60):
        self.p, self.y = page, y

    def line(self, s, font='M', size=9.5, x=LEFT, gap=1.5, color=(0, 0, 0), right=False):
        self.y += size
        xx = RIGHT - width(s, font, size) if right else x
        self.p.text(s, xx, self.y, font, size, color)
        self.p.expected.append(s)
        self.y += size * 0.35 + gap

    def heading(self, s, color):
        self.y += 10
        self.p.rects.append((LEFT, self.y, 4, 15, color))
        self.p.lines.append((LEFT, self.y + 17, RIGHT, self.y + 17, 0.6))
        self.y += 12
        self.p.text(s, LEFT + 10, self.y, 'G', 12)
        self.p.expected.append(s)
        self.y += 11

    def table(self, widths, rows, header_fill=(0.88, 0.92, 0.96), size=9, pad=4, rowh=None,
              span_top=None, x=LEFT):
        """rows: lists of cell strings ('' = empty). span_top: {(row, col): nrows} a cell drawn
        at the top of its span whose rule below is omitted for the spanned rows."""
        rowh = rowh or size + 8
        span_top = span_top or {}
        covered = set()
        for (r, c), n in span_top.items():
            for k in range(1, n):
                covered.add((r + k, c))
        y0 = self.y + 4
        total_w = sum(widths)
        self.p.rects.append((x, y0, total_w, rowh, header_fill))
        for i, row in enumerate(rows):
            top = y0 + i * rowh
            cx = x
            for j, cell in enumerate(row):
                if cell:
                    if width(cell, 'M', size) + 2 * pad > widths[j]:
                        raise Refused(f'cell wider than its column: {cell}')
                    self.p.text(cell, cx + pad, top + rowh - 4.5, 'G' if i == 0 else 'M', size)
                cx += widths[j]
            self.p.expected.append('\t'.join(row))
        nrows = len(rows)
        bottom = y0 + nrows * rowh
        # horizontal rules (skip inside spans)
        for i in range(nrows + 1):
            yy = y0 + i * rowh
            cx = x
            for j, w in enumerate(widths):
                if not (i > 0 and i < nrows and (i, j) in covered):
                    self.p.lines.append((cx, yy, cx + w, yy, 0.5))
                cx += w
        cx = x
        for j in range(len(widths) + 1):
            self.p.lines.append((cx, y0, cx, bottom, 0.5))
            if j < len(widths):
                cx += widths[j]
        self.y = bottom + 4


# ---------------------------------------------------------------- content
def cnt(n, w=None):
    return dict(count=n, text=str(n), women=w, womenText=None if w is None else str(w))


def cell(n, w):
    return f'{n}（{w}）' if w is not None else f'{n}'


def common_tail(f, spec, fl):
    """p2 sections shared by the three brochures (exams, training, initiatives, support, contact, access)."""
    c = spec['color']
    fl.heading(spec['examHeading'], c)
    fl.line(spec['exams']['title'])
    rows = [spec['examHeader']]
    for e in spec['exams']['entries']:
        for k, b in enumerate(e['breakdown']):
            rows.append([e['track'] if k == 0 else '', e['exam'] if k == 0 else '', b['category'], str(b['count'])])
    fl.table(spec['examWidths'], rows)
    fl.heading(spec['training']['title'], c)
    for p in spec['training']['paragraphs']:
        fl.line(p)
    fl.heading(spec['initHeading'], c)
    for k, i in enumerate(spec['initiatives']):
        fl.line(spec['initMark'](k) + i['title'], font='G', size=10)
        fl.line(i['text'], x=LEFT + 12)
    fl.heading(spec['supportTitle'], c)
    for s in spec['supportSystems']:
        fl.line(f"●{s['name']}（{s['durationText']}）", font='G', size=10)
        fl.line(s['text'], x=LEFT + 12)
    fl.heading('採用担当', c)
    for ct in spec['contacts']:
        fl.line(ct['office'])
        for t in ct['telText']:
            fl.line(t)
        for m in ct['emailText']:
            fl.line(m)
    fl.heading('アクセス', c)
    fl.line(spec['access']['address'])
    for r in spec['access']['routesText']:
        fl.line(r)


def hiring_rows_std(data, labels, planned_label):
    rows = []
    for (fy, lab, a, aw, t, tw) in data:
        planned = aw is None
        rows.append(dict(fiscalYear=fy, label=lab, planned=planned,
                         total=cnt(a + t, None if planned else aw + tw), admin=cnt(a, aw), tech=cnt(t, tw),
                         labelText=planned_label if planned else lab))
    return rows


def spec_chugoku():
    data = [  # fy, label, 行政 (w), 機械 (w), 電気・電子 (w)
        (2021, '令和3年度', 9, 4, 3, 0, 2, 1),
        (2022, '令和4年度', 8, 3, 2, 1, 2, 0),
        (2023, '令和5年度', 10, 5, 3, 1, 1, 0),
        (2024, '令和6年度', 9, 4, 2, 0, 2, 1),
        (2025, '令和7年度', 11, 5, 3, 1, 2, 1),
        (2026, '令和8年度', 12, None, 3, None, 2, None),
    ]
    rows, printed = [], []
    for fy, lab, a, aw, m, mw, e, ew in data:
        planned = aw is None
        lt = lab + '（予定）' if planned else lab
        t, tw = m + e, (None if planned else mw + ew)
        r = dict(fiscalYear=fy, label=lab, planned=planned,
                 total=cnt(a + t, None if planned else aw + tw), admin=cnt(a, aw), tech=cnt(t, tw),
                 labelText=lt, byCategory={'行政': cnt(a, aw), '機械': cnt(m, mw), '電気・電子': cnt(e, ew)})
        r['tech']['text'] = str(t) if planned else f'{t}'
        rows.append(r)
        printed.append('\t'.join([lt, cell(a, aw), cell(m, mw), cell(e, ew), cell(a + m + e, None if planned else aw + mw + ew)]))
    return dict(
        name='chugoku-unyu-2026', seed=7001, color=(0.10, 0.35, 0.62),
        organization='中国運輸局', masthead=[('国土交通省', 'G', 11), ('中国運輸局', 'G', 26), ('職員採用案内 2026', 'G', 13)],
        document='国土交通省 中国運輸局 職員採用案内 2026',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月現在'),
        lead=dict(title='', text=['瀬戸内の海と陸の交通を、安全と暮らしの両面から支えています。']),
        hiring=dict(intro=['試験区分別の採用者数（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                    tracks=dict(admin='行政', tech='機械＋電気・電子'), textSynthesised=True,
                    layout='ruled 年度 | 行政 | 機械 | 電気・電子 | 計: columns are EXAM CATEGORIES, no track word; admin = 行政, tech = 機械 + 電気・電子',
                    rows=rows),
        hiringHeader=['年度', '行政', '機械', '電気・電子', '計'], hiringPrinted=printed,
        hiringWidths=[110, 80, 80, 80, 80],
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務系', tech='技術系'), layout='ruled 配属先 | 事務系 | 技術系',
                         rows=[dict(unit='総務部', admin=2, tech=None), dict(unit='交通政策部', admin=3, tech=None),
                               dict(unit='自動車交通部', admin=2, tech=None), dict(unit='自動車技術安全部', admin=None, tech=3),
                               dict(unit='海事振興部', admin=2, tech=None), dict(unit='海上安全環境部', admin=None, tech=2),
                               dict(unit='広島運輸支局', admin=2, tech=None)]),
        exams=dict(title='令和8年度の採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 試験区分 | 予定数',
                   entries=[dict(track='事務系', exam='国家公務員採用一般職試験（大卒程度試験）', text='',
                                 breakdown=[dict(category='行政', count=12)], total=12),
                            dict(track='技術系', exam='国家公務員採用一般職試験（大卒程度試験）', text='',
                                 breakdown=[dict(category='機械', count=3), dict(category='電気・電子・情報', count=2)], total=5)]),
        examHeading='試験区分', examHeader=['区分', '試験', '試験区分', '予定数'], examWidths=[60, 230, 110, 60],
        training=dict(title='研修', paragraphs=['採用後は国土交通大学校での初任研修と、局内でのOJTで基礎を身につけます。']),
        initHeading='働きやすい職場づくり', initMark=lambda k: '■',
        initiatives=[dict(title='テレワーク', text='週2日まで自宅での勤務を選べます。'),
                     dict(title='フレックスタイム制', text='コアタイムなしで勤務時間を調整できます。')],
        initiativesIntro='', supportTitle='両立支援制度',
        supportSystems=[dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得も増えています。'),
                        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分けて取得できます。')],
        contacts=[dict(track='採用担当', office='中国運輸局 総務部 人事課', tel=['082-228-3495'], email=['cgt-saiyo@mlit.go.jp'],
                       location='', telText=['TEL 082-228-3495'], emailText=['E-mail cgt-saiyo@mlit.go.jp'], hoursText='')],
        access=dict(address='〒730-8544 広島県広島市中区上八丁堀6-30 広島合同庁舎4号館',
                    routes=['JR『広島』駅（新幹線口）から徒歩約15分', '『広島バスセンター』から徒歩約10分'],
                    routesSynthesised=False,
                    routesText=['JR広島駅（新幹線口）から徒歩約15分', '広島バスセンターから徒歩約10分']),
        keyFigures=[],
        decoys=dict(hiring='the hiring columns are exam categories 行政 | 機械 | 電気・電子 (no 事務 / 技術 word): admin = 行政, tech = 機械 + 電気・電子',
                    access='a station exit in brackets after 駅 (広島駅（新幹線口）) and a bus terminal as the stop (広島バスセンター, no 駅 / 停)'),
    )


def spec_kumamoto():
    data = [(2021, '令和3年度', 24, 10, 1, 0), (2022, '令和4年度', 26, 12, 2, 1), (2023, '令和5年度', 25, 11, 1, 0),
            (2024, '令和6年度', 27, 13, 2, 0), (2025, '令和7年度', 29, 14, 2, 1), (2026, '令和8年度', 28, None, 2, None)]
    rows = hiring_rows_std(data, None, '令和8年度')
    printed = ['\t'.join([r['labelText'], cell(r['admin']['count'], r['admin']['women']), cell(r['tech']['count'], r['tech']['women']),
                          cell(r['total']['count'], r['total']['women'])]) for r in rows if not r['planned']]
    p = rows[-1]
    planned_line = f"令和8年度採用予定数：事務系{p['admin']['count']}名・技術系{p['tech']['count']}名（計{p['total']['count']}名）"
    return dict(
        name='kumamoto-kokuzei-2026', seed=7002, color=(0.55, 0.12, 0.18),
        organization='熊本国税局', masthead=[('国税庁', 'G', 11), ('熊本国税局・税務署', 'G', 24), ('職員採用ガイド 2026', 'G', 13)],
        document='熊本国税局・税務署 職員採用ガイド 2026',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月現在'),
        lead=dict(title='', text=['熊本・大分・宮崎・鹿児島の4県で、税の公平を守る仕事です。']),
        hiring=dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                    tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='ruled 年度 | 事務系 | 技術系 | 計 with the ACTUAL years only; the planned year is the colon line under the table',
                    plannedLine=planned_line, rows=rows),
        hiringHeader=['年度', '事務系', '技術系', '計'], hiringPrinted=printed, hiringWidths=[110, 90, 90, 90],
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務系', tech='技術系'), layout='ruled 配属先 | 事務系 | 技術系',
                         rows=[dict(unit='熊本西税務署', admin=6, tech=None), dict(unit='熊本東税務署', admin=5, tech=None),
                               dict(unit='大分税務署', admin=5, tech=None), dict(unit='宮崎税務署', admin=4, tech=None),
                               dict(unit='鹿児島税務署', admin=6, tech=None), dict(unit='総務部', admin=3, tech=2)]),
        exams=dict(title='令和8年度の採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 試験区分 | 予定数',
                   entries=[dict(track='事務系', exam='国税専門官採用試験', text='',
                                 breakdown=[dict(category='国税専門A', count=22), dict(category='国税専門B', count=3)], total=25),
                            dict(track='事務系', exam='国家公務員採用一般職試験（大卒程度試験）', text='',
                                 breakdown=[dict(category='行政', count=3)], total=3),
                            dict(track='技術系', exam='国家公務員採用一般職試験（大卒程度試験）', text='',
                                 breakdown=[dict(category='建築', count=2)], total=2)]),
        examHeading='試験区分', examHeader=['区分', '試験', '試験区分', '予定数'], examWidths=[60, 230, 110, 60],
        training=dict(title='研修', paragraphs=['税務大学校熊本研修所での専門官基礎研修（約3か月）から始まります。']),
        initHeading='働き方改革', initMark=lambda k: '■',
        initiatives=[dict(title='早出遅出勤務', text='始業時刻を7時30分から10時まで選べます。'),
                     dict(title='サテライトオフィス', text='管内の税務署に共用の執務スペースを設けています。')],
        initiativesIntro='', supportTitle='子育て・介護の支援',
        supportSystems=[dict(name='育児短時間勤務', duration='小学校就学前まで', durationText='小学校就学前まで', text='週20時間などから勤務形態を選べます。'),
                        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分けて取得できます。')],
        contacts=[dict(track='採用担当', office='熊本国税局 総務部 人事第二課', tel=['096-354-6182'], email=['kumakoku-saiyo@nta.go.jp'],
                       location='', telText=['TEL 096-354-6182'], emailText=['E-mail kumakoku-saiyo@nta.go.jp'], hoursText='')],
        access=dict(address='〒860-8603 熊本県熊本市西区春日2-10-1 熊本地方合同庁舎',
                    routes=['JR鹿児島本線・豊肥本線『熊本』駅から徒歩約10〜15分', 'JR鹿児島本線『西熊本』駅から徒歩約25分'],
                    routesSynthesised=False,
                    routesText=['JR鹿児島本線・豊肥本線熊本駅から徒歩約10〜15分', 'JR鹿児島本線西熊本駅から徒歩約25分']),
        keyFigures=[],
        decoys=dict(organization='the masthead joins the body and its field offices: 熊本国税局・税務署 (organization 熊本国税局)',
                    hiring='the table holds the actual years only; the planned year is the line 令和8年度採用予定数：事務系28名・技術系2名（計30名） under it',
                    access='two line names joined by ・ before the station and a walking-time RANGE: JR鹿児島本線・豊肥本線熊本駅から徒歩約10〜15分'),
    )


def spec_tut():
    data = [(2021, '令和3年度', 4, 2, 1, 0), (2022, '令和4年度', 3, 2, 2, 1), (2023, '令和5年度', 5, 3, 1, 0),
            (2024, '令和6年度', 4, 1, 2, 1), (2025, '令和7年度', 5, 3, 2, 0), (2026, '令和8年度', 4, None, 2, None)]
    rows = hiring_rows_std(data, None, '令和8年度（予定）')
    printed = []
    for k, r in enumerate(rows):
        yr = r['labelText'][2:]
        r['labelCells'] = ['令和' if k == 0 else '', yr]
        printed.append('\t'.join(r['labelCells'] + [cell(r['admin']['count'], r['admin']['women']),
                                                    cell(r['tech']['count'], r['tech']['women']),
                                                    cell(r['total']['count'], r['total']['women'])]))
    return dict(
        name='tut-2026', seed=7003, color=(0.12, 0.45, 0.30),
        organization='豊橋技術科学大学',
        masthead=[('国立大学法人', 'G', 11), ('豊橋技術科学大学', 'G', 24), ('事務職員・技術職員 採用案内 2026', 'G', 13)],
        document='国立大学法人豊橋技術科学大学 事務職員・技術職員 採用案内 2026',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月現在'),
        lead=dict(title='', text=['技術を究め、技術を創る大学を、事務と技術の両面から支えてください。']),
        hiring=dict(intro=['職員の採用実績（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                    tracks=dict(admin='事務職員', tech='技術職員'), textSynthesised=False,
                    layout='ruled 年度 (two columns: the era 令和 in a cell spanning all rows, then 3年度 … 8年度（予定）) | 事務職員 | 技術職員 | 計',
                    rows=rows),
        hiringHeader=['年度', '', '事務職員', '技術職員', '計'], hiringPrinted=printed, hiringWidths=[44, 90, 80, 80, 80],
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務職員', tech='技術職員'), layout='ruled 配属先 | 事務職員 | 技術職員',
                         rows=[dict(unit='総務課', admin=1, tech=None), dict(unit='学務課', admin=2, tech=None),
                               dict(unit='研究推進課', admin=1, tech=None), dict(unit='附属図書館', admin=1, tech=None),
                               dict(unit='施設課', admin=None, tech=1), dict(unit='教育研究基盤センター', admin=None, tech=1)]),
        exams=dict(title='令和8年度の採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 試験区分 | 予定数',
                   entries=[dict(track='事務職員', exam='国立大学法人等職員採用試験（東海・北陸地区）', text='',
                                 breakdown=[dict(category='事務', count=4)], total=4),
                            dict(track='技術職員', exam='国立大学法人等職員採用試験（東海・北陸地区）', text='',
                                 breakdown=[dict(category='電気', count=1), dict(category='機械', count=1)], total=2)]),
        examHeading='試験区分', examHeader=['区分', '試験', '試験区分', '予定数'], examWidths=[64, 250, 86, 60],
        training=dict(title='研修', paragraphs=['新規採用職員研修のほか、東海・北陸地区の国立大学合同研修に参加します。']),
        initHeading='働きやすい環境', initMark=lambda k: '１２３４'[k] + '．',
        initiatives=[dict(title='テレワーク', text='業務に応じて月8日まで在宅勤務ができます。'),
                     dict(title='時差出勤', text='始業時刻を8時から10時の間で選べます。')],
        initiativesIntro='', supportTitle='両立支援制度',
        supportSystems=[dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男女とも取得できます。'),
                        dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='子が2人以上の場合は年10日です。')],
        contacts=[dict(track='採用担当', office='豊橋技術科学大学 総務課 人事係', tel=['0532-44-6541'], email=['tut-shokuin@office.tut.ac.jp'],
                       location='', telText=['TEL 0532-44-6541'], emailText=['E-mail tut-shokuin@office.tut.ac.jp'], hoursText='')],
        access=dict(address='〒441-8580 愛知県豊橋市天伯町雲雀ヶ丘1-1',
                    routes=['豊橋鉄道渥美線『南栄』駅から車で約10分', 'JR東海道本線『二川』駅から徒歩約30分'],
                    routesSynthesised=False,
                    routesText=['豊橋鉄道渥美線南栄駅から車で約10分', 'JR東海道本線二川駅から徒歩約30分']),
        keyFigures=[],
        decoys=dict(hiring='the era 令和 is printed ONCE, in a cell spanning all rows of a first label column (top-aligned); the rows read 3年度 … 8年度（予定）',
                    initiatives='initiative titles numbered with full-width digits and a full-width period: １．テレワーク, ２．時差出勤'),
    )


SPECS = {s['name']: s for s in (spec_chugoku(), spec_kumamoto(), spec_tut())}
FACT_KEYS = ['organization', 'document', 'edition', 'lead', 'hiring', 'assignments', 'exams', 'training', 'initiatives',
             'initiativesIntro', 'supportTitle', 'supportSystems', 'contacts', 'access', 'keyFigures', 'decoys']


def facts_of(spec):
    f = {k: copy.deepcopy(spec[k]) for k in FACT_KEYS}
    for r in f['hiring']['rows']:
        r.pop('labelCells', None)
    return f


# ---------------------------------------------------------------- layout
def layout(spec):
    c = spec['color']
    p1, p2 = Page(), Page()
    # masthead band
    p1.rects.append((0, 0, W, 112, c))
    y = 34
    for s, font, size in spec['masthead']:
        y += size
        p1.text(s, LEFT, y, font, size, color=(1, 1, 1))
        p1.expected.append(s)
        y += size * 0.4
    fl = Flow(p1, 124)
    fl.line(spec['edition']['asOfText'], right=True)
    for t in spec['lead']['text']:
        fl.line(t, size=10.5)
    fl.heading('採用実績', c)
    for t in spec['hiring']['intro']:
        fl.line(t)
    rows = [spec['hiringHeader']] + [line.split('\t') for line in spec['hiringPrinted']]
    span = {(1, 0): len(rows) - 1} if spec['name'] == 'tut-2026' else None
    if spec['name'] == 'tut-2026':
        # header '年度' spans the two label columns: draw as one cell over both
        rows[0] = ['年度', '', '事務職員', '技術職員', '計']
    fl.table(spec['hiringWidths'], rows, span_top=span)
    if 'plannedLine' in spec['hiring']:
        fl.line(spec['hiring']['plannedLine'], font='G', size=10)
    for t in spec['hiring']['note']:
        fl.line(t, size=8.5)
    fl.heading('配属実績', c)
    a = spec['assignments']
    fl.line(a['intro'])
    arows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        arows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    fl.table([160, 90, 90], arows)
    fl2 = Flow(p2, 50)
    common_tail(None, spec, fl2)
    for k, p in enumerate((p1, p2)):
        f = f'- {k + 1} -'
        p.text(f, W / 2 - width(f, 'M', 8) / 2, H - 34, 'M', 8, furniture=True)
    return [p1, p2]


def render(spec, pages, drop=None):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    cv.setTitle(spec['document'])
    cv.setAuthor('BrochureKit fixtures (holdout70)')
    for pi, p in enumerate(pages):
        for (x, top, w, h, fill) in p.rects:
            cv.setFillColorRGB(*fill)
            cv.rect(x, H - top - h, w, h, stroke=0, fill=1)
        cv.setStrokeColorRGB(0.35, 0.35, 0.35)
        for (x1, y1, x2, y2, lw) in p.lines:
            cv.setLineWidth(lw)
            cv.line(x1, H - y1, x2, H - y2)
        items = list(p.items)
        random.Random(spec['seed'] * 10 + pi).shuffle(items)
        for k, it in enumerate(items):
            if drop is not None and (pi, k) == drop:
                continue
            cv.setFillColorRGB(*it['color'])
            cv.setFont(it['font'], it['size'])
            cv.drawString(it['x'], H - it['base'], it['text'])
        cv.showPage()
    cv.save()
    return buf.getvalue()


def expected_text(pages):
    return ('\n' + FF + '\n').join('\n'.join(p.expected) for p in pages) + '\n'


# ---------------------------------------------------------------- checks
def box(it):
    w = width(it['text'], it['font'], it['size'])
    return (it['x'], it['base'] - it['size'] * 0.88, it['x'] + w, it['base'] + it['size'] * 0.12)


def check_pages(pages):
    for pi, p in enumerate(pages):
        for it in p.items:
            face = pdfmetrics.getFont(it['font']).face
            for ch in it['text']:
                if ch != ' ' and ord(ch) not in face.charToGlyph:
                    raise Refused(f'p{pi + 1}: glyph {ch!r} missing in {it["font"]}')
            x0, y0, x1, y1 = box(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Refused(f'p{pi + 1}: item in the edge margin: {it["text"]}')
            if not it['furniture'] and y1 > H - BOTTOM:
                raise Refused(f'p{pi + 1}: item past the bottom margin: {it["text"]}')
        bs = [box(it) for it in p.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    raise Refused(f'p{pi + 1}: items overlap: {p.items[i]["text"]} / {p.items[j]["text"]}')
        drawn = Counter(ch for it in p.items if not it['furniture'] for ch in it['text'] if not ch.isspace())
        exp = Counter(ch for line in p.expected for ch in line if not ch.isspace())
        if drawn != exp:
            raise Refused(f'p{pi + 1}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')
        for line in p.expected:
            s = line.strip()
            if s and s[0] in KINSOKU:
                raise Refused(f'p{pi + 1}: expected line starts with a kinsoku character: {line}')
            if re.fullmatch(r'- \d+ -', s):
                raise Refused('a folio in the expected text')


def check_pdf(pages, pdf):
    n = sum(len(p.items) for p in pages)
    bt = len(re.findall(rb'(?<![A-Za-z])BT(?![A-Za-z])', pdf))
    if bt < n:
        raise Refused(f'PDF has {bt} text objects for {n} items')
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.pdf')
        open(path, 'wb').write(pdf)
        for pi, p in enumerate(pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'],
                                 capture_output=True, text=True, check=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            want = Counter(ch for it in p.items for ch in it['text'] if not ch.isspace())
            if got != want:
                raise Refused(f'p{pi + 1}: pdftotext differs from the drawn items: {(got - want) + (want - got)}')


def era_year(label):
    m = re.search(r'令和(\d+|元)年', label)
    return None if not m else 2018 + (1 if m.group(1) == '元' else int(m.group(1)))


def stand_in(f):
    """The document a perfect tool would emit, in the shape checks() reads."""
    h = f['hiring']
    rows = [dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                 total=dict(count=r['total']['count'], women=r['total']['women']),
                 administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                 technical=dict(count=r['tech']['count'], women=r['tech']['women'])) for r in h['rows']]
    a = f['assignments']
    ex = []
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            ex.append(dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count']))
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=rows),
        assignments=dict(cohortFiscalYear=a['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in a['rows']]),
        examBreakdown=dict(entries=ex),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email'])) for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


LEGAL = ('独立行政法人', '国立大学法人', '国立研究開発法人', '行政執行法人', '特殊法人', '株式会社', '国土交通省', '国税庁')


def check_facts(f, spec, pages):
    lines = [l for p in pages for l in p.expected]
    lineset = set(lines)
    drawn = norm(expected_text(pages))
    def need(cond, msg):
        if not cond:
            raise Refused('facts: ' + msg)
    org = f['organization']
    need(norm(org) in drawn, 'organisation not printed')
    need(not any(org.startswith(x) for x in LEGAL) and '・' not in org, 'organisation carries a prefix / joined word')
    ed = f['edition']
    need(ed['asOfText'] in lineset, 'asOf text not printed')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    need(m and f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}' == ed['asOf'], 'asOf differs from the printed edition')
    h = f['hiring']['rows']
    planned = [r for r in h if r['planned']]
    need(len(planned) == 1 and h[-1]['planned'], 'exactly one planned row, last')
    need(ed['year'] == h[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    need([r['fiscalYear'] for r in h] == list(range(h[0]['fiscalYear'], h[0]['fiscalYear'] + len(h))), 'years not consecutive')
    for r in h:
        need(era_year(r['label']) == r['fiscalYear'], f'label {r["label"]} does not name {r["fiscalYear"]}')
        need(r['label'] in r['labelText'], 'labelText lacks the label')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            need(c['text'] == str(c['count']), f'{k} text differs from count')
            need((c['women'] is None) == (c['womenText'] is None) and (c['women'] is None or c['womenText'] == str(c['women'])), 'women text')
            need(c['women'] is None or 0 <= c['women'] <= c['count'], 'women above heads')
            if r['planned']:
                need(c['women'] is None, 'women on the planned row')
            else:
                need(c['women'] is not None, 'women missing on an actual row')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total ≠ admin + tech ({r["label"]})')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'women total ≠ sum ({r["label"]})')
        if 'byCategory' in r:
            bc = r['byCategory']
            need(bc['行政']['count'] == r['admin']['count'] and bc['行政']['women'] == r['admin']['women'], 'admin ≠ 行政')
            need(bc['機械']['count'] + bc['電気・電子']['count'] == r['tech']['count'], 'tech ≠ 機械 + 電気・電子')
            if not r['planned']:
                need(bc['機械']['women'] + bc['電気・電子']['women'] == r['tech']['women'], 'tech women ≠ sum')
    # each hiring row printed as its TAB line
    name = spec['name']
    for k, r in enumerate(h):
        if name == 'chugoku-unyu-2026':
            bc = r['byCategory']
            want = '\t'.join([r['labelText'], cell(bc['行政']['count'], bc['行政']['women']), cell(bc['機械']['count'], bc['機械']['women']),
                              cell(bc['電気・電子']['count'], bc['電気・電子']['women']), cell(r['total']['count'], r['total']['women'])])
        elif name == 'tut-2026':
            want = '\t'.join(['令和' if k == 0 else '', r['labelText'][2:], cell(r['admin']['count'], r['admin']['women']),
                              cell(r['tech']['count'], r['tech']['women']), cell(r['total']['count'], r['total']['women'])])
        elif r['planned']:
            want = f"{r['labelText']}採用予定数：事務系{r['admin']['count']}名・技術系{r['tech']['count']}名（計{r['total']['count']}名）"
        else:
            want = '\t'.join([r['labelText'], cell(r['admin']['count'], r['admin']['women']), cell(r['tech']['count'], r['tech']['women']),
                              cell(r['total']['count'], r['total']['women'])])
        need(want in lineset, f'hiring row not printed as drawn: {want!r}')
    if name == 'tut-2026':
        need(sum(1 for l in lines if l.startswith('令和\t')) == 1 and not any(re.match(r'\t?令和\d', l) for l in lines if '\t' in l),
             'the era cell must be printed once, the year cells without it')
    # assignments
    a = f['assignments']
    actual = [r for r in h if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'cohort is not the last actual year')
    need(era_year(a['intro']) == a['cohortFiscalYear'] and a['intro'] in lineset, 'cohort not named in the printed intro')
    last = actual[-1]
    need(sum(r['admin'] or 0 for r in a['rows']) == last['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == last['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(units) == len(set(units)), 'duplicate unit')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, 'zero row')
        need(any(l.split('\t')[0] == r['unit'] for l in lines), f'unit not printed: {r["unit"]}')
    # exams
    keys = set()
    per_track = Counter()
    for e in f['exams']['entries']:
        need(sum(b['count'] for b in e['breakdown']) == e['total'], 'exam categories ≠ total')
        need('院' not in e['exam'] and all('院' not in b['category'] for b in e['breakdown']), '院 in an exam')
        t = track(e['track'])
        need(t in ('administrative', 'technical'), 'exam track maps to other')
        need(e['track'] in (f['assignments']['tracks']['admin'], f['assignments']['tracks']['tech']), 'exam track is no hiring track')
        per_track[t] += e['total']
        need(norm(e['exam']) in drawn, 'exam name not printed')
        for b in e['breakdown']:
            k = (t, level(e['exam']), norm(b['category']))
            need(k not in keys, f'colliding category {k}')
            keys.add(k)
            need(any(l.split('\t')[2:4] == [b['category'], str(b['count'])] for l in lines if l.count('\t') == 3),
                 f'category not printed with its count: {b["category"]}')
    need(per_track['administrative'] == last_planned(h)['admin']['count'], 'admin exams ≠ planned admin')
    need(per_track['technical'] == last_planned(h)['tech']['count'], 'tech exams ≠ planned tech')
    # support, initiatives, training, lead
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration differs')
        need(f"●{s['name']}（{s['durationText']}）" in lineset and s['text'] in lineset, f'support not printed: {s["name"]}')
    for k, i in enumerate(f['initiatives']):
        need(spec['initMark'](k) + i['title'] in lineset and i['text'] in lineset, f'initiative not printed: {i["title"]}')
    for p in f['training']['paragraphs'] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']:
        need(p in lineset, f'line not printed: {p}')
    # contacts, access
    for c in f['contacts']:
        need(c['office'] in lineset, 'office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            need(tt in lineset, 'TEL line not printed')
            need(re.sub(r'\D', '', t) == re.sub(r'\D', '', tt.split('（')[0]), 'phone differs from the printed TEL line')
        for m_, mt in zip(c['email'], c['emailText']):
            need(mt in lineset and m_ in mt, 'e-mail not printed')
    acc = f['access']
    need(acc['address'] in lineset, 'address not printed')
    need(len(acc['routes']) == len(acc['routesText']), 'routes / routesText')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need(rt in lineset and r.replace('『', '').replace('』', '') == rt and '『' in r, f'route not printed: {r}')
    # scorer on the stand-in and on nothing
    res = checks(f, stand_in(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'},
         f'kinds reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    return res


def last_planned(h):
    return [r for r in h if r['planned']][-1]


# ---------------------------------------------------------------- build
def build(name, fault=None):
    spec = copy.deepcopy(SPECS[name])
    if fault:
        fault('spec', spec)
    pages = layout(spec)
    f = facts_of(spec)
    if fault:
        fault('pages', pages)
        fault('facts', f)
    check_pages(pages)
    res = check_facts(f, spec, pages)
    drop = None
    if fault:
        box_ = {}
        fault('drop', box_)
        drop = box_.get('drop')
    pdf = render(spec, pages, drop)
    check_pdf(pages, pdf)
    if pdf != render(spec, pages, drop):
        raise Refused('two renders differ')
    return pdf, expected_text(pages), f, res


def write(name):
    pdf, exp, f, res = build(name)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8').write(exp)
    open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8').write(json.dumps(f, ensure_ascii=False, indent=1) + '\n')
    kinds = Counter(n.split(' ')[0] for n, _ in res)
    print(f'{name}: {len(res)} fact checks {dict(kinds)}; items {[len(p.items) for p in layout(copy.deepcopy(SPECS[name]))]}')


# ---------------------------------------------------------------- self-test
def F(stage, fn):
    def fault(st, obj):
        if st == stage:
            fn(obj)
    return fault


def rows_(f):
    return f['hiring']['rows']


def faults(name):
    fs = []
    def add(label, stage, fn):
        fs.append((label, F(stage, fn)))
    add('hiring total +1', 'facts', lambda f: rows_(f)[1]['total'].update(count=rows_(f)[1]['total']['count'] + 1, text=str(rows_(f)[1]['total']['count'] + 1)))
    add('women total +1', 'facts', lambda f: rows_(f)[1]['total'].update(women=rows_(f)[1]['total']['women'] + 1, womenText=str(rows_(f)[1]['total']['women'] + 1)))
    add('admin women +1', 'facts', lambda f: rows_(f)[2]['admin'].update(women=rows_(f)[2]['admin']['women'] + 1, womenText=str(rows_(f)[2]['admin']['women'] + 1)))
    add('women above heads', 'facts', lambda f: rows_(f)[0]['tech'].update(women=rows_(f)[0]['tech']['count'] + 1, womenText=str(rows_(f)[0]['tech']['count'] + 1)))
    add('women on the planned row', 'facts', lambda f: rows_(f)[-1]['admin'].update(women=1, womenText='1'))
    add('planned row first', 'facts', lambda f: rows_(f).insert(0, rows_(f).pop()))
    add('wrong era label', 'facts', lambda f: rows_(f)[0].update(label='令和2年度'))
    add('count text differs', 'facts', lambda f: rows_(f)[0]['admin'].update(text='99'))
    add('hiring admin +1 and total +1 (not printed)', 'facts', lambda f: (rows_(f)[0]['admin'].update(count=rows_(f)[0]['admin']['count'] + 1, text=str(rows_(f)[0]['admin']['count'] + 1)),
                                                                           rows_(f)[0]['total'].update(count=rows_(f)[0]['total']['count'] + 1, text=str(rows_(f)[0]['total']['count'] + 1))))
    add('assignment +1', 'facts', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    add('wrong cohort', 'facts', lambda f: f['assignments'].update(cohortFiscalYear=2024))
    add('duplicated unit', 'facts', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)) or
        f['assignments']['rows'][0].update(admin=f['assignments']['rows'][0]['admin']))
    add('exam count +1 with total', 'facts', lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                                         f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))
    add('last category +1', 'facts', lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    add('exam with 院', 'facts', lambda f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '（院卒者）'))
    add('colliding category', 'facts', lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0])))
    add('e-mail not printed', 'facts', lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))
    add('office not printed', 'facts', lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '係'))
    add('route not printed', 'facts', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('分', '0分')))
    add('support not printed', 'facts', lambda f: f['supportSystems'][0].update(name='休業'))
    add('initiative not printed', 'facts', lambda f: f['initiatives'][0].update(title=f['initiatives'][0]['title'] + '制度'))
    add('organisation not printed', 'facts', lambda f: f.update(organization='中国地方整備局'))
    add('legal-form prefix', 'facts', lambda f: f.update(organization='国立大学法人' + f['organization']))
    add('wrong phone', 'facts', lambda f: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0][:-1] + '0']))
    add('wrong asOf', 'facts', lambda f: f['edition'].update(asOf='2026-05'))
    add('wrong edition year', 'facts', lambda f: f['edition'].update(year=2025))
    add('duration differs', 'facts', lambda f: f['supportSystems'][0].update(duration='1年'))
    add('exam track no hiring track', 'facts', lambda f: f['exams']['entries'][0].update(track='事務'))
    add('exam track maps to other', 'facts', lambda f: f['exams']['entries'][-1].update(track='専門職'))
    add('overlapping copy of an item', 'pages', lambda p: p[0].items.append(dict(p[0].items[5], x=p[0].items[5]['x'] + 2)))
    add('item in the edge margin', 'pages', lambda p: p[1].items[0].update(x=10))
    add('emoji the font lacks', 'pages', lambda p: (p[0].items[3].update(text=p[0].items[3]['text'] + '\U0001F600'),
                                                  p[0].expected.append('\U0001F600')))
    add('item past the bottom', 'pages', lambda p: (p[1].items.append(dict(text='余白', font='M', size=9, x=100, base=H - 40, color=(0, 0, 0), furniture=False)),
                                                  p[1].expected.append('余白')))
    add('line starting with 。', 'pages', lambda p: (p[1].items.append(dict(text='。', font='M', size=9, x=500, base=H - 100, color=(0, 0, 0), furniture=False)),
                                                    p[1].expected.append('。')))
    add('extra expected character', 'pages', lambda p: p[0].expected.append('字'))
    add('a folio in the expected text', 'pages', lambda p: (p[1].expected.append('- 2 -'), p[1].items[-1].update(furniture=False)))
    add('cell wider than its column', 'spec', lambda s: s['assignments']['rows'][0].update(unit='国土交通省中国運輸局総務部人事課採用担当係'))
    add('page overflow', 'spec', lambda s: s['training']['paragraphs'].extend(['研修の内容は年度ごとに見直します。'] * 40))
    if name == 'chugoku-unyu-2026':
        add('tech ≠ 機械 + 電気・電子', 'facts', lambda f: rows_(f)[0]['byCategory']['機械'].update(count=rows_(f)[0]['byCategory']['機械']['count'] + 1))
    if name == 'kumamoto-kokuzei-2026':
        add('planned line differs', 'spec', lambda s: s['hiring'].update(plannedLine=s['hiring']['plannedLine'].replace('計30', '計31')))
    if name == 'tut-2026':
        add('era cell printed twice', 'spec', lambda s: s['hiringPrinted'].__setitem__(1, '令和' + s['hiringPrinted'][1]))
    fs.append(('rendered PDF lacking one item', F('drop', lambda b: b.update(drop=(0, 3)))))
    return fs


def selftest(verbose):
    refused = total = 0
    for name in SPECS:
        for label, fault in faults(name):
            total += 1
            try:
                build(name, fault)
                print(f'  NOT REFUSED {name}: {label}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'  refused {name}: {label}: {e}')
            except Exception as e:  # a crash is not a refusal
                print(f'  CRASH {name}: {label}: {type(e).__name__}: {e}')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for n in (args or list(SPECS)):
        write(n)
