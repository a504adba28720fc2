#!/usr/bin/env python3
"""Blind holdout set 82: three national bodies' recruitment brochures (two A4 pages each).

  python3 Fixtures/generate_holdout82.py            # all three (deterministic)
  python3 Fixtures/generate_holdout82.py NAME       # one of hyogo-kyoiku-2026, idenken-2026, saiki-kasen-2026

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the facts, and the checks (see holdout82/README.md).
Every visual text piece is one text item = one BT..ET text object; the items of a page are drawn
after its graphics in a seeded shuffled order.
"""
import json, os, random, subprocess, sys, hashlib, collections, re, unicodedata
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout82')
W, H = A4
EDGE = 20
FONTS = {'G': ('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         'M': ('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
for _k, (_n, _p) in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
CMAP = {k: set(pdfmetrics.getFont(n).face.charToGlyph.keys()) for k, (n, _p) in FONTS.items()}


class Refused(Exception):
    pass


def need(ok, msg):
    if not ok:
        raise Refused(msg)


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, FONTS[font][0], size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, bottom):
        self.items = []      # dict(text, x, y (baseline, top-down), font, size, color, furniture, mode)
        self.graphics = []   # ('rect', x, y, w, h, fill) / ('line', x1, y1, x2, y2, width, color)
        self.lines = []      # expected lines: list of (list of item indices, joiner) or ('row', [[idx...] per cell])
        self.bottom = bottom

    def item(self, text, x, y, font='M', size=9.5, color=(0, 0, 0), furniture=False, mode=0):
        self.items.append(dict(text=text, x=x, y=y, font=font, size=size, color=color,
                               furniture=furniture, mode=mode))
        return len(self.items) - 1

    def line(self, *idx, join=''):
        self.lines.append(('line', list(idx), join))

    def row(self, cells):
        self.lines.append(('row', cells, ''))

    def expected(self):
        out = []
        for kind, idx, join in self.lines:
            if kind == 'line':
                out.append(join.join(self.items[i]['text'] for i in idx))
            else:
                out.append('\t'.join(''.join(self.items[i]['text'] for i in cell) for cell in idx))
        return out


class Flow:
    """A single-column flow with a cursor y (top-down)."""
    def __init__(self, page, left, right, y):
        self.p, self.left, self.right, self.y = page, left, right, y

    def text(self, s, font='M', size=9.5, indent=0, gap=4, color=(0, 0, 0), align='left', mode=0):
        self.y += size
        x = self.left + indent
        if align == 'right':
            x = self.right - sw(s, font, size)
        i = self.p.item(s, x, self.y, font, size, color, mode=mode)
        self.p.line(i)
        self.y += gap
        return i

    def heading(self, s, color):
        self.y += 8
        self.p.graphics.append(('rect', self.left, self.y, 4, 14, color))
        self.y += 11.5
        i = self.p.item(s, self.left + 9, self.y, 'G', 11.5, (0.1, 0.1, 0.1), mode=2)
        self.p.line(i)
        self.y += 7
        return i

    def table(self, widths, rows, size=9, pad=4, ruled=True, header_tint=None, align=None, lh=None):
        """rows: list of rows; each cell a list of (text, size) lines (or a str). Returns the TAB lines."""
        lh = lh or size + 3
        x0 = self.left
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        need(xs[-1] <= self.right + 0.01, 'table wider than the column')
        top = self.y
        texts = []
        for r, row in enumerate(rows):
            cells = [[(c, size)] if isinstance(c, str) else c for c in row]
            cells = [[t for t in c if t[0] != ''] for c in cells]
            nl = max(1, max(len(c) for c in cells))
            height = nl * lh + 2 * pad - (lh - size) + 2
            if r == 0 and header_tint:
                self.p.graphics.append(('rect', x0, self.y, xs[-1] - x0, height, header_tint))
            rowcells = []
            for ci, c in enumerate(cells):
                idx = []
                yy = self.y + pad + 1
                for (t, sz) in c:
                    yy += sz if not idx else lh - (size - sz)
                    w = sw(t, 'M', sz)
                    need(w <= widths[ci] - 2 * pad + 0.01, f'cell overflow: {t}')
                    a = (align or ['left'] * len(widths))[ci]
                    x = xs[ci] + pad if a == 'left' else (xs[ci + 1] - pad - w if a == 'right' else (xs[ci] + xs[ci + 1] - w) / 2)
                    idx.append(self.p.item(t, x, yy, 'M', sz))
                rowcells.append(idx)
            self.p.row(rowcells)
            texts.append('\t'.join(''.join(t for t, _ in c) for c in cells))
            if ruled:
                self.p.graphics.append(('line', x0, self.y, xs[-1], self.y, 0.6, (0.3, 0.3, 0.3)))
            self.y += height
        if ruled:
            self.p.graphics.append(('line', x0, self.y, xs[-1], self.y, 0.6, (0.3, 0.3, 0.3)))
            for x in xs:
                self.p.graphics.append(('line', x, top, x, self.y, 0.6, (0.3, 0.3, 0.3)))
        self.y += 4
        return texts


# ---------------------------------------------------------------- rendering
def render(pages, path, seed):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    rng = random.Random(seed)
    for pg in pages:
        for g in pg.graphics:
            if g[0] == 'rect':
                _, x, y, w, h, col = g
                c.setFillColorRGB(*col)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2, wd, col = g
                c.setStrokeColorRGB(*col)
                c.setLineWidth(wd)
                c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(pg.items)))
        rng.shuffle(order)
        for i in order:
            it = pg.items[i]
            t = c.beginText()
            t.setFont(FONTS[it['font']][0], it['size'])
            t.setFillColorRGB(*it['color'])
            t.setStrokeColorRGB(*it['color'])
            t.setTextRenderMode(it['mode'])
            t.setTextOrigin(it['x'], H - it['y'])
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- brochure builder
def era(fy):
    return f'令和{fy - 2018}年度'


