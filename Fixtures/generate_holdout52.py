#!/usr/bin/env python3
"""Blind holdout set 52: three recruitment brochures of Japanese public bodies.

Self-contained: a small page model in PDF coordinates, a ruled-table helper with row spans and
multi-piece cells, reportlab's canvas (invariant=1, no page compression) for the PDF, the checks,
and a fault-injection self-test.

  python3 Fixtures/generate_holdout52.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout52.py sado            # one (ryukyu, nahahosp, sado)
  python3 Fixtures/generate_holdout52.py --selftest -v   # every injected fault must be refused

Every visual text piece is its own text object (drawString = one BT ... ET); the text objects of a
page are written after its graphics in a seeded shuffled order.
"""
import collections, copy, io, json, os, random, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout52')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, track as sc_track, level as sc_level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, _p))
A4 = (595.28, 841.89)
EDGE = 20.0
ML = 42.0
CW = A4[0] - 2 * ML
GAP = 20.0
HALF = (CW - GAP) / 2


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.items = []      # dict(x, y, text, font, size, furniture)
        self.graphics = []   # ('line', x1, y1, x2, y2, width, gray) / ('rect', x, y, w, h, gray)
        self.expected = []   # expected lines of this page, in reading order

    def text(self, x, y, text, font='M', size=9.0, furniture=False):
        self.items.append(dict(x=round(x, 2), y=round(y, 2), text=text, font=font, size=size, furniture=furniture))

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.graphics.append(('line', x1, y1, x2, y2, width, gray))

    def rect(self, x, y, w, h, gray=0.9):
        self.graphics.append(('rect', x, y, w, h, gray))


class Col:
    """A flow column: lines go down from y; every placed line is also an expected line."""
    def __init__(self, page, x, w, y):
        self.p, self.x, self.w, self.y = page, x, w, y

    def line(self, text, font='M', size=9.0, indent=0.0, lead=1.55, right=False):
        self.y -= size
        x = self.x + self.w - sw(text, font, size) if right else self.x + indent
        self.p.text(x, self.y, text, font, size)
        self.p.expected.append(text)
        self.y -= size * (lead - 1)

    def heading(self, text, size=11.5):
        self.y -= 6
        self.p.rect(self.x, self.y - size - 3, 3.5, size + 4, gray=0.25)
        self.line(text, 'G', size, indent=8, lead=1.3)
        self.p.line(self.x, self.y, self.x + self.w, self.y, 0.6, 0.4)
        self.y -= 6

    def space(self, d):
        self.y -= d

    def table(self, widths, rows, size=8.5, rowh=17.0, aligns=None, header_fill=0.88):
        """rows: list of lists; a cell is a str, a list of pieces (text, font, size, dy), or None
        (covered by the span of the cell above: no rule above it, expected '')."""
        p = self.p
        xs = [self.x]
        for w in widths:
            xs.append(xs[-1] + w)
        assert xs[-1] <= self.x + self.w + 0.01, 'table wider than its column'
        aligns = aligns or (['l'] + ['r'] * (len(widths) - 1))
        top = self.y
        p.rect(xs[0], top - rowh, xs[-1] - xs[0], rowh, gray=header_fill)
        for ri, row in enumerate(rows):
            y0 = top - ri * rowh
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                p.line(xs[ci], y0, xs[ci + 1], y0, 0.5 if ri else 0.8)
            base = y0 - rowh / 2 - size * 0.36
            cells = []
            for ci, cell in enumerate(row):
                if cell is None:
                    cells.append('')
                    continue
                pieces = [(cell, 'M' if ri else 'G', size, 0.0)] if isinstance(cell, str) else cell
                total = sum(sw(t, f, s) for t, f, s, _ in pieces)
                assert total <= widths[ci] - 6, f'cell overflows its column: {cell!r}'
                if ri == 0 or aligns[ci] == 'c':
                    x = xs[ci] + (widths[ci] - total) / 2
                elif aligns[ci] == 'l':
                    x = xs[ci] + 4
                else:
                    x = xs[ci + 1] - 5 - total
                for t, f, s, dy in pieces:
                    if t:
                        p.text(x, base + dy, t, f, s)
                    x += sw(t, f, s)
                cells.append(''.join(t for t, _, _, _ in pieces))
            p.expected.append('\t'.join(cells))
        bottom = top - len(rows) * rowh
        p.line(xs[0], bottom, xs[-1], bottom, 0.8)
        for x in xs:
            p.line(x, top, x, bottom, 0.5)
        self.y = bottom - 4


# ---------------------------------------------------------------- facts helpers
def era(fy):
    return f'令和{fy - 2018}年度'


def cnt(c, w=None, planned=False):
    d = dict(count=c, text=str(c), women=None if planned else w)
    if not planned:
        d['womenText'] = str(w)
    return d


