#!/usr/bin/env python3
"""Blind holdout set 58: three synthetic Japanese recruitment brochures (仙台市交通局, 北陸農政局,
神奈川県住宅供給公社), self-contained.  See holdout58/README.md.

  python3 Fixtures/generate_holdout58.py               # all three (deterministic)
  python3 Fixtures/generate_holdout58.py sendai        # one
  python3 Fixtures/generate_holdout58.py --selftest -v # fault injection: every fault must be refused
"""
import copy, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout58')
W, H = A4
EDGE = 20.0
MIN_F = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
GOT_F = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
pdfmetrics.registerFont(TTFont('Min', MIN_F))
pdfmetrics.registerFont(TTFont('Got', GOT_F))
FONTS = {'Min': pdfmetrics.getFont('Min'), 'Got': pdfmetrics.getFont('Got')}
KINSOKU = set('。、，．）」』〕】・ー：；？！')
X0, X1 = 72.0, W - 72.0        # content area; the outside-edge folio lives outside it


class Refused(Exception):
    pass


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def era(fy):
    return f'令和{fy - 2018}年度' if fy > 2019 else ('令和元年度' if fy == 2019 else f'平成{fy - 1988}年度')


# ---------------------------------------------------------------- content (all invented) ----
def hiring_rows(spec, planned):
    """spec: list of (fy, admin, adminWomen, tech, techWomen); last planned (women None)."""
    rows = []
    for i, (fy, a, aw, t, tw) in enumerate(spec):
        p = (i == len(spec) - 1) and planned
        def cell(c, w):
            d = {'count': c, 'text': str(c), 'women': w}
            if w is not None:
                d['womenText'] = str(w)
            return d
        rows.append({'fiscalYear': fy, 'label': era(fy), 'labelText': era(fy) + ('（予定）' if p else ''),
                     'planned': p,
                     'total': cell(a + t, None if p else aw + tw),
                     'admin': cell(a, None if p else aw), 'tech': cell(t, None if p else tw)})
    return rows


def base(name, org, doc, asof_text, lead, tracks, spec, units, exams, training, inits, sup_title, sups,
         contact, access, layout, decoys):
    rows = hiring_rows(spec, True)
    cohort = rows[-2]
    f = {
        'organization': org, 'document': doc,
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': asof_text},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': [layout['note']],
                   'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'textSynthesised': False,
                   'layout': layout['hiring'], 'rows': rows},
        'assignments': {'cohortFiscalYear': cohort['fiscalYear'],
                        'intro': f"{era(cohort['fiscalYear'])}採用者の配属先（単位：人）",
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'layout': layout['assign'],
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for tr, ex, br in exams]},
        'training': {'title': '研修', 'paragraphs': training},
        'initiatives': [{'title': t, 'text': x} for t, x in inits],
        'initiativesIntro': '',
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'durationText': d, 'text': x} for n, d, x in sups],
        'contacts': [contact],
        'access': access,
        'keyFigures': [],
        'decoys': decoys,
    }
    return f


def facts_sendai():
    return base(
        'sendai', '仙台市交通局', '仙台市交通局 職員採用案内 2026', '令和8年4月1日現在',
        '地下鉄とバスで杜の都の毎日の移動を支える、公営企業の職員を募集します。',
        ('事務職', '技術職'),
        [(2021, 4, 2, 3, 0), (2022, 5, 3, 2, 1), (2023, 3, 1, 4, 1), (2024, 6, 4, 3, 1), (2025, 5, 2, 4, 1),
         (2026, 5, None, 4, None)],
        [('総務課', 1, None), ('営業課', 2, None), ('財務課', 2, None), ('施設課', None, 2), ('車両課', None, 2)],
        [('事務職', '仙台市職員採用試験（大学卒程度）', [('事務', 5)]),
         ('技術職', '仙台市職員採用試験（大学卒程度）', [('電気', 2), ('機械', 2)])],
        ['採用後は交通局の新規採用職員研修で、安全運行の基本と公営企業の会計を学びます。',
         '技術職は車両基地での実地研修を経て各課に配属されます。'],
        [('テレワーク', '本局の事務職は週2日まで在宅で勤務できます。'),
         ('時差出勤', '始業時刻を7時30分から10時までの間で選べます。')],
        '子育て・介護の支援',
        [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
         ('介護休暇', '通算6月まで', '家族の介護のために分割して取得できます。')],
        {'track': '採用に関するお問い合わせ', 'office': '仙台市交通局 総務課 人事係',
         'tel': ['022-712-8301'], 'email': ['kotsu-saiyo@city.sendai.jp'], 'location': '',
         'telText': ['TEL 022-712-8301'], 'emailText': ['E-mail kotsu-saiyo（at）city.sendai.jp'],
         'hoursText': '受付 平日8時30分から17時まで'},
        {'address': '〒982-8550 宮城県仙台市太白区富沢四丁目1-1',
         'routes': ['地下鉄南北線『富沢』駅から徒歩約3分', 'JR東北本線『長町』駅からバスで約10分'],
         'routesSynthesised': False,
         'routesText': ['地下鉄南北線富沢駅から徒歩約3分', 'JR東北本線長町駅からバスで約10分']},
        {'note': '※括弧内は女性の数で内数です。',
         'hiring': 'ruled 年度 | 事務職 | 技術職 | 計',
         'assign': 'ruled 配属先 | 事務職 | 技術職'},
        {'masthead': '仙台市交通局 set glyph by glyph, each glyph its own text object 2 em apart',
         'email': 'the address printed with （at） for @, a note says to replace it',
         'folio': 'large 01 / 02 at the outside edge of each page (furniture)'})


