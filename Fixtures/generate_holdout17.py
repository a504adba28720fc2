#!/usr/bin/env python3
"""Holdout set 17 (blind): three recruitment brochures of organisations not used before.

Self-contained: Python 3 + reportlab + IPAex fonts (+ pdftotext for the self-check).
Writes Fixtures/holdout17/NAME.{pdf,facts.json,expected.txt}.

  python3 Fixtures/generate_holdout17.py          # all three
  python3 Fixtures/generate_holdout17.py NAME     # one

Page model in top-down coordinates: every visual line is one text object at an absolute
position (y = top of the line box; baseline = y + 0.88 * size). The text objects of a
page are drawn after the graphics, in a seeded shuffled order. Each layout call appends
the lines it draws to the page's expected text in reading order.
"""
import collections
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import Color, black, white  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout17')
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('IPAexG', GOTHIC))
pdfmetrics.registerFont(TTFont('IPAexM', MINCHO))
FONTS = {'G': 'IPAexG', 'M': 'IPAexM'}

A4P = (595.28, 841.89)
A4L = (841.89, 595.28)
B5L = (728.5, 515.9)

GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.93, 0.93, 0.93)


def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


class Refused(Exception):
    pass


def sw(s, f, size, cs=0.0):
    return pdfmetrics.stringWidth(s, FONTS[f], size) + cs * len(s)


# ---------------------------------------------------------------------------------------
# page model