def hrow(fy, label_text, admin, tech, planned=False):
    tot = (admin[0] + tech[0], None if planned else admin[1] + tech[1])
    return dict(fiscalYear=fy, label=era(fy), labelText=label_text, planned=planned,
                total=cnt(*tot, planned=planned), admin=cnt(*admin, planned=planned),
                tech=cnt(*tech, planned=planned))


def cell_text(c, planned):
    return c['text'] if planned else f"{c['text']}（{c['womenText']}）"


def hiring_line(row, cols):
    return '\t'.join([row['labelText']] + [cell_text(row[k], row['planned']) for k in cols])


def base_facts(org, document, year, asof, asof_text, lead):
    return {'organization': org, 'document': document,
            'edition': {'year': year, 'asOf': asof, 'asOfText': asof_text},
            'lead': {'title': '', 'text': lead}}


def draw_hiring(col, facts, cols, widths, header, small_women=False, size=8.5):
    rows = [header]
    for r in facts['hiring']['rows']:
        cells = [r['labelText']]
        for k in cols:
            c = r[k]
            if small_women and not r['planned']:
                cells.append([(c['text'], 'G', 10.0, 0.0), (f"（{c['womenText']}）", 'M', 6.5, -2.6)])
            else:
                cells.append(cell_text(c, r['planned']))
        rows.append(cells)
    col.table(widths, rows, size=size)


def draw_assign(col, facts, cols, widths, header):
    rows = [header]
    for r in facts['assignments']['rows']:
        rows.append([r['unit']] + ['－' if r[k] is None else str(r[k]) for k in cols])
    col.table(widths, rows)


def draw_exams(col, facts, widths, unit='人'):
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in facts['exams']['entries']:
        for i, b in enumerate(e['breakdown']):
            rows.append([e['track'] if i == 0 else None, e['exam'] if i == 0 else None,
                         b['category'], f"{b['count']}{unit}"])
    col.table(widths, rows, aligns=['c', 'l', 'l', 'r'])


def draw_initiatives(col, facts, title):
    col.heading(title)
    for i in facts['initiatives']:
        col.line('●' + i['title'], 'G', 9.0)
        col.line(i['text'], 'M', 8.5, indent=9)


def draw_support(col, facts):
    col.heading(facts['supportTitle'])
    for s in facts['supportSystems']:
        col.line(f"■{s['name']}（{s['durationText']}）", 'G', 9.0)
        col.line(s['text'], 'M', 8.5, indent=9)


def draw_training(col, facts):
    col.heading(facts['training']['title'])
    for t in facts['training']['paragraphs']:
        col.line(t, 'M', 8.5)


def draw_access(col, facts):
    col.heading('アクセス')
    col.line(facts['access']['address'], 'M', 9.0)
    for r in facts['access']['routesText']:
        col.line(r, 'M', 9.0)


