#!/usr/bin/env python3
"""Blind holdout set 21: three 2-page A4 recruitment brochures (福岡市, 新潟県, 鉄道建設・運輸施設整備支援機構).

Self-contained (Python 3 + reportlab + IPAex fonts). Every visual line is its own text object at an absolute
position; the text objects of a page are drawn after the graphics in a seeded shuffled order. The expected
reading-order text is built by the same calls that place the text (calls are made in reading order).

    python3 Fixtures/generate_holdout21.py               # all three
    python3 Fixtures/generate_holdout21.py fukuoka-2026  # one

Deterministic: reportlab invariant mode and seeded shuffles. The generator refuses to write a brochure whose
text overlaps, leaves the page, uses a glyph the fonts lack, overflows a table cell, whose drawn text differs
from the expected text (per-page character multiset), whose fact strings are not printed, or whose numbers
do not add up.
"""
import json, os, random, sys, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black
from reportlab import rl_config

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout21')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
GREY = HexColor('#444444')
NOSTART = set('、。，．・：；？！）」』】〕〉》ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ％')
NOEND = set('（「『【〔〈《')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, name):
        self.name = name
        self.pages = []   # each: dict(items=[...], gfx=[...], expected=[...])
        self.new_page()

    def new_page(self):
        self.pages.append({'items': [], 'gfx': [], 'exp': []})

    @property
    def pg(self):
        return self.pages[-1]

    # -- text -------------------------------------------------------------------------------------------------
    def put(self, x, y, s, font='M', size=9, color=black, align='left', furniture=False):
        """Draws one text object with its baseline at top-down y. Returns its width."""
        w = sw(s, font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.pg['items'].append(dict(x=x, y=y, s=s, font=font, size=size, color=color, w=w, furniture=furniture))
        return w

    def exp(self, line):
        self.pg['exp'].append(line)

    def line(self, x, y, s, **kw):
        self.put(x, y, s, **kw)
        self.exp(s)

    def gfx(self, fn):
        self.pg['gfx'].append(fn)

    # -- graphics helpers (top-down coordinates) --------------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        def f(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            if r:
                c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            else:
                c.rect(x, H - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx(f)

    def hline(self, x0, x1, y, color=black, lw=0.6, dash=None):
        def f(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            c.line(x0, H - y, x1, H - y)
            c.restoreState()
        self.gfx(f)

    def vline(self, x, y0, y1, color=black, lw=0.6):
        def f(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            c.line(x, H - y0, x, H - y1)
            c.restoreState()
        self.gfx(f)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def f(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            c.circle(x, H - y, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx(f)

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        def f(c):
            c.saveState()
            p = c.beginPath()
            p.moveTo(pts[0][0], H - pts[0][1])
            for (a, b) in pts[1:]:
                p.lineTo(a, H - b)
            p.close()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            c.drawPath(p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx(f)

    # -- flowing text -----------------------------------------------------------------------------------------
    def para(self, x, y, width, text, font='M', size=9, lead=None, color=black, indent=0):
        """Wraps text into lines (kinsoku, ASCII runs unbroken); each line one text object and one expected line.
        Returns the y after the last line."""
        lead = lead or size * 1.6
        for i, ln in enumerate(wrap(text, font, size, width - indent)):
            self.line(x + (indent if i == 0 else 0), y, ln, font=font, size=size, color=color)
            y += lead
        return y

    # -- tables ------------------------------------------------------------------------------------------------
    def table(self, x, y, widths, rows, size=8.5, font='M', pad=3, lh=None, header=(), align=None,
              rule=True, tint=None, hfont='G', hfill=HexColor('#dddddd'), hcolor=black, outer=True, vrules=True,
              join=''):
        """rows: list of list of cell strings ('\n' = line break inside the cell). header: indices of header rows.
        align: per column 'l'/'r'/'c'. tint: {row index: colour}. Returns the y under the table."""
        lh = lh or size * 1.35
        align = align or ['l'] * len(widths)
        tint = tint or {}
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        top = y
        for ri, row in enumerate(rows):
            n = max(len(c.split('\n')) if c else 1 for c in row)
            rh = n * lh + 2 * pad
            fill = hfill if ri in header else tint.get(ri)
            if fill is not None:
                self.rect(x, y, xs[-1] - x, rh, fill=fill)
            f = hfont if ri in header else font
            col = hcolor if ri in header else black
            for ci, cell in enumerate(row):
                if not cell:
                    continue
                for li, ln in enumerate(cell.split('\n')):
                    cw = sw(ln, f, size)
                    if cw > widths[ci] - 2 * pad + 0.01:
                        raise SystemExit(f'{self.name}: cell overflow {ln!r} ({cw:.1f} > {widths[ci] - 2 * pad:.1f})')
                    by = y + pad + (li + 1) * lh - (lh - size) / 2 - size * 0.12
                    a = 'c' if ri in header else align[ci]
                    if a == 'l':
                        self.put(xs[ci] + pad, by, ln, font=f, size=size, color=col)
                    elif a == 'r':
                        self.put(xs[ci + 1] - pad, by, ln, font=f, size=size, color=col, align='right')
                    else:
                        self.put((xs[ci] + xs[ci + 1]) / 2, by, ln, font=f, size=size, color=col, align='center')
            self.exp('\t'.join(join.join(c.split('\n')) for c in row))
            if rule:
                self.hline(x, xs[-1], y, lw=0.8 if ri == 0 else 0.4)
            y += rh
        if rule:
            self.hline(x, xs[-1], y, lw=0.8)
            if vrules:
                for i, xx in enumerate(xs):
                    if (i in (0, len(xs) - 1)) and not outer:
                        continue
                    self.vline(xx, top, y, lw=0.4)
        return y

    # -- output + checks ---------------------------------------------------------------------------------------
    def check_and_write(self, path, seed):
        for pi, p in enumerate(self.pages):
            boxes = []
            for it in p['items']:
                for ch in it['s']:
                    face = pdfmetrics.getFont(it['font']).face
                    if ord(ch) not in face.charToGlyph:
                        raise SystemExit(f'{self.name} p{pi + 1}: glyph missing {ch!r} in {it["s"]!r}')
                b = (it['x'], it['y'] - it['size'] * 0.88, it['x'] + it['w'], it['y'] + it['size'] * 0.12)
                if b[0] < 14 or b[2] > W - 14 or b[1] < 14 or b[3] > H - 14:
                    raise SystemExit(f'{self.name} p{pi + 1}: off page {it["s"]!r} {b}')
                boxes.append((b, it['s']))
            boxes.sort()
            for i in range(len(boxes)):
                (a, sa) = boxes[i]
                for j in range(i + 1, len(boxes)):
                    (b, sb) = boxes[j]
                    if b[0] >= a[2]:
                        break
                    if b[1] < a[3] - 0.01 and a[1] < b[3] - 0.01 and b[0] < a[2] - 0.01:
                        raise SystemExit(f'{self.name} p{pi + 1}: overlap {sa!r} / {sb!r}')
            drawn = Counter(ch for it in p['items'] if not it['furniture'] for ch in it['s'] if not ch.isspace())
            want = Counter(ch for ln in p['exp'] for ch in ln if not ch.isspace())
            if drawn != want:
                raise SystemExit(f'{self.name} p{pi + 1}: drawn != expected: +{drawn - want} -{want - drawn}')
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        c.setTitle(self.name)
        c.setAuthor('BrochureKit holdout21')
        rnd = random.Random(seed)
        for p in self.pages:
            for g in p['gfx']:
                g(c)
            items = list(p['items'])
            rnd.shuffle(items)
            for it in items:
                c.saveState()
                c.setFillColor(it['color'])
                c.setFont(it['font'], it['size'])
                c.drawString(it['x'], H - it['y'], it['s'])
                c.restoreState()
            c.showPage()
        c.save()

    def expected_text(self):
        return '\n\f\n'.join('\n'.join(p['exp']) for p in self.pages) + '\n'


def wrap(text, font, size, width):
    # tokens: ASCII runs stay together
    toks, cur = [], ''
    for ch in text:
        if ch.isascii() and ch != ' ':
            cur += ch
        else:
            if cur:
                toks.append(cur)
                cur = ''
            toks.append(ch)
    if cur:
        toks.append(cur)
    lines, ln = [], ''
    for t in toks:
        if sw(ln + t, font, size) <= width or not ln:
            ln += t
        else:
            if t[0] in NOSTART:          # pull the last token down with the closing mark
                lines.append(ln[:-1])
                ln = ln[-1] + t
            else:
                lines.append(ln)
                ln = t
            if lines[-1] and lines[-1][-1] in NOEND:
                ln = lines[-1][-1] + ln
                lines[-1] = lines[-1][:-1]
    if ln:
        lines.append(ln)
    for k, l in enumerate(lines):
        if sw(l, font, size) > width + 0.01:
            raise SystemExit(f'line too wide: {l!r}')
        if (k > 0 and l[0] in NOSTART) or l[-1] in NOEND:
            raise SystemExit(f'kinsoku: {l!r}')
    return [l.strip() for l in lines]


def norm(s):
    return ''.join(unicodedata.normalize('NFKC', s).split())


def fullwidth(s):
    return ''.join(chr(ord(ch) + 0xFEE0) if '0' <= ch <= '9' else ch for ch in s)


# ================================================================================================================
# facts helpers + arithmetic
# ================================================================================================================

def hiring_rows(years, labels, data, label_texts=None, texts=None):
    rows = []
    for i, (fy, lab, d) in enumerate(zip(years, labels, data)):
        a, aw, t, tw = d
        planned = aw is None
        tx = texts[i] if texts else None
        def cell(n, wm, key):
            if tx:
                return {'count': n, 'women': wm, 'text': tx[key]}
            return {'count': n, 'women': wm, 'text': f'{n}' if wm is None else f'{n}（{wm}）'}
        rows.append({'fiscalYear': fy, 'label': lab, 'labelText': (label_texts or labels)[i], 'planned': planned,
                     'total': cell(a + t, None if planned else aw + tw, 'total'),
                     'admin': cell(a, aw, 'admin'), 'tech': cell(t, tw, 'tech')})
    return rows


def verify_facts(f, expected):
    name = f['fixture']
    drawn = norm(expected)
    rows = f['hiring']['rows']
    assert len(rows) >= 5, name
    assert [r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows)))
    assert [r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], name
    for r in rows:
        assert r['total']['count'] == r['admin']['count'] + r['tech']['count'], (name, r)
        if r['planned']:
            assert r['total']['women'] is None and r['admin']['women'] is None
        else:
            assert r['total']['women'] == r['admin']['women'] + r['tech']['women'], (name, r)
            for k in ('total', 'admin', 'tech'):
                assert r[k]['women'] <= r[k]['count']
    planned = rows[-1]
    assert f['edition']['year'] == planned['fiscalYear'] == f['exams']['fiscalYear'], name
    last = rows[-2]
    a = f['assignments']
    assert a['cohortFiscalYear'] == last['fiscalYear'], name
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    assert (sa, st) == (last['admin']['count'], last['tech']['count']) == (a['totals']['admin'], a['totals']['tech']), (name, sa, st)
    units = [r['unit'] for r in a['rows']]
    assert len(units) == len(set(units)), name
    tot = {'事務': 0, '技術': 0}
    keys = set()
    for e in f['exams']['entries']:
        assert sum(b['count'] for b in e['breakdown']) == e['total'], (name, e)
        k = '事務' if '事務' in e['track'] else '技術'
        tot[k] += e['total']
        lvl = 'g' if '院' in e['exam'] else 'u'
        for b in e['breakdown']:
            key = (k, lvl, norm(b['category']))
            assert key not in keys, (name, key)
            keys.add(key)
    assert tot['事務'] == planned['admin']['count'] and tot['技術'] == planned['tech']['count'], (name, tot)
    assert len(f['contacts']) >= 2 and len(f['access']['routes']) >= 2
    assert len(f['initiatives']) >= 3 and len(f['supportSystems']) >= 3
    # every fact string is printed
    strings = [f['organization'], f['document'], f['edition']['asOfText'], f['exams']['title'], f['assignments']['intro'],
               f['access']['address'], f['lead']['title'], f['supportTitle'], f['training']['title']]
    strings += f['hiring']['intro'] + f['hiring']['note'] + list(f['hiring']['tracks'].values())
    for r in rows:
        strings += [r['label'], r['labelText']]
        if not f['hiring']['textSynthesised']:
            strings += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    for e in f['exams']['entries']:
        strings += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not f['exams']['textSynthesised']:
            strings.append(e['text'])
    for r in a['rows']:
        strings.append(r['unit'])
    for c in f['contacts']:
        strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    strings += f['access']['routes'] + f['lead']['text'] + f['training']['paragraphs']
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['duration'], s['text']]
    for s in strings:
        if norm(s) not in drawn:
            raise SystemExit(f'{name}: fact string not printed: {s!r}')


def write(doc, facts, seed):
    os.makedirs(OUT, exist_ok=True)
    exp = doc.expected_text()
    verify_facts(facts, exp)
    facts['pages'] = len(doc.pages)
    pdf = os.path.join(OUT, doc.name + '.pdf')
    doc.check_and_write(pdf, seed)
    # the text layer gives exactly the drawn characters, page by page (furniture included)
    import subprocess
    for pi, p in enumerate(doc.pages):
        got = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), '-enc', 'UTF-8', pdf, '-'],
                             capture_output=True, text=True, check=True).stdout
        a = Counter(ch for ch in got if not ch.isspace())
        b = Counter(ch for it in p['items'] for ch in it['s'] if not ch.isspace())
        if a != b:
            raise SystemExit(f'{doc.name} p{pi + 1}: pdftotext differs: +{a - b} -{b - a}')
    with open(os.path.join(OUT, doc.name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(exp)
    with open(os.path.join(OUT, doc.name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print('wrote', doc.name)


# ================================================================================================================
# 1. 福岡市 — icon + short-word headings, hiring years RIGHT-TO-LEFT with a 前年比 decoy row,
#    access routes (train + bus) in ONE sentence, contacts in a FOOTER BAND repeated on both pages
# ================================================================================================================
FK_BLUE = HexColor('#1b5fa8')
FK_PALE = HexColor('#e6eef8')


def fk_heading(d, x, y, word, icon):
    """Icon (graphics only) + a short word. y = baseline of the word."""
    cx, cy = x + 9, y - 5
    d.circle(cx, cy, 9, fill=FK_BLUE)
    if icon == 'bar':
        for i, hgt in enumerate((5, 8, 11)):
            d.rect(cx - 5 + i * 3.6, cy + 5 - hgt, 2.4, hgt, fill=white)
    elif icon == 'tri':
        d.poly([(cx - 4, cy + 4), (cx + 5, cy + 4), (cx, cy - 5)], fill=white)
    elif icon == 'sq':
        d.rect(cx - 4, cy - 4, 8, 8, fill=white)
    else:
        d.circle(cx, cy, 4, fill=white)
    d.line(x + 23, y, word, font='G', size=13, color=FK_BLUE)
    d.hline(x + 23 + sw(word, 'G', 13) + 6, x + 23 + sw(word, 'G', 13) + 60, y - 4, color=FK_BLUE, lw=1.2)
    return y + 16


FK_CONTACTS = [
    dict(track='事務系', office='人事委員会事務局 任用課', location='福岡市役所 本庁舎13階',
         tel=['092-711-4693'], email=['saiyo-jimu@city.fukuoka.lg.jp']),
    dict(track='技術系', office='総務企画局 人事部 人事課', location='福岡市役所 本庁舎3階',
         tel=['092-711-4105'], email=['saiyo-gijutsu@city.fukuoka.lg.jp']),
]


def fk_footer(d):
    top = 748
    d.rect(0, top, W, H - top, fill=FK_BLUE)
    d.line(40, top + 16, 'お問い合わせ　採用試験・配属に関するご質問は下記までお寄せください。', font='G', size=9, color=white)
    for i, c in enumerate(FK_CONTACTS):
        x = 40 + i * 262
        y = top + 34
        d.rect(x, y - 9, 40, 12, fill=white)
        d.line(x + 4, y, c['track'], font='G', size=8.5, color=FK_BLUE)
        d.line(x + 46, y, c['office'], font='G', size=9, color=white)
        d.line(x, y + 14, c['location'], size=8.5, color=white)
        d.line(x, y + 27, 'TEL ' + c['tel'][0], size=8.5, color=white)
        d.line(x, y + 40, 'Mail ' + c['email'][0], size=8.5, color=white)
        if i == 0:
            d.vline(292, top + 24, top + 86, color=white, lw=0.5)


def fukuoka():
    d = Doc('fukuoka-2026')
    years = list(range(2021, 2027))
    labels = [f'令和{y - 2018}年度' for y in years]
    data = [(62, 30, 45, 9), (66, 31, 48, 11), (70, 35, 44, 10), (68, 33, 51, 13), (72, 36, 53, 14), (75, None, 55, None)]
    rows = hiring_rows(years, labels, data, label_texts=labels[:-1] + ['令和8年度（予定）'])
    # --- masthead
    d.rect(0, 0, W, 108, fill=FK_BLUE)
    d.line(40, 36, 'CITY OF FUKUOKA', font='G', size=9, color=white)
    d.line(40, 78, '福岡市　職員採用案内', font='G', size=26, color=white)
    d.line(40, 94, '大学卒業程度・社会人経験者（事務系・技術系）', font='G', size=10, color=white)
    d.line(W - 40, 56, '令和8年3月発行', font='G', size=10, color=white, align='right')
    y = 134
    lead_title = 'アジアのリーダー都市を、ともにつくる。'
    lead = ['福岡市は、人口約165万人を擁する九州最大の都市です。市民に最も身近な基礎自治体として、子育て・福祉からまちづくり、経済振興まで幅広い分野の仕事に携わります。',
            '事務系職員は政策の企画や市民サービスを、技術系職員は道路・下水道・公園・建築物などの整備と維持管理を担い、生活の質の高いまちを支えています。']
    d.line(40, y, lead_title, font='G', size=13)
    y += 18
    for p in lead:
        y = d.para(40, y, 515, p, size=9) + 2
    y += 8
    y = fk_heading(d, 40, y + 8, '実績', 'bar') + 4
    intro = '採用者数の推移（単位：人、（ ）内は女性で内数）'
    d.put(40, y, intro, size=8.5)
    d.put(555, y, '※表は新しい年度から順に並べています', size=7.5, align='right')
    d.exp(intro + ' ※表は新しい年度から順に並べています')   # one baseline: one line
    y += 8
    head = ['区分'] + [r['label'] + ('\n（予定）' if r['planned'] else '') for r in reversed(rows)]
    head[1] = '令和8年度\n（予定）'
    body = []
    for key, lab in (('admin', '事務系'), ('tech', '技術系'), ('total', '計')):
        body.append([lab] + [r[key]['text'] for r in reversed(rows)])
    tot = [r['total']['count'] for r in rows]
    diff = ['－'] + [('＋' if b > a else ('±' if b == a else '－')) + str(abs(b - a)) for a, b in zip(tot, tot[1:])]
    diff = ['±0' if x == '±0' else x for x in diff]
    body.append(['前年比（計）'] + list(reversed(diff)))
    y = d.table(40, y, [70] + [74] * 6, [head] + body, size=8.5, header=(0,), align=['l'] + ['c'] * 6,
                tint={3: FK_PALE}, hfill=FK_PALE)
    y += 12
    notes = ['※令和8年度は採用予定数です。女性の内訳は未定です。', '※前年比は、計（採用者数）の前年度からの増減を示します。']
    for n in notes:
        d.line(40, y, n, size=7.5)
        y += 11
    y += 8
    # two columns: 配属 | 募集
    top = y
    x1, w1, x2, w2 = 40, 250, 305, 250
    yy = fk_heading(d, x1, top + 8, '配属', 'sq') + 4
    a_intro = '令和7年度採用者の主な配属先（令和7年4月1日現在）'
    d.line(x1, yy, a_intro, size=8)
    yy += 6
    units = [('総務企画局', 8, 2), ('財政局', 6, None), ('市民局', 5, None), ('こども未来局', 7, 1), ('保健福祉局', 10, 2),
             ('環境局', 4, 6), ('経済観光文化局', 6, None), ('住宅都市みどり局', 3, 12), ('道路下水道局', 2, 18),
             ('港湾空港局', 3, 5), ('区役所', 18, 7)]
    trows = [['配属先', '事務系', '技術系']] + [[u, str(a), str(t) if t else '－'] for u, a, t in units]
    yy = d.table(x1, yy, [130, 60, 60], trows, size=8, header=(0,), align=['l', 'r', 'r'], hfill=FK_PALE, pad=2.2)
    d.line(x1, yy + 11, '（単位：人）', size=7.5)
    ycol1 = yy + 11
    yy = fk_heading(d, x2, top + 8, '募集', 'tri') + 4
    e_title = '令和8年度 採用予定数（試験区分別）'
    d.line(x2, yy, e_title, font='G', size=9)
    yy += 16
    exams = [
        ('事務系', '大学卒業程度', [('行政（一般）', 60), ('行政（福祉）', 8)]),
        ('技術系', '大学卒業程度', [('土木', 24), ('建築', 10), ('電気', 6), ('機械', 5), ('化学', 4)]),
        ('事務系', '社会人経験者', [('行政（社会人）', 7)]),
        ('技術系', '社会人経験者', [('土木（社会人）', 6)]),
    ]
    entries = []
    cur = None
    for tr, ex, cats in exams:
        if ex != cur:
            d.rect(x2, yy - 9, w2, 13, fill=FK_PALE)
            d.line(x2 + 4, yy, '■' + ex, font='G', size=8.5, color=FK_BLUE)
            yy += 16
            cur = ex
        text = '・'.join(f'{c}{n}名' for c, n in cats)
        d.put(x2 + 8, yy, tr, font='G', size=8.5)
        parts, cur_ln = [], ''
        for k, item in enumerate(f'{c}{n}名' for c, n in cats):   # break only after a ・
            piece = item + ('・' if k < len(cats) - 1 else '')
            if cur_ln and sw(cur_ln + piece, 'M', 8.5) > w2 - 52:
                parts.append(cur_ln)
                cur_ln = ''
            cur_ln += piece
        parts.append(cur_ln)
        for li, ln in enumerate(parts):
            d.put(x2 + 52, yy, ln, size=8.5)
            d.exp(tr + ' ' + ln if li == 0 else ln)   # the track and the first line share a baseline
            yy += 13
        yy += 3
        entries.append({'track': tr, 'exam': ex, 'text': text, 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                        'total': sum(n for _, n in cats)})
    n1 = '※社会人経験者は職務経験5年以上の方が対象です。'
    d.line(x2, yy + 4, n1, size=7.5)
    assert ycol1 < 740 and yy < 740, (ycol1, yy)
    fk_footer(d)
    # ---------------- p2
    d.new_page()
    d.rect(0, 0, W, 22, fill=FK_BLUE)
    y = 58
    y = fk_heading(d, 40, y, '働く', 'circle') + 6
    inits = [('テレワーク', '全ての職場で在宅勤務を利用でき、育児・介護中の職員も柔軟に働いています。'),
             ('時差出勤', '始業時刻を7時30分から10時30分の間で選ぶことができます。'),
             ('業務改革（DX）', 'オンライン申請やAIの活用を進め、窓口と内部事務の効率化に取り組んでいます。')]
    cw = (515 - 2 * 16) / 3
    ys = []
    for i, (t, tx) in enumerate(inits):
        x = 40 + i * (cw + 16)
        d.rect(x, y - 10, cw, 15, fill=FK_PALE)
        d.line(x + 5, y, '●' + t, font='G', size=9, color=FK_BLUE)
        ys.append(d.para(x, y + 17, cw, tx, size=8.5, lead=13))
    y = max(ys) + 14
    y = fk_heading(d, 40, y + 8, '支える', 'circle') + 4
    support_title = '仕事と家庭の両立を支える制度'
    d.line(40, y, support_title, font='G', size=9)
    y += 6
    sup = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は9割を超えています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '週19時間25分から勤務できます。'),
           ('介護休暇', '通算6月まで', '3回まで分割して取得できます。'),
           ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y = d.table(40, y, [110, 120, 285], [['制度', '期間', '内容']] + [list(s) for s in sup], size=8.5,
                header=(0,), hfill=FK_PALE) + 18
    y = fk_heading(d, 40, y + 8, '学ぶ', 'tri') + 4
    tr_title = '研修制度'
    d.line(40, y, tr_title, font='G', size=9)
    y += 16
    train = ['採用後は新規採用職員研修で市政の基本と公務員としての心構えを学び、職場ではOJTを通じて実務を身に付けます。',
             '採用後おおむね10年間で3か所程度の職場を経験するジョブローテーションのほか、国や民間企業への派遣研修もあります。']
    for p in train:
        y = d.para(40, y, 515, p, size=8.5, lead=13.5) + 3
    y += 10
    y = fk_heading(d, 40, y + 8, '訪ねる', 'sq') + 4
    address = '〒810-8620 福岡市中央区天神1-8-1 福岡市役所本庁舎'
    d.line(40, y, address, size=9)
    y += 16
    routes = ['地下鉄空港線『天神』駅 12番出口から徒歩約3分', '地下鉄七隈線『天神南』駅 6番出口から徒歩約5分',
              '西鉄バス『市役所北口』停留所から徒歩約1分']
    sentence = '本庁舎へは、' + '、'.join(routes) + 'です。'
    y = d.para(40, y, 330, sentence, size=9, lead=14.5)
    d.rect(400, y - 70, 155, 62, stroke=GREY, fill=FK_PALE)
    assert y < 735, y
    fk_footer(d)
    facts = {
        'fixture': 'fukuoka-2026', 'organization': '福岡市', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月'},
        'hiring': {'intro': [intro, '※表は新しい年度から順に並べています'], 'note': notes,
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled table with tracks as rows and years as COLUMNS RUNNING RIGHT TO LEFT (令和8年度（予定） first, 令和3年度 last), a decoy 前年比（計） row (＋5, ±0) under 計',
                   'rows': rows},
        'exams': {'title': e_title, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': '■ exam bars, then one line per track: track at the left, 行政（一般）60名・行政（福祉）8名 beside it (wrapped)',
                  'entries': entries},
        'contacts': FK_CONTACTS,
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled table 配属先 | 事務系 | 技術系, － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 72, 'tech': 53}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': tx} for t, tx in inits],
        'supportTitle': support_title,
        'supportSystems': [{'name': n, 'duration': du, 'text': tx} for n, du, tx in sup],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': train},
        'keyFigures': [],
    }
    write(d, facts, 2101)



# ================================================================================================================
# 2. 新潟県 — hiring table with its HEADER ROW AT THE BOTTOM and a 累計 decoy column, a ※修正 footnote that
#    CORRECTS one printed cell, the exam breakdown SPLIT BY 試験区分 ACROSS THE TWO PAGES, a decoy 1年間の流れ
# ================================================================================================================
NG_GREEN = HexColor('#2e7d4f')
NG_PALE = HexColor('#e8f3ec')


def ng_heading(d, x, y, text, width):
    d.rect(x, y - 11, 5, 14, fill=NG_GREEN)
    d.line(x + 10, y, text, font='G', size=12, color=NG_GREEN)
    d.hline(x, x + width, y + 5, color=NG_GREEN, lw=0.8)
    return y + 20


def niigata():
    d = Doc('niigata-2026')
    years = list(range(2021, 2027))
    labels = [f'令和{y - 2018}年度' for y in years]
    data = [(48, 22, 40, 8), (51, 24, 42, 9), (50, 23, 41, 10), (53, 25, 44, 11), (55, 27, 46, 12), (58, None, 47, None)]
    texts = []
    for a, aw, t, tw in data:
        if aw is None:
            texts.append({'admin': str(a), 'tech': str(t), 'total': str(a + t)})
        else:
            texts.append({'admin': f'{a}（{aw}）', 'tech': f'{t}（{tw}）', 'total': f'{a + t}（{aw + tw}）'})
    printed = [dict(x) for x in texts]
    printed[2]['tech'] = '40（10）'          # the misprint corrected by the ※修正 note
    texts[2]['tech'] = '41（10）'
    rows = hiring_rows(years, labels, data, label_texts=labels[:-1] + ['令和8年度（予定）'], texts=texts)
    # masthead
    d.rect(0, 0, 16, 120, fill=NG_GREEN)
    d.line(40, 40, 'NIIGATA PREFECTURE', font='G', size=8.5, color=NG_GREEN)
    d.line(40, 76, '新潟県職員採用案内', font='G', size=28)
    d.line(40, 98, '大学卒業程度・社会人経験者 ｜ 行政・技術', font='G', size=10, color=GREY)
    d.line(555, 98 + 18, '2026年3月発行', size=9, align='right')
    d.hline(40, 555, 106, color=NG_GREEN, lw=2)
    y = 140
    lead_title = '雪国の暮らしを守り、にいがたの未来を描く。'
    lead = ['新潟県は、佐渡や粟島を含む30の市町村からなり、日本有数の米どころとして農業・食品産業を擁するとともに、長い海岸線と豪雪地帯を抱えています。',
            '県職員は、県民の安全・安心を守る防災や除雪、産業振興、医療・福祉まで、広域自治体ならではのスケールで地域の課題に向き合います。']
    d.line(40, y, lead_title, font='G', size=12.5)
    y += 18
    for p in lead:
        y = d.para(40, y, 515, p, size=9) + 2
    y += 10
    y = ng_heading(d, 40, y + 8, '採用実績', 515)
    intro = '採用者数の推移（人）　（ ）内は女性の内数'
    d.line(40, y, intro, size=8.5)
    y += 7
    body = []
    cum = 0
    for r, pt in zip(rows, printed):
        cum += r['total']['count']
        lab = r['label'] + ('（予定）' if r['planned'] else '')
        body.append([lab, pt['admin'], pt['tech'], pt['total'], str(cum)])
    head = ['年度', '事務系', '技術系', '計', '累計※2']
    y = d.table(40, y, [120, 95, 95, 95, 110], body + [head], size=8.5, header=(len(body),), align=['l', 'r', 'r', 'r', 'r'],
                hfill=NG_PALE, tint={5: HexColor('#f4f4f4')})
    y += 12
    notes = ['※1 令和8年度は採用予定数です（女性の内訳は未定）。', '※2 累計は、令和3年度からの採用者数（予定を含む）の合計です。',
             '※修正：令和5年度の技術系「40（10）」は「41（10）」の誤りです。計の「91（33）」は正しい数値です。']
    for n in notes:
        d.line(40, y, n, size=7.5, color=HexColor('#b00020') if n.startswith('※修正') else black)
        y += 11
    y += 6
    top = y
    x1, w1, x2, w2 = 40, 240, 300, 255
    yy = ng_heading(d, x1, top + 8, '配属実績', w1)
    a_intro = '令和7年度採用者の配属先（部局別）'
    d.line(x1, yy, a_intro, size=8.5)
    yy += 6
    units = [('総務部', 6, 1), ('県民生活・環境部', 4, 2), ('福祉保健部', 8, None), ('産業労働部', 5, None),
             ('農林水産部', 3, 8), ('土木部', 4, 20), ('地域振興局', 22, 15), ('教育庁', 3, None)]
    yy = d.table(x1, yy, [120, 60, 60], [['部局', '事務系', '技術系']] + [[u, f'{a}名', f'{t}名' if t else '－'] for u, a, t in units],
                 size=8.5, header=(0,), align=['l', 'r', 'r'], hfill=NG_PALE, rule=True, vrules=False)
    yy += 12
    d.line(x1, yy, '※地域振興局は県内12か所の合計です。', size=7.5)
    yyl = yy
    yy = ng_heading(d, x2, top + 8, '採用予定（大学卒業程度）', w2)
    e_title = '令和8年度 採用予定数（大学卒業程度試験）'
    d.line(x2, yy, e_title, size=8.5)
    yy += 6
    ex1 = [('事務系', [('一般行政', 40), ('警察行政', 5)]),
           ('技術系', [('総合土木', 24), ('農業土木', 8), ('林業', 4), ('建築', 2), ('電気', 2)])]
    trows = [['職種', '試験区分', '予定数']]
    for tr, cats in ex1:
        for i, (c, n) in enumerate(cats):
            trows.append([tr if i == 0 else '', c, f'{n}名'])
    yy = d.table(x2, yy, [60, 120, 75], trows, size=8.5, header=(0,), align=['l', 'l', 'r'], hfill=NG_PALE)
    yy += 12
    d.line(x2, yy, '※社会人経験者の採用予定は2ページに掲載しています。', size=7.5)
    assert max(yy, yyl) < 800, (yy, yyl)
    # ---------------- p2
    d.new_page()
    y = 50
    y = ng_heading(d, 40, y, '採用予定（社会人経験者）', 515)
    e2_title = '令和8年度 採用予定数（社会人経験者試験）'
    d.line(40, y, e2_title, size=8.5)
    y += 6
    ex2 = [('事務系', [('一般行政（社会人）', 13)]), ('技術系', [('総合土木（社会人）', 5), ('建築（社会人）', 2)])]
    trows = [['職種', '試験区分', '予定数']]
    for tr, cats in ex2:
        for i, (c, n) in enumerate(cats):
            trows.append([tr if i == 0 else '', c, f'{n}名'])
    y = d.table(40, y, [80, 160, 80], trows, size=8.5, header=(0,), align=['l', 'l', 'r'], hfill=NG_PALE)
    d.line(380, y - 40, '※大学卒業程度試験の', size=7.5)
    d.line(380, y - 29, '採用予定は1ページに掲載しています。', size=7.5)
    y += 20
    # two columns: initiatives + support | 1年間の流れ (decoy) + training
    top = y
    x1, w1, x2, w2 = 40, 250, 310, 245
    yy = ng_heading(d, x1, top, '働き方改革', w1)
    inits = [('テレワーク', '本庁・地域機関のどこからでもリモートアクセスで業務ができます。'),
             ('フレックスタイム制', '1日の勤務時間を柔軟に割り振ることができます。'),
             ('除雪期の時差出勤', '大雪の日は出勤時刻を遅らせ、安全に通勤できるようにしています。')]
    for t, tx in inits:
        d.line(x1, yy, '◆' + t, font='G', size=9)
        yy = d.para(x1 + 10, yy + 14, w1 - 10, tx, size=8.5, lead=13) + 4
    yy += 8
    yy = ng_heading(d, x1, yy + 8, '両立支援', w1)
    support_title = '子育て・介護と仕事の両立支援'
    d.line(x1, yy, support_title, font='G', size=8.5)
    yy += 16
    sup = [('育児休業', '子が3歳に達するまで', '父親の取得も広がっています。'),
           ('部分休業', '子が小学校就学前まで', '1日2時間まで勤務しないことができます。'),
           ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    for n, du, tx in sup:
        d.line(x1, yy, f'●{n}（{du}）', font='G', size=8.5)
        yy = d.para(x1 + 10, yy + 13, w1 - 10, tx, size=8.5, lead=13) + 4
    yyl = yy
    yy = ng_heading(d, x2, top, '新規採用職員の1年間の流れ', w2)
    flow = [('4月', '新規採用職員研修（3日間）'), ('5月', '配属先でOJT開始'), ('7月', '前期フォローアップ研修'),
            ('10月', '地域振興局での現地実習（2日間）'), ('1月', '除雪・防災の実地研修'), ('3月', '1年目の振り返り面談')]
    fy = yy + 4
    d.vline(x2 + 30, fy - 6, fy + 20 * (len(flow) - 1) + 2, color=NG_GREEN, lw=2)
    for m, tx in flow:
        d.circle(x2 + 30, fy - 3, 4, fill=NG_GREEN)
        d.put(x2, fy, m, font='G', size=8.5, color=NG_GREEN)
        d.put(x2 + 42, fy, tx, size=8.5)
        d.exp(m + ' ' + tx)
        fy += 20
    yy = fy + 10
    yy = ng_heading(d, x2, yy + 8, '研修', w2)
    tr_title = '研修制度'
    d.line(x2, yy, tr_title, font='G', size=8.5)
    yy += 15
    train = ['新規採用職員研修から階層別研修、専門研修まで、職員の成長段階に応じた研修を用意しています。',
             '国や市町村への派遣、大学院への派遣研修など、視野を広げる機会もあります。']
    for p in train:
        yy = d.para(x2, yy, w2, p, size=8.5, lead=13) + 3
    y = max(yy, yyl) + 12
    y = ng_heading(d, 40, y + 8, 'お問い合わせ・アクセス', 515)
    contacts = [dict(track='事務系', office='人事委員会事務局 任用課', location='新潟県庁 行政庁舎11階',
                     tel=['025-280-5571'], email=['ninyo@pref.niigata.lg.jp']),
                dict(track='技術系', office='土木部 監理課 技術管理室', location='新潟県庁 行政庁舎7階',
                     tel=['025-280-5380'], email=['gijutsu-saiyo@pref.niigata.lg.jp'])]
    cy0 = y
    for i, c in enumerate(contacts):
        x = 40 + i * 175
        d.rect(x, cy0 - 12, 165, 78, fill=NG_PALE)
        cy = cy0 + 2
        d.line(x + 6, cy, '［' + c['track'] + '］', font='G', size=8.5, color=NG_GREEN)
        d.line(x + 6, cy + 14, c['office'], size=8.5)
        d.line(x + 6, cy + 27, c['location'], size=8.5)
        d.line(x + 6, cy + 40, '電話　' + c['tel'][0], size=8.5)
        d.line(x + 6, cy + 53, c['email'][0], size=8.5)
    address = '〒950-8570 新潟市中央区新光町4番地1'
    routes = ['JR『新潟』駅 万代口バスターミナルから新潟交通バス（県庁経由）約20分',
              '新潟交通バス『県庁前』停留所 下車 徒歩約1分']
    ax = 395
    d.line(ax, cy0 + 2, '新潟県庁', font='G', size=8.5)
    ay = d.para(ax, cy0 + 15, 160, address, size=8, lead=12)
    for r in routes:
        ay = d.para(ax, ay, 160, '・' + r, size=8, lead=12)
    assert ay < 800, ay
    facts = {
        'fixture': 'niigata-2026', 'organization': '新潟県', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {'intro': [intro], 'note': notes,
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'years as rows with the HEADER ROW AT THE BOTTOM (年度 | 事務系 | 技術系 | 計 | 累計※2), a decoy 累計 column (cumulative, incl. the planned year); the 令和5年度 技術系 cell is printed 40（10） and CORRECTED to 41（10） by a ※修正 note (its total 91（33） is printed right)',
                   'rows': rows},
        'exams': {'title': e_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'SPLIT ACROSS THE PAGES by 試験区分: the 大学卒業程度 table on p1, the 社会人経験者 table on p2 (own heading, same columns 職種 | 試験区分 | 予定数, the track only on its first row)',
                  'entries': [{'track': tr, 'exam': ex, 'text': '・'.join(f'{c}{n}名' for c, n in cats),
                               'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)}
                              for ex, group in (('大学卒業程度', ex1), ('社会人経験者', ex2)) for tr, cats in group]},
        'contacts': contacts,
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'table 部局 | 事務系 | 技術系 with horizontal rules, 6名, － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 55, 'tech': 46}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': tx} for t, tx in inits],
        'supportTitle': support_title,
        'supportSystems': [{'name': n, 'duration': du, 'text': tx} for n, du, tx in sup],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': train},
        'keyFigures': [],
    }
    write(d, facts, 2102)



# ================================================================================================================
# 3. 鉄道建設・運輸施設整備支援機構 — women ONLY in a SEPARATE small table in the OTHER orientation (years as columns,
#    two-line year headers) beside the head-count table; assignments PER TRACK in two lists ON DIFFERENT PAGES;
#    exam breakdown CATEGORY-MAJOR (土木　学部卒30名／大学院卒20名); a decoy 先輩職員インタビュー with figures
# ================================================================================================================
JR_NAVY = HexColor('#173b6c')
JR_ORANGE = HexColor('#e07b00')
JR_PALE = HexColor('#eef2f8')


def jr_heading(d, x, y, text, width):
    d.rect(x, y - 12, width, 17, fill=JR_PALE)
    d.rect(x, y - 12, 4, 17, fill=JR_ORANGE)
    d.line(x + 10, y, text, font='G', size=11, color=JR_NAVY)
    return y + 20


def jrtt():
    d = Doc('jrtt-2026')
    years = list(range(2021, 2027))
    labels = [f'令和{y - 2018}年度' for y in years]
    data = [(22, 10, 68, 12), (24, 11, 72, 14), (25, 12, 75, 15), (23, 11, 80, 17), (26, 13, 84, 18), (28, None, 88, None)]
    rows = hiring_rows(years, labels, data, label_texts=labels[:-1] + ['令和8年度（予定）'])
    d.rect(0, 0, W, 116, fill=JR_NAVY)
    d.line(40, 32, 'JAPAN RAILWAY CONSTRUCTION, TRANSPORT AND TECHNOLOGY AGENCY', font='G', size=7.5, color=white)
    d.line(40, 52, '独立行政法人', font='G', size=10, color=white)
    d.line(40, 80, '鉄道建設・運輸施設整備支援機構', font='G', size=22, color=white)
    d.line(40, 102, '職員採用案内　事務系・技術系（土木・建築・機械・電気）', font='G', size=10, color=white)
    d.line(555, 132, '令和８年３月', font='G', size=9, color=JR_NAVY, align='right')
    y = 154
    lead_title = '鉄道をつくり、海と陸の交通を支える。'
    lead = ['鉄道建設・運輸施設整備支援機構（JRTT）は、整備新幹線をはじめとする鉄道の建設や、船舶の共有建造、交通事業者への助成などを通じて、国内の交通ネットワークを支えています。',
            '技術系職員は鉄道施設の計画・設計・工事監理を、事務系職員は用地取得や契約、財務、助成業務などを担います。']
    d.line(40, y, lead_title, font='G', size=12.5)
    y += 18
    for p in lead:
        y = d.para(40, y, 515, p, size=9) + 2
    y += 8
    y = jr_heading(d, 40, y + 8, '採用実績', 515)
    intro = '採用者数（人）'
    w_intro = 'うち女性（人）'
    top = y
    d.line(40, y, intro, font='G', size=8.5)
    hrows = [['年度', '事務系', '技術系', '合計']]
    for r in rows:
        hrows.append([r['labelText'], str(r['admin']['count']), str(r['tech']['count']), str(r['total']['count'])])
    yl = d.table(40, y + 6, [100, 52, 52, 52], hrows, size=8.5, header=(0,), align=['l', 'r', 'r', 'r'],
                 tint={6: HexColor('#fff2e0')}, hfill=JR_PALE)
    xw = 318
    d.line(xw, top, w_intro, font='G', size=8.5)
    wrows = [['区分'] + [f'令和{y - 2018}\n年度' for y in years[:-1]]]
    for key, lab in (('admin', '事務系'), ('tech', '技術系'), ('total', '合計')):
        wrows.append([lab] + [str(r[key]['women']) for r in rows[:-1]])
    yr = d.table(xw, top + 6, [52] + [37] * 5, wrows, size=8.5, header=(0,), align=['l'] + ['r'] * 5, hfill=JR_PALE)
    y = max(yl, yr) + 12
    notes = ['※令和8年度は採用予定数です。女性の内訳は採用予定数に含めていません。',
             '※うち女性の表は、左の表の各年度の採用者数のうち女性の人数です。']
    for n in notes:
        d.line(40, y, n, size=7.5)
        y += 11
    y += 6
    top = y
    x1, w1, x2, w2 = 40, 240, 300, 255
    yy = jr_heading(d, x1, top + 8, '配属実績（事務系）', w1)
    a_intro = '令和7年度入社者（事務系）の配属先'
    d.line(x1, yy, a_intro, size=8.5)
    admin_units = [('本社', 10), ('共有船舶建造支援部', 2), ('東京支社', 4), ('大阪支社', 3), ('北海道新幹線建設局', 3),
                   ('九州新幹線建設局', 2), ('北陸新幹線建設局', 2)]
    yy = d.table(x1, yy + 6, [170, 70], [['配属先', '人数']] + [[u, f'{n}名'] for u, n in admin_units], size=8.5,
                 header=(0,), align=['l', 'r'], hfill=JR_PALE, vrules=False)
    d.line(x1 + 240, yy + 12, '計　26名', size=8.5, align='right')
    d.line(x1, yy + 25, '※技術系の配属先は2ページに掲載しています。', size=7.5)
    yyl = yy + 25
    yy = jr_heading(d, x2, top + 8, '採用予定', w2)
    e_title = '令和8年度 採用予定数（職種・学歴別）'
    d.line(x2, yy, e_title, size=8.5)
    yy += 18
    ex = {'事務系': [('事務', 20, 8)], '技術系': [('土木', 30, 20), ('建築', 8, 4), ('機械', 6, 3), ('電気', 12, 5)]}
    for tr, cats in ex.items():
        d.line(x2, yy, f'【{tr}】', font='G', size=9, color=JR_NAVY)
        yy += 15
        for c, u, g in cats:
            d.put(x2 + 10, yy, c, font='G', size=9)
            d.put(x2 + 60, yy, f'学部卒{u}名／大学院卒{g}名', size=9)
            d.exp(f'{c}\t学部卒{u}名／大学院卒{g}名')
            d.hline(x2 + 10, x2 + w2, yy + 4, color=HexColor('#bbbbbb'), lw=0.4, dash=(1, 2))
            yy += 16
        yy += 4
    for n in ('※学部卒：大学卒業（見込み）の方', '※大学院卒：修士課程修了（見込み）の方'):
        d.line(x2, yy + 2, n, size=7.5)
        yy += 11
    assert max(yy, yyl) < 800, (yy, yyl)
    entries = []
    for lvl, idx in (('学部卒', 1), ('大学院卒', 2)):
        for tr, cats in ex.items():
            bd = [{'category': c[0], 'count': c[idx]} for c in cats]
            entries.append({'track': tr, 'exam': lvl, 'text': '・'.join(f"{b['category']}{b['count']}名" for b in bd),
                            'breakdown': bd, 'total': sum(b['count'] for b in bd)})
    # ---------------- p2
    d.new_page()
    y = 50
    top = y
    yy = jr_heading(d, x1, top, '配属実績（技術系）', w1)
    a2_intro = '令和7年度入社者（技術系）の配属先'
    d.line(x1, yy, a2_intro, size=8.5)
    tech_units = [('本社', 10), ('東京支社', 14), ('大阪支社', 12), ('北海道新幹線建設局', 22), ('九州新幹線建設局', 11),
                  ('北陸新幹線建設局', 15)]
    yy = d.table(x1, yy + 6, [170, 70], [['配属先', '人数']] + [[u, f'{n}名'] for u, n in tech_units], size=8.5,
                 header=(0,), align=['l', 'r'], hfill=JR_PALE, vrules=False)
    d.line(x1 + 240, yy + 12, '計　84名', size=8.5, align='right')
    yyl = yy + 12
    # decoy interview
    yy = jr_heading(d, x2, top, '先輩職員インタビュー', w2)
    d.rect(x2, yy - 8, 70, 84, fill=HexColor('#d8dde6'))
    d.line(x2 + 78, yy + 2, '北海道新幹線建設局', font='G', size=8.5)
    d.line(x2 + 78, yy + 16, '令和4年度入社　技術系（土木）', size=8.5)
    iv = ('入社4年目、トンネル工事の監理を担当しています。同期は技術系72名で、全国の建設局に散らばっていますが、'
          '今も連絡を取り合う仲間です。第一子の誕生時には育児休業を10か月取得し、職場の理解に支えられました。'
          '延長約212kmの路線を開業まで見届けるのが目標です。')
    # the text runs beside the photo, then full width under it (one flow)
    lines = wrap(iv, 'M', 8.5, w2 - 78)
    iy = yy + 32
    used = ''
    for ln in lines[:4]:
        d.line(x2 + 78, iy, ln, size=8.5)
        used += ln
        iy += 13
    iy = max(iy, yy + 90)
    iy = d.para(x2, iy, w2, iv[len(used):], size=8.5, lead=13)
    y = max(yyl, iy) + 16
    y = jr_heading(d, 40, y + 8, '働きやすい職場づくり', 515)
    inits = [('テレワーク', '本社・支社・建設局で在宅勤務やサテライトオフィス勤務を活用しています。'),
             ('フレックスタイム制', 'コアタイムのない制度で、工事の状況に合わせて勤務時間を調整できます。'),
             ('BIM/CIMの活用', '三次元モデルを設計から施工・維持管理まで活用し、業務を効率化しています。')]
    cw = (515 - 2 * 14) / 3
    ys = []
    for i, (t, tx) in enumerate(inits):
        x = 40 + i * (cw + 14)
        d.hline(x, x + cw, y - 12, color=JR_ORANGE, lw=2)
        d.line(x, y, t, font='G', size=9, color=JR_NAVY)
        ys.append(d.para(x, y + 15, cw, tx, size=8.5, lead=13))
    y = max(ys) + 12
    top = y
    yy = jr_heading(d, x1, top + 8, '両立支援制度', w1)
    support_title = '両立支援制度'
    sup = [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '勤務時間を短縮して働けます。'),
           ('介護休業', '通算93日', '3回まで分割して取得できます。'),
           ('配偶者出産休暇', '2日', '出産に伴う入院の付き添いなどに使えます。')]
    for n, du, tx in sup:
        d.put(x1, yy, '▶' + n, font='G', size=8.5)
        d.put(x1 + w1, yy, du, size=8.5, align='right')
        d.exp('▶' + n + ' ' + du)
        yy = d.para(x1 + 11, yy + 13, w1 - 11, tx, size=8.5, lead=13) + 4
    yyl = yy
    yy = jr_heading(d, x2, top + 8, '研修制度', w2)
    tr_title = '研修制度'
    train = ['入社後は新入職員研修で機構の事業と鉄道建設の基礎を学び、現場での実務を通じて専門性を高めます。',
             '技術系職員は工事監理や設計の専門研修を、事務系職員は用地・契約・会計の実務研修を受講します。']
    for p in train:
        yy = d.para(x2, yy, w2, p, size=8.5, lead=13) + 3
    y = max(yy, yyl) + 12
    y = jr_heading(d, 40, y + 8, 'お問い合わせ・所在地', 515)
    contacts = [dict(track='事務系', office='総務部 人事課', location='横浜アイランドタワー 13階',
                     tel=['045-222-9101'], email=['jinji-saiyo@jrtt.go.jp']),
                dict(track='技術系', office='鉄道建設本部 技術管理部', location='横浜アイランドタワー 15階',
                     tel=['045-222-9155'], email=['gijutsu-saiyo@jrtt.go.jp'])]
    cy = y
    for i, c in enumerate(contacts):
        x = 40 + i * 170
        d.rect(x, cy - 11, 160, 70, stroke=JR_NAVY, lw=0.6)
        d.line(x + 6, cy + 2, '〈' + c['track'] + '〉' + c['office'], font='G', size=8.5)
        d.line(x + 6, cy + 16, c['location'], size=8.5)
        d.line(x + 6, cy + 30, 'TEL ' + c['tel'][0], size=8.5)
        d.line(x + 6, cy + 44, 'MAIL ' + c['email'][0], size=8.5)
    address = '〒231-8315 神奈川県横浜市中区本町6-50-1 横浜アイランドタワー'
    routes = ['みなとみらい線『馬車道』駅 2a出口 直結', 'JR・市営地下鉄『桜木町』駅 徒歩約5分', '市営地下鉄『関内』駅 徒歩約8分']
    ay = d.para(385, cy + 2, 170, address, size=8, lead=12)
    for r in routes:
        ay = d.para(385, ay, 170, '■' + r, size=8, lead=12)
    assert ay < 805, ay
    facts = {
        'fixture': 'jrtt-2026', 'organization': '鉄道建設・運輸施設整備支援機構', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和８年３月'},
        'hiring': {'intro': [intro, w_intro], 'note': notes,
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': True,
                   'layout': 'two tables side by side: head counts with years as ROWS (plain numbers, planned row 令和8年度（予定）) and, at its right, the WOMEN ONLY in a separate table in the OTHER orientation (years as COLUMNS with two-line headers 令和3 / 年度, rows 事務系 / 技術系 / 合計, no planned year)',
                   'rows': rows},
        'exams': {'title': e_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'CATEGORY-MAJOR lines under 【事務系】 / 【技術系】: category at the left, both levels with counts after it on one baseline (土木　学部卒30名／大学院卒20名)',
                  'entries': entries},
        'contacts': contacts,
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'TWO SEPARATE per-track tables on DIFFERENT PAGES (事務系 on p1, 技術系 on p2: 配属先 | 人数); a unit\'s two counts come from the two pages',
                        'rows': [{'unit': u, 'admin': dict(admin_units).get(u), 'tech': dict(tech_units).get(u)}
                                 for u in [u for u, _ in admin_units] + [u for u, _ in tech_units if u not in dict(admin_units)]],
                        'totals': {'admin': 26, 'tech': 84}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': tx} for t, tx in inits],
        'supportTitle': support_title,
        'supportSystems': [{'name': n, 'duration': du, 'text': tx} for n, du, tx in sup],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': train},
        'keyFigures': [],
    }
    write(d, facts, 2103)


BUILDERS = {'fukuoka-2026': fukuoka, 'niigata-2026': niigata, 'jrtt-2026': jrtt}

if __name__ == '__main__':
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        BUILDERS[n]()