def facts_hokuriku():
    return base(
        'hokuriku', '北陸農政局', '農林水産省 北陸農政局 職員採用案内 2026', '令和8年4月1日現在',
        '新潟・富山・石川・福井の四県で、水田農業と農村の基盤を国の立場から支えます。',
        ('事務系', '技術系'),
        [(2021, 12, 5, 15, 3), (2022, 10, 4, 14, 4), (2023, 13, 6, 16, 5), (2024, 11, 5, 17, 6),
         (2025, 14, 7, 18, 5), (2026, 15, None, 20, None)],
        [('総務部', 4, None), ('生産部', 3, 2), ('経営・事業支援部', 4, 1), ('農村振興部', 1, 11),
         ('地方参事官室', 2, None), ('管内の国営事業所', None, 4)],
        [('事務系', '国家公務員採用一般職試験（大卒程度）', [('行政', 11)]),
         ('事務系', '国家公務員採用一般職試験（高卒者）', [('事務', 4)]),
         ('技術系', '国家公務員採用一般職試験（大卒程度）', [('農学', 6), ('農業農村工学', 12), ('林学', 2)])],
        ['採用後は局の初任者研修の後、農林水産研修所での合同研修に参加します。',
         '技術系は国営事業所での現場実習で、用排水施設の設計と管理を学びます。'],
        [('フレックスタイム制', '月ごとに勤務時間を割り振り、平日に休みを取れます。'),
         ('テレワーク', '局内のほとんどの係で在宅勤務を利用できます。')],
        '仕事と家庭の両立',
        [('育児休業', '子が3歳に達するまで', '取得した職員の復帰を係全体で支えています。'),
         ('育児時間', '1日2時間まで', '保育園の送迎に合わせて使えます。')],
        {'track': '採用担当', 'office': '北陸農政局 総務部 総務課 人事第一係',
         'tel': ['076-263-2161'], 'email': ['hokuriku-saiyo@maff.go.jp'], 'location': '',
         'telText': ['TEL 076-263-2161（直通）'], 'emailText': ['E-mail hokuriku-saiyo@maff.go.jp'],
         'hoursText': ''},
        {'address': '〒920-8566 石川県金沢市広坂2-2-60',
         'routes': ['北陸鉄道浅野川線『北鉄金沢』駅からバスで約12分', '北陸鉄道石川線『野町』駅からバスで約10分'],
         'routesSynthesised': False,
         'routesText': ['北陸鉄道浅野川線北鉄金沢駅からバスで約12分', '北陸鉄道石川線野町駅からバスで約10分']},
        {'note': '※括弧内は女性の数で内数です。',
         'hiring': 'ruled 事務系 | 技術系 | 計 | 年度 (the year column at the RIGHT end); every character of a count in its own digit box',
         'assign': 'ruled 配属先 | 事務系 | 技術系; counts in digit boxes'},
        {'yearsRight': 'the year labels are the LAST column of the hiring table',
         'digitBoxes': 'each character of each count in its own printed box, one text object per character',
         'folio': 'large 01 / 02 at the outside edge of each page (furniture)'})