def cnt(n, w, full=False):
    s = f'{n}' if w is None else f'{n}（{w}）'
    return s.translate(str.maketrans('0123456789', '０１２３４５６７８９')) if full else s


def build(spec):
    """spec -> (pages, facts)"""
    S = spec
    col = S['color']
    p1, p2 = Page(H - S['margin_bottom']), Page(H - S['margin_bottom'])
    L, R = S['margin_left'], W - S['margin_right']
    for pg in (p1, p2):
        pg.graphics.append(('rect', 0, 0, W, 14, col))
    if S.get('running'):
        for pg in (p1, p2):
            pg.item(S['running'], R - sw(S['running'], 'G', 7), 28, 'G', 7, (0.4, 0.4, 0.4), furniture=True)
    for n, pg in enumerate((p1, p2), 1):
        f = f'- {n} -'
        pg.item(f, (W - sw(f, 'M', 8)) / 2, H - 26, 'M', 8, (0.3, 0.3, 0.3), furniture=True)

    # ---------------- page 1
    f = Flow(p1, L, R, S['top'])
    f.y += S['mast_size']
    mast = p1.item(S['masthead'][0], L, f.y, 'G', S['mast_size'], col, mode=2)
    if len(S['masthead']) > 1:   # a smaller bracket on the same baseline
        x = L + sw(S['masthead'][0], 'G', S['mast_size']) + 2
        m2 = p1.item(S['masthead'][1], x, f.y, 'G', 12, (0.25, 0.25, 0.25))
        p1.line(mast, m2)
    else:
        p1.line(mast)
    f.y += 6
    f.text('職員採用案内 2026', 'G', 14, gap=4)
    ed = S['edition_parts']
    if len(ed) == 1:
        f.text(ed[0], 'M', 9, align='right', gap=6)
    f.text(S['lead'], 'M', 10, gap=4)

    f.heading('採用実績', col)
    f.text(S['hiring_intro'], 'M', 8.5, gap=3)
    hdr = ['年度', S['tracks'][0], S['tracks'][1], '計']
    rows = [hdr]
    for r in S['hiring']:
        fy, a, aw, t, tw = r['fy'], r['a'], r['aw'], r['t'], r['tw']
        planned = r.get('planned', False)
        lab = [(era(fy) + ('（予定）' if planned else ''), 9)]
        if S.get('western_label'):
            lab.append((f'（{fy}年度）', 7))
        rows.append([lab, cnt(a, aw), cnt(t, tw), cnt(a + t, None if planned else aw + tw)])
    hire_lines = f.table([150, 95, 95, 95], rows, size=9, header_tint=S['tint'],
                         align=['left', 'center', 'center', 'center'])
    for n in S['hiring_note']:
        f.text(n, 'M', 8, gap=2)

    f.heading('配属実績', col)
    f.text(S['assign_intro'], 'M', 8.5, gap=3)
    arows = [['配属先', S['tracks'][0], S['tracks'][1]]]
    for u, a, t in S['assign']:
        arows.append([u, cnt(a, None, S.get('full_assign')) if a else '－', cnt(t, None, S.get('full_assign')) if t else '－'])
    assign_lines = f.table([170, 90, 90], arows, size=9, header_tint=S['tint'],
                           align=['left', 'center', 'center'])
    need(f.y < p1.bottom, 'page 1 overflow')

    # ---------------- page 2
    g = Flow(p2, L, R, S['top'] + (10 if S.get('running') else 0))
    g.heading(S['exam_title'], col)
    erows = [['区分', '試験', '試験区分', '採用予定数']]
    for tr, cats in S['exams']:
        for k, (cat, n) in enumerate(cats):
            erows.append([tr if k == 0 else '', [(S['exam_name'][0], 8), (S['exam_name'][1], 8)] if k == 0 else '', cat, str(n)])
    exam_lines = g.table([60, 190, 90, 70], erows, size=9, header_tint=S['tint'],
                         align=['left', 'left', 'left', 'center'])
    g.text(S['exam_note'], 'M', 8, gap=2)

    g.heading('研修', col)
    g.text(S['training'], 'M', 9.5, gap=2)

    g.heading(S['init_title'], col)
    init_printed = []
    for title_line, text in S['initiatives']:
        g.text(title_line, 'G', 10, gap=2)
        g.text(text, 'M', 9, indent=12, gap=4)
        init_printed.append([title_line, text])

    g.heading('両立支援制度', col)
    for line, text in S['support']:
        g.text(line, 'M', 9.5, gap=2)
        g.text(text, 'M', 8.5, indent=12, gap=4)

    g.heading('お問い合わせ', col)
    g.text(S['office'], 'M', 9.5, gap=2)
    g.text(S['tel_line'], 'M', 9.5, gap=2)
    g.text(S['email_line'], 'M', 9.5, gap=2)

    g.heading('アクセス', col)
    g.text(S['address'], 'M', 9.5, gap=2)
    for r in S['routes_text']:
        g.text(r, 'M', 9.5, gap=2)
    if len(ed) > 1:
        g.y += 10
        g.text(ed[0], 'M', 8.5, align='right', gap=2)
    need(g.y < p2.bottom, 'page 2 overflow')
    return [p1, p2], dict(hire_lines=hire_lines, assign_lines=assign_lines, exam_lines=exam_lines)


