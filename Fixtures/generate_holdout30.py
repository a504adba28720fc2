#!/usr/bin/env python3
"""Holdout set 30 (blind): three synthetic recruitment brochures (愛知県, 北九州市, 国際交流基金).

Self-contained: reportlab + the IPAex fonts (Gothic and Mincho) + pdftotext for the self-check.
Every visual line is its own text object at an absolute position; the text objects of a page are
drawn after the graphics in a seeded shuffled order.  The generator refuses to write a brochure
whose layout or numbers fail the checks listed in holdout30/README.md.

  python3 Fixtures/generate_holdout30.py              # all three
  python3 Fixtures/generate_holdout30.py aichi-2026   # one
  python3 Fixtures/generate_holdout30.py --selftest   # injected faults must be refused
"""
import collections, copy, importlib.util, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, HexColor, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout30')
REPO = os.path.dirname(HERE)

GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
W, H = 595.28, 841.89
EDGE = 14.0
NO_START = set('、。，．・：；？！ー）」』】〕”’ゃゅょっぁぃぅぇぉャュョッァィゥェォ々…%％,.)]:;')
NO_END = set('（「『【〔“‘([')
GREY = HexColor('#555555')


class Fault(Exception):
    pass


def sw(text, font, size, cs=0.0):
    return pdfmetrics.stringWidth(text, font, size) + cs * len(text)