# ---------------------------------------------------------------- brochure 1: 国立大学法人琉球大学
def build_ryukyu():
    f = base_facts('琉球大学', '国立大学法人琉球大学 事務職員・技術職員 採用案内', 2026, '2026-03',
                   '令和8年3月現在', ['亜熱帯の島のキャンパスで、教育と研究を支える仕事です。'])
    rows = [hrow(2021, '令和3年度', (12, 7), (3, 1)), hrow(2022, '令和4年度', (10, 6), (4, 1)),
            hrow(2023, '令和5年度', (14, 8), (2, 0)), hrow(2024, '令和6年度', (11, 5), (5, 2)),
            hrow(2025, '令和7年度', (13, 7), (4, 1)), hrow(2026, '令和8年度（予定）', (12, None), (4, None), True)]
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': '年度 | 事務系 | 技術系 | 計; the women in 6.5 pt on a baseline 2.6 pt lower than the 10 pt count',
                   'rows': rows}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [dict(unit='総務部', admin=3, tech=None), dict(unit='財務部', admin=2, tech=None),
                                 dict(unit='学生部', admin=3, tech=None), dict(unit='病院事務部', admin=5, tech=None),
                                 dict(unit='施設運営部', admin=None, tech=3),
                                 dict(unit='研究基盤センター', admin=None, tech=1)]}
    exam = '九州地区国立大学法人等職員採用試験'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数, track and exam top-aligned in row spans',
                  'entries': [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='事務', count=12)], total=12),
                              dict(track='技術系', exam=exam, text='',
                                   breakdown=[dict(category='電気', count=2), dict(category='建築', count=1),
                                              dict(category='機械', count=1)], total=4)]}
    f['training'] = {'title': '研修', 'paragraphs': ['新規採用職員研修のほか、階層別研修があります。',
                                                     '他大学や文部科学省での実務研修もあります。']}
    f['initiatives'] = [dict(title='フレックスタイム制', text='始業と終業の時刻を選んで働けます。'),
                        dict(title='学内保育園', text='キャンパス内の保育園を利用できます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
                                text='男性職員の取得も増えています。'),
                           dict(name='介護休暇', duration='年5日', durationText='年5日', text='時間単位でも取得できます。')]
    dom = 'acs.u-ryukyu.ac.jp'
    f['contacts'] = [{'track': 'お問い合わせ', 'office': '総務部人事課 任用係', 'tel': ['098-895-8093'],
                      'email': [f'jinji-jimu@{dom}', f'jinji-gijutsu@{dom}'], 'location': '',
                      'telText': ['TEL：098-895-8093'],
                      'emailText': ['E-mail（事務系）：jinji-jimu', 'E-mail（技術系）：jinji-gijutsu',
                                    '※メールアドレスは、上記の後に', f'「@{dom}」を付けてください。'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒903-0213 沖縄県中頭郡西原町字千原1',
                   'routes': ['ゆいレール『首里』駅より路線バスで約20分', '『那覇空港』より車で約40分'],
                   'routesSynthesised': False,
                   'routesText': ['■ゆいレール「首里」駅より路線バスで約20分', '■那覇空港より車で約40分']}
    f['keyFigures'] = []
    f['decoys'] = {'womenSmall': 'the women in brackets set small on a lowered baseline next to each count',
                   'emailDomain': 'e-mail local parts only in the contact lines; the domain once in a note below them',
                   'yori': 'routes say より (not から)'}
    p1, p2 = Page(), Page()
    top = Col(p1, ML, CW, A4[1] - 40)
    p1.rect(ML, A4[1] - 104, CW, 70, gray=0.93)
    top.space(6)
    top.line('国立大学法人琉球大学', 'G', 20.0, indent=12, lead=1.35)
    top.line('事務職員・技術職員 採用案内', 'G', 13.0, indent=12, lead=1.4)
    top.space(12)
    top.line(f['edition']['asOfText'], 'M', 9.0, right=True)
    top.line(f['lead']['text'][0], 'M', 10.0, lead=1.6)
    y = top.y - 4
    L, R = Col(p1, ML, HALF, y), Col(p1, ML + HALF + GAP, HALF, y)
    L.heading('採用実績')
    L.line(f['hiring']['intro'][0], 'M', 8.5)
    draw_hiring(L, f, ['admin', 'tech', 'total'], [86, 52, 52, 52], ['年度', '事務系', '技術系', '計'],
                small_women=True)
    L.line(f['hiring']['note'][0], 'M', 7.5)
    R.heading('配属実績')
    R.line(f['assignments']['intro'], 'M', 8.5)
    draw_assign(R, f, ['admin', 'tech'], [116, 64, 64], ['配属先', '事務系', '技術系'])
    full = Col(p2, ML, CW, A4[1] - 48)
    full.heading(f['exams']['title'])
    draw_exams(full, f, [64, 222, 120, 105])
    y = full.y - 6
    L, R = Col(p2, ML, HALF, y), Col(p2, ML + HALF + GAP, HALF, y)
    draw_initiatives(L, f, '働きやすい職場づくり')
    L.space(4)
    draw_support(L, f)
    draw_training(R, f)
    R.space(4)
    R.heading('お問い合わせ')
    c = f['contacts'][0]
    R.line(c['office'], 'G', 9.0)
    R.line(c['telText'][0], 'M', 9.0)
    for t in c['emailText'][:2]:
        R.line(t, 'M', 9.0)
    for t in c['emailText'][2:]:
        R.line(t, 'M', 7.5, lead=1.4)
    R.space(4)
    draw_access(R, f)
    return dict(name='ryukyu-2026', facts=f, pages=[p1, p2], cols=['admin', 'tech', 'total'])


# ---------------------------------------------------------------- brochure 2: 地方独立行政法人那覇市立病院
def build_nahahosp():
    f = base_facts('那覇市立病院', '地方独立行政法人那覇市立病院 医療技術職・事務職 採用案内', 2026,
                   '2026-04', '令和8年4月1日現在', ['地域の急性期医療を支えるチームの一員を募集します。'])
    rows = [hrow(2021, '令和3年度', (3, 1), (9, 6)), hrow(2022, '令和4年度', (2, 1), (11, 8)),
            hrow(2023, '令和5年度', (4, 2), (8, 5)), hrow(2024, '令和6年度', (3, 2), (10, 7)),
            hrow(2025, '令和7年度', (3, 1), (12, 9)), hrow(2026, '令和8年度（予定）', (3, None), (10, None), True)]
    f['hiring'] = {'intro': ['職種別採用者数（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '医療技術職'}, 'textSynthesised': False,
                   'layout': '年度 | 医療技術職 | 事務職 | 計 (the technical column FIRST)', 'rows': rows}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '医療技術職'},
                        'layout': 'ruled 配属先 | 医療技術職 | 事務職 (the technical column FIRST)',
                        'rows': [dict(unit='放射線室', admin=None, tech=3), dict(unit='臨床検査室', admin=None, tech=4),
                                 dict(unit='リハビリテーション室', admin=None, tech=3),
                                 dict(unit='薬剤部', admin=None, tech=2), dict(unit='医事課', admin=2, tech=None),
                                 dict(unit='総務課', admin=1, tech=None)]}
    exam = '職員採用試験（大学卒業程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数, 医療技術職 first',
                  'entries': [dict(track='医療技術職', exam=exam, text='',
                                   breakdown=[dict(category='診療放射線技師', count=3), dict(category='臨床検査技師', count=3),
                                              dict(category='理学療法士', count=2), dict(category='薬剤師', count=2)],
                                   total=10),
                              dict(track='事務職', exam=exam, text='', breakdown=[dict(category='病院事務', count=3)],
                                   total=3)]}
    f['training'] = {'title': '教育・研修', 'paragraphs': ['新人研修とプリセプター制度で一年目を支えます。',
                                                         '学会参加や資格取得の費用を助成します。']}
    f['initiatives'] = []
    f['initiativesIntro'] = ''
    f['supportTitle'] = '子育て支援'
    f['supportSystems'] = [dict(name='院内保育所', duration='生後57日から就学前まで', durationText='生後57日から就学前まで',
                                text='夜勤のある日も利用できます。'),
                           dict(name='育児短時間勤務', duration='子が小学校に就学するまで',
                                durationText='子が小学校に就学するまで', text='週の勤務時間を選べます。')]
    f['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '総務課 人事係', 'tel': ['098-884-5116'],
                      'email': ['jinji@nch.naha.okinawa.jp'], 'location': '',
                      'telText': ['TEL：098-884-5116'], 'emailText': ['E-mail：jinji@nch.naha.okinawa.jp'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒902-8511 沖縄県那覇市古島2-31-1',
                   'routes': ['ゆいレール『古島』駅より徒歩約5分', '『那覇バスターミナル』より車で約15分'],
                   'routesSynthesised': False,
                   'routesText': ['■ゆいレール「古島」駅より徒歩約5分', '■那覇バスターミナルより車で約15分']}
    f['keyFigures'] = []
    f['decoys'] = {'techFirst': 'the technical column left of the administrative one in both tables',
                   'furniture': 'running header 那覇市立病院 職員採用案内 2026 and page numbers 1 / 2, 2 / 2',
                   'yori': 'routes say より (not から)'}
    p1, p2 = Page(), Page()
    for i, p in enumerate((p1, p2)):
        t = '那覇市立病院　職員採用案内 2026'
        p.text(A4[0] - ML - sw(t, 'G', 7.0), A4[1] - 26, t, 'G', 7.0, furniture=True)
        p.line(ML, A4[1] - 30, A4[0] - ML, A4[1] - 30, 0.4, 0.5)
        n = f'{i + 1} / 2'
        p.text((A4[0] - sw(n, 'G', 8.0)) / 2, 24, n, 'G', 8.0, furniture=True)
    top = Col(p1, ML, CW, A4[1] - 44)
    top.line('地方独立行政法人那覇市立病院', 'G', 18.0, lead=1.4)
    top.line('医療技術職・事務職 採用案内', 'G', 13.0, lead=1.4)
    top.line(f['edition']['asOfText'], 'M', 9.0, lead=1.8)
    top.line(f['lead']['text'][0], 'M', 10.0, lead=1.6)
    y = top.y - 4
    L, R = Col(p1, ML, HALF, y), Col(p1, ML + HALF + GAP, HALF, y)
    L.heading('採用実績')
    L.line(f['hiring']['intro'][0], 'M', 8.5)
    draw_hiring(L, f, ['tech', 'admin', 'total'], [82, 60, 50, 52], ['年度', '医療技術職', '事務職', '計'])
    L.line(f['hiring']['note'][0], 'M', 7.5)
    R.heading('配属実績')
    R.line(f['assignments']['intro'], 'M', 8.5)
    draw_assign(R, f, ['tech', 'admin'], [116, 66, 62], ['配属先', '医療技術職', '事務職'])
    full = Col(p2, ML, CW, A4[1] - 50)
    full.heading(f['exams']['title'])
    draw_exams(full, f, [74, 190, 140, 107])
    y = full.y - 6
    L, R = Col(p2, ML, HALF, y), Col(p2, ML + HALF + GAP, HALF, y)
    draw_support(L, f)
    L.space(4)
    draw_training(L, f)
    c = f['contacts'][0]
    R.heading(c['track'])
    R.line(c['office'], 'G', 9.0)
    R.line(c['telText'][0], 'M', 9.0)
    R.line(c['emailText'][0], 'M', 9.0)
    R.space(4)
    draw_access(R, f)
    return dict(name='nahahosp-2026', facts=f, pages=[p1, p2], cols=['tech', 'admin', 'total'])


# ---------------------------------------------------------------- brochure 3: 佐渡市
def build_sado():
    f = base_facts('佐渡市', '佐渡市 職員採用案内', 2026, '2026-04', '令和8年4月1日現在',
                   ['トキの舞う島で、市民の暮らしを支える仕事をしませんか。'])
    rows = [hrow(2021, '令和3年度', (18, 8), (5, 1)), hrow(2022, '4年度', (15, 7), (6, 2)),
            hrow(2023, '5年度', (17, 9), (4, 0)), hrow(2024, '6年度', (16, 6), (7, 2)),
            hrow(2025, '7年度', (19, 10), (5, 1)), hrow(2026, '8年度（予定）', (18, None), (6, None), True)]
    f['hiring'] = {'intro': ['職員採用者数（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': '年度 | 事務職 | 技術職 | 計; the era only in the first label 令和3年度, then 4年度 … 8年度（予定）',
                   'rows': rows}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [dict(unit='総務課', admin=3, tech=None), dict(unit='市民課', admin=4, tech=None),
                                 dict(unit='社会福祉課', admin=5, tech=None), dict(unit='両津支所', admin=4, tech=None),
                                 dict(unit='観光振興課', admin=3, tech=None), dict(unit='建設課', admin=None, tech=3),
                                 dict(unit='上下水道課', admin=None, tech=2)]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [dict(track='事務職', exam='上級（大学卒業程度）', text='',
                                   breakdown=[dict(category='行政', count=14)], total=14),
                              dict(track='事務職', exam='初級（高校卒業程度）', text='',
                                   breakdown=[dict(category='一般事務', count=4)], total=4),
                              dict(track='技術職', exam='上級（大学卒業程度）', text='',
                                   breakdown=[dict(category='土木', count=4), dict(category='建築', count=2)], total=6)]}
    f['training'] = {'title': '職員研修', 'paragraphs': ['新規採用職員研修を4月と10月に行います。',
                                                       '新潟県の自治研修所での研修もあります。']}
    f['initiatives'] = [dict(title='ノー残業デー', text='毎週水曜日は定時退庁を呼びかけています。'),
                        dict(title='テレワーク', text='支所や自宅でも仕事ができます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
                                text='最初の1か月は給付金が手厚くなります。'),
                           dict(name='部分休業', duration='1日2時間まで', durationText='1日2時間まで',
                                text='子が小学校に就学するまで使えます。')]
    f['contacts'] = [{'track': 'お問い合わせ', 'office': '佐渡市 総務課 人事係', 'tel': ['0259-63-3795'],
                      'email': ['jinji@city.sado.niigata.jp'], 'location': '',
                      'telText': ['電話　0259ー63ー3795'], 'emailText': ['メール　jinji@city.sado.niigata.jp'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒952-1292 新潟県佐渡市千種232',
                   'routes': ['『両津港』より車で約20分', '『小木港』より車で約40分'], 'routesSynthesised': False,
                   'routesText': ['■両津港より車で約20分', '■小木港より車で約40分']}
    f['keyFigures'] = []
    f['decoys'] = {'era': 'the era only in the first year cell (令和3年度), then 4年度 … 8年度（予定）',
                   'phone': 'the phone number written with katakana ー (U+30FC) between its groups',
                   'yori': 'routes say より (not から)'}
    p1, p2 = Page(), Page()
    y = A4[1] - 70
    p1.rect(ML, y - 10, CW, 42, gray=0.9)
    p1.text(ML + 12, y, '佐渡市', 'G', 24.0)
    p1.text(ML + 12 + sw('佐渡市', 'G', 24.0) + 10, y, '職員採用案内', 'G', 14.0)
    p1.expected.append('佐渡市 職員採用案内')
    top = Col(p1, ML, CW, y - 16)
    top.line(f['edition']['asOfText'], 'M', 9.0, right=True, lead=1.8)
    top.line(f['lead']['text'][0], 'M', 10.0, lead=1.6)
    top.heading('採用実績')
    top.line(f['hiring']['intro'][0], 'M', 8.5)
    draw_hiring(top, f, ['admin', 'tech', 'total'], [120, 100, 100, 100], ['年度', '事務職', '技術職', '計'])
    top.line(f['hiring']['note'][0], 'M', 7.5)
    top.space(6)
    top.heading('配属実績')
    top.line(f['assignments']['intro'], 'M', 8.5)
    draw_assign(top, f, ['admin', 'tech'], [160, 100, 100], ['配属先', '事務職', '技術職'])
    full = Col(p2, ML, CW, A4[1] - 48)
    full.heading(f['exams']['title'])
    draw_exams(full, f, [64, 190, 140, 117])
    y = full.y - 6
    L, R = Col(p2, ML, HALF, y), Col(p2, ML + HALF + GAP, HALF, y)
    draw_initiatives(L, f, '働きやすい職場づくり')
    L.space(4)
    draw_support(L, f)
    draw_training(R, f)
    R.space(4)
    c = f['contacts'][0]
    R.heading(c['track'])
    R.line(c['office'], 'G', 9.0)
    R.line(c['telText'][0], 'M', 9.0)
    R.line(c['emailText'][0], 'M', 9.0)
    R.space(4)
    draw_access(R, f)
    return dict(name='sado-2026', facts=f, pages=[p1, p2], cols=['admin', 'tech', 'total'])


BUILDERS = {'ryukyu': build_ryukyu, 'nahahosp': build_nahahosp, 'sado': build_sado}


# ---------------------------------------------------------------- rendering
def render(b):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(b['facts']['document'])
    for pi, p in enumerate(b['pages']):
        for g in p.graphics:
            if g[0] == 'line':
                _, x1, y1, x2, y2, w, gray = g
                c.setLineWidth(w)
                c.setStrokeGray(gray)
                c.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, gray = g
                c.setFillGray(gray)
                c.rect(x, y, w, h, stroke=0, fill=1)
        c.setFillGray(0)
        items = list(p.items)
        random.Random(f"{b['name']}/{pi}").shuffle(items)
        for it in items:
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()


def expected_text(b):
    return '\n\f\n'.join('\n'.join(p.expected) for p in b['pages']) + '\n'


# ---------------------------------------------------------------- checks
def digits(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s) if ch.isdigit())


def standin(f):
    s = {}
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                            for r in f['hiring']['rows']]}
    a = f['assignments']
    s['assignments'] = {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in a['rows']]}
    s['examBreakdown'] = {'entries': [{'track': sc_track(e['track']), 'level': sc_level(e['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': c['office'], 'phones': [{'number': digits(t)} for t in c['tel']],
                      'emails': list(c['email'])} for c in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': s}


def glyph_ok(font, ch):
    face = pdfmetrics.getFont(font).face
    return ord(ch) in face.charToGlyph


def validate(b, pdf=None):
    err = []
    f = b['facts']
    exp_lines = [l for p in b['pages'] for l in p.expected]
    drawn = norm(expected_text(b))
    # arithmetic
    rows = f['hiring']['rows']
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            err.append(f"hiring {r['labelText']}: total != admin + tech")
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                err.append(f"hiring {r['labelText']}: women on the planned row")
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                err.append(f"hiring {r['labelText']}: women total != admin + tech")
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']:
                    err.append(f"hiring {r['labelText']} {k}: women > heads")
                if r[k]['womenText'] != str(r[k]['women']):
                    err.append(f"hiring {r['labelText']} {k}: womenText != women")
        for k in ('total', 'admin', 'tech'):
            if unicodedata.normalize('NFKC', r[k]['text']) != str(r[k]['count']):
                err.append(f"hiring {r['labelText']} {k}: printed text != count")
        if r['label'] != era(r['fiscalYear']):
            err.append(f"hiring {r['labelText']}: label is not the era label of fiscalYear")
        line = hiring_line(r, b['cols'])
        if exp_lines.count(line) != 1:
            err.append(f"hiring row not printed as one expected line: {line!r}")
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or rows[-1] is not planned[0]:
        err.append('exactly one planned row, the last')
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))):
        err.append('hiring years not consecutive')
    if planned and not (planned[0]['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear']
                        == int(f['edition']['asOf'][:4])):
        err.append('planned year != edition year != exam year')
    a = f['assignments']
    coh = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']]
    if a['cohortFiscalYear'] != fys[-2] or not coh:
        err.append('assignment cohort is not the last actual year')
    else:
        for k in ('admin', 'tech'):
            if sum(x[k] or 0 for x in a['rows']) != coh[0][k]['count']:
                err.append(f'assignment {k} sum != cohort hires')
    units = [norm(x['unit']) for x in a['rows']]
    if len(set(units)) != len(units):
        err.append('duplicate assignment unit')
    for x in a['rows']:
        if any(v is not None and v <= 0 for v in (x['admin'], x['tech'])):
            err.append(f"assignment {x['unit']}: zero or negative")
    keys = set()
    per_track = collections.Counter()
    for e in f['exams']['entries']:
        if sum(x['count'] for x in e['breakdown']) != e['total']:
            err.append(f"exam {e['track']} {e['exam']}: total != categories")
        if sc_track(e['track']) == 'other':
            err.append(f"exam track {e['track']} maps to other")
        for x in e['breakdown']:
            k = (sc_track(e['track']), sc_level(e['exam']), norm(x['category']))
            if k in keys:
                err.append(f'exam key collides: {k}')
            keys.add(k)
            per_track[sc_track(e['track'])] += x['count']
    if planned:
        if per_track['administrative'] != planned[0]['admin']['count'] or \
                per_track['technical'] != planned[0]['tech']['count']:
            err.append('exam categories do not add up to the planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            err.append('support duration != durationText')
    # printed facts
    want = [f['organization'], f['edition']['asOfText']] + f['lead']['text'] + f['hiring']['intro'] + \
        f['hiring']['note'] + list(f['hiring']['tracks'].values()) + [r['labelText'] for r in rows] + \
        [a['intro']] + [x['unit'] for x in a['rows']] + [f['exams']['title']] + \
        [s for e in f['exams']['entries'] for s in [e['track'], e['exam']] + [x['category'] for x in e['breakdown']]] + \
        [f['training']['title']] + f['training']['paragraphs'] + \
        [s for i in f['initiatives'] for s in (i['title'], i['text'])] + \
        ([f['supportTitle']] if f['supportSystems'] else []) + \
        [s for i in f['supportSystems'] for s in (i['name'], i['durationText'], i['text'])] + \
        [s for c in f['contacts'] for s in [c['track'], c['office']] + c['telText'] + c['emailText']] + \
        f['access']['routesText']
    for r in f['access']['routes']:
        if norm(r.replace('『', '').replace('』', '')) not in drawn and \
                norm(r.replace('『', '「').replace('』', '」')) not in drawn:
            err.append(f'route not printed: {r!r}')
    for s in want:
        if norm(s) not in drawn:
            err.append(f'fact not printed: {s!r}')
    addr = f['access']['address']
    if norm(addr) not in drawn:
        err.append(f'address not printed: {addr!r}')
    for c in f['contacts']:
        for t in c['tel']:
            if not any(digits(x) == digits(t) for x in c['telText']):
                err.append(f'phone {t} not in its printed line')
        for m in c['email']:
            local, dom = m.split('@')
            if norm(m) not in drawn and not (norm(local) in drawn and norm('@' + dom) in drawn):
                err.append(f'e-mail not printed: {m}')
    # the checker on a stand-in document
    res = checks(f, standin(f), drawn)
    kinds = {n.split()[0] for n, _ in res}
    bad = [n for n, ok in res if not ok]
    if bad:
        err.append(f'stand-in misses {bad}')
    for k in ('organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'office', 'route', 'support'):
        if k not in kinds:
            err.append(f'no check of kind {k}')
    empty = checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        err.append('an empty document scores')
    # geometry and glyphs
    for pi, p in enumerate(b['pages']):
        boxes = []
        for it in p.items:
            w = sw(it['text'], it['font'], it['size'])
            x0, x1 = it['x'], it['x'] + w
            y0, y1 = it['y'] - 0.18 * it['size'], it['y'] + 0.82 * it['size']
            if x0 < EDGE or x1 > p.w - EDGE or y0 < EDGE or y1 > p.h - EDGE:
                err.append(f"p{pi + 1}: item in the edge margin: {it['text']!r}")
            for ch in it['text']:
                if not ch.isspace() and not glyph_ok(it['font'], ch):
                    err.append(f"p{pi + 1}: glyph missing in {it['font']}: {ch!r}")
            for bx in boxes:
                if x0 < bx[2] - 0.05 and bx[0] < x1 - 0.05 and y0 < bx[3] - 0.05 and bx[1] < y1 - 0.05:
                    err.append(f"p{pi + 1}: items overlap: {bx[4]!r} / {it['text']!r}")
            boxes.append((x0, y0, x1, y1, it['text']))
        body = collections.Counter(ch for it in p.items if not it['furniture'] for ch in it['text'] if not ch.isspace())
        expc = collections.Counter(ch for l in p.expected for ch in l if not ch.isspace())
        if body != expc:
            err.append(f'p{pi + 1}: drawn body != expected characters: +{dict(expc - body)} -{dict(body - expc)}')
        furn = {norm(it['text']) for it in p.items if it['furniture']}
        if furn & {norm(l) for l in p.expected}:
            err.append(f'p{pi + 1}: furniture in the expected text')
        for l in p.expected:
            if l and l[0] in '。、）」』':
                err.append(f'p{pi + 1}: expected line starts with a kinsoku character: {l!r}')
    if pdf is not None:
        with tempfile.TemporaryDirectory() as td:
            path = os.path.join(td, 'x.pdf')
            open(path, 'wb').write(pdf)
            for pi, p in enumerate(b['pages']):
                out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'],
                                     capture_output=True, text=True).stdout
                got = collections.Counter(ch for ch in out if not ch.isspace())
                allc = collections.Counter(ch for it in p.items for ch in it['text'] if not ch.isspace())
                if got != allc:
                    err.append(f'p{pi + 1}: pdftotext characters != drawn: +{dict(got - allc)} -{dict(allc - got)}')
        if pdf.count(b'BT') < sum(len(p.items) for p in b['pages']):
            err.append('fewer text objects than items')
    return err


def build(name):
    b = BUILDERS[name]()
    pdf = render(b)
    if render(BUILDERS[name]()) != pdf:
        raise SystemExit(f'{name}: two renderings differ')
    return b, pdf


def write(name):
    b, pdf = build(name)
    err = validate(b, pdf)
    if err:
        raise SystemExit(f"{b['name']} refused:\n  " + '\n  '.join(err))
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, b['name'] + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, b['name'] + '.expected.txt'), 'w', encoding='utf-8').write(expected_text(b))
    open(os.path.join(OUT, b['name'] + '.facts.json'), 'w', encoding='utf-8').write(
        json.dumps(b['facts'], ensure_ascii=False, indent=2) + '\n')
    n = len(checks(b['facts'], standin(b['facts']), norm(expected_text(b))))
    print(f"{b['name']}: {sum(len(p.items) for p in b['pages'])} text objects, {n} fact checks")


