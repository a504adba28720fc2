#!/usr/bin/env python3
"""Holdout set 60 (blind): three synthetic recruitment brochures of national bodies.

  python3 Fixtures/generate_holdout60.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout60.py kinki-kouseikyoku
  python3 Fixtures/generate_holdout60.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates, a ruled-table helper, reportlab's canvas with
invariant=1 and no page compression, the checks, and a fault-injection self-test.  Imports only
`checks`, `norm`, `track`, `level` from Scripts/score_extract.py.
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(HERE, 'holdout60')
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + k, p))
CMAP = {k: set(pdfmetrics.getFont('IPAex' + k).face.charToGlyph.keys()) for k in FONTS}
W, H = 595.28, 841.89
EDGE = 20.0
KINSOKU = set('。、，．・：；？！）」』】〕ー')


class Fault(Exception):
    pass


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, 'IPAex' + font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(text, x, y, font, size, color, furniture, bold)
        self.lines = []      # expected lines (list of item groups joined)
        self.rects = []      # (x, y, w, h, fill)
        self.rules = []      # (x1, y1, x2, y2, width)

    def text(self, s, x, y, font='M', size=9, color=(0, 0, 0), furniture=False, line=True, bold=False):
        it = dict(text=s, x=x, y=y, font=font, size=size, color=color, furniture=furniture, bold=bold)
        self.items.append(it)
        if line and not furniture:
            self.lines.append(s)
        return it

    def width(self, it):
        return sw(it['text'], it['font'], it['size'])


def table(pg, x, ytop, widths, rows, size=8.5, rh=15, header_fill=(0.88, 0.92, 0.96), spans=None,
          align=None, font='M', hfont='G', inner_rules=None):
    """Ruled table.  rows: list of lists of strings.  spans: {(r, c): n} a cell spanning n rows.
    inner_rules: set of column indices c whose LEFT rule is omitted (cell pairs such as count | 人)."""
    spans = spans or {}
    inner_rules = inner_rules or set()
    covered = set()
    for (r, c), n in spans.items():
        for k in range(1, n):
            covered.add((r + k, c))
    tw = sum(widths)
    pg.rects.append((x, ytop - rh, tw, rh, header_fill))
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    for ri, row in enumerate(rows):
        y0 = ytop - (ri + 1) * rh
        cells = []
        for ci, cell in enumerate(row):
            if (ri, ci) in covered:
                cells.append('')
                continue
            n = spans.get((ri, ci), 1)
            if cell:
                f = hfont if ri == 0 else font
                wcell = sw(cell, f, size)
                if wcell > widths[ci] - 4:
                    raise Fault(f'cell overflows its column: {cell!r}')
                a = (align or {}).get(ci, 'l' if ci == 0 else 'c')
                if ri == 0:
                    a = 'l' if ci in (align or {}).get('hl', ()) else a
                if a == 'l':
                    tx = xs[ci] + 3
                elif a == 'r':
                    tx = xs[ci + 1] - 3 - wcell
                else:
                    tx = xs[ci] + (widths[ci] - wcell) / 2
                ty = y0 - (n - 1) * rh / 2 + rh / 2 - size * 0.36
                pg.text(cell, tx, ty, font=f, size=size, line=False)
            cells.append(cell)
        pg.lines.append('\t'.join(cells))
    nrows = len(rows)
    ybot = ytop - nrows * rh
    pg.rules.append((x, ytop, x + tw, ytop, 0.8))
    pg.rules.append((x, ybot, x + tw, ybot, 0.8))
    for ri in range(1, nrows):
        yy = ytop - ri * rh
        # horizontal rule, interrupted where a spanning cell continues
        segs = []
        for ci in range(len(widths)):
            if (ri, ci) in covered:
                continue
            segs.append((xs[ci], xs[ci + 1]))
        for a, b in segs:
            pg.rules.append((a, yy, b, yy, 0.5 if ri > 1 else 0.8))
    for ci, xx in enumerate(xs):
        if ci in inner_rules:
            continue
        pg.rules.append((xx, ytop, xx, ybot, 0.5))
    return ybot


def wrap(s, font, size, width):
    """Greedy line breaking; a kinsoku character never starts a line."""
    out, cur = [], ''
    for ch in s:
        if cur and sw(cur + ch, font, size) > width and ch not in KINSOKU:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def para(pg, s, x, y, width, size=8.5, font='M', step=13):
    for ln in wrap(s, font, size, width):
        pg.text(ln, x, y, font=font, size=size)
        y -= step
    return y


def heading(pg, s, x, y, color=(0.1, 0.25, 0.45), size=11):
    pg.rects.append((x, y - 3, 3, size + 2, color))
    pg.text(s, x + 7, y, font='G', size=size, color=color)


# ---------------------------------------------------------------- facts helpers
ERA = {2019: '令和元年度'}


def era(fy):
    return ERA.get(fy, f'令和{fy - 2018}年度')


def cnt(n, w=None):
    d = {'count': n, 'text': str(n)}
    if w is None:
        d['women'] = None
    else:
        d['women'] = w
        d['womenText'] = str(w)
    return d


def hiring_rows(data, labeltext):
    rows = []
    for fy, a, aw, t, tw, planned in data:
        rows.append({
            'fiscalYear': fy, 'label': era(fy), 'labelText': labeltext(fy, planned), 'planned': planned,
            'total': cnt(a + t, None if planned else aw + tw),
            'admin': cnt(a, None if planned else aw), 'tech': cnt(t, None if planned else tw)})
    return rows


def cell(c):
    return c['text'] if c['women'] is None else f"{c['text']}（{c['womenText']}）"


# ---------------------------------------------------------------- the three brochures
def kinki():
    name = 'kinki-kouseikyoku-2026'
    hdata = [(2021, 6, 3, 2, 1, False), (2022, 7, 4, 1, 0, False), (2023, 5, 2, 2, 1, False),
             (2024, 8, 5, 2, 1, False), (2025, 6, 3, 3, 2, False), (2026, 7, None, 2, None, True)]
    lt = lambda fy, p: f'’{fy % 100:02d}年度' + ('（予定）' if p else '')
    f = {
        'organization': '近畿厚生局',
        'document': '近畿厚生局 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月現在'},
        'lead': {'title': '', 'text': ['医療・年金・福祉の現場を、府県をまたいで支える厚生労働省の地方支分部局です。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': ['※括弧内は女性の数で内数です。年度は西暦の下2桁です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': "ruled 年度 | 事務系 | 技術系 | 計; years as ’21年度 (two-digit western year after an apostrophe)",
                   'rows': hiring_rows(hdata, lt)},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '’25年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': '総務課', 'admin': 1, 'tech': None}, {'unit': '医療課', 'admin': 2, 'tech': None},
                                 {'unit': '年金管理課', 'admin': 2, 'tech': None}, {'unit': '麻薬取締部', 'admin': 1, 'tech': 1},
                                 {'unit': '健康福祉部', 'admin': None, 'tech': 2}]},
        'exams': {'title': '’26年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [{'track': '事務系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '行政', 'count': 7}], 'total': 7},
                              {'track': '技術系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '化学', 'count': 1}, {'category': '建築', 'count': 1}], 'total': 2}]},
        'training': {'title': '研修', 'paragraphs': ['採用後は本省と合同の新規採用職員研修で、社会保障制度の全体像を学びます。',
                                                   '2年目以降は医療指導や年金監査の専門研修に進みます。']},
        'initiatives': [{'title': 'テレワーク', 'text': '週3日まで在宅勤務ができます。'},
                        {'title': 'ペーパーレス', 'text': '会議資料は原則として電子で共有します。'}],
        'initiativesIntro': '',
        'supportTitle': '仕事と家庭の両立支援',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男性職員の取得率も上がっています。'},
                           {'name': '介護休暇', 'duration': '通算6月まで', 'durationText': '通算6月まで',
                            'text': '3回まで分割して取得できます。'}],
        'contacts': [{'track': '採用に関するお問い合わせ', 'office': '近畿厚生局 総務課 人事係', 'tel': ['06-6942-2241'],
                      'email': ['kinki-saiyo@mhlw.go.jp'], 'location': '',
                      'telText': ['TEL 06-6942-2241'], 'emailText': ['E-mail kinki-saiyo@mhlw.go.jp'],
                      'hoursText': ''}],
        'access': {'address': '〒540-0008 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館',
                   'routes': ['地下鉄谷町線『天満橋』駅から徒歩約5分', 'JR東西線『大阪城北詰』駅から徒歩約12分'],
                   'routesSynthesised': False,
                   'routesText': ['地下鉄谷町線天満橋駅から徒歩約5分', 'JR東西線大阪城北詰駅から徒歩約12分']},
        'keyFigures': [],
        'decoys': {'years': "fiscal years printed as ’21年度 … ’26年度 (two-digit western year after U+2019)",
                   'contact': 'office, TEL and E-mail on ONE line separated by full-width ｜'},
    }
    return name, f


def chubu():
    name = 'chubu-police-2026'
    hdata = [(2021, 3, 1, 5, 1, False), (2022, 4, 2, 4, 0, False), (2023, 2, 1, 6, 2, False),
             (2024, 4, 2, 5, 1, False), (2025, 3, 1, 6, 2, False), (2026, 4, None, 6, None, True)]
    lt = lambda fy, p: era(fy) + ('（予定）' if p else '')
    f = {
        'organization': '中部管区警察局',
        'document': '中部管区警察局 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': ['中部・北陸の6県警察を、情報通信と広域調整で支える警察庁の地方機関です。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': ['※括弧内は女性の数で内数です。表（2）は列の並びが異なります。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'two stacked ruled tables: （1） 年度 | 事務系 | 技術系 | 計 (令和3–5年度), '
                             '（2） 年度 | 計 | 技術系 | 事務系 (令和6–8年度), each with its own header',
                   'rows': hiring_rows(hdata, lt)},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': '総務監察部', 'admin': 2, 'tech': None}, {'unit': '広域調整部', 'admin': 1, 'tech': None},
                                 {'unit': '情報通信部', 'admin': None, 'tech': 3},
                                 {'unit': '岐阜県情報通信部', 'admin': None, 'tech': 2},
                                 {'unit': '三重県情報通信部', 'admin': None, 'tech': 1}]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [{'track': '事務系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '行政', 'count': 4}], 'total': 4},
                              {'track': '技術系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '電気・電子・情報', 'count': 5}, {'category': '機械', 'count': 1}],
                               'total': 6}]},
        'training': {'title': '研修', 'paragraphs': ['採用後は管区警察学校で警察行政の基礎を学びます。',
                                                   '技術系は無線・ネットワークの実習を経て各部に配属されます。']},
        'initiatives': [{'title': 'テレワーク', 'text': '週2日まで在宅勤務'},
                        {'title': 'フレックスタイム', 'text': '始業を7時から選択'},
                        {'title': '年休の計画取得', 'text': '四半期ごとに計画'}],
        'initiativesIntro': '働き方改革の3ステップ',
        'supportTitle': '子育て・介護の支援',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男女とも取得できます。'},
                           {'name': '育児短時間勤務', 'duration': '小学校就学まで', 'durationText': '小学校就学まで',
                            'text': '週20時間からの勤務も選べます。'}],
        'contacts': [{'track': '採用担当', 'office': '中部管区警察局 総務監察部 人事課', 'tel': ['052-951-2411'],
                      'email': ['saiyo@chubu.npa.go.jp'], 'location': '',
                      'telText': ['TEL 052（951）2411'], 'emailText': ['E-mail saiyo@chubu.npa.go.jp'],
                      'hoursText': '受付 平日9時から17時まで'}],
        'access': {'address': '〒460-0001 愛知県名古屋市中区三の丸2-5-1 名古屋合同庁舎第2号館',
                   'routes': ['地下鉄名城線『市役所』駅から徒歩約5分', '名鉄瀬戸線『東大手』駅から徒歩約8分'],
                   'routesSynthesised': False,
                   'routesText': ['地下鉄名城線市役所駅から徒歩約5分', '名鉄瀬戸線東大手駅から徒歩約8分']},
        'keyFigures': [],
        'decoys': {'hiring': 'the table is split into two stacked tables, each with its own header, and the second '
                             'has its columns in the order 計 | 技術系 | 事務系',
                   'initiatives': 'a numbered flow ①→②→③ of three boxes with arrows between them',
                   'tel': 'the exchange in brackets: 052（951）2411'},
    }
    return name, f


def kumamoto():
    name = 'kumamoto-kasen-2026'
    hdata = [(2021, 2, 1, 5, 1, False), (2022, 1, 0, 6, 1, False), (2023, 2, 1, 4, 0, False),
             (2024, 1, 1, 7, 2, False), (2025, 2, 0, 5, 1, False), (2026, 2, None, 6, None, True)]
    lt = lambda fy, p: era(fy) + ('（予定）' if p else '')
    f = {
        'organization': '熊本河川国道事務所',
        'document': '熊本河川国道事務所 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '令和8年2月現在'},
        'lead': {'title': '', 'text': ['白川・緑川の治水と国道3号・57号の整備で、熊本の暮らしを守ります。']},
        'hiring': {'intro': ['採用者数の推移'], 'note': ['※括弧内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | (人) | 技術系 | (人) | 計 | (人): every count followed by a column '
                             'of its own holding the unit 人',
                   'rows': hiring_rows(hdata, lt)},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': '総務課', 'admin': 1, 'tech': None}, {'unit': '経理課', 'admin': 1, 'tech': None},
                                 {'unit': '河川管理課', 'admin': None, 'tech': 2}, {'unit': '道路管理第一課', 'admin': None, 'tech': 2},
                                 {'unit': '大津国道維持出張所', 'admin': None, 'tech': 1}]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [{'track': '事務系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '行政', 'count': 2}], 'total': 2},
                              {'track': '技術系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                               'breakdown': [{'category': '土木', 'count': 5}, {'category': '電気・電子・情報', 'count': 1}],
                               'total': 6}]},
        'training': {'title': '研修', 'paragraphs': ['採用後は九州技術事務所での新規採用職員研修で、',
                                                   '河川・道路の管理の基礎を学びます。']},
        'initiatives': [{'title': '現場のICT化', 'text': 'ドローン点検と3次元測量を進めています。'},
                        {'title': '週休2日の工事', 'text': '発注工事は週休2日を原則としています。'}],
        'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男性職員の取得も増えています。'},
                           {'name': '介護休暇', 'duration': '通算6月まで', 'durationText': '通算6月まで',
                            'text': '分割して取得できます。'}],
        'contacts': [{'track': 'お問い合わせ', 'office': '熊本河川国道事務所 総務課', 'tel': ['096-382-1111'],
                      'email': ['kumamoto-saiyo@qsr.mlit.go.jp'], 'location': '',
                      'telText': ['TEL 096-382-1111'], 'emailText': ['E-mail kumamoto-saiyo［at］qsr.mlit.go.jp'],
                      'hoursText': ''}],
        'access': {'address': '〒862-0901 熊本県熊本市東区東町3-10-1',
                   'routes': ['JR豊肥本線『東海学園前』駅から徒歩約15分', 'JR鹿児島本線『熊本』駅からバスで約30分'],
                   'routesSynthesised': False,
                   'routesText': ['JR豊肥本線東海学園前駅から徒歩約15分', 'JR鹿児島本線熊本駅からバスで約30分']},
        'keyFigures': [],
        'decoys': {'hiring': 'each count is followed by a narrow column of its own holding 人 (no rule between them)',
                   'email': 'the address printed with ［at］ for @, a note says to replace it'},
    }
    return name, f


BROCHURES = {'kinki-kouseikyoku': kinki, 'chubu-police': chubu, 'kumamoto-kasen': kumamoto}


# ---------------------------------------------------------------- drawing
def hrow_cells(r, order):
    return [r['labelText']] + [cell(r[k]) for k in order]


def draw(name, f):
    """Pages are drawn from the facts; returns a list of Page."""
    p1, p2 = Page(), Page()
    X, CW = 42, W - 84
    ink = {'kinki-kouseikyoku-2026': (0.05, 0.35, 0.35), 'chubu-police-2026': (0.1, 0.15, 0.4),
           'kumamoto-kasen-2026': (0.15, 0.35, 0.15)}[name]
    # masthead band
    p1.rects.append((0, H - 120, W, 120, ink))
    parent = {'kinki-kouseikyoku-2026': '厚生労働省', 'chubu-police-2026': '警察庁',
              'kumamoto-kasen-2026': '国土交通省 九州地方整備局'}[name]
    p1.text(parent, X, H - 45, font='G', size=11, color=(1, 1, 1))
    p1.text(f['organization'], X, H - 78, font='G', size=24, color=(1, 1, 1))
    p1.text('職員採用案内 2026', X, H - 104, font='G', size=13, color=(1, 1, 1))
    it = p1.text(f['edition']['asOfText'], 0, H - 104, font='M', size=9, color=(1, 1, 1))
    it['x'] = X + CW - p1.width(it)
    y = H - 145
    for ln in f['lead']['text']:
        p1.text(ln, X, y, size=9.5)
        y -= 15
    y -= 12
    h = f['hiring']
    heading(p1, '採用実績', X, y)
    y -= 20
    for ln in h['intro']:
        p1.text(ln, X, y, size=8.5)
        y -= 8
    rows = h['rows']
    if name == 'chubu-police-2026':
        p1.text('（1）令和3〜5年度', X, y - 8, font='G', size=8.5)
        y -= 12
        t1 = [['年度', '事務系', '技術系', '計']] + [hrow_cells(r, ('admin', 'tech', 'total')) for r in rows[:3]]
        y = table(p1, X, y, [130, 100, 100, 100], t1) - 20
        p1.text('（2）令和6〜8年度', X, y, font='G', size=8.5)
        y -= 4
        t2 = [['年度', '計', '技術系', '事務系']] + [hrow_cells(r, ('total', 'tech', 'admin')) for r in rows[3:]]
        y = table(p1, X, y, [130, 100, 100, 100], t2) - 14
    elif name == 'kumamoto-kasen-2026':
        y -= 4
        t = [['年度', '事務系', '', '技術系', '', '計', '']]
        for r in rows:
            t.append([r['labelText'], cell(r['admin']), '人', cell(r['tech']), '人', cell(r['total']), '人'])
        y = table(p1, X, y, [130, 70, 22, 70, 22, 70, 22], t, inner_rules={2, 4, 6},
                  align={1: 'r', 3: 'r', 5: 'r', 2: 'l', 4: 'l', 6: 'l', 'hl': ()}) - 14
    else:
        y -= 4
        t = [['年度', '事務系', '技術系', '計']] + [hrow_cells(r, ('admin', 'tech', 'total')) for r in rows]
        y = table(p1, X, y, [130, 100, 100, 100], t) - 14
    for ln in h['note']:
        p1.text(ln, X, y, size=8)
        y -= 13
    y -= 12
    a = f['assignments']
    heading(p1, '配属実績', X, y)
    y -= 20
    p1.text(a['intro'], X, y, size=8.5)
    y -= 4
    t = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        t.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = table(p1, X, y, [170, 90, 90], t)
    if y < 60:
        raise Fault('page 1 overflows')
    # ---- page 2
    y = H - 60
    e = f['exams']
    heading(p2, '試験区分', X, y)
    y -= 20
    p2.text(e['title'], X, y, size=8.5)
    y -= 4
    t = [['区分', '試験', '試験区分', '予定数']]
    spans = {}
    for en in e['entries']:
        r0 = len(t)
        for i, b in enumerate(en['breakdown']):
            t.append([en['track'] if i == 0 else '', en['exam'] if i == 0 else '', b['category'], f"{b['count']}名"])
        if len(en['breakdown']) > 1:
            spans[(r0, 0)] = spans[(r0, 1)] = len(en['breakdown'])
    y = table(p2, X, y, [70, 200, 130, 60], t, spans=spans) - 30
    LX, RX = X, X + CW / 2 + 10
    yl = y
    heading(p2, f['training']['title'], LX, yl)
    yl -= 20
    for ln in f['training']['paragraphs']:
        yl = para(p2, ln, LX, yl, CW / 2 - 14) - 2
    yl -= 12
    if name == 'chubu-police-2026':
        pass  # the flow is drawn full width below
    else:
        heading(p2, '働き方改革', LX, yl)
        yl -= 20
        for i in f['initiatives']:
            p2.text('■' + i['title'], LX, yl, font='G', size=9)
            yl -= 13
            yl = para(p2, i['text'], LX + 10, yl, CW / 2 - 24) - 3
        yl -= 8
    heading(p2, f['supportTitle'], LX, yl)
    yl -= 20
    for s in f['supportSystems']:
        p2.text(f"●{s['name']}（{s['durationText']}）", LX, yl, font='G', size=9)
        yl -= 13
        yl = para(p2, s['text'], LX + 10, yl, CW / 2 - 24) - 3
    yr = y
    c = f['contacts'][0]
    if name != 'kinki-kouseikyoku-2026':
        heading(p2, c['track'], RX, yr)
        yr -= 20
        note = ['※［at］を@に置き換えてください。'] if any('［at］' in m for m in c['emailText']) else []
        for ln in [c['office']] + c['telText'] + c['emailText'] + note + ([c['hoursText']] if c['hoursText'] else []):
            p2.text(ln, RX, yr, size=8.5)
            yr -= 14
        yr -= 12
    heading(p2, 'アクセス', RX, yr)
    yr -= 20
    acc = f['access']
    for ln in [acc['address']] + acc['routesText']:
        size = 8.5
        while sw(ln, 'M', size) > CW / 2 - 14:
            size -= 0.25
        p2.text(ln, RX, yr, size=size)
        yr -= 14
    y = min(yl, yr) - 20
    if name == 'chubu-police-2026':
        heading(p2, f['initiativesIntro'], X, y)
        y -= 26
        bw, gap = 140, (CW - 3 * 140) / 2
        for k, i in enumerate(f['initiatives']):
            bx = X + k * (bw + gap)
            p2.rects.append((bx, y - 40, bw, 52, (0.9, 0.93, 0.98)))
            p2.text('①②③'[k] + i['title'], bx + 8, y - 2, font='G', size=10)
            p2.text(i['text'], bx + 8, y - 24, size=8.5)
            if k < 2:
                p2.text('→', bx + bw + gap / 2 - 7, y - 16, font='G', size=14, color=(0.8, 0.3, 0.1))
        y -= 60
    if name == 'kinki-kouseikyoku-2026':
        y -= 6
        p2.rules.append((X, y + 18, X + CW, y + 18, 1.2))
        heading(p2, c['track'], X, y)
        y -= 22
        p2.text('｜'.join([c['office']] + c['telText'] + c['emailText']), X, y, size=9.5)
        y -= 14
    if y < 50:
        raise Fault('page 2 overflows')
    # furniture: page numbers
    p1.text('1', W / 2 - 2.5, 30, size=9, furniture=True)
    p2.text('2', W / 2 - 2.5, 30, size=9, furniture=True)
    return [p1, p2]


def render(name, pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(name)
    rnd = random.Random(seed)
    for pg in pages:
        for (x, y, w_, h_, fill) in pg.rects:
            c.setFillColorRGB(*fill)
            c.rect(x, y, w_, h_, stroke=0, fill=1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        for (x1, y1, x2, y2, lw) in pg.rules:
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)
        items = list(pg.items)
        rnd.shuffle(items)
        for it in items:
            c.setFillColorRGB(*it['color'])
            c.setFont('IPAex' + it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks
def box(pg, it):
    return (it['x'], it['y'] - 0.12 * it['size'], it['x'] + pg.width(it), it['y'] + 0.88 * it['size'])


def check_pages(pages, expected_pages):
    for pi, pg in enumerate(pages):
        for it in pg.items:
            f = it['font']
            for ch in it['text']:
                if ch == '\u3000':
                    raise Fault('U+3000 in an item')
                if ord(ch) not in CMAP[f]:
                    raise Fault(f'glyph missing from the font: {ch!r}')
            x0, y0, x1, y1 = box(pg, it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Fault(f'item in the edge margin: {it["text"]!r}')
        bs = [box(pg, it) for it in pg.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    raise Fault(f'items overlap: {pg.items[i]["text"]!r} / {pg.items[j]["text"]!r}')
        drawn = sorted(''.join(''.join(it['text'].split()) for it in pg.items if not it['furniture']))
        exp = sorted(''.join(''.join(l.split()) for l in expected_pages[pi]))
        if drawn != exp:
            raise Fault(f'page {pi + 1}: drawn and expected characters differ')
        furn = {''.join(it['text'].split()) for it in pg.items if it['furniture']}
        for l in expected_pages[pi]:
            if ''.join(l.split()) in furn:
                raise Fault('furniture is an expected line')
            if l and l[0] in KINSOKU:
                raise Fault(f'expected line starts with a kinsoku character: {l!r}')


def check_pdftotext(pdf, pages):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf)
        tf.flush()
        out = subprocess.run(['pdftotext', tf.name, '-'], capture_output=True, text=True, check=True).stdout
    got = out.split('\f')
    for pi, pg in enumerate(pages):
        want = sorted(''.join(''.join(it['text'].split()) for it in pg.items))
        if sorted(''.join(got[pi].split())) != want:
            raise Fault(f'pdftotext page {pi + 1} differs from the drawn text')
    if pdf.count(b'BT') < sum(len(p.items) for p in pages):
        raise Fault('fewer text objects than items')


def standin(f):
    """The document a perfect extractor would give, in the tool's output shape."""
    def c(x):
        return {'count': x['count'], 'women': x['women']}
    h = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': c(r['total']),
                   'administrative': c(r['admin']), 'technical': c(r['tech'])} for r in f['hiring']['rows']]}
    a = f['assignments']
    ex = [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
          for e in f['exams']['entries'] for b in e['breakdown']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {'hiring': h,
                         'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                                         'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                                   'technical': r['tech'] or 0} for r in a['rows']]},
                         'examBreakdown': {'entries': ex},
                         'contacts': [{'office': x['office'], 'phones': [{'number': t} for t in x['tel']],
                                       'emails': list(x['email'])} for x in f['contacts']],
                         'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
                         'initiatives': [{'title': i['title']} for i in f['initiatives']],
                         'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def era_of_text(s):
    return s


