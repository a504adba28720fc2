#!/usr/bin/env python3
"""Holdout set 84 (blind): three national bodies, two A4 pages each.

  python3 Fixtures/generate_holdout84.py               # all three
  python3 Fixtures/generate_holdout84.py nifs-2026     # one (saitama-u-2026, nifs-2026, tokuyama-kosen-2026)

Self-contained: a page model in top-down coordinates, a table helper with multi-line cells,
reportlab's canvas (invariant=1, no page compression, one BT..ET per text item, items of a
page written after its graphics in a seeded shuffled order), the facts, and the checks
(refuses to write a brochure that fails any). See holdout84/README.md.
"""
import collections, copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout84')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

GOTHIC, MINCHO = 'IPAexG', 'IPAexM'
pdfmetrics.registerFont(TTFont(GOTHIC, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(MINCHO, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.27, 841.89
EDGE, BOTTOM = 20, 800
ASC = 0.88

BLACK = Color(0, 0, 0)
GREY = Color(0.35, 0.35, 0.35)
RED = Color(0.75, 0.1, 0.1)


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Item:
    def __init__(self, page, x, y, text, font, size, color, furniture):
        self.page, self.x, self.y, self.text = page, x, y, text
        self.font, self.size, self.color, self.furniture = font, size, color, furniture
        self.w = width(text, font, size)
        self.used = 0

    def box(self):
        return (self.x, self.y, self.x + self.w, self.y + self.size)


class Doc:
    """Pages of items (top-down y = top of the em box) and the expected lines."""

    def __init__(self, name, accent, seed):
        self.name, self.accent, self.seed = name, accent, seed
        self.items, self.graphics, self.lines = [], [], []
        self.page = 0
        self.lines.append([])

    def new_page(self):
        self.page += 1
        self.lines.append([])

    def text(self, x, y, s, font=MINCHO, size=9, color=BLACK, furniture=False, right=False):
        it = Item(self.page, x, y, s, font, size, color, furniture)
        if right:
            it.x = x - it.w
        self.items.append(it)
        return it

    def emit(self, *cells):
        """One expected line: each cell a list of items (joined with no space), cells joined by TAB."""
        row = []
        for cell in cells:
            if isinstance(cell, Item):
                cell = [cell]
            for it in cell:
                it.used += 1
            row.append(''.join(it.text for it in cell))
        self.lines[self.page].append('\t'.join(row))

    def line(self, x, y, s, **kw):
        it = self.text(x, y, s, **kw)
        self.emit(it)
        return it

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.graphics.append((self.page, 'rect', (x, y, w, h, fill, stroke, lw)))

    def rule(self, x1, y1, x2, y2, color=BLACK, lw=0.6):
        self.graphics.append((self.page, 'line', (x1, y1, x2, y2, color, lw)))

    # --- composite helpers -------------------------------------------------------------
    def heading(self, x, y, s, w):
        self.rect(x, y, 4, 14, fill=self.accent)
        self.line(x + 9, y + 1, s, font=GOTHIC, size=12)
        self.rule(x, y + 17, x + w, y + 17, color=self.accent, lw=0.8)
        return y + 24

    def para(self, x, y, lines, size=9, font=MINCHO, lead=1.6):
        for s in lines:
            self.line(x, y, s, font=font, size=size)
            y += size * lead
        return y

    def table(self, x, y, cols, rows, ruled=True, header_tint=None, pad=4, lead=1.35, size=9):
        """rows: list of rows; a row is a list of cells; a cell is a str or a list of (text, size, font, color)."""
        top = y
        ys = []
        for ri, row in enumerate(rows):
            cells = []
            for c in row:
                if isinstance(c, str):
                    c = [(c, size, GOTHIC if ri == 0 else MINCHO, BLACK)] if c else []
                cells.append(c)
            hgt = max([sum(l[1] * lead for l in c) for c in cells if c] + [size * lead]) + 2 * pad - (lead - 1) * size
            if ri == 0 and header_tint:
                self.rect(x, y, sum(cols), hgt, fill=header_tint)
            out = []
            cx = x
            for ci, c in enumerate(cells):
                total = sum(l[1] * lead for l in c) - (lead - 1) * (c[-1][1] if c else 0)
                ly = y + (hgt - total) / 2
                its = []
                for (s, sz, f, col) in c:
                    it = self.text(cx + pad, ly, s, font=f, size=sz, color=col)
                    if it.w > cols[ci] - 2 * pad + 0.01:
                        raise SystemExit(f'{self.name}: cell too wide: {s}')
                    its.append(it)
                    ly += sz * lead
                out.append(its)
                cx += cols[ci]
            self.emit(*out)
            ys.append(y)
            y += hgt
        if ruled:
            for yy in ys + [y]:
                self.rule(x, yy, x + sum(cols), yy, lw=0.5)
            cx = x
            for c in cols + [0]:
                self.rule(cx, top, cx, y, lw=0.5)
                cx += c
        else:
            self.rule(x, top, x + sum(cols), top, color=self.accent, lw=1.0)
            self.rule(x, ys[1] if len(ys) > 1 else y, x + sum(cols), ys[1] if len(ys) > 1 else y, color=GREY, lw=0.4)
            self.rule(x, y, x + sum(cols), y, color=self.accent, lw=1.0)
        return y

    # --- render ------------------------------------------------------------------------
    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
        c.setTitle(self.name)
        rnd = random.Random(self.seed)
        for p in range(self.page + 1):
            for (pg, kind, a) in self.graphics:
                if pg != p:
                    continue
                if kind == 'rect':
                    x, y, w, h, fill, stroke, lw = a
                    if fill is not None:
                        c.setFillColor(fill)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                        c.setLineWidth(lw)
                    c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
                else:
                    x1, y1, x2, y2, col, lw = a
                    c.setStrokeColor(col)
                    c.setLineWidth(lw)
                    c.line(x1, H - y1, x2, H - y2)
            its = [it for it in self.items if it.page == p]
            rnd.shuffle(its)
            for it in its:
                c.setFillColor(it.color)
                c.setFont(it.font, it.size)
                c.drawString(it.x, H - it.y - it.size * ASC, it.text)
            c.showPage()
        c.save()
        return buf.getvalue()

    def expected(self):
        return '\n\f\n'.join('\n'.join(ls) for ls in self.lines) + '\n'


# ======================================================================================
# checks
# ======================================================================================
FONTS = {GOTHIC: TTFont('g', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         MINCHO: TTFont('m', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
WS = re.compile(r'\s+')


def check_layout(doc, pdf):
    errs = []
    for it in doc.items:
        for ch in it.text:
            if ch != ' ' and ord(ch) not in FONTS[it.font].face.charToGlyph:
                errs.append(f'glyph {ch!r} missing in {it.font}: {it.text}')
        x0, y0, x1, y1 = it.box()
        if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
            errs.append(f'edge margin: {it.text}')
        if not it.furniture and y1 > BOTTOM:
            errs.append(f'past bottom margin: {it.text}')
        if it.furniture and it.used:
            errs.append(f'furniture in expected text: {it.text}')
        if not it.furniture and it.used != 1:
            errs.append(f'item in {it.used} expected lines: {it.text}')
    for p in range(doc.page + 1):
        its = [i for i in doc.items if i.page == p]
        for a in range(len(its)):
            for b in range(a + 1, len(its)):
                A, B = its[a].box(), its[b].box()
                if A[0] < B[2] - 0.01 and B[0] < A[2] - 0.01 and A[1] < B[3] - 0.01 and B[1] < A[3] - 0.01:
                    errs.append(f'overlap: {its[a].text} / {its[b].text}')
    kinsoku = set('、。，．）」』】〕＞ー・：')
    for p, ls in enumerate(doc.lines):
        for l in ls:
            if not l.strip():
                errs.append(f'empty expected line on page {p + 1}')
            elif l[0] in kinsoku:
                errs.append(f'expected line starts with kinsoku char: {l}')
            elif re.fullmatch(r'-\s*\d+\s*-', l.strip()):
                errs.append(f'folio in expected text: {l}')
        drawn = collections.Counter(WS.sub('', ''.join(i.text for i in doc.items if i.page == p and not i.furniture)))
        exp = collections.Counter(WS.sub('', ''.join(ls)))
        if drawn != exp:
            errs.append(f'page {p + 1}: drawn and expected characters differ: {drawn - exp} / {exp - drawn}')
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf)
        f.flush()
        for p in range(doc.page + 1):
            out = subprocess.run(['pdftotext', '-f', str(p + 1), '-l', str(p + 1), f.name, '-'],
                                 capture_output=True, text=True).stdout
            got = collections.Counter(WS.sub('', out))
            want = collections.Counter(WS.sub('', ''.join(i.text for i in doc.items if i.page == p)))
            if got != want:
                errs.append(f'pdftotext page {p + 1} differs: {got - want} / {want - got}')
    if pdf.count(b'BT') < len(doc.items):
        errs.append('fewer text objects than items')
    if doc.render() != pdf:
        errs.append('two renders differ')
    return errs


ERA = lambda y: f'令和{y - 2018}年度'
NFKC = lambda s: unicodedata.normalize('NFKC', s)
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '大学共同利用機関法人', '自然科学研究機構', '国立高等専門学校機構')


def stand_in(f):
    """The document an ideal extractor would return, built from the facts."""
    sec = {}
    sec['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                               'total': {'count': r['total']['count'], 'women': r['total']['women']},
                               'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                               'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                              for r in f['hiring']['rows']]}
    sec['assignments'] = {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                          'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                   for r in f['assignments']['rows']]}
    sec['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                         'category': b['category'], 'count': b['count']}
                                        for e in f['exams']['entries'] for b in e['breakdown']]}
    sec['contacts'] = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                       for c in f['contacts']]
    sec['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    sec['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    sec['supportSystems'] = [{'name': s['name']} for s in f['supportSystems']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': sec}


def check_facts(f, exp):
    errs = []
    def need(ok, msg):
        if not ok:
            errs.append(msg)
    lines = [l for l in exp.split('\n') if l != '\f']
    flat = WS.sub('', exp)
    org = f['organization']
    need(not org.startswith(LEGAL), 'legal form in organisation')
    need(lines[0].startswith(org) or any(l.startswith(org) for l in lines[:3]), 'organisation not on the masthead')
    need(f['document'] in (org + ' ' + lines[1], ), 'document title')
    ed = f['edition']
    y, m = re.fullmatch(r'令和(\d+)年(\d+)月', ed['asOfText']).groups()
    need(ed['asOf'] == f'{int(y) + 2018}-{int(m):02d}', 'asOf')
    need(WS.sub('', ed['asOfText']) in WS.sub('', ''.join(ed['printed'] if isinstance(ed['printed'], list) else [ed['printed']])), 'asOfText in printed edition')
    for p in (ed['printed'] if isinstance(ed['printed'], list) else [ed['printed']]):
        need(p in lines, f'edition line not printed: {p}')
    rows = f['hiring']['rows']
    yrs = [r['fiscalYear'] for r in rows]
    need(yrs == list(range(yrs[0], yrs[0] + len(yrs))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'planned row not exactly last')
    need(yrs[-1] == ed['year'] == f['exams']['fiscalYear'], 'edition / planned / exam years differ')
    for r in rows:
        need(r['label'] == ERA(r['fiscalYear']), f'label {r["label"]}')
        need(('予定' in r['labelText']) == r['planned'], f'planned mark {r["labelText"]}')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            need(str(c['count']) == NFKC(c['text']), f'text {r["label"]} {k}')
            if r['planned']:
                need(c['women'] is None, 'planned women')
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], f'women {r["label"]} {k}')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total {r["label"]}')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'women total {r["label"]}')
        need('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) in lines,
             f'hiring row not printed: {r["labelText"]}')
    need('\t'.join(f['hiring']['header']) in lines, 'hiring header')
    a = f['assignments']
    coh = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    need(a['cohortFiscalYear'] == max(r['fiscalYear'] for r in rows if not r['planned']), 'cohort not last actual')
    need(sum(r['admin'] or 0 for r in a['rows']) == coh['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == coh['tech']['count'], 'assignment tech sum')
    need(len({r['unit'] for r in a['rows']}) == len(a['rows']), 'duplicate unit')
    need(all((r['admin'] or 0) + (r['tech'] or 0) > 0 for r in a['rows']), 'zero unit row')
    need(set(re.findall(r'令和\d+年度', a['intro'])) == {ERA(a['cohortFiscalYear'])}, 'assignment intro year')
    need(a['intro'] in lines, 'assignment intro')
    for r in a['rows']:
        need(any(l.startswith(r['unit'] + '\t') for l in lines), f'unit not printed {r["unit"]}')
    ex = f['exams']
    plan = rows[-1]
    keys = set()
    per = collections.Counter()
    for e in ex['entries']:
        need(sum(b['count'] for b in e['breakdown']) == e['total'], f'exam total {e["track"]}')
        need(e['track'] in f['hiring']['tracks'].values(), f'exam track {e["track"]}')
        tk = track(e['track'])
        need(tk in ('administrative', 'technical'), 'exam track maps to other')
        per[tk] += e['total']
        need('院' not in e['exam'], 'graduate exam')
        for b in e['breakdown']:
            need('院' not in b['category'] and not re.search(r'[（(［\[＜<]', b['category']), f'category {b["category"]}')
            k = (tk, level(e['exam']), norm(b['category']))
            need(k not in keys, f'colliding category {k}')
            keys.add(k)
            ct = b.get('countText', str(b['count']))
            need(any(l.endswith('\t' + b['category'] + '\t' + ct) for l in lines), f'exam row not printed {b["category"]}')
            need(re.match(r'\d+', NFKC(ct)).group() == str(b['count']), f'count text {ct}')
    need(per['administrative'] == plan['admin']['count'] and per['technical'] == plan['tech']['count'], 'exam totals vs planned')
    need(ex['title'] in lines and '\t'.join(ex['header']) in lines, 'exam title / header')
    for i in f['initiatives']:
        need(not re.search(r'[■●◆（）()\[\]［］A-Za-z0-9０-９]', i['title']), f'initiative title marks {i["title"]}')
        for p in i['printed']:
            need(p in lines, f'initiative line not printed {p}')
        need(norm(i['title']) in flat, 'initiative title not drawn')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'support duration')
        need(not re.search(r'[■●（）()\[\]［］＜＞―]', s['name']), f'support name marks {s["name"]}')
        need(s['printed'] in lines and s['printed'].startswith('●' + s['name']) and s['duration'] in s['printed'],
             f'support item {s["name"]}')
    for c in f['contacts']:
        need(c['office'] in lines and c['office'].startswith(org), 'office')
        for t in c['tel']:
            need(re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t), f'phone {t}')
        for t in c['telText'] + c['emailText']:
            need(t in lines, f'contact line not printed {t}')
        for m in c['email']:
            need(any(t.endswith(m) for t in c['emailText']), f'e-mail {m}')
    acc = f['access']
    need(acc['address'] in lines, 'address')
    for r, t in zip(acc['routes'], acc['routesText']):
        need(r.replace('『', '').replace('』', '') == t and t in lines, f'route {t}')
        st = r.split('『')[1].split('』')[0]
        need(re.match(r'』(（[ぁ-ん]+）)?駅', r[r.index('』'):]) is not None, f'stop not before 駅 {st}')
        need(not re.search(r'[駅～・ 口分線]', st), f'stop {st}')
    need(f['training']['title'] in lines and all(p in lines for p in f['training']['paragraphs']), 'training')
    need(all(p in lines for p in f['lead']['text']), 'lead')
    for n in f['hiring']['note']:
        need(n in lines, 'hiring note')
    # the scorer's own view
    res = checks(f, stand_in(f), flat)
    need(all(ok for _, ok in res), f'stand-in not full marks: {[n for n, ok in res if not ok]}')
    empty = checks(f, {}, flat)
    need(not any(ok for _, ok in empty), 'empty document scores')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'check kinds {kinds}')
    return errs, len(res)


# ======================================================================================
# facts helpers
# ======================================================================================
def count(n, w, fw=False, planned=False):
    t = str(n)
    wt = None if w is None else str(w)
    cell = t if planned else f'{t}（{wt}）'
    if fw:
        z = str.maketrans('0123456789', '０１２３４５６７８９')
        t, cell = t.translate(z), cell.translate(z)
        wt = None if wt is None else wt.translate(z)
    return {'count': n, 'text': t, 'women': w, 'womenText': wt, 'cellText': cell}


def hiring_rows(data, fw=False, planned_label=None):
    rows = []
    for i, (y, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1
        lab = ERA(y)
        lt = planned_label(lab) if planned else lab
        if fw:
            lt = lt.translate(str.maketrans('0123456789', '０１２３４５６７８９'))
        rows.append({'fiscalYear': y, 'label': lab, 'planned': planned,
                     'total': count(a + t, None if planned else aw + tw, fw, planned),
                     'admin': count(a, None if planned else aw, fw, planned),
                     'tech': count(t, None if planned else tw, fw, planned),
                     'labelText': lt})
    return rows


def base_facts(org, edition, lead, tracks):
    return {'organization': org, 'document': f'{org} 職員採用案内 2026', 'edition': edition,
            'lead': {'title': '', 'text': lead}}


# ======================================================================================
# the three brochures
# ======================================================================================
def draw_common_p1(d, f, top, x0, wdt, hiring_kw, assign_cols, fw=False):
    """Hiring and assignment sections from the facts; returns y."""
    y = d.heading(x0, top, '採用実績', wdt)
    for s in f['hiring']['intro']:
        y = d.para(x0, y, [s])
    y += 2
    hdr = f['hiring']['header']
    rows = [hdr] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                    for r in f['hiring']['rows']]
    y = d.table(x0, y, [130, 100, 100, 100], rows, **hiring_kw) + 6
    for n in f['hiring']['note']:
        y = d.para(x0, y, [n], size=8)
    y += 10
    y = d.heading(x0, y, '配属実績', wdt)
    a = f['assignments']
    y = d.para(x0, y, [a['intro']]) + 2
    z = (lambda s: s.translate(str.maketrans('0123456789', '０１２３４５６７８９'))) if fw else (lambda s: s)
    arows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]] + \
            [[r['unit'], z(str(r['admin'])) if r['admin'] else '－', z(str(r['tech'])) if r['tech'] else '－'] for r in a['rows']]
    y = d.table(x0, y, assign_cols, arows, **hiring_kw)
    return y