# ---------------------------------------------------------------- page model (top-down y)
class Page:
    def __init__(self, doc):
        self.doc = doc
        self.items = []   # dict(text,x,y,font,size,color,cs,mode,furn,w)
        self.gfx = []     # callables(canvas)
        self.exp = []     # expected lines

    def put(self, text, x, y, font='M', size=9.0, color=black, align='l', cs=0.0, mode=0, furn=False,
            stroke=None):
        w = sw(text, font, size, cs)
        if align == 'r': x = x - w
        elif align == 'c': x = x - w / 2
        it = dict(text=text, x=x, y=y, font=font, size=size, color=color, cs=cs, mode=mode, furn=furn, w=w,
                  stroke=stroke)
        self.items.append(it)
        return it

    def line(self, *parts):
        """One expected line: parts joined by TAB."""
        self.exp.append('\t'.join(parts))

    def tl(self, text, x, y, **kw):
        it = self.put(text, x, y, **kw)
        if not kw.get('furn'): self.line(text)
        return it

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0):
        def f(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r: c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            else: c.rect(x, H - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx.append(f)

    def hline(self, x1, x2, y, color=black, lw=0.5, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, H - y, x2, H - y); c.restoreState()
        self.gfx.append(f)

    def vline(self, x, y1, y2, color=black, lw=0.5):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw); c.line(x, H - y1, x, H - y2); c.restoreState()
        self.gfx.append(f)

    def circle(self, x, y, r, fill):
        def f(c):
            c.saveState(); c.setFillColor(fill); c.circle(x, H - y, r, stroke=0, fill=1); c.restoreState()
        self.gfx.append(f)

    def dots(self, x1, x2, y, color=GREY):
        def f(c):
            c.saveState(); c.setFillColor(color)
            xx = x1
            while xx < x2:
                c.circle(xx, H - y, 0.55, stroke=0, fill=1); xx += 3.2
            c.restoreState()
        self.gfx.append(f)

    def para(self, text, x, y, w, font='M', size=9.0, lead=None, color=black):
        lead = lead or size * 1.6
        lines = wrap(text, w, font, size)
        for k, ln in enumerate(lines):
            if sw(ln, font, size) > w + 0.01: raise Fault(f'wrapped line too wide: {ln!r}')
            self.doc.wrapped.append((ln, lines[k + 1] if k + 1 < len(lines) else ''))
            self.tl(ln, x, y, font=font, size=size, color=color)
            y += lead
        return y

    def table(self, x, y, cols, rows, rh, font='M', size=8.5, pad=3.0, rules='grid', fills=None, head=1,
              headfill=None, headfont='G', rulecolor=black, stripe=None, aligns=None, lead=None):
        """rows: lists of len(cols); entries: str / dict(t=, cs=, rs=, al=, f=, sz=, col=, fill=) / '<' (covered
        by a colspan) / '^' (covered by a rowspan).  rh: number or list.  Returns the bottom y."""
        n = len(rows)
        rhs = rh if isinstance(rh, list) else [rh] * n
        ys = [y]
        for h_ in rhs: ys.append(ys[-1] + h_)
        xs = [x]
        for w_ in cols: xs.append(xs[-1] + w_)
        fills = fills or {}
        for i, row in enumerate(rows):
            assert len(row) == len(cols), (row, cols)
            parts = []
            for j, cell in enumerate(row):
                if cell == '<': continue
                if cell == '^': parts.append(''); continue
                d = cell if isinstance(cell, dict) else {'t': cell}
                cs_, rs_ = d.get('cs', 1), d.get('rs', 1)
                cx, cw = xs[j], xs[j + cs_] - xs[j]
                cy, ch = ys[i], ys[i + rs_] - ys[i]
                fill = d.get('fill', fills.get((i, j)))
                if fill is None and i < head and headfill is not None: fill = headfill
                if fill is None and stripe is not None and i >= head and (i - head) % 2 == 1: fill = stripe
                if fill is not None: self.rect(cx, cy, cw, ch, fill=fill)
                if rules == 'grid': self.rect(cx, cy, cw, ch, stroke=rulecolor, lw=0.5)
                lines = d['t'].split('\n') if d['t'] else []
                f = d.get('f', headfont if i < head else font)
                sz = d.get('sz', size)
                ld = lead or sz * 1.25
                al = d.get('al', (aligns[j] if aligns else ('l' if j == 0 else 'c')) if i >= head else 'c')
                tot = ld * (len(lines) - 1) + sz
                if tot > ch - 1: raise Fault(f'cell overflows (height): {d["t"]!r}')
                ty = cy + (ch - tot) / 2
                for ln in lines:
                    lw_ = sw(ln, f, sz)
                    if lw_ > cw - 2 * pad + 0.01: raise Fault(f'cell overflows (width): {ln!r} {lw_:.1f} > {cw - 2 * pad:.1f}')
                    tx = cx + pad if al == 'l' else (cx + cw - pad if al == 'r' else cx + cw / 2)
                    self.put(ln, tx, ty, font=f, size=sz, color=d.get('col', black), align=al)
                    ty += ld
                parts.append(''.join(lines))
            self.line(*parts)
        if rules == 'open':
            self.hline(x, xs[-1], ys[0], rulecolor, 1.0); self.hline(x, xs[-1], ys[head], rulecolor, 0.5)
            self.hline(x, xs[-1], ys[-1], rulecolor, 1.0)
        return ys[-1]


def wrap(text, width, font, size):
    toks = re.findall(r'[!-~]+|.', text)
    lines, cur = [], ''
    i = 0
    while i < len(toks):
        t = toks[i]
        if cur and sw(cur + t, font, size) > width:
            # kinsoku: the next line may not start with a NO_START char; this line may not end with NO_END
            while t[0] in NO_START or cur[-1] in NO_END:
                m = re.search(r'([!-~]+|.)$', cur)
                back = m.group(1)
                cur = cur[:-len(back)]
                i -= 1
                t = toks[i]
                assert cur
            lines.append(cur.rstrip()); cur = t.lstrip() if t != ' ' else ''
        else:
            cur += t
        i += 1
    if cur: lines.append(cur)
    return lines


# ---------------------------------------------------------------- checks
def glyph_ok(font, ch):
    face = pdfmetrics.getFont(font).face
    return ord(ch) in face.charToGlyph


def ms(s):
    return collections.Counter(ch for ch in s if not ch.isspace())


def check_page(pg, n):
    its = pg.items
    for it in its:
        if it['x'] < EDGE or it['x'] + it['w'] > W - EDGE or it['y'] < EDGE or it['y'] + it['size'] > H - EDGE:
            raise Fault(f'p{n}: text leaves the page or enters the edge margin: {it["text"]!r}')
        for ch in it['text']:
            if ch != ' ' and not glyph_ok(it['font'], ch):
                raise Fault(f'p{n}: glyph {ch!r} not in font {it["font"]}')
    for a in range(len(its)):
        A = its[a]
        for b in range(a + 1, len(its)):
            B = its[b]
            if A['x'] < B['x'] + B['w'] - 0.3 and B['x'] < A['x'] + A['w'] - 0.3 and \
               A['y'] < B['y'] + B['size'] - 0.3 and B['y'] < A['y'] + A['size'] - 0.3:
                raise Fault(f'p{n}: overlap {A["text"]!r} / {B["text"]!r}')
    drawn = ms(''.join(it['text'] for it in its if not it['furn']))
    exp = ms(''.join(pg.exp))
    if drawn != exp:
        raise Fault(f'p{n}: drawn != expected: +{dict(drawn - exp)} -{dict(exp - drawn)}')


class Doc:
    def __init__(self, name, seed):
        self.name, self.seed = name, seed
        self.pages = []
        self.wrapped = []  # (line, next) pairs of wrapped paragraph lines for the kinsoku check

    def page(self):
        p = Page(self); self.pages.append(p); return p

    def render(self, path):
        c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
        c.setTitle(self.name); c.setAuthor('BrochureKit holdout30'); c.setSubject('synthetic fixture')
        rnd = random.Random(self.seed)
        for pg in self.pages:
            for g in pg.gfx: g(c)
            order = list(pg.items)
            rnd.shuffle(order)
            for it in order:
                c.saveState()
                t = c.beginText()
                t.setFont(it['font'], it['size'])
                t.setTextOrigin(it['x'], H - it['y'] - 0.88 * it['size'])
                if it['cs']: t.setCharSpace(it['cs'])
                if it['mode']: t.setTextRenderMode(it['mode'])
                c.setFillColor(it['color'])
                if it['stroke'] is not None: c.setStrokeColor(it['stroke']); c.setLineWidth(0.6)
                t.textOut(it['text'])
                c.drawText(t)
                c.restoreState()
            c.showPage()
        c.save()

    def expected(self):
        return '\n\f\n'.join('\n'.join(p.exp) for p in self.pages) + '\n'


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def check_kinsoku(doc):
    for a, b in doc.wrapped:
        if b and b[0] in NO_START: raise Fault(f'kinsoku: line starts with {b[0]!r}: {b!r}')
        if a and a[-1] in NO_END: raise Fault(f'kinsoku: line ends with {a[-1]!r}: {a!r}')


def check_facts(facts, doc):
    text = doc.expected()
    drawn = norm(text)

    def printed(s, what):
        if s and norm(s) not in drawn: raise Fault(f'fact not printed ({what}): {s!r}')
    printed(facts['organization'], 'organization'); printed(facts['document'], 'document')
    printed(facts['edition']['asOfText'], 'edition')
    h = facts['hiring']
    for s in h['intro'] + h['note']: printed(s, 'hiring intro/note')
    for s in h['tracks'].values(): printed(s, 'track')
    rows = h['rows']
    for r in rows:
        printed(r['label'], 'label')
        for k in ('total', 'admin', 'tech'):
            printed(r[k]['text'], 'count')
            v = r[k]
            if v['women'] is not None and v['women'] > v['count']: raise Fault('women > heads')
        for k in ('count', 'women'):
            if r['planned'] and r['total']['women'] is None: continue
            if r['total'][k] != r['admin'][k] + r['tech'][k]: raise Fault(f'total != admin + tech ({k}) {r["fiscalYear"]}')
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']: raise Fault('exactly one planned row, the last')
    if any(planned[0][k]['women'] is not None for k in ('total', 'admin', 'tech')): raise Fault('planned women')
    actual = [r['fiscalYear'] for r in rows if not r['planned']]
    if len(actual) < 5 or actual != list(range(actual[0], actual[0] + len(actual))): raise Fault('years')
    py = planned[0]['fiscalYear']
    if not (py == facts['edition']['year'] == facts['exams']['fiscalYear'] == actual[-1] + 1): raise Fault('planned year')
    e = facts['exams']
    printed(e['title'], 'exam title')
    keys = set()
    per = collections.Counter()
    for en in e['entries']:
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam name')
        if sum(b['count'] for b in en['breakdown']) != en['total']: raise Fault('exam entry total')
        for b in en['breakdown']:
            printed(b['category'], 'exam category')
            k = (score.track(en['track']), score.level(en['exam']), norm(b['category']))
            if k in keys: raise Fault(f'exam key collision {k}')
            keys.add(k)
            per[score.track(en['track'])] += b['count']
    if per['administrative'] != planned[0]['admin']['count'] or per['technical'] != planned[0]['tech']['count']:
        raise Fault(f'exam categories != planned hires {dict(per)}')
    if per['other']: raise Fault('exam track maps to other')
    a = facts['assignments']
    printed(a['intro'], 'assignment intro')
    last = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): raise Fault('duplicate unit')
    for u in units: printed(u, 'unit')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        raise Fault(f'assignment sums {sa}/{st} != cohort {last["admin"]["count"]}/{last["tech"]["count"]}')
    if a['cohortFiscalYear'] != actual[-1]: raise Fault('cohort is not the last actual year')
    for c in facts['contacts']:
        printed(c['track'], 'contact subject'); printed(c['office'], 'office')
        for t in c['tel']: printed(c.get('telText', {}).get(t, t), 'phone')
        for m in c['email']: printed(c.get('emailText', {}).get(m, m), 'email')
    printed(facts['access']['address'], 'address')
    for r in facts['access']['routes']: printed(r.replace('『', '').replace('』', ''), 'route')
    printed(facts['initiativesIntro'], 'initiatives intro')
    for i in facts['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(facts['supportTitle'], 'support title')
    for s in facts['supportSystems']:
        printed(s['name'], 'support'); printed(s['duration'], 'duration'); printed(s['text'], 'support text')
    printed(facts['training']['title'], 'training title')
    for s in facts['training']['paragraphs']: printed(s, 'training')
    # a stand-in extract document built from the facts must score full marks with checks()
    standin = standin_doc(facts)
    res = score.checks(facts, standin, drawn)
    bad = [n for n, ok in res if not ok]
    if bad: raise Fault(f'stand-in misses {bad}')
    need = len(facts['initiatives']) + len(facts['supportSystems'])
    got = sum(1 for n, _ in res if n.startswith('initiative ') or n.startswith('support '))
    if got != need: raise Fault('an initiative / support check is unreachable')
    return len(res)


def standin_doc(f):
    def cell(v): return {'count': v['count'], 'women': v['women']}
    rows = [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cell(r['total']),
             'administrative': cell(r['admin']), 'technical': cell(r['tech'])} for r in f['hiring']['rows']]
    ents = [{'track': score.track(e['track']), 'level': score.level(e['exam']), 'category': b['category'], 'count': b['count']}
            for e in f['exams']['entries'] for b in e['breakdown']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': rows},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': ents},
        'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0].split('(')[0]) if ch.isdigit())} for t in c['tel']],
                      'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)


def pdf_checks(doc, path):
    data = open(path, 'rb').read()
    nbt = len(re.findall(rb'(?m)^BT ', data)) + len(re.findall(rb' BT /F1 12 Tf 14.4 TL ET', data))
    nitems = sum(len(p.items) for p in doc.pages)
    if nbt != nitems + len(doc.pages):  # reportlab's empty per-page preamble BT … ET
        raise Fault(f'BT count {nbt} != items {nitems} + {len(doc.pages)} preambles')
    for n, pg in enumerate(doc.pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = ms(out); want = ms(''.join(it['text'] for it in pg.items))
        if got != want: raise Fault(f'p{n}: pdftotext != drawn: +{dict(got - want)} -{dict(want - got)}')


# ---------------------------------------------------------------- helpers shared by the brochures
def hrow(label, year, adm, tech, planned=False, labelText=None, texts=None):
    (ac, aw), (tc, tw) = adm, tech
    texts = texts or {}
    tot = (ac + tc, None if planned else aw + tw)
    return {'fiscalYear': year, 'label': label, 'labelText': labelText or label, 'planned': planned,
            'total': {'count': tot[0], 'women': tot[1], 'text': texts.get('total', str(tot[0]))},
            'admin': {'count': ac, 'women': None if planned else aw, 'text': texts.get('admin', str(ac))},
            'tech': {'count': tc, 'women': None if planned else tw, 'text': texts.get('tech', str(tc))}}


def dash(v):
    return '－' if v is None else str(v)


def heading_en(p, ja, en, x, y, color, font='G'):
    """A heading with its English subtitle in small capitals on the line below."""
    p.rect(x, y + 1, 4, 28, fill=color)
    p.tl(ja, x + 9, y, font=font, size=13)
    # small caps: initial letters 7.5 pt, the rest 6 pt, each word one text object on the same baseline
    xx = x + 9
    words = []
    for wd in en.split(' '):
        a = p.put(wd[0], xx, y + 17.3, font='G', size=7.5, color=color, cs=0.8)
        b = p.put(wd[1:], xx + a['w'], y + 18.5, font='G', size=6, color=color, cs=0.8)
        xx += a['w'] + b['w'] + 4
        words.append(wd)
    p.line(' '.join(words))
    return y + 32


# ================================================================ 愛知県
AI_BLUE = HexColor('#1d4f91'); AI_PALE = HexColor('#e6eef8'); AI_PLAN = HexColor('#fde9c8'); AI_ORANGE = HexColor('#d9822b')


def aichi():
    name = 'aichi-2026'
    years = [(2021, 'R3', (112, 58), (64, 15)), (2022, 'R4', (118, 61), (70, 18)), (2023, 'R5', (105, 55), (66, 17)),
             (2024, 'R6', (121, 66), (73, 21)), (2025, 'R7', (126, 69), (71, 20))]
    plan = (2026, 'R8予定', 130, 75)
    rows = [hrow(str(y), y, a, t, labelText=f'{y}（{era}）', texts={'admin': f'{a[0]}', 'tech': f'{t[0]}'}) for y, era, a, t in years]
    rows.append(hrow('2026', 2026, (130, 0), (75, 0), planned=True, labelText='2026（R8予定）'))
    exams = [('事務系', '大学卒業程度', [('行政', 108), ('警察行政', 14), ('教育行政', 8)]),
             ('技術系', '大学卒業程度', [('土木', 28), ('建築', 10), ('電気', 8), ('機械', 7), ('農学', 10), ('林学', 5), ('化学', 7)])]
    units = [('総務局', 10, 2), ('政策企画局', 6, 1), ('県民文化局', 8, None), ('福祉局', 14, None), ('保健医療局', 11, 4),
             ('経済産業局', 12, 3), ('環境局', 6, 6), ('農業水産局', 9, 9), ('農林基盤局', None, 12), ('建設局', 10, 22),
             ('都市・交通局', 5, 12), ('教育委員会', 20, None), ('警察本部', 15, None)]
    contacts = [dict(track='採用試験について', office='人事委員会事務局 職員課', location='',
                     tel=['052-961-2111', '052-954-6891'], email=['jinji-iinkai@pref.aichi.lg.jp']),
                dict(track='職場・配属について', office='総務局 人事局 人事課', location='',
                     tel=['052-961-2111', '052-954-6042'], email=['jinji@pref.aichi.lg.jp'])]
    for c in contacts: c['emailText'] = {m: m.replace('@', '＠') for m in c['email']}
    access_addr = '〒460-8501 愛知県名古屋市中区三の丸三丁目1番2号 愛知県庁本庁舎'
    routes = [('徒歩', '地下鉄名城線 『市役所』駅', '2番出口', '約3分'),
              ('徒歩', '名鉄瀬戸線 『東大手』駅', '南出口', '約8分'),
              ('バス', 'JR 『名古屋』駅 バスターミナル', '－', '約15分'),
              ('車', '名古屋高速都心環状線 丸の内出口', '－', '約5分')]
    inits = [('在宅勤務・サテライトオフィス', '全職員が在宅勤務を利用でき、県内3か所にサテライトオフィスを設けています。'),
             ('時差出勤とフレックスタイム', '始業時刻を7時30分から10時までの間で選べます。'),
             ('女性職員の活躍推進', '管理職を目指す女性職員向けのメンター制度を令和5年度に始めました。')]
    supports = [('育児休業', '子が3歳に達するまで', '最大3年', '男女とも取得でき、期間中の昇給にも配慮しています。'),
                ('部分休業', '子が小学校に就学するまで', '1日2時間', '勤務時間の始めか終わりに、30分単位で取得できます。'),
                ('子の看護等休暇', '1年につき5日', '年5日', '子が2人以上の場合は10日まで取得できます。'),
                ('介護休暇', '通算して6か月まで', '最大6か月', '3回まで分けて取得できます。'),
                ('年次休暇', '1年につき20日', '年20日', '使わなかった日数は20日を限度に翌年へ繰り越せます。')]
    training = ['採用後の1年間は、新規採用職員研修と職場での指導（OJT）を組み合わせ、県行政の全体像と仕事の進め方を学びます。',
                '2年目以降は、職層ごとの階層別研修に加え、政策形成や語学などの選択研修、国や民間企業への派遣研修があり、自ら学ぶ職員を後押しします。']
    lead = '愛知県は、ものづくり産業の集積と豊かな自然を生かし、「日本一元気な愛知」を目指しています。県民の暮らしを支える仕事に、あなたの力を発揮してください。'

    doc = Doc(name, 3001)
    M0 = 36; CW = W - 2 * M0
    # ---------------- p1
    p = doc.page()
    p.rect(0, 0, W, 66, fill=AI_BLUE)
    p.put('愛知県', M0, 18, font='M', size=28, color=white)
    p.put('職員採用案内', M0 + sw('愛知県', 'M', 28) + 8, 30, font='G', size=15, color=white)
    p.line('愛知県職員採用案内')
    p.tl('令和8年3月', W - M0, 16, font='G', size=10, color=white, align='r')
    p.tl('愛知県人事委員会事務局', W - M0, 32, font='G', size=9, color=white, align='r')
    y = p.para(lead, M0, 80, CW, font='M', size=9.5)
    y = heading_en(p, '採用実績', 'RECRUITMENT DATA', M0, y + 6, AI_BLUE)
    intro = '大学卒業程度試験による採用者数（人）'
    p.tl(intro, M0, y, font='G', size=9)
    y += 15
    head1 = [{'t': '区分', 'rs': 2}] + [str(yy) for yy, *_ in years] + ['2026']
    head2 = ['^'] + [era for _, era, *_ in years] + [{'t': 'R8予定', 'col': AI_ORANGE}]
    r_ad = ['事務系'] + [f'{a[0]}／{a[1]}' for _, _, a, _ in years] + [str(plan[2])]
    r_te = ['技術系'] + [f'{t[0]}／{t[1]}' for _, _, _, t in years] + [str(plan[3])]
    r_to = ['計'] + [f'{a[0] + t[0]}／{a[1] + t[1]}' for _, _, a, t in years] + [str(plan[2] + plan[3])]
    r_pc = ['女性比率'] + [f'{100 * (a[1] + t[1]) / (a[0] + t[0]):.1f}%' for _, _, a, t in years] + ['－']
    for r in rows[:-1]:
        r['total']['text'] = str(r['total']['count']); r['admin']['text'] = f"{r['admin']['count']}／{r['admin']['women']}"
        r['tech']['text'] = f"{r['tech']['count']}／{r['tech']['women']}"; r['total']['text'] = f"{r['total']['count']}／{r['total']['women']}"
    fills = {}
    for i in range(6): fills[(i, 6)] = AI_PLAN
    for j in range(7): fills[(5, j)] = HexColor('#f2f2f2')
    cols = [73] + [75] * 6
    y = p.table(M0, y, cols, [head1, head2, r_ad, r_te, r_to, r_pc], [15, 13, 19, 19, 19, 16], size=9.5, head=2,
                headfill=AI_PALE, fills=fills, rulecolor=HexColor('#7a8aa6'))
    note = '※「112／58」は「採用者数／うち女性」を表します。2026年度（R8予定）は採用予定数で、女性の内訳はありません。'
    y = p.para(note, M0, y + 5, CW, font='M', size=8) + 8
    # two columns below
    L, R = M0, M0 + CW / 2 + 8
    cw2 = CW / 2 - 8
    yl = heading_en(p, '試験区分別の採用予定数', 'PLANNED HIRES', L, y, AI_BLUE)
    etitle = '令和8年度 大学卒業程度試験'
    p.tl(etitle, L, yl, font='G', size=9); yl += 14
    trs = [['系統', '試験区分', '採用予定数']]
    for tr, ex, cats in exams:
        for k, (ct, n) in enumerate(cats):
            trs.append([{'t': tr, 'rs': len(cats)} if k == 0 else '^', ct, f'{n}名'])
    yl = p.table(L, yl, [60, 110, 80], trs, 16, size=9, headfill=AI_PALE, rulecolor=HexColor('#7a8aa6'),
                 aligns=['c', 'l', 'r'])
    yr = heading_en(p, '配属先', 'FIRST ASSIGNMENT', R, y, AI_BLUE)
    aintro = '令和7年度採用者の配属先（人）'
    p.tl(aintro, R, yr, font='G', size=9); yr += 14
    ars = [['配属先', '事務系', '技術系']] + [[u, dash(a), dash(t)] for u, a, t in units]
    yr = p.table(R, yr, [120, 65, 65], ars, 15.5, size=9, rules='open', stripe=HexColor('#f1f4f9'), headfill=AI_PALE,
                 rulecolor=AI_BLUE, aligns=['l', 'c', 'c'])
    # decoy: the exam schedule (no fact)
    y = max(yl, yr) + 14
    y = heading_en(p, '試験日程', 'SCHEDULE', M0, y, AI_BLUE)
    sch = [['試験区分', '受付期間', '第1次試験', '第2次試験', '最終合格発表'],
           ['大学卒業程度（事務系）', '4月1日～4月20日', '5月10日（日）', '6月中旬', '7月下旬'],
           ['大学卒業程度（技術系）', '4月1日～4月20日', '5月10日（日）', '6月下旬', '7月下旬'],
           ['社会人経験者', '7月1日～7月22日', '8月23日（日）', '10月上旬', '11月中旬']]
    y = p.table(M0, y, [140, 110, 95, 85, 93], sch, 16, size=9, headfill=AI_PALE, rulecolor=HexColor('#7a8aa6'),
                aligns=['l', 'c', 'c', 'c', 'c'])
    p.tl('※日程は予定です。詳しくは受験案内（3月下旬公表）をご覧ください。', M0, y + 4, font='M', size=8, color=GREY)
    p.put('1', W / 2, H - 30, font='G', size=8, color=GREY, align='c', furn=True)
    # ---------------- p2
    p = doc.page()
    p.put('愛知県職員採用案内 2026', W - M0, 22, font='G', size=7.5, color=GREY, align='r', furn=True)
    p.hline(M0, W - M0, 34, AI_BLUE, 1.2)
    yl = heading_en(p, '職場の取組', 'WORK STYLE', L, 46, AI_BLUE)
    iintro = '職員が能力を十分に発揮できるよう、柔軟な働き方を広げています。'
    yl = p.para(iintro, L, yl, cw2, size=9) + 4
    for t, tx in inits:
        p.rect(L, yl + 2, 6, 6, fill=AI_ORANGE)
        p.tl(t, L + 10, yl, font='G', size=10); yl += 15
        yl = p.para(tx, L + 10, yl, cw2 - 10, size=9) + 5
    yl = heading_en(p, '人材育成', 'TRAINING', L, yl + 6, AI_BLUE)
    ttitle = '人材育成・研修制度'
    p.tl(ttitle, L, yl, font='G', size=9.5); yl += 15
    for s in training: yl = p.para(s, L, yl, cw2, size=9) + 4
    yr = heading_en(p, '仕事と家庭の両立支援', 'WORK-LIFE SUPPORT', R, 46, AI_BLUE)
    stitle = '主な両立支援制度'
    p.tl(stitle, R, yr, font='G', size=9.5); yr += 16
    for nm, dur, num, tx in supports:
        p.rect(R, yr, cw2, 62, stroke=HexColor('#9fb3d1'), lw=0.6)
        p.rect(R, yr, 58, 62, fill=AI_BLUE)
        a, b = num[:2], num[2:]
        if num.startswith('1日') or num.startswith('年'):
            a, b = (num[:2], num[2:]) if num.startswith('1日') else (num[:1], num[1:])
        p.tl(a, R + 29, yr + 12, font='G', size=9, color=white, align='c')
        p.tl(b, R + 29, yr + 28, font='G', size=15, color=white, align='c')
        p.tl(nm, R + 66, yr + 7, font='G', size=10.5)
        p.tl('期間：' + dur, R + 66, yr + 24, font='M', size=9, color=AI_BLUE)
        yy = p.para(tx, R + 66, yr + 39, cw2 - 72, size=8.5, lead=11.5)
        if yy > yr + 62: raise Fault('support box overflow')
        yr += 68
    y = max(yl, yr) + 4
    y = heading_en(p, 'お問い合わせ', 'CONTACT', M0, y, AI_BLUE)
    bw = CW / 2 - 6
    for k, c in enumerate(contacts):
        bx = M0 + k * (bw + 12)
        p.rect(bx, y, bw, 92, fill=AI_PALE, r=4)
        p.tl(f'【{c["track"]}】', bx + 8, y + 7, font='G', size=9.5, color=AI_BLUE)
        p.tl('愛知県' + c['office'], bx + 8, y + 22, font='G', size=10)
        p.tl('代表　' + c['tel'][0], bx + 8, y + 38, font='M', size=9.5)
        p.tl('直通　' + c['tel'][1], bx + 8, y + 52, font='M', size=9.5)
        p.tl('E-mail　' + c['emailText'][c['email'][0]], bx + 8, y + 66, font='M', size=9.5)
        p.tl('※＠を半角の@に置き換えて送信してください。', bx + 8, y + 79, font='M', size=7.5, color=GREY)
    y += 102
    y = heading_en(p, 'アクセス', 'ACCESS', M0, y, AI_BLUE)
    p.tl(access_addr, M0, y, font='M', size=9.5); y += 16
    icol = {'徒歩': HexColor('#2f8f5b'), 'バス': AI_ORANGE, '車': HexColor('#6d6d6d')}
    trs = [['手段', '路線・駅', '出口', '所要時間']]
    for mode, line_, ex, t in routes:
        trs.append([{'t': mode, 'col': white, 'f': 'G'}, line_.replace('『', '').replace('』', ''), ex, t])
    y0 = y
    y = p.table(M0, y, [50, 280, 90, 103], trs, 18, size=9.5, rules='open', rulecolor=AI_BLUE, head=1, headfill=AI_PALE,
                aligns=['c', 'l', 'c', 'r'])
    for k, (mode, *_r) in enumerate(routes):
        p.gfx.insert(len(p.gfx), (lambda yy, col: (lambda c: (c.saveState(), c.setFillColor(col),
                     c.roundRect(M0 + 9, H - yy - 15, 32, 12, 5, stroke=0, fill=1), c.restoreState())))(y0 + 18 + 18 * k, icol[mode]))
    p.tl('※駐車場は台数に限りがあります。公共交通機関をご利用ください。', M0, y + 5, font='M', size=8, color=GREY)
    p.put('2', W / 2, H - 30, font='G', size=8, color=GREY, align='c', furn=True)

    facts = {
        'fixture': name, 'organization': '愛知県', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'rows per track (事務系 / 技術系 / 計), columns per year with a TWO-ROW year header (2021 over R3, 2026 over R8予定, 区分 spanning both rows); each actual cell 総数／女性 with a slash, explained by a legend under the table; the planned column shaded with bare counts; a decoy 女性比率 row (41.5%) under 計',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 系統 | 試験区分 | 採用予定数 with 系統 spanning rows',
                  'entries': [{'track': tr, 'exam': ex, 'text': '', 'breakdown': [{'category': c_, 'count': n} for c_, n in cats],
                               'total': sum(n for _, n in cats)} for tr, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'striped table 配属先 | 事務系 | 技術系, rules at top / under the header / bottom; － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 126, 'tech': 71}},
        'contacts': contacts,
        'access': {'address': access_addr,
                   'routes': [f'{l_} {ex} {m} {t}'.replace(' － ', ' ') for m, l_, ex, t in routes]},
        'lead': {'title': '', 'text': [lead]},
        'initiativesIntro': iintro,
        'initiatives': [{'title': t, 'text': tx} for t, tx in inits],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d, 'durationNumber': num, 'text': tx} for n_, d, num, tx in supports],
        'supportSource': '',
        'training': {'title': ttitle, 'paragraphs': training},
        'keyFigures': [], 'pages': 2}
    # the route facts must be the printed row without the TABs
    facts['access']['routes'] = [f'{m} {l_} {ex} {t}' for m, l_, ex, t in routes]
    return doc, facts



# ================================================================ 北九州市
KQ_NAVY = HexColor('#14213d'); KQ_RED = HexColor('#c8102e'); KQ_PALE = HexColor('#eef1f6'); KQ_SIDE = HexColor('#fbeee0')
KQ_LIGHT = HexColor('#c9d3e6')


def dark_band(p, y, h, heading, lead, x, w, sub=None):
    """A full-bleed dark band holding a section heading and its lead in white."""
    p.rect(0, y, W, h, fill=KQ_NAVY)
    p.rect(x, y + 14, 5, 18, fill=KQ_RED)
    p.tl(heading, x + 12, y + 14, font='G', size=16, color=white)
    yy = y + 42
    for s in lead:
        yy = p.para(s, x, yy, w, font='M', size=9.5, color=white, lead=15)
    return yy


def kitakyushu():
    name = 'kitakyushu-2026'
    years = [(2021, 'R3', (62, 30), (28, 7)), (2022, 'R4', (68, 33), (30, 8)), (2023, 'R5', (65, 34), (27, 6)),
             (2024, 'R6', (71, 37), (31, 9)), (2025, 'R7', (74, 38), (29, 8))]
    marks = {(2022, 'admin'): '※1', (2024, 'tech'): '*', (2021, 'total'): '※2'}
    rows = []
    for y, era, a, t in years:
        r = hrow(era, y, a, t)
        for k in ('admin', 'tech', 'total'):
            r[k]['text'] = str(r[k]['count']) + marks.get((y, k), '')
        rows.append(r)
    rows.append(hrow('R8予定', 2026, (76, 0), (32, 0), planned=True))
    exams = [('事務職', '上級（大学卒業程度）', [('一般事務', 60), ('福祉', 10), ('学校事務', 6)]),
             ('技術職', '上級（大学卒業程度）', [('土木', 14), ('建築', 6), ('電気', 4), ('機械', 4), ('化学', 2), ('造園', 2)])]
    units = [('総務局', 6, 1), ('企画調整局', 5, None), ('財政・変革局', 7, None), ('市民文化スポーツ局', 5, None),
             ('保健福祉局', 10, 2), ('子ども家庭局', 8, None), ('環境局', 4, 5), ('産業経済局', 6, 2),
             ('都市戦略局', 3, 6), ('建設局', 2, 9), ('港湾空港局', 3, 4), ('区役所', 15, None)]
    contacts = [dict(track='採用試験について', office='人事委員会事務局 任用課', location='',
                     tel=['093-582-2468'], email=['jin-ninyou@city.kitakyushu.lg.jp']),
                dict(track='仕事・職場について', office='総務局 人事部 人事課', location='',
                     tel=['093-582-2135'], email=['soumu-jinji@city.kitakyushu.lg.jp'])]
    addr = '〒803-8501 福岡県北九州市小倉北区城内1番1号 北九州市役所本庁舎'
    routes = ['JR鹿児島本線『西小倉』駅から徒歩約8分', '北九州モノレール『平和通』駅から徒歩約7分',
              'JR『小倉』駅 小倉城口から徒歩約15分']
    inits = [('チャレンジ制度', '希望する部署や業務に自ら手を挙げられる庁内公募を毎年行っています。'),
             ('デジタル市役所の推進', '全職員にノートパソコンを配り、会議や決裁のペーパーレス化を進めています。'),
             ('まちづくりへの参画', '若手職員のプロジェクトチームが、SDGs未来都市の施策を企画しています。')]
    supports = [('育児休業', '子が3歳になるまで', '子1人につき原則2回まで取得できます。'),
                ('部分休業', '子が小学校就学前まで', '1日2時間の範囲で勤務しないことができます。'),
                ('子の看護等休暇', '年5日（子が2人以上は10日）', '子の通院や学校行事に使えます。'),
                ('介護休暇', '通算6か月', '要介護の家族1人ごとに取得できます。'),
                ('男性の育児参加休暇', '5日', '配偶者の出産前後に取得できます。'),
                ('ボランティア休暇', '年5日', '災害救援などの活動に参加できます。')]
    training = ['採用から3年間は「育成期間」とし、新規採用職員研修、2年目研修、3年目研修を通じて、市職員としての基礎を固めます。',
                'その後は、係長・課長などの昇任時研修のほか、国や他の自治体、民間企業への派遣、大学院での研修など、一人ひとりの志向に合わせた学びを用意しています。']
    doc = Doc(name, 3002)
    M0 = 34; CW = W - 2 * M0
    # ---------------- p1
    p = doc.page()
    p.rect(0, 0, W, 176, fill=KQ_NAVY)
    p.tl('北九州市', M0, 24, font='M', size=15, color=white)
    p.tl('令和8年4月発行', W - M0, 24 + 0.88 * (15 - 9.5), font='G', size=9.5, color=KQ_LIGHT, align='r')  # same baseline
    p.tl('職員採用ガイド', M0, 46, font='G', size=26, color=white)
    p.rect(M0, 86, CW, 0.8, fill=KQ_LIGHT)
    lead = ['鉄のまちとして日本の近代化を支えた北九州市は、いま環境と先端技術のまちへと生まれ変わろうとしています。',
            'わたしたちと一緒に、次の100年をつくる仕事に挑戦しませんか。']
    p.rect(M0, 100, 5, 18, fill=KQ_RED)
    p.tl('北九州市で働く', M0 + 12, 100, font='G', size=16, color=white)
    yy = 128
    for s_ in lead: yy = p.para(s_, M0, yy, CW, font='M', size=9.5, color=white, lead=15)
    LW = 350; RX = M0 + LW + 16; RW = W - M0 - RX
    y = 192
    p.rect(M0, y + 1, 4, 16, fill=KQ_RED)
    p.tl('採用実績', M0 + 9, y, font='G', size=13); y += 22
    intro = '上級試験（大学卒業程度）採用者数の推移（人）'
    p.tl(intro, M0, y, font='G', size=9); y += 14
    tr = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '合計', 'うち女性']]
    for r in rows:
        if r['planned']:
            tr.append([{'t': r['label'], 'col': KQ_RED, 'f': 'G'}, r['admin']['text'], '－', r['tech']['text'], '－', r['total']['text'], '－'])
        else:
            tr.append([r['label'], r['admin']['text'], str(r['admin']['women']), r['tech']['text'], str(r['tech']['women']),
                       r['total']['text'], str(r['total']['women'])])
    fills = {(6, j): HexColor('#fde2e4') for j in range(7)}
    y = p.table(M0, y, [50, 50, 50, 50, 50, 50, 50], tr, 17, size=9.5, headfill=KQ_PALE, fills=fills, rulecolor=HexColor('#8892a6'),
                aligns=['c'] * 7)
    notes = ['※1 社会人経験者枠による採用6名を含みます。', '※2 令和3年度は10月採用の2名を含みます。',
             '* 年度途中の追加募集による採用3名を含みます。']
    note = '（注）R8は採用予定数です。うち女性は各区分の内数です。'
    y += 4
    for s_ in notes: p.tl(s_, M0, y, font='M', size=7.5, color=GREY); y += 11
    y = p.para(note, M0, y, LW, size=8) + 8
    p.rect(M0, y + 1, 4, 16, fill=KQ_RED)
    p.tl('試験区分別の採用予定数', M0 + 9, y, font='G', size=13); y += 22
    etitle = '令和8年度 上級（大学卒業程度）試験'
    p.tl(etitle, M0, y, font='G', size=9); y += 14
    for trk, ex, cats in exams:
        cw_ = (LW - 56) / len(cats) if len(cats) > 3 else (LW - 56) / 6
        trs = [[{'t': trk, 'rs': 2, 'f': 'G'}] + [{'t': c_, 'f': 'G'} for c_, _ in cats], ['^'] + [f'{n}名' for _, n in cats]]
        fl = {(0, 0): KQ_PALE}
        for j in range(1, len(cats) + 1): fl[(0, j)] = HexColor('#f5f6f9')
        y = p.table(M0, y, [56] + [cw_] * len(cats), trs, 16, size=9.5, head=0, fills=fl, rulecolor=HexColor('#8892a6'),
                    aligns=['c'] * (len(cats) + 1)) + 6
    y += 4
    p.rect(M0, y + 1, 4, 16, fill=KQ_RED)
    p.tl('職場の取組', M0 + 9, y, font='G', size=13); y += 22
    iintro = '職員がやりがいを持って働き続けられるよう、次のような取組を進めています。'
    y = p.para(iintro, M0, y, LW, size=9) + 3
    for t_, tx in inits:
        p.tl('◆ ' + t_, M0, y, font='G', size=10, color=KQ_NAVY); y += 14
        y = p.para(tx, M0 + 12, y, LW - 12, size=9) + 4
    # sidebar 数字で見る (decoys)
    p.rect(RX, 192, RW, 600, fill=KQ_SIDE)
    sy = 202
    p.tl('数字で見る', RX + RW / 2, sy, font='G', size=13, color=KQ_RED, align='c'); sy += 18
    p.tl('北九州市役所', RX + RW / 2, sy, font='G', size=10, align='c'); sy += 24
    tiles = [('職員の平均年齢', '41.3', '歳'), ('年次休暇の平均取得日数', '14.6', '日'), ('男性職員の育児休業取得率', '62.5', '%'),
             ('女性管理職の割合', '18.4', '%'), ('1か月の平均時間外勤務', '11.2', '時間'), ('新規採用職員の平均年齢', '24.8', '歳'),
             ('市内の事業所数', '4.6', '万か所')]
    for lab, num, unit in tiles:
        p.rect(RX + 8, sy, RW - 16, 70, fill=white, r=5)
        p.tl(lab, RX + RW / 2, sy + 9, font='G', size=8, color=GREY, align='c')
        nw = sw(num, 'G', 24); uw = sw(unit, 'G', 10)
        x0 = RX + RW / 2 - (nw + uw + 2) / 2
        p.put(num, x0, sy + 26, font='G', size=24, color=KQ_RED)
        p.put(unit, x0 + nw + 2, sy + 38.5, font='G', size=10, color=KQ_RED)
        p.line(num + unit)
        sy += 78
    p.tl('※令和7年4月1日現在', RX + RW - 8, sy + 2, font='M', size=7, color=GREY, align='r')
    # ---------------- p2
    p = doc.page()
    dy = dark_band(p, 0, 80, '配属と人材育成', ['新規採用職員は、市民に身近な区役所から都市基盤を担う局まで、さまざまな職場に配属されます。'], M0, CW)
    y = 94
    aintro = '令和7年度採用者の配属先（人）'
    p.tl(aintro, M0, y, font='G', size=10); y += 18
    half = CW / 2 - 10
    for k in range(2):
        x0 = M0 + k * (half + 20)
        yy = y
        p.put('所属', x0, yy, font='G', size=8.5, color=GREY)
        p.put('事務', x0 + half - 40, yy, font='G', size=8.5, color=GREY, align='c')
        p.put('技術', x0 + half - 12, yy, font='G', size=8.5, color=GREY, align='c')
        p.line('所属', '事務', '技術')
        p.hline(x0, x0 + half, yy + 12, KQ_NAVY, 0.8)
        yy += 17
        for u, a, t in units[k * 6:(k + 1) * 6]:
            it = p.put(u, x0, yy, font='M', size=9.5)
            p.dots(x0 + it['w'] + 4, x0 + half - 52, yy + 6)
            p.put(dash(a), x0 + half - 40, yy, font='M', size=9.5, align='c')
            p.put(dash(t), x0 + half - 12, yy, font='M', size=9.5, align='c')
            p.line(u, dash(a), dash(t))
            yy += 16
    y = yy + 10
    p.rect(M0, y + 1, 4, 16, fill=KQ_RED)
    ttitle = '人材育成'
    p.tl(ttitle, M0 + 9, y, font='G', size=13); y += 22
    for s_ in training: y = p.para(s_, M0, y, CW, size=9) + 3
    y += 10
    stitle = '仕事と生活の両立を応援します'
    y = dark_band(p, y, 66, stitle, ['子育てや介護と仕事を両立できるよう、休暇や休業の制度を整えています。'], M0, CW) + 16
    for k, (nm, dur, tx) in enumerate(supports):
        col, rowi = k // 3, k % 3
        x0 = M0 + col * (half + 20); yy = y + rowi * 50
        p.tl(nm, x0, yy, font='G', size=10, color=KQ_NAVY)
        p.tl('【期間】' + dur, x0, yy + 15, font='M', size=9)
        p.tl(tx, x0, yy + 29, font='M', size=8.5, color=GREY)
    # reading order: column by column (a box grid is column-major)
    y += 3 * 50 + 6
    p.hline(M0, W - M0, y, KQ_NAVY, 1.0); y += 10
    yl = y
    p.tl('お問い合わせ', M0, yl, font='G', size=12, color=KQ_RED); yl += 20
    for c in contacts:
        p.tl(f'【{c["track"]}】', M0, yl, font='G', size=9); yl += 14
        p.tl('北九州市' + c['office'], M0, yl, font='M', size=9.5); yl += 14
        p.tl('TEL ' + c['tel'][0], M0 + 10, yl, font='M', size=9.5); yl += 13
        p.tl(c['email'][0], M0 + 10, yl, font='M', size=9.5); yl += 18
    yr = y; ax = M0 + half + 20
    p.tl('アクセス', ax, yr, font='G', size=12, color=KQ_RED); yr += 20
    yr = p.para(addr, ax, yr, half, size=9.5) + 4
    for r in routes:
        p.circle(ax + 3, yr + 5, 2.5, KQ_RED)
        yr = p.para(r.replace('『', '').replace('』', ''), ax + 10, yr, half - 10, size=9.5) + 2
    p.put('北九州市職員採用ガイド', M0, H - 30, font='G', size=7.5, color=GREY, furn=True)
    p.put('2', W - M0, H - 30, font='G', size=7.5, color=GREY, align='r', furn=True)
    facts = {
        'fixture': name, 'organization': '北九州市', 'document': '職員採用ガイド',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月発行'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down with ERA ABBREVIATIONS only (R3 … R7, R8予定 shaded, red), columns 事務職 | うち女性 | 技術職 | うち女性 | 合計 | うち女性; three counts carry FOOTNOTE MARKS (68※1, 31*, 90※2) whose notes sit under the table',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'two transposed blocks: the track cell spanning a row of categories over a row of counts (60名 …)',
                  'entries': [{'track': trk, 'exam': ex, 'text': '', 'breakdown': [{'category': c_, 'count': n} for c_, n in cats],
                               'total': sum(n for _, n in cats)} for trk, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務', 'tech': '技術'},
                        'layout': 'unit ……… 事務 技術 lines with dotted leaders (graphics), six in a left column and six in a right column, each column with its own 所属 / 事務 / 技術 head; － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units], 'totals': {'admin': 74, 'tech': 29}},
        'contacts': contacts,
        'access': {'address': addr, 'routes': routes},
        'lead': {'title': '北九州市で働く', 'text': lead},
        'initiativesIntro': iintro,
        'initiatives': [{'title': t_, 'text': tx} for t_, tx in inits],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d, 'text': tx} for n_, d, tx in supports],
        'supportSource': '',
        'training': {'title': ttitle, 'paragraphs': training},
        'keyFigures': [], 'pages': 2}
    return doc, facts


