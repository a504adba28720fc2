#!/usr/bin/env python3
"""Holdout set 31 (blind): 石川県, 相模原市, 国民生活センター.

Self-contained: reportlab + IPAex fonts. Deterministic (invariant=1, seeded shuffles).
Writes Fixtures/holdout31/NAME.{pdf,expected.txt,facts.json} and refuses a brochure whose
text items overlap / leave the page, use glyphs the font lacks, overflow a cell, break
kinsoku, whose drawn text != expected text (per page, multiset of characters), whose
pdftotext differs from the drawn characters, whose facts are not printed, or whose
numbers do not add up.  Also checks that a stand-in document built from the facts gets
full marks from Scripts/score_extract.py's checks().

  python3 Fixtures/generate_holdout31.py [NAME]
  python3 Fixtures/generate_holdout31.py --selftest   # fault injection: every fault must be refused
"""
import json, os, random, subprocess, sys, unicodedata, tempfile
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout31')
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
import score_extract  # noqa: E402

G, M = 'IPAexG', 'IPAexM'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 14

def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)

class Fail(Exception):
    pass

def sw(t, f, s):
    return pdfmetrics.stringWidth(t, f, s)

NOSTART = set('、。，．）」』】〕・ーっゃゅょァィゥェォッャュョ々？！：；%％')
NOEND = set('（「『【〔')

def wrap(text, width, font, size):
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, font, size) > width:
            nxt = ch
            while cur and (nxt[0] in NOSTART or cur[-1] in NOEND or (cur[-1].isascii() and cur[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum())):
                nxt = cur[-1] + nxt
                cur = cur[:-1]
                if len(nxt) > 12:
                    raise Fail('cannot wrap ' + text)
            lines.append(cur)
            cur = nxt
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.items, self.gfx, self.exp = [], [], []

    def t(self, text, x, y, size, font=M, color=black, furn=False, rot=False, align='l'):
        w = sw(text, font, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.items.append(dict(text=text, x=x, y=y, size=size, font=font, color=color, furn=furn, rot=rot, w=w))
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, r))

    def line(self, x1, y1, x2, y2, color=black, lw=0.5):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw))

    def circle(self, x, y, r, fill):
        self.gfx.append(('circle', x, y, r, fill))

    def para(self, text, x, y, width, size, font=M, lead=1.55, color=black):
        lines = wrap(text, width, font, size)
        for ln in lines:
            if ln[0] in NOSTART or ln[-1] in NOEND or sw(ln, font, size) > width + 0.01:
                raise Fail('kinsoku/width: ' + ln)
            self.t(ln, x, y + size, size, font, color)
            self.exp.append(ln)
            y += size * lead
        return y

    def table(self, x, y, cols, rows, size=7.5, font=M, hfont=G, head=1, fills=None, align=None, pad=2.5,
              rules=True, rulecolor=rgb('888888'), lead=1.25):
        """rows: list of rows; a row is a list of cells (str, list[str] for several lines, None = spanned
        from above) or a dict(span=text, fill=...) across all columns. Returns bottom y."""
        fills = fills or {}
        tw = sum(cols)
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        for ri, row in enumerate(rows):
            if isinstance(row, dict):
                rh = size * lead + 2 * pad
                if row.get('fill'):
                    self.rect(x, y, tw, rh, fill=row['fill'])
                f = row.get('font', hfont)
                self.t(row['span'], x + 4, y + pad + size * 0.95, size, f, row.get('color', black))
                self.exp.append(row['span'])
                if rules:
                    self.line(x, y + rh, x + tw, y + rh, rulecolor)
                y += rh
                continue
            cells = [[c] if isinstance(c, str) else (c or []) for c in row]
            nl = max(len(c) for c in cells)
            rh = nl * size * lead + 2 * pad
            if ri in fills:
                self.rect(x, y, tw, rh, fill=fills[ri])
            f = hfont if ri < head else font
            out = []
            for ci, c in enumerate(cells):
                out.append(''.join(c))
                top = y + (rh - len(c) * size * lead) / 2
                for li, ln in enumerate(c):
                    if not ln:
                        continue
                    if sw(ln, f, size) > cols[ci] - 2 * pad + 0.01:
                        raise Fail('cell overflow: ' + ln)
                    a = (align or {}).get(ci, 'c' if ri < head or ci > 0 else 'l')
                    bx = {'l': xs[ci] + pad, 'c': (xs[ci] + xs[ci + 1]) / 2, 'r': xs[ci + 1] - pad}[a]
                    col = black
                    if isinstance(row, list) and getattr(self, 'cellcolor', None):
                        col = self.cellcolor.get((ri, ci), black)
                    self.t(ln, bx, top + li * size * lead + size * 0.95, size, f, col, align=a)
            self.exp.append('\t'.join(out))
            if rules:
                nxt = rows[ri + 1] if ri + 1 < len(rows) else None
                for ci in range(len(cols)):   # no rule under a cell spanning into the next row
                    if not (isinstance(nxt, list) and nxt[ci] is None):
                        self.line(xs[ci], y + rh, xs[ci + 1], y + rh, rulecolor)
                for ci in range(1, len(cols)):
                    self.line(xs[ci], y, xs[ci], y + rh, rulecolor, 0.3)
            y += rh
        return y