def exam_rows(f, count_cells=None):
    rows = [f['exams']['header']]
    for e in f['exams']['entries']:
        for i, b in enumerate(e['breakdown']):
            cc = (count_cells or {}).get(b['category'], str(b['count']))
            rows.append([e['track'] if i == 0 else '', e['exam'] if i == 0 else '', b['category'], cc])
    return rows


def contacts_access(d, f, x, y, wdt):
    y = d.heading(x, y, 'お問い合わせ', wdt)
    for c in f['contacts']:
        y = d.para(x, y, [c['office']] + c['telText'] + c['emailText'])
    y += 8
    y = d.heading(x, y, 'アクセス', wdt)
    acc = f['access']
    y = d.para(x, y, [acc['address']] + acc['routesText'])
    return y


def folio(d, n):
    d.text(W / 2 - 10, 812, f'- {n} -', size=8, color=GREY, furniture=True)


# ---------------------------------------------------------------------------------------
def saitama():
    org = '埼玉大学'
    d = Doc('saitama-u-2026', Color(0.05, 0.35, 0.55), 8401)
    f = base_facts(org, {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月', 'printed': '令和8年4月現在'},
                   ['教育と研究を支える事務・技術のプロとして、さいたまの地で一緒に働きませんか。'], None)
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
                   'header': ['年度', '事務系', '技術系', '計'], 'columns': ['label', 'admin', 'tech', 'total'],
                   'rows': hiring_rows([(2021, 3, 2, 1, 0), (2022, 4, 2, 1, 1), (2023, 3, 1, 2, 0),
                                        (2024, 5, 3, 1, 0), (2025, 4, 2, 2, 1), (2026, 3, None, 2, None)],
                                       planned_label=lambda l: l + '（予定）')}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系; － for none',
                        'rows': [{'unit': '財務部経理課', 'admin': 1, 'tech': None},
                                 {'unit': '学務部教務課', 'admin': 2, 'tech': None},
                                 {'unit': '研究推進室', 'admin': 1, 'tech': None},
                                 {'unit': '施設課', 'admin': None, 'tech': 2}]}
    exam = '国立大学法人等職員採用試験（関東甲信越地区）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': "ruled 区分 | 試験 | 試験区分 | 採用予定数; track and exam on a track's first row",
                  'header': ['区分', '試験', '試験区分', '採用予定数'],
                  'entries': [{'track': '事務系', 'exam': exam, 'text': '', 'breakdown': [{'category': '事務', 'count': 3}], 'total': 3},
                              {'track': '技術系', 'exam': exam, 'text': '',
                               'breakdown': [{'category': '電気', 'count': 1}, {'category': '建築', 'count': 1}], 'total': 2}],
                  'note': '※第一次試験合格者を対象に、本学で面接を行います。'}
    f['training'] = {'title': '研修', 'paragraphs': ['新規採用職員研修、階層別研修、関東甲信越地区の合同研修で力を伸ばします。']}
    f['initiatives'] = [
        {'title': '若手職員による業務改善プロジェクト', 'text': '', 'printed': ['■若手職員による', '業務改善プロジェクト'],
         'textLines': ['入職3年目までの職員が', '事務の見直しを提案します。'], 'titleLines': ['若手職員による', '業務改善プロジェクト']},
        {'title': '男性職員の育児休業取得促進', 'text': '', 'printed': ['■男性職員の育児休業', '取得促進'],
         'textLines': ['上司との面談で休業の', '計画づくりを支えます。'], 'titleLines': ['男性職員の育児休業', '取得促進']}]
    for i in f['initiatives']:
        i['text'] = ''.join(i['textLines'])
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '働きやすい職場へ'
    f['initiativeFormat'] = '■title wrapped onto two lines in a narrow left column (both lines 12 pt Gothic) / text lines 9 pt Mincho'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●name（duration） / indented text'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
         'text': '男女とも取得でき、分割しての取得もできます。', 'printed': '●育児休業（子が3歳に達するまで）'},
        {'name': '早出遅出勤務', 'duration': '始業を7時30分から10時まで', 'durationText': '始業を7時30分から10時まで',
         'text': '育児や介護のために勤務時間をずらせます。', 'printed': '●早出遅出勤務（始業を7時30分から10時まで）'}]
    f['contacts'] = [{'track': '採用担当', 'office': '埼玉大学 総務部人事課', 'tel': ['048-858-3005', '048-858-3006'],
                      'email': ['shokuin-bosyu@gr.saitama-u.ac.jp'], 'location': '',
                      'telText': ['TEL 048-858-3005・3006'], 'emailText': ['E-mail shokuin-bosyu@gr.saitama-u.ac.jp'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒338-8570 埼玉県さいたま市桜区下大久保255',
                   'routes': ['JR京浜東北線『北浦和』駅から国際興業バス「埼玉大学」行きで終点下車、約15分',
                              'JR埼京線『南与野』駅から国際興業バスで約10分'],
                   'routesSynthesised': False}
    f['access']['routesText'] = [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    f['keyFigures'] = []
    f['decoys'] = {'phone': 'one TEL line with an alternative last group: 048-858-3005・3006 = 048-858-3005 and 048-858-3006',
                   'initiatives': 'each initiative title wrapped onto two lines in a narrow column; the title is both lines joined',
                   'route': 'a bus to the organisation\'s own name and 終点下車 before the time: 「埼玉大学」行きで終点下車、約15分'}

    # page 1 ------------------------------------------------------------------------
    x0, wdt = 56, W - 112
    d.rect(0, 0, W, 14, fill=d.accent)
    d.line(x0, 40, org, font=GOTHIC, size=26)
    d.line(x0, 74, '職員採用案内 2026', font=GOTHIC, size=14)
    d.line(W - 56, 98, f['edition']['printed'], size=9, right=True)
    y = d.para(x0, 118, f['lead']['text'], size=10) + 14
    y = draw_common_p1(d, f, y, x0, wdt, {'ruled': True, 'header_tint': Color(0.86, 0.92, 0.97)}, [200, 100, 100])
    folio(d, 1)
    # page 2 ------------------------------------------------------------------------
    d.new_page()
    d.text(x0, 24, '埼玉大学 職員採用案内 2026', size=8, color=GREY, furniture=True)
    d.rule(x0, 36, W - 56, 36, color=GREY, lw=0.4)
    d.line(x0, 50, f['exams']['title'], font=GOTHIC, size=13)
    y = 72
    y = d.table(x0, y, [60, 230, 80, 80], exam_rows(f), ruled=True, header_tint=Color(0.86, 0.92, 0.97)) + 6
    y = d.para(x0, y, [f['exams']['note']], size=8) + 10
    y = d.heading(x0, y, f['training']['title'], wdt)
    y = d.para(x0, y, f['training']['paragraphs']) + 10
    # two columns: narrow initiatives (left) | support (right)
    lw_, gap = 150, 30
    xr = x0 + lw_ + gap
    yl = d.heading(x0, y, f['initiativesTitle'], lw_)
    for i in f['initiatives']:
        first = True
        for t in i['titleLines']:
            s = ('■' if first else '') + t
            d.line(x0 + (0 if first else 12), yl, s, font=GOTHIC, size=12)
            first = False
            yl += 16
        for t in i['textLines']:
            d.line(x0 + 12, yl, t, size=9)
            yl += 14
        yl += 8
    yr = d.heading(xr, y, f['supportTitle'], W - 56 - xr)
    for s in f['supportSystems']:
        d.line(xr, yr, s['printed'], font=GOTHIC, size=10)
        d.line(xr + 12, yr + 15, s['text'], size=9)
        yr += 36
    d.rule(x0 + lw_ + gap / 2, y, x0 + lw_ + gap / 2, max(yl, yr), color=GREY, lw=0.4)
    y = max(yl, yr) + 10
    contacts_access(d, f, x0, y, wdt)
    folio(d, 2)
    f['decoys']['layout'] = 'p1 one column; p2 running header (furniture), exam table, 研修, then two columns (narrow initiatives | support), then contacts and access full width'
    return d, f


# ---------------------------------------------------------------------------------------
def nifs():
    org = '核融合科学研究所'
    d = Doc('nifs-2026', Color(0.45, 0.2, 0.55), 8402)
    f = base_facts(org, {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月', 'printed': ['令和8年', '4月発行']},
                   ['プラズマと核融合の研究を、事務と技術の両面から支える仲間を募集しています。'], None)
    f['edition']['where'] = 'a framed date badge right-aligned under the title: 令和8年 over 4月発行 (two lines)'
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
                   'header': ['年度', '事務系', '技術系', '計'], 'columns': ['label', 'admin', 'tech', 'total'],
                   'rows': hiring_rows([(2021, 1, 1, 2, 0), (2022, 2, 1, 3, 1), (2023, 1, 0, 2, 1),
                                        (2024, 2, 1, 2, 0), (2025, 1, 1, 3, 1), (2026, 1, None, 3, None)],
                                       planned_label=lambda l: l + '（予定）')}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系; － for none',
                        'rows': [{'unit': '管理部総務企画課', 'admin': 1, 'tech': None},
                                 {'unit': '技術部装置技術課', 'admin': None, 'tech': 2},
                                 {'unit': '管理部施設安全課', 'admin': None, 'tech': 1}]}
    exam = '国立大学法人等職員採用試験（東海・北陸地区）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': "ruled 区分 | 試験 | 試験区分 | 採用予定数; track and exam on a track's first row; "
                            "電気's count cell has a smaller second line （うち1名は10月採用）",
                  'header': ['区分', '試験', '試験区分', '採用予定数'],
                  'entries': [{'track': '事務系', 'exam': exam, 'text': '', 'breakdown': [{'category': '事務', 'count': 1}], 'total': 1},
                              {'track': '技術系', 'exam': exam, 'text': '',
                               'breakdown': [{'category': '電気', 'count': 2, 'countText': '2（うち1名は10月採用）',
                                              'countNote': 'うち1名は10月採用'},
                                             {'category': '機械', 'count': 1}], 'total': 3}],
                  'note': '※10月採用は、年度途中の10月1日付の採用です。'}
    f['training'] = {'title': '研修', 'paragraphs': ['自然科学研究機構の合同研修と、', '大型装置の現場でのOJTがあります。']}
    f['initiatives'] = [
        {'title': '研究現場の見学会', 'text': '大型ヘリカル装置の見学で研究を知ります。',
         'printed': ['■研究現場の見学会', '大型ヘリカル装置の見学で研究を知ります。']},
        {'title': '時差出勤', 'text': '始業時刻を30分単位で選べます。', 'printed': ['■時差出勤', '始業時刻を30分単位で選べます。']}]
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■title / indented text'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●name（duration） / indented text'
    f['supportSystems'] = [
        {'name': '介護休暇', 'duration': '通算6か月', 'durationText': '通算6か月', 'text': '3回まで分けて取得できます。',
         'printed': '●介護休暇（通算6か月）'},
        {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': '子が2人以上なら年10日です。',
         'printed': '●子の看護休暇（年5日）'}]
    f['contacts'] = [{'track': '採用担当', 'office': '核融合科学研究所 管理部総務企画課', 'tel': ['0572-58-2010'],
                      'email': ['nifs-jinji@nifs.ac.jp'], 'location': '',
                      'telText': ['TEL 0572-58-2010'], 'emailText': ['E-mail nifs-jinji@nifs.ac.jp'], 'hoursText': ''}]
    f['access'] = {'address': '〒509-5292 岐阜県土岐市下石町322-6',
                   'routes': ['JR中央本線『土岐市』駅から車で約15分', 'JR中央本線『多治見』駅から車で約25分'],
                   'routesSynthesised': False}
    f['access']['routesText'] = [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    f['keyFigures'] = []
    f['decoys'] = {'edition': 'the edition as a framed two-line date badge: 令和8年 / 4月発行',
                   'exam': 'a count cell with a smaller second line （うち1名は10月採用） carrying its own number'}

    x0, wdt = 44, W - 88
    d.rect(0, 0, W, 10, fill=d.accent)
    d.line(x0, 34, org, font=GOTHIC, size=24)
    d.line(x0, 66, '職員採用案内 2026', font=GOTHIC, size=14)
    # the date badge: two lines in a frame, right-aligned
    bw = 62
    d.rect(W - 44 - bw, 58, bw, 36, stroke=d.accent, lw=0.8)
    d.line(W - 44 - bw / 2 - width('令和8年', GOTHIC, 10) / 2, 63, '令和8年', font=GOTHIC, size=10)
    d.line(W - 44 - bw / 2 - width('4月発行', GOTHIC, 10) / 2, 78, '4月発行', font=GOTHIC, size=10)
    y = d.para(x0, 108, f['lead']['text'], size=10) + 14
    y = draw_common_p1(d, f, y, x0, wdt, {'ruled': True, 'header_tint': Color(0.93, 0.88, 0.95)}, [200, 100, 100])
    folio(d, 1)
    d.new_page()
    d.rect(0, 0, W, 10, fill=d.accent)
    y = d.heading(x0, 40, f['exams']['title'], wdt)
    rows = exam_rows(f, {'電気': [('2', 9, MINCHO, BLACK), ('（うち1名は10月採用）', 7, MINCHO, GREY)]})
    y = d.table(x0, y, [60, 220, 80, 110], rows, ruled=True, header_tint=Color(0.93, 0.88, 0.95)) + 6
    y = d.para(x0, y, [f['exams']['note']], size=8) + 12
    # two columns
    cw, gap = 240, 27
    xr = x0 + cw + gap
    yl = d.heading(x0, y, f['training']['title'], cw)
    yl = d.para(x0, yl, f['training']['paragraphs']) + 8
    yl = d.heading(x0, yl, f['initiativesTitle'], cw)
    for i in f['initiatives']:
        d.line(x0, yl, i['printed'][0], font=GOTHIC, size=10)
        d.line(x0 + 12, yl + 15, i['printed'][1], size=9)
        yl += 36
    yl = d.heading(x0, yl + 2, f['supportTitle'], cw)
    for s in f['supportSystems']:
        d.line(x0, yl, s['printed'], font=GOTHIC, size=10)
        d.line(x0 + 12, yl + 15, s['text'], size=9)
        yl += 36
    contacts_access(d, f, xr, y, W - 44 - xr)
    folio(d, 2)
    f['decoys']['layout'] = 'p1 one column, date badge right under the title; p2 full-width exam table, then two columns (研修, initiatives, support | contacts, access)'
    return d, f


# ---------------------------------------------------------------------------------------
def tokuyama():
    org = '徳山工業高等専門学校'
    d = Doc('tokuyama-kosen-2026', Color(0.1, 0.45, 0.3), 8403)
    f = base_facts(org, {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月', 'printed': '令和8年4月現在'},
                   ['学生のものづくりを支える学校で、事務職員・技術職員として働きませんか。'], None)
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'unruled 年度 | 事務系 | 技術系 | 計; full-width digits; cells Ｎ（Ｗ）',
                   'header': ['年度', '事務系', '技術系', '計'], 'columns': ['label', 'admin', 'tech', 'total'],
                   'rows': hiring_rows([(2021, 1, 0, 1, 1), (2022, 2, 1, 0, 0), (2023, 1, 1, 1, 0),
                                        (2024, 2, 1, 1, 0), (2025, 2, 2, 1, 0), (2026, 2, None, 1, None)],
                                       fw=True, planned_label=lambda l: l + '（予定）')}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'unruled 配属先 | 事務系 | 技術系; full-width; － for none',
                        'rows': [{'unit': '総務課', 'admin': 1, 'tech': None},
                                 {'unit': '学生課', 'admin': 1, 'tech': None},
                                 {'unit': '技術室', 'admin': None, 'tech': 1}]}
    exam = '国立大学法人等職員採用試験（中国・四国地区）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': "unruled 区分 | 試験 | 試験区分 | 採用予定数; track and exam on a track's first row",
                  'header': ['区分', '試験', '試験区分', '採用予定数'],
                  'entries': [{'track': '事務系', 'exam': exam, 'text': '', 'breakdown': [{'category': '事務', 'count': 2}], 'total': 2},
                              {'track': '技術系', 'exam': exam, 'text': '', 'breakdown': [{'category': '機械', 'count': 1}], 'total': 1}],
                  'note': '※技術系は技術室（実験・実習の支援）に配属します。'}
    f['training'] = {'title': '研修', 'paragraphs': ['高専機構の新任職員研修と、中国地区の高専合同研修があります。']}
    f['initiatives'] = [
        {'title': 'ノー残業デー', 'text': '毎週水曜日は定時退庁を呼びかけます。', 'printed': ['■ノー残業デー', '毎週水曜日は定時退庁を呼びかけます。']},
        {'title': 'メンター制度', 'text': '先輩職員が1年間相談にのります。', 'printed': ['■メンター制度', '先輩職員が1年間相談にのります。']}]
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '職場の取組'
    f['initiativeFormat'] = '■title / indented text'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●name＜duration＞ / indented text'
    f['supportSystems'] = [
        {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで',
         'text': '週20時間などの勤務形態を選べます。', 'printed': '●育児短時間勤務＜小学校就学前まで＞'},
        {'name': '配偶者出産休暇', 'duration': '2日', 'durationText': '2日', 'text': '出産の前後に取得できます。',
         'printed': '●配偶者出産休暇＜2日＞'}]
    f['contacts'] = [{'track': '採用担当', 'office': '徳山工業高等専門学校 総務課', 'tel': ['0834-29-6211'],
                      'email': ['saiyo-jimu@tokuyama.ac.jp'], 'location': '',
                      'telText': ['TEL 0834-29-6211'], 'emailText': ['E-mail saiyo-jimu@tokuyama.ac.jp'], 'hoursText': ''}]
    f['access'] = {'address': '〒745-8585 山口県周南市学園台',
                   'routes': ['JR山陽本線『徳山』駅から防長バスで約20分',
                              'JR山陽本線『櫛ケ浜』（くしがはま）駅から車で約10分'],
                   'routesSynthesised': False}
    f['access']['routesText'] = [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    f['access']['readings'] = {'櫛ケ浜': 'くしがはま'}
    f['keyFigures'] = []
    f['decoys'] = {'route': 'the stop name\'s reading in brackets between the name and 駅: 櫛ケ浜（くしがはま）駅',
                   'support': 'durations in full-width angle brackets ＜＞ after the name'}

    x0, wdt = 62, W - 124
    d.rect(0, 0, W, 16, fill=d.accent)
    d.line(x0, 42, org, font=GOTHIC, size=24)
    d.line(x0, 74, '職員採用案内 2026', font=GOTHIC, size=14)
    d.line(W - 62, 98, f['edition']['printed'], size=9, right=True)
    y = d.para(x0, 118, f['lead']['text'], size=10) + 14
    y = draw_common_p1(d, f, y, x0, wdt, {'ruled': False, 'header_tint': Color(0.88, 0.95, 0.9)}, [200, 100, 100], fw=True)
    folio(d, 1)
    d.new_page()
    d.rect(0, 0, W, 16, fill=d.accent)
    y = d.heading(x0, 40, f['exams']['title'], wdt)
    y = d.table(x0, y, [60, 230, 80, 80], exam_rows(f), ruled=False, header_tint=Color(0.88, 0.95, 0.9)) + 6
    y = d.para(x0, y, [f['exams']['note']], size=8) + 12
    y = d.heading(x0, y, f['training']['title'], wdt)
    y = d.para(x0, y, f['training']['paragraphs']) + 10
    y = d.heading(x0, y, f['initiativesTitle'], wdt)
    for i in f['initiatives']:
        d.line(x0, y, i['printed'][0], font=GOTHIC, size=10)
        d.line(x0 + 12, y + 15, i['printed'][1], size=9)
        y += 36
    y = d.heading(x0, y + 4, f['supportTitle'], wdt)
    for s in f['supportSystems']:
        d.line(x0, y, s['printed'], font=GOTHIC, size=10)
        d.line(x0 + 12, y + 15, s['text'], size=9)
        y += 36
    contacts_access(d, f, x0, y + 4, wdt)
    folio(d, 2)
    f['decoys']['layout'] = 'one column on both pages; unruled tables (accent rules at top and bottom, a grey rule under the header); full-width digits in the hiring and assignment tables'
    return d, f


BROCHURES = {'saitama-u-2026': saitama, 'nifs-2026': nifs, 'tokuyama-kosen-2026': tokuyama}
ORDER = ['organization', 'document', 'edition', 'lead', 'hiring', 'assignments', 'exams', 'training', 'initiatives',
         'initiativesIntro', 'initiativesTitle', 'initiativeFormat', 'supportTitle', 'supportFormat', 'supportSystems',
         'contacts', 'access', 'keyFigures', 'decoys']


def main(argv):
    names = [a for a in argv if not a.startswith('-')] or list(BROCHURES)
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for name in names:
        d, f = BROCHURES[name]()
        f = {k: f[k] for k in ORDER}
        pdf = d.render()
        exp = d.expected()
        errs = check_layout(d, pdf)
        ferrs, n = check_facts(f, exp)
        errs += ferrs
        if errs:
            print(f'{name}: REFUSED')
            for e in errs:
                print('  ' + e)
            sys.exit(1)
        total += n
        with open(os.path.join(OUT, name + '.pdf'), 'wb') as fh:
            fh.write(pdf)
        with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
            fh.write(exp)
        with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        print(f'{name}: {len(d.items)} items, {n} fact checks')
    print(f'total fact checks: {total}')


if __name__ == '__main__':
    main(sys.argv[1:])