# ---------------------------------------------------------------- facts
def facts_of(S):
    t0, t1 = S['tracks']
    rows = []
    for r in S['hiring']:
        planned = r.get('planned', False)
        fy = r['fy']

        def c(n, w):
            return dict(count=n, text=str(n), women=None if planned else w,
                        womenText=None if planned else str(w), cellText=cnt(n, None if planned else w))
        lab = era(fy) + ('（予定）' if planned else '') + (f'（{fy}年度）' if S.get('western_label') else '')
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=c(r['a'] + r['t'], None if planned else r['aw'] + r['tw']),
                         admin=c(r['a'], r['aw']), tech=c(r['t'], r['tw']), labelText=lab))
    exam_name = ''.join(S['exam_name'])
    entries = [dict(track=tr, exam=exam_name, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                    total=sum(n for _, n in cats)) for tr, cats in S['exams']]
    F = dict(
        organization=S['organization'],
        document=S['organization'] + ' 職員採用案内 2026',
        edition=dict(year=2026, asOf=S['asOf'], asOfText=S['asOfText'], printed=S['edition_parts'][0]),
        lead=dict(title='', text=[S['lead']]),
        hiring=dict(intro=[S['hiring_intro']], note=S['hiring_note'], tracks=dict(admin=t0, tech=t1),
                    textSynthesised=False, layout=S['hiring_layout'], header=['年度', t0, t1, '計'],
                    columns=['label', 'admin', 'tech', 'total'], rows=rows),
        assignments=dict(cohortFiscalYear=S['cohort'], intro=S['assign_intro'], tracks=dict(admin=t0, tech=t1),
                         layout='ruled 配属先 | ' + t0 + ' | ' + t1 + ('; full-width counts, － for none' if S.get('full_assign') else '; － for none'),
                         rows=[dict(unit=u, admin=a, tech=t) for u, a, t in S['assign']]),
        exams=dict(title=S['exam_title'], fiscalYear=2026, textSynthesised=False,
                   layout='ruled 区分 | 試験 | 試験区分 | 採用予定数; track and exam on a track\'s first row',
                   header=['区分', '試験', '試験区分', '採用予定数'], entries=entries, note=S['exam_note']),
        training=dict(title='研修', paragraphs=[S['training']]),
        initiatives=[dict(title=tt, text=tx, printed=[tl, tx]) for (tl, tx), tt in zip(S['initiatives'], S['init_titles'])],
        initiativesIntro='', initiativesTitle=S['init_title'], initiativeFormat=S['init_format'],
        supportTitle='両立支援制度', supportFormat=S['support_format'],
        supportSystems=[dict(name=n, duration=d, durationText=d, text=tx, printed=line)
                        for (line, tx), (n, d) in zip(S['support'], S['support_facts'])],
        contacts=[dict(track='採用担当', office=S['office'], tel=[S['tel']], email=[S['email']], location='',
                       telText=[S['tel_line']], emailText=[S['email_line']], hoursText='')],
        access=dict(address=S['address'], routes=S['routes'], routesSynthesised=False, routesText=S['routes_text']),
        keyFigures=[], decoys=S['decoys'])
    F.update(S.get('extra_facts', {}))
    return F