def draw(pages, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    for pi, pg in enumerate(pages):
        for g in pg.gfx:
            if g[0] == 'rect':
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
            elif g[0] == 'line':
                _, x1, y1, x2, y2, col, lw = g
                c.setStrokeColor(col)
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, x, y, r, fill = g
                c.setFillColor(fill)
                c.circle(x, H - y, r, stroke=0, fill=1)
        items = list(pg.items)
        random.Random(3100 + pi * 7 + len(items)).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColor(it['color'])
            c.setFont(it['font'], it['size'])
            if it['rot']:
                c.translate(it['x'], H - it['y'])
                c.rotate(90)
                c.drawString(0, 0, it['text'])
            else:
                c.drawString(it['x'], H - it['y'], it['text'])
            c.restoreState()
        c.showPage()
    c.save()


def bbox(it):
    if it['rot']:
        return (it['x'] - it['size'] * 0.9, it['y'] - it['w'], it['x'] + it['size'] * 0.15, it['y'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + it['w'], it['y'] + it['size'] * 0.12)


CMAPS = {}

def glyphs_ok(font, text):
    if font not in CMAPS:
        CMAPS[font] = pdfmetrics.getFont(font).face.charToGlyph
    return all(ord(ch) in CMAPS[font] for ch in text if ch != ' ')


def nows(s):
    return ''.join(s.split())


def check_pages(name, pages, pdf):
    for pi, pg in enumerate(pages):
        bs = []
        for it in pg.items:
            b = bbox(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                raise Fail(f'{name} p{pi+1}: off page / edge margin: {it["text"]} {b}')
            if not glyphs_ok(it['font'], it['text']):
                raise Fail(f'{name} p{pi+1}: glyph missing: {it["text"]}')
            bs.append((b, it['text']))
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i][0], bs[j][0]
                if a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2:
                    raise Fail(f'{name} p{pi+1}: overlap {bs[i][1]!r} / {bs[j][1]!r}')
        drawn = Counter(nows(''.join(it['text'] for it in pg.items if not it['furn'])))
        exp = Counter(nows(''.join(pg.exp)))
        if drawn != exp:
            raise Fail(f'{name} p{pi+1}: drawn != expected: +{drawn - exp} -{exp - drawn}')
        allc = Counter(nows(''.join(it['text'] for it in pg.items)))
        got = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), pdf, '-'],
                             capture_output=True, text=True, check=True).stdout
        gotc = Counter(nows(got))
        if gotc != allc:
            raise Fail(f'{name} p{pi+1}: pdftotext differs: +{gotc - allc} -{allc - gotc}')
        nbt = open(pdf, 'rb').read().count(b'BT ')
    # BT count over the whole file: one per item plus reportlab's preamble per page
    data = open(pdf, 'rb').read()
    n_items = sum(len(p.items) for p in pages)
    n_bt = data.count(b'\nBT') + data.count(b' BT ') + (1 if data.startswith(b'BT') else 0)
    return n_items, n_bt


