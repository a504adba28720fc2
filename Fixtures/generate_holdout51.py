#!/usr/bin/env python3
"""Blind holdout set 51: three synthetic recruitment brochures of Tokyo island villages.

  niijima    新島村    an Excel sheet printed with its row and column headings (A B C … / 1 2 3 …),
                        year cells without the era (`年度（令和）` header, cells `3` … `8（予定）`),
                        the e-mail wrapped after `@` inside its cell
  kozushima  神津島村  a PowerPoint deck exported to PDF (960 x 540 slides, title placeholder written
                        last, text boxes in z-order), table cells vertically centred with mixed sizes
                        (baseline jitter inside a row), access as arrow chains
  mikurajima 御蔵島村  a Word document, year labels `3年度` with the era only in the intro line, the
                        e-mail broken after `@` in a narrow column, access as arrow chains from a
                        heliport and a port

  python3 Fixtures/generate_holdout51.py               all three (deterministic)
  python3 Fixtures/generate_holdout51.py niijima       one
  python3 Fixtures/generate_holdout51.py --selftest -v fault injection
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout51')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONTFILE = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
            'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
SEED = 51
MARGIN = 14
ERA = lambda fy: f'令和{fy - 2018}年度'


class Refused(Exception):
    pass


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


_cmaps = {}
def has_glyphs(font, s):
    if font == 'Helvetica':
        return all(ord(c) < 128 for c in s)
    if font not in _cmaps:
        _cmaps[font] = set(pdfmetrics.getFont(font).face.charToGlyph)
    return all(ord(c) in _cmaps[font] or c == ' ' for c in s)


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []      # dict(x, y, s, font, size, furn, z)
        self.lines = []      # ('line', x1, y1, x2, y2, w) / ('rect', x, y, w, h, grey)
        self.expected = []   # expected lines in reading order

    def text(self, x, y, s, font='G', size=10, furn=False, exp=True, z=None):
        self.items.append(dict(x=x, y=y, s=s, font=font, size=size, furn=furn, z=z))
        if exp and not furn:
            self.expected.append(s)

    def exp(self, s):
        self.expected.append(s)


# ----------------------------------------------------------------------------------------- facts

def hiring_rows(admin, tech, planned, label_fn):
    rows = []
    for i, ((a, aw), (t, tw)) in enumerate(zip(admin, tech)):
        fy = 2021 + i
        rows.append(dict(fiscalYear=fy, label=ERA(fy), labelText=label_fn(fy, False), planned=False,
                         total=dict(count=a + t, text=str(a + t), women=aw + tw, womenText=str(aw + tw)),
                         admin=dict(count=a, text=str(a), women=aw, womenText=str(aw)),
                         tech=dict(count=t, text=str(t), women=tw, womenText=str(tw))))
    a, t = planned
    rows.append(dict(fiscalYear=2026, label=ERA(2026), labelText=label_fn(2026, True), planned=True,
                     total=dict(count=a + t, text=str(a + t), women=None),
                     admin=dict(count=a, text=str(a), women=None), tech=dict(count=t, text=str(t), women=None)))
    return rows


def cell(c):
    return c['text'] if c.get('women') is None else f"{c['text']}（{c['womenText']}）"


def base_facts(org, doc, asof, asoftext, lead, tracks, rows, intro, units, exam_title, exams, training,
               initiatives, support_title, support, contact, address, routes, routes_text, layout, decoys):
    return {
        'organization': org, 'document': doc,
        'edition': {'year': 2026, 'asOf': asof, 'asOfText': asoftext},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': [intro], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'textSynthesised': False,
                   'layout': layout, 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'layout': 'ruled 配属先 | 事務 | 技術',
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in units]},
        'exams': {'title': exam_title, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in br],
                                   total=sum(n for _, n in br)) for tr, ex, br in exams]},
        'training': {'title': '研修', 'paragraphs': training},
        'initiatives': [dict(title=t, text=x) for t, x in initiatives], 'initiativesIntro': '',
        'supportTitle': support_title,
        'supportSystems': [dict(name=n, duration=d, durationText=d, text=x) for n, d, x in support],
        'contacts': [contact],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': routes_text is not None,
                   **({'routesText': routes_text} if routes_text else {})},
        'keyFigures': [], 'decoys': decoys,
    }


TRAINING = ['採用後１年間は、先輩職員が指導役として付きます。', '島しょ町村の職員との合同研修があります。']


def facts_niijima():
    rows = hiring_rows([(4, 2), (3, 1), (5, 2), (4, 2), (3, 1)], [(1, 0), (2, 1), (1, 0), (2, 1), (2, 0)], (4, 2),
                       lambda fy, p: f'{fy - 2018}（予定）' if p else str(fy - 2018))
    return base_facts(
        '新島村', '新島村 職員採用案内', '2026-04', '令和8年4月発行',
        '白い砂浜と青い海の島で、村民の暮らしを支える仕事です。', ('事務', '技術'), rows, '採用者数（単位：人）',
        [('総務課', 1, None), ('住民課', 1, None), ('式根島支所', 1, None), ('産業観光課', None, 1), ('建設課', None, 1)],
        '令和8年度 採用予定',
        [('事務', '大学卒業程度', [('行政', 3)]), ('事務', '高校卒業程度', [('一般事務', 1)]),
         ('技術', '大学卒業程度', [('土木', 1), ('保健師', 1)])],
        TRAINING,
        [('フレックスタイム', '始業と終業の時刻を職員が選べます。'), ('地域活動休暇', '祭りや消防団の活動に使える休暇があります。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'), ('介護休暇', '通算6か月まで', '分割して取得できます。')],
        dict(track='お問い合わせ', office='新島村 総務課 人事係', tel=['04992-5-0240'],
             email=['saiyo@vill.niijima.tokyo.jp'], location='', telText=['電話 04992-5-0240'],
             emailText=['E-mail saiyo@vill.niijima.tokyo.jp'], hoursText=''),
        '〒100-0402 東京都新島村本村1-1-1', ['『新島空港』から車で約5分', '『新島港』から車で約5分'], None,
        '年度（令和） | 事務 | 技術 | 計; year cells 3 … 8（予定） with the era only in the header',
        {'headings': 'Excel row numbers 1… and column letters A–F printed at the sheet edges (furniture)',
         'era': 'year cells without the era; 年度（令和） in the header',
         'wrap': 'the e-mail cell wraps after @ (saiyo@ / vill.niijima.tokyo.jp)'})


def facts_kozushima():
    rows = hiring_rows([(3, 1), (2, 1), (4, 2), (3, 2), (3, 1)], [(1, 0), (1, 1), (2, 0), (1, 0), (2, 1)], (3, 2),
                       lambda fy, p: ERA(fy) + ('（予定）' if p else ''))
    return base_facts(
        '神津島村', '神津島村 職員採用案内', '2026-03', '令和8年3月発行',
        '星空と温泉の島で、村の未来をつくる仲間を募集します。', ('事務職', '技術職'), rows, '採用者数（単位：人）',
        [('総務課', 1, None), ('村民課', 1, None), ('福祉課', 1, None), ('産業観光課', None, 1), ('建設課', None, 1)],
        '令和8年度 採用予定',
        [('事務職', '大学卒業程度', [('行政', 3)]), ('技術職', '大学卒業程度', [('土木', 1), ('建築', 1)])],
        ['入庁後３か月間は、各課を回る研修を行います。', '２年目には都庁での派遣研修があります。'],
        [('テレワーク', '村外の研修先からも業務ができます。'), ('島内住宅', '職員住宅を低い家賃で借りられます。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '取得後は元の職場に戻ります。'), ('子の看護休暇', '年5日まで', '時間単位で取得できます。')],
        dict(track='採用に関するお問い合わせ', office='神津島村 総務課 庶務係', tel=['04992-8-0137'],
             email=['saiyo@vill.kouzushima.tokyo.jp'], location='', telText=['TEL 04992-8-0137'],
             emailText=['E-mail saiyo@vill.kouzushima.tokyo.jp'], hoursText=''),
        '〒100-0601 東京都神津島村904', ['『神津島空港』から車で約10分', '『神津島港』から徒歩約5分'],
        ['神津島空港 →（車 約10分）→ 村役場', '神津島港 →（徒歩 約5分）→ 村役場'],
        'PowerPoint table 年度 | 事務職 | 技術職 | 計; cells vertically centred, labels 13 pt, counts 17 pt',
        {'slides': 'four 960x540 slides, title placeholder written last, text boxes in z-order',
         'jitter': 'cell baselines within a row differ by up to ~5 pt (13 pt labels, 17 pt counts, centred, ±1.75 pt)',
         'slideNumbers': 'slide numbers 2–4 at the foot-right (furniture)',
         'arrows': 'access as arrow chains'})


def facts_mikurajima():
    rows = hiring_rows([(2, 1), (1, 0), (2, 1), (1, 1), (2, 1)], [(1, 0), (1, 0), (0, 0), (1, 0), (1, 0)], (2, 1),
                       lambda fy, p: f'{fy - 2018}年度' + ('（予定）' if p else ''))
    return base_facts(
        '御蔵島村', '御蔵島村 職員採用案内', '2026-04', '令和8年4月発行',
        'イルカと巨樹の森の島で、小さな村の行政を担います。', ('事務系', '技術系'), rows,
        '令和3年度以降の採用者数（単位：人）',
        [('総務課', 1, None), ('住民課', 1, None), ('産業建設課', None, 1)],
        '令和8年度 採用予定',
        [('事務系', '大学卒業程度', [('行政', 2)]), ('技術系', '大学卒業程度', [('土木', 1)])],
        ['一人が幅広い業務を担当します。', '本土での研修には旅費が出ます。'],
        [('時差出勤', '船の就航に合わせて勤務時間を変えられます。'), ('休暇の連続取得', '本土への帰省に合わせて休めます。')],
        '仕事と家庭の両立',
        [('育児休業', '子が3歳に達するまで', '村内に保育園があります。'), ('介護休業', '通算93日まで', '3回まで分けて取得できます。')],
        dict(track='お問い合わせ', office='御蔵島村 総務課', tel=['04994-8-2121'],
             email=['saiyo@vill.mikurajima.tokyo.jp'], location='', telText=['TEL：04994-8-2121'],
             emailText=['E-mail：saiyo@', 'vill.mikurajima.tokyo.jp'], hoursText=''),
        '〒100-1301 東京都御蔵島村字入かねが沢', ['『御蔵島港』から徒歩約10分', '『御蔵島ヘリポート』から徒歩約5分'],
        ['御蔵島港 →（徒歩 約10分）→ 村役場', '御蔵島ヘリポート →（徒歩 約5分）→ 村役場'],
        '年度 | 事務系 | 技術系 | 計; labels 3年度 … 8年度（予定）, the era only in the intro line',
        {'era': 'labels 3年度 without the era; 令和 only in the intro 令和3年度以降の採用者数',
         'wrap': 'the e-mail line broken after @ in a narrow column (two expected lines)',
         'arrows': 'access as arrow chains from a port and a heliport'})


# ----------------------------------------------------------------------------------------- layout

def ruled_table(pg, x, ytop, widths, rows, rh=18, size=10, font='G', align=None, header_grey=0.88, wrap=None):
    """rows: list of lists of cell strings (a cell may be a list of lines). Returns the bottom y."""
    y = ytop
    for ri, row in enumerate(rows):
        nl = max(len(c) if isinstance(c, list) else 1 for c in row)
        h = rh if nl == 1 else rh + (nl - 1) * (size + 2)
        if ri == 0 and header_grey:
            pg.lines.append(('rect', x, y - h, sum(widths), h, header_grey))
        cx = x
        for ci, (c, w) in enumerate(zip(widths, row)):
            pass
        cx = x
        for ci, c in enumerate(row):
            w = widths[ci]
            lines = c if isinstance(c, list) else [c]
            for li, s in enumerate(lines):
                tw = width(s, font, size)
                if tw > w - 6:
                    raise Refused(f'cell overflows its column: {s!r}')
                a = (align or ['l'] * len(row))[ci] if ri else 'c'
                tx = cx + 4 if a == 'l' else (cx + w - 4 - tw if a == 'r' else cx + (w - tw) / 2)
                ty = y - 5 - size * 0.85 - li * (size + 2) if nl > 1 else y - h / 2 - size * 0.35
                pg.text(tx, ty, s, font, size, exp=False)
            cx += w
        pg.exp('\t'.join(''.join(c) if isinstance(c, list) else c for c in row))
        for i in range(len(widths) + 1):
            xx = x + sum(widths[:i])
            pg.lines.append(('line', xx, y, xx, y - h, 0.6))
        pg.lines.append(('line', x, y, x + sum(widths), y, 0.6))
        y -= h
    pg.lines.append(('line', x, y, x + sum(widths), y, 0.6))
    return y


def hiring_cells(rows):
    return [[r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])] for r in rows]


def unit_cells(a):
    return [[r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'] for r in a['rows']]


def exam_cells(e):
    return [[x['track'], x['exam'], b['category'], f"{b['count']}人"] for x in e['entries'] for b in x['breakdown']]


def build_niijima(f):
    """An Excel sheet printed with row and column headings; rows 18 pt; no gridlines except table borders."""
    W, H = 595.28, 841.89
    colx = [64, 184, 284, 384, 474, 554]   # A..E (F is a narrow spare column)
    letters = 'ABCDE'
    RH = 18
    pages = []
    content = []  # per row: list of (col, text, size, align) or ('table', …)
    c = f['contacts'][0]
    h = f['hiring']; a = f['assignments']; e = f['exams']
    R = []
    R.append([(0, f['organization'] + ' 職員採用案内', 14, 'l'), (4, f['edition']['asOfText'], 10, 'r')])
    R.append([])
    R.append([(0, f['lead']['text'][0], 10, 'l')])
    R.append([])
    R.append([(0, '採用実績', 12, 'l')])
    R.append([(0, h['intro'][0], 10, 'l')])
    R.append(('T', [['年度（令和）', h['tracks']['admin'], h['tracks']['tech'], '計']] + hiring_cells(h['rows']), 'lrrr'))
    R.append([(0, h['note'][0], 9, 'l')])
    R.append([])
    R.append([(0, '配属実績', 12, 'l')])
    R.append([(0, a['intro'], 10, 'l')])
    R.append(('T', [['配属先', a['tracks']['admin'], a['tracks']['tech']]] + unit_cells(a), 'lrr'))
    R.append('PAGE')
    R.append([(0, e['title'], 12, 'l')])
    R.append(('T', [['区分', '試験', '職種', '採用予定数']] + exam_cells(e), 'lllr'))
    R.append([])
    R.append([(0, '働きやすい職場づくり', 12, 'l')])
    for i in f['initiatives']:
        R.append([(0, '●' + i['title'], 10, 'l')]); R.append([(0, i['text'], 10, 'l')])
    R.append([])
    R.append([(0, f['supportTitle'], 12, 'l')])
    for s in f['supportSystems']:
        R.append([(0, f"■{s['name']}（{s['durationText']}）", 10, 'l')]); R.append([(0, s['text'], 10, 'l')])
    R.append([])
    R.append([(0, f['training']['title'], 12, 'l')])
    for p in f['training']['paragraphs']:
        R.append([(0, p, 10, 'l')])
    R.append([])
    R.append([(0, c['track'], 12, 'l')])
    R.append(('C', [['担当', c['office']], ['電話', c['tel'][0]], ['E-mail', ['saiyo@', c['email'][0].split('@')[1]]]]))
    R.append([])
    R.append([(0, 'アクセス', 12, 'l')])
    R.append([(0, f['access']['address'], 10, 'l')])
    for r in f['access']['routes']:
        R.append([(0, '■' + r.replace('『', '').replace('』', ''), 10, 'l')])
    rownum = 1
    chunks, cur = [], []
    for r in R:
        if r == 'PAGE':
            chunks.append(cur); cur = []
        else:
            cur.append(r)
    chunks.append(cur)
    for chunk in chunks:
        pg = Page(W, H)
        top = 800
        # column letters band (furniture)
        pg.lines.append(('rect', 40, top - 14, colx[-1] - 40, 14, 0.9))
        for i, L in enumerate(letters):
            mid = (colx[i] + colx[i + 1]) / 2
            pg.text(mid - width(L, 'G', 8) / 2, top - 10.5, L, 'G', 8, furn=True)
        y = top - 14
        nrows_drawn = []
        for r in chunk:
            if isinstance(r, tuple) and r[0] == 'T':
                rows = r[1]
                widths = [colx[1] - colx[0], colx[2] - colx[1], colx[3] - colx[2], colx[4] - colx[3]][:len(rows[0])]
                for ri in range(len(rows)):
                    nrows_drawn.append((y - ri * RH - RH, RH))
                y = ruled_table(pg, colx[0], y, widths, rows, rh=RH, align=list(r[2]))
                continue
            if isinstance(r, tuple) and r[0] == 'C':
                rows = r[1]
                widths = [colx[1] - colx[0], colx[3] - colx[1] - 70]
                y0 = y
                y = ruled_table(pg, colx[0], y, widths, rows, rh=RH, align=['l', 'l'], header_grey=0)
                yy = y0
                for row in rows:
                    hh = RH + (len(row[1]) - 1) * 12 if isinstance(row[1], list) else RH
                    nrows_drawn.append((yy - hh, hh)); yy -= hh
                continue
            for col, s, size, al in r:
                if al == 'r':
                    x = colx[col + 1] - 4 - width(s, 'G', size)
                else:
                    x = colx[col] + 4
                pg.text(x, y - RH + 5, s, 'G', size)
            nrows_drawn.append((y - RH, RH))
            y -= RH
        # row numbers (furniture) in the left heading column, one per sheet row
        pg.lines.append(('rect', 40, y, 24, top - 14 - y, 0.9))
        for yb, hh in nrows_drawn:
            s = str(rownum); rownum += 1
            pg.text(64 - 3 - width(s, 'G', 8), yb + hh / 2 - 3, s, 'G', 8, furn=True)
            pg.lines.append(('line', 40, yb, 64, yb, 0.3))
        pages.append(pg)
    return pages


def build_kozushima(f, rng):
    """PowerPoint export: 960 x 540 slides; each text box is a z-group; the title placeholder is written last."""
    W, H = 960, 540
    h = f['hiring']; a = f['assignments']; e = f['exams']; c = f['contacts'][0]
    pages = []

    def boxes_order(pg, groups):
        # z-order: body boxes in a seeded order, the title placeholder last
        body = [g for g in groups if g != 'title']
        rng.shuffle(body)
        order = body + ['title']
        for it in pg.items:
            it['z'] = order.index(it['z']) if it['z'] in order else len(order)

    # slide 1: title slide
    pg = Page(W, H)
    pg.lines.append(('rect', 0, 0, W, 120, 0.85))
    t = f['organization'] + ' 職員採用案内'
    pg.text((W - width(t, 'G', 36)) / 2, 300, t, 'G', 36, z='title')
    s = f['edition']['asOfText']
    pg.text((W - width(s, 'G', 20)) / 2, 255, s, 'G', 20, z='sub')
    s = f['lead']['text'][0]
    pg.text((W - width(s, 'G', 16)) / 2, 60, s, 'G', 16, z='lead')
    boxes_order(pg, ['title', 'sub', 'lead'])
    pages.append(pg)

    def jitter_table(pg, x, ytop, widths, rows, rh, z):
        y = ytop
        for ri, row in enumerate(rows):
            if ri == 0:
                pg.lines.append(('rect', x, y - rh, sum(widths), rh, 0.75))
            elif ri % 2 == 0:
                pg.lines.append(('rect', x, y - rh, sum(widths), rh, 0.93))
            cx = x
            mid = y - rh / 2
            for ci, s in enumerate(row):
                size = 13 if (ci == 0 or ri == 0) else 17
                tw = width(s, 'G', size)
                if tw > widths[ci] - 8:
                    raise Refused(f'cell overflows its column: {s!r}')
                jit = round(rng.uniform(-1.75, 1.75), 2)
                ty = mid - size * 0.35 + jit
                tx = cx + 8 if ci == 0 else cx + (widths[ci] - tw) / 2
                pg.text(tx, ty, s, 'G', size, exp=False, z=z)
                cx += widths[ci]
            pg.exp('\t'.join(row))
            y -= rh
        pg.lines.append(('line', x, y, x + sum(widths), y, 0.8))
        return y

    def title(pg, s):
        pg.text(48, H - 70, s, 'G', 28, z='title')
        pg.lines.append(('line', 48, H - 84, W - 48, H - 84, 1.5))

    # slide 2: hiring (left) and assignments (right)
    pg = Page(W, H)
    title(pg, '採用実績')
    pg.text(48, 420, h['intro'][0], 'G', 14, z='hintro')
    y = jitter_table(pg, 48, 405, [150, 100, 100, 100],
                     [['年度', h['tracks']['admin'], h['tracks']['tech'], '計']] + hiring_cells(h['rows']), 34, 'htable')
    pg.text(48, y - 22, h['note'][0], 'G', 12, z='hnote')
    pg.text(560, 420, '配属実績', 'G', 18, z='atitle')
    pg.text(560, 395, a['intro'], 'G', 13, z='aintro')
    jitter_table(pg, 560, 380, [160, 90, 90], [['配属先', a['tracks']['admin'], a['tracks']['tech']]] + unit_cells(a), 34, 'atable')
    boxes_order(pg, ['title', 'hintro', 'htable', 'hnote', 'atitle', 'aintro', 'atable'])
    pg.text(W - 40, 20, '2', 'Helvetica', 10, furn=True)
    pages.append(pg)

    # slide 3: exams on top, three text boxes below
    pg = Page(W, H)
    title(pg, e['title'])
    jitter_table(pg, 48, 440, [140, 180, 140, 140], [['区分', '試験', '職種', '採用予定数']] + exam_cells(e), 30, 'etable')
    cols = [48, 336, 624]
    y0 = 290
    pg.text(cols[0], y0, '働きやすい職場づくり', 'G', 16, z='ini')
    yy = y0 - 26
    for i in f['initiatives']:
        pg.text(cols[0], yy, '●' + i['title'], 'G', 13, z='ini'); yy -= 20
        pg.text(cols[0] + 13, yy, i['text'], 'G', 12, z='ini'); yy -= 26
    pg.text(cols[1], y0, f['supportTitle'], 'G', 16, z='sup')
    yy = y0 - 26
    for s in f['supportSystems']:
        pg.text(cols[1], yy, f"■{s['name']}（{s['durationText']}）", 'G', 13, z='sup'); yy -= 20
        pg.text(cols[1] + 13, yy, s['text'], 'G', 12, z='sup'); yy -= 26
    pg.text(cols[2], y0, f['training']['title'], 'G', 16, z='tra')
    yy = y0 - 26
    for p in f['training']['paragraphs']:
        pg.text(cols[2], yy, p, 'G', 12, z='tra'); yy -= 22
    boxes_order(pg, ['title', 'etable', 'ini', 'sup', 'tra'])
    pg.text(W - 40, 20, '3', 'Helvetica', 10, furn=True)
    pages.append(pg)

    # slide 4: contact (left), access (right)
    pg = Page(W, H)
    title(pg, 'お問い合わせ・アクセス')
    yy = 400
    for s, size in ((c['track'], 18), (c['office'], 15), (c['telText'][0], 15), (c['emailText'][0], 15)):
        pg.text(48, yy, s, 'G', size, z='con'); yy -= 32
    yy = 400
    for s, size in [('アクセス', 18), (f['access']['address'], 15)] + [(r, 15) for r in f['access']['routesText']]:
        pg.text(500, yy, s, 'G', size, z='acc'); yy -= 32
    boxes_order(pg, ['title', 'con', 'acc'])
    pg.text(W - 40, 20, '4', 'Helvetica', 10, furn=True)
    pages.append(pg)
    for pg in pages:  # slide titles come first in reading order; expected lines already in reading order
        pass
    return pages


def build_mikurajima(f):
    W, H = 595.28, 841.89
    h = f['hiring']; a = f['assignments']; e = f['exams']; c = f['contacts'][0]
    pg = Page(W, H)
    pg.text(48, 780, f['organization'] + ' 職員採用案内', 'M', 22)
    pg.text(48, 755, f['edition']['asOfText'], 'G', 10)
    pg.lines.append(('line', 48, 745, W - 48, 745, 1.2))
    pg.text(48, 722, f['lead']['text'][0], 'G', 11)
    pg.text(48, 690, '採用実績', 'G', 14)
    pg.text(48, 670, h['intro'][0], 'G', 10)
    y = ruled_table(pg, 48, 660, [130, 90, 90, 90],
                    [['年度', h['tracks']['admin'], h['tracks']['tech'], '計']] + hiring_cells(h['rows']), align='lccc')
    pg.text(48, y - 16, h['note'][0], 'G', 9)
    y -= 50
    pg.text(48, y, '配属実績', 'G', 14)
    pg.text(48, y - 20, a['intro'], 'G', 10)
    ruled_table(pg, 48, y - 30, [150, 90, 90], [['配属先', a['tracks']['admin'], a['tracks']['tech']]] + unit_cells(a), align='lcc')
    pg.text(W / 2 - 10, 30, '- 1 -', 'Helvetica', 9, furn=True)
    pg2 = Page(W, H)
    pg2.text(48, 790, e['title'], 'G', 14)
    y = ruled_table(pg2, 48, 780, [110, 130, 110, 100], [['区分', '試験', '職種', '採用予定数']] + exam_cells(e), align='lllr')
    top = y - 30
    yy = top
    pg2.text(48, yy, '働きやすい職場づくり', 'G', 13); yy -= 22
    for i in f['initiatives']:
        pg2.text(48, yy, '●' + i['title'], 'G', 10.5); yy -= 16
        pg2.text(58, yy, i['text'], 'G', 10); yy -= 22
    yy -= 10
    pg2.text(48, yy, f['supportTitle'], 'G', 13); yy -= 22
    for s in f['supportSystems']:
        pg2.text(48, yy, f"■{s['name']}（{s['durationText']}）", 'G', 10.5); yy -= 16
        pg2.text(58, yy, s['text'], 'G', 10); yy -= 22
    # narrow right column (150 pt) — lines broken by hand where Word breaks them
    rx, yy = 400, top
    pg2.lines.append(('line', 388, top + 14, 388, 120, 0.5))
    right = [(f['training']['title'], 13, 22)]
    right += [('一人が幅広い業務を担当し', 9.5, 14), ('ます。', 9.5, 18), ('本土での研修には旅費が出', 9.5, 14), ('ます。', 9.5, 24)]
    right += [(c['track'], 13, 22), (c['office'], 10, 15), (c['telText'][0], 10, 15),
              (c['emailText'][0], 10, 15), (c['emailText'][1], 10, 24)]
    right += [('アクセス', 13, 22), ('〒100-1301', 10, 15), ('東京都御蔵島村字入かねが沢', 10, 18)]
    for r in f['access']['routesText']:
        left, rest = r.split(' →', 1)
        right += [(left, 10, 15), ('→' + rest, 10, 18)]
    for s, size, adv in right:
        if width(s, 'G', size) > 150:
            raise Refused(f'right-column line too wide: {s!r}')
        pg2.text(rx, yy, s, 'G', size); yy -= adv
    pg2.text(W / 2 - 10, 30, '- 2 -', 'Helvetica', 9, furn=True)
    return [pg, pg2]


# ----------------------------------------------------------------------------------------- render

def render(pages):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=0)
    cv.setTitle('職員採用案内'); cv.setAuthor(''); cv.setCreator('generate_holdout51.py')
    for pg in pages:
        cv.setPageSize((pg.w, pg.h))
        for op in pg.lines:
            if op[0] == 'rect':
                cv.setFillGray(op[5]); cv.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
        cv.setFillGray(0)
        for op in pg.lines:
            if op[0] == 'line':
                cv.setLineWidth(op[5]); cv.line(op[1], op[2], op[3], op[4])
        items = sorted(enumerate(pg.items), key=lambda t: (t[1]['z'] if isinstance(t[1]['z'], int) else 0, t[0]))
        for _, it in items:
            cv.setFont(it['font'], it['size'])
            cv.setFillGray(0.45 if it['furn'] else 0)
            cv.drawString(it['x'], it['y'], it['s'])
        cv.showPage()
    cv.save()
    return buf.getvalue()


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(pg.expected) for pg in pages) + '\n'


# ----------------------------------------------------------------------------------------- checks

def nows(s):
    return ''.join(s.split())


def standin(f):
    h, a, e = f['hiring'], f['assignments'], f['exams']
    def g(c): return {'count': c['count'], 'women': c.get('women')}
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': g(r['total']),
                             'administrative': g(r['admin']), 'technical': g(r['tech'])} for r in h['rows']]},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'], 'rows': [
            {'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': score_extract.track(x['track']), 'level': score_extract.level(x['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for x in e['entries'] for b in x['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def validate(name, f, pages, pdf, exp):
    errs = []
    def need(ok, msg):
        if not ok: errs.append(msg)
    # arithmetic
    rows = f['hiring']['rows']
    for r in rows:
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total heads {r["labelText"]}')
        if not r['planned']:
            need(None not in (r['admin']['women'], r['tech']['women'], r['total']['women']), f'women missing {r["labelText"]}')
            if None not in (r['admin']['women'], r['tech']['women'], r['total']['women']):
                need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'total women {r["labelText"]}')
                for k in ('admin', 'tech', 'total'):
                    need(r[k]['women'] <= r[k]['count'], f'women > heads {r["labelText"]}')
        else:
            need(all(r[k]['women'] is None for k in ('admin', 'tech', 'total')), 'women on the planned row')
        need(r['label'] == ERA(r['fiscalYear']), f'era label {r["labelText"]}')
        for k in ('admin', 'tech', 'total'):
            need(unicodedata.normalize('NFKC', r[k]['text']) == str(r[k]['count']), f'printed count {r["labelText"]} {k}')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    act = [r['fiscalYear'] for r in rows if not r['planned']]
    need(len(act) >= 5 and act == list(range(act[0], act[0] + len(act))), 'consecutive actual years')
    plan = rows[-1]
    need(plan['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4]), 'planned year')
    a = f['assignments']
    need(a['cohortFiscalYear'] == act[-1], 'cohort year')
    last = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']]
    if last:
        need(sum(r['admin'] or 0 for r in a['rows']) == last[0]['admin']['count'], 'assignment admin sum')
        need(sum(r['tech'] or 0 for r in a['rows']) == last[0]['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(units) == len(set(units)), 'duplicate unit')
    need(all((r[k] is None or r[k] > 0) for r in a['rows'] for k in ('admin', 'tech')), 'zero assignment')
    keys = []
    for x in f['exams']['entries']:
        need(x['total'] == sum(b['count'] for b in x['breakdown']), f'exam total {x["exam"]}')
        need(score_extract.track(x['track']) != 'other', 'exam track other')
        keys += [(score_extract.track(x['track']), score_extract.level(x['exam']), b['category']) for b in x['breakdown']]
    need(len(keys) == len(set(keys)), 'colliding exam categories')
    for k, tr in (('admin', 'administrative'), ('tech', 'technical')):
        need(sum(x['total'] for x in f['exams']['entries'] if score_extract.track(x['track']) == tr) == plan[k]['count'],
             f'exam sum {k}')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'support duration')
    # printed strings
    drawn = nows(exp)
    def printed(s, what):
        need(nows(s) in drawn, f'not printed: {what} {s!r}')
    printed(f['organization'], 'organization'); printed(f['edition']['asOfText'], 'edition')
    printed(f['lead']['text'][0], 'lead')
    for s in f['hiring']['intro'] + f['hiring']['note']: printed(s, 'hiring')
    lines = [l for l in exp.split('\n')]
    for r in rows:
        row_lines = [l.split('\t') for l in lines if l.split('\t')[0] == r['labelText']]
        need(len(row_lines) == 1 and all(cell(r[k]) in row_lines[0] for k in ('admin', 'tech', 'total')),
             f'hiring row not printed {r["labelText"]}')
    printed(a['intro'], 'assignment intro')
    for r in a['rows']: printed(r['unit'], 'unit')
    printed(f['exams']['title'], 'exam title')
    for x in f['exams']['entries']:
        printed(x['track'], 'exam track'); printed(x['exam'], 'exam')
        for b in x['breakdown']: printed(b['category'], 'category')
    for c in f['contacts']:
        for s in [c['track'], c['office']] + c['tel'] + c['email'] + c['telText'] + c['emailText']: printed(s, 'contact')
    printed(f['access']['address'], 'address')
    for r in f['access'].get('routesText') or [x.replace('『', '').replace('』', '') for x in f['access']['routes']]:
        printed(r, 'route')
    for r in f['access']['routes']: printed(r.split('『')[1].split('』')[0], 'route station')
    for i in f['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        printed(s['name'], 'support'); printed(s['durationText'], 'period'); printed(s['text'], 'support text')
    printed(f['training']['title'], 'training')
    for p in f['training']['paragraphs']: printed(p, 'training paragraph')
    # expected text vs drawn items, kinsoku, glyphs, margins, overlaps
    pexp = exp.split('\n\f\n')
    need(len(pexp) == len(pages), 'page count')
    for pi, pg in enumerate(pages):
        body = Counter(nows(''.join(it['s'] for it in pg.items if not it['furn'])))
        need(body == Counter(nows(pexp[pi] if pi < len(pexp) else '')), f'p{pi + 1}: drawn body text != expected text')
        furn = ''.join(it['s'] for it in pg.items if it['furn'])
        need(not furn or all(it['s'] not in (pexp[pi] if pi < len(pexp) else '').split('\n') for it in pg.items if it['furn']),
             f'p{pi + 1}: furniture in the expected text')
        for l in (pexp[pi] if pi < len(pexp) else '').split('\n'):
            need(not l or l[0] not in '。、）」』，．ぁぃぅぇぉっゃゅょー', f'kinsoku {l!r}')
        boxes = []
        for it in pg.items:
            need(has_glyphs(it['font'], it['s']), f'glyph missing {it["s"]!r}')
            w = width(it['s'], it['font'], it['size'])
            x0, x1, y0, y1 = it['x'], it['x'] + w, it['y'] - it['size'] * 0.12, it['y'] + it['size'] * 0.8
            need(x0 >= MARGIN and x1 <= pg.w - MARGIN and y0 >= MARGIN and y1 <= pg.h - MARGIN, f'edge margin {it["s"]!r}')
            for b in boxes:
                if x0 < b[1] and b[0] < x1 and y0 < b[3] and b[2] < y1:
                    errs.append(f'overlap {it["s"]!r} / {b[4]!r}')
            boxes.append((x0, x1, y0, y1, it['s']))
    # the scorer on the stand-in and on nothing
    res = score_extract.checks(f, standin(f), score_extract.norm(exp))
    need(all(ok for _, ok in res), 'stand-in not full marks: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {n.split()[0] for n, _ in res}
    need({'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'office', 'route', 'initiative',
          'support'} <= kinds, f'kinds of check missing: {kinds}')
    need(not any(ok for _, ok in score_extract.checks(f, {}, score_extract.norm(exp))), 'empty document scores')
    # pdftotext sees exactly the drawn characters, one text object per item
    if pdf is not None:
        with tempfile.NamedTemporaryFile(suffix='.pdf') as t:
            t.write(pdf); t.flush()
            for pi, pg in enumerate(pages):
                out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), t.name, '-'],
                                     capture_output=True, text=True).stdout
                need(Counter(nows(out)) == Counter(nows(''.join(it['s'] for it in pg.items))), f'p{pi + 1}: pdftotext characters')
        nbt = sum(1 for l in pdf.split(b'\n') if l.strip() == b'BT' or l.startswith(b'BT '))
        need(nbt >= sum(len(pg.items) for pg in pages), 'text object count')
    if errs:
        raise Refused(f'{name}: ' + '; '.join(errs))


BUILD = {'niijima': (facts_niijima, lambda f: build_niijima(f)),
         'kozushima': (facts_kozushima, lambda f: build_kozushima(f, random.Random(SEED))),
         'mikurajima': (facts_mikurajima, lambda f: build_mikurajima(f))}


def make(name, f=None, mutate_pages=None, mutate_exp=None, pdfcheck=True, post=None):
    f = f or BUILD[name][0]()
    pages = BUILD[name][1](f)
    if post: post(f)  # a fact changed after the pages were drawn: the fact is not printed
    if mutate_pages: mutate_pages(pages)
    exp = expected_text(pages)
    if mutate_exp: exp = mutate_exp(exp)
    pdf = render(pages)
    if pdfcheck and render(BUILD[name][1](f) if not mutate_pages else pages) != pdf:
        raise Refused(f'{name}: two renderings differ')
    validate(name, f, pages, pdf if pdfcheck else None, exp)
    return f, pdf, exp


def write(name):
    f, pdf, exp = make(name)
    os.makedirs(OUT, exist_ok=True)
    stem = os.path.join(OUT, f'{name}-2026')
    open(stem + '.pdf', 'wb').write(pdf)
    open(stem + '.expected.txt', 'w').write(exp)
    open(stem + '.facts.json', 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    print(f'{name}-2026: {len(pdf)} bytes, md5 {hashlib.md5(pdf).hexdigest()}')


def faults():
    def F(fn):
        return fn
    def hrow(i, k, d, women=False):
        def m(f):
            c = f['hiring']['rows'][i][k]
            if women: c['women'] += d
            else: c['count'] += d; c['text'] = str(c['count'])
        return m
    return [
        ('hiring total +1', dict(facts=hrow(0, 'total', 1))),
        ('women total +1', dict(facts=hrow(1, 'total', 1, True))),
        ('assignment +1', dict(facts=lambda f: f['assignments']['rows'][0].__setitem__('admin', 2))),
        ('exam count +1', dict(facts=lambda f: f['exams']['entries'][0]['breakdown'][0].__setitem__('count', 9))),
        ('last exam category +1, total kept', dict(facts=lambda f: (f['exams']['entries'][-1]['breakdown'][-1].__setitem__('count', f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1), f['exams']['entries'][-1].__setitem__('total', f['exams']['entries'][-1]['total'] + 1)))),
        ('e-mail not printed', dict(post=lambda f: f['contacts'][0]['email'].__setitem__(0, 'jinji@example.jp'))),
        ('women on the planned row', dict(facts=lambda f: f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1'))),
        ('planned row first', dict(facts=lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))),
        ('wrong era label', dict(facts=lambda f: f['hiring']['rows'][2].__setitem__('label', '令和4年度'))),
        ('printed count differs', dict(facts=lambda f: f['hiring']['rows'][0]['admin'].__setitem__('text', '9'))),
        ('colliding exam category', dict(facts=lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(category=f['exams']['entries'][-1]['breakdown'][0]['category'], count=0)))),
        ('duplicated unit', dict(facts=lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=None)))),
        ('route not printed', dict(post=lambda f: f['access']['routes'].__setitem__(0, '『竹芝』から徒歩1分'))),
        ('overlapping copy of an item', dict(pages=lambda p: p[0].items.append(dict(p[0].items[1], x=p[0].items[1]['x'] + 1, furn=True)))),
        ('item in the edge margin', dict(pages=lambda p: p[0].items.__setitem__(0, dict(p[0].items[0], x=5)))),
        ('emoji the font lacks', dict(pages=lambda p: (p[-1].text(60, 60, '😀', 'G', 10)))),
        ('line starting with 。', dict(pages=lambda p: (p[-1].text(60, 44, '。以上', 'G', 10)))),
        ('extra expected character', dict(exp=lambda e: e.replace('採用実績', '採用実績績', 1))),
        ('page number made body text', dict(pages=lambda p: [it.__setitem__('furn', False) for it in p[-1].items if it['furn']] and None)),
        ('cell overflowing its column', dict(scratch=True)),
    ]


def selftest(verbose):
    ok = n = 0
    for name in BUILD:
        make(name)  # the clean brochure must pass
        for label, fl in faults():
            n += 1
            try:
                if fl.get('scratch'):
                    ruled_table(Page(595, 842), 40, 800, [40, 40], [['年度', '事務'], ['令和3年度の採用者数の合計', '1']])
                else:
                    f = BUILD[name][0]()
                    if 'facts' in fl: fl['facts'](f)
                    make(name, f=f, mutate_pages=fl.get('pages'), mutate_exp=fl.get('exp'), pdfcheck=False, post=fl.get('post'))
                print(f'NOT REFUSED {name}: {label}')
            except Refused as ex:
                ok += 1
                if verbose: print(f'refused {name}: {label}: {str(ex)[:160]}')
    print(f'selftest: {ok}/{n} faults refused')
    return ok == n


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for name in [a for a in args if not a.startswith('-')] or list(BUILD):
        write(name)
