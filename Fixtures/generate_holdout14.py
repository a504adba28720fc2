#!/usr/bin/env python3
"""Blind fixture set 14 (Fixtures/holdout14/): 造幣局, 統計センター, 製品評価技術基盤機構.

Self-contained: a small page model (every visual line one text object at an absolute position, drawn after
the graphics in a seeded shuffled order), line breaking with kinsoku and unbroken ASCII runs, rotated text,
vertical (縦書き) cells set glyph by glyph, and the checks listed in holdout14/README.md.

  python3 Fixtures/generate_holdout14.py              # all three
  python3 Fixtures/generate_holdout14.py mint-2026    # one
"""
import json, os, random, sys, unicodedata
from collections import Counter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout14')

FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, p))

A4 = (595.28, 841.89)
A4L = (841.89, 595.28)


def rgb(h):
    h = h.lstrip('#')
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


GREY = rgb('666666')
LIGHT = rgb('eeeeee')


def sw(text, font, size, cs=0.0):
    return pdfmetrics.stringWidth(text, font, size) + cs * len(text)


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


# ---------------------------------------------------------------- line breaking

NO_START = set('、。，．）」』】〕〉》・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ：；？！％,.)]:;!?')
NO_END = set('（「『【〔〈《([')


def tokens(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isascii() and not ch.isspace():
            j = i
            while j < len(text) and text[j].isascii() and not text[j].isspace():
                j += 1
            out.append(text[i:j]); i = j
        else:
            out.append(ch); i += 1
    return out


def wrap(text, font, size, width):
    toks = tokens(text)
    lines, cur = [], []
    for t in toks:
        if cur and sw(''.join(cur + [t]), font, size) > width:
            carry = []
            # a line may not start with a closing mark / small kana: take the previous token along
            if t[0] in NO_START and len(cur) > 1:
                carry = [cur.pop()]
            while cur and cur[-1][-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append(''.join(cur).rstrip())
            cur = carry + [t]
        else:
            cur.append(t)
    if cur:
        lines.append(''.join(cur).rstrip())
    lines = [l.lstrip(' ') if i else l for i, l in enumerate(lines)]
    for l in lines[1:]:
        need(l and l[0] not in NO_START, f'kinsoku: line starts with {l[:3]!r}')
    for l in lines:
        need(sw(l, font, size) <= width + 0.01, f'line too wide: {l}')
    return lines


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, size):
        self.W, self.H = size
        self.gfx = []      # (kind, args)
        self.items = []    # text objects
        self.lines = []    # expected lines in reading order
        self.furniture = []

    # geometry in top-down coordinates: y is the distance from the top edge (baselines for text)
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        self.gfx.append(('rect', (x, y, w, h, fill, stroke, lw, dash, r)))

    def line(self, x1, y1, x2, y2, color=black, lw=0.6, dash=None):
        self.gfx.append(('line', (x1, y1, x2, y2, color, lw, dash)))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6, dash=None):
        self.gfx.append(('circle', (x, y, r, fill, stroke, lw, dash)))

    def poly(self, pts, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('poly', (pts, fill, stroke, lw)))

    def t(self, x, y, text, font='M', size=8.5, color=black, align='l', angle=0, cs=0.0, mode=0, line=True,
          furniture=False):
        """One text object. align l/c/r at x; angle 90 = rotated counter-clockwise (reads bottom to top).
        line=True appends the text as its own expected line."""
        w = sw(text, font, size, cs)
        if align == 'c':
            x -= w / 2
        elif align == 'r':
            x -= w
        self.items.append(dict(x=x, y=y, text=text, font=font, size=size, color=color, angle=angle, cs=cs,
                               mode=mode, w=w, furniture=furniture))
        if furniture:
            self.furniture.append(text)
        elif line:
            self.lines.append(text)
        return w

    def vt(self, x, y, text, font='G', size=8, color=black, stride=None, line=True):
        """縦書き: one glyph per text object, centred on x, first glyph's top at y."""
        stride = stride or size * 1.12
        for i, ch in enumerate(text):
            gw = sw(ch, font, size)
            if ch in 'ー～':
                # the long-vowel mark turns with the line: a glyph rotated clockwise, centred in its cell
                self.t(x - 0.38 * size, y + i * stride + (stride - gw) / 2, ch, font, size, color, angle=-90,
                       line=False)
                continue
            self.t(x - gw / 2, y + i * stride + size * 0.88, ch, font, size, color, line=False)
        if line:
            self.lines.append(text)
        return len(text) * stride

    def para(self, x, y, text, width, font='M', size=8.5, lead=None, color=black, indent=0):
        """Wrapped paragraph; y = first baseline; returns the baseline after the last line."""
        lead = lead or size * 1.6
        for i, l in enumerate(self._wrap_indent(text, font, size, width, indent)):
            self.t(x + (indent if i == 0 else 0), y, l, font, size, color)
            y += lead
        return y

    def _wrap_indent(self, text, font, size, width, indent):
        if not indent:
            return wrap(text, font, size, width)
        first = wrap(text, font, size, width - indent)
        rest = ''.join(first[1:])
        return [first[0]] + (wrap(rest, font, size, width) if rest else [])

    def bbox(self, it):
        s = it['size']
        if it['angle'] == 90:
            return (it['x'] - 0.88 * s, it['y'] - it['w'], it['x'] + 0.12 * s, it['y'])
        if it['angle'] == -90:
            return (it['x'] - 0.12 * s, it['y'], it['x'] + 0.88 * s, it['y'] + it['w'])
        return (it['x'], it['y'] - 0.88 * s, it['x'] + it['w'], it['y'] + 0.12 * s)


def check_page(pg, name, n):
    boxes = [(pg.bbox(it), it) for it in pg.items]
    for (b, it) in boxes:
        need(b[0] >= 8 and b[2] <= pg.W - 8 and b[1] >= 8 and b[3] <= pg.H - 14,
             f'{name} p{n}: off page / below margin: {it["text"]} {b}')
    for i in range(len(boxes)):
        a, ia = boxes[i]
        for j in range(i + 1, len(boxes)):
            b, ib = boxes[j]
            if a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2:
                raise Fail(f'{name} p{n}: overlap {ia["text"]!r} / {ib["text"]!r}')
    for it in pg.items:
        face = pdfmetrics.getFont(it['font']).face
        for ch in it['text']:
            need(ord(ch) in face.charToGlyph or ch == ' ', f'{name}: glyph {ch!r} missing in {it["font"]}')
    drawn = Counter(ch for it in pg.items if not it['furniture'] for ch in it['text'] if not ch.isspace())
    exp = Counter(ch for l in pg.lines for ch in l if not ch.isspace())
    need(drawn == exp, f'{name} p{n}: drawn != expected: +{drawn - exp} -{exp - drawn}')