# ================================================================ 国際交流基金
JF_RED = HexColor('#a3192e'); JF_INK = HexColor('#23303f'); JF_PALE = HexColor('#f4ece6'); JF_GOLD = HexColor('#b08a3e')


def jf_heading(p, text, x, y, w):
    p.tl(text, x, y, font='G', size=12.5, color=JF_RED)
    p.hline(x, x + w, y + 18, JF_RED, 0.8)
    return y + 26


def jpf():
    name = 'jpf-2026'
    years = [(2021, (18, 10), (3, 1)), (2022, (20, 11), (2, 0)), (2023, (17, 10), (4, 1)), (2024, (22, 13), (3, 1)),
             (2025, (19, 11), (4, 2))]
    rows = [hrow(f'{y}年度', y, a, t) for y, a, t in years]
    rows.append(hrow('2026年度', 2026, (21, 0), (4, 0), planned=True, labelText='2026年度（予定）'))
    exams = [('事務系', '大学卒業程度', [('Ⅰ類（総合職）', 14), ('Ⅱ類（一般職）', 4)]),
             ('事務系', '大学院修了程度', [('Ⅰ類（総合職）', 3)]),
             ('技術系', '大学卒業程度', [('Ⅰ類（情報システム）', 3), ('Ⅱ類（施設管理）', 1)])]
    quals = {('大学卒業程度', 'Ⅰ類（総合職）'): '1996年4月2日以降に生まれ、2027年3月までに大学を卒業する見込みの者',
             ('大学卒業程度', 'Ⅱ類（一般職）'): '1996年4月2日以降に生まれ、大学・短大・高専を卒業した者または卒業見込みの者',
             ('大学院修了程度', 'Ⅰ類（総合職）'): '2027年3月までに修士課程を修了する見込みの者（専攻は問いません）',
             ('大学卒業程度', 'Ⅰ類（情報システム）'): '情報系の学部を卒業した者または卒業見込みの者（基本情報技術者相当の知識）',
             ('大学卒業程度', 'Ⅱ類（施設管理）'): '建築・電気・機械のいずれかを専攻した者'}
    units = [('総務部', 2, 1), ('経理部', 2, None), ('文化事業部', 4, None), ('日本語事業部', 3, None),
             ('日本研究・知的交流部', 3, None), ('アジアセンター', 2, None), ('情報システム部', None, 3),
             ('関西国際センター', 2, None), ('日本語国際センター', 1, None)]
    contacts = [dict(track='採用に関するお問い合わせ', office='総務部 人事課 採用担当', location='',
                     tel=['03-5369-6075'], email=['jf-saiyo@jpf.go.jp']),
                dict(track='日本語国際センターでの勤務について', office='日本語国際センター 総務課', location='',
                     tel=['048-834-1182'], email=['urawa-soumu@jpf.go.jp'])]
    for c in contacts: c['emailText'] = {m: m.replace('@', '[at]') for m in c['email']}
    addr = '〒160-0004 東京都新宿区四谷1-6-4 コモレ四谷'
    routes = [('JR中央線・総武線 『四ツ谷』駅', '四ツ谷口', '徒歩2分'),
              ('東京メトロ南北線 『四ツ谷』駅', '2番出口', '徒歩3分'),
              ('東京メトロ丸ノ内線 『四谷三丁目』駅', '1番出口', '徒歩10分')]
    inits = [('在宅勤務', '週3日まで在宅勤務ができ、海外事務所とのオンライン会議にも自宅から参加できます。'),
             ('フレックスタイム制', 'コアタイムを設けず、時差のある海外との業務に合わせて働けます。'),
             ('キャリア面談', '年2回の面談で、希望する事業分野や海外赴任について上司と話し合います。')]
    supports = [('育児休業', '子が3歳に達するまで', '配偶者の就業の有無にかかわらず取得できます。'),
                ('育児短時間勤務', '子が小学校就学の始期に達するまで', '1日6時間などの勤務形態を選べます。'),
                ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。'),
                ('介護休業', '通算93日', '対象家族1人につき3回まで分割できます。'),
                ('配偶者出産休暇', '3日', '出産の前後2週間の間に取得できます。')]
    training = ['入職後は、新人研修で基金の事業と組織を学んだのち、各部署でのOJTを通じて事業の企画・運営の基礎を身につけます。',
                '入職4〜6年目には、海外事務所での実務研修や語学研修の機会があります。その後も専門研修やマネジメント研修を通じて、国際文化交流の専門家として成長できます。']
    lead = ['国際交流基金は、文化芸術、日本語教育、日本研究・知的交流の3つの分野で、日本と世界の人々をつなぐ事業を行っています。',
            '世界25か国に海外拠点を持ち、職員は東京の本部と海外を行き来しながら、事業の企画から運営までを担います。']
    doc = Doc(name, 3003)
    M0 = 40; CW = W - 2 * M0; G2 = 18; HW = (CW - G2) / 2
    # ---------------- p1
    p = doc.page()
    p.tl('独立行政法人', M0, 30, font='G', size=9, color=JF_INK)
    p.tl('国際交流基金', M0, 44, font='M', size=26, color=JF_INK)
    p.tl('職員採用案内', W - M0, 44 + 0.88 * (26 - 15), font='G', size=15, color=JF_RED, align='r')  # baseline of the name
    p.tl('The Japan Foundation', M0, 76, font='G', size=10, color=JF_GOLD, cs=0.6)
    p.tl('2026年3月', W - M0, 76 + 0.88 * (10 - 9.5), font='G', size=9.5, color=JF_INK, align='r')
    p.rect(M0, 94, CW, 2.2, fill=JF_RED)
    # upper two columns
    yl = jf_heading(p, '国際交流基金の仕事', M0, 108, HW)
    for s_ in lead: yl = p.para(s_, M0, yl, HW, size=9.2, lead=14.5) + 4
    rx = M0 + HW + G2
    yr = jf_heading(p, '働き方の取組', rx, 108, HW)
    iintro = '世界とつながる仕事だからこそ、柔軟な働き方を支えています。'
    yr = p.para(iintro, rx, yr, HW, size=9.2, lead=14.5) + 3
    for t_, tx in inits:
        p.tl(t_, rx, yr, font='G', size=9.8, color=JF_INK); yr += 14
        yr = p.para(tx, rx, yr, HW, size=8.8, lead=13) + 3
    p.vline(M0 + HW + G2 / 2, 108, max(yl, yr), HexColor('#cccccc'), 0.5)
    # full-width table band
    y = max(yl, yr) + 8
    p.rect(0, y, W, 172, fill=JF_PALE)
    y += 10
    p.tl('採用実績', M0, y, font='G', size=12.5, color=JF_RED); y += 20
    intro = '総合職・専門職の採用者数（人）'
    p.tl(intro, M0, y, font='G', size=9); y += 13
    tr = [['年度', '事務系\n採用数', '事務系\nうち女性', '技術系\n採用数', '技術系\nうち女性', '合計', 'うち女性', '女性比率']]
    for r in rows:
        if r['planned']:
            tr.append([{'t': '2026年度\n（予定）', 'col': JF_RED}, r['admin']['text'], '－', r['tech']['text'], '－', r['total']['text'], '－', '－'])
        else:
            tr.append([r['label'], r['admin']['text'], str(r['admin']['women']), r['tech']['text'], str(r['tech']['women']),
                       r['total']['text'], str(r['total']['women']), f"{100 * r['total']['women'] / r['total']['count']:.1f}%"])
    fills = {(i_, j): white for i_ in range(1, 7) for j in range(8)}  # white cells on the tinted band
    y = p.table(M0, y, [78] + [63] * 7, tr, [24, 15, 15, 15, 15, 15, 24], size=9, headfill=HexColor('#e9d9cf'), fills=fills,
                rulecolor=HexColor('#9a8478'), aligns=['c'] * 8)
    note = '（注）うち女性は内数。2026年度は採用予定数です。女性比率は合計に占める女性の割合です。'
    p.tl(note, M0, y + 4, font='M', size=7.8, color=GREY)
    y += 30
    # lower two columns
    yl = jf_heading(p, '配属実績', M0, y, HW)
    aintro = '2025年度入職者の配属先（人）'
    p.tl(aintro, M0, yl, font='G', size=9); yl += 14
    ars = [['配属先', '事務系', '技術系']] + [[u, dash(a), dash(t)] for u, a, t in units]
    yl = p.table(M0, yl, [HW - 90, 45, 45], ars, 16, size=9, rules='open', rulecolor=JF_INK, aligns=['l', 'c', 'c'])
    yr = jf_heading(p, '人材育成', rx, y, HW)
    ttitle = '研修制度'
    p.tl(ttitle, rx, yr, font='G', size=9.8, color=JF_INK); yr += 15
    for s_ in training: yr = p.para(s_, rx, yr, HW, size=8.8, lead=13) + 3
    yr += 3
    grid = [['年次', '新人', '語学', '海外', '専門', '管理職'],
            ['1年目', '●', '●', '', '', ''], ['2～3年目', '', '●', '', '●', ''],
            ['4～6年目', '', '●', '●', '●', ''], ['7年目以降', '', '', '●', '●', '●']]
    grid = [[({'t': c_, 'col': JF_RED} if c_ == '●' else c_) for c_ in row] for row in grid]
    yr = p.table(rx, yr, [HW - 5 * 33, 33, 33, 33, 33, 33], grid, 15, size=8.5, headfill=HexColor('#e9d9cf'),
                 rulecolor=HexColor('#9a8478'), aligns=['c'] * 6)
    p.vline(M0 + HW + G2 / 2, y, max(yl, yr), HexColor('#cccccc'), 0.5)
    p.put('1', W / 2, H - 28, font='G', size=8, color=GREY, align='c', furn=True)
    # ---------------- p2
    p = doc.page()
    p.put('国際交流基金 職員採用案内 2026', M0, 24, font='G', size=7.5, color=GREY, furn=True)
    y = jf_heading(p, '2026年度 採用予定数（区分別）', M0, 44, CW)
    etitle = '2026年度 採用予定数（区分別）'
    et = [['系統', '区分', '程度', '受験資格', '予定数']]
    order = [('事務系', '大学卒業程度', 'Ⅰ類（総合職）', 14), ('事務系', '大学院修了程度', 'Ⅰ類（総合職）', 3),
             ('事務系', '大学卒業程度', 'Ⅱ類（一般職）', 4), ('技術系', '大学卒業程度', 'Ⅰ類（情報システム）', 3),
             ('技術系', '大学卒業程度', 'Ⅱ類（施設管理）', 1)]
    for k, (trk, ex, cat, n) in enumerate(order):
        first = k == 0 or order[k - 1][0] != trk
        span = sum(1 for o in order if o[0] == trk)
        q = wrap(quals[(ex, cat)], 236 - 8, 'M', 8.2)
        doc.wrapped += [(a_, b_) for a_, b_ in zip(q, q[1:] + [''])]
        et.append([{'t': trk, 'rs': span, 'f': 'G'} if first else '^', cat, ex, {'t': '\n'.join(q), 'al': 'l', 'sz': 8.2, 'col': HexColor('#444444')},
                   {'t': f'{n}名', 'f': 'G'}])
    y = p.table(M0, y, [44, 106, 72, 236, 57], et, [18, 30, 30, 30, 30, 30], size=9, headfill=HexColor('#e9d9cf'),
                rulecolor=HexColor('#9a8478'), aligns=['c', 'l', 'c', 'l', 'r'], lead=11)
    p.tl('※各区分の試験日程・選考方法は、募集要項でご確認ください。', M0, y + 4, font='M', size=7.8, color=GREY)
    y += 26
    stitle = '仕事と家庭の両立支援'
    y = jf_heading(p, stitle, M0, y, CW)
    for k, (nm, dur, tx) in enumerate(supports):
        p.rect(M0, y, CW, 34, fill=JF_PALE if k % 2 == 0 else white)
        p.put(nm, M0 + 8, y + 5, font='G', size=10, color=JF_INK)
        p.put(dur, M0 + 150, y + 5, font='G', size=9.5, color=JF_RED)
        p.line(nm, dur)  # a label and its value on one visual line: one line with a TAB
        p.tl(tx, M0 + 150, y + 19, font='M', size=8.8)
        y += 36
    y += 10
    yl = jf_heading(p, 'お問い合わせ', M0, y, HW)
    for c in contacts:
        p.tl(f'【{c["track"]}】', M0, yl, font='G', size=9, color=JF_RED); yl += 14
        p.tl(c['office'], M0, yl, font='M', size=9.5); yl += 14
        p.tl('TEL：' + c['tel'][0], M0 + 8, yl, font='M', size=9.5); yl += 13
        p.tl('E-mail：' + c['emailText'][c['email'][0]], M0 + 8, yl, font='M', size=9.5); yl += 18
    p.tl('※メールを送る際は[at]を@に置き換えてください。', M0, yl, font='M', size=7.8, color=GREY); yl += 12
    yr = jf_heading(p, 'アクセス', rx, y, HW)
    p.tl('国際交流基金 本部', rx, yr, font='G', size=9.5); yr += 14
    yr = p.para(addr, rx, yr, HW, size=9.2) + 4
    for st, ex, walk in routes:
        stp = st.replace('『', '').replace('』', '')
        it = p.put(stp, rx, yr, font='M', size=8.6)
        bx = rx + HW - 92
        p.rect(bx - 2, yr - 2, 46, 13, fill=JF_INK, r=2)
        p.put(ex, bx + 21, yr, font='G', size=8, color=white, align='c')
        p.put(walk, rx + HW, yr, font='M', size=8.6, align='r')
        if it['x'] + it['w'] > bx - 4: raise Fault('access line too long')
        p.line(stp, ex, walk)
        yr += 17
    p.put('2', W / 2, H - 28, font='G', size=8, color=GREY, align='c', furn=True)
    facts = {
        'fixture': name, 'organization': '国際交流基金', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'a FULL-WIDTH table band between two-column text above (lead | initiatives) and two-column text below (assignments | training); years down, two-line heads 事務系/採用数, 事務系/うち女性 …, a decoy 女性比率 column (52.4%), planned row 2026年度（予定） in red with － for women',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'table 系統 | 区分 | 程度 | 受験資格 | 予定数: categories carry class codes Ⅰ類 / Ⅱ類, the SAME category Ⅰ類（総合職） twice under 事務系 at two levels (大学卒業程度 / 大学院修了程度), 受験資格 cells of long decoy text with dates',
                  'entries': [{'track': trk, 'exam': ex, 'text': '', 'breakdown': [{'category': c_, 'count': n} for c_, n in cats],
                               'total': sum(n for _, n in cats)} for trk, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'open-ruled table 配属先 | 事務系 | 技術系; － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units], 'totals': {'admin': 19, 'tech': 4}},
        'contacts': contacts,
        'access': {'address': addr, 'routes': [f'{st} {ex} {walk}' for st, ex, walk in routes]},
        'lead': {'title': '国際交流基金の仕事', 'text': lead},
        'initiativesIntro': iintro,
        'initiatives': [{'title': t_, 'text': tx} for t_, tx in inits],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d, 'text': tx} for n_, d, tx in supports],
        'supportSource': '',
        'training': {'title': ttitle, 'paragraphs': training},
        'keyFigures': [], 'pages': 2}
    return doc, facts