def check_facts(name, f, expected_text):
    drawn = score_extract.norm(expected_text)
    def printed(s, what):
        if s and score_extract.norm(s) not in drawn:
            raise Fail(f'{name}: fact not printed ({what}): {s}')
    printed(f['organization'], 'organization')
    printed(f['document'], 'document')
    printed(f['edition']['asOfText'], 'edition')
    h = f['hiring']
    for s in h['intro'] + h['note']:
        printed(s, 'hiring intro/note')
    rows = h['rows']
    for r in rows:
        printed(r['label'], 'label')
        for k in ('total', 'admin', 'tech'):
            if r[k] is not None:
                printed(r[k]['text'], 'count text')
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count']:
            raise Fail(f'{name}: total heads {r["label"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (a, t, tot)):
                raise Fail(f'{name}: planned women not null')
        else:
            if tot['women'] != a['women'] + t['women']:
                raise Fail(f'{name}: total women {r["label"]}')
            for x in (a, t, tot):
                if x['women'] > x['count']:
                    raise Fail(f'{name}: women > heads')
    act = [r for r in rows if not r['planned']]
    if len(act) < 5 or [r['fiscalYear'] for r in act] != list(range(act[0]['fiscalYear'], act[0]['fiscalYear'] + len(act))):
        raise Fail(f'{name}: need >= 5 consecutive actual years')
    if sum(r['planned'] for r in rows) != 1 or not rows[-1]['planned']:
        raise Fail(f'{name}: exactly one planned row, last')
    plan = rows[-1]
    if not (plan['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear']):
        raise Fail(f'{name}: planned/edition/exam year')
    if plan['fiscalYear'] != act[-1]['fiscalYear'] + 1:
        raise Fail(f'{name}: planned year follows')
    # assignments
    a = f['assignments']
    last = act[-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Fail(f'{name}: cohort')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']):
        raise Fail(f'{name}: assignment sums {sa}/{st} != {last["admin"]["count"]}/{last["tech"]["count"]}')
    units = [score_extract.norm(r['unit']) for r in a['rows']]
    if len(set(units)) != len(units):
        raise Fail(f'{name}: duplicate unit')
    for r in a['rows']:
        printed(r['unit'], 'unit')
    printed(a['intro'], 'assignment intro')
    # exams
    e = f['exams']
    printed(e['title'], 'exam title')
    per = Counter()
    keys = set()
    for en in e['entries']:
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam')
        tr = score_extract.track(en['track'])
        if tr == 'other':
            raise Fail(f'{name}: exam track other')
        s = 0
        for b in en['breakdown']:
            printed(b['category'], 'exam category')
            k = (tr, score_extract.level(en['exam']), score_extract.norm(b['category']))
            if k in keys:
                raise Fail(f'{name}: exam key collision {k}')
            keys.add(k)
            s += b['count']
        if s != en['total']:
            raise Fail(f'{name}: exam entry total')
        per[tr] += s
    if per['administrative'] != plan['admin']['count'] or per['technical'] != plan['tech']['count']:
        raise Fail(f'{name}: exam sums {dict(per)} != planned')
    for c in f['contacts']:
        printed(c['track'], 'contact subject'); printed(c['office'], 'office')
        for t in c['tel']:
            printed(t, 'tel')
        for m in c.get('emailText', c['email']):
            printed(m, 'email')
    printed(f['access']['address'], 'address')
    for r in f['access']['routes']:
        printed(r.replace('『', '').replace('』', ''), 'route')
    printed(f.get('initiativesIntro'), 'initiatives intro')
    for i in f['initiatives']:
        printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(f.get('supportTitle'), 'support title')
    for s in f['supportSystems']:
        printed(s['name'], 'support'); printed(s['duration'], 'duration'); printed(s.get('text'), 'support text')
    printed(f['training']['title'], 'training title')
    for p in f['training']['paragraphs']:
        printed(p, 'training')
    # stand-in document from the facts must score full marks
    def cnt(x):
        return None if x is None else {'count': x['count'], 'women': x['women']}
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                             'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in rows]},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'], 'rows': [
            {'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': score_extract.track(en['track']), 'level': score_extract.level(en['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for en in e['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t) if ch.isdigit())} for t in c['tel']],
                      'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}
    res = score_extract.checks(f, doc, drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Fail(f'{name}: stand-in misses {bad}')
    empty = score_extract.checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        raise Fail(f'{name}: empty doc scores')
    n_init = sum(1 for n, _ in res if n.startswith('initiative'))
    n_sup = sum(1 for n, _ in res if n.startswith('support'))
    if n_init != len(f['initiatives']) or n_sup != len(f['supportSystems']):
        raise Fail(f'{name}: initiative/support checks unreachable')
    return res


def hrow(fy, label, planned, a, t, text=None, labelText=None):
    """a, t: (count, women|None); text: function(count, women) -> printed string."""
    tot = (a[0] + t[0], None if planned else a[1] + t[1])
    fmt = text or (lambda c, w: str(c))
    mk = lambda x: {'count': x[0], 'women': x[1], 'text': fmt(x[0], x[1])}
    return {'fiscalYear': fy, 'label': label, 'labelText': labelText or label, 'planned': planned,
            'total': mk(tot), 'admin': mk(a), 'tech': mk(t)}

FW = str.maketrans('0123456789', '０１２３４５６７８９')


BLUE, LBLUE, GREY = rgb('1f4e8c'), rgb('e3ecf7'), rgb('555555')

def heading(pg, text, x, y, color=BLUE, size=11):
    pg.rect(x, y, 3.5, size + 2, fill=color)
    pg.t(text, x + 8, y + size, size, G, color)
    pg.exp.append(text)
    return y + size + 8


# ---------------------------------------------------------------- 石川県
def ishikawa():
    name = 'ishikawa-2026'
    A = [(52, 24), (55, 27), (49, 25), (58, 30), (61, 33), (64, None)]
    T = [(31, 6), (28, 7), (33, 9), (30, 8), (35, 11), (38, None)]
    era = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度（見込み）']
    fmt = lambda c, w: f'{c}名' if w is None else f'{c}名（うち女性{w}名）'
    rows = [hrow(2021 + i, era[i], i == 5, A[i], T[i], fmt) for i in range(6)]
    units = [('総務部', 6, None), ('企画振興部', 5, None), ('県民文化スポーツ部', 4, None), ('健康福祉部', 9, 1),
             ('商工労働部', 6, None), ('観光戦略推進部', 4, None), ('農林水産部', 5, 8), ('土木部', 3, 16),
             ('生活環境部', 4, 3), ('教育委員会事務局', 8, 2), ('警察本部', 7, None), ('危機管理監室', None, 5)]
    exA = [('行政', 50), ('教育行政', 6), ('警察事務', 8)]
    exT = [('土木', 18), ('建築', 5), ('電気', 4), ('農学', 6), ('林学', 3), ('水産', 2)]
    f = {'fixture': name, 'organization': '石川県', 'document': '職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026.3 発行'},
         'hiring': {'intro': ['大学卒業程度試験による採用者数の推移'], 'note': ['※令和8年度は採用見込み数です。（　）内は女性の内数です。'],
                    'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                    'layout': 'years down in TWO STACKED BLOCKS (事務系 block, 技術系 block, 合計 block) each under a caption row; every actual cell 52名（うち女性24名）; planned label 令和8年度（見込み）',
                    'rows': rows},
         'exams': {'title': '令和8年度 石川県職員採用試験（大学卒業程度）', 'fiscalYear': 2026, 'textSynthesised': False,
                   'entries': [{'track': '事務系', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in exA], 'total': 64},
                               {'track': '技術系', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in exT], 'total': 38}]},
         'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）', 'tracks': {'admin': '事務系', 'tech': '技術系'},
                         'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
         'contacts': [{'track': '採用試験', 'office': '人事委員会事務局 任用課', 'location': '', 'tel': ['076-225-1871'], 'email': ['ninyo-shiken@pref.ishikawa.lg.jp']},
                      {'track': '職場・勤務条件', 'office': '総務部 人事課', 'location': '', 'tel': ['076-225-1236'], 'email': ['jinji-saiyo@pref.ishikawa.lg.jp']}],
         'access': {'address': '〒920-8580 石川県金沢市鞍月1丁目1番地 石川県庁行政庁舎',
                    'routes': ['JR『金沢』駅西口から北陸鉄道バス「県庁前」行きで約15分', 'IRいしかわ鉄道『東金沢』駅から車で約15分']},
         'lead': {'title': '', 'text': ['能登から加賀まで、豊かな自然と歴史・文化に恵まれた石川県。', '令和6年能登半島地震からの創造的復興に、県職員として一緒に取り組みませんか。']},
         'initiativesIntro': '職員一人ひとりが力を発揮できる職場をめざしています。',
         'initiatives': [{'title': 'テレワークの推進', 'text': '全職員が在宅勤務やサテライトオフィス勤務を選べます。'},
                         {'title': 'フレックスタイム制', 'text': '始業・終業時刻を職員が自ら決めて働けます。'},
                         {'title': '若手職員の政策提案', 'text': '採用5年目までの職員が知事に直接政策を提案する場があります。'}],
         'supportTitle': '仕事と家庭の両立支援',
         'supportSystems': [{'name': '育児休業', 'duration': '子が3歳になるまで', 'text': '男性職員の取得も進んでいます。'},
                            {'name': '育児短時間勤務', 'duration': '子が小学校就学前まで', 'text': '週19時間25分から選べます。'},
                            {'name': '介護休暇', 'duration': '通算6か月', 'text': '3回まで分けて取得できます。'},
                            {'name': '配偶者出産休暇', 'duration': '3日', 'text': '出産の前後に取得できます。'}],
         'training': {'title': '人材育成', 'paragraphs': ['職務の階層ごとに必要な知識と能力を身につける研修を、石川県職員研修所で行っています。'],
                      'table': [['新規採用職員', '新規採用職員研修', '4月・10月'], ['採用3年目', '政策形成基礎研修', '6月'],
                                ['主任', '主任研修', '昇任時'], ['係長', '係長研修', '昇任時'], ['課長補佐', 'マネジメント研修', '昇任時']]},
         'keyFigures': [], 'pages': 2}
    p1, p2 = Page(), Page()
    # masthead band
    p1.rect(0, 0, W, 86, fill=BLUE)
    w = p1.t('石川県', 40, 56, 28, M, white)
    p1.t('職員採用案内', 40 + w + 10, 56, 15, G, white)
    p1.exp.append('石川県職員採用案内')
    p1.t('ISHIKAWA PREFECTURE', 40, 74, 8, G, rgb('c9d8ee'))
    p1.exp.append('ISHIKAWA PREFECTURE')
    y = 104
    for s in f['lead']['text']:
        y = p1.para(s, 40, y, 515, 9.5, M)
    y += 6
    # left column: hiring blocks
    yl = heading(p1, '採用実績', 40, y)
    p1.t(f['hiring']['intro'][0], 40, yl + 8, 8, G)
    p1.exp.append(f['hiring']['intro'][0])
    trows = [['年度', '採用者数']]
    fills = {0: rgb('d0dcec')}
    for cap, key in (('事務系', 'admin'), ('技術系', 'tech'), ('合計', 'total')):
        trows.append({'span': '【' + cap + '】', 'fill': LBLUE, 'color': BLUE})
        for r in rows:
            trows.append([r['label'], r[key]['text']])
    p1.cellcolor = {}
    for i, r in enumerate(trows):
        if isinstance(r, list) and '見込み' in r[0]:
            fills[i] = rgb('fbe9d8')
    yb = p1.table(40, yl + 14, [92, 150], trows, size=7.6, fills=fills, align={1: 'r'})
    yb = p1.para(f['hiring']['note'][0], 40, yb + 4, 242, 7, M)
    # right column: assignments
    yr = heading(p1, '配属先', 310, y)
    p1.t(f['assignments']['intro'], 310, yr + 8, 8, G)
    p1.exp.append(f['assignments']['intro'])
    ar = [['所属', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    ar.append(['計', '61', '35'])
    yr = p1.table(310, yr + 14, [120, 60, 60], ar, size=7.6, fills={0: rgb('d0dcec'), len(ar) - 1: rgb('f0f0f0')})
    yr = p1.para('※計には年度途中の採用者を含みません。', 310, yr + 4, 245, 7, M)
    y = max(yb, yr) + 12
    # exams (left) and training table (right)
    yl = heading(p1, '試験区分と採用予定数', 40, y)
    p1.t(f['exams']['title'], 40, yl + 8, 8, G)
    p1.exp.append(f['exams']['title'])
    er = [['系統', '試験区分', '採用予定数']]
    for tr, lst in (('事務系', exA), ('技術系', exT)):
        for i, (c, n) in enumerate(lst):
            er.append([tr if i == 0 else None, c, f'{n}名'])
    yl = p1.table(40, yl + 14, [50, 110, 82], er, size=7.6, fills={0: rgb('d0dcec')})
    yr = heading(p1, '人材育成', 310, y)
    yr = p1.para(f['training']['paragraphs'][0], 310, yr, 245, 8, M)
    tr = [['階層', '研修名', '時期']] + f['training']['table']
    yr = p1.table(310, yr + 4, [70, 105, 70], tr, size=7.6, fills={0: rgb('d0dcec')})
    p1.t('- 1 -', W / 2, 820, 8, G, GREY, furn=True, align='c')
    # page 2
    y = heading(p2, '働きやすい職場づくり', 40, 40)
    y = p2.para(f['initiativesIntro'], 40, y, 515, 8.5, M)
    y += 4
    for i, it in enumerate(f['initiatives']):
        x = 40 + i * 175
        p2.rect(x, y, 165, 62, fill=LBLUE)
        p2.t(it['title'], x + 8, y + 16, 9.5, G, BLUE)
        p2.exp.append(it['title'])
        p2.para(it['text'], x + 8, y + 22, 150, 7.6, M)
    y += 78
    y = heading(p2, f['supportTitle'], 40, y)
    for i, s in enumerate(f['supportSystems']):
        x = 40 + (i % 2) * 260
        yy = y + (i // 2) * 46
        p2.rect(x, yy, 250, 40, stroke=BLUE, lw=0.6)
        p2.t(s['name'], x + 8, yy + 14, 9, G, BLUE)
        p2.t(s['duration'], x + 242, yy + 14, 8, M, rgb('b4441b'), align='r')
        p2.exp.append(s['name'] + '\t' + s['duration'])
        p2.t(s['text'], x + 8, yy + 31, 7.6, M)
        p2.exp.append(s['text'])
    # reading order: boxes row by row (left, right)
    y += 2 * 46 + 12
    y = heading(p2, 'お問い合わせ', 40, y)
    cr = [['区分', '担当', '連絡先']]
    for c in f['contacts']:
        cr.append([c['track'], ['石川県', c['office']], ['TEL ' + c['tel'][0], c['email'][0]]])
    y = p2.table(40, y, [90, 170, 255], cr, size=8, fills={0: rgb('d0dcec')}, align={2: 'l', 1: 'l'})
    y += 14
    y = heading(p2, 'アクセス', 40, y)
    p2.t(f['access']['address'], 40, y + 8, 8.5, M)
    p2.exp.append(f['access']['address'])
    r0, r1 = [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    text = f'最寄り駅はJR金沢駅です。{r0}、「県庁前」で下車してください。また、{r1}です。駐車場は来庁者用に約600台分あります。'
    y = p2.para(text, 40, y + 16, 515, 8.5, M)
    # edition only in a footer-like colophon at the bottom
    p2.line(40, 800, 555, 800, BLUE, 0.8)
    p2.t('石川県人事委員会事務局', 40, 815, 8, G, GREY)
    p2.t('2026.3 発行', 555, 815, 8, G, GREY, align='r')
    p2.exp += ['石川県人事委員会事務局', '2026.3 発行']
    return name, [p1, p2], f

# ---------------------------------------------------------------- 相模原市
GREEN, ORANGE = rgb('2e7d4f'), rgb('d9822b')

def circ_heading(pg, num, text, x, y, color=GREEN):
    pg.circle(x + 8, y + 7, 8.5, color)
    pg.t(num, x + 8, y + 10.5, 10, G, white, align='c')
    pg.t(text, x + 22, y + 11, 11, G, color)
    pg.exp.append(num + ' ' + text)
    return y + 24

def sagamihara():
    name = 'sagamihara-2026'
    A = [(48, 22), (51, 25), (46, 21), (53, 27), (55, 29), (58, None)]
    T = [(22, 5), (25, 6), (24, 7), (27, 8), (26, 9), (29, None)]
    labels = ['R3', 'R4', 'R5', 'R6', 'R7', 'R8見込']
    rows = [hrow(2021 + i, labels[i], i == 5, A[i], T[i]) for i in range(6)]
    for r in rows:
        r['total']['text'] = '計' + str(r['total']['count'])
    units = [('総務局', 5, None), ('財政局', 4, None), ('市民局', 6, None), ('健康福祉局', 9, 1), ('こども・若者未来局', 8, None),
             ('環境経済局', 5, 4), ('都市建設局', 3, 12), ('緑区役所', 5, 2), ('中央区役所', 4, 1), ('南区役所', 4, 1),
             ('上下水道局', 2, 5)]
    exA = [('行政', 48), ('社会福祉', 7), ('学校事務', 3)]
    exT = [('土木', 14), ('建築', 6), ('電気', 3), ('機械', 3), ('化学', 3)]
    f = {'fixture': name, 'organization': '相模原市', 'document': '職員採用ガイド',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年（2026年）4月発行'},
         'hiring': {'intro': ['大学卒業程度の採用者数（人）'], 'note': ['※R8は採用見込み数です。女性の内訳は下の表のとおりです。'],
                    'tracks': {'admin': '事務', 'tech': '技術'}, 'textSynthesised': False,
                    'layout': 'grouped bar chart (事務 | 技術 bars) with each count ABOVE its bar, a 計 label above each pair, years under the bars; women only in a small years-across table under the chart',
                    'rows': rows},
         'exams': {'title': '令和8年度 相模原市職員採用試験（大学卒業程度）', 'fiscalYear': 2026, 'textSynthesised': False,
                   'entries': [{'track': '事務', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in exA], 'total': 58},
                               {'track': '技術', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in exT], 'total': 29}]},
         'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の主な配属先（人）', 'tracks': {'admin': '事務', 'tech': '技術'},
                         'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
         'contacts': [{'track': '採用試験', 'office': '人事委員会事務局 任用課', 'location': '本庁舎本館5階', 'tel': ['042-769-8271'], 'email': ['ninyou-saiyo@city.sagamihara.kanagawa.jp']},
                      {'track': '職場・研修', 'office': '総務局 職員課', 'location': '本庁舎本館4階', 'tel': ['042-769-8206'], 'email': ['shokuin-jinzai@city.sagamihara.kanagawa.jp']}],
         'access': {'address': '〒252-5277 神奈川県相模原市中央区中央2-11-15 相模原市役所',
                    'routes': ['JR横浜線『相模原』駅から徒歩約15分', 'JR横浜線『矢部』駅から徒歩約15分', '小田急線『相模大野』駅からバス約25分']},
         'lead': {'title': '', 'text': ['リニア中央新幹線の新駅が計画され、いま大きく変わろうとしている相模原市。', '都市と自然が共存するこのまちの未来を、わたしたちと一緒につくりませんか。']},
         'initiativesIntro': '',
         'initiatives': [{'title': '庁内公募制度', 'text': '挑戦したい仕事に自ら手を挙げることができます。'},
                         {'title': 'ペーパーレス会議', 'text': 'タブレット端末で資料を共有し、会議の時間を短くしています。'},
                         {'title': 'メンター制度', 'text': '新規採用職員一人ひとりに先輩職員が相談役として付きます。'}],
         'supportTitle': '両立支援制度',
         'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '', 'category': '子育て'},
                            {'name': '部分休業', 'duration': '1日2時間まで', 'text': '', 'category': '子育て'},
                            {'name': '子の看護等休暇', 'duration': '年5日', 'text': '', 'category': '子育て'},
                            {'name': '介護休暇', 'duration': '通算6か月', 'text': '', 'category': '介護'},
                            {'name': '介護時間', 'duration': '連続3年以内', 'text': '', 'category': '介護'},
                            {'name': '夏季休暇', 'duration': '5日', 'text': '', 'category': '休暇'},
                            {'name': '年次休暇', 'duration': '年20日', 'text': '', 'category': '休暇'}],
         'training': {'title': '人材育成', 'paragraphs': ['新規採用職員研修に始まり、3年目・7年目の節目の研修や、昇任時の階層別研修で段階的に力をつけます。',
                                                          '国や民間企業への派遣研修、自己啓発のための通信教育の受講費助成もあります。']},
         'keyFigures': [], 'pages': 2}
    p1, p2 = Page(), Page()
    for pg in (p1, p2):
        pg.rect(16, 0, 22, H, fill=rgb('e2f0e7'))
        pg.t('SAGAMIHARA CITY  RECRUITMENT GUIDE 2026  相模原市職員採用ガイド', 31, 700, 8.5, G, GREEN, furn=True, rot=True)
    X0, X1 = 52, 560
    w = p1.t('相模原市', X0, 50, 24, G, GREEN)
    p1.t('職員採用ガイド', X0 + w + 8, 50, 14, M)
    p1.exp.append('相模原市職員採用ガイド')
    p1.t(f['edition']['asOfText'], X1, 50, 8.5, M, GREY, align='r')
    p1.exp.append(f['edition']['asOfText'])
    p1.line(X0, 60, X1, 60, GREEN, 1.2)
    y = 74
    for s in f['lead']['text']:
        y = p1.para(s, X0, y, X1 - X0, 9, M)
    y += 6
    ytop = y
    # left: chart
    y = circ_heading(p1, '1', '採用実績', X0, y)
    p1.t(f['hiring']['intro'][0], X0, y + 8, 8, G)
    p1.rect(X0 + 180, y + 1, 7, 7, fill=BLUE)
    p1.t('事務', X0 + 190, y + 8, 7.5, G)
    p1.rect(X0 + 216, y + 1, 7, 7, fill=ORANGE)
    p1.t('技術', X0 + 226, y + 8, 7.5, G)
    p1.exp.append(f['hiring']['intro'][0] + '\t事務\t技術')
    base = y + 130
    gw = 46
    p1.line(X0, base, X0 + 6 * gw, base, GREY, 0.6)
    for i, r in enumerate(rows):
        gx = X0 + i * gw + 6
        a, t = r['admin']['count'], r['tech']['count']
        ha, ht = a * 1.6, t * 1.6
        pa = rgb('9fb6d6') if r['planned'] else BLUE
        pt = rgb('f0c49a') if r['planned'] else ORANGE
        p1.rect(gx, base - ha, 16, ha, fill=pa)
        p1.rect(gx + 18, base - ht, 16, ht, fill=pt)
        p1.t(r['total']['text'], gx + 17, base - ha - 14, 7, G, GREY, align='c')
        p1.t(str(a), gx + 8, base - ha - 3, 7, G, align='c')
        p1.t(str(t), gx + 26, base - ht - 3, 7, G, align='c')
        p1.t(r['label'], gx + 17, base + 10, 7.5, G, rgb('b4441b') if r['planned'] else black, align='c')
        p1.exp += [r['total']['text'], str(a), str(t), r['label']]
    y = base + 18
    p1.t('うち女性（人）', X0, y + 8, 7.5, G)
    p1.exp.append('うち女性（人）')
    wr = [['年度'] + labels]
    for key, lab in (('admin', '事務'), ('tech', '技術'), ('total', '計')):
        wr.append([lab] + [str(r[key]['women']) if r[key]['women'] is not None else '－' for r in rows])
    y = p1.table(X0, y + 12, [36] + [40] * 6, wr, size=7.5, fills={0: rgb('e2f0e7')}, align={0: 'c'})
    y = p1.para(f['hiring']['note'][0], X0, y + 3, 276, 7, M)
    # right column: assignments
    XR = 350
    yr = circ_heading(p1, '2', '配属先', XR, ytop)
    p1.t(f['assignments']['intro'], XR, yr + 8, 8, G)
    p1.exp.append(f['assignments']['intro'])
    ar = [['配属先', '事務', '技術']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    yr = p1.table(XR, yr + 14, [110, 50, 50], ar, size=7.5, fills={i: rgb('f3f8f5') for i in range(2, len(ar), 2)} | {0: rgb('e2f0e7')})
    y = max(y, yr) + 14
    y = circ_heading(p1, '3', '試験区分', X0, y)
    p1.t(f['exams']['title'], X0, y + 8, 8, G)
    p1.exp.append(f['exams']['title'])
    notes = {('事務', 0): '説明会 3回開催', ('事務', 1): '社会福祉士資格が必要', ('事務', 2): '受験者数 212人（前年度）',
             ('技術', 0): '最終合格者 17人（前年度）', ('技術', 1): '1級建築士取得支援あり', ('技術', 4): '現場見学会 2回'}
    er = [['職種', '試験区分', '採用予定数', '備考']]
    for tr, lst in (('事務', exA), ('技術', exT)):
        for i, (c, n) in enumerate(lst):
            er.append([tr if i == 0 else None, c, f'{n}人', notes.get((tr, i), '')])
    y = p1.table(X0, y + 14, [50, 110, 70, 278], er, size=7.6, fills={0: rgb('e2f0e7')}, align={3: 'l', 2: 'r'})
    # page 2
    y = circ_heading(p2, '4', '職場の取組', X0, 40)
    p2.rect(X0, y, X1 - X0, 86, fill=rgb('f3f8f5'), stroke=GREEN, lw=0.8, r=10)
    yy = y + 16
    for i, it in enumerate(f['initiatives']):
        w = p2.t(f'{i + 1}.', X0 + 12, yy, 9, G, GREEN)
        p2.t(it['title'], X0 + 26, yy, 9, G, GREEN)
        p2.exp.append(f'{i + 1}. ' + it['title'])
        p2.t(it['text'], X0 + 26, yy + 12, 8, M)
        p2.exp.append(it['text'])
        yy += 25
    y += 100
    ytop = y
    y = circ_heading(p2, '5', f['supportTitle'], X0, y)
    cat = None
    for s in f['supportSystems']:
        if s['category'] != cat:
            cat = s['category']
            y += 3
            p2.rect(X0, y, 60, 14, fill=GREEN, r=3)
            p2.t(cat, X0 + 30, y + 10.5, 8.5, G, white, align='c')
            p2.exp.append(cat)
            y += 20
        p2.t('・' + s['name'] + '：' + s['duration'], X0 + 12, y + 8, 8.5, M)
        p2.exp.append('・' + s['name'] + '：' + s['duration'])
        y += 14
    yr = circ_heading(p2, '6', f['training']['title'], 320, ytop)
    for ptx in f['training']['paragraphs']:
        yr = p2.para(ptx, 320, yr, 240, 8.5, M) + 3
    y = max(y, yr) + 16
    y = circ_heading(p2, '7', 'お問い合わせ', X0, y)
    yc = y
    for i, c in enumerate(f['contacts']):
        x = X0 + i * 258
        p2.rect(x, yc, 248, 62, stroke=GREEN, lw=0.6)
        yy = yc + 14
        for ln, fn, sz in ((f'【{c["track"]}】', G, 8.5), ('相模原市 ' + c['office'] + '（' + c['location'] + '）', M, 8),
                           ('TEL ' + c['tel'][0], M, 8), (c['email'][0], M, 7.8)):
            p2.t(ln, x + 8, yy, sz, fn)
            p2.exp.append(ln)
            yy += 13
    y = yc + 78
    y = circ_heading(p2, '8', 'アクセス', X0, y)
    p2.t(f['access']['address'], X0, y + 8, 8.5, M)
    p2.exp.append(f['access']['address'])
    y += 24
    for r in f['access']['routes']:
        s = '■ ' + r.replace('『', '').replace('』', '')
        p2.t(s, X0 + 6, y, 8.5, M)
        p2.exp.append(s)
        y += 14
    p2.t('2', X1, 820, 8, G, GREY, furn=True, align='r')
    p1.t('1', X1, 820, 8, G, GREY, furn=True, align='r')
    return name, [p1, p2], f

# ---------------------------------------------------------------- 国民生活センター
RED, NAVY = rgb('c0392b'), rgb('22335c')

def kokusen():
    name = 'kokusen-2026'
    A = [(6, 3), (7, 4), (5, 3), (8, 5), (7, 4), (9, None)]
    T = [(2, 1), (3, 1), (2, 0), (3, 2), (2, 1), (3, None)]
    labels = ['2021年度', '２０２２年度', '2023年度', '２０２４年度', '2025年度', '2026年度']
    fw = [set(), {0, 3}, {1, 2, 4}, {0, 2, 5}, {4}, {1, 3}]   # full-width cells per row
    rows = []
    for i in range(6):
        r = hrow(2021 + i, labels[i], i == 5, A[i], T[i], labelText=labels[i] + ('（予定）' if i == 5 else ''))
        cells = [('admin', 'count'), ('admin', 'women'), ('tech', 'count'), ('tech', 'women'), ('total', 'count'), ('total', 'women')]
        for ci, (k, part) in enumerate(cells):
            if part == 'count':
                s = str(r[k]['count'])
                r[k]['text'] = s.translate(FW) if ci in fw[i] else s
        rows.append(r)
    def cell(r, ci, k, part):
        v = r[k][part]
        if v is None:
            return '－'
        s = str(v)
        return s.translate(FW) if ci in fw[rows.index(r)] else s
    units = [('総務部', 1, None), ('相談情報部', 2, None), ('商品テスト部', None, 2), ('教育研修部', 1, None),
             ('広報部', 1, None), ('紛争解決委員会事務局', 1, None), ('情報管理部', 1, None)]
    f = {'fixture': name, 'organization': '国民生活センター', 'document': '職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和８年３月'},
         'hiring': {'intro': ['新卒採用者数の推移（人）'], 'note': ['※2026年度は採用予定数。うち女性は内数です。'],
                    'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                    'layout': 'years down; every header cell set on THREE lines (事務系 / 採用 / 者数, 事務系 / うち / 女性, …); half- and FULL-WIDTH digits mixed cell by cell; planned label 2026年度 / （予定） on two lines',
                    'rows': rows},
         'exams': {'title': '令和８年度 職員採用試験', 'fiscalYear': 2026, 'textSynthesised': False,
                   'entries': [{'track': '事務系', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '総合職', 'count': 7}, {'category': '一般職', 'count': 2}], 'total': 9},
                               {'track': '技術系', 'exam': '大学院修了程度', 'text': '', 'breakdown': [{'category': '商品テスト', 'count': 3}], 'total': 3}]},
         'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先', 'tracks': {'admin': '事務系', 'tech': '技術系'},
                         'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
         'contacts': [{'track': '採用全般', 'office': '総務部 人事課', 'location': '', 'tel': ['042-758-3150'], 'email': ['jinji-saiyo@kokusen.go.jp']},
                      {'track': '技術系の仕事', 'office': '商品テスト部', 'location': '', 'tel': ['042-758-3168'], 'email': ['test-bosyu@kokusen.go.jp']}],
         'access': {'address': '〒252-0229 神奈川県相模原市中央区弥栄3-1-1 国民生活センター 相模原事務所',
                    'routes': ['JR横浜線『淵野辺』駅 北口からバス約15分', '京王相模原線『橋本』駅 北口からバス約25分']},
         'lead': {'title': '消費者の暮らしを守る', 'text': ['国民生活センターは、全国の消費生活センターと連携し、消費者トラブルの相談、商品テスト、情報提供、研修を行う独立行政法人です。']},
         'initiativesIntro': '',
         'initiatives': [{'title': '在宅勤務', 'text': '週2日まで在宅で勤務できます。'},
                         {'title': '時差出勤', 'text': '7時から10時の間で始業時刻を選べます。'},
                         {'title': 'ジョブローテーション', 'text': '入所10年で3部署程度を経験します。'}],
         'supportTitle': '両立支援',
         'supportSystems': [{'name': '育児休業', 'duration': '子が3歳になるまで', 'text': '両親とも取得できます。'},
                            {'name': '育児時間', 'duration': '1日2回各30分', 'text': '子が1歳になるまで使えます。'},
                            {'name': '介護休業', 'duration': '通算93日', 'text': '3回まで分割できます。'}],
         'training': {'title': '研修', 'paragraphs': ['入所後3か月間の新人研修で、相談受付から商品テストまで各部の業務を一通り経験します。',
                                                     '2年目以降は消費者法や契約実務の専門研修、海外機関との交流研修があります。']},
         'keyFigures': [], 'pages': 2}
    p1, p2 = Page(), Page()
    X0, X1 = 40, 555
    p1.t('独立行政法人', X0, 40, 9, G, NAVY)
    p1.exp.append('独立行政法人')
    p1.t('国民生活センター', X0, 70, 24, M, NAVY)
    p1.exp.append('国民生活センター')
    p1.t('職員採用案内', X1, 70, 14, G, RED, align='r')
    p1.exp.append('職員採用案内')
    p1.t('令和８年３月', X1, 86, 8.5, G, GREY, align='r')
    p1.exp.append('令和８年３月')
    p1.rect(X0, 94, X1 - X0, 2.5, fill=RED)
    # left: photo column with captions (decoys)
    y = 110
    caps = [('相談情報部の執務室', '全国から寄せられる相談は年間約90万件。'), ('商品テスト部の実験室', '製品の燃焼試験やテストを行います。'),
            ('相模原事務所の研修施設', '全国の相談員が年約40回の研修に参加します。')]
    for c1, c2 in caps:
        p1.rect(X0, y, 150, 92, fill=rgb('d9d9d9'))
        p1.t('PHOTO', X0 + 75, y + 50, 9, G, rgb('a0a0a0'), align='c')
        p1.exp.append('PHOTO')
        p1.t(c1, X0, y + 104, 8, G, NAVY)
        p1.exp.append(c1)
        y = p1.para(c2, X0, y + 108, 150, 7, M) + 14
    # right: lead, hiring, initiatives
    XR = 210
    p1.rect(XR, 110, 2, 16, fill=NAVY)
    p1.t(f['lead']['title'], XR + 8, 123, 12, G, NAVY)
    p1.exp.append(f['lead']['title'])
    y = p1.para(f['lead']['text'][0], XR, 134, X1 - XR, 8.5, M) + 10
    p1.rect(XR, y, 2, 16, fill=NAVY)
    p1.t('採用実績', XR + 8, y + 13, 12, G, NAVY)
    p1.exp.append('採用実績')
    p1.t(f['hiring']['intro'][0], XR, y + 32, 8, G)
    p1.exp.append(f['hiring']['intro'][0])
    hr = [['年度', ['事務系', '採用', '者数'], ['事務系', 'うち', '女性'], ['技術系', '採用', '者数'], ['技術系', 'うち', '女性'],
           ['合計', '採用', '者数'], ['合計', 'うち', '女性']]]
    for r in rows:
        lab = [r['label'], '（予定）'] if r['planned'] else r['label']
        hr.append([lab, r['admin']['text'], cell(r, 1, 'admin', 'women'), r['tech']['text'], cell(r, 3, 'tech', 'women'),
                   r['total']['text'], cell(r, 5, 'total', 'women')])
    fills = {0: rgb('dde3ee'), 6: rgb('fbe4e1')}
    y = p1.table(XR, y + 38, [75] + [45] * 6, hr, size=8, fills=fills, align={0: 'c'})
    y = p1.para(f['hiring']['note'][0], XR, y + 3, X1 - XR, 7, M) + 12
    p1.rect(XR, y, 2, 16, fill=NAVY)
    p1.t('働き方', XR + 8, y + 13, 12, G, NAVY)
    p1.exp.append('働き方')
    y += 24
    for it in f['initiatives']:
        p1.t('◇ ' + it['title'], XR, y + 9, 9, G, NAVY)
        p1.exp.append('◇ ' + it['title'])
        p1.t(it['text'], XR + 12, y + 22, 8, M)
        p1.exp.append(it['text'])
        y += 30
    p1.t('KOKUSEN RECRUITING 2026', X1, 822, 7, G, GREY, furn=True, align='r')
    # page 2
    y = 40
    def h2(pg, t, x, y):
        pg.rect(x, y, 2, 16, fill=NAVY)
        pg.t(t, x + 8, y + 13, 12, G, NAVY)
        pg.exp.append(t)
        return y + 24
    y = h2(p2, '試験区分と採用予定数', X0, y)
    p2.t(f['exams']['title'], X0, y + 8, 8, G)
    p2.exp.append(f['exams']['title'])
    er = [['系統', '試験', '区分', ['採用', '予定数']], ['事務系', '大学卒業程度', '総合職', '７名'], [None, None, '一般職', '２名'],
          ['技術系', '大学院修了程度', '商品テスト', '３名']]
    yl = p2.table(X0, y + 14, [50, 80, 70, 50], er, size=8, fills={0: rgb('dde3ee')})
    yr = h2(p2, '配属先', 310, y - 24)
    p2.t(f['assignments']['intro'], 310, yr + 8, 8, G)
    p2.exp.append(f['assignments']['intro'])
    ar = [['部署', ['事務系', '（人）'], ['技術系', '（人）']]] + [[u, str(a).translate(FW) if a else '－', str(t) if t else '－'] for u, a, t in units]
    yr = p2.table(310, yr + 14, [125, 60, 60], ar, size=8, fills={0: rgb('dde3ee')})
    y = max(yl, yr) + 16
    yl = h2(p2, f['supportTitle'], X0, y)
    sr = [['制度', '期間', '内容']] + [[s['name'], s['duration'], s['text']] for s in f['supportSystems']]
    yl = p2.table(X0, yl, [70, 80, 120], sr, size=7.6, fills={0: rgb('dde3ee')}, align={1: 'l', 2: 'l'})
    yr = h2(p2, f['training']['title'], 330, y)
    for ptx in f['training']['paragraphs']:
        yr = p2.para(ptx, 330, yr, 225, 8, M) + 3
    y = max(yl, yr) + 16
    y = h2(p2, 'お問い合わせ', X0, y)
    cr = [['区分', '担当', '連絡先']]
    for c in f['contacts']:
        cr.append([c['track'], c['office'], ['TEL ' + c['tel'][0], 'E-mail ' + c['email'][0]]])
    y = p2.table(X0, y, [90, 130, 295], cr, size=8, fills={0: rgb('dde3ee')}, align={1: 'l', 2: 'l'}) + 16
    y = h2(p2, 'アクセス', X0, y)
    p2.t(f['access']['address'], X0, y + 8, 8.5, M)
    p2.exp.append(f['access']['address'])
    y += 24
    for i, r in enumerate(f['access']['routes']):
        s = r.replace('『', '').replace('』', '')
        p2.circle(X0 + 6, y - 3, 5.5, NAVY)
        p2.t(str(i + 1), X0 + 6, y, 7, G, white, align='c')
        p2.t(s, X0 + 16, y, 8.5, M)
        p2.exp.append(f'{i + 1} ' + s)
        y += 15
    p2.t('KOKUSEN RECRUITING 2026', X1, 822, 7, G, GREY, furn=True, align='r')
    return name, [p1, p2], f