# ---------------------------------------------------------------- fault injection
def faults():
    def hiring_total(b): b['facts']['hiring']['rows'][1]['total']['count'] += 1
    def women_total(b): b['facts']['hiring']['rows'][2]['total']['women'] += 1
    def assign(b): b['facts']['assignments']['rows'][0]['admin' if b['facts']['assignments']['rows'][0]['admin'] else 'tech'] += 1
    def exam(b): b['facts']['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def exam_keep_total(b):
        e = b['facts']['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    def email(b): b['facts']['contacts'][0]['email'][0] = 'saiyo@example.go.jp'
    def planned_women(b): b['facts']['hiring']['rows'][-1]['admin']['women'] = 1
    def planned_first(b):
        r = b['facts']['hiring']['rows']; r.insert(0, r.pop())
    def era_label(b): b['facts']['hiring']['rows'][0]['label'] = '令和2年度'
    def text_count(b): b['facts']['hiring']['rows'][0]['admin']['text'] = '99'
    def collide(b):
        e = b['facts']['exams']['entries'][-1]; e['breakdown'].append(dict(e['breakdown'][0])); e['total'] += e['breakdown'][0]['count']
    def dup_unit(b):
        r = b['facts']['assignments']['rows']; r.append(dict(r[0], admin=None, tech=None))
    def route(b): b['facts']['access']['routes'][0] = '『架空駅』から徒歩3分'
    def overlap(b):
        it = dict(b['pages'][0].items[5]); it['x'] += 1.0; b['pages'][0].items.append(it); b['pages'][0].expected.append(it['text'])
    def margin(b): b['pages'][1].items[3]['x'] = 4.0
    def emoji(b):
        b['pages'][1].items.append(dict(x=300, y=60, text='🙂', font='M', size=9, furniture=False)); b['pages'][1].expected.append('🙂')
    def kinsoku(b):
        b['pages'][1].items.append(dict(x=300, y=60, text='。', font='M', size=9, furniture=False)); b['pages'][1].expected.append('。')
    def extra_char(b): b['pages'][0].expected[-1] += '字'
    def initiative(b):
        f = b['facts']
        if f['initiatives']: f['initiatives'][0]['title'] = '架空の制度'
        else: f['supportSystems'][0]['name'] = '架空の制度'
    def phone(b): b['facts']['contacts'][0]['tel'][0] = '03-0000-0000'
    def furniture_body(b):
        it = [x for x in b['pages'][0].items if not x['furniture']][0]
        it['furniture'] = True
    return [hiring_total, women_total, assign, exam, exam_keep_total, email, planned_women, planned_first, era_label,
            text_count, collide, dup_unit, route, overlap, margin, emoji, kinsoku, extra_char, initiative, phone,
            furniture_body]


def selftest(verbose):
    ok = total = 0
    for name in BUILDERS:
        base = BUILDERS[name]()
        assert not validate(base), validate(base)
        for fault in faults():
            b = copy.deepcopy(base)
            fault(b)
            err = validate(b)
            total += 1
            ok += bool(err)
            if verbose or not err:
                print(f"{name} {fault.__name__}: {'refused' if err else 'NOT REFUSED'}" +
                      (f' ({err[0][:110]})' if err else ''))
    # an overflowing cell (a scratch table)
    total += 1
    try:
        Col(Page(), ML, 100, 700).table([50, 50], [['見出し', '見出し'], ['とても長いセルの文字列です', '1']])
        print('overflow: NOT REFUSED')
    except AssertionError as e:
        ok += 1
        if verbose:
            print(f'overflow: refused ({e})')
    print(f'selftest: {ok}/{total} faults refused')
    return ok == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BUILDERS)
    for n in names:
        write(n)


if __name__ == '__main__':
    main()