def standin(F):
    """A document in the tool's output shape built from the facts (for checks())."""
    tr = lambda r, k: dict(count=r[k]['count'], women=r[k]['women'])
    return dict(
        organization=F['organization'], edition=dict(asOf=F['edition']['asOf']),
        sections=dict(
            hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=tr(r, 'total'),
                                   administrative=tr(r, 'admin'), technical=tr(r, 'tech')) for r in F['hiring']['rows']]),
            assignments=dict(cohortFiscalYear=F['assignments']['cohortFiscalYear'],
                             rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                                   for r in F['assignments']['rows']]),
            examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'],
                                             count=b['count']) for e in F['exams']['entries'] for b in e['breakdown']]),
            contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email'])
                      for c in F['contacts']],
            access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in F['access']['routes']]),
            initiatives=[dict(title=i['title']) for i in F['initiatives']],
            supportSystems=[dict(name=s['name']) for s in F['supportSystems']]))


# ---------------------------------------------------------------- checks
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '大学共同利用機関法人', '一般社団法人', '公益財団法人')


def check_all(S, pages, F, tabs, pdf):
    exp = [pg.expected() for pg in pages]
    allexp = '\n'.join(l for p in exp for l in p)
    explines = [l for p in exp for l in p]
    drawn = ''.join(allexp.split())
    # ---- geometry and glyphs
    for pn, pg in enumerate(pages, 1):
        boxes = []
        for i, it in enumerate(pg.items):
            miss = [ch for ch in it['text'] if ch != ' ' and ord(ch) not in CMAP[it['font']]]
            need(not miss, f'p{pn}: glyph missing {miss} in {it["text"]}')
            w = sw(it['text'], it['font'], it['size'])
            b = (it['x'], it['y'] - 0.88 * it['size'], it['x'] + w, it['y'] + 0.12 * it['size'])
            need(b[0] >= EDGE and b[1] >= EDGE and b[2] <= W - EDGE and b[3] <= H - EDGE, f'p{pn}: edge margin {it["text"]}')
            if not it['furniture']:
                need(b[3] <= pg.bottom, f'p{pn}: past bottom {it["text"]}')
            for j, o in boxes:
                need(b[2] <= o[0] or o[2] <= b[0] or b[3] <= o[1] or o[3] <= b[1],
                     f'p{pn}: overlap {it["text"]} / {pg.items[j]["text"]}')
            boxes.append((i, b))
        used = collections.Counter()
        for kind, idx, _ in pg.lines:
            for i in (idx if kind == 'line' else [k for c in idx for k in c]):
                used[i] += 1
        for i, it in enumerate(pg.items):
            need(used[i] == (0 if it['furniture'] else 1), f'p{pn}: item in {used[i]} expected lines: {it["text"]}')
        for l in pg.expected():
            s = ''.join(l.split())
            need(s, f'p{pn}: empty expected line')
            need(s[0] not in '、。）」』ー', f'p{pn}: kinsoku start {l}')
            need(not re.fullmatch(r'-\d+-', s), f'p{pn}: folio in expected')
        # drawn vs expected as multisets
        dr = collections.Counter(''.join(''.join(it['text'].split()) for it in pg.items if not it['furniture']))
        ex = collections.Counter(''.join(''.join(pg.expected()).split()))
        need(dr == ex, f'p{pn}: drawn and expected characters differ')
        # pdftotext gives the drawn characters (furniture included)
        out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), pdf, '-'], capture_output=True, text=True).stdout
        got = collections.Counter(''.join(out.split()))
        want = collections.Counter(''.join(''.join(it['text'].split()) for it in pg.items))
        need(got == want, f'p{pn}: pdftotext differs: {(got - want) or (want - got)}')
    raw = open(pdf, 'rb').read()
    need(raw.count(b'BT') >= sum(len(p.items) for p in pages), 'fewer text objects than items')
    # ---- facts
    need(not F['organization'].startswith(LEGAL), 'legal-form prefix')
    need(F['organization'] in explines[0] and explines[0].startswith(F['organization']), 'organisation not the masthead')
    need(norm(F['document'].replace(F['organization'], '')) in drawn, 'document title not printed')
    ed = F['edition']
    m = re.search(r'令和(\d+)年(\d+)月', ed['printed'])
    need(m and f'{int(m.group(1)) + 2018}-{int(m.group(2)):02d}' == ed['asOf'], 'asOf differs from the printed edition')
    need(ed['printed'] in explines and ed['asOfText'] in ed['printed'], 'edition line not printed')
    h = F['hiring']['rows']
    need([r['fiscalYear'] for r in h] == list(range(h[0]['fiscalYear'], h[0]['fiscalYear'] + len(h))), 'years not consecutive')
    need([r['planned'] for r in h].count(True) == 1 and h[-1]['planned'], 'exactly one planned row, last')
    need(ed['year'] == h[-1]['fiscalYear'] == F['exams']['fiscalYear'], 'edition/planned/exam year')
    for r, line in zip(h, tabs['hire_lines'][1:]):
        need(r['label'] == era(r['fiscalYear']), 'era label')
        need(('（予定）' in r['labelText']) == r['planned'], 'planned marker')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            need(c['text'] == str(c['count']), 'count text')
            if r['planned']:
                need(c['women'] is None, 'planned women')
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], 'women range')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], 'total heads')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], 'total women')
        need(line == '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]),
             f'hiring row printed differently: {line}')
        need(line in explines, 'hiring row not in expected')
    need('\t'.join(F['hiring']['header']) in explines, 'hiring header')
    a = F['assignments']
    last_actual = [r for r in h if not r['planned']][-1]
    need(a['cohortFiscalYear'] == last_actual['fiscalYear'], 'cohort = last actual year')
    for y in re.findall(r'令和(\d+)年度', a['intro']):
        need(int(y) + 2018 == a['cohortFiscalYear'], 'intro names another year')
    need(sum(r['admin'] or 0 for r in a['rows']) == last_actual['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == last_actual['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units) and all((r['admin'] or 0) + (r['tech'] or 0) > 0 for r in a['rows']), 'units')
    for u, line in zip(a['rows'], tabs['assign_lines'][1:]):
        need(line.split('\t')[0] == u['unit'] and line in explines, 'assignment row')
        for k, cell in zip(('admin', 'tech'), line.split('\t')[1:]):
            need((u[k] or 0) == (int(unicodedata.normalize('NFKC', cell)) if cell != '－' else 0), 'assignment cell')
    hiring_tracks = set(F['hiring']['tracks'].values())
    keys = set()
    per_track = collections.Counter()
    for e in F['exams']['entries']:
        need(e['track'] in hiring_tracks and track(e['track']) in ('administrative', 'technical'), 'exam track')
        need('院' not in e['exam'] and e['total'] == sum(b['count'] for b in e['breakdown']), 'exam total / 院')
        per_track[track(e['track'])] += e['total']
        for b in e['breakdown']:
            need('院' not in b['category'] and not re.search(r'[【】（）()]', b['category']), 'category form')
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            need(k not in keys, 'colliding category')
            keys.add(k)
            need(any(l.endswith('\t' + b['category'] + '\t' + str(b['count'])) for l in explines), f'category row {b}')
    need(per_track['administrative'] == h[-1]['admin']['count'] and per_track['technical'] == h[-1]['tech']['count'],
         'exam totals = planned hires')
    need(F['exams']['title'] in explines and '\t'.join(F['exams']['header']) in explines, 'exam title/header')
    for i in F['initiatives']:
        need(i['printed'][0] in explines and i['printed'][1] in explines, 'initiative printed')
        need(i['title'] in i['printed'][0] and not re.search(r'[■●「」【】A-Za-z0-9０-９]', i['title']), 'initiative title')
    for s in F['supportSystems']:
        need(s['printed'] in explines and s['duration'] == s['durationText'], 'support printed')
        need(s['printed'].startswith('●' + s['name']) and s['duration'] in s['printed'], 'support name/duration')
        need(not re.search(r'[●■（）()―]', s['name']), 'mark in a support name')
    for c in F['contacts']:
        need(c['office'] in explines and c['office'].startswith(F['organization']), 'office')
        for t, tt in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t) and t in tt and tt in explines, 'phone')
        for m_, mt in zip(c['email'], c['emailText']):
            need(re.fullmatch(r'[a-z0-9.-]+@[a-z0-9.-]+', m_) and mt.endswith(m_) and mt in explines, 'e-mail')
    acc = F['access']
    need(acc['address'] in explines, 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        st = r.split('『')[1].split('』')[0]
        need(r.replace('『', '').replace('』', '') == rt and rt in explines, 'route printed')
        need(r.split('』')[1].startswith('駅') and not re.search(r'[駅～・ 口分線]', st), 'route stop')
    need(F['training']['paragraphs'][0] in explines and F['lead']['text'][0] in explines, 'training / lead')
    for n in F['hiring']['note'] + [F['exams']['note']]:
        need(n in explines, 'note')
    # per-shape checks
    for fn in S.get('shape_checks', []):
        fn(F, explines)
    # stand-in document scores full marks, empty document scores nothing
    res = checks(F, standin(F), drawn)
    need(all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'check kinds missing: {kinds}')
    empty = checks(F, {}, drawn)
    need(not any(ok for _, ok in empty), 'empty document scores')
    return len(res), collections.Counter(n.split(' ')[0] for n, _ in res)


# ---------------------------------------------------------------- the three brochures
def sc_hyogo(F, L):
    need('令和8年4月 初版発行' in L and '現在' not in F['edition']['printed'], 'shape 3: edition form')
    r = F['access']['routesText'][0]
    need(re.search(r'駅から神姫バス（[^）]+方面行き）で約\d+分$', r), 'shape 2: bus direction')
    need(all(re.match(r'取組\d　', i['printed'][0]) and i['printed'][0].endswith(i['title']) for i in F['initiatives']),
         'shape 6: 取組N prefix')


def sc_idenken(F, L):
    for r in F['hiring']['rows']:
        need(r['labelText'].endswith(f'（{r["fiscalYear"]}年度）'), 'shape 4: western second line')
    need(any('西暦' in n for n in F['hiring']['note']), 'shape 4: note explaining the second line')
    for s in F['supportSystems']:
        need(s['printed'] == f'●{s["name"]} ― {s["duration"]}' and '（' not in s['printed'], 'shape 5: dash support')


def sc_saiki(F, L):
    need(L[0] == F['organization'] + '（九州地方整備局）', 'shape 1: masthead with the parent after')
    need(F['contacts'][0]['emailText'][0].startswith('Eメール：'), 'shape 7: Eメール label')
    need(re.search(r'駅から自転車で約\d+分$', F['access']['routesText'][1]), 'shape 8: bicycle route')


SPECS = {
    'hyogo-kyoiku-2026': dict(
        seed=8201, color=(0.55, 0.12, 0.18), tint=(0.96, 0.9, 0.9),
        margin_left=56, margin_right=56, margin_bottom=48, top=34, mast_size=24,
        organization='兵庫教育大学', masthead=['兵庫教育大学'],
        edition_parts=['令和8年4月 初版発行'], asOf='2026-04', asOfText='令和8年4月',
        lead='教員を育てる大学の運営を、事務と技術の両面から支えてください。',
        tracks=('事務系', '技術系'),
        hiring_intro='採用者数の推移（単位：人）', hiring_note=['※（ ）内は女性の数で内数です。'],
        hiring_layout='ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
        hiring=[dict(fy=2021, a=4, aw=2, t=1, tw=0), dict(fy=2022, a=3, aw=2, t=1, tw=1),
                dict(fy=2023, a=5, aw=3, t=1, tw=0), dict(fy=2024, a=4, aw=1, t=2, tw=0),
                dict(fy=2025, a=3, aw=2, t=1, tw=0), dict(fy=2026, a=3, aw=None, t=1, tw=None, planned=True)],
        cohort=2025, assign_intro='令和7年度採用者の配属先（単位：人）', full_assign=True,
        assign=[('総務課', 1, None), ('教務課', 1, None), ('附属学校事務室', 1, None), ('施設課', None, 1)],
        exam_title='令和8年度の採用予定', exam_name=('国立大学法人等職員', '採用試験（近畿地区）'),
        exams=[('事務系', [('事務', 3)]), ('技術系', [('建築', 1)])],
        exam_note='※採用予定数は変更になる場合があります。',
        training='採用後の2年間は、新規採用職員研修と職場でのOJTで基礎を身につけます。',
        init_title='働き方改革の取組', init_format='取組N　title / indented text',
        initiatives=[('取組1　テレワーク', '週2日まで自宅で勤務できます。'),
                     ('取組2　フレックスタイム制', 'コアタイムは10時から15時です。')],
        init_titles=['テレワーク', 'フレックスタイム制'],
        support=[('●育児休業（子が3歳に達するまで）', '男性職員の取得も広がっています。'),
                 ('●介護休暇（通算6か月）', '3回まで分けて取得できます。')],
        support_facts=[('育児休業', '子が3歳に達するまで'), ('介護休暇', '通算6か月')],
        support_format='●name（duration） / indented text',
        office='兵庫教育大学 総務課人事チーム', tel='0795-44-2010', tel_line='TEL 0795-44-2010',
        email='kyoshoku-saiyo@hyogo-u.ac.jp', email_line='E-mail kyoshoku-saiyo@hyogo-u.ac.jp',
        address='〒673-1494 兵庫県加東市下久米942-1',
        routes=['JR加古川線『社町』駅から神姫バス（西脇方面行き）で約10分', 'JR加古川線『滝野』駅から車で約15分'],
        routes_text=['JR加古川線社町駅から神姫バス（西脇方面行き）で約10分', 'JR加古川線滝野駅から車で約15分'],
        decoys=dict(edition='the edition under the title, right-aligned: 令和8年4月 初版発行 (初版 between the date and 発行; no 現在)',
                    route='a bus route whose direction is in brackets after the operator: 神姫バス（西脇方面行き）; 西脇 is a place, not the stop',
                    initiatives='titles prefixed by a running label 取組1 / 取組2 and an ideographic space',
                    assignments='full-width counts, － for none'),
        shape_checks=[sc_hyogo]),
    'idenken-2026': dict(
        seed=8202, color=(0.1, 0.4, 0.3), tint=(0.9, 0.96, 0.93),
        margin_left=44, margin_right=64, margin_bottom=44, top=40, mast_size=22,
        running='国立遺伝学研究所 職員採用案内 2026',
        organization='国立遺伝学研究所', masthead=['国立遺伝学研究所'],
        edition_parts=['令和8年3月現在'], asOf='2026-03', asOfText='令和8年3月',
        lead='生命の仕組みを探る研究所で、研究を支える仕事をしませんか。',
        tracks=('事務系', '技術系'), western_label=True,
        hiring_intro='採用者数の推移（単位：人）',
        hiring_note=['※（ ）内は女性の数で内数です。', '※年度の下の小さな数字は西暦年度です。'],
        hiring_layout='ruled 年度 | 事務系 | 技術系 | 計; label cells 令和N年度 over a smaller （YYYY年度）; cells N（W）',
        hiring=[dict(fy=2021, a=2, aw=1, t=1, tw=1), dict(fy=2022, a=1, aw=1, t=2, tw=0),
                dict(fy=2023, a=2, aw=0, t=1, tw=0), dict(fy=2024, a=3, aw=2, t=1, tw=1),
                dict(fy=2025, a=2, aw=1, t=2, tw=1), dict(fy=2026, a=2, aw=None, t=2, tw=None, planned=True)],
        cohort=2025, assign_intro='令和7年度採用者の配属先（単位：人）',
        assign=[('総務課', 1, None), ('財務課', 1, None), ('技術課', None, 1), ('施設課', None, 1)],
        exam_title='令和8年度の採用予定', exam_name=('国立大学法人等職員', '採用試験（東海・北陸地区）'),
        exams=[('事務系', [('事務', 2)]), ('技術系', [('電気', 1), ('化学', 1)])],
        exam_note='※第一次試験の合格者から面接により採用します。',
        training='研究支援の専門性を高めるため、学外の研修にも参加できます。',
        init_title='働きやすい職場づくり', init_format='■title / indented text',
        initiatives=[('■早帰りデー', '毎週金曜日は定時退勤を呼びかけます。'),
                     ('■年次休暇の計画取得', '夏季に5日以上の取得を勧めています。')],
        init_titles=['早帰りデー', '年次休暇の計画取得'],
        support=[('●育児休業 ― 子が3歳に達するまで', '復帰前に職場との面談を行います。'),
                 ('●子の看護休暇 ― 年5日', '時間単位でも取得できます。')],
        support_facts=[('育児休業', '子が3歳に達するまで'), ('子の看護休暇', '年5日')],
        support_format='●name ― duration (spaced dash, no brackets) / indented text',
        office='国立遺伝学研究所 総務課人事係', tel='055-981-6707', tel_line='TEL 055-981-6707',
        email='idenken-saiyo@nig.ac.jp', email_line='E-mail idenken-saiyo@nig.ac.jp',
        address='〒411-8540 静岡県三島市谷田1111',
        routes=['JR東海道本線『三島』駅から東海バスで約15分', '伊豆箱根鉄道駿豆線『三島田町』駅から徒歩約25分'],
        routes_text=['JR東海道本線三島駅から東海バスで約15分', '伊豆箱根鉄道駿豆線三島田町駅から徒歩約25分'],
        decoys=dict(hiring='each year label cell has a smaller second line （YYYY年度）; the planned cell is 令和8年度（予定） over （2026年度）',
                    support='name and period separated by a spaced dash ―, no brackets',
                    furniture='running header 国立遺伝学研究所 職員採用案内 2026 on both pages (not in the expected text)'),
        shape_checks=[sc_idenken]),
    'saiki-kasen-2026': dict(
        seed=8203, color=(0.15, 0.3, 0.6), tint=(0.9, 0.93, 0.98),
        margin_left=64, margin_right=44, margin_bottom=52, top=36, mast_size=21,
        organization='佐伯河川国道事務所', masthead=['佐伯河川国道事務所', '（九州地方整備局）'],
        edition_parts=['令和8年4月現在'], asOf='2026-04', asOfText='令和8年4月',
        lead='番匠川と国道10号を守る現場で、地域の安全を支えます。',
        tracks=('事務系', '技術系'),
        hiring_intro='採用者数の推移（単位：人）', hiring_note=['※（ ）内は女性の数で内数です。'],
        hiring_layout='ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
        hiring=[dict(fy=2021, a=1, aw=1, t=3, tw=0), dict(fy=2022, a=2, aw=1, t=2, tw=1),
                dict(fy=2023, a=1, aw=0, t=4, tw=1), dict(fy=2024, a=2, aw=1, t=3, tw=1),
                dict(fy=2025, a=1, aw=1, t=4, tw=1), dict(fy=2026, a=1, aw=None, t=3, tw=None, planned=True)],
        cohort=2025, assign_intro='令和7年度採用者の配属先（単位：人）',
        assign=[('総務課', 1, None), ('工務第一課', None, 2), ('工務第二課', None, 1), ('道路管理課', None, 1)],
        exam_title='令和8年度の採用予定', exam_name=('国家公務員採用一般職', '試験（大卒程度試験）'),
        exams=[('事務系', [('行政', 1)]), ('技術系', [('土木', 2), ('機械', 1)])],
        exam_note='※官庁訪問を経て採用を決定します。',
        training='九州技術事務所での専門研修と、現場でのOJTで技術を身につけます。',
        init_title='働きやすい職場づくり', init_format='■title / indented text',
        initiatives=[('■現場見学会', '若手職員が工事現場で先輩の仕事を学びます。'),
                     ('■ノー残業デー', '毎週水曜日は定時に退庁します。')],
        init_titles=['現場見学会', 'ノー残業デー'],
        support=[('●配偶者出産休暇（2日）', '出産に伴う入院の日から取得できます。'),
                 ('●育児時間（1日2回各30分）', '子が1歳になるまで使えます。')],
        support_facts=[('配偶者出産休暇', '2日'), ('育児時間', '1日2回各30分')],
        support_format='●name（duration） / indented text',
        office='佐伯河川国道事務所 総務課', tel='0972-22-1880', tel_line='TEL 0972-22-1880',
        email='saiki-kasen@qsr.mlit.go.jp', email_line='Eメール：saiki-kasen@qsr.mlit.go.jp',
        address='〒876-0811 大分県佐伯市鶴谷町1-1-9',
        routes=['JR日豊本線『佐伯』駅から徒歩約15分', 'JR日豊本線『海崎』駅から自転車で約10分'],
        routes_text=['JR日豊本線佐伯駅から徒歩約15分', 'JR日豊本線海崎駅から自転車で約10分'],
        extra_facts=dict(masthead='佐伯河川国道事務所（九州地方整備局）', parent='九州地方整備局'),
        decoys=dict(masthead='the parent bureau in a smaller bracket after the name on the masthead baseline: 佐伯河川国道事務所（九州地方整備局）',
                    email='the e-mail line labelled Eメール： (full-width colon, no space)',
                    route='a route by bicycle: 海崎駅から自転車で約10分'),
        shape_checks=[sc_saiki]),
}


def make(name, outdir=OUT):
    S = SPECS[name]
    pages, tabs = build(S)
    F = facts_of(S)
    pdf = os.path.join(outdir, name + '.pdf')
    render(pages, pdf, S['seed'])
    a = open(pdf, 'rb').read()
    render(pages, pdf + '.tmp', S['seed'])
    b = open(pdf + '.tmp', 'rb').read()
    os.remove(pdf + '.tmp')
    need(a == b, 'non-deterministic render')
    n, kinds = check_all(S, pages, F, tabs, pdf)
    with open(os.path.join(outdir, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(F, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(os.path.join(outdir, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write('\n\f\n'.join('\n'.join(pg.expected()) for pg in pages) + '\n')
    print(f'{name}: {sum(len(p.items) for p in pages)} items, {n} fact checks {dict(kinds)}')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(SPECS)
    for nm in names:
        try:
            make(nm)
        except Refused as e:
            print(f'{nm}: REFUSED: {e}')
            sys.exit(1)