def render(pages, path, seed, title):
    c = canvas.Canvas(path, pagesize=pages[0].W and (pages[0].W, pages[0].H), invariant=1)
    c.setTitle(title)
    c.setAuthor('BrochureKit fixtures')
    rnd = random.Random(seed)
    for pg in pages:
        c.setPageSize((pg.W, pg.H))
        H = pg.H
        for kind, a in pg.gfx:
            c.saveState()
            if kind == 'rect':
                x, y, w, h, fill, stroke, lw, dash, r = a
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=int(stroke is not None), fill=int(fill is not None))
                else:
                    c.rect(x, H - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
            elif kind == 'line':
                x1, y1, x2, y2, col, lw, dash = a
                c.setStrokeColor(col); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == 'circle':
                x, y, r, fill, stroke, lw, dash = a
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.circle(x, H - y, r, stroke=int(stroke is not None), fill=int(fill is not None))
            elif kind == 'poly':
                pts, fill, stroke, lw = a
                p = c.beginPath(); p.moveTo(pts[0][0], H - pts[0][1])
                for (x, y) in pts[1:]: p.lineTo(x, H - y)
                p.close()
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.drawPath(p, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        order = list(range(len(pg.items)))
        rnd.shuffle(order)
        for k in order:
            it = pg.items[k]
            c.saveState()
            c.setFillColor(it['color']); c.setStrokeColor(it['color'])
            if it['angle']:
                c.translate(it['x'], H - it['y'])
                c.rotate(it['angle'])
                to = c.beginText(0, 0)
            else:
                to = c.beginText(it['x'], H - it['y'])
            to.setFont(it['font'], it['size'])
            if it['cs']: to.setCharSpace(it['cs'])
            if it['mode']: to.setTextRenderMode(it['mode'])
            to.textOut(it['text'])
            c.drawText(to)
            c.restoreState()
        c.showPage()
    c.save()


# ---------------------------------------------------------------- tables

def cell_lines(text):
    return text if isinstance(text, list) else ([text] if text != '' else [])


def table(pg, x, y, colw, rows, rowh, font='M', size=7.5, header_rows=1, head_fill=None, head_font='G',
          grid=True, align=None, spans=None, fills=None, rule=black, pad=3, vertical=None, line_out=True, vsize=None):
    """rows: list of rows of cells; a cell is a string or a list of strings (several text lines, joined in
    the expected text). spans: {(r, c): (rowspan, colspan)}; covered cells must be None. vertical: set of
    (r, c) whose text is set 縦書き. rowh: a number or a list. Returns the y below the table."""
    spans = spans or {}
    vertical = vertical or set()
    rh = rowh if isinstance(rowh, list) else [rowh] * len(rows)
    ys = [y]
    for h in rh:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for c_, cell in enumerate(row):
            if cell is None:
                continue
            rs, cs_ = spans.get((r, c_), (1, 1))
            x0, x1, y0, y1 = xs[c_], xs[c_ + cs_], ys[r], ys[r + rs]
            fill = (fills or {}).get((r, c_)) or (head_fill if r < header_rows else None)
            if fill is not None:
                pg.rect(x0, y0, x1 - x0, y1 - y0, fill=fill)
            if grid:
                pg.rect(x0, y0, x1 - x0, y1 - y0, stroke=rule, lw=0.5)
            f = head_font if r < header_rows else font
            lines = cell_lines(cell)
            if (r, c_) in vertical:
                text = ''.join(lines)
                n = len(text)
                vs = vsize or size
                stride = min(vs * 1.1, (y1 - y0 - 4) / n)
                need(stride >= vs * 0.95, f'vertical cell too short: {text}')
                need(vs <= x1 - x0 - 2, f'vertical cell too narrow: {text}')
                top = (y0 + y1) / 2 - n * stride / 2
                pg.vt((x0 + x1) / 2, top, text, f, vs, stride=stride, line=False)
                continue
            lh = size * 1.25
            need(len(lines) * lh <= y1 - y0 - 1, f'cell overflow (height): {lines}')
            first = (y0 + y1) / 2 - (len(lines) - 1) * lh / 2 + size * 0.35
            for i, l in enumerate(lines):
                w = sw(l, f, size)
                need(w <= x1 - x0 - 2 * pad + 0.01, f'cell overflow (width): {l}')
                a = (align[c_] if align else 'c') if r >= header_rows else 'c'
                tx = x0 + pad if a == 'l' else (x1 - pad if a == 'r' else (x0 + x1) / 2)
                pg.t(tx, first + i * lh, l, f, size, align=a, line=False)
    if line_out:
        for row in rows:
            pg.lines.append('\t'.join('' if cell is None else ''.join(cell_lines(cell)) for cell in row))
    return ys[-1]


# ---------------------------------------------------------------- facts helpers

def hrow(fy, label, labelText, planned, a, aw, t, tw, fmt='{}（{}）'):
    return dict(fiscalYear=fy, label=label, labelText=labelText, planned=planned,
                total=dict(count=a + t, women=aw + tw, text=fmt.format(a + t, aw + tw)),
                admin=dict(count=a, women=aw, text=fmt.format(a, aw)),
                tech=dict(count=t, women=tw, text=fmt.format(t, tw)))


def exam_entry(track, exam, parts, sep='、', fmt='{}{}'):
    return dict(track=track, exam=exam, text=sep.join(fmt.format(c, n) for c, n in parts),
                breakdown=[dict(category=c, count=n) for c, n in parts], total=sum(n for _, n in parts))


def reiwa(y):
    return y - 2018


def check_facts(f, expected_text, unit_parts=None):
    name = f['fixture']
    h = f['hiring']['rows']
    need(len(h) >= 5, 'fewer than 5 hiring years')
    need([r['planned'] for r in h] == [False] * (len(h) - 1) + [True], 'exactly one planned row, the last')
    for r in h:
        for k in ('count', 'women'):
            need(r['total'][k] == r['admin'][k] + r['tech'][k], f'{name}: total != admin + tech {r["label"]}')
        for part in ('total', 'admin', 'tech'):
            need(r[part]['women'] <= r[part]['count'], 'women > heads')
    cohort = f['assignments']['cohortFiscalYear']
    actual = [r for r in h if not r['planned']][-1]
    need(actual['fiscalYear'] == cohort, 'cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in f['assignments']['rows'])
    st = sum(r['tech'] or 0 for r in f['assignments']['rows'])
    need((sa, st) == (actual['admin']['count'], actual['tech']['count']), f'{name}: assignment sums {sa},{st}')
    need(f['assignments']['totals'] == dict(admin=sa, tech=st), 'assignment totals')
    planned = h[-1]
    need(f['exams']['fiscalYear'] == planned['fiscalYear'] == f['edition']['year'], 'exam year')
    for tr, key in ((f['hiring']['tracks']['admin'], 'admin'), (f['hiring']['tracks']['tech'], 'tech')):
        s = sum(e['total'] for e in f['exams']['entries'] if e['track'] == tr)
        need(s == planned[key]['count'], f'{name}: exam {tr} {s} != {planned[key]["count"]}')
    for e in f['exams']['entries']:
        need(e['total'] == sum(b['count'] for b in e['breakdown']), 'exam entry total')
    need(len(f['contacts']) >= 2 and len(f['access']['routes']) >= 2, 'contacts / routes')
    need(len(f['initiatives']) >= 3 and len(f['supportSystems']) >= 3, 'initiatives / support')
    # every fact string is printed
    drawn = ''.join(unicodedata.normalize('NFC', expected_text).split())
    strings = [f['organization'], f['edition']['asOfText'], f['document']]
    strings += f['hiring']['intro'] + f['hiring']['note'] + list(f['hiring']['tracks'].values())
    for r in h:
        strings += [r['label'], r['labelText']]
        if not f['hiring']['textSynthesised']:
            strings += [r[p]['text'] for p in ('total', 'admin', 'tech')]
    strings.append(f['exams']['title'])
    for e in f['exams']['entries']:
        strings += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not f['exams']['textSynthesised']:
            strings.append(e['text'])
    for r in f['assignments']['rows']:
        # a unit a list / table prints as 部 and 課 in different places: each printed part must be there
        parts = (unit_parts or {}).get(r['unit'], [r['unit']])
        need(''.join(parts) == r['unit'], 'unit parts')
        strings += parts
    strings.append(f['assignments']['intro'])
    for c in f['contacts']:
        strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    strings += [f['access']['address']] + f['access']['routes']
    strings += [f['lead']['title']] + f['lead']['text']
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    strings.append(f['supportTitle'])
    for s in f['supportSystems']:
        strings += [s['name'], s['duration'], s['text']]
    strings += [f['training']['title']] + f['training']['paragraphs']
    for s in strings:
        need(''.join(s.split()) in drawn, f'{name}: fact string not printed: {s}')


def write(name, pages, facts, seed, unit_parts=None):
    os.makedirs(OUT, exist_ok=True)
    for n, pg in enumerate(pages, 1):
        check_page(pg, name, n)
    text = '\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n'
    facts['pages'] = len(pages)
    check_facts(facts, text, unit_parts)
    render(pages, os.path.join(OUT, name + '.pdf'), seed, facts['organization'] + ' ' + facts['document'])
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(text)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')


# ================================================================ 造幣局 mint-2026

def mint():
    BR = rgb('6b4e16'); BRL = rgb('efe6d2'); GOLD = rgb('c9a13b')
    T_A, T_T = '事務系', '技術系'
    H = [(2021, 6, 2, 5, 1), (2022, 7, 3, 4, 1), (2023, 7, 2, 5, 2), (2024, 8, 4, 6, 1), (2025, 8, 3, 7, 2),
         (2026, 9, 4, 6, 2)]
    rows = []
    for fy, a, aw, t, tw in H:
        lab = f'令和{reiwa(fy)}年度'
        rows.append(hrow(fy, lab, lab + ('（予定）' if fy == 2026 else ''), fy == 2026, a, aw, t, tw))
    assign = [('総務部', [('人事課', 2, None), ('経理課', 1, None)]),
              ('貨幣部', [('貨幣課', 1, 2), ('品質管理課', None, 1)]),
              ('事業部', [('営業課', 2, None), ('装金課', None, 1)]),
              ('研究所', [('材料研究室', None, 2)]),
              ('東京支局', [('総務課', 1, None)]),
              ('広島支局', [('製造課', 1, 1)])]
    cats_a = ['行政', '法律', '経済']; cats_t = ['機械', '電気・電子', '化学']
    exam = {'大卒程度試験': [3, 2, 1, 2, 1, 1], '院卒者試験': [2, 1, 0, 1, 0, 1]}
    entries = []
    for track, cats, off in ((T_A, cats_a, 0), (T_T, cats_t, 3)):
        for lvl, v in exam.items():
            entries.append(exam_entry(track, lvl, [(c, v[off + i]) for i, c in enumerate(cats) if v[off + i]]))
    contacts = [dict(track=T_A, office='総務部人事課 人事第一係', location='本局 管理棟2階',
                     tel=['06-6351-5361（内線2214）'], email=['saiyo-jimu@mint.go.jp']),
                dict(track=T_T, office='貨幣部貨幣課 技術管理係', location='本局 第一工場棟3階',
                     tel=['06-6351-5361（内線3127）'], email=['saiyo-gijutsu@mint.go.jp'])]
    routes = ['京阪本線・大阪メトロ谷町線『天満橋』駅 2番出口から徒歩約15分',
              'JR東西線『大阪天満宮』駅 2番出口から徒歩約15分',
              '大阪メトロ堺筋線・谷町線『南森町』駅 4-B出口から徒歩約15分']
    lead = dict(title='貨幣をつくる。信頼をつくる。',
                text=['造幣局は、明治4年に大阪で創業して以来、日本の貨幣を製造してきました。現在は貨幣のほか、勲章・褒章や'
                      '記念メダルの製造、貴金属の品位証明なども担っています。',
                      '偽造されにくく、誰もが安心して使える貨幣を届けるため、事務系・技術系の職員が一体となって'
                      'ものづくりと事業運営に取り組んでいます。'])
    inits = [dict(title='伝統技術の継承', text='勲章の七宝や貨幣の極印づくりなど、熟練の技を若手職員が'
                  'ベテランから直接学ぶ「技能継承プログラム」を進めています。'),
             dict(title='新しい貨幣への挑戦', text='偽造防止のための潜像加工や微細線など、最新の技術を'
                  '研究所と工場が連携して開発し、新しい貨幣に生かしています。'),
             dict(title='働きやすい職場づくり', text='事務系職場を中心にテレワークとフレックスタイム制を導入し、'
                  '一人ひとりの事情に合わせた働き方を広げています。')]
    support = [dict(name='産前・産後休暇', duration='産前6週間・産後8週間', span=(160, 222),
                    text='出産予定日の6週間前から、出産の翌日から8週間まで取得できます。'),
               dict(name='育児休業', duration='子が3歳に達するまで', span=(190, 330),
                    text='期間中は共済組合から育児休業手当金が支給されます。'),
               dict(name='育児短時間勤務', duration='子が小学校就学の始期に達するまで', span=(190, 420),
                    text='週19時間25分から週24時間35分までの勤務形態などから選べます。'),
               dict(name='早出遅出勤務', duration='子が小学校を卒業するまで', span=(190, 520),
                    text='始業・終業の時刻を、1日の勤務時間を変えずに前後にずらせます。')]
    training = ['採用後は本局で約1か月の新規採用職員研修を受け、貨幣の製造工程や造幣局の事業全体を学びます。'
                '工場での実習では、圧延から圧印・検査までの各工程を実際に体験します。',
                '2年目以降も階層別研修や語学研修、技術系職員向けの専門研修があり、大学や他機関での研究に派遣される'
                '機会もあります。']
    facts = dict(fixture='mint-2026', organization='造幣局', document='職員採用案内 2026',
                 edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月'))

    # ---------------- page 1
    p = Page(A4)
    p.rect(0, 0, A4[0], 112, fill=BR)
    p.line(0, 112, A4[0], 112, GOLD, 3)
    p.t(40, 30, 'JAPAN MINT', 'G', 9, white, cs=2)
    p.t(40, 50, '独立行政法人', 'G', 10, white)
    p.t(40, 84, '造幣局', 'G', 30, white, cs=4)
    p.t(40, 104, '職員採用案内 2026', 'G', 11, GOLD)
    p.t(555, 132, '令和8年3月', 'G', 9, BR, align='r')

    def head(pg, x, y, num, cap):
        pg.t(x, y, num, 'G', 16, BR, line=False)
        pg.t(x + 20, y - 1, cap, 'G', 11.5, BR, line=False)
        pg.lines.append(num + cap)

    p.t(40, 160, lead['title'], 'G', 14, BR)
    y = 182
    for para_ in lead['text']:
        y = p.para(40, y, para_, 515, 'M', 8.5, 14, indent=8.5)
    y += 14
    head(p, 40, y, '①', '採用実績')
    y += 20
    intro = '職員の採用者数（人）'
    p.t(40, y, intro, 'G', 8.5)
    # line chart: series labelled at the left end; value labels at the points
    top = y + 12; base = top + 150; k = 9.0
    xs = [150 + i * 78 for i in range(6)]
    for v in (5, 10, 15):
        p.line(120, base - v * k, 545, base - v * k, rgb('cccccc'), 0.4, dash=(1, 2))
    p.line(120, base, 545, base, black, 0.8)
    series = [('計', [a + t for _, a, _, t, _ in H], [aw + tw for _, _, aw, _, tw in H], BR, 'above'),
              (T_A, [a for _, a, _, _, _ in H], [aw for _, _, aw, _, _ in H], GOLD, 'above'),
              (T_T, [t for _, _, _, t, _ in H], [tw for *_, tw in H], rgb('3d6b8c'), 'below')]
    for name, vals, wom, col, pos in series:
        pts = [(xs[i], base - v * k) for i, v in enumerate(vals)]
        for i in range(5):
            p.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], col, 1.6, dash=(3, 2) if i == 4 else None)
        for i, (px, py) in enumerate(pts):
            if i == 5:
                p.circle(px, py, 3.2, fill=white, stroke=col, lw=1.4)
            else:
                p.circle(px, py, 3.2, fill=col)
        p.t(xs[0] - 12, pts[0][1] + 3, name, 'G', 8, col, align='r')
        for i, (px, py) in enumerate(pts):
            p.t(px, py - 6 if pos == 'above' else py + 12, f'{vals[i]}（{wom[i]}）', 'G', 7.5, col, align='c')
    labs = [r['label'] for r in rows]
    for i, l in enumerate(labs):
        p.t(xs[i], base + 13, l, 'M', 7.5, align='c', line=False)
    p.lines.append('\t'.join(labs))
    p.t(xs[5], base + 23, '（予定）', 'M', 7.5, align='c')
    notes = ['※（　）内は女性で内数です。', '※令和8年度は採用予定数です（白抜きの点・破線）。']
    y = base + 40
    for n in notes:
        p.t(40, y, n, 'M', 7.5); y += 11
    y += 14
    # two columns: assignments as a two-level list | exam matrix with categories as columns
    colL, colR = 40, 305
    yl = y; head(p, colL, yl, '②', '配属先'); yl += 20
    aintro = '令和7年度採用者の配属先（令和8年3月現在）'
    p.t(colL, yl, aintro, 'G', 8.5); yl += 17
    arows = []; uparts = {}
    for bu, ka in assign:
        p.circle(colL + 3, yl - 3, 2.6, fill=BR)
        p.t(colL + 9, yl, bu, 'G', 8.5); yl += 13.5
        for name, a, t in ka:
            parts = ([f'{T_A}{a}名'] if a else []) + ([f'{T_T}{t}名'] if t else [])
            p.t(colL + 16, yl, '・' + name + '　' + '／'.join(parts), 'M', 8); yl += 12.5
            arows.append(dict(unit=bu + name, admin=a, tech=t))
            uparts[bu + name] = [bu, name]
        yl += 2
    p.t(colL, yl + 4, '（事務系8名・技術系7名）', 'M', 7.5); yl += 16
    yr = y; head(p, colR, yr, '③', '採用予定'); yr += 20
    etitle = '令和8年度 試験区分別採用予定数'
    p.t(colR, yr, etitle, 'G', 8.5); yr += 8
    p.t(555, yr + 8, '（単位：人）', 'M', 7, align='r'); yr += 14
    cellv = lambda v: str(v) if v else '－'
    trows = [['試験', T_A, None, None, T_T, None, None],
             [None, '行政', '法律', '経済', '機械', ['電気・', '電子'], '化学']]
    for lvl, v in exam.items():
        trows.append([lvl] + [cellv(x) for x in v])
    yr = table(p, colR, yr, [58] + [32] * 6, trows, [16, 22, 20, 20], size=7.5, header_rows=2, head_fill=BRL,
               spans={(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}, rule=BR)
    yr += 14
    for n in ['※国家公務員採用総合職試験・一般職試験の合格者から', '　採用します。']:
        p.t(colR, yr, n, 'M', 7.5); yr += 11
    pages = [p]

    # ---------------- page 2
    p = Page(A4)
    y = 48
    head(p, 40, y, '④', '造幣局の取組'); y += 22
    cw = 160
    ends = []
    for i, it in enumerate(inits):
        x = 40 + i * (cw + 17.5)
        p.rect(x, y - 10, cw, 3, fill=GOLD)
        yy = y + 8
        p.t(x, yy, it['title'], 'G', 9.5, BR); yy += 16
        yy = p.para(x, yy, it['text'], cw, 'M', 8, 13)
        ends.append(yy)
    y = max(ends) + 4
    # photo band splitting the page
    p.rect(0, y, A4[0], 120, fill=rgb('d9d2c3'))
    p.rect(200, y + 30, 195, 60, stroke=white, lw=1)
    y += 120
    p.t(555, y + 12, '圧印工程で貨幣の仕上がりを確認する職員（本局 第一工場）', 'M', 7.5, GREY, align='r')
    y += 40
    stitle = '両立支援制度'
    head(p, 40, y, '⑤', stitle); y += 20
    ticks = [('出産', 190), ('1歳', 260), ('3歳', 330), ('小学校就学', 420), ('小学校卒業', 520)]
    for lab, tx in ticks:
        p.t(tx, y, lab, 'G', 7.5, align='c', line=False)
    p.lines.append('\t'.join(l for l, _ in ticks))
    gy0 = y + 5
    y += 14
    for s in support:
        p.rect(40, y - 4, 515, 42, fill=rgb('f8f5ee'))
        p.t(44, y + 8, s['name'], 'G', 8.5, BR)
        x0, x1 = s['span']
        for _, tx in ticks:
            p.line(tx, y - 4, tx, y + 13, GREY, 0.4, dash=(1, 2))
        p.rect(x0, y + 1, x1 - x0, 9, fill=GOLD, r=2)
        p.t(x0, y + 21, s['duration'], 'G', 7.5, BR)
        p.t(150, y + 33, s['text'], 'M', 7.5)
        y += 46
    for _, tx in ticks:
        p.line(tx, gy0, tx, gy0 + 5, GREY, 0.6)
    p.t(555, y + 4, '※制度の対象や要件は、国家公務員の制度に準じます。', 'M', 7, GREY, align='r')
    y += 30
    # two columns: training | contacts (track in a rotated side tab) + access (numbered routes)
    colL, colR = 40, 305
    yl = y; head(p, colL, yl, '⑥', '研修'); yl += 22
    for para_ in training:
        yl = p.para(colL, yl, para_, 245, 'M', 8, 13.5, indent=8) + 4
    yr = y; head(p, colR, yr, '⑦', '採用担当'); yr += 12
    for c in contacts:
        bh = 56
        p.rect(colR, yr, 250, bh, stroke=BR, lw=0.7)
        p.rect(colR, yr, 20, bh, fill=BR)
        w = sw(c['track'], 'G', 9)
        p.t(colR + 10 + 0.38 * 9, yr + (bh + w) / 2, c['track'], 'G', 9, white, angle=90)
        p.t(colR + 28, yr + 13, c['office'], 'G', 8.5)
        p.t(colR + 28, yr + 25, c['location'], 'M', 7.5)
        p.t(colR + 28, yr + 37, 'TEL　' + c['tel'][0], 'M', 7.5)
        p.t(colR + 28, yr + 49, 'MAIL　' + c['email'][0], 'M', 7.5)
        yr += bh + 8
    yr += 14
    head(p, colR, yr, '⑧', 'アクセス'); yr += 20
    addr = '〒530-0043 大阪府大阪市北区天満1-1-79'
    p.t(colR, yr, addr, 'M', 8); yr += 15
    for i, r in enumerate(routes, 1):
        p.circle(colR + 5, yr - 2.6, 5, fill=BR)
        p.t(colR + 5, yr, str(i), 'G', 7, white, align='c', line=False)
        ls = wrap(r, 'M', 7.5, 232)
        p.t(colR + 15, yr, ls[0], 'M', 7.5, line=False)
        p.lines.append(str(i) + ' ' + ls[0])
        for l in ls[1:]:
            yr += 11.5
            p.t(colR + 15, yr, l, 'M', 7.5)
        yr += 14
    pages.append(p)

    hiring = dict(intro=[intro], note=notes, tracks=dict(admin=T_A, tech=T_T), textSynthesised=False,
                  layout='line chart, three series (計 / 事務系 / 技術系) named at their left ends, value labels '
                         '9（4） at the points (above for 計 and 事務系, below for 技術系), year labels on the x axis, '
                         'planned point hollow with a dashed segment and （予定） under its axis label',
                  rows=rows)
    facts.update(hiring=hiring,
                 exams=dict(title=etitle, fiscalYear=2026, textSynthesised=True,
                            layout='ruled matrix, rows = levels, COLUMNS = categories under a two-row header in '
                                   'which 事務系 / 技術系 span their three categories; 試験 spans two rows; － for none',
                            entries=entries),
                 contacts=contacts, access=dict(address=addr, routes=routes),
                 assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin=T_A, tech=T_T),
                                  layout='two-level bullet list: ●部 (level 1), ・課　事務系2名／技術系1名 (level 2); '
                                         'unit = 部 + 課',
                                  rows=arows, totals=dict(admin=sum(r['admin'] or 0 for r in arows),
                                                          tech=sum(r['tech'] or 0 for r in arows))),
                 lead=lead, initiativesIntro='', initiatives=inits, supportTitle=stitle,
                 supportSystems=[dict(name=s['name'], duration=s['duration'], text=s['text']) for s in support],
                 supportSource='', training=dict(title='研修', paragraphs=training))
    return facts, pages, uparts


# ================================================================ 統計センター nstac-2026

def tab_head(pg, x, y, text, width, col):
    """Folder-tab heading: white text on a tab with rounded top corners, a rule across the column."""
    w = sw(text, 'G', 10) + 20
    pg.rect(x, y - 13, w, 18, fill=col, r=4)
    pg.rect(x, y - 4, w, 9, fill=col)
    pg.line(x, y + 5, x + width, y + 5, col, 1.2)
    pg.t(x + 10, y, text, 'G', 10, white)


def nstac():
    TL = rgb('0f6e74'); TLL = rgb('e3f1f1'); ACC = rgb('e08a1e')
    T_A, T_T = '事務系', '技術系'
    H = [(2021, 6, 3, 4, 1), (2022, 5, 2, 5, 2), (2023, 7, 3, 4, 2), (2024, 6, 2, 6, 3), (2025, 8, 4, 6, 2),
         (2026, 7, 3, 7, 3)]
    rows = []
    for fy, a, aw, t, tw in H:
        lab = f'令和{reiwa(fy)}年度'
        rows.append(hrow(fy, lab, lab + ('＊' if fy == 2026 else ''), fy == 2026, a, aw, t, tw))
    assign = [('総務部', [('総務課', 1, None), ('人事課', 1, None), ('経理課', 1, None)]),
              ('統計編成部', [('国勢統計課', 2, 1), ('経済統計課', 2, None)]),
              ('統計技術・提供部', [('統計情報システム課', None, 3), ('データ利活用課', 1, 2)])]
    ex = [(T_A, '大卒程度試験', [('行政', 2), ('法律', 1), ('経済', 2)]),
          (T_A, '院卒者試験', [('行政', 2)]),
          (T_T, '大卒程度試験', [('デジタル', 3), ('工学', 1)]),
          (T_T, '院卒者試験', [('デジタル', 2), ('数理科学', 1)])]
    entries = [exam_entry(t, l, parts) for t, l, parts in ex]
    contacts = [dict(track='事務系', office='総務部人事課 採用担当', location='総務省第二庁舎6階',
                     tel=['03-5273-1200（内線3411）'], email=['saiyo@nstac.go.jp']),
                dict(track='技術系（統計・情報）', office='統計技術・提供部 統計情報システム課', location='総務省第二庁舎4階',
                     tel=['03-5273-1200（内線3582）', '03-5273-1257（直通）'], email=['saiyo-gijutsu@nstac.go.jp'])]
    addr = '〒162-8668 東京都新宿区若松町19-1 総務省第二庁舎'
    routes = ['都営大江戸線『若松河田』駅 河田口 徒歩約5分',
              '東京メトロ東西線『早稲田』駅 2番出口 徒歩約15分',
              '都営新宿線『曙橋』駅 A2出口 徒歩約15分']
    lead = dict(title='統計で、社会の「いま」を映す。',
                text=['統計センターは、国勢調査や経済センサスなど国の基幹統計の製表（集計）を一手に担う、'
                      '政府統計の中核機関です。',
                      '調査票の受付から集計、結果の提供まで、事務系と技術系の職員がチームを組み、'
                      '正確で使いやすい統計を社会に届けています。'])
    inits = [dict(title='集計システムのクラウド化', text='基幹統計の集計システムを政府共通のクラウド基盤へ'
                  '移し、処理の速さと安定性を高めています。'),
             dict(title='データサイエンス人材の育成', text='統計学や機械学習を学ぶ課程を設け、'
                  '修了者は調査票の自動分類などの開発を担います。'),
             dict(title='フレックスタイム制の活用', text='コアタイムを設けない柔軟な勤務時間を'
                  '選べます。職員の9割以上が利用しています。')]
    support = [dict(name='産前・産後休暇', duration='産前6週間・産後8週間', text='有給の特別休暇です。'),
               dict(name='配偶者出産休暇', duration='2日以内', text='配偶者の出産に伴う入退院の付添いなどに使えます。'),
               dict(name='育児参加のための休暇', duration='5日以内', text='子の出生前後の一定期間に、男性職員が取得できます。'),
               dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得も広がっています。'),
               dict(name='育児短時間勤務', duration='子が小学校就学の始期に達するまで', text='勤務時間を短くして働けます。'),
               dict(name='介護休暇', duration='通算6月まで', text='3回まで分割して取得できます。')]
    training = ['採用後は新規採用職員研修で統計法や製表業務の基礎を学び、各部署で先輩職員の指導を受けながら'
                '実務を身につけます。',
                '統計研究研修所や大学院と連携した専門研修、データサイエンス課程、海外の統計機関での研修など、'
                '段階に応じた学びの機会があります。']
    facts = dict(fixture='nstac-2026', organization='統計センター', document='職員採用案内',
                 edition=dict(year=2026, asOf='2026-04', asOfText='2026年4月'))

    # ---------------- page 1: main column + key-figure sidebar (read after the main column)
    p = Page(A4)
    p.rect(0, 0, 14, 140, fill=TL)
    p.t(40, 36, 'NATIONAL STATISTICS CENTER', 'G', 8.5, TL, cs=1.5)
    p.t(40, 56, '独立行政法人', 'G', 10)
    p.t(40, 88, '統計センター', 'G', 26, TL)
    p.t(40, 110, '職員採用案内', 'G', 12)
    p.line(40, 122, 555, 122, TL, 1.5)
    p.t(555, 136, '2026年4月', 'G', 9, TL, align='r')
    MX, MW = 40, 355
    SX, SW = 410, 145
    y = 164
    p.t(MX, y, lead['title'], 'G', 13, TL); y += 22
    for para_ in lead['text']:
        y = p.para(MX, y, para_, MW, 'M', 8.5, 14, indent=8.5)
    y += 20
    tab_head(p, MX, y, '採用実績', MW, TL); y += 24
    intro = '職員の採用者数の推移'
    p.t(MX, y, intro, 'G', 8.5); y += 30
    xs = [MX + 30 + i * 59 for i in range(6)]
    ly = y + 8
    p.line(MX, ly, xs[4], ly, TL, 2)
    p.line(xs[4], ly, MX + MW, ly, TL, 2)
    for i, r in enumerate(rows):
        x = xs[i]
        if r['planned']:
            p.circle(x, ly, 6, fill=white, stroke=ACC, lw=1.6, dash=(2, 1.5))
        else:
            p.circle(x, ly, 6, fill=TL)
        p.t(x, y - 4, r['labelText'], 'G', 7.5, ACC if r['planned'] else TL, align='c')
        p.t(x, ly + 20, f'{T_A} {r["admin"]["text"]}', 'M', 7, align='c')
        p.t(x, ly + 31, f'{T_T} {r["tech"]["text"]}', 'M', 7, align='c')
        p.t(x, ly + 44, f'計 {r["total"]["text"]}', 'G', 8, align='c')
    y = ly + 64
    notes = ['（　）内は女性で内数です。', '＊令和8年度は採用予定数です。']
    for n in notes:
        p.t(MX, y, n, 'M', 7.5); y += 11
    y += 18
    tab_head(p, MX, y, '配属先', MW, TL); y += 24
    aintro = '令和7年度採用者の配属先（2026年4月1日現在）'
    p.t(MX, y, aintro, 'G', 8.5); y += 8
    trows = [['部署', T_A, T_T]]
    spans, fills, uparts, arows = {}, {}, {}, []
    for bu, ka in assign:
        spans[(len(trows), 0)] = (1, 3); fills[(len(trows), 0)] = TLL
        trows.append([bu, None, None])
        for name, a, t in ka:
            trows.append(['　' + name, str(a) if a else '－', str(t) if t else '－'])
            arows.append(dict(unit=bu + name, admin=a, tech=t)); uparts[bu + name] = [bu, name]
    y = table(p, MX, y, [235, 60, 60], trows, 15, size=7.5, head_fill=TL, head_font='G', grid=False,
              align=['l', 'c', 'c'], spans=spans, fills=fills)
    p.line(MX, y, MX + MW, y, TL, 0.8)
    y += 12
    p.t(MX + MW, y, '（単位：人）', 'M', 7, align='r')
    y += 24
    tab_head(p, MX, y, '採用予定', MW, TL); y += 24
    etitle = '2026年度 試験区分別の採用予定数'
    p.t(MX, y, etitle, 'G', 8.5); y += 20
    unit = 50
    shades = [TL, rgb('3f9aa0'), rgb('7cbcc0')]
    for track in (T_A, T_T):
        tot = sum(e['total'] for e in entries if e['track'] == track)
        p.t(MX, y, f'■{track}（計{tot}名）', 'G', 8.5, TL); y += 16
        for e in [e for e in entries if e['track'] == track]:
            p.t(MX + 8, y, e['exam'], 'M', 7.5, line=False)
            bx = MX + 80
            labs = []
            for j, b in enumerate(e['breakdown']):
                w = unit * b['count']
                p.rect(bx, y - 9, w, 13, fill=shades[j % 3], stroke=white, lw=0.8)
                lab = f'{b["category"]} {b["count"]}名'
                need(sw(lab, 'G', 7) <= w - 6, f'segment label overflow: {lab}')
                p.t(bx + w / 2, y, lab, 'G', 7, white, align='c', line=False)
                labs.append(lab); bx += w
            p.lines.append('\t'.join([e['exam']] + labs))
            y += 18
        y += 4
    main_end = y
    # sidebar of key figures
    p.rect(SX, 150, SW, 640, fill=TLL)
    sy = 172
    p.t(SX + SW / 2, sy, '数字で見る統計センター', 'G', 9, TL, align='c'); sy += 16
    figs = [('令和7年度の採用者数', '14名', 'うち女性6名'),
            ('職員数', '約700名', '（令和7年4月1日現在）'),
            ('男性職員の育児休業取得率', '85.7%', '（令和6年度）'),
            ('テレワーク実施率', '92%', '（令和6年度、事務系職員）'),
            ('月平均の超過勤務時間', '9.8時間', '（令和6年度）')]
    for lab, big, sub in figs:
        p.rect(SX + 10, sy, SW - 20, 78, fill=white, r=4)
        p.t(SX + SW / 2, sy + 18, lab, 'G', 7.5, align='c')
        p.t(SX + SW / 2, sy + 46, big, 'G', 22, ACC, align='c')
        p.t(SX + SW / 2, sy + 64, sub, 'M', 7, align='c')
        sy += 90
    pages = [p]

    # ---------------- page 2
    p = Page(A4)
    p.rect(0, 0, 14, 842, fill=TL)
    y = 50
    tab_head(p, 40, y, '取組', 515, TL); y += 26
    cw = 160; ends = []
    for i, it in enumerate(inits):
        x = 40 + i * (cw + 17.5)
        p.rect(x, y - 7, 6, 6, fill=ACC)
        yy = p.para(x + 10, y, it['title'], cw - 10, 'G', 9, 13, TL) + 3
        ends.append(p.para(x, yy, it['text'], cw, 'M', 8, 13))
    y = max(ends) + 18
    stitle = '仕事と家庭の両立支援制度'
    tab_head(p, 40, y, stitle, 515, TL); y += 22
    colw = [66, 70, 114]
    def srows(items):
        out, hs = [['制度', '期間', '概要']], [16]
        for s in items:
            cells = [wrap(s['name'], 'G', 7.5, colw[0] - 6), wrap(s['duration'], 'M', 7.5, colw[1] - 6),
                     wrap(s['text'], 'M', 7.5, colw[2] - 6)]
            out.append(cells); hs.append(max(len(c) for c in cells) * 9.4 + 8)
        return out, hs
    r1, h1 = srows(support[:3]); r2, h2 = srows(support[3:])
    e1 = table(p, 40, y, colw, r1, h1, size=7.5, head_fill=TLL, align=['l', 'l', 'l'], rule=TL)
    p.t(290, e1 + 12, '（右段へ続く）', 'M', 7, GREY, align='r')
    e2 = table(p, 305, y, colw, r2, h2, size=7.5, head_fill=TLL, align=['l', 'l', 'l'], rule=TL)
    y = max(e1 + 12, e2) + 30
    colL, colR = 40, 305
    yl = y; tab_head(p, colL, yl, '研修', 250, TL); yl += 24
    for para_ in training:
        yl = p.para(colL, yl, para_, 250, 'M', 8, 13.5, indent=8) + 4
    yr = y; tab_head(p, colR, yr, '採用に関するお問い合わせ', 250, TL); yr += 24
    for c in contacts:
        p.t(colR, yr, '【' + c['track'] + '】', 'G', 8.5, TL); yr += 13
        p.t(colR + 8, yr, c['office'], 'M', 8); yr += 12
        p.t(colR + 8, yr, c['location'], 'M', 7.5); yr += 12
        for tnum in c['tel']:
            p.t(colR + 8, yr, 'TEL：' + tnum, 'M', 7.5); yr += 11.5
        p.t(colR + 8, yr, 'E-mail：' + c['email'][0], 'M', 7.5); yr += 18
    yr += 8
    tab_head(p, colR, yr, 'アクセス', 250, TL); yr += 22
    for l in wrap(addr, 'M', 8, 250):
        p.t(colR, yr, l, 'M', 8); yr += 13
    yr += 2
    for r in routes:
        p.t(colR, yr, '◎', 'G', 7.5, TL, line=False)
        ls = wrap(r, 'M', 7.5, 238)
        p.t(colR + 10, yr, ls[0], 'M', 7.5, line=False); p.lines.append('◎' + ls[0])
        for l in ls[1:]:
            yr += 11; p.t(colR + 10, yr, l, 'M', 7.5)
        yr += 13
    pages.append(p)

    facts.update(hiring=dict(intro=[intro], note=notes, tracks=dict(admin=T_A, tech=T_T), textSynthesised=False,
                             layout='horizontal timeline: one node per year on a line, the year label above the '
                                    'node, 事務系 6（3） / 技術系 4（1） / 計 10（4） below it; the planned node hollow '
                                    'and dashed, marked only by ＊ in its label (令和8年度＊) and the note; read node by node',
                             rows=rows),
                 exams=dict(title=etitle, fiscalYear=2026, textSynthesised=True,
                            layout='segmented horizontal bars, one per track and level, the level at the left of the '
                                   'bar, segment widths proportional to the counts, labels 行政 2名 inside the '
                                   'segments; ■事務系（計7名） above each track',
                            entries=entries),
                 contacts=contacts, access=dict(address=addr, routes=routes),
                 assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin=T_A, tech=T_T),
                                  layout='booktabs table 部署 | 事務系 | 技術系; each 部 a tinted band row spanning all '
                                         'columns above its 課 rows (indented); unit = 部 + 課; － for none',
                                  rows=arows, totals=dict(admin=sum(r['admin'] or 0 for r in arows),
                                                          tech=sum(r['tech'] or 0 for r in arows))),
                 keyFigures=[dict(label=a, value=b, note=c) for a, b, c in figs],
                 lead=lead, initiativesIntro='', initiatives=inits, supportTitle=stitle,
                 supportSystems=support, supportSource='', training=dict(title='研修', paragraphs=training))
    return facts, pages, uparts


