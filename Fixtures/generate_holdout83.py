#!/usr/bin/env python3
"""Blind holdout set 83: three LOCAL public bodies (気仙沼市立病院, 岩国市水道局, 南阿蘇村).

Self-contained: a page model in top-down coordinates, a table helper, reportlab's canvas
(invariant=1, no page compression), the checks, and a fault-injection self-test.

  python3 Fixtures/generate_holdout83.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout83.py iwakuni-suido-2026
  python3 Fixtures/generate_holdout83.py --selftest -v   # every injected fault must be refused

Every visual text piece is one text item and one text object (BT ... ET); the items of a
page are written after its graphics in a seeded shuffled order. See holdout83/README.md.
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color

OUT = os.path.join(HERE, 'holdout83')
PW, PH = 595.28, 841.89
EDGE = 20.0
BOTTOM = 800.0
FONTS = {'G': 'IPAexGothic', 'M': 'IPAexMincho'}
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
CMAP = {k: set(pdfmetrics.getFont(v).face.charToGlyph.keys()) for k, v in FONTS.items()}

class Refused(Exception):
    pass

def need(ok, msg):
    if not ok:
        raise Refused(msg)

def width(text, font, size):
    return pdfmetrics.stringWidth(text, FONTS[font], size)

def era(y):
    return f'令和{y - 2018}年度'

FW = str.maketrans('0123456789', '０１２３４５６７８９')

# ----------------------------------------------------------------------------------------
# page model
# ----------------------------------------------------------------------------------------
class Page:
    def __init__(self):
        self.items = []      # dict(text, font, size, x, base, color, line, folio)
        self.lines = []      # list of list-of-cells; a cell is a list of item indices; joiner
        self.rects = []      # (x, top, w, h, fill)
        self.rules = []      # (x0, y0, x1, y1, width, color)

    def item(self, text, font, size, x, base, color=(0, 0, 0), folio=False):
        self.items.append(dict(text=text, font=font, size=size, x=x, base=base, color=color, folio=folio))
        return len(self.items) - 1

    def line(self, cells, joiner='\t'):
        self.lines.append((cells, joiner))

    def text_lines(self):
        out = []
        for cells, joiner in self.lines:
            out.append(joiner.join(''.join(self.items[i]['text'] for i in cell) for cell in cells))
        return out


def put(pg, y, x0, text, font='M', size=9.5, color=(0, 0, 0), lead=1.55, align='left', x1=None):
    """One line of text at top y; returns the next y."""
    w = width(text, font, size)
    x = x0 if align == 'left' else (x1 - w)
    i = pg.item(text, font, size, x, y + size * 0.88, color)
    pg.line([[i]])
    return y + size * lead


def heading(pg, y, x0, x1, text, col):
    y += 6
    pg.rects.append((x0, y - 2, x1 - x0, 17, (col[0] * 0.25 + 0.75, col[1] * 0.25 + 0.75, col[2] * 0.25 + 0.75)))
    pg.rects.append((x0, y - 2, 4, 17, col))
    i = pg.item(text, 'G', 11.5, x0 + 9, y + 11.5 * 0.88 + 0.5, (0.1, 0.1, 0.1))
    pg.line([[i]])
    return y + 24


def table(pg, y, x0, widths, rows, ruled=True, header_fill=(0.88, 0.88, 0.88), size=9.0,
          align=None, small=7.0):
    """rows: list of list of cells; a cell is a str or a tuple (main, second-line-small).
    The first row is the header. Returns the next y."""
    ncol = len(widths)
    align = align or (['left'] + ['center'] * (ncol - 1))
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = y
    for r, row in enumerate(rows):
        need(len(row) == ncol, f'row {row} has {len(row)} cells, not {ncol}')
        two = any(isinstance(c, tuple) for c in row)
        h = size * 1.9 + (small * 1.25 if two else 0)
        if r == 0 and header_fill:
            pg.rects.append((x0, y, xs[-1] - x0, h, header_fill))
        cells = []
        for c, cell in enumerate(row):
            main, second = (cell if isinstance(cell, tuple) else (cell, None))
            ids = []
            cw = widths[c]
            for k, (t, sz, dy) in enumerate(((main, size, 0), (second, small, size * 1.25))):
                if not t:
                    continue
                w = width(t, 'M', sz)
                need(w <= cw - 6, f'cell {t!r} ({w:.1f} pt) wider than its column ({cw} pt)')
                if align[c] == 'left':
                    x = xs[c] + 5
                elif align[c] == 'right':
                    x = xs[c + 1] - 5 - w
                else:
                    x = xs[c] + (cw - w) / 2
                color = (0.25, 0.25, 0.25) if k else (0, 0, 0)
                ids.append(pg.item(t, 'M', sz, x, y + size * 0.45 + sz * 0.88 + dy, color))
            cells.append(ids)
        pg.line(cells)
        y += h
        if ruled:
            pg.rules.append((x0, y, xs[-1], y, 0.5, (0.3, 0.3, 0.3)))
    if ruled:
        pg.rules.append((x0, top, xs[-1], top, 0.8, (0.3, 0.3, 0.3)))
        for x in xs:
            pg.rules.append((x, top, x, y, 0.5, (0.3, 0.3, 0.3)))
    else:
        pg.rules.append((x0, top + (rows and (size * 1.9)), xs[-1], top + size * 1.9, 0.4, (0.5, 0.5, 0.5)))
    return y + 4


def folio(pg, n):
    t = f'- {n} -'
    pg.item(t, 'M', 8, (PW - width(t, 'M', 8)) / 2, 818, (0.4, 0.4, 0.4), folio=True)


def running_header(pg, text):
    pg.item(text, 'G', 7.5, PW - 50 - width(text, 'G', 7.5), 36, (0.45, 0.45, 0.45), folio=True)


# ----------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------
def hiring_rows(data, planned_label='（予定）'):
    rows = []
    for fy, a, aw, t, tw, planned in data:
        def cnt(n, w):
            d = dict(count=n, text=str(n), women=w, womenText=None if w is None else str(w))
            d['cellText'] = f'{n}' if w is None else f'{n}（{w}）'
            return d
        tot_w = None if planned else aw + tw
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cnt(a + t, tot_w), admin=cnt(a, aw), tech=cnt(t, tw),
                         labelText=era(fy) + (planned_label if planned else '')))
    return rows


def base_facts(org, title, edition, lead, tracks, hrows, hnote, cohort, arows, exams, training,
               inits, init_title, init_fmt, supports, sup_fmt, contact, access, decoys, hlayout):
    return {
        'organization': org,
        'document': f'{org} {title}',
        'edition': edition,
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': hnote, 'tracks': tracks,
                   'textSynthesised': False, 'layout': hlayout,
                   'header': ['年度', tracks['admin'], tracks['tech'], '計'],
                   'columns': ['label', 'admin', 'tech', 'total'], 'rows': hrows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': f'{era(cohort)}採用者の配属先（単位：人）',
                        'tracks': tracks, 'layout': f"ruled 配属先 | {tracks['admin']} | {tracks['tech']}",
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in arows]},
        'exams': exams,
        'training': {'title': '研修', 'paragraphs': training},
        'initiatives': inits, 'initiativesIntro': '', 'initiativesTitle': init_title,
        'initiativeFormat': init_fmt, 'supportTitle': '両立支援制度', 'supportFormat': sup_fmt,
        'supportSystems': supports, 'contacts': [contact], 'access': access,
        'keyFigures': [], 'decoys': decoys,
    }


def exam_entry(trk, exam, cats):
    return dict(track=trk, exam=exam, text='', breakdown=[dict(category=c, count=n, **extra) for c, n, extra in cats],
                total=sum(n for _, n, _ in cats))


def route_fact(line, stop):
    need(f'{stop}駅' in line, f'route stop {stop} not in {line}')
    return line.replace(f'{stop}駅', f'『{stop}』駅', 1)


def kesennuma():
    org = '気仙沼市立病院'
    tracks = {'admin': '事務職', 'tech': '医療技術職'}
    hrows = hiring_rows([(2021, 2, 1, 5, 3, False), (2022, 1, 0, 6, 4, False), (2023, 2, 1, 4, 2, False),
                         (2024, 1, 1, 5, 3, False), (2025, 2, 1, 6, 4, False), (2026, 2, None, 4, None, True)])
    q = '免許取得見込み可'
    exams = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
             'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数; 医療技術職 categories with a smaller second line （免許取得見込み可）',
             'header': ['区分', '試験', '職種', '採用予定数'],
             'entries': [exam_entry('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 2, {})]),
                         exam_entry('医療技術職', '医療技術職採用選考', [
                             ('薬剤師', 2, {'categoryText': f'薬剤師（{q}）', 'qualification': q}),
                             ('臨床検査技師', 1, {'categoryText': f'臨床検査技師（{q}）', 'qualification': q}),
                             ('診療放射線技師', 1, {'categoryText': f'診療放射線技師（{q}）', 'qualification': q})])],
             'note': ['※免許取得見込み可：令和8年春の国家試験で免許を取得する見込みの方も受験できます。']}
    routes_text = ['JR気仙沼線BRT市立病院駅から徒歩約3分', 'JR大船渡線気仙沼駅から車で約10分']
    facts = base_facts(
        org, '職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在', 'printed': '令和8年4月現在'},
        '気仙沼・本吉地域の中核病院として、地域の医療を支えています。', tracks, hrows,
        ['※（ ）内は女性の数で内数です。'], 2025,
        [('総務課', 1, None), ('医事課', 1, None), ('薬剤部', None, 2), ('臨床検査部', None, 1),
         ('放射線部', None, 1), ('リハビリテーション部', None, 2)],
        exams, ['採用後は新規採用職員研修のほか、各部門の専門研修や学会参加の支援があります。'],
        [dict(title='院内保育所', text='夜勤のある職員も利用できる保育所を敷地内に設けています。',
              printed=['■院内保育所', '夜勤のある職員も利用できる保育所を敷地内に設けています。']),
         dict(title='時差出勤', text='始業時刻を30分単位で前後にずらして勤務できます。',
              printed=['■時差出勤', '始業時刻を30分単位で前後にずらして勤務できます。'])],
        '働きやすい職場づくり', '■title / indented text',
        [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
              text='男女とも取得できます。', printed='●育児休業（子が3歳に達するまで）'),
         dict(name='介護休暇', duration='通算6か月', durationText='通算6か月',
              text='3回まで分けて取得できます。', printed='●介護休暇（通算6か月）')],
        '●name（duration） / indented text',
        dict(track='採用担当', office='気仙沼市立病院 管理課職員係', tel=['0226-22-7100'],
             email=['byoin-shokuin@city.kesennuma.lg.jp'], location='', telText=['TEL 0226-22-7100'],
             emailText=['E-mail byoin-shokuin@city.kesennuma.lg.jp'], hoursText=''),
        {'address': '〒988-0181 宮城県気仙沼市赤岩杉ノ沢8-2',
         'routes': [route_fact(routes_text[0], '市立病院'), route_fact(routes_text[1], '気仙沼')],
         'routesSynthesised': False, 'routesText': routes_text},
        {'exams': 'the 医療技術職 category cells carry a smaller second line （免許取得見込み可）: a qualification note, not part of the category',
         'access': 'a BRT line: the Latin BRT of the line name is glued to the stop 市立病院 (JR気仙沼線BRT市立病院駅)'},
        'ruled 年度 | 事務職 | 医療技術職 | 計; cells N（W）')
    return facts


def iwakuni():
    org = '岩国市水道局'
    tracks = {'admin': '事務職', 'tech': '技術職'}
    hrows = hiring_rows([(2021, 1, 0, 2, 0, False), (2022, 2, 1, 1, 0, False), (2023, 1, 1, 3, 1, False),
                         (2024, 2, 1, 2, 0, False), (2025, 1, 0, 3, 1, False), (2026, 1, None, 3, None, True)])
    exams = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
             'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
             'header': ['区分', '試験', '職種', '採用予定数'],
             'entries': [exam_entry('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 1, {})]),
                         exam_entry('技術職', '職員採用試験（大学卒業程度）', [('土木', 2, {}), ('電気', 1, {})])]}
    routes_text = ['JR山陽本線岩国駅から徒歩約12分', 'JR岩徳線西岩国駅から車で約10分']
    note = '※掲載内容は令和8年4月現在のものです。'
    facts = base_facts(
        org, '職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在', 'printed': note,
         'where': 'only in the closing note at the foot of page 2; nothing under the title'},
        '錦川の水を、安全でおいしい水道水にして届けています。', tracks, hrows,
        ['※（ ）内は女性の数で内数です。'], 2025,
        [('総務課', 1, None), ('工務課', None, 1), ('浄水課', None, 1), ('給水課', None, 1)],
        exams, ['新任研修と浄水場での実務研修があります。'],
        [dict(title='フレックスタイム制', text='コアタイム以外の始業・終業時刻を選べます。',
              printed=['■フレックスタイム制', 'コアタイム以外の始業・終業時刻を選べます。']),
         dict(title='ノー残業デー', text='毎週水曜日は定時に退庁します。',
              printed=['■ノー残業デー', '毎週水曜日は定時に退庁します。'])],
        '働きやすい職場づくり', '■title / indented text',
        [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
              text='男女とも取得できます。', printed='●育児休業（子が3歳に達するまで）'),
         dict(name='子の看護休暇', duration='年5日', durationText='年5日',
              text='子が2人以上の場合は年10日です。', printed='●子の看護休暇（年5日）')],
        '●name（duration） / indented text',
        dict(track='採用担当', office='岩国市水道局 総務課', tel=['0827-41-0412'],
             email=['saiyo-suidou@city.iwakuni.lg.jp'], location='', telText=['TEL 0827-41-0412'],
             emailText=['E-mail saiyo-suidou@city.iwakuni.lg.jp'], hoursText=''),
        {'address': '〒740-0021 山口県岩国市室の木町3-4-1',
         'routes': [route_fact(routes_text[0], '岩国'), route_fact(routes_text[1], '西岩国')],
         'routesSynthesised': False, 'routesText': routes_text},
        {'masthead': 'the name in two sizes on one baseline, 岩国市 (15 pt) + 水道局 (30 pt), no space: the small run is PART of the name (not a legal form)',
         'edition': 'the only date of the edition is in the closing note ※掲載内容は令和8年4月現在のものです。 at the foot of page 2'},
        'ruled 年度 | 事務職 | 技術職 | 計; cells N（W）')
    facts['lead']['mastheadRuns'] = [{'text': '岩国市', 'size': 15}, {'text': '水道局', 'size': 30}]
    return facts


def minamiaso():
    org = '南阿蘇村'
    tracks = {'admin': '事務職', 'tech': '技術職'}
    hrows = hiring_rows([(2021, 3, 1, 1, 0, False), (2022, 2, 1, 1, 1, False), (2023, 4, 2, 1, 0, False),
                         (2024, 3, 2, 2, 0, False), (2025, 4, 2, 1, 0, False), (2026, 3, None, 2, None, True)])
    for r in hrows:  # full-width digits in the printed table
        r['labelText'] = r['labelText'].translate(FW)
        for k in ('total', 'admin', 'tech'):
            r[k]['cellText'] = r[k]['cellText'].translate(FW)
    exams = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
             'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
             'header': ['区分', '試験', '職種', '採用予定数'],
             'entries': [exam_entry('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 3, {})]),
                         exam_entry('技術職', '職員採用試験（大学卒業程度）', [('土木', 1, {}), ('建築', 1, {})])]}
    routes_text = ['南阿蘇鉄道中松駅から徒歩約15分', 'JR豊肥本線肥後大津駅から車で約1時間']
    facts = base_facts(
        org, '職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在', 'printed': '令和8年4月現在'},
        '阿蘇の山々と湧水に囲まれた村で、暮らしの再建と観光を支えています。', tracks, hrows,
        ['※（ ）内は女性の数で内数です。'], 2025,
        [('総務課', 1, None), ('税務課', 1, None), ('住民福祉課', 1, None), ('産業観光課', 1, None),
         ('建設課', None, 1)],
        exams, ['採用後は熊本県市町村職員研修センターの新規採用職員研修を受講します。'],
        [dict(title='ノー残業デー', text='毎週水曜日は定時に退庁します。', figure='定時退庁率 87％',
              printed=['■ノー残業デー 定時退庁率 87％', '毎週水曜日は定時に退庁します。']),
         dict(title='年次休暇の取得促進', text='夏季に連続5日の休暇取得を勧めています。', figure='平均取得 13.5日',
              printed=['■年次休暇の取得促進 平均取得 13.5日', '夏季に連続5日の休暇取得を勧めています。'])],
        '働きやすい職場づくり', '■title + a figure right-aligned on the same baseline / indented text',
        [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
              text='男女とも取得できます。', printed='●育児休業［子が3歳に達するまで］'),
         dict(name='介護休暇', duration='通算6か月', durationText='通算6か月',
              text='3回まで分けて取得できます。', printed='●介護休暇［通算6か月］')],
        '●name［duration］ / indented text',
        dict(track='採用担当', office='南阿蘇村役場 総務課', tel=['0967-67-1111'],
             email=['minamiaso-saiyo@vill.minamiaso.lg.jp'], location='', telText=['TEL 0967-67-1111'],
             emailText=['E-mail minamiaso-saiyo@vill.minamiaso.lg.jp'], hoursText=''),
        {'address': '〒869-1404 熊本県阿蘇郡南阿蘇村大字河陽1705-1',
         'routes': [route_fact(routes_text[0], '中松'), route_fact(routes_text[1], '肥後大津')],
         'routesSynthesised': False, 'routesText': routes_text},
        {'initiatives': 'each title line carries a figure right-aligned on its baseline (定時退庁率 87％, 平均取得 13.5日); the figure is no part of the title',
         'access': 'a travel time in hours: 車で約1時間',
         'support': 'durations in full-width square brackets ［…］'},
        'unruled (header tint, one rule under it) 年度 | 事務職 | 技術職 | 計; full-width digits; cells Ｎ（Ｗ）')
    return facts


BROCHURES = {
    'kesennuma-byoin-2026': dict(facts=kesennuma, color=(0.05, 0.45, 0.55), seed=8301),
    'iwakuni-suido-2026': dict(facts=iwakuni, color=(0.10, 0.35, 0.70), seed=8302),
    'minamiaso-2026': dict(facts=minamiaso, color=(0.30, 0.50, 0.20), seed=8303),
}

# ----------------------------------------------------------------------------------------
# layout
# ----------------------------------------------------------------------------------------
X0, X1 = 50.0, 545.0


def hiring_table(pg, y, f, ruled=True):
    h = f['hiring']
    rows = [h['header']]
    for r in h['rows']:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    return table(pg, y, X0 + 10, [140, 105, 105, 105], rows, ruled=ruled,
                 header_fill=(0.90, 0.93, 0.88) if not ruled else (0.88, 0.88, 0.88))


def assignment_table(pg, y, f):
    a = f['assignments']
    rows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        rows.append([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])])
    return table(pg, y, X0 + 10, [170, 100, 100], rows)


def exam_table(pg, y, x0, f, widths):
    e = f['exams']
    rows = [e['header']]
    for ent in e['entries']:
        for k, b in enumerate(ent['breakdown']):
            cat = (b['category'], f"（{b['qualification']}）") if b.get('qualification') else b['category']
            rows.append([ent['track'] if k == 0 else '', ent['exam'] if k == 0 else '', cat, str(b['count'])])
    return table(pg, y, x0, widths, rows, align=['left', 'left', 'left', 'center'])


def masthead(pg, f, col, name):
    pg.rects.append((0, 0, PW, 14, col))
    y = 34
    if name == 'iwakuni-suido-2026':
        base = y + 30 * 0.88
        i1 = pg.item('岩国市', 'G', 15, X0, base, (0.2, 0.2, 0.2))
        i2 = pg.item('水道局', 'G', 30, X0 + width('岩国市', 'G', 15) + 1, base, (0.05, 0.1, 0.3))
        pg.line([[i1, i2]])
        y += 30 * 1.35
    else:
        y = put(pg, y, X0, f['organization'], 'G', 24, (0.05, 0.1, 0.3), lead=1.4)
    y = put(pg, y, X0, '職員採用案内 2026', 'G', 14, (0.2, 0.2, 0.2), lead=1.5)
    if name != 'iwakuni-suido-2026':
        y = put(pg, y - 4, X0, f['edition']['printed'], 'M', 9, align='right', x1=X1)
    pg.rules.append((X0, y + 2, X1, y + 2, 1.2, col))
    y += 10
    for t in f['lead']['text']:
        y = put(pg, y, X0, t, 'M', 10)
    return y + 4


def items_block(pg, y, x0, lines):
    """lines: list of (text, indent, font, size) or a list of (text, ...) pairs on one baseline."""
    for ln in lines:
        if isinstance(ln, list):  # several runs on one baseline: (text, x, font, size, color), joined by a space
            ids = []
            base = y + max(r[3] for r in ln) * 0.88
            for t, x, font, size, color in ln:
                ids.append([pg.item(t, font, size, x, base, color)])
            pg.line(ids, joiner=' ')
            y += 9.5 * 1.6
        else:
            t, ind, font, size = ln
            y = put(pg, y, x0 + ind, t, font, size)
    return y


def page2_blocks(f, name, x0, x1):
    """Returns a list of ('h', title) / ('l', lines) blocks for the lower half of page 2."""
    tr = [('h', '研修'), ('l', [(p, 0, 'M', 9.5) for p in f['training']['paragraphs']])]
    ini = [('h', f['initiativesTitle'])]
    for i in f['initiatives']:
        if i.get('figure'):
            fw = width(i['figure'], 'G', 9)
            ini.append(('l', [[(i['printed'][0].split(' ')[0], x0, 'G', 10, (0, 0, 0)),
                               (i['figure'], x1 - fw, 'G', 9, (0.6, 0.15, 0.1))]]))
        else:
            ini.append(('l', [(i['printed'][0], 0, 'G', 10)]))
        ini.append(('l', [(i['text'], 12, 'M', 9.5)]))
    sup = [('h', f['supportTitle'])]
    for s in f['supportSystems']:
        sup.append(('l', [(s['printed'], 0, 'G', 10), (s['text'], 12, 'M', 9.5)]))
    c = f['contacts'][0]
    con = [('h', 'お問い合わせ'), ('l', [(c['office'], 0, 'M', 9.5)] + [(t, 0, 'M', 9.5) for t in c['telText']]
                                     + [(t, 0, 'M', 9.5) for t in c['emailText']])]
    acc = [('h', 'アクセス'), ('l', [(f['access']['address'], 0, 'M', 9.5)]
                                  + [(t, 0, 'M', 9.5) for t in f['access']['routesText']])]
    return tr, ini, sup, con, acc


def run_blocks(pg, y, x0, x1, blocks, col):
    for kind, v in blocks:
        if kind == 'h':
            y = heading(pg, y, x0, x1, v, col)
        else:
            y = items_block(pg, y, x0, v)
    return y


def layout(name, f):
    col = BROCHURES[name]['color']
    p1, p2 = Page(), Page()
    # ---- page 1
    y = masthead(p1, f, col, name)
    y = heading(p1, y, X0, X1, '採用実績', col)
    y = put(p1, y, X0, f['hiring']['intro'][0])
    y = hiring_table(p1, y, f, ruled=(name != 'minamiaso-2026'))
    for n in f['hiring']['note']:
        y = put(p1, y, X0 + 10, n, 'M', 8.5)
    y = heading(p1, y + 4, X0, X1, '配属実績', col)
    y = put(p1, y, X0, f['assignments']['intro'])
    y = assignment_table(p1, y, f)
    need(y < BOTTOM, f'page 1 runs to {y:.0f}')
    folio(p1, 1)
    # ---- page 2
    if name == 'iwakuni-suido-2026':
        running_header(p2, '岩国市水道局　職員採用案内 2026')
    y = 40
    y = heading(p2, y, X0, X1, '採用予定', col)
    y = put(p2, y, X0, f['exams']['title'], 'G', 10)
    y = exam_table(p2, y, X0 + 10, f, [90, 165, 155, 80])
    for n in f['exams'].get('note', []):
        y = put(p2, y, X0 + 10, n, 'M', 8.5)
    tr, ini, sup, con, acc = page2_blocks(f, name, X0, X1)
    if name == 'iwakuni-suido-2026':
        mid = (X0 + X1) / 2
        l1, r0 = mid - 10, mid + 10
        tr, ini, sup, _, _ = page2_blocks(f, name, X0, l1)
        _, _, _, con, acc = page2_blocks(f, name, r0, X1)
        yl = run_blocks(p2, y + 4, X0, l1, tr + ini + sup, col)
        yr = run_blocks(p2, y + 4, r0, X1, con + acc, col)
        p2.rules.append((mid, y + 10, mid, max(yl, yr) - 4, 0.4, (0.6, 0.6, 0.6)))
        y = max(yl, yr) + 10
        p2.rules.append((X0, y - 4, X1, y - 4, 0.4, (0.6, 0.6, 0.6)))
        y = put(p2, y + 2, X0, f['edition']['printed'], 'M', 8.5, align='right', x1=X1)
    else:
        y = run_blocks(p2, y + 4, X0, X1, tr + ini + sup + con + acc, col)
    need(y < BOTTOM, f'page 2 runs to {y:.0f}')
    folio(p2, 2)
    return [p1, p2]


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(pg.text_lines()) for pg in pages) + '\n'


def render(pages, seed):
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH), invariant=1, pageCompression=0)
    c.setTitle('')
    rnd = random.Random(seed)
    for pg in pages:
        for (x, top, w, h, fill) in pg.rects:
            c.setFillColor(Color(*fill))
            c.rect(x, PH - top - h, w, h, stroke=0, fill=1)
        for (x0, y0, x1, y1, lw, colr) in pg.rules:
            c.setStrokeColor(Color(*colr))
            c.setLineWidth(lw)
            c.line(x0, PH - y0, x1, PH - y1)
        order = list(range(len(pg.items)))
        rnd.shuffle(order)
        for i in order:
            it = pg.items[i]
            c.setFillColor(Color(*it['color']))
            c.setFont(FONTS[it['font']], it['size'])
            c.drawString(it['x'], PH - it['base'], it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()

# ----------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------
def ink(it):
    w = width(it['text'], it['font'], it['size'])
    return (it['x'], it['base'] - it['size'] * 0.88, it['x'] + w, it['base'] + it['size'] * 0.12)


def check_pages(pages, exp):
    need(exp.endswith('\n') and not exp.endswith('\n\n'), 'expected text must end in one newline')
    ptexts = exp[:-1].split('\n\f\n')
    need(len(ptexts) == len(pages), 'page count of the expected text')
    for p, (pg, ptxt) in enumerate(zip(pages, ptexts), 1):
        boxes = []
        for it in pg.items:
            for ch in it['text']:
                need(ch == ' ' or ord(ch) in CMAP[it['font']], f'p{p}: glyph {ch!r} missing in {FONTS[it["font"]]}')
            b = ink(it)
            need(b[0] >= EDGE and b[1] >= EDGE and b[2] <= PW - EDGE and b[3] <= PH - EDGE, f'p{p}: {it["text"]!r} in the edge margin')
            need(it['folio'] or b[3] <= BOTTOM + 2, f'p{p}: {it["text"]!r} past the bottom margin')
            boxes.append(b)
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                need(a[2] <= b[0] + 0.01 or b[2] <= a[0] + 0.01 or a[3] <= b[1] + 0.01 or b[3] <= a[1] + 0.01,
                     f'p{p}: {pg.items[i]["text"]!r} overlaps {pg.items[j]["text"]!r}')
        used = Counter()
        for cells, _ in pg.lines:
            for cell in cells:
                for i in cell:
                    used[i] += 1
        for i, it in enumerate(pg.items):
            need(used[i] == (0 if it['folio'] else 1), f'p{p}: item {it["text"]!r} in {used[i]} expected lines')
        lines = ptxt.split('\n')
        for ln in lines:
            s = ''.join(ln.split())
            need(s, f'p{p}: empty expected line')
            need(s[0] not in '。、）」』】，．・ー', f'p{p}: line starts with a kinsoku character: {ln!r}')
            need(not re.fullmatch(r'-\d+-', s), f'p{p}: folio in the expected text')
        drawn = Counter(''.join(''.join(it['text'].split()) for it in pg.items if not it['folio']))
        want = Counter(''.join(ptxt.split()))
        need(drawn == want, f'p{p}: drawn and expected characters differ: {(drawn - want) + (want - drawn)}')


def check_pdf(pdf, pages):
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d, 'x.pdf')
        open(fn, 'wb').write(pdf)
        for p, pg in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), fn, '-'], capture_output=True, text=True).stdout
            got = Counter(''.join(out.split()))
            want = Counter(''.join(''.join(it['text'].split()) for it in pg.items))
            need(got == want, f'p{p}: pdftotext gives other characters: {(got - want) + (want - got)}')
    nbt = len(re.findall(rb'(?m)^BT .* ET$', pdf))
    need(nbt >= sum(len(pg.items) for pg in pages), f'{nbt} text objects for {sum(len(pg.items) for pg in pages)} items')


def stand_in(f):
    """The document a perfect tool would give, in the shape checks() reads."""
    h = f['hiring']
    def cnt(c):
        return {'count': c['count'], 'women': c['women']}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                                 'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in h['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                     for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                           'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}


LEGAL = ('地方独立行政法人', '独立行政法人', '一部事務組合', '国立大学法人', '公益財団法人', '一般財団法人', '株式会社')


def check_facts(name, f, exp):
    lines = exp[:-1].split('\n')
    L = set(lines)
    flat = ''.join(exp.split())
    org = f['organization']
    need(not org.startswith(LEGAL), 'legal-form prefix in the organisation')
    need(lines[0].replace(' ', '') == org, 'organisation is not the masthead line')
    need(f['document'] == f'{org} 職員採用案内 2026' and '職員採用案内 2026' in L, 'document title')
    ed = f['edition']
    m = re.search(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    need(m and ed['asOf'] == f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}', 'asOf differs from asOfText')
    need(ed['asOfText'] in ed['printed'] and ed['printed'] in L, 'edition not printed')
    need(ed['year'] == 2026 == f['exams']['fiscalYear'], 'edition year')
    h = f['hiring']
    rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    need(rows[-1]['fiscalYear'] == ed['year'], 'planned year != edition year')
    need('\t'.join(h['header']) in L, 'hiring header not printed')
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f"label {r['label']}")
        lab = unicodedata.normalize('NFKC', r['labelText'])
        need(lab == r['label'] + ('（予定）' if r['planned'] else '').replace('（', '(').replace('）', ')') or
             lab == unicodedata.normalize('NFKC', r['label'] + ('（予定）' if r['planned'] else '')), f"labelText {r['labelText']}")
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            need(c['text'] == str(c['count']), f"{r['label']} {k} text")
            need(c['womenText'] == (None if c['women'] is None else str(c['women'])), f"{r['label']} {k} womenText")
            if r['planned']:
                need(c['women'] is None, 'women on the planned row')
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], f"{r['label']} {k} women")
            cell = unicodedata.normalize('NFKC', c['cellText'])
            want = str(c['count']) if c['women'] is None else f"{c['count']}({c['women']})"
            need(cell == want, f"{r['label']} {k} cell {c['cellText']}")
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f"{r['label']} total")
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f"{r['label']} women total")
        need('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) in L,
             f"hiring row {r['labelText']} not printed")
    a = f['assignments']
    cohort = a['cohortFiscalYear']
    need(cohort == [r for r in rows if not r['planned']][-1]['fiscalYear'], 'cohort is not the last actual year')
    need(a['intro'] in L and set(re.findall(r'令和\d+年度', a['intro'])) == {era(cohort)}, 'cohort intro')
    crow = next(r for r in rows if r['fiscalYear'] == cohort)
    need(sum(r['admin'] or 0 for r in a['rows']) == crow['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == crow['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, f"zero row {r['unit']}")
        need(f"{r['unit']}\t{r['admin'] or '－'}\t{r['tech'] or '－'}" in L, f"unit {r['unit']} not printed")
    e = f['exams']
    need(e['title'] in L and '\t'.join(e['header']) in L, 'exam title/header')
    keys = set()
    planned = rows[-1]
    per_track = Counter()
    for ent in e['entries']:
        need(ent['track'] in (h['tracks']['admin'], h['tracks']['tech']), f"exam track {ent['track']}")
        tk = track(ent['track'])
        need(tk == ('administrative' if ent['track'] == h['tracks']['admin'] else 'technical'), f"exam track map {ent['track']}")
        need('院' not in ent['exam'], 'graduate exam')
        need(ent['total'] == sum(b['count'] for b in ent['breakdown']), f"exam total {ent['track']}")
        per_track[ent['track']] += ent['total']
        for k, b in enumerate(ent['breakdown']):
            need('院' not in b['category'] and not re.search(r'[（）()【】「」［］]', b['category']), f"category {b['category']}")
            key = (tk, level(ent['exam']), norm(b['category']))
            need(key not in keys, f'colliding category {key}')
            keys.add(key)
            ct = b.get('categoryText', b['category'])
            if b.get('qualification'):
                need(ct == f"{b['category']}（{b['qualification']}）", 'categoryText')
            row = '\t'.join([ent['track'] if k == 0 else '', ent['exam'] if k == 0 else '', ct, str(b['count'])])
            need(row in L, f"exam row {row!r} not printed")
    need(per_track[h['tracks']['admin']] == planned['admin']['count'], 'admin exams != planned')
    need(per_track[h['tracks']['tech']] == planned['tech']['count'], 'tech exams != planned')
    for n in h['note'] + e.get('note', []):
        need(n in L, f'note {n} not printed')
    for p in f['training']['paragraphs'] + f['lead']['text']:
        need(p in L, 'training/lead not printed')
    need(f['initiativesTitle'] in L and f['supportTitle'] in L, 'section titles')
    for i in f['initiatives']:
        need(not re.search(r'[■●「」『』【】（）A-Za-z]', i['title']), f"mark in initiative title {i['title']}")
        want = f"■{i['title']}" + (f" {i['figure']}" if i.get('figure') else '')
        need(i['printed'][0] == want and i['printed'][0] in L and i['printed'][1] in L and i['printed'][1] == i['text'],
             f"initiative {i['title']} not printed as {want}")
        need(lines.index(i['printed'][1]) == lines.index(i['printed'][0]) + 1, 'initiative text not under its title')
    br = '［］' if name == 'minamiaso-2026' else '（）'
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'support duration')
        need(not re.search(r'[■●（）［］]', s['name']), 'mark in a support name')
        need(s['printed'] == f"●{s['name']}{br[0]}{s['duration']}{br[1]}" and s['printed'] in L and s['text'] in L,
             f"support {s['name']} not printed")
    for c in f['contacts']:
        need(c['office'].startswith(org) and c['office'] in L, 'office')
        for t, tt in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{4}', t) and tt == f'TEL {t}' and tt in L, f'phone {t}')
        for m_, mt in zip(c['email'], c['emailText']):
            need(re.fullmatch(r'[a-z0-9.-]+@[a-z0-9.-]+', m_) and mt == f'E-mail {m_}' and mt in L, f'email {m_}')
    acc = f['access']
    need(acc['address'] in L, 'address not printed')
    need(len(acc['routes']) == len(acc['routesText']) == 2, 'two routes')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need(r.count('『') == 1 and r.count('』') == 1, f'route {r} without its stop in 『』')
        st = r.split('『')[1].split('』')[0]
        need(r.replace('『', '').replace('』', '') == rt and rt in L, f'route {rt} not printed')
        need(r.split('』')[1].startswith('駅') and not re.search(r'[駅～・ 口分線]', st), f'route stop {st}')
    # per-shape checks
    if name == 'kesennuma-byoin-2026':
        q = [b for ent in e['entries'] for b in ent['breakdown'] if b.get('qualification')]
        need(len(q) >= 3 and all(f"{b['category']}（{b['qualification']}）" in flat for b in q), 'qualification lines')
        need(any('BRT' in r and r.split('『')[0].endswith('BRT') for r in acc['routes']), 'BRT glued to the stop')
    if name == 'iwakuni-suido-2026':
        need(lines[0] == org == ''.join(r['text'] for r in f['lead']['mastheadRuns']), 'two-size masthead')
        need(ed['printed'].startswith('※掲載内容は') and ed['printed'].endswith('現在のものです。'), 'edition note form')
        p2 = exp[:-1].split('\n\f\n')[1].split('\n')
        need(p2[-1] == ed['printed'], 'the edition note is not the last line')
        need(sum(ed['asOfText'] in ln for ln in lines) == 1 and not any(re.search(r'令和\d+年\d+月', ln) for ln in lines[:6]),
             'an edition printed elsewhere')
    if name == 'minamiaso-2026':
        need(all(i.get('figure') for i in f['initiatives']), 'initiative figures')
        need(any(re.search(r'約\d+時間$', r) for r in acc['routesText']), 'route in hours')
        need(all(re.search(r'[０-９]', r['labelText']) for r in rows), 'full-width labels')
    # the stand-in document scores full marks; an empty one scores nothing
    res = checks(f, stand_in(f), flat)
    need(res and all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'kinds reached: {kinds}')
    res0 = checks(f, {}, flat)
    need(not any(ok for _, ok in res0), 'an empty document scores')
    return res


def build(name, facts=None, mutate_pages=None, mutate_exp=None, mutate_pdf=None):
    f = facts if facts is not None else BROCHURES[name]['facts']()
    pages = layout(name, f)
    if mutate_pages:
        mutate_pages(pages)
    exp = expected_text(pages)
    if mutate_exp:
        exp = mutate_exp(exp)
    check_pages(pages, exp)
    res = check_facts(name, f, exp)
    pdf = render(pages, BROCHURES[name]['seed'])
    pdf2 = render(pages, BROCHURES[name]['seed'])
    if mutate_pdf:
        pdf, pdf2 = mutate_pdf(pdf), mutate_pdf(pdf2)
    need(pdf == pdf2, 'two renders differ')
    check_pdf(pdf, pages)
    return f, exp, pdf, res, sum(len(p.items) for p in pages)


def write(name):
    f, exp, pdf, res, n = build(name)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f'{name}.pdf'), 'wb') as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, f'{name}.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(os.path.join(OUT, f'{name}.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(exp)
    kinds = Counter(n_.split(' ')[0] for n_, _ in res)
    print(f'{name}: {len(res)} fact checks {dict(kinds)}, {n} items')

# ----------------------------------------------------------------------------------------
# self-test: every injected fault must be refused
# ----------------------------------------------------------------------------------------
def faults(name):
    F = []
    def fact(label, fn):
        F.append((label, dict(facts=fn)))
    def hrow(f, i):
        return f['hiring']['rows'][i]
    def bump(c, heads=0, women=0):
        c['count'] += heads
        c['text'] = str(c['count'])
        if women:
            c['women'] += women
            c['womenText'] = str(c['women'])
        fw = any(ch in '０１２３４５６７８９' for ch in c['cellText'])
        cell = str(c['count']) if c['women'] is None else f"{c['count']}（{c['women']}）"
        c['cellText'] = cell.translate(FW) if fw else cell
    fact('hiring total +1 (text and cell too)', lambda f: bump(hrow(f, 1)['total'], heads=1))
    fact('women total +1 (text and cell too)', lambda f: bump(hrow(f, 2)['total'], women=1))
    fact('a track +1 (text and cell too)', lambda f: bump(hrow(f, 3)['admin'], heads=1))
    fact('women above heads', lambda f: hrow(f, 0)['admin'].update(women=hrow(f, 0)['admin']['count'] + 1))
    fact('women on the planned row', lambda f: hrow(f, -1)['admin'].update(women=0, womenText='0'))
    fact('planned row first', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    fact('wrong era label', lambda f: hrow(f, 1).update(label='令和9年度'))
    fact('count text differs', lambda f: hrow(f, 3)['tech'].update(text='9'))
    fact('years shifted', lambda f: [r.update(fiscalYear=r['fiscalYear'] + 1) for r in f['hiring']['rows']])
    fact('planned flag dropped', lambda f: hrow(f, -1).update(planned=False))
    fact('assignment +1', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    fact('wrong cohort', lambda f: f['assignments'].update(cohortFiscalYear=2024))
    fact('colliding category', lambda f: f['exams']['entries'][1]['breakdown'].append(dict(f['exams']['entries'][1]['breakdown'][0], count=0)))
    fact('zero assignment row', lambda f: f['assignments']['rows'].append(dict(unit='監査室', admin=None, tech=None)))
    fact('duplicate unit', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=0)))
    fact('exam count +1', lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                     f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))
    fact('graduate exam', lambda f: f['exams']['entries'][1].update(exam='大学院修了程度試験'))
    fact('exam track not a hiring track', lambda f: f['exams']['entries'][1].update(track='技能職'))
    fact('email not printed', lambda f: f['contacts'][0].update(email=['x@example.jp']))
    fact('unhyphenated phone', lambda f: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0].replace('-', '')]))
    fact('route without 『』', lambda f: f['access']['routes'].__setitem__(0, f['access']['routesText'][0]))
    fact('route stop with 駅', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』駅', '駅』')))
    fact('legal-form prefix', lambda f: f.update(organization='地方独立行政法人' + f['organization']))
    fact('wrong asOf', lambda f: f['edition'].update(asOf='2026-03'))
    fact('support duration differs', lambda f: f['supportSystems'][0].update(duration='1年'))
    fact('initiative not printed', lambda f: f['initiatives'][0].update(title='テレワーク'))
    F.append(('address not printed as one line', dict(exp=lambda e: e.replace('〒', '〒 ', 1))))
    F.append(('overlapping copy of an item', dict(pages=lambda ps: ps[0].items.append(dict(ps[0].items[3])))))
    F.append(('item in the edge margin', dict(pages=lambda ps: ps[1].items[2].update(x=5))))
    F.append(('emoji the font lacks', dict(pages=lambda ps: ps[1].items[4].update(text=ps[1].items[4]['text'] + '\U0001F600'))))
    F.append(('item past the bottom', dict(pages=lambda ps: ps[1].items[5].update(base=806))))
    F.append(('kinsoku: 。 moved to the next line', dict(exp=lambda e: e.replace('できます。\n', 'できます\n。', 1))))
    F.append(('extra expected character', dict(exp=lambda e: e.replace('採用実績', '採用実績X', 1))))
    F.append(('folio in the expected text', dict(exp=lambda e: e.replace('\n\f\n', '\n- 1 -\n\f\n', 1))))
    F.append(('PDF lacking one item', dict(pdf=lambda b: b.replace(b'\nBT ', b'\n%T ', 1))))
    if name == 'kesennuma-byoin-2026':
        fact('category keeps its qualification', lambda f: f['exams']['entries'][1]['breakdown'][0].update(category='薬剤師（免許取得見込み可）'))
        fact('qualification lines dropped', lambda f: [b.pop('qualification') for b in f['exams']['entries'][1]['breakdown']])
        fact('route stop takes BRT', lambda f: f['access']['routes'].__setitem__(0, 'JR気仙沼線『BRT市立病院』駅から徒歩約3分'))
    if name == 'iwakuni-suido-2026':
        fact('organisation is the big run only', lambda f: f.update(organization='水道局'))
        fact('edition note elsewhere', lambda f: f['edition'].update(printed='令和8年4月現在'))
        fact('edition printed under the title', lambda f: f['edition'].update(printed='令和8年4月現在', asOfText='令和8年4月現在'))
    if name == 'minamiaso-2026':
        fact('initiative title keeps its figure', lambda f: f['initiatives'][0].update(title='ノー残業デー 定時退庁率 87％'))
        fact('route in minutes', lambda f: f['access'].update(routesText=[f['access']['routesText'][0], 'JR豊肥本線肥後大津駅から車で約60分'],
                                                               routes=[f['access']['routes'][0], 'JR豊肥本線『肥後大津』駅から車で約60分']))
        fact('support in round brackets', lambda f: f['supportSystems'][0].update(printed='●育児休業（子が3歳に達するまで）'))
    return F


def selftest(verbose):
    total = refused = 0
    for name in BROCHURES:
        for label, how in faults(name):
            total += 1
            f = BROCHURES[name]['facts']()
            if 'facts' in how:
                how['facts'](f)
            try:
                build(name, facts=f, mutate_pages=how.get('pages'), mutate_exp=how.get('exp'), mutate_pdf=how.get('pdf'))
                print(f'NOT REFUSED {name}: {label}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {label}: {e}')
            except Exception as e:  # a crash is a refusal too, but say so
                refused += 1
                print(f'refused (crash) {name}: {label}: {type(e).__name__}: {e}')
    print(f'{refused}/{total} refused')
    return refused == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for name in (args or list(BROCHURES)):
        write(name)