def check_facts(f, expected_pages):
    lines = [l for p in expected_pages for l in p]
    flat = ''.join(''.join(l.split()) for l in lines)
    drawn = norm(flat)
    words = [w for l in lines for w in l.split()]
    if f['organization'] not in lines and f['organization'] not in [l.split()[0] for l in lines if l.split()]:
        raise Fault('organisation not a whole line')
    h = f['hiring']['rows']
    for r in h:
        for k in ('total', 'admin', 'tech'):
            x = r[k]
            if x['text'] != str(x['count']):
                raise Fault('hiring text differs from count')
            if x['women'] is not None and not (0 <= x['women'] <= x['count']):
                raise Fault('women outside 0..count')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Fault(f'hiring total != admin + tech ({r["labelText"]})')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Fault('women total != admin + tech')
        if r['planned'] and any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
            raise Fault('women on the planned row')
        if r['label'] != era(r['fiscalYear']):
            raise Fault('label is not the era label of fiscalYear')
        lt = r['labelText']
        if not (lt.startswith(r['label']) or (lt.startswith('’') and int(lt[1:3]) == r['fiscalYear'] % 100)):
            raise Fault('labelText does not name fiscalYear')
        if lt.endswith('（予定）') != r['planned']:
            raise Fault('the （予定） mark and planned disagree')
    fys = [r['fiscalYear'] for r in h]
    if fys != list(range(fys[0], fys[0] + len(fys))):
        raise Fault('years not consecutive')
    if [r['planned'] for r in h] != [False] * (len(h) - 1) + [True]:
        raise Fault('exactly one planned row, last')
    py = h[-1]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        raise Fault('planned year / edition / exam year / asOf disagree')
    at = f['edition']['asOfText']
    m = int(at.split('年')[1].split('月')[0])
    if f['edition']['asOf'] != f'{int(at[2:at.index("年")]) + 2018}-{m:02d}':
        raise Fault('asOf differs from the printed edition')
    # every hiring row printed as exactly one expected line (cells in the table's column order)
    for r in h:
        if '(人)' in f['hiring']['layout']:
            want = [r['labelText'], cell(r['admin']), '人', cell(r['tech']), '人', cell(r['total']), '人']
        elif f['hiring']['layout'].startswith('two stacked') and r['fiscalYear'] >= 2024:
            want = hrow_cells(r, ('total', 'tech', 'admin'))
        else:
            want = hrow_cells(r, ('admin', 'tech', 'total'))
        if sum(1 for l in lines if l.split('\t') == want) != 1:
            raise Fault(f'hiring row {r["labelText"]} not printed as one line')
    a = f['assignments']
    last = [r for r in h if not r['planned']][-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Fault('assignment cohort is not the last actual year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Fault('duplicate unit')
    for k, kk in (('admin', 'admin'), ('tech', 'tech')):
        if sum(r[k] or 0 for r in a['rows']) != last[kk]['count']:
            raise Fault(f'assignment {k} sum != cohort hires')
    for r in a['rows']:
        if any(v is not None and v <= 0 for v in (r['admin'], r['tech'])):
            raise Fault('zero assignment')
        want = [r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－']
        if sum(1 for l in lines if l.split('\t') == want) != 1:
            raise Fault(f'assignment row {r["unit"]} not printed')
    keys = set()
    for en in f['exams']['entries']:
        if en['total'] != sum(b['count'] for b in en['breakdown']):
            raise Fault('exam total != categories')
        if track(en['track']) == 'other':
            raise Fault('exam track maps to other')
        if '院' in en['exam']:
            raise Fault('exam name with 院')
        k = 'admin' if track(en['track']) == 'administrative' else 'tech'
        if en['total'] != h[-1][k]['count']:
            raise Fault('exam categories != planned hires')
        for b in en['breakdown']:
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            if key in keys:
                raise Fault('colliding exam category')
            keys.add(key)
            if norm(b['category']) not in drawn or norm(f"{b['count']}名") not in drawn:
                raise Fault('exam category not printed')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Fault('support duration != durationText')
    strings = [f['organization'], f['edition']['asOfText'], f['hiring']['intro'][0], f['hiring']['note'][0],
               a['intro'], f['exams']['title'], f['training']['title'], f['access']['address'], f['supportTitle']]
    strings += f['lead']['text'] + f['training']['paragraphs'] + f['access']['routesText']
    strings += [i['title'] for i in f['initiatives']] + [i['text'] for i in f['initiatives']]
    strings += [s['name'] for s in f['supportSystems']] + [s['text'] for s in f['supportSystems']]
    for c in f['contacts']:
        strings += [c['office'], c['track']] + c['telText'] + c['emailText']
    for s in strings:
        if norm(s) not in drawn:
            raise Fault(f'fact string not printed: {s!r}')
    for c in f['contacts']:
        for t, tt in zip(c['tel'], c['telText']):
            if ''.join(ch for ch in t if ch.isdigit()) != ''.join(ch for ch in tt if ch.isdigit()):
                raise Fault('phone digits differ from the printed line')
        for m_, mt in zip(c['email'], c['emailText']):
            if m_ not in mt and m_.replace('@', '［at］') not in mt:
                raise Fault('e-mail not on its printed line')
    for r, rt in zip(f['access']['routes'], f['access']['routesText']):
        st = r.split('『')[1].split('』')[0]
        if r.replace('『', '').replace('』', '') != rt or not (r.split('』')[1].startswith('駅') or r.split('』')[1].startswith('電停')):
            raise Fault('route fact differs from its printed line')
        if st + '駅' not in rt:
            raise Fault('route stop not printed')
    res = checks(f, standin(f), drawn)
    if not all(ok for _, ok in res):
        raise Fault('stand-in document does not score full marks: ' + str([n for n, ok in res if not ok]))
    kinds = {n.split()[0] for n, _ in res}
    if not {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'} <= kinds:
        raise Fault('a kind of check is not reached')
    empty = checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        raise Fault('an empty document scores')
    return len(res)


def split_pages(pages):
    return [list(p.lines) for p in pages]


def build(key, f=None, mutate_pages=None, seed=60):
    name, facts = BROCHURES[key]()
    drawf = BROCHURES[key]()[1]
    pages = draw(name, drawf)      # the pages are always drawn from the true facts
    if mutate_pages:
        mutate_pages(pages)
    exp = split_pages(pages)
    if f is not None:
        facts = f
    check_pages(pages, exp)
    n = check_facts(facts, exp)
    pdf = render(name, pages, seed)
    if render(name, pages, seed) != pdf:
        raise Fault('rendering is not deterministic')
    check_pdftotext(pdf, pages)
    text = '\n\f\n'.join('\n'.join(p) for p in exp) + '\n'
    return name, facts, pdf, text, n


def write(key):
    name, facts, pdf, text, n = build(key)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    print(f'{name}: {n} fact checks, {hashlib.md5(pdf).hexdigest()}')


# ---------------------------------------------------------------- fault injection
def faults():
    def fm(fn):
        def g(f):
            f = copy.deepcopy(f)
            fn(f)
            return f
        return ('facts', g)

    def pm(fn):
        return ('pages', fn)

    def r(f, i=0):
        return f['hiring']['rows'][i]

    def wrong_asof(f):
        f['edition']['asOf'] = f['edition']['asOf'][:5] + '12'

    def first_planned(f):
        rows = f['hiring']['rows']
        rows.insert(0, rows.pop())

    def collide(f):
        e = f['exams']['entries'][1]
        e['breakdown'].append(dict(e['breakdown'][0], count=0))

    def overlap(pages):
        it = dict(pages[0].items[3])
        it['x'] += 2
        pages[0].items.append(it)
        pages[0].lines.append(it['text'])

    def edge(pages):
        pages[1].items[0]['x'] = 5

    def emoji(pages):
        pages[1].items[0]['text'] += '😀'
        pages[1].lines[0] = pages[1].lines[0] + '😀'

    def kinsoku(pages):
        pages[0].lines.append('。')
        pages[0].items.append(dict(text='。', x=500, y=60, font='M', size=8, color=(0, 0, 0), furniture=False,
                                   bold=False))

    def extra(pages):
        pages[0].lines[0] += 'X'

    def furn(pages):
        it = [i for i in pages[1].items if not i['furniture']][-1]
        it['furniture'] = True

    return [
        ('hiring total +1', fm(lambda f: r(f)['total'].update(count=r(f)['total']['count'] + 1, text=str(r(f)['total']['count'] + 1)))),
        ('women total +1', fm(lambda f: r(f)['total'].update(women=r(f)['total']['women'] + 1))),
        ('a track\'s women +1', fm(lambda f: r(f, 1)['admin'].update(women=r(f, 1)['admin']['women'] + 1))),
        ('women above the count', fm(lambda f: r(f, 2)['tech'].update(women=99))),
        ('women on the planned row', fm(lambda f: r(f, -1)['admin'].update(women=0, womenText='0'))),
        ('planned row first', fm(first_planned)),
        ('wrong era label', fm(lambda f: r(f, 1).update(label='令和9年度'))),
        ('printed text differs', fm(lambda f: r(f, 1)['tech'].update(text=str(r(f, 1)['tech']['count'] + 1)))),
        ('assignment +1', fm(lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))),
        ('wrong cohort', fm(lambda f: f['assignments'].update(cohortFiscalYear=2024))),
        ('duplicated unit', fm(lambda f: f['assignments']['rows'][1].update(unit=f['assignments']['rows'][0]['unit']))),
        ('exam count +1 with its total', fm(lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                                       f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))),
        ('last category +1, total kept', fm(lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))),
        ('exam name with 院', fm(lambda f: f['exams']['entries'][0].update(exam='大学院卒者試験'))),
        ('colliding category', fm(collide)),
        ('e-mail not printed', fm(lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))),
        ('office not printed', fm(lambda f: f['contacts'][0].update(office='本局 ' + f['contacts'][0]['office']))),
        ('route not printed', fm(lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』', '東』')))),
        ('support name not printed', fm(lambda f: f['supportSystems'][0].update(name='育休'))),
        ('initiative not printed', fm(lambda f: f['initiatives'][0].update(title=f['initiatives'][0]['title'][:-1] + 'X'))),
        ('organisation one char short', fm(lambda f: f.update(organization=f['organization'][:-1]))),
        ('wrong phone', fm(lambda f: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0][:-1] + '9']))),
        ('wrong asOf', fm(wrong_asof)),
        ('support duration differs', fm(lambda f: f['supportSystems'][1].update(duration='通算1年まで'))),
        ('overlapping copy of an item', pm(overlap)),
        ('item in the edge margin', pm(edge)),
        ('emoji the font lacks', pm(emoji)),
        ('line starting with 。', pm(kinsoku)),
        ('extra expected character', pm(extra)),
        ('body line made furniture', pm(furn)),
    ]


def selftest(verbose):
    total = refused = 0
    for key in BROCHURES:
        base = BROCHURES[key]()[1]
        build(key)  # the true brochure must pass
        for label, (kind, fn) in faults():
            total += 1
            try:
                if kind == 'facts':
                    build(key, f=fn(base))
                else:
                    build(key, mutate_pages=fn)
                ok = False
            except Fault as ex:
                ok = True
                why = str(ex)
            except Exception as ex:  # noqa: BLE001
                ok = False
                why = f'crash {type(ex).__name__}: {ex}'
            refused += ok
            if verbose or not ok:
                print(f'{key}: {label}: {"refused" if ok else "NOT REFUSED"} ({why if ok else ""})')
    # an overflowing cell (scratch table)
    total += 1
    try:
        table(Page(), 50, 500, [20, 20], [['年度', '事務系の採用者数'], ['x', 'y']])
        print('overflowing cell: NOT REFUSED')
    except Fault:
        refused += 1
    print(f'{refused}/{total} refused')
    return refused == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    keys = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for k in keys:
        write(k)