BROCHURES = [ishikawa, sagamihara, kokusen]

def build(fn, outdir=OUT):
    name, pages, f = fn()
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, name + '.pdf')
    draw(pages, pdf)
    expected = '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'
    n_items, n_bt = check_pages(name, pages, pdf)
    if n_bt != n_items + len(pages):   # reportlab writes one empty BT … ET preamble per page
        raise Fail(f'{name}: {n_bt} BT for {n_items} text items')
    res = check_facts(name, f, expected)
    with open(os.path.join(outdir, name + '.expected.txt'), 'w') as fh:
        fh.write(expected)
    with open(os.path.join(outdir, name + '.facts.json'), 'w') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    kinds = Counter(n.split(' ')[0] for n, _ in res)
    print(f'{name}: ok, {len(pages)} pages, {n_items} text items ({n_bt} BT), {len(res)} fact checks {dict(kinds)}')
    return len(res)

def _fault(kind):
    def mutate(pages, f):
        p = pages[0]
        if kind == 'overlap':
            it = dict(p.items[5]); it['x'] += 1; p.items.append(it); p.exp.append(it['text'])
        elif kind == 'expected char':
            p.exp.append('X')
        elif kind == 'hiring count':
            f['hiring']['rows'][0]['admin']['count'] += 1
        elif kind == 'women count':
            f['hiring']['rows'][1]['tech']['women'] += 1
        elif kind == 'assignment':
            r = f['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
        elif kind == 'exam count':
            f['exams']['entries'][0]['breakdown'][0]['count'] += 1
        elif kind == 'exam count and total':
            e = f['exams']['entries'][1]; e['breakdown'][0]['count'] += 1; e['total'] += 1
        elif kind == 'email not printed':
            f['contacts'][0]['email'] = ['zz' + f['contacts'][0]['email'][0]]
        elif kind == 'emoji':
            p.items[3]['text'] += '\U0001F600'; p.exp.append('\U0001F600')
        elif kind == 'edge margin':
            p.items[2]['x'] = 6
        elif kind == 'planned women':
            f['hiring']['rows'][-1]['admin']['women'] = 1
    return mutate

FAULTS = ['overlap', 'expected char', 'hiring count', 'women count', 'assignment', 'exam count',
          'exam count and total', 'email not printed', 'emoji', 'edge margin', 'planned women']

def selftest():
    refused = n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for fn in BROCHURES:
            for kind in FAULTS:
                name, pages, f = fn()
                n += 1
                try:
                    _fault(kind)(pages, f)
                    pdf = os.path.join(tmp, name + '.pdf')
                    draw(pages, pdf)
                    expected = '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'
                    check_pages(name, pages, pdf)
                    check_facts(name, f, expected)
                    print(f'NOT REFUSED: {name} {kind}')
                except Fail as e:
                    refused += 1
                    print(f'refused {name} {kind}: {str(e)[:90]}')
    print(f'selftest: {refused}/{n} faults refused')
    return refused == n

def main():
    if sys.argv[1:] == ['--selftest']:
        sys.exit(0 if selftest() else 1)
    want = sys.argv[1:]
    total = 0
    for fn in BROCHURES:
        name = fn.__name__
        if want and not any(w.startswith(name) for w in want):
            continue
        total += build(fn)
    print('fact checks in all:', total)

if __name__ == '__main__':
    try:
        main()
    except Fail as e:
        print('REFUSED:', e)
        sys.exit(1)