class Page:
    def __init__(self, size):
        self.W, self.H = size
        self.t = []      # text items
        self.g = []      # graphics
        self.exp = []    # expected lines in reading order

    def text(self, x, y, s, f='M', size=8.5, color=black, cs=0.0, bold=False, furn=False, align='l'):
        w = sw(s, f, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.t.append(dict(x=x, y=y, s=s, f=f, size=size, color=color, cs=cs, bold=bold, furn=furn, w=w))
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0):
        self.g.append(('rect', x, y, w, h, fill, stroke, lw, r))

    def line(self, x1, y1, x2, y2, color=black, lw=0.5, dash=None):
        self.g.append(('line', x1, y1, x2, y2, color, lw, dash))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.g.append(('circle', x, y, r, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        self.g.append(('poly', pts, fill, stroke, lw))

    def E(self, line):
        self.exp.append(line)


NOSTART = set('、。，．）」』】〕〉》］｝・ー―‐ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ々！？：；…‥,.):;!?%％')
NOEND = set('（「『【〔〈《［｛(')
TOKEN = re.compile(r'[A-Za-z0-9@._\-/:%,+#]+|.', re.S)


def wrap(s, width, f, size, cs=0.0):
    toks = TOKEN.findall(s)
    lines = [[]]
    for tok in toks:
        cur = ''.join(lines[-1])
        if not lines[-1] or sw(cur + tok, f, size, cs) <= width + 0.01:
            lines[-1].append(tok)
            continue
        new = [tok]
        while len(lines[-1]) > 1 and (new[0][0] in NOSTART or lines[-1][-1][-1] in NOEND):
            new.insert(0, lines[-1].pop())
        lines.append(new)
    out = [''.join(x).strip() for x in lines]
    for ln in out:
        if sw(ln, f, size, cs) > width + 0.01:
            raise Refused(f'line too wide after wrapping: {ln!r}')
    return out


def para(p, x, y, w, s, f='M', size=8.5, lead=None, color=black, indent=0.0, bold=False):
    """Draw a wrapped paragraph; top at y; returns the y below it."""
    lead = lead or size * 1.65
    lines = wrap(s, w - indent, f, size)
    for i, ln in enumerate(lines):
        p.text(x + (indent if i == 0 else 0), y, ln, f, size, color, bold=bold)
        p.E(ln)
        y += lead
    return y


def table(p, x, y, colw, rows, size=7.5, f='M', hf='G', spans=None, rules='grid', head=1, align=None,
          pad=2.5, lead=None, minh=0, fills=None, bold_rows=(), rule_color=black, head_fill=None,
          head_color=black, exp=True, valign='c', lw=0.5):
    """rows: list of lists; a cell is a str ('\n' separates lines) or None (covered by a span).
    spans: {(r, c): (rowspan, colspan)}. Returns the y below the table."""
    spans = spans or {}
    lead = lead or size * 1.3
    n, m = len(rows), len(colw)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    heights = [0.0] * n
    for r in range(n):
        h = minh
        for c in range(m):
            cell = rows[r][c]
            if cell is None:
                continue
            rs, cs_ = spans.get((r, c), (1, 1))
            if rs == 1:
                h = max(h, len(cell.split('\n')) * lead + 2 * pad)
        heights[r] = h
    for (r, c), (rs, cs_) in spans.items():
        cell = rows[r][c]
        need = len(cell.split('\n')) * lead + 2 * pad
        have = sum(heights[r:r + rs])
        if have < need:
            heights[r + rs - 1] += need - have
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for r in range(n):
        for c in range(m):
            cell = rows[r][c]
            if cell is None:
                continue
            rs, cs_ = spans.get((r, c), (1, 1))
            x0, x1, y0, y1 = xs[c], xs[c + cs_], ys[r], ys[r + rs]
            fill = None
            if fills and (r, c) in fills:
                fill = fills[(r, c)]
            elif fills and r in fills:
                fill = fills[r]
            elif r < head and head_fill is not None:
                fill = head_fill
            if fill is not None:
                p.rect(x0, y0, x1 - x0, y1 - y0, fill=fill)
            if rules == 'grid':
                p.rect(x0, y0, x1 - x0, y1 - y0, stroke=rule_color, lw=lw)
            elif rules == 'h':
                p.line(x0, y0, x1, y0, rule_color, lw)
                if r + rs == n:
                    p.line(x0, y1, x1, y1, rule_color, lw)
            lines = cell.split('\n') if cell else []
            fnt = hf if (r < head or r in bold_rows) else f
            col = head_color if r < head else black
            a = (align[c] if align else 'c') if r >= head else 'c'
            if valign == 'c':
                ty = y0 + (y1 - y0 - len(lines) * lead) / 2 + (lead - size) / 2
            else:
                ty = y0 + pad + (lead - size) / 2
            for ln in lines:
                wdt = sw(ln, fnt, size)
                if wdt > x1 - x0 - 2 * pad + 0.01:
                    raise Refused(f'table cell overflows: {ln!r} ({wdt:.1f} > {x1 - x0 - 2 * pad:.1f})')
                tx = {'l': x0 + pad, 'c': (x0 + x1 - wdt) / 2, 'r': x1 - pad - wdt}[a]
                p.text(tx, ty, ln, fnt, size, col, bold=(r in bold_rows))
                ty += lead
            if ty > y1 + 0.01:
                raise Refused(f'table cell overflows vertically: {cell!r}')
    if exp:
        for r in range(n):
            p.E('\t'.join('' if rows[r][c] is None else rows[r][c].replace('\n', '') for c in range(m)))
    return ys[-1]


# ---------------------------------------------------------------------------------------
# rendering

def render(pages, path, seed):
    c = canvas.Canvas(path, pagesize=(pages[0].W, pages[0].H), invariant=1)
    c.setCreator('holdout17')
    c.setAuthor('')
    for i, p in enumerate(pages):
        c.setPageSize((p.W, p.H))
        H = p.H
        for g in p.g:
            kind = g[0]
            c.saveState()
            if kind == 'rect':
                _, x, y, w, h, fill, stroke, lw, r = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                    c.setLineWidth(lw)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=stroke is not None, fill=fill is not None)
                else:
                    c.rect(x, H - y - h, w, h, stroke=stroke is not None, fill=fill is not None)
            elif kind == 'line':
                _, x1, y1, x2, y2, color, lw, dash = g
                c.setStrokeColor(color)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                    c.setLineWidth(lw)
                c.circle(x, H - y, r, stroke=stroke is not None, fill=fill is not None)
            elif kind == 'poly':
                _, pts, fill, stroke, lw = g
                path_ = c.beginPath()
                path_.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    path_.lineTo(px, H - py)
                path_.close()
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                    c.setLineWidth(lw)
                c.drawPath(path_, stroke=stroke is not None, fill=fill is not None)
            c.restoreState()
        items = list(p.t)
        random.Random(seed * 1000 + i).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColor(it['color'])
            c.setStrokeColor(it['color'])
            if it['bold']:
                c.setLineWidth(it['size'] * 0.035)
            to = c.beginText()
            to.setTextOrigin(it['x'], H - (it['y'] + 0.88 * it['size']))
            to.setFont(FONTS[it['f']], it['size'])
            if it['cs']:
                to.setCharSpace(it['cs'])
            if it['bold']:
                to.setTextRenderMode(2)
            to.textOut(it['s'])
            c.drawText(to)
            c.restoreState()
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------
# checks

def nows(s):
    return ''.join(s.split())


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def check_layout(pages):
    faces = {k: pdfmetrics.getFont(v).face for k, v in FONTS.items()}
    for pi, p in enumerate(pages, 1):
        boxes = []
        for it in p.t:
            for ch in it['s']:
                if ch != ' ' and ord(ch) not in faces[it['f']].charToGlyph:
                    raise Refused(f'p{pi}: glyph missing from font: {ch!r} in {it["s"]!r}')
            if not it['furn'] and it['s'][:1] in NOSTART:
                raise Refused(f'p{pi}: line starts with a kinsoku character: {it["s"]!r}')
            if it['s'] != it['s'].strip() or not it['s']:
                raise Refused(f'p{pi}: text item with outer spaces: {it["s"]!r}')
            b = (it['x'], it['y'], it['x'] + it['w'], it['y'] + it['size'])
            if b[0] < 8 or b[1] < 8 or b[2] > p.W - 8 or b[3] > p.H - 8:
                raise Refused(f'p{pi}: text leaves the page: {it["s"]!r} {b}')
            boxes.append((b, it['s']))
        boxes.sort()
        for i in range(len(boxes)):
            (a0, a1, a2, a3), sa = boxes[i]
            for j in range(i + 1, len(boxes)):
                (b0, b1, b2, b3), sb = boxes[j]
                if b0 >= a2 - 0.05:
                    break
                if b1 < a3 - 0.05 and a1 < b3 - 0.05:
                    raise Refused(f'p{pi}: text items overlap: {sa!r} / {sb!r}')
        drawn = collections.Counter(nows(''.join(it['s'] for it in p.t if not it['furn'])))
        want = collections.Counter(nows(''.join(p.exp)))
        if drawn != want:
            raise Refused(f'p{pi}: drawn and expected text differ: drawn-only {dict(drawn - want)}, '
                          f'expected-only {dict(want - drawn)}')


def check_pdftotext(pages, path):
    for pi, p in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = collections.Counter(nows(out))
        want = collections.Counter(nows(''.join(it['s'] for it in p.t)))
        if got != want:
            raise Refused(f'p{pi}: pdftotext differs: extra {dict(got - want)}, missing {dict(want - got)}')


def track_of(label):
    return 'admin' if '事務' in label else 'tech'


def check_facts(F, expected):
    E = norm(expected)

    def printed(s, what):
        if s and norm(s) not in E:
            raise Refused(f'fact not printed ({what}): {s!r}')

    printed(F['organization'], 'organization')
    printed(F['document'], 'document')
    printed(F['edition']['asOfText'], 'edition')
    h = F['hiring']
    for s in h['intro'] + h['note'] + list(h['tracks'].values()):
        printed(s, 'hiring')
    rows = h['rows']
    if len(rows) < 5:
        raise Refused('fewer than 5 hiring years')
    yrs = [r['fiscalYear'] for r in rows]
    if yrs != sorted(yrs) or len(set(yrs)) != len(yrs):
        raise Refused('hiring years not in order')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Refused('exactly one planned row, the last, is required')
    for r in rows:
        printed(r['label'], 'label')
        printed(r['labelText'], 'labelText')
        for k in ('total', 'admin', 'tech'):
            v = r[k]
            if v is None:
                continue
            if not h['textSynthesised']:
                printed(v['text'], 'count text')
            if v['women'] is not None and v['women'] > v['count']:
                raise Refused(f'women > heads in {r["label"]}')
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + (t['count'] if t else 0):
            raise Refused(f'total != admin + tech in {r["label"]}')
        ws = [tot['women'], a['women'], t['women'] if t else 0]
        if None in ws:
            if any(w is not None for w in ws):
                raise Refused(f'women partly printed in {r["label"]}')
        elif ws[0] != ws[1] + ws[2]:
            raise Refused(f'women total != admin + tech in {r["label"]}')
    last = [r for r in rows if not r['planned']][-1]
    planned = rows[-1]
    a = F['assignments']
    printed(a['intro'], 'assignments intro')
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Refused('assignment cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (a['totals']['admin'], a['totals']['tech']) or \
            (sa, st) != (last['admin']['count'], last['tech']['count'] if last['tech'] else 0):
        raise Refused(f'assignment sums {sa}/{st} do not match totals / last cohort')
    for r in a['rows']:
        printed(r['unit'], 'unit')
    ex = F['exams']
    printed(ex['title'], 'exam title')
    if not (ex['fiscalYear'] == planned['fiscalYear'] == F['edition']['year']):
        raise Refused('exam year, planned year and edition year differ')
    sums = collections.Counter()
    keys = set()
    for e in ex['entries']:
        printed(e['track'], 'exam track')
        printed(e['exam'], 'exam')
        if not ex['textSynthesised']:
            printed(e['text'], 'exam text')
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            raise Refused(f'exam entry total wrong: {e["exam"]}')
        for b in e['breakdown']:
            printed(b['category'], 'category')
            key = ('administrative' if '事務' in e['track'] else 'technical',
                   'graduate' if '院' in e['exam'] else 'undergraduate', norm(b['category']))
            if key in keys:
                raise Refused(f'exam key collides: {key}')
            keys.add(key)
            sums[track_of(e['track'])] += b['count']
    if sums['admin'] != planned['admin']['count'] or sums['tech'] != (planned['tech']['count'] if planned['tech'] else 0):
        raise Refused(f'exam categories {dict(sums)} != planned hires')
    for c in F['contacts']:
        for k in ('track', 'office', 'location'):
            printed(c[k], 'contact ' + k)
        for s in c['tel'] + c['email']:
            printed(s, 'contact')
    printed(F['access']['address'], 'address')
    for r in F['access']['routes']:
        printed(r, 'route')
        if '『' not in r:
            raise Refused(f'route without 『station』: {r}')
    printed(F['lead']['title'], 'lead')
    for s in F['lead']['text']:
        printed(s, 'lead')
    printed(F['initiativesIntro'], 'initiatives intro')
    for i in F['initiatives']:
        printed(i['title'], 'initiative')
        printed(i['text'], 'initiative')
    printed(F['supportTitle'], 'support title')
    printed(F['supportSource'], 'support source')
    for i in F['supportSystems']:
        for k in ('name', 'duration', 'text'):
            printed(i[k], 'support ' + k)
    printed(F['training']['title'], 'training')
    for s in F['training']['paragraphs']:
        printed(s, 'training')
    for k in F.get('keyFigures', []):
        for s in k.values():
            printed(s, 'key figure')


def count_checks(F, expected):
    spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return len(mod.checks(F, {}, mod.norm(expected)))


# ---------------------------------------------------------------------------------------
# shared drawing helpers

def dotted_leader(p, x1, x2, y, size, color=GREY):
    """a row of small dots between x1 and x2 on the text line whose top is y"""
    cy = y + 0.6 * size
    x = x1 + 2
    while x < x2 - 2:
        p.circle(x, cy, 0.45, fill=color)
        x += 2.6


def hiring_rows(years, labels, label_texts, admin, admin_w, tech, tech_w, planned_idx, fmt, women_null_planned=True):
    rows = []
    for i, fy in enumerate(years):
        pl = i == planned_idx
        def cell(cnt, w):
            if cnt is None:
                return None
            return dict(count=cnt, women=w, text=fmt(cnt, w))
        tw = None if (admin_w[i] is None) else admin_w[i] + (tech_w[i] or 0)
        rows.append(dict(fiscalYear=fy, label=labels[i], labelText=label_texts[i], planned=pl,
                         total=cell(admin[i] + (tech[i] or 0), tw), admin=cell(admin[i], admin_w[i]),
                         tech=cell(tech[i], tech_w[i])))
    return rows


def exam_entries(spec):
    """spec: list of (track, exam, [(category, count), ...], text)"""
    out = []
    for trk, exam, cats, text in spec:
        out.append(dict(track=trk, exam=exam, text=text,
                         breakdown=[dict(category=c, count=n) for c, n in cats],
                         total=sum(n for _, n in cats)))
    return out


# =======================================================================================
# 1. 衆議院事務局 — A4 landscape, 2 pp, three columns, 第N章 chapter headings,
#    transposed hiring table with heads / women as separate rows, R3… labels

MAROON = rgb('7A1F3D')
PALE_MAROON = rgb('F4E6EB')


def chapter(p, x, y, w, num, title, color):
    nw = sw(num, 'G', 9) + 8
    p.rect(x, y, nw, 15, fill=color)
    p.text(x + 4, y + 3, num, 'G', 9, white)
    p.text(x + nw + 6, y + 1.5, title, 'G', 11.5, color, bold=True)
    p.line(x, y + 18, x + w, y + 18, color, 1.0)
    p.line(x, y + 19.6, x + w, y + 19.6, color, 0.4)
    p.E(num + '　' + title)
    return y + 27


def build_shugiin():
    W, H = A4L
    ORG = '衆議院事務局'
    years = [2021, 2022, 2023, 2024, 2025, 2026]
    labels = ['R3', 'R4', 'R5', 'R6', 'R7', 'R8']
    label_texts = ['R3', 'R4', 'R5', 'R6', 'R7', 'R8*1']
    adm = [31, 34, 36, 33, 38, 40]
    adm_w = [15, 17, 18, 16, 20, None]
    tec = [3, 2, 4, 3, 4, 5]
    tec_w = [1, 0, 1, 1, 2, None]
    rows = hiring_rows(years, labels, label_texts, adm, adm_w, tec, tec_w, 5,
                       lambda c, w: f'{c}（{w}）' if w is not None else f'{c}')
    hiring_intro = '採用者数の推移（単位：人）'
    hiring_notes = ['※Rは令和の略です。各年度4月1日から翌年3月31日までの採用者数です。',
                    '*1 R8は採用予定数です（女性の内訳は未定）。']
    lead_title = '国会の審議を、支える。'
    lead = ['衆議院事務局は、衆議院の本会議や委員会の運営を補佐し、議員の立法活動を支える機関です。職員は国会職員（特別職の国家公務員）として、議事の進行、会議録の作成、調査、国際交流など、国会ならではの仕事に携わります。',
            '政治的に中立な立場から、国民の代表が議論する場を裏方として支えることが、私たちの使命です。']
    key_figs = [('職員数', '約1,700名', '（2025年4月1日現在）'),
                ('本会議の開会', '年間約70回', '（2025年）'),
                ('会議録の作成', '約3万ページ', '（2024年）')]
    units_admin = [('議事部', 6, '6名'), ('委員部', 9, '9名'), ('記録部', 5, '5名*2'), ('警務部', 3, '3名'),
                   ('庶務部', 5, '5名'), ('管理部', 3, '3名'), ('国際部', 2, '2名'), ('調査局', 5, '5名')]
    units_tech = [('庶務部', 1, '1名'), ('管理部', 3, '3名')]
    assign_intro = '令和7年度採用者の配属先（令和7年10月1日現在）'
    exam_title = '令和8年度 試験区分別の採用予定数'
    exam_spec = [
        ('事務系', '総合職試験（院卒者）', [('法律', 1), ('行政', 1)], '法律1、行政1'),
        ('事務系', '総合職試験（大卒程度）', [('法律', 3), ('経済', 2)], '法律3、経済2'),
        ('事務系', '一般職試験（大卒程度）', [('事務', 33)], '事務33'),
        ('技術系', '総合職試験（大卒程度）', [('電気・電子・情報', 1)], '電気・電子・情報1'),
        ('技術系', '一般職試験（大卒程度）', [('建築', 2), ('機械', 2)], '建築2、機械2'),
    ]
    init_intro = '議員や国民の信頼に応える仕事を続けるため、職員一人ひとりが力を発揮できる職場づくりを進めています。'
    inits = [('国会閉会中の休暇取得', '会期中に業務が集中する分、閉会中は連続休暇の取得を推奨しており、2週間程度の休暇を取る職員もいます。'),
             ('テレワークとフレックスタイム', '調査局や管理部門を中心に、テレワークとフレックスタイム制を活用した柔軟な働き方を進めています。'),
             ('ペーパーレス化の推進', '委員会資料や決裁の電子化を進め、印刷や資料配付にかかる作業を減らしています。')]
    supports = [('産前・産後休暇', '産前6週間・産後8週間', '出産のための有給の特別休暇です。'),
                ('育児休業', '子が3歳に達するまで', '令和6年度は男性職員の取得率が9割を超えました。'),
                ('育児参加のための休暇', '最大5日', '配偶者の産前・産後期間中に、子の養育のために取得できます。'),
                ('育児短時間勤務', '子が小学校就学の始期に達するまで', '1日4時間などの勤務形態から選べます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
                ('子の看護休暇', '年5日（子が2人以上は10日）', '子の看病や予防接種の付添いに使えます。')]
    support_src = '※制度の内容は令和8年4月1日現在のものです。'
    train_intro = '採用後は、段階に応じた研修で国会職員としての知識と技能を身につけます。'
    stages = [('採用時', '新規採用職員研修で、国会の仕組みや議事手続の基礎を学びます。'),
              ('2年目', 'フォローアップ研修で、同期と業務の課題を共有します。'),
              ('4年目', '中堅職員研修のほか、大学院や海外の議会への派遣の機会があります。'),
              ('係長以上', '管理職員研修で、組織運営と人材育成の手法を学びます。')]
    contacts = [('事務系', '庶務部人事課\n採用係', '衆議院第二別館\n3階', ['03-3581-5111（内線33620）'], ['jinji-saiyo@shugiin.go.jp']),
                ('技術系', '管理部営繕課', '衆議院第一別館\n5階', ['03-3581-5111（内線34150）', '03-3581-5827（直通）'], ['eizen-saiyo@shugiin.go.jp'])]
    address = '〒100-0014 東京都千代田区永田町1-7-1'
    routes = ['東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 1番出口 徒歩約3分',
              '東京メトロ有楽町線・半蔵門線・南北線『永田町』駅 1番出口 徒歩約5分',
              '東京メトロ銀座線・南北線『溜池山王』駅 5番出口 徒歩約7分']

    # ---------------- page 1
    p1 = Page(A4L)
    p1.rect(0, 0, W, 96, fill=MAROON)
    p1.rect(0, 96, W, 3, fill=rgb('C9A227'))
    p1.text(36, 18, 'THE HOUSE OF REPRESENTATIVES, JAPAN', 'G', 8, white, cs=1.2)
    p1.text(36, 33, ORG, 'G', 26, white, cs=3, bold=True)
    p1.text(36, 70, '職員採用案内　2026', 'G', 13, white)
    p1.text(W - 36, 44, '総合職・一般職（事務系・技術系）', 'G', 9.5, white, align='r')
    p1.rect(W - 36 - 84, 64, 84, 19, stroke=white, lw=0.8, r=9)
    p1.text(W - 36 - 42, 68.5, '令和8年4月発行', 'G', 9, white, align='c')
    for s in ['THE HOUSE OF REPRESENTATIVES, JAPAN', ORG, '職員採用案内　2026', '総合職・一般職（事務系・技術系）', '令和8年4月発行']:
        p1.E(s)
    CW, X = 243, [36, 299, 562]
    BOTTOM = 526
    # col 1
    y = 114
    p1.text(X[0], y, lead_title, 'G', 13, MAROON, bold=True)
    p1.E(lead_title)
    y += 22
    for s in lead:
        y = para(p1, X[0], y, CW, s, 'M', 8.2, 13.2) + 3
    y += 6
    y = chapter(p1, X[0], y, CW, '第1章', '採用実績', MAROON)
    p1.text(X[0], y, hiring_intro, 'M', 7.5)
    p1.E(hiring_intro)
    y += 13
    head = ['区分', None] + label_texts
    trows = [head]
    for name, cnt, wm in (('事務系', adm, adm_w), ('技術系', tec, tec_w),
                          ('計', [a + b for a, b in zip(adm, tec)],
                           [None if a is None else a + b for a, b in zip(adm_w, tec_w)])):
        trows.append([name, '採用数'] + [str(v) for v in cnt])
        trows.append([None, 'うち女性'] + ['－' if v is None else str(v) for v in wm])
    spans = {(0, 0): (1, 2), (1, 0): (2, 1), (3, 0): (2, 1), (5, 0): (2, 1)}
    y = table(p1, X[0], y, [35, 39] + [28.1666] * 6, trows, size=7.5, spans=spans, align=['c', 'c'] + ['r'] * 6,
              pad=3, lead=10, fills={5: PALE_MAROON, 6: PALE_MAROON, (0, 7): rgb('F6E7C1')}, head_fill=LIGHT,
              bold_rows=(5,), rule_color=GREY)
    y += 5
    y = para(p1, X[0], y, CW, hiring_notes[0], 'M', 7, 10.5)
    y += 12
    p1.text(X[0], y, '数字で見る衆議院事務局', 'G', 10, MAROON, bold=True)
    p1.E('数字で見る衆議院事務局')
    y += 18
    for lab, val, note in key_figs:
        p1.rect(X[0], y - 4, CW, 26, fill=PALE_MAROON, r=3)
        p1.text(X[0] + 8, y + 5, lab, 'G', 8)
        vw = p1.text(X[0] + 78, y + 1, val, 'G', 14, MAROON, bold=True)
        p1.text(X[0] + 78 + vw + 6, y + 6, note, 'M', 7)
        p1.E(f'{lab} {val} {note}')
        y += 31
    assert y < BOTTOM, y
    # col 2
    y = 114
    y = chapter(p1, X[1], y, CW, '第2章', '配属実績', MAROON)
    p1.text(X[1], y, assign_intro, 'M', 7.5)
    p1.E(assign_intro)
    y += 16
    sub_w = 112
    yl = y
    for k, (title, lst) in enumerate((('【事務系】', units_admin), ('【技術系】', units_tech))):
        x0 = X[1] + k * (sub_w + 19)
        yy = yl
        p1.text(x0, yy, title, 'G', 8.5, MAROON)
        p1.E(title)
        yy += 15
        for unit, _n, txt in lst:
            uw = p1.text(x0 + 2, yy, unit, 'M', 8)
            tw = p1.text(x0 + sub_w, yy, txt, 'M', 8, align='r')
            dotted_leader(p1, x0 + 2 + uw, x0 + sub_w - tw, yy, 8)
            p1.E(f'{unit} {txt}')
            yy += 14.5
        y = max(y, yy)
    p1.line(X[1], y + 1, X[1] + CW, y + 1, GREY, 0.4)
    y += 6
    s = '合計　事務系38名・技術系4名'
    p1.text(X[1] + CW, y, s, 'G', 8.5, align='r')
    p1.E(s)
    y += 24
    p1.rect(X[1], y, CW, 186, stroke=MAROON, lw=0.8, r=4)
    y += 8
    p1.text(X[1] + 10, y, '先輩職員の声', 'G', 10, MAROON, bold=True)
    p1.E('先輩職員の声')
    y += 16
    p1.text(X[1] + 10, y, '委員部　総合職（2019年採用）', 'G', 7.5, GREY)
    p1.E('委員部　総合職（2019年採用）')
    y += 14
    p1.rect(X[1] + 10, y, 62, 74, fill=LIGHT)
    p1.text(X[1] + 41, y + 33, 'PHOTO', 'G', 7, GREY, align='c')
    p1.E('PHOTO')
    voice = ('入局7年目の今は、常任委員会の運営を担当しています。会期中は1日に3本の委員会が開かれる日もあり、'
             '昨年は年間約120回の委員会に立ち会いました。議員の質疑が滞りなく進んだときに、この仕事のやりがいを感じます。'
             '2年目に参加した海外議会の視察では、議会運営の違いを学びました。')
    # text to the right of the photo, then under it
    vx, vw_ = X[1] + 80, CW - 90
    lines = wrap(voice, vw_, 'M', 7.8)
    yy = y
    i = 0
    while yy + 8 < y + 78 and i < len(lines):
        p1.text(vx, yy, lines[i], 'M', 7.8)
        p1.E(lines[i])
        yy += 12.6
        i += 1
    rest = ''.join(lines[i:])
    yy = max(yy, y + 80)
    yy = para(p1, X[1] + 10, yy, CW - 20, rest, 'M', 7.8, 12.6)
    assert yy < BOTTOM, yy
    # col 3
    y = 114
    y = chapter(p1, X[2], y, CW, '第3章', '採用予定', MAROON)
    p1.text(X[2], y, exam_title + '（単位：人）', 'M', 7.5)
    p1.E(exam_title + '（単位：人）')
    y += 14
    erows = [['系統', '試験区分', '総合職試験\n（院卒者）', '総合職試験\n（大卒程度）', '一般職試験\n（大卒程度）'],
             ['事務系', '法律', '1', '3', '－'],
             [None, '経済', '－', '2', '－'],
             [None, '行政', '1', '－', '－'],
             [None, '事務', '－', '－', '33'],
             ['技術系', '電気・電子・情報', '－', '1', '－'],
             [None, '建築', '－', '－', '2'],
             [None, '機械', '－', '－', '2'],
             ['合計', None, '2', '6', '37']]
    y = table(p1, X[2], y, [30, 66, 49, 49, 49], erows, size=7, spans={(1, 0): (4, 1), (5, 0): (3, 1), (8, 0): (1, 2)},
              align=['c', 'l', 'c', 'c', 'c'], pad=2.5, lead=9.6, head_fill=LIGHT, bold_rows=(8,),
              fills={8: PALE_MAROON}, rule_color=GREY)
    y += 5
    y = para(p1, X[2], y, CW, '※採用予定数は、試験の結果等により変わることがあります。合計45人のほか、衛視を若干名採用する予定です。', 'M', 7, 10.5)
    y += 14
    p1.text(X[2], y, '採用試験の日程（予定）', 'G', 9, MAROON, bold=True)
    p1.E('採用試験の日程（予定）')
    y += 15
    sched = [['第1次試験', '令和8年5月10日（日）'], ['第2次試験', '6月中旬～下旬'], ['最終合格発表', '7月上旬'], ['採用', '令和9年4月1日']]
    y = table(p1, X[2], y, [80, 163], sched, size=7.5, head=0, rules='h', align=['l', 'l'], pad=3, lead=10,
              rule_color=GREY, bold_rows=())
    y += 12
    y = para(p1, X[2], y, CW, '※申込みは衆議院ホームページの採用情報から受け付けます（4月上旬～4月下旬）。', 'M', 7, 10.5)
    assert y < BOTTOM, y
    # foot notes (page foot, full width)
    p1.line(36, 534, 36 + 200, 534, GREY, 0.4)
    p1.text(36, 539, hiring_notes[1], 'M', 7)
    p1.E(hiring_notes[1])
    fn2 = '*2 速記者養成課程の修了者1名を含みます。'
    p1.text(36, 550, fn2, 'M', 7)
    p1.E(fn2)
    p1.text(W / 2, 570, '― 1 ―', 'G', 8, GREY, furn=True, align='c')
    p1.text(W - 36, 570, '衆議院事務局　職員採用案内 2026', 'G', 7, GREY, furn=True, align='r')

    # ---------------- page 2
    p2 = Page(A4L)
    p2.rect(0, 0, W, 26, fill=MAROON)
    p2.text(36, 9, '衆議院事務局　職員採用案内 2026', 'G', 8, white, furn=True)
    y = 44
    y = chapter(p2, X[0], y, CW, '第4章', '働き方改革の取組', MAROON)
    y = para(p2, X[0], y, CW, init_intro, 'M', 8, 13) + 6
    for t, s in inits:
        p2.text(X[0], y, '◆' + t, 'G', 8.8, MAROON)
        p2.E('◆' + t)
        y += 15
        y = para(p2, X[0] + 10, y, CW - 10, s, 'M', 8, 13) + 7
    assert y < 360, y
    y = 44
    y = chapter(p2, X[1], y, CW, '第5章', '両立支援制度', MAROON)
    TW = 86
    for name, dur, txt in supports:
        p2.text(X[1], y, name, 'G', 7.8, MAROON)
        p2.text(X[1] + TW, y, dur, 'G', 7.8)
        p2.E(f'{name} {dur}')
        y += 12
        y = para(p2, X[1] + TW, y, CW - TW, txt, 'M', 7.6, 11.6)
        p2.line(X[1], y + 1, X[1] + CW, y + 1, LIGHT, 0.6)
        y += 7
    y = para(p2, X[1], y, CW, support_src, 'M', 7, 10.5)
    assert y < 360, y
    y = 44
    y = chapter(p2, X[2], y, CW, '第6章', '研修制度', MAROON)
    y = para(p2, X[2], y, CW, train_intro, 'M', 8, 13) + 8
    top = y
    LX = X[2] + 6
    for lab, txt in stages:
        p2.circle(LX, y + 4.5, 4, fill=MAROON)
        p2.text(LX + 10, y, lab, 'G', 8, MAROON)
        lines = wrap(txt, CW - 62, 'M', 7.8)
        for j, ln in enumerate(lines):
            p2.text(X[2] + 62, y + j * 12.4, ln, 'M', 7.8)
            p2.E((lab + ' ' if j == 0 else '') + ln)
        last_y = y
        y += len(lines) * 12.4 + 12
    p2.line(LX, top + 4.5, LX, last_y + 4.5, MAROON, 1.2)
    assert y < 360, y
    # bottom band
    y = 366
    y = chapter(p2, 36, y, W - 72, '第7章', 'お問い合わせ・アクセス', MAROON)
    ctab = [['区分', '担当', '所在', '電話', 'E-mail']]
    for trk, off, loc, tels, mails in contacts:
        ctab.append([trk, off, loc, '\n'.join(tels).replace('（内線', '\n（内線'), '\n'.join(mails)])
    yc = table(p2, 36, y, [44, 104, 100, 130, 142], ctab, size=7.5, align=['c', 'l', 'l', 'l', 'l'], pad=4,
               lead=10.5, head_fill=MAROON, head_color=white, rule_color=GREY)
    yc += 6
    s = '受付時間　平日9:30～18:15（土日祝日・年末年始を除く）'
    p2.text(36, yc, s, 'M', 7)
    p2.E(s)
    ax, aw = 580, W - 36 - 580
    ya = y
    p2.text(ax, ya, address, 'M', 8)
    p2.E(address)
    ya += 15
    for r_ in routes:
        ya = para(p2, ax, ya, aw, '●' + r_, 'M', 7.8, 12)
        ya += 3
    assert max(ya, yc) < 550, (ya, yc)
    p2.text(W / 2, 570, '― 2 ―', 'G', 8, GREY, furn=True, align='c')

    F = collections.OrderedDict()
    F['fixture'] = 'shugiin-2026'
    F['organization'] = ORG
    F['document'] = '職員採用案内'
    F['edition'] = dict(year=2026, asOf='2026-04', asOfText='令和8年4月発行')
    F['hiring'] = dict(intro=[hiring_intro], note=hiring_notes, tracks=dict(admin='事務系', tech='技術系'),
                       textSynthesised=True,
                       layout='TRANSPOSED ruled table: years as COLUMNS labelled R3 … R7 and R8*1 (planned, marked only by the *1 footnote at the page foot); each track a cell spanning two rows 採用数 / うち女性; a 計 pair of rows; planned women －',
                       rows=rows)
    F['exams'] = dict(title=exam_title, fiscalYear=2026, textSynthesised=True,
                      layout='ruled matrix: categories as ROWS grouped under a row-spanning track cell (事務系 / 技術系), exam levels as COLUMNS (総合職試験（院卒者） | 総合職試験（大卒程度） | 一般職試験（大卒程度）, two-line header cells); － for none; a 合計 row',
                      entries=exam_entries(exam_spec))
    F['contacts'] = [dict(track=t, office=o.replace('\n', ' '), location=l.replace('\n', ' '), tel=tl, email=m)
                     for t, o, l, tl, m in contacts]
    F['access'] = dict(address=address, routes=routes)
    arows = collections.OrderedDict()
    for u, n, _ in units_admin:
        arows[u] = dict(unit=u, admin=n, tech=None)
    for u, n, _ in units_tech:
        arows.setdefault(u, dict(unit=u, admin=None, tech=None))['tech'] = n
    F['assignments'] = dict(cohortFiscalYear=2025, intro=assign_intro, tracks=dict(admin='事務系', tech='技術系'),
                            layout='two DOTTED-LEADER lists side by side, 【事務系】 (8 units) and 【技術系】 (2 units); a unit in both lists has both counts; a footnote marker in a count (5名*2); a sum line 合計　事務系38名・技術系4名',
                            rows=list(arows.values()), totals=dict(admin=38, tech=4))
    F['lead'] = dict(title=lead_title, text=lead)
    F['initiativesIntro'] = init_intro
    F['initiatives'] = [dict(title=t, text=s) for t, s in inits]
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [dict(name=n, duration=d, text=t) for n, d, t in supports]
    F['supportSource'] = support_src
    F['training'] = dict(title='研修制度', paragraphs=[train_intro] + [t for _, t in stages])
    F['keyFigures'] = [dict(label=a, value=b, note=c) for a, b, c in key_figs]
    F['pages'] = 2
    return [p1, p2], F


# =======================================================================================
# 2. 大阪府 — A4 portrait, 3 pp; section headings are WHITE VERTICAL text on coloured
#    thumb tabs in the LEFT margin; lead flowed in two columns on p1, one column later;
#    assignment table grouped under bold group rows with subtotals, continued on p2
#    with its header repeated; exam breakdown as category CARDS; contacts table with
#    tracks as COLUMNS; support as a horizontal life-event chevron row

BLUE = rgb('1D4E9E')
PALE_BLUE = rgb('E6EEF8')
ORANGE = rgb('E8772E')


def tab(p, y0, y1, title, color=BLUE):
    """white vertical heading on a tab in the left margin from y0 to y1"""
    need = len(title) * 12 + 12
    if y1 - y0 < need:
        y1 = y0 + need
    p.rect(18, y0, 24, y1 - y0, fill=color)
    for i, ch in enumerate(title):
        p.text(30, y0 + 7 + i * 12, ch, 'G', 10, white, align='c')
    return y1


def build_osaka():
    W, H = A4P
    ORG = '大阪府'
    L, R = 56, W - 36
    CW = R - L
    years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
    labels = ['H31/R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']
    adm = [210, 198, 205, 221, 232, 228, 236, 240]
    adm_w = [98, 95, 101, 112, 118, 120, 124, None]
    tec = [118, 112, 121, 125, 130, 127, 133, 136]
    tec_w = [30, 28, 33, 36, 39, 41, 45, None]
    fmt = lambda c, w: f'{c}人（うち女性{w}人）' if w is not None else f'{c}人'
    rows = hiring_rows(years, labels, labels, adm, adm_w, tec, tec_w, 7, fmt)
    hiring_intro = '大学卒程度等の新規採用者数の推移'
    hiring_notes = ['※H31/R1は平成31年度（令和元年度）です。', '※R8の人数は採用予定数で、女性の内訳は未定です。']
    lead_title = '人を活かし、まちを動かす。'
    lead = ['大阪府は、約880万人の府民の暮らしを支える広域自治体です。福祉や医療、産業の振興、都市基盤の整備、環境の保全など、私たちの仕事は府民の生活のあらゆる場面に関わっています。',
            '2025年の大阪・関西万博を経て、大阪はいま新しいステージに立っています。行政職も技術職も、現場の声を聴き、データに基づいて考え、府域の市町村や企業と力を合わせて課題に向き合います。多様な経験をもつ皆さんと一緒に、これからの大阪をつくっていきたいと考えています。']
    key_figs = [('職員数（知事部局）', '約8,400人', '（2025年4月1日現在）'),
                ('女性管理職の割合', '16.8%', '（2025年度）'),
                ('年次休暇の平均取得日数', '14.6日', '（2024年）')]
    honcho = [('政策企画部', 8, None), ('総務部', 14, 2), ('財務部', 10, None), ('スマートシティ戦略部', 6, 5),
              ('府民文化部', 9, None), ('福祉部', 16, None), ('健康医療部', 11, 4), ('商工労働部', 12, 1),
              ('環境農林水産部', 8, 12), ('都市整備部', 7, 30), ('住宅まちづくり部', 5, 14), ('教育庁', 18, 3)]
    dessaki = [('府税事務所', 50, None), ('子ども家庭センター', 28, None), ('保健所', 18, 9), ('土木事務所', 10, 38),
               ('農と緑の総合事務所', 6, 15)]
    assign_intro = '令和7年度新規採用者の配属先（人）'
    exam_title = '令和8年度 採用予定数（試験区分別）'
    exam_spec = [
        ('事務系', '大学卒程度試験', [('行政（22-25）', 170), ('行政（26-34）', 40)], '行政（22-25）170名、行政（26-34）40名'),
        ('技術系', '大学卒程度試験', [('土木', 52), ('建築', 16), ('機械', 10), ('電気', 10), ('化学', 8), ('農学', 12),
                                 ('林学', 4), ('水産', 2)], '土木52名、建築16名、機械10名、電気10名、化学8名、農学12名、林学4名、水産2名'),
        ('技術系', '大学院卒程度試験', [('土木', 6), ('環境', 4)], '土木6名、環境4名'),
        ('事務系', '社会人等経験者採用試験', [('行政（社会人等）', 30)], '行政（社会人等）30名'),
        ('技術系', '社会人等経験者採用試験', [('土木（社会人等）', 8), ('建築（社会人等）', 4)], '土木（社会人等）8名、建築（社会人等）4名'),
    ]
    inits = [('「スマート府庁」の推進', '生成ＡＩやＲＰＡを業務に取り入れ、資料作成や集計にかかる時間を減らしています。府庁内のほぼすべての会議がオンラインで参加できます。'),
             ('フレックスタイム制度', '始業・終業の時刻を職員が選べます。子どもの送り迎えや自己啓発に合わせて勤務時間を調整できます。'),
             ('キャリアチャレンジ制度', '希望する部局やポストに自ら応募できる制度です。若手のうちから多様な分野を経験できます。')]
    supports = [('妊娠', '妊娠中の通勤緩和', '1日1時間以内', '混雑を避けて出勤・退勤できます。'),
                ('出産', '出産休暇', '産前8週間・産後8週間', '有給の休暇です。'),
                ('育児', '育児休業', '子が3歳に達するまで', '男性職員の取得率は約8割です。'),
                ('子育て', '部分休業', '1日2時間以内', '子が小学校を卒業するまで使えます。'),
                ('介護', '介護休暇', '通算6か月', '3回まで分けて取得できます。')]
    train = ['採用後の1年間は、新規採用職員研修のほか、先輩職員がマンツーマンで指導する「ＯＪＴサポーター制度」で仕事の基礎を身につけます。',
             '3年目以降は、政策形成やデータ活用の研修、国や民間企業への派遣研修など、キャリアに合わせて選べる研修を用意しています。']
    contacts = [('事務系', '総務部人事局人事課\n採用グループ', '大阪府庁本館 2階', ['06-6941-0351（内線2245）'], ['jinji-saiyo@gbox.pref.osaka.lg.jp']),
                ('技術系', '都市整備部事業調整室\n技術管理課', '大阪府咲洲庁舎 25階', ['06-6941-0351（内線3821）', '06-6210-9186（直通）'], ['toshiseibi-saiyo@gbox.pref.osaka.lg.jp'])]
    address = '〒540-8570 大阪市中央区大手前2丁目1-22'
    routes = ['Osaka Metro谷町線・中央線『谷町四丁目』駅 1-A番出口 徒歩約3分',
              'Osaka Metro谷町線・京阪本線『天満橋』駅 3番出口 徒歩約8分',
              'JR大阪環状線『森ノ宮』駅 西口 徒歩約15分']

    # ---------------- page 1
    p1 = Page(A4P)
    p1.rect(0, 0, W, 150, fill=BLUE)
    p1.rect(0, 150, W, 4, fill=ORANGE)
    p1.text(L, 22, 'OSAKA PREFECTURAL GOVERNMENT', 'G', 8.5, white, cs=2)
    p1.text(L, 40, ORG, 'G', 40, white, cs=8, bold=True)
    p1.text(L, 92, '職員採用案内', 'G', 17, white)
    p1.text(L, 118, '行政・技術職員（大学卒程度・社会人等）', 'G', 9.5, white)
    p1.text(R, 104, '2026.4', 'G', 22, white, align='r')
    for s_ in ['OSAKA PREFECTURAL GOVERNMENT', ORG, '職員採用案内', '行政・技術職員（大学卒程度・社会人等）', '2026.4']:
        p1.E(s_)
    y = 170
    p1.text(L, y, lead_title, 'G', 14, BLUE, bold=True)
    p1.E(lead_title)
    y += 26
    # the lead flowed in two columns (newspaper style)
    colw = (CW - 18) / 2
    lines = []
    for s_ in lead:
        lines += wrap(s_, colw, 'M', 8.4)
    half = (len(lines) + 1) // 2
    for k, chunk in enumerate((lines[:half], lines[half:])):
        for i, ln in enumerate(chunk):
            p1.text(L + k * (colw + 18), y + i * 13.6, ln, 'M', 8.4)
            p1.E(ln)
    p1.line(L + colw + 9, y, L + colw + 9, y + half * 13.6 - 4, GREY, 0.3)
    y += half * 13.6 + 14
    # hiring
    top = y
    p1.text(L, y, hiring_intro, 'G', 9.5, BLUE)
    p1.E(hiring_intro)
    y += 16
    hrows = [['年度', '事務系', '技術系', '合計', '備考']]
    for r in rows:
        def c2(v):
            return v['text'].replace('（', '\n（')
        hrows.append([r['labelText'], c2(r['admin']), c2(r['tech']), c2(r['total']), '採用予定' if r['planned'] else ''])
    y = table(p1, L, y, [70, 128, 128, 128, 49], hrows, size=7.5, align=['c', 'c', 'c', 'c', 'c'], pad=3, lead=9.6,
              head_fill=BLUE, head_color=white, rule_color=GREY, fills={8: rgb('FDEBDD')}, bold_rows=(), lw=0.4)
    y += 4
    for s_ in hiring_notes:
        p1.text(L, y, s_, 'M', 7)
        p1.E(s_)
        y += 10.5
    y = tab(p1, top - 4, y, '採用実績')
    p1.E  # (tab glyph line inserted below)
    # insert the vertical heading line before the section's lines
    idx = p1.exp.index(hiring_intro)
    p1.exp.insert(idx, '採用実績')
    y += 12
    # key figures: three boxes in a row
    bw = (CW - 16) / 3
    p1.text(L, y, 'データで見る大阪府庁', 'G', 9.5, ORANGE, bold=True)
    p1.E('データで見る大阪府庁')
    y += 16
    for k, (lab, val, note) in enumerate(key_figs):
        bx = L + k * (bw + 8)
        p1.rect(bx, y, bw, 54, fill=PALE_BLUE, r=4)
        p1.text(bx + bw / 2, y + 6, lab, 'G', 7.5, align='c')
        p1.text(bx + bw / 2, y + 18, val, 'G', 15, BLUE, bold=True, align='c')
        p1.text(bx + bw / 2, y + 39, note, 'M', 6.8, align='c')
    # column by column (each box top to bottom)
    for lab, val, note in key_figs:
        p1.E(lab)
        p1.E(val)
        p1.E(note)
    y += 66
    # assignments, first part
    top = y
    p1.E('配属実績')
    p1.text(L, y, assign_intro, 'G', 9.5, BLUE)
    p1.E(assign_intro)
    y += 16
    head = ['部局等', '事務系', '技術系', '計']
    acw = [203, 100, 100, 100]

    def unit_row(u, a, t):
        return [u, str(a) if a else '－', str(t) if t else '－', str((a or 0) + (t or 0))]
    part1 = [head, ['【本庁】', None, None, None]] + [unit_row(*u) for u in honcho[:6]]
    sp1 = {(1, 0): (1, 4)}
    y = table(p1, L, y, acw, part1, size=7.8, spans=sp1, align=['l', 'r', 'r', 'r'], pad=4, lead=10,
              head_fill=BLUE, head_color=white, rule_color=GREY, bold_rows=(1,), fills={1: PALE_BLUE}, lw=0.4)
    y += 3
    p1.text(R, y, '（次ページへ続く）', 'M', 7, align='r')
    p1.E('（次ページへ続く）')
    y += 10
    y = tab(p1, top - 4, y, '配属実績')
    assert y < 800, y
    p1.line(L, 810, R, 810, BLUE, 0.5)
    p1.text(L, 815, '大阪府 職員採用案内 2026', 'G', 7, GREY, furn=True)
    p1.text(R, 815, '1', 'G', 8, GREY, furn=True, align='r')

    # ---------------- page 2
    p2 = Page(A4P)
    y = 40
    top = y
    p2.E('配属実績')
    s_ = '（前ページからの続き）'
    p2.text(L, y, s_, 'M', 7)
    p2.E(s_)
    y += 12
    sub1 = (sum(a or 0 for _, a, _t in honcho), sum(t or 0 for _, _a, t in honcho))
    sub2 = (sum(a or 0 for _, a, _t in dessaki), sum(t or 0 for _, _a, t in dessaki))
    part2 = [head] + [unit_row(*u) for u in honcho[6:]]
    part2.append(['小計', str(sub1[0]), str(sub1[1]), str(sum(sub1))])
    part2.append(['【出先機関】', None, None, None])
    part2 += [unit_row(*u) for u in dessaki]
    part2.append(['小計', str(sub2[0]), str(sub2[1]), str(sum(sub2))])
    part2.append(['合計', str(sub1[0] + sub2[0]), str(sub1[1] + sub2[1]), str(sum(sub1) + sum(sub2))])
    n6 = 1 + len(honcho) - 6
    sp2 = {(n6 + 1, 0): (1, 4)}
    y = table(p2, L, y, acw, part2, size=7.8, spans=sp2, align=['l', 'r', 'r', 'r'], pad=4, lead=10,
              head_fill=BLUE, head_color=white, rule_color=GREY, bold_rows=(n6, n6 + 1, len(part2) - 2, len(part2) - 1),
              fills={n6: PALE_BLUE, n6 + 1: PALE_BLUE, len(part2) - 2: PALE_BLUE, len(part2) - 1: rgb('FDEBDD')}, lw=0.4)
    y += 4
    s_ = '※出先機関は府内各地にあり、配属先により通勤時間が異なります。'
    p2.text(L, y, s_, 'M', 7)
    p2.E(s_)
    y += 10
    y = tab(p2, top - 4, y, '配属実績')
    y += 18
    # exams as cards
    top = y
    p2.E('採用予定')
    p2.text(L, y, exam_title, 'G', 9.5, BLUE)
    p2.E(exam_title)
    y += 18
    exams_order = ['大学卒程度試験', '大学院卒程度試験', '社会人等経験者採用試験']
    CARD_W, CARD_H, GAP = 80, 34, 6
    for ex in exams_order:
        p2.rect(L, y, CW, 16, fill=BLUE)
        p2.text(L + 8, y + 3.5, ex, 'G', 9, white)
        p2.E(ex)
        y += 22
        for trk in ('事務系', '技術系'):
            ent = [e for e in exam_spec if e[0] == trk and e[1] == ex]
            if not ent:
                continue
            cats = ent[0][2]
            p2.text(L + 4, y + 11, trk, 'G', 8.5, BLUE)
            p2.E(trk)
            for i in range(0, len(cats), 5):
                for j, (cat, n) in enumerate(cats[i:i + 5]):
                    cx = L + 60 + j * (CARD_W + GAP)
                    p2.rect(cx, y, CARD_W, CARD_H, fill=PALE_BLUE, r=3)
                    p2.text(cx + CARD_W / 2, y + 4, cat, 'G', 7.2, align='c')
                    p2.text(cx + CARD_W / 2, y + 16, f'{n}名', 'G', 12, ORANGE, bold=True, align='c')
                    p2.E(cat)
                    p2.E(f'{n}名')
                y += CARD_H + GAP
            y += 2
    s_ = '※採用予定数は今後の状況により変わることがあります。年齢は令和9年4月1日現在です。'
    p2.text(L, y, s_, 'M', 7)
    p2.E(s_)
    y += 10
    y = tab(p2, top - 4, y, '採用予定')
    y += 18
    assert y < 800, y
    p2.line(L, 810, R, 810, BLUE, 0.5)
    p2.text(L, 815, '大阪府 職員採用案内 2026', 'G', 7, GREY, furn=True)
    p2.text(R, 815, '2', 'G', 8, GREY, furn=True, align='r')

    # ---------------- page 3
    p3 = Page(A4P)
    y = 40
    top = y
    p3.E('職場の取組')
    for k, (t, s_) in enumerate(inits, 1):
        p3.rect(L, y, 44, 13, fill=ORANGE, r=2)
        p3.text(L + 22, y + 2.5, f'POINT {k}', 'G', 7.5, white, align='c')
        p3.text(L + 52, y + 1, t, 'G', 9.5, BLUE)
        p3.E(f'POINT {k} {t}')
        y += 18
        y = para(p3, L + 52, y, CW - 52, s_, 'M', 8, 12.8) + 6
    y = tab(p3, top - 4, y, '職場の取組')
    y += 14
    top = y
    p3.E('両立支援制度')
    s_ = 'ライフイベントに応じて、次のような制度を利用できます。'
    p3.text(L, y, s_, 'M', 8)
    p3.E(s_)
    y += 16
    n = len(supports)
    cw = (CW - (n - 1) * 4) / n
    ybot = y
    for k, (stage, name, dur, txt) in enumerate(supports):
        cx = L + k * (cw + 4)
        pts = [(cx, y), (cx + cw - 6, y), (cx + cw + 2, y + 9), (cx + cw - 6, y + 18), (cx, y + 18)]
        if k:
            pts.append((cx + 8, y + 9))
        p3.poly(pts, fill=BLUE if k % 2 == 0 else rgb('2F6DC8'))
        p3.text(cx + cw / 2, y + 4.5, stage, 'G', 8.5, white, align='c')
        p3.E(stage)
        yy = y + 26
        p3.text(cx + 2, yy, name, 'G', 8, BLUE)
        p3.E(name)
        yy += 13
        yy = para(p3, cx + 2, yy, cw - 4, dur, 'G', 7.4, 11)
        yy += 2
        yy = para(p3, cx + 2, yy, cw - 4, txt, 'M', 7.4, 11)
        ybot = max(ybot, yy)
    y = ybot + 4
    y = tab(p3, top - 4, y, '両立支援制度')
    y += 14
    top = y
    p3.E('研修制度')
    for s_ in train:
        y = para(p3, L, y, CW, s_, 'M', 8, 12.8) + 3
    y = tab(p3, top - 4, y, '研修制度')
    y += 14
    top = y
    p3.E('お問い合わせ')
    ctab = [['', '事務系', '技術系'],
            ['担当', contacts[0][1], contacts[1][1]],
            ['所在', contacts[0][2], contacts[1][2]],
            ['電話', '\n'.join(contacts[0][3]), '\n'.join(contacts[1][3])],
            ['E-mail', contacts[0][4][0], contacts[1][4][0]]]
    y = table(p3, L, y, [55, 214, 234], ctab, size=7.8, align=['c', 'l', 'l'], pad=4, lead=10.5,
              head_fill=PALE_BLUE, rule_color=GREY, lw=0.4, fills={(1, 0): LIGHT, (2, 0): LIGHT, (3, 0): LIGHT, (4, 0): LIGHT})
    y += 6
    y = tab(p3, top - 4, y, 'お問い合わせ')
    y += 12
    top = y
    p3.E('アクセス')
    p3.text(L, y, address + '（大阪府庁本館）', 'M', 8.2)
    p3.E(address + '（大阪府庁本館）')
    y += 15
    for k, r_ in enumerate(routes):
        mark = '①②③'[k]
        y = para(p3, L, y, CW, mark + r_, 'M', 8, 12.5)
    y = tab(p3, top - 4, y, 'アクセス')
    y += 14
    # Q&A (decoy numbers)
    top = y
    p3.E('よくある質問')
    qa = [('転勤はありますか？', 'おおむね3～4年ごとに異動があります。府内の出先機関へ異動することもありますが、転居を伴う異動は多くありません。'),
          ('残業はどのくらいですか？', '部署や時期によって異なりますが、2024年度の月平均の超過勤務は約12時間でした。'),
          ('社会人経験は評価されますか？', '社会人等経験者採用試験では、民間企業等での職務経験が5年以上ある方を対象としています。')]
    for q, a in qa:
        p3.text(L, y, 'Q', 'G', 10, ORANGE, bold=True)
        p3.text(L + 14, y + 1, q, 'G', 8.5)
        p3.E('Q ' + q)
        y += 15
        p3.text(L, y, 'A', 'G', 10, BLUE, bold=True)
        lines = wrap(a, CW - 14, 'M', 8)
        for i, ln in enumerate(lines):
            p3.text(L + 14, y + 1 + i * 13, ln, 'M', 8)
            p3.E(('A ' if i == 0 else '') + ln)
        y += len(lines) * 13 + 8
    y = tab(p3, top - 4, y, 'よくある質問', ORANGE)
    assert y < 800, y
    p3.line(L, 810, R, 810, BLUE, 0.5)
    p3.text(L, 815, '大阪府 職員採用案内 2026', 'G', 7, GREY, furn=True)
    p3.text(R, 815, '3', 'G', 8, GREY, furn=True, align='r')

    F = collections.OrderedDict()
    F['fixture'] = 'osaka-2026'
    F['organization'] = ORG
    F['document'] = '職員採用案内'
    F['edition'] = dict(year=2026, asOf='2026-04', asOfText='2026.4')
    F['hiring'] = dict(intro=[hiring_intro], note=hiring_notes, tracks=dict(admin='事務系', tech='技術系'),
                       textSynthesised=False,
                       layout='fully ruled table, years as rows labelled H31/R1, R2 … R8; every count cell two lines 210人 / （うち女性98人）; the planned row marked ONLY by 採用予定 in a 備考 column (plain 240人, women null)',
                       rows=rows)
    F['exams'] = dict(title=exam_title, fiscalYear=2026, textSynthesised=True,
                      layout='category CARDS (category name over a large 170名), in rows of up to five, under a blue strip per exam and a track label at the left of each card row; three exams; categories with age ranges in brackets 行政（22-25）',
                      entries=exam_entries(exam_spec))
    F['contacts'] = [dict(track=t, office=o.replace('\n', ' '), location=l, tel=tl, email=m) for t, o, l, tl, m in contacts]
    F['access'] = dict(address=address, routes=routes)
    arows = [dict(unit=u, admin=a, tech=t) for u, a, t in honcho + dessaki]
    F['assignments'] = dict(cohortFiscalYear=2025, intro=assign_intro, tracks=dict(admin='事務系', tech='技術系'),
                            layout='ruled table 部局等 | 事務系 | 技術系 | 計 with bold tinted GROUP rows 【本庁】 / 【出先機関】 spanning the table, 小計 rows and a 合計 row; CONTINUED from the foot of p1 to the top of p2 with the header row repeated (（次ページへ続く） / （前ページからの続き））; － for none',
                            rows=arows, totals=dict(admin=236, tech=133))
    F['lead'] = dict(title=lead_title, text=lead)
    F['initiativesIntro'] = ''
    F['initiatives'] = [dict(title=t, text=s_) for t, s_ in inits]
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [dict(name=n_, duration=d, text=t) for _st, n_, d, t in supports]
    F['supportSource'] = ''
    F['training'] = dict(title='研修制度', paragraphs=train)
    F['keyFigures'] = [dict(label=a, value=b, note=c) for a, b, c in key_figs]
    F['pages'] = 3
    return [p1, p2, p3], F


# =======================================================================================
# 3. 日本年金機構 — A4 portrait, 2 pp; p1 a main column and a tinted SIDEBAR at the right
#    (read after the main column); hiring table WRAPPED into two blocks side by side
#    (令和元年度–令和4年度 | 令和5年度–令和8年度（計画）); assignment table TRANSPOSED
#    (units as columns) and wrapped into two stacked bands; exam breakdown as lines
#    with ／-separated categories; kicker + heading; p2 full width: numbered
#    initiatives in three columns, support cards 3 × 2, horizontal training roadmap

GREEN = rgb('00775A')
PALE_GREEN = rgb('E3F2EC')


def kicker(p, x, y, w, en, ja, color=GREEN):
    p.rect(x, y, 4, 26, fill=color)
    p.text(x + 10, y, en, 'G', 6.5, color, cs=1.5)
    p.text(x + 10, y + 10, ja, 'G', 12.5, black, bold=True)
    p.line(x + 10 + sw(ja, 'G', 12.5) + 8, y + 18, x + w, y + 18, color, 0.5)
    p.E(en)
    p.E(ja)
    return y + 34


def build_nenkin():
    W, H = A4P
    ORG = '日本年金機構'
    years = list(range(2019, 2027))
    labels = ['令和元年度'] + [f'令和{i}年度' for i in range(2, 9)]
    label_texts = labels[:-1] + ['令和8年度（計画）']
    adm = [380, 402, 365, 390, 410, 425, 440, 450]
    adm_w = [205, 220, 198, 214, 231, 240, 251, None]
    tec = [12, 10, 14, 15, 18, 16, 20, 24]
    tec_w = [3, 2, 4, 5, 6, 5, 7, None]
    rows = hiring_rows(years, labels, label_texts, adm, adm_w, tec, tec_w, 7,
                       lambda c, w: f'{c}（{w}）' if w is not None else f'{c}')
    hiring_intro = '正規職員の採用者数（人）'
    hiring_notes = ['※（　）内は女性の人数で、内数です。', '※令和8年度は採用計画数です。']
    lead_title = '年金を、確かに届ける。'
    lead = ['日本年金機構は、国から委任・委託を受けて、公的年金の適用・徴収から記録の管理、相談、年金の給付までの業務を一貫して担う公法人です。',
            '全国の年金事務所と本部が一体となって、約4,000万人の受給者と約6,700万人の加入者の暮らしを支えています。']
    key_figs = [('年金事務所', '312か所', '（全国）'),
                ('職員数', '約11,000人', '（正規職員）'),
                ('年間の相談件数', '約1,000万件', '（2024年度）')]
    units = [('本部', 40, 18), ('北海道地域部', 22, None), ('東北地域部', 30, None), ('北関東・信越地域部', 38, None),
             ('南関東地域部', 80, 2), ('中部地域部', 52, None), ('近畿地域部', 68, None), ('中国地域部', 28, None),
             ('四国地域部', 18, None), ('九州地域部', 64, None)]
    unit_head = {'北関東・信越地域部': '北関東・信越\n地域部', '北海道地域部': '北海道\n地域部', '南関東地域部': '南関東\n地域部'}
    assign_intro = '令和7年度採用者の配属先（地域部には年金事務所を含みます）'
    exam_title = '令和8年度 採用計画（試験別）'
    exam_spec = [
        ('事務系', '正規職員採用試験（大卒程度）', [('一般事務（全国型）', 300), ('一般事務（地域型）', 120)], '一般事務（全国型）300名／一般事務（地域型）120名'),
        ('技術系', '正規職員採用試験（大卒程度）', [('システム', 16), ('統計・数理', 2)], 'システム16名／統計・数理2名'),
        ('技術系', '正規職員採用試験（大学院卒程度）', [('システム', 6)], 'システム6名'),
        ('事務系', '正規職員採用試験（社会人経験者）', [('一般事務（経験者）', 30)], '一般事務（経験者）30名'),
    ]
    inits = [('お客様の声を業務改善に', '年金事務所に寄せられた声を毎月集計し、手続の案内や書類の様式の見直しにつなげています。'),
             ('電子申請の推進', '事業所からの届出の電子化を進め、窓口や審査の事務を効率化しています。'),
             ('計画的な休暇取得', '年次休暇の取得計画表を作り、繁忙期を避けて連続休暇を取れるようにしています。')]
    supports = [('出産休暇', '産前6週間・産後8週間', '出産のための有給の休暇です。'),
                ('育児休業', '子が2歳に達するまで', '期間中は育児休業給付金が支給されます。'),
                ('子の看護休暇', '年5日（2人以上は10日）', '子の看病や健康診断の付添いに使えます。'),
                ('育児短時間勤務', '子が小学校3年生を修了するまで', '勤務時間を1日6時間などに短縮できます。'),
                ('介護休業', '通算93日', '3回まで分割して取得できます。'),
                ('ボランティア休暇', '年5日', '地域の福祉活動などへの参加に使えます。')]
    train_intro = '入構後は、年金制度と実務を段階的に学ぶ研修体系で、相談やシステムのプロフェッショナルを育てます。'
    stages = [('1年目', '新規採用職員研修（約1か月）で年金制度の基礎を学びます。'),
              ('2～3年目', '年金事務所で適用・徴収・給付の実務を経験します。'),
              ('4～6年目', '年金アドバイザー研修で相談の専門性を高めます。'),
              ('7年目～', '主任・管理職研修でマネジメントを学びます。')]
    contacts = [('事務系', '人事部人事企画グループ 採用担当', '本部 6階', ['03-5344-1100（内線6213）'], ['saiyo@nenkin.go.jp']),
                ('技術系', 'システム企画部 システム人材グループ', '本部 4階', ['03-5344-1100（内線4420）', '03-5344-1187（直通）'], ['system-saiyo@nenkin.go.jp'])]
    address = '〒168-8505 東京都杉並区高井戸西3-5-24'
    routes = ['京王井の頭線『高井戸』駅 西口 徒歩約6分', '京王線『芦花公園』駅 北口 徒歩約18分']

    # ---------------- page 1
    p1 = Page(A4P)
    p1.rect(0, 0, W, 110, fill=GREEN)
    p1.text(36, 20, 'JAPAN PENSION SERVICE', 'G', 8, white, cs=2)
    p1.text(36, 36, ORG, 'G', 28, white, cs=2, bold=True)
    p1.text(36, 76, '職員採用案内 2026', 'G', 12, white)
    p1.text(W - 36, 80, '2026年3月作成', 'G', 8.5, white, align='r')
    for s_ in ['JAPAN PENSION SERVICE', ORG, '職員採用案内 2026', '2026年3月作成']:
        p1.E(s_)
    MX, MW = 36, 352
    SX, SW = 404, W - 36 - 404
    p1.rect(SX - 8, 110, W - SX + 8, H - 110 - 40, fill=PALE_GREEN)
    y = 128
    p1.text(MX, y, lead_title, 'M', 15, GREEN, bold=True)
    p1.E(lead_title)
    y += 26
    for s_ in lead:
        y = para(p1, MX, y, MW, s_, 'M', 8.3, 13.4) + 3
    y += 8
    y = kicker(p1, MX, y, MW, 'RECRUITMENT DATA', '採用実績')
    p1.text(MX, y, hiring_intro, 'M', 7.5)
    p1.E(hiring_intro)
    y += 13
    blocks = []
    for part in (rows[:4], rows[4:]):
        t = [['年度', '事務系', '技術系', '合計']]
        for r in part:
            t.append([r['labelText'].replace('（', '\n（'), r['admin']['text'], r['tech']['text'], r['total']['text']])
        blocks.append(t)
    ya = table(p1, MX, y, [50, 44, 34, 44], blocks[0], size=6.8, align=['c', 'r', 'r', 'r'], pad=2.5, lead=9,
               minh=15, head_fill=GREEN, head_color=white, rule_color=GREY, lw=0.4)
    yb = table(p1, MX + 180, y, [50, 44, 34, 44], blocks[1], size=6.8, align=['c', 'r', 'r', 'r'], pad=2.5, lead=9,
               minh=15, head_fill=GREEN, head_color=white, rule_color=GREY, lw=0.4, fills={4: rgb('FFF3D6')})
    y = max(ya, yb) + 4
    for s_ in hiring_notes:
        p1.text(MX, y, s_, 'M', 6.8)
        p1.E(s_)
        y += 10
    y += 10
    y = kicker(p1, MX, y, MW, 'PLACEMENT', '配属実績')
    p1.text(MX, y, assign_intro, 'M', 7.5)
    p1.E(assign_intro)
    y += 13
    for band in (units[:5], units[5:]):
        t = [['区分'] + [unit_head.get(u, u) for u, _, _ in band],
             ['事務系'] + [str(a) if a else '－' for _, a, _ in band],
             ['技術系'] + [str(b) if b else '－' for _, _, b in band]]
        y = table(p1, MX, y, [42] + [62] * 5, t, size=7, align=['c'] + ['c'] * 5, pad=2.5, lead=9, minh=14,
                  head_fill=PALE_GREEN, rule_color=GREY, lw=0.4, fills={(1, 0): LIGHT, (2, 0): LIGHT})
        y += 5
    s_ = '計　事務系440名・技術系20名'
    p1.text(MX + MW, y, s_, 'G', 8, align='r')
    p1.E(s_)
    y += 18
    y = kicker(p1, MX, y, MW, 'EXAMINATION', '採用予定')
    p1.text(MX, y, exam_title, 'M', 7.8)
    p1.E(exam_title)
    y += 15
    for ex in ['正規職員採用試験（大卒程度）', '正規職員採用試験（大学院卒程度）', '正規職員採用試験（社会人経験者）']:
        p1.text(MX, y, '◎' + ex, 'G', 8.3, GREEN)
        p1.E('◎' + ex)
        y += 13.5
        for trk in ('事務系', '技術系'):
            ent = [e for e in exam_spec if e[0] == trk and e[1] == ex]
            if not ent:
                continue
            p1.text(MX + 10, y, '▷' + trk, 'M', 7.8)
            lines = wrap(ent[0][3], MW - 60, 'M', 7.8)
            for i, ln in enumerate(lines):
                p1.text(MX + 56, y + i * 12, ln, 'M', 7.8)
                p1.E(('▷' + trk + '　' if i == 0 else '') + ln)
            y += len(lines) * 12 + 1.5
        y += 3
    s_ = '※このほか、障害者を対象とした選考で10名程度を採用する予定です。'
    y = para(p1, MX, y, MW, s_, 'M', 6.8, 10)
    assert y < 800, y
    # sidebar (read after the main column)
    y = 128
    p1.text(SX, y, 'DATA', 'G', 7, GREEN, cs=1.5)
    p1.E('DATA')
    y += 10
    p1.text(SX, y, '数字で見る日本年金機構', 'G', 9.5, bold=True)
    p1.E('数字で見る日本年金機構')
    y += 20
    for lab, val, note in key_figs:
        p1.text(SX, y, lab, 'G', 7.5)
        p1.E(lab)
        y += 11
        vw = p1.text(SX, y, val, 'G', 16, GREEN, bold=True)
        p1.text(SX + vw + 4, y + 7, note, 'M', 6.8)
        p1.E(f'{val} {note}')
        y += 26
    y += 10
    p1.text(SX, y, 'CONTACT', 'G', 7, GREEN, cs=1.5)
    p1.E('CONTACT')
    y += 10
    p1.text(SX, y, '採用に関するお問い合わせ', 'G', 9.5, bold=True)
    p1.E('採用に関するお問い合わせ')
    y += 20
    for trk, off, loc, tels, mails in contacts:
        y0 = y
        p1.text(SX + 6, y + 5, f'〈{trk}〉', 'G', 8, GREEN)
        p1.E(f'〈{trk}〉')
        y += 18
        y = para(p1, SX + 6, y, SW - 12, off, 'G', 7.8, 11.5)
        y = para(p1, SX + 6, y, SW - 12, loc, 'M', 7.5, 11.5)
        for t_ in tels:
            y = para(p1, SX + 6, y, SW - 12, 'TEL ' + t_, 'M', 7.2, 11)
        for m_ in mails:
            y = para(p1, SX + 6, y, SW - 12, 'MAIL ' + m_, 'M', 7.2, 11)
        p1.rect(SX, y0, SW, y - y0 + 4, fill=white, stroke=GREEN, lw=0.5, r=3)
        y += 12
    s_ = '受付　平日 9:00～17:00'
    p1.text(SX, y, s_, 'M', 7)
    p1.E(s_)
    y += 20
    p1.text(SX, y, 'ACCESS', 'G', 7, GREEN, cs=1.5)
    p1.E('ACCESS')
    y += 10
    p1.text(SX, y, '本部へのアクセス', 'G', 9.5, bold=True)
    p1.E('本部へのアクセス')
    y += 20
    y = para(p1, SX, y, SW, address, 'M', 7.5, 11.5) + 4
    for r_ in routes:
        y = para(p1, SX, y, SW, '▶' + r_, 'M', 7.5, 11.5) + 2
    assert y < 795, y
    p1.text(W / 2, 815, '1', 'G', 8, GREY, furn=True, align='c')

    # ---------------- page 2
    p2 = Page(A4P)
    X0, FW = 36, W - 72
    y = 40
    y = kicker(p2, X0, y, FW, 'WORK STYLE', '職場の取組')
    cw = (FW - 2 * 16) / 3
    yb = y
    for k, (t, s_) in enumerate(inits):
        cx = X0 + k * (cw + 16)
        num = f'{k + 1:02d}'
        nw = p2.text(cx, y, num, 'G', 20, rgb('9CC9B8'), bold=True)
        lines = wrap(t, cw - nw - 6, 'G', 9)
        for i, ln in enumerate(lines):
            p2.text(cx + nw + 6, y + 5 + i * 12, ln, 'G', 9, GREEN)
            p2.E((num + ' ' if i == 0 else '') + ln)
        yy = y + max(26, 5 + len(lines) * 12 + 4)
        yy = para(p2, cx, yy, cw, s_, 'M', 7.8, 12.4)
        yb = max(yb, yy)
    y = yb + 14
    y = kicker(p2, X0, y, FW, 'SUPPORT', '両立支援制度')
    cw = (FW - 2 * 10) / 3
    for r0 in range(0, len(supports), 3):
        hmax = 0
        cards = []
        for k, (n_, d_, t_) in enumerate(supports[r0:r0 + 3]):
            cx = X0 + k * (cw + 10)
            yy = y + 8
            p2.text(cx + 8, yy, n_, 'G', 9, bold=True)
            p2.E(n_)
            yy += 16
            dw = sw(d_, 'G', 7.5)
            p2.rect(cx + 8, yy - 2, dw + 12, 13, fill=GREEN, r=6)
            p2.text(cx + 14, yy + 0.5, d_, 'G', 7.5, white)
            p2.E(d_)
            yy += 17
            yy = para(p2, cx + 8, yy, cw - 16, t_, 'M', 7.6, 11.8)
            hmax = max(hmax, yy - y + 4)
            cards.append(cx)
        for cx in cards:
            p2.rect(cx, y, cw, hmax, stroke=GREEN, lw=0.6, r=4)
        y += hmax + 8
    y += 8
    y = kicker(p2, X0, y, FW, 'TRAINING', '研修制度')
    y = para(p2, X0, y, FW, train_intro, 'M', 8.2, 13) + 8
    n = len(stages)
    cw = (FW - (n - 1) * 6) / n
    p2.poly([(X0, y), (X0 + FW - 12, y), (X0 + FW, y + 10), (X0 + FW - 12, y + 20), (X0, y + 20)], fill=PALE_GREEN)
    yb = y
    for k, (lab, txt) in enumerate(stages):
        cx = X0 + k * (cw + 6)
        p2.rect(cx + cw / 2 - 30, y + 3, 60, 14, fill=GREEN, r=7)
        p2.text(cx + cw / 2, y + 5.5, lab, 'G', 8, white, align='c')
        p2.E(lab)
        yy = para(p2, cx + 2, y + 28, cw - 4, txt, 'M', 7.8, 12.2)
        yb = max(yb, yy)
    y = yb + 16
    y = kicker(p2, X0, y, FW, 'VOICE', '先輩職員の声')
    voices = [('近畿地域部 天王寺年金事務所（2020年入構）',
               'お客様相談室で、1日に10件ほどの年金相談を受けています。入構6年目になり、複雑な記録の相談も任されるようになりました。'),
              ('本部 システム企画部（2018年入構）',
               '約30人のチームで、年金記録を管理するシステムの刷新に取り組んでいます。2年間の大学院派遣で学んだことが生きています。')]
    cw = (FW - 16) / 2
    yb = y
    for k, (who, txt) in enumerate(voices):
        cx = X0 + k * (cw + 16)
        p2.text(cx, y, who, 'G', 7.8, GREEN)
        p2.E(who)
        yy = para(p2, cx, y + 14, cw, txt, 'M', 7.8, 12.4)
        yb = max(yb, yy)
    y = yb
    assert y < 800, y
    p2.text(W / 2, 815, '2', 'G', 8, GREY, furn=True, align='c')

    F = collections.OrderedDict()
    F['fixture'] = 'nenkin-2026'
    F['organization'] = ORG
    F['document'] = '職員採用案内'
    F['edition'] = dict(year=2026, asOf='2026-03', asOfText='2026年3月作成')
    F['hiring'] = dict(intro=[hiring_intro], note=hiring_notes, tracks=dict(admin='事務系', tech='技術系'),
                       textSynthesised=False,
                       layout='ruled table WRAPPED into two blocks side by side with the same header (年度 | 事務系 | 技術系 | 合計): 令和元年度–令和4年度 left, 令和5年度–令和8年度（計画） right; cells 380（205）; the planned label on two lines 令和8年度 / （計画）, tinted, plain numbers (women null)',
                       rows=rows)
    F['exams'] = dict(title=exam_title, fiscalYear=2026, textSynthesised=False,
                      layout='lines: ◎ exam name, then ・事務系 / ・技術系 followed by ／-separated category–count pairs (一般事務（全国型）300名／一般事務（地域型）120名); the same category システム under a 大卒程度 and a 大学院卒程度 exam; a decoy note about a further 10名',
                      entries=exam_entries(exam_spec))
    F['contacts'] = [dict(track=t, office=o, location=l, tel=tl, email=m) for t, o, l, tl, m in contacts]
    F['access'] = dict(address=address, routes=routes)
    F['assignments'] = dict(cohortFiscalYear=2025, intro=assign_intro, tracks=dict(admin='事務系', tech='技術系'),
                            layout='TRANSPOSED ruled table (units as COLUMNS, rows 事務系 / 技術系) WRAPPED into two stacked bands of five units, each band with its own header row; two-line unit header cells (北関東・信越 / 地域部); － for none; a sum line 計　事務系440名・技術系20名',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units], totals=dict(admin=440, tech=20))
    F['lead'] = dict(title=lead_title, text=lead)
    F['initiativesIntro'] = ''
    F['initiatives'] = [dict(title=t, text=s_) for t, s_ in inits]
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [dict(name=n_, duration=d, text=t) for n_, d, t in supports]
    F['supportSource'] = ''
    F['training'] = dict(title='研修制度', paragraphs=[train_intro] + [t for _, t in stages])
    F['keyFigures'] = [dict(label=a, value=b, note=c) for a, b, c in key_figs]
    F['pages'] = 2
    return [p1, p2], F


# =======================================================================================

BUILDERS = collections.OrderedDict([
    ('shugiin-2026', (build_shugiin, 17)),
    ('osaka-2026', (build_osaka, 27)),
    ('nenkin-2026', (build_nenkin, 37)),
])


def make(name):
    build, seed = BUILDERS[name]
    pages, F = build()
    expected = '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'
    check_layout(pages)
    check_facts(F, expected)
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp = os.path.join(td, name + '.pdf')
        render(pages, tmp, seed)
        check_pdftotext(pages, tmp)
        data = open(tmp, 'rb').read()
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(data)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(F, f, ensure_ascii=False, indent=2)
        f.write('\n')
    n = count_checks(F, expected)
    print(f'{name}: {len(pages)} pages, {sum(len(p.t) for p in pages)} text objects, {n} fact checks')
    return n


def main(argv):
    names = argv[1:] or list(BUILDERS)
    total = 0
    for name in names:
        if name not in BUILDERS:
            sys.exit(f'unknown brochure {name}; one of {", ".join(BUILDERS)}')
        try:
            total += make(name)
        except Refused as e:
            sys.exit(f'{name}: REFUSED: {e}')
    print(f'fact checks in all: {total}')


if __name__ == '__main__':
    main(sys.argv)