# ================================================================ 製品評価技術基盤機構 nite-2026

def nite():
    NV = rgb('1d3f73'); NVL = rgb('e6ecf5'); RD = rgb('d2452f'); PH = rgb('8797ad')
    T_A, T_T = '事務系', '技術系'
    H = [(2021, 4, 2, 12, 4), (2022, 3, 1, 14, 6), (2023, 5, 3, 13, 5), (2024, 4, 2, 15, 7), (2025, 5, 2, 14, 6),
         (2026, 5, 3, 15, 6)]
    rows = []
    for fy, a, aw, t, tw in H:
        lab = f'令和{reiwa(fy)}年度'
        rows.append(hrow(fy, lab, lab + ('（予定）' if fy == 2026 else ''), fy == 2026, a, aw, t, tw))
    assign = [('企画管理部', [('人事課', 2, None), ('企画課', 1, None)]),
              ('化学物質管理センター', [('リスク評価課', None, 3), ('安全審査課', None, 3), ('情報業務課', 1, 1)]),
              ('製品安全センター', [('製品安全技術課', None, 2), ('事故調査課', 1, 2), ('燃焼機器安全課', None, 1)]),
              ('認定センター', [('認定企画課', None, 1), ('試験所認定課', None, 1)])]
    ex = [(T_A, '大卒程度試験', [('行政', 2), ('法律', 1), ('経済', 1)]),
          (T_A, '院卒者試験', [('行政', 1)]),
          (T_T, '大卒程度試験', [('化学', 4), ('機械', 2), ('電気・電子・情報', 2), ('物理', 2)]),
          (T_T, '院卒者試験', [('化学・生物・薬学', 3), ('工学', 2)])]
    entries = [exam_entry(t, l, parts) for t, l, parts in ex]
    contacts = [dict(track='事務系', office='企画管理部人事課 採用担当', location='本所 2階',
                     tel=['03-3481-1921（内線2161）'], email=['saiyo-jimu@nite.go.jp']),
                dict(track='技術系', office='企画管理部人事課 技術職採用担当', location='本所 2階',
                     tel=['03-3481-1921（内線2175）'], email=['saiyo-gijutsu@nite.go.jp'])]
    addr = '〒151-0066 東京都渋谷区西原2-49-10'
    routes = ['京王新線『幡ヶ谷』駅 北口 徒歩約7分',
              '小田急線・東京メトロ千代田線『代々木上原』駅 東口 徒歩約15分',
              '京王バス『西原一丁目』停留所 徒歩約3分']
    lead = dict(title='',
                text=['製品評価技術基盤機構（NITE）は、製品事故の原因究明、化学物質のリスク評価、試験所の認定など、'
                      '科学的な知見で製品の安全と国民のくらしを支える行政執行法人です。職員は国家公務員として、'
                      '経済産業省をはじめとする省庁と連携しながら業務にあたります。'])
    lead['title'] = 'くらしの安全を、科学で支える。'
    inits = [dict(title='事故原因の徹底究明', text='発火した家電製品などをX線CTや再現試験で調べ、'
                  '事故の原因をつきとめて再発防止につなげます。'),
             dict(title='化学物質の安全評価', text='化学物質の有害性や排出量のデータを集めて評価し、'
                  '規制や事業者の自主管理を支えます。'),
             dict(title='AIによる事故情報の分析', text='年間数千件の事故情報をAIで分類・分析し、'
                  '事故の兆しを早く見つける仕組みを整えています。')]
    support = [dict(name='産前・産後休暇', duration='産前6週間・産後8週間', text='出産予定日の6週間前から取得できます。'),
               dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得率は8割を超えています。'),
               dict(name='育児時間', duration='1日2時間以内', text='子が小学校就学の始期に達するまで、勤務時間の始め'
                    'または終わりに取得できます。'),
               dict(name='介護休暇', duration='通算6月まで', text='3回まで分割して取得できます。'),
               dict(name='配偶者出産休暇', duration='2日以内', text='配偶者の出産に伴う入退院の付添いなどに使えます。')]
    training = ['採用後は初任者研修で機構の業務と行政の基礎を学び、技術系職員は分析機器の操作や'
                '事故調査の手法を実習で身につけます。',
                '入構3年目までに全員が複数のセンターを経験し、その後は大学や海外の規制機関への派遣、'
                '博士号の取得を支援する制度も利用できます。']
    facts = dict(fixture='nite-2026', organization='製品評価技術基盤機構', document='職員採用案内 2026',
                 edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月'))

    # ---------------- page 1: cover photo band, masthead below it
    p = Page(A4)
    p.rect(0, 0, A4[0], 168, fill=PH)
    for i in range(5):
        p.circle(430 + i * 28, 70 + (i % 2) * 30, 18 + i * 3, stroke=white, lw=0.6)
    p.t(40, 112, 'くらしの安全を、', 'G', 20, white)
    p.t(40, 140, '科学で支える。', 'G', 20, white)
    p.rect(0, 168, A4[0], 5, fill=RD)
    p.t(40, 196, '独立行政法人', 'G', 9.5, NV)
    p.t(40, 224, '製品評価技術基盤機構', 'G', 22, NV, mode=2)
    p.t(40, 242, 'National Institute of Technology and Evaluation（NITE）', 'G', 8.5, GREY)
    p.t(40, 262, '職員採用案内 2026', 'G', 11.5, NV)
    p.rect(480, 265, 75, 18, stroke=NV, lw=0.8, r=9)
    p.t(517.5, 277.5, '令和8年4月', 'G', 9, NV, align='c')
    y = 304
    for para_ in lead['text']:
        y = p.para(40, y, para_, 515, 'M', 8.5, 14, indent=8.5)
    y += 22

    def head(pg, x, y, text, width):
        pg.rect(x, y - 11, 4, 14, fill=RD)
        pg.t(x + 10, y, text, 'G', 11, NV)
        pg.line(x + 14 + sw(text, 'G', 11), y - 4, x + width, y - 4, NV, 0.5)

    colL, colR = 40, 315
    yl = y; head(p, colL, yl, '採用実績', 258); yl += 18
    intro = '採用者数（単位：人）'
    p.t(colL, yl, intro, 'M', 8); yl += 8
    hdr = ['年度', T_A, 'うち女性', T_T, 'うち女性', '合計', 'うち女性']
    trows = [hdr]
    for r in rows:
        lab = [r['label'], '（予定）'] if r['planned'] else r['label']
        trows.append([lab, str(r['admin']['count']), str(r['admin']['women']), str(r['tech']['count']),
                      str(r['tech']['women']), str(r['total']['count']), str(r['total']['women'])])
    fills = {(len(trows) - 1, c): NVL for c in range(7)}
    yl = table(p, colL, yl, [66] + [32] * 6, trows, [44, 18, 18, 18, 18, 18, 26], size=7.5, head_fill=NVL,
               vertical={(0, c) for c in range(1, 7)}, fills=fills, rule=NV)
    yl += 12
    notes = ['※令和8年度は採用予定数です。', '※「うち女性」は各区分の内数です。']
    for n in notes:
        p.t(colL, yl, n, 'M', 7.5); yl += 11
    yr = y; head(p, colR, yr, '配属先', 240); yr += 18
    aintro = '令和7年度採用者の配属先'
    p.t(colR, yr, aintro, 'M', 8); yr += 8
    trows = [['部門', '課', T_A, T_T]]
    spans, vert, uparts, arows = {}, set(), {}, []
    for bu, ka in assign:
        spans[(len(trows), 0)] = (len(ka), 1); vert.add((len(trows), 0))
        for i, (name, a, t) in enumerate(ka):
            trows.append([bu if i == 0 else None, name, str(a) if a else '', str(t) if t else ''])
            arows.append(dict(unit=bu + name, admin=a, tech=t)); uparts[bu + name] = [bu, name]
    yr = table(p, colR, yr, [24, 120, 48, 48], trows, [18] + [22] * (len(trows) - 1), size=7.5, head_fill=NVL,
               spans=spans, vertical=vert, vsize=6, align=['c', 'l', 'c', 'c'], rule=NV)
    yr += 12
    p.t(colR, yr, '※空欄は配属なし。', 'M', 7.5)
    y = max(yl, yr + 11) + 22
    head(p, 40, y, '採用予定', 515); y += 20
    etitle = '令和8年度 試験区分別採用予定数'
    p.t(40, y, etitle, 'M', 8); y += 22
    for track in (T_A, T_T):
        first = True
        for e in [e for e in entries if e['track'] == track]:
            labs = []
            if first:
                p.rect(40, y - 10, 44, 14, fill=NV, r=7)
                p.t(62, y, track, 'G', 8, white, align='c', line=False)
                labs.append(track)
            else:
                labs.append('')
            p.t(96, y, e['exam'], 'G', 8, NV, line=False); labs.append(e['exam'])
            x = 170
            for b in e['breakdown']:
                lab = f'{b["category"]} {b["count"]}名'
                w = sw(lab, 'M', 7.5) + 14
                p.rect(x, y - 10, w, 14, stroke=NV, fill=white, lw=0.7, r=7)
                p.t(x + 7, y, lab, 'M', 7.5, line=False); labs.append(lab)
                x += w + 6
            p.lines.append('\t'.join(labs))
            first = False
            y += 20
        y += 6
    pages = [p]

    # ---------------- page 2
    p = Page(A4)
    y = 50
    head(p, 40, y, 'NITEの取組', 515); y += 16
    cw = 171.7
    ends = []
    for i, it in enumerate(inits):
        x = 40 + i * cw
        tip = 12
        pts = [(x, y), (x + cw - 4, y), (x + cw - 4 + tip, y + 15), (x + cw - 4, y + 30), (x, y + 30)]
        if i:
            pts.append((x + tip, y + 15))
        p.poly(pts, fill=[NV, rgb('2f5d9a'), rgb('4f7fbf')][i])
        p.t(x + (20 if i else 8), y + 19, it['title'], 'G', 8.5, white)
        ends.append(p.para(x + 6, y + 48, it['text'], cw - 20, 'M', 8, 13))
    y = max(ends) + 22
    colL, colR = 40, 315
    stitle = '両立支援制度'
    yl = y; head(p, colL, yl, stitle, 258); yl += 22
    for s_ in support:
        p.t(colL, yl, '●' + s_['name'], 'G', 8.5, NV, line=False)
        w = sw(s_['duration'], 'G', 7.5) + 14
        p.rect(colL + 258 - w, yl - 10, w, 14, fill=NVL, r=7)
        p.t(colL + 258 - 7, yl, s_['duration'], 'G', 7.5, NV, align='r', line=False)
        p.lines.append('●' + s_['name'] + ' ' + s_['duration'])
        yl = p.para(colL + 10, yl + 14, s_['text'], 248, 'M', 7.5, 11.5) + 7
    yr = y; head(p, colR, yr, '研修', 240); yr += 22
    for para_ in training:
        yr = p.para(colR, yr, para_, 240, 'M', 8, 13.5, indent=8) + 4
    yr += 8
    p.rect(colR, yr, 240, 92, fill=rgb('d6dbe3'))
    p.t(colR + 240, yr + 104, '分析機器の操作を学ぶ新規採用職員', 'M', 7, GREY, align='r')
    y = max(yl, yr + 104) + 24
    # contacts band: two contacts | access, with vertical dividers
    p.rect(0, y - 8, A4[0], 112, fill=NVL)
    head(p, 40, y + 12, '採用に関するお問い合わせ・アクセス', 515)
    y += 34
    cx = [40, 215, 390]
    for i, c in enumerate(contacts):
        x = cx[i]; yy = y
        p.t(x, yy, '■' + c['track'], 'G', 9, NV); yy += 14
        p.t(x, yy, c['office'], 'M', 7.5); yy += 12
        p.t(x, yy, c['location'], 'M', 7.5); yy += 12
        p.t(x, yy, 'TEL ' + c['tel'][0], 'M', 7.5); yy += 12
        p.t(x, yy, c['email'][0], 'M', 7.5)
    for x in (205, 380):
        p.line(x, y - 4, x, y + 78, NV, 0.5)
    x = cx[2]; yy = y
    p.t(x, yy, '■アクセス', 'G', 9, NV); yy += 14
    for l in wrap(addr, 'M', 7.5, 165):
        p.t(x, yy, l, 'M', 7.5); yy += 12
    for r in routes:
        ls = wrap(r, 'M', 7.5, 158)
        p.t(x, yy, '・' + ls[0], 'M', 7.5); yy += 11.5
        for l in ls[1:]:
            p.t(x + 7.5, yy, l, 'M', 7.5); yy += 11.5
    p.t(A4[0] / 2, y + 128, 'NITEの採用情報はウェブサイトでもご覧いただけます。', 'M', 8, align='c')
    p.t(A4[0] / 2, y + 144, 'https://www.nite.go.jp/', 'G', 9, NV, align='c')
    pages.append(p)

    facts.update(hiring=dict(intro=[intro], note=notes, tracks=dict(admin=T_A, tech=T_T), textSynthesised=True,
                             layout='ruled table, years as rows, columns 年度 | 事務系 | うち女性 | 技術系 | うち女性 | '
                                    '合計 | うち女性 with the six count headers set VERTICALLY (縦書き, one glyph per '
                                    'object); plain numbers; planned row tinted, 令和8年度 / （予定） on two lines',
                             rows=rows),
                 exams=dict(title=etitle, fiscalYear=2026, textSynthesised=True,
                            layout='chips: a track badge (事務系 / 技術系, white on navy, on the first row only), the '
                                   'level, then one rounded chip per category 化学 4名 on the same baseline',
                            entries=entries),
                 contacts=contacts, access=dict(address=addr, routes=routes),
                 assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin=T_A, tech=T_T),
                                  layout='ruled table 部門 | 課 | 事務系 | 技術系; the 部門 cell spans its 課 rows and is '
                                         'set VERTICALLY (縦書き); unit = 部門 + 課; empty cell for none',
                                  rows=arows, totals=dict(admin=sum(r['admin'] or 0 for r in arows),
                                                          tech=sum(r['tech'] or 0 for r in arows))),
                 lead=lead, initiativesIntro='', initiatives=inits, supportTitle=stitle,
                 supportSystems=support, supportSource='', training=dict(title='研修', paragraphs=training))
    return facts, pages, uparts


BUILD = {'mint-2026': (mint, 1401), 'nstac-2026': (nstac, 1402), 'nite-2026': (nite, 1403)}


def main(argv):
    names = argv or list(BUILD)
    for n in names:
        fn, seed = BUILD[n]
        facts, pages, uparts = fn()
        write(n, pages, facts, seed, uparts)
        print('wrote', n, sum(len(p.items) for p in pages), 'text objects')


if __name__ == '__main__':
    try:
        main(sys.argv[1:])
    except Fail as e:
        sys.exit('REFUSED: ' + str(e))