# ================================================================ driver
BUILDERS = {}


def build(name, builder, outdir=OUT, mutate=None):
    doc, facts = builder()
    if mutate: mutate(doc, facts)
    for n, pg in enumerate(doc.pages, 1): check_page(pg, n)
    check_kinsoku(doc)
    nfacts = check_facts(facts, doc)
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, name + '.pdf')
    tmp = pdf + '.tmp'
    doc.render(tmp)
    try:
        pdf_checks(doc, tmp)
    except Fault:
        os.remove(tmp); raise
    os.replace(tmp, pdf)
    with open(os.path.join(outdir, name + '.expected.txt'), 'w') as f: f.write(doc.expected())
    with open(os.path.join(outdir, name + '.facts.json'), 'w') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2); f.write('\n')
    items = [len(p.items) for p in doc.pages]
    return nfacts, items


def main(argv):
    if argv and argv[0] == '--selftest':
        return selftest()
    names = argv or list(BUILDERS)
    total = 0
    for n in names:
        nf, items = build(n, BUILDERS[n])
        total += nf
        print(f'{n}: ok, {nf} fact checks, text items per page {items}')
    print(f'total fact checks: {total}')


def selftest():
    def first_item(doc, pred=lambda it: not it['furn']):
        return next(it for it in doc.pages[0].items if pred(it))

    def overlap(doc, f):
        it = dict(first_item(doc)); it['x'] += 1; doc.pages[0].items.append(it); doc.pages[0].exp.append(it['text'])
    def extra_char(doc, f): doc.pages[0].exp.append('字')
    def hire(doc, f): f['hiring']['rows'][1]['admin']['count'] += 1
    def women(doc, f): f['hiring']['rows'][2]['tech']['women'] += 1
    def assign(doc, f):
        r = next(r for r in f['assignments']['rows'] if r['admin']); r['admin'] += 1
    def exam(doc, f): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def exam_tot(doc, f):
        e = f['exams']['entries'][0]; e['breakdown'][0]['count'] += 1; e['total'] += 1
    def kinsoku(doc, f): doc.wrapped.append(('テスト', '。テスト'))
    def email(doc, f):
        c = f['contacts'][0]; m = c['email'][0]; c['email'][0] = 'x' + m; c.get('emailText', {}).pop(m, None)
    def emoji(doc, f):
        doc.pages[0].put('😀', 300, 820 - 30, font='G', size=8); doc.pages[0].exp.append('😀')
    def margin(doc, f): first_item(doc)['x'] = 5
    def planned_women(doc, f):
        r = f['hiring']['rows'][-1]
        for k in ('total', 'admin', 'tech'): r[k]['women'] = 0
    faults = [overlap, extra_char, hire, women, assign, exam, exam_tot, kinsoku, email, emoji, margin, planned_women]
    bad = 0
    with tempfile.TemporaryDirectory() as td:
        for n, b in BUILDERS.items():
            for fl in faults:
                try:
                    build(n, b, outdir=td, mutate=fl)
                    print(f'NOT REFUSED: {n} {fl.__name__}'); bad += 1
                except Fault as e:
                    print(f'refused: {n} {fl.__name__}: {e}')
    print('selftest', 'FAILED' if bad else f'ok ({len(faults)} faults x {len(BUILDERS)} brochures refused)')
    return 1 if bad else 0


BUILDERS.update({'aichi-2026': aichi, 'kitakyushu-2026': kitakyushu, 'jpf-2026': jpf})

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