def facts_kanagawa():
    return base(
        'kanagawa', '神奈川県住宅供給公社', '神奈川県住宅供給公社 職員採用案内 2026', '令和8年4月現在',
        '県内の賃貸住宅の管理と団地の再生を通して、誰もが住み続けられるまちをつくります。',
        ('事務職', '技術職'),
        [(2021, 3, 2, 2, 0), (2022, 4, 2, 2, 1), (2023, 2, 1, 3, 1), (2024, 4, 3, 2, 0), (2025, 3, 2, 3, 1),
         (2026, 4, None, 3, None)],
        [('総務部', 1, None), ('賃貸事業部', 2, 1), ('まちづくり事業部', None, 2)],
        [('事務職', '公社職員採用試験（大学卒業程度）', [('事務', 4)]),
         ('技術職', '公社職員採用試験（大学卒業程度）', [('建築', 2), ('土木', 1)])],
        ['入社後3か月の新人研修で、賃貸住宅の管理と団地再生の仕事を一通り学びます。',
         '技術職は一級建築士などの資格取得の費用を公社が支援します。'],
        [('ノー残業デー', '毎週水曜日は定時の退社を呼びかけています。'),
         ('サテライトオフィス', '管理事務所の近くで勤務できる席を設けています。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '復帰後は短時間勤務も選べます。'),
         ('子の看護休暇', '年5日まで', '時間単位で取得できます。')],
        {'track': 'お問い合わせ先', 'office': '神奈川県住宅供給公社 総務部 人事課',
         'tel': ['045-651-1850'], 'email': ['jinji@kanagawa-jk.or.jp'], 'location': '',
         'telText': ['TEL 045-651-1850'], 'emailText': ['E-mail jinji（at）kanagawa-jk.or.jp'],
         'hoursText': '平日9時から17時まで'},
        {'address': '〒231-0021 神奈川県横浜市中区日本大通33',
         'routes': ['みなとみらい線『日本大通り』駅から徒歩約1分', 'JR根岸線『関内』駅から徒歩約10分'],
         'routesSynthesised': False,
         'routesText': ['みなとみらい線日本大通り駅から徒歩約1分', 'JR根岸線関内駅から徒歩約10分']},
        {'note': '※〔 〕内は女性の数で内数です。',
         'hiring': 'ruled 事務職 | 技術職 | 計 | 年度 (the year column at the RIGHT end); women in 〔〕',
         'assign': 'ruled 配属先 | 事務職 | 技術職'},
        {'masthead': '神奈川県住宅供給公社 set glyph by glyph, each glyph its own text object 2 em apart',
         'women': 'women in tortoise-shell brackets 〔〕, not （）',
         'yearsRight': 'the year labels are the LAST column of the hiring table',
         'email': 'the address printed with （at） for @',
         'folio': 'large 01 / 02 at the outside edge of each page (furniture)'})


STYLE = {
    'sendai':   {'band': (0.05, 0.42, 0.30), 'wide': True, 'yearsRight': False, 'digits': False, 'br': '（）', 'seed': 5801},
    'hokuriku': {'band': (0.30, 0.40, 0.12), 'wide': False, 'yearsRight': True, 'digits': True, 'br': '（）', 'seed': 5802},
    'kanagawa': {'band': (0.55, 0.20, 0.25), 'wide': True, 'yearsRight': True, 'digits': False, 'br': '〔〕', 'seed': 5803},
}
FACTS = {'sendai': facts_sendai, 'hokuriku': facts_hokuriku, 'kanagawa': facts_kanagawa}


# ---------------------------------------------------------------- page model ----
class Page:
    def __init__(self, n):
        self.n = n
        self.items = []     # dicts: x, y, text, font, size, color, furniture
        self.gfx = []       # ('rect', x, y, w, h, fill, stroke) / ('line', x1, y1, x2, y2, width)
        self.lines = []     # expected lines, in reading order

    def text(self, x, y, s, font='Min', size=8.5, color=(0, 0, 0), furniture=False):
        self.items.append({'x': x, 'y': y, 'text': s, 'font': font, 'size': size, 'color': color,
                           'furniture': furniture})


def wrap(s, font, size, width):
    out, cur = [], ''
    for ch in s:
        if cur and sw(cur + ch, font, size) > width:
            out.append(cur)
            cur = ''
        cur += ch
    if cur:
        out.append(cur)
    for i in range(1, len(out)):          # kinsoku: never start a line with 。、 etc.
        while out[i] and out[i][0] in KINSOKU:
            out[i - 1] += out[i][0]
            out[i] = out[i][1:]
    return [x for x in out if x]


def para(pg, x, y, s, width, font='Min', size=8.5, lead=12.5):
    for ln in wrap(s, font, size, width):
        pg.text(x, y, ln, font, size)
        pg.lines.append(ln)
        y -= lead
    return y


def heading(pg, x, y, s, color, size=11):
    pg.gfx.append(('rect', x, y - 2.5, 3.5, size + 2, color, None))
    pg.text(x + 7, y, s, 'Got', size)
    pg.lines.append(s)
    return y - size - 8


def table(pg, x, ytop, widths, rows, size=8, rowh=16, head_fill=(0.88, 0.90, 0.92), comb=None, fill=None):
    """rows: lists of cell strings; None = covered by the cell above (row span; expected '').
    comb: set of column indexes whose cells are set one character per box (digit boxes)."""
    comb = comb or set()
    n = len(rows)
    total = sum(widths)
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    ybot = ytop - n * rowh
    pg.gfx.append(('rect', x, ytop - rowh, total, rowh, head_fill, None))
    for r, row in enumerate(rows):
        y = ytop - (r + 1) * rowh + (rowh - size) / 2 + 0.12 * size
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                cells.append('')
                continue
            cells.append(cell)
            font = 'Got' if r == 0 else 'Min'
            cw = widths[c] - 6
            if r > 0 and c in comb:
                pitch = size * 1.25
                need = pitch * len(cell)
                if need > cw:
                    raise Refused(f'cell too wide: {cell!r}')
                cx = xs[c + 1] - 4 - need
                for k, ch in enumerate(cell):
                    bx = cx + k * pitch
                    pg.gfx.append(('rect', bx + 0.4, ytop - (r + 1) * rowh + 2.5, pitch - 0.8, rowh - 5, None, (0.6, 0.6, 0.6)))
                    pg.text(bx + (pitch - sw(ch, font, size)) / 2, y, ch, font, size)
            else:
                if sw(cell, font, size) > cw:
                    raise Refused(f'cell too wide: {cell!r}')
                if r > 0 and (cell == '－' or (cell[0].isdigit() and '年' not in cell)):
                    tx = xs[c + 1] - 4 - sw(cell, font, size)
                else:
                    tx = xs[c] + 3
                pg.text(tx, y, cell, font, size)
        pg.lines.append('\t'.join(cells))
    # rules
    pg.gfx.append(('rect', x, ybot, total, n * rowh, None, (0.2, 0.2, 0.2)))
    for xx in xs[1:-1]:
        pg.gfx.append(('line', xx, ytop, xx, ybot, 0.5))
    for r in range(1, n):
        yy = ytop - r * rowh
        for c in range(len(widths)):
            if rows[r][c] is None:
                continue
            pg.gfx.append(('line', xs[c], yy, xs[c + 1], yy, 0.5))
    return ybot


def fmt(cell, br):
    if cell.get('women') is None:
        return cell['text']
    return f"{cell['text']}{br[0]}{cell['womenText']}{br[1]}"


def layout(name, f):
    st = STYLE[name]
    col = st['band']
    p1, p2 = Page(1), Page(2)
    # -- masthead
    p1.gfx.append(('rect', 0, H - 120, W, 120, col, None))
    y = H - 62
    if st['wide']:
        org = f['organization']
        size = 24
        pitch = (X1 - X0 - 40 - size) / (len(org) - 1)
        pitch = min(pitch, size * 3)
        for k, ch in enumerate(org):
            p1.text(X0 + k * pitch, y, ch, 'Got', size, (1, 1, 1))
        p1.lines.append(org)
        p1.text(X0, y - 34, '職員採用案内 2026', 'Got', 14, (1, 1, 1))
        p1.lines.append('職員採用案内 2026')
    else:
        parent, rest = f['document'].split(' ', 1)
        p1.text(X0, y + 12, parent, 'Got', 11, (1, 1, 1))
        p1.lines.append(parent)
        p1.text(X0, y - 16, rest, 'Got', 20, (1, 1, 1))
        p1.lines.append(rest)
    y = H - 140
    s = f['edition']['asOfText']
    p1.text(X1 - sw(s, 'Min', 8.5), y, s)
    p1.lines.append(s)
    y = para(p1, X0, y - 18, f['lead']['text'][0], X1 - X0, 'Min', 10, 15) - 10
    # -- hiring
    y = heading(p1, X0, y, '採用実績', col)
    y = para(p1, X0, y, f['hiring']['intro'][0], X1 - X0)
    h = f['hiring']
    ta, tt = h['tracks']['admin'], h['tracks']['tech']
    if st['yearsRight']:
        rows = [[ta, tt, '計', '年度']]
        for r in h['rows']:
            rows.append([fmt(r['admin'], st['br']), fmt(r['tech'], st['br']), fmt(r['total'], st['br']), r['labelText']])
        widths = [100, 100, 100, 130]
        comb = {0, 1, 2} if st['digits'] else set()
    else:
        rows = [['年度', ta, tt, '計']]
        for r in h['rows']:
            rows.append([r['labelText'], fmt(r['admin'], st['br']), fmt(r['tech'], st['br']), fmt(r['total'], st['br'])])
        widths = [130, 100, 100, 100]
        comb = set()
    y = table(p1, X0, y - 2, widths, rows, 8.5, 18, comb=comb) - 14
    y = para(p1, X0, y, h['note'][0], X1 - X0, 'Min', 7.5, 11) - 12
    # -- assignments
    a = f['assignments']
    y = heading(p1, X0, y, '配属実績', col)
    y = para(p1, X0, y, a['intro'], X1 - X0)
    rows = [['配属先', ta, tt]]
    for r in a['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = table(p1, X0, y - 2, [190, 90, 90], rows, 8.5, 17, comb={1, 2} if st['digits'] else set())
    # -- folio p1 (outside edge = right)
    p1.text(W - 22 - sw('01', 'Got', 34), H / 2, '01', 'Got', 34, (0.75, 0.75, 0.75), furniture=True)
    p2.text(22, H / 2, '02', 'Got', 34, (0.75, 0.75, 0.75), furniture=True)

    # -- page 2: exams
    y = H - 60
    y = heading(p2, X0, y, '試験区分', col)
    e = f['exams']
    y = para(p2, X0, y, e['title'], X1 - X0)
    rows = [['区分', '試験', '試験区分', '予定数']]
    prev_t, prev_e = None, None
    for en in e['entries']:
        for i, b in enumerate(en['breakdown']):
            t_cell = en['track'] if en['track'] != prev_t else None
            e_cell = en['exam'] if (en['exam'], en['track']) != prev_e else None
            rows.append([t_cell, e_cell, b['category'], str(b['count'])])
            prev_t, prev_e = en['track'], (en['exam'], en['track'])
    y = table(p2, X0, y - 2, [60, 220, 100, 70], rows, 8, 16) - 22
    # two columns
    LW = 212
    lx, rx = X0, X0 + LW + 27
    ytop = y
    y = heading(p2, lx, ytop, f['training']['title'], col)
    for ptxt in f['training']['paragraphs']:
        y = para(p2, lx, y, ptxt, LW)
    y -= 10
    y = heading(p2, lx, y, '働きやすい職場づくり', col)
    for it in f['initiatives']:
        y = para(p2, lx, y, '■' + it['title'], LW, 'Got', 8.5)
        y = para(p2, lx + 9, y, it['text'], LW - 9)
    y -= 10
    y = heading(p2, lx, y, f['supportTitle'], col)
    for s_ in f['supportSystems']:
        y = para(p2, lx, y, f"●{s_['name']}（{s_['durationText']}）", LW, 'Got', 8.5)
        y = para(p2, lx + 9, y, s_['text'], LW - 9)
    # right column
    c = f['contacts'][0]
    y = heading(p2, rx, ytop, c['track'], col)
    for ln in [c['office']] + c['telText'] + c['emailText']:
        if sw(ln, 'Min', 8.5) > X1 - rx:
            raise Refused(f'contact line wraps: {ln}')
        y = para(p2, rx, y, ln, X1 - rx)
    if any('（at）' in ln for ln in c['emailText']):
        y = para(p2, rx, y, '※（at）を@に置き換えて送信してください。', X1 - rx, 'Min', 7.5, 11)
    if c['hoursText']:
        y = para(p2, rx, y, c['hoursText'], X1 - rx)
    y -= 10
    acc = f['access']
    y = heading(p2, rx, y, 'アクセス', col)
    y = para(p2, rx, y, acc['address'], X1 - rx)
    for ln in acc['routesText']:
        if sw(ln, 'Min', 8.5) > X1 - rx:
            raise Refused(f'route line wraps: {ln}')
        y = para(p2, rx, y, ln, X1 - rx)
    return [p1, p2]


# ---------------------------------------------------------------- rendering ----
def render(pages, path, seed):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('')
    rnd = random.Random(seed)
    for pg in pages:
        for g in pg.gfx:
            if g[0] == 'rect':
                _, x, y, w_, h_, fill, stroke = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(0.6)
                c.rect(x, y, w_, h_, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                _, x1, y1, x2, y2, lw = g
                c.setStrokeColorRGB(0.2, 0.2, 0.2)
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
        order = list(range(len(pg.items)))
        rnd.shuffle(order)
        for i in order:
            it = pg.items[i]
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- checks ----
def ink(it):
    w_ = sw(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - 0.14 * it['size'], it['x'] + w_, it['y'] + 0.88 * it['size'])


def check_geometry(pages):
    for pg in pages:
        for it in pg.items:
            face = FONTS[it['font']].face
            for ch in it['text']:
                if ord(ch) not in face.charToGlyph or ch == '\u3000':
                    raise Refused(f'p{pg.n}: glyph missing {ch!r}')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Refused(f'p{pg.n}: item in the edge margin {it["text"]!r}')
        boxes = [ink(it) for it in pg.items]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    raise Refused(f'p{pg.n}: overlap {pg.items[i]["text"]!r} / {pg.items[j]["text"]!r}')
        drawn = Counter(''.join(''.join(it['text'].split()) for it in pg.items if not it['furniture']))
        want = Counter(''.join(''.join(l.split()) for l in pg.lines))
        if drawn != want:
            raise Refused(f'p{pg.n}: drawn body text and expected text differ: {(drawn - want) + (want - drawn)}')
        furn = {''.join(it['text'].split()) for it in pg.items if it['furniture']}
        for l in pg.lines:
            if ''.join(l.split()) in furn:
                raise Refused(f'p{pg.n}: furniture is an expected line {l!r}')
            s = l.strip()
            if s and s[0] in KINSOKU:
                raise Refused(f'p{pg.n}: expected line starts with kinsoku {l!r}')


def check_facts(f, pages):
    h = f['hiring']['rows']
    exp = '\n'.join(l for pg in pages for l in pg.lines)
    flat = norm(exp)
    lines = {l for pg in pages for l in pg.lines}
    if any(r['planned'] for r in h[:-1]) or not h[-1]['planned']:
        raise Refused('exactly one planned row, the last')
    for i, r in enumerate(h):
        if i and r['fiscalYear'] != h[i - 1]['fiscalYear'] + 1:
            raise Refused('years not consecutive')
        if r['label'] != era(r['fiscalYear']):
            raise Refused(f'label {r["label"]}')
        for k in ('total', 'admin', 'tech'):
            cl = r[k]
            if norm(cl['text']) != str(cl['count']):
                raise Refused(f'printed text {cl["text"]} != {cl["count"]}')
            if r['planned']:
                if cl.get('women') is not None:
                    raise Refused('planned women')
            elif not (0 <= cl['women'] <= cl['count']) or norm(cl['womenText']) != str(cl['women']):
                raise Refused(f'women {r["labelText"]} {k}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused(f'total {r["labelText"]}')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused(f'women total {r["labelText"]}')
    plan = h[-1]
    if not (plan['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        raise Refused('planned year / edition / exam year differ')
    a = f['assignments']
    if a['cohortFiscalYear'] != h[-2]['fiscalYear']:
        raise Refused('cohort')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('duplicate unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                raise Refused('zero / negative assignment')
    coh = h[-2]
    if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count'] or \
            sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']:
        raise Refused('assignment sums')
    keys = set()
    per = Counter()
    for en in f['exams']['entries']:
        if en['total'] != sum(b['count'] for b in en['breakdown']):
            raise Refused('exam entry total')
        if track(en['track']) == 'other':
            raise Refused('exam track other')
        if '院' in en['exam']:
            raise Refused('院 in exam')
        for b in en['breakdown']:
            k = (track(en['track']), level(en['exam']), norm(b['category']))
            if k in keys:
                raise Refused(f'colliding exam key {k}')
            keys.add(k)
            per[track(en['track'])] += b['count']
    if per['administrative'] != plan['admin']['count'] or per['technical'] != plan['tech']['count']:
        raise Refused('exam categories != planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('support duration')
    # printed
    ta, tt = f['hiring']['tracks']['admin'], f['hiring']['tracks']['tech']
    st = STYLE[f['_name']]
    for r in h:
        cells = [fmt(r['admin'], st['br']), fmt(r['tech'], st['br']), fmt(r['total'], st['br'])]
        want = '\t'.join(cells + [r['labelText']]) if st['yearsRight'] else '\t'.join([r['labelText']] + cells)
        if want not in lines:
            raise Refused(f'hiring row not printed as one line: {want!r}')
    strings = [f['organization'], f['edition']['asOfText'], f['lead']['text'][0], ta, tt,
               *f['hiring']['intro'], *f['hiring']['note'], a['intro'], f['exams']['title'],
               *f['training']['paragraphs'], f['supportTitle']]
    strings += [r['labelText'] for r in h] + units
    for en in f['exams']['entries']:
        strings += [en['track'], en['exam']] + [b['category'] for b in en['breakdown']]
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['durationText'], s['text']]
    c = f['contacts'][0]
    strings += [c['track'], c['office'], *c['telText'], *c['emailText'], c['hoursText']]
    acc = f['access']
    strings += [acc['address'], *acc['routesText']]
    for s in strings:
        if s and norm(s) not in flat:
            raise Refused(f'fact string not printed: {s!r}')
    if len(acc['routes']) != len(acc['routesText']):
        raise Refused('routes / routesText')
    for rt, txt in zip(acc['routes'], acc['routesText']):
        if rt.replace('『', '').replace('』', '') != txt or txt not in lines:
            raise Refused(f'route not printed: {rt}')
        stop = rt.split('『')[1].split('』')[0]
        if stop + '駅' not in txt:
            raise Refused('stop')
    for m in c['email']:
        if not any(m in l or m.replace('@', '（at）') in l for l in c['emailText']):
            raise Refused(f'email not printed: {m}')
    for t in c['tel']:
        d = ''.join(ch for ch in t if ch.isdigit())
        if not any(''.join(ch for ch in unicodedata.normalize('NFKC', l.split('（')[0]) if ch.isdigit()) == d
                   for l in c['telText']):
            raise Refused(f'phone not printed: {t}')
    # scorer: stand-in document must score full marks; empty scores nothing
    drawn = ''.join(exp.split())
    res = checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused(f'stand-in misses {bad}')
    kinds = {n.split()[0] for n, _ in res}
    for k in ('organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
              'initiative', 'support'):
        if k not in kinds:
            raise Refused(f'no check of kind {k}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        raise Refused('empty document scores')
    return len(res)


def standin(f):
    def cell(c):
        return {'count': c['count'], 'women': c.get('women')}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cell(r['total']),
                                 'administrative': cell(r['admin']), 'technical': cell(r['tech'])}
                                for r in f['hiring']['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                      'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']],
                          'emails': list(c['email'])} for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}


def pdftotext_check(path, pages):
    for pg in pages:
        out = subprocess.run(['pdftotext', '-f', str(pg.n), '-l', str(pg.n), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(''.join(out.split()))
        want = Counter(''.join(''.join(it['text'].split()) for it in pg.items))
        if got != want:
            raise Refused(f'p{pg.n}: pdftotext differs: {(got - want) + (want - got)}')
    raw = open(path, 'rb').read()
    if raw.count(b'BT') < sum(len(pg.items) for pg in pages):
        raise Refused('fewer text objects than items')


def build(name, f=None, mutate_pages=None):
    # the pages are always drawn from the true facts; a mutated `f` is checked against them
    true = FACTS[name]()
    true['_name'] = name
    f = f or true
    f['_name'] = name
    pages = layout(name, true)
    if mutate_pages:
        mutate_pages(pages)
    check_geometry(pages)
    n = check_facts(f, pages)
    return f, pages, n


def write(name):
    f, pages, n = build(name)
    os.makedirs(OUT, exist_ok=True)
    stem = os.path.join(OUT, f'{name}-2026')
    tmp = tempfile.mkdtemp()
    p1, p2 = os.path.join(tmp, 'a.pdf'), os.path.join(tmp, 'b.pdf')
    render(pages, p1, STYLE[name]['seed'])
    render(pages, p2, STYLE[name]['seed'])
    if open(p1, 'rb').read() != open(p2, 'rb').read():
        raise Refused('rendering not deterministic')
    pdftotext_check(p1, pages)
    os.replace(p1, stem + '.pdf')
    ff = {k: v for k, v in f.items() if k != '_name'}
    with open(stem + '.facts.json', 'w', encoding='utf-8') as fh:
        json.dump(ff, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(stem + '.expected.txt', 'w', encoding='utf-8') as fh:
        fh.write('\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n')
    print(f'{name}-2026: {sum(len(p.items) for p in pages)} text items, {n} fact checks')


# ---------------------------------------------------------------- self-test ----
def fact_faults():
    def hr(i):
        return lambda f: f['hiring']['rows'][i]
    F = []
    def add(desc, fn):
        F.append((desc, fn))
    add('hiring total +1', lambda f: hr(1)(f)['total'].update(count=hr(1)(f)['total']['count'] + 1,
                                                                text=str(hr(1)(f)['total']['count'] + 1)))
    add('women total +1', lambda f: hr(2)(f)['total'].update(women=hr(2)(f)['total']['women'] + 1,
                                                              womenText=str(hr(2)(f)['total']['women'] + 1)))
    add("a track's women +1", lambda f: hr(0)(f)['admin'].update(women=hr(0)(f)['admin']['women'] + 1,
                                                                womenText=str(hr(0)(f)['admin']['women'] + 1)))
    add('women above heads', lambda f: hr(3)(f)['tech'].update(women=99, womenText='99'))
    add('assignment +1', lambda f: f['assignments']['rows'][0].update(admin=f['assignments']['rows'][0]['admin'] + 1))
    add('exam count +1', lambda f: f['exams']['entries'][0]['breakdown'][0].update(
        count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1))
    def last_cat(f):
        b = f['exams']['entries'][-1]['breakdown'][-1]
        b['count'] += 1
    add('last category +1 (entry total kept)', last_cat)
    add('e-mail not printed', lambda f: f['contacts'][0]['email'].__setitem__(0, 'nobody@example.jp'))
    add('women on the planned row', lambda f: f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1'))
    add('planned row first', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    add('wrong era label', lambda f: hr(2)(f).update(label='令和9年度'))
    add('printed count differs', lambda f: hr(4)(f)['admin'].update(text='７７'))
    def collide(f):
        e = f['exams']['entries'][-1]
        e['breakdown'][1]['category'] = e['breakdown'][0]['category']
    add('colliding exam category', collide)
    add('duplicate unit', lambda f: f['assignments']['rows'][1].update(unit=f['assignments']['rows'][0]['unit']))
    add('route not printed', lambda f: f['access']['routes'].__setitem__(0, '『どこか』駅から徒歩1分'))
    add('exam name with 院', lambda f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院'))
    add('wrong phone', lambda f: f['contacts'][0]['tel'].__setitem__(0, '03-0000-0000'))
    add('wrong cohort', lambda f: f['assignments'].update(cohortFiscalYear=2024))
    add('support name not printed', lambda f: f['supportSystems'][0].update(name='存在しない制度'))
    add('organisation not printed', lambda f: f.update(organization='どこか局'))
    add('edition year', lambda f: f['edition'].update(asOf='2025-04'))
    return F


def page_faults():
    F = []
    def overlap(p):
        it = dict(p[0].items[5]); it['x'] += 1; p[0].items.append(it)
    F.append(('overlapping copy of an item', overlap))
    F.append(('item in the edge margin', lambda p: p[1].items[0].update(x=5)))
    def emoji(p):
        p[1].items[3]['text'] += '😀'; p[1].lines.append('😀')
    F.append(('emoji the font lacks', emoji))
    def kin(p):
        p[1].lines[-1] = '。' + p[1].lines[-1]
        p[1].text(X0, 30, '。')
    F.append(('line starting with 。', kin))
    F.append(('extra expected character', lambda p: p[0].lines.append('余')))
    F.append(('body line made furniture', lambda p: p[0].items[3].update(furniture=True)))
    return F


def selftest(verbose):
    total = refused = 0
    for name in FACTS:
        for desc, fn in fact_faults():
            f = FACTS[name]()
            fn(f)
            total += 1
            try:
                build(name, f)
                print(f'NOT REFUSED {name}: {desc}')
            except (Refused, KeyError, IndexError, TypeError) as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {desc}: {e}')
        for desc, fn in page_faults():
            total += 1
            try:
                build(name, None, fn)
                print(f'NOT REFUSED {name}: {desc}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {desc}: {e}')
    total += 1
    pg = Page(1)
    try:
        table(pg, X0, 500, [30], [['x'], ['とても長いセルの文字列です']])
        print('NOT REFUSED overflowing cell')
    except Refused as e:
        refused += 1
        if verbose:
            print(f'refused overflowing cell: {e}')
    print(f'{refused}/{total} refused')
    return refused == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for n in (args or list(FACTS)):
        write(n)
