#!/usr/bin/env python3
"""Holdout set 11 (blind): 公安調査庁, 個人情報保護委員会, 防衛装備庁.

Self-contained. Writes Fixtures/holdout11/NAME.{pdf,expected.txt,facts.json}.
  python3 Fixtures/generate_holdout11.py [NAME ...]
Deterministic (reportlab invariant=1, seeded shuffles). Refuses a brochure whose text items
overlap, leave the page, use a glyph the font lacks, overflow a table cell, whose drawn text and
expected text differ as per-page character multisets, whose fact strings are not printed, or whose
numbers do not add up.
"""
import json, os, random, sys, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout11')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
CMAP = {f: set(pdfmetrics.getFont(f).face.charToGlyph.keys()) for f in ('G', 'M')}

class Refused(Exception): pass

def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * len(s)

# ---------------------------------------------------------------- page model
class Item:
    def __init__(s, x, y, text, font, size, color, angle, cs, mode, furn):
        s.x, s.y, s.text, s.font, s.size, s.color, s.angle, s.cs, s.mode, s.furn = x, y, text, font, size, color, angle, cs, mode, furn
        s.w = sw(text, font, size, cs)
    def bbox(s):
        if s.angle == 90:   # reads bottom to top
            return (s.x - 0.88 * s.size, s.y, s.x + 0.12 * s.size, s.y + s.w)
        return (s.x, s.y - 0.12 * s.size, s.x + s.w, s.y + 0.88 * s.size)

class Page:
    def __init__(s, size):
        s.W, s.H = size
        s.gfx = []; s.items = []; s.exp = []
    def g(s, fn): s.gfx.append(fn)
    def t(s, x, y, text, font='M', size=9, color=(0, 0, 0), align='l', angle=0, cs=0.0, mode=0, furn=False, exp=True):
        w = sw(text, font, size, cs)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        s.items.append(Item(x, y, text, font, size, color, angle, cs, mode, furn))
        if exp and not furn: s.exp.append(text)
        return w
    def e(s, line): s.exp.append(line)
    # graphics helpers
    def rect(s, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None, r=0):
        def f(c):
            c.saveState()
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            if r: c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else: c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        s.g(f)
    def line(s, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColorRGB(*color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, y1, x2, y2); c.restoreState()
        s.g(f)
    def poly(s, pts, fill):
        def f(c):
            c.saveState(); c.setFillColorRGB(*fill); p = c.beginPath(); p.moveTo(*pts[0])
            for q in pts[1:]: p.lineTo(*q)
            p.close(); c.drawPath(p, stroke=0, fill=1); c.restoreState()
        s.g(f)

KINSOKU_HEAD = set('、。，．）」』】〕・：ー！？%）)ぁぃぅぇぉっゃゅょァィゥェォッャュョ')
def wrap(text, font, size, width):
    # tokens: runs of ASCII letters/digits/@._- stay unbroken
    toks, i = [], 0
    while i < len(text):
        j = i
        if text[i].isascii() and text[i] not in ' ':
            while j < len(text) and text[j].isascii() and text[j] != ' ': j += 1
        else: j = i + 1
        toks.append(text[i:j]); i = j
    lines, cur = [], ''
    for k, tok in enumerate(toks):
        if cur and sw(cur + tok, font, size) > width:
            if tok[0] in KINSOKU_HEAD:   # hang the previous char onto the next line
                lines.append(cur[:-1]); cur = cur[-1] + tok
            else:
                lines.append(cur); cur = tok
        else: cur += tok
    if cur: lines.append(cur)
    for l in lines:
        if sw(l, font, size) > width + 0.01: raise Refused(f'wrap overflow: {l}')
    return lines

def para(pg, x, y, w, text, font='M', size=9, lead=None, color=(0, 0, 0), indent_first=0):
    lead = lead or size * 1.6
    for l in wrap(text, font, size, w):
        pg.t(x, y, l, font, size, color); y -= lead
    return y

# tables: rows of cells (str | list[str] | None for "covered by a span"); spans {(r,c): n}
def table(pg, x, y, colw, rows, font='M', size=8, pad=3, lead=None, spans=None, align=None, header=1,
          style='grid', head_fill=(0.85, 0.85, 0.85), head_color=(0, 0, 0), head_font='G', zebra=None,
          rule=(0.3, 0.3, 0.3), valign='middle', exp=True, minh=0):
    spans = spans or {}; lead = lead or size * 1.35
    ncol = len(colw)
    lines = [[([c] if isinstance(c, str) else (c or [])) for c in r] for r in rows]
    rh = []
    for ri, r in enumerate(lines):
        n = max([len(c) for ci, c in enumerate(r) if spans.get((ri, ci), 1) == 1] + [1])
        rh.append(max(n * lead + 2 * pad, minh))
    for (ri, ci), n in spans.items():
        need = len(lines[ri][ci]) * lead + 2 * pad
        have = sum(rh[ri:ri + n])
        if need > have: rh[ri + n - 1] += need - have
    xs = [x]
    for w in colw: xs.append(xs[-1] + w)
    ys = [y]
    for h in rh: ys.append(ys[-1] - h)
    covered = set()
    for (ri, ci), n in spans.items():
        for k in range(1, n): covered.add((ri + k, ci))
    # fills
    for ri in range(len(rows)):
        if ri < header and head_fill:
            pg.rect(x, ys[ri + 1], xs[-1] - x, rh[ri], fill=head_fill)
        elif zebra and ri >= header and (ri - header) % 2 == 1:
            pg.rect(x, ys[ri + 1], xs[-1] - x, rh[ri], fill=zebra)
    # rules
    if style in ('grid', 'hrules'):
        for ri in range(len(rows) + 1):
            # a horizontal rule between rows, broken under spanning cells
            for ci in range(ncol):
                if 0 < ri < len(rows) and (ri, ci) in covered: continue
                pg.line(xs[ci], ys[ri], xs[ci + 1], ys[ri], rule, 0.5 if ri in (0, header, len(rows)) else 0.3)
    if style == 'grid':
        for ci in range(ncol + 1):
            pg.line(xs[ci], ys[0], xs[ci], ys[-1], rule, 0.3)
    if style == 'booktabs':
        pg.line(x, ys[0], xs[-1], ys[0], rule, 1.0); pg.line(x, ys[header], xs[-1], ys[header], rule, 0.5)
        pg.line(x, ys[-1], xs[-1], ys[-1], rule, 1.0)
    for ri, r in enumerate(lines):
        cells = []
        for ci, c in enumerate(r):
            if (ri, ci) in covered: cells.append(''); continue
            n = spans.get((ri, ci), 1)
            top, bot = ys[ri], ys[ri + n]
            h = len(c) * lead
            if valign == 'top': cy = top - pad - size * 0.88
            else: cy = (top + bot) / 2 + h / 2 - size * 0.88 - (lead - size) / 2
            a = (align[ci] if align else 'l') if ri >= header else 'c'
            f = head_font if ri < header else font
            col = head_color if ri < header else (0, 0, 0)
            for l in c:
                wl = sw(l, f, size)
                if wl > colw[ci] - 2 * pad + 0.01: raise Refused(f'cell overflow: {l!r} {wl:.1f} > {colw[ci]-2*pad:.1f}')
                if a == 'l': lx = xs[ci] + pad
                elif a == 'r': lx = xs[ci + 1] - pad - wl
                else: lx = (xs[ci] + xs[ci + 1]) / 2 - wl / 2
                pg.t(lx, cy, l, f, size, col, exp=False)
                cy -= lead
            if cy + lead < bot + pad - 0.5 - 0.0: pass
            cells.append(''.join(c))
        if exp: pg.e('\t'.join(cells))
    return ys[-1]

# ---------------------------------------------------------------- checks
def nows(s): return ''.join(unicodedata.normalize('NFC', s).split())

def check_page(pg, name, pno):
    for it in pg.items:
        for ch in it.text:
            if ch.strip() and ord(ch) not in CMAP[it.font]: raise Refused(f'{name} p{pno}: glyph {ch!r} missing in {it.font}')
        x0, y0, x1, y1 = it.bbox()
        if x0 < 4 or y0 < 4 or x1 > pg.W - 4 or y1 > pg.H - 4: raise Refused(f'{name} p{pno}: off page {it.text!r}')
    bbs = [(it.bbox(), it) for it in pg.items]
    for i in range(len(bbs)):
        a, ia = bbs[i]
        for j in range(i + 1, len(bbs)):
            b, ib = bbs[j]
            if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                raise Refused(f'{name} p{pno}: overlap {ia.text!r} / {ib.text!r}')
    drawn = Counter(nows(''.join(it.text for it in pg.items if not it.furn)))
    exp = Counter(nows(''.join(pg.exp)))
    if drawn != exp:
        raise Refused(f'{name} p{pno}: drawn vs expected differ: +{dict(drawn - exp)} -{dict(exp - drawn)}')

def check_numbers(f, name):
    rows = f['hiring']['rows']
    for r in rows:
        a, t, s = r['admin'], r['tech'], r['total']
        if s['count'] != a['count'] + t['count'] or s['women'] != a['women'] + t['women']: raise Refused(f'{name}: hiring sum {r["label"]}')
        for x in (a, t, s):
            if x['women'] > x['count']: raise Refused(f'{name}: women > count {r["label"]}')
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or planned[0] is not rows[-1]: raise Refused(f'{name}: planned row')
    p = planned[0]
    if f['exams']['fiscalYear'] != p['fiscalYear'] or p['fiscalYear'] != f['edition']['year']: raise Refused(f'{name}: exam year')
    last = [r for r in rows if not r['planned']][-1]
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']: raise Refused(f'{name}: cohort')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or a['totals'] != {'admin': sa, 'tech': st}: raise Refused(f'{name}: assignment sums {sa},{st}')
    for tr, key in (('事務系', 'admin'), ('技術系', 'tech')):
        n = 0
        for e in f['exams']['entries']:
            if e['track'] == tr:
                if sum(b['count'] for b in e['breakdown']) != e['total']: raise Refused(f'{name}: exam entry total')
                n += e['total']
        if n != p[key]['count']: raise Refused(f'{name}: exams {tr} {n} != {p[key]["count"]}')

def check_facts_printed(f, text, name):
    T = nows(text)
    want = [f['organization'], f['edition']['asOfText']]
    h = f['hiring']
    for r in h['rows']:
        want += [r['label'], r['labelText']]
        if not h.get('textSynthesised'): want += [r[k]['text'] for k in ('admin', 'tech', 'total')]
    want += h['intro'] + (h['note'] if isinstance(h['note'], list) else [h['note']])
    want += [f['exams']['title']]
    for e in f['exams']['entries']:
        want += [b['category'] for b in e['breakdown']]
        if not f['exams'].get('textSynthesised'): want.append(e['text'])
    want += [r['unit'] for r in f['assignments']['rows']] + [f['assignments']['intro']]
    for c in f['contacts']: want += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    want += [f['access']['address']] + f['access']['routes']
    want += [f['lead']['title']] + f['lead']['text']
    for i in f['initiatives']: want += [i['title'], i['text']]
    for i in f['supportSystems']: want += [i['name'], i['duration'], i['text']]
    want += [f['supportTitle'], f['training']['title']] + f['training']['paragraphs']
    for w in want:
        if w and nows(w) not in T: raise Refused(f'{name}: fact string not printed: {w!r}')

# ---------------------------------------------------------------- output
def render(name, pages, facts):
    for i, pg in enumerate(pages, 1): check_page(pg, name, i)
    text = '\n\f\n'.join('\n'.join(pg.exp) for pg in pages) + '\n'
    check_numbers(facts, name)
    check_facts_printed(facts, text, name)
    facts['pages'] = len(pages)
    path = os.path.join(OUT, name + '.pdf')
    c = canvas.Canvas(path, invariant=1, pageCompression=1)
    c.setTitle(facts['organization'] + ' ' + facts['document']); c.setAuthor(facts['organization'])
    rnd = random.Random('holdout11-' + name)
    for pg in pages:
        c.setPageSize((pg.W, pg.H))
        for fn in pg.gfx: fn(c)
        items = list(pg.items); rnd.shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColorRGB(*it.color)
            if it.mode == 2: c.setStrokeColorRGB(*it.color); c.setLineWidth(it.size * 0.03)
            if it.angle:
                c.translate(it.x, it.y); c.rotate(it.angle); tx = c.beginText(0, 0)
            else: tx = c.beginText(it.x, it.y)
            tx.setFont(it.font, it.size)
            if it.cs: tx.setCharSpace(it.cs)
            if it.mode: tx.setTextRenderMode(it.mode)
            tx.textOut(it.text)
            c.drawText(tx); c.restoreState()
        c.showPage()
    c.save()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh: fh.write(text)
    facts = {'fixture': name, **facts}
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2); fh.write('\n')
    print(f'wrote {name}: {len(pages)} pages, {sum(len(p.items) for p in pages)} text items')

def hrow(fy, label, label_text, planned, a, t, texts=None):
    tot = (a[0] + t[0], a[1] + t[1])
    fmt = texts or (lambda c, w: f'{c}（{w}）')
    return {'fiscalYear': fy, 'label': label, 'labelText': label_text, 'planned': planned,
            'total': {'count': tot[0], 'women': tot[1], 'text': fmt(*tot)},
            'admin': {'count': a[0], 'women': a[1], 'text': fmt(*a)},
            'tech': {'count': t[0], 'women': t[1], 'text': fmt(*t)}}

FW = str.maketrans('0123456789', '０１２３４５６７８９')
KAN = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五'}

# ================================================================ 公安調査庁
def psia():
    name = 'psia-2025'
    TEAL = (0.04, 0.28, 0.33); GREY = (0.35, 0.35, 0.35); WHITE = (1, 1, 1)
    rows = [hrow(2021, '令和3年度', '令和3年度', False, (6, 2), (1, 0)),
            hrow(2022, '令和4年度', '令和4年度', False, (7, 3), (2, 1)),
            hrow(2023, '令和5年度', '令和5年度', False, (5, 2), (2, 0)),
            hrow(2024, '令和6年度', '令和6年度', False, (7, 3), (2, 1)),
            hrow(2025, '令和7年度', '令和7年度（予定）', True, (6, 3), (2, 1))]
    assign = [('総務部総務課', 2, None), ('総務部人事課', 1, None), ('調査第一部第一課', 1, None),
              ('調査第一部第二課', 1, 1), ('調査第二部第一課', 1, None), ('調査第二部第二課', None, 1),
              ('東京公安調査局', 1, None)]
    exams = [('事務系', '大卒程度試験', [('法律', 2), ('経済', 1), ('教養', 1)]),
             ('事務系', '院卒程度試験', [('行政', 2)]),
             ('技術系', '大卒程度試験', [('デジタル', 1)]),
             ('技術系', '院卒程度試験', [('工学', 1)])]
    f = {'organization': '公安調査庁', 'document': '国家公務員総合職 採用パンフレット 2025',
         'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月1日現在'}}
    f['hiring'] = {'intro': ['総合職の採用者数（単位：人）'],
                   'note': ['※令和7年度は4月1日現在の採用予定数です。', '※技術系は、デジタル・工学の区分からの採用者です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': True,
                   'layout': 'two tables side by side: 採用者数 (left) and うち女性 (right), each with tracks as rows (事務系, 技術系, 計) and years as columns (令和3年度 … 令和7年度/（予定）, 2-line header cell); plain numbers; text synthesised',
                   'rows': rows}
    f['exams'] = {'title': '令和7年度採用予定者の試験区分', 'fiscalYear': 2025,
                  'entries': [{'track': t, 'exam': e, 'text': ''.join(f'・{c}　{str(n).translate(FW)}名' for c, n in b),
                               'breakdown': [{'category': c, 'count': n} for c, n in b], 'total': sum(n for _, n in b)} for t, e, b in exams],
                  'layout': 'stacked list with three indentation levels: ■track（計n名） / ○level / ・category　n名 (full-width digits)'}
    f['contacts'] = [
        {'track': '総合職事務系', 'office': '総務部人事課 任用係', 'location': '中央合同庁舎第6号館A棟11階',
         'tel': ['03-3592-5711（内線2231）'], 'email': ['psia-saiyo@moj.go.jp']},
        {'track': '総合職技術系（デジタル・工学）', 'office': '総務部総務課 情報システム管理室', 'location': '中央合同庁舎第6号館A棟10階',
         'tel': ['03-3592-5711（内線2468）', '03-3592-7034（直通）'], 'email': ['psia-digital@moj.go.jp']}]
    f['access'] = {'address': '〒100-0013 東京都千代田区霞が関1-1-1 中央合同庁舎第6号館',
                   'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A1出口 徒歩約3分',
                              '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約3分',
                              '都営三田線『内幸町』駅 A7出口 徒歩約8分']}
    f['assignments'] = {'cohortFiscalYear': 2024, 'intro': '令和6年度採用者の配属先（令和7年4月1日現在）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'bulleted list ・unit　n名（track） with full-width digits; a unit with both tracks is ・unit　事務系１名・技術系１名; the list flows from the bottom of the left column to the top of the right column (no repeated heading)',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in assign],
                        'totals': {'admin': sum(a or 0 for _, a, _ in assign), 'tech': sum(t or 0 for _, _, t in assign)}}
    f['lead'] = {'title': '見えない脅威を、情報の力で明らかにする。',
                 'text': ['公安調査庁は、破壊活動防止法や団体規制法に基づき、国内外の諸団体の動向や国際テロ、経済安全保障に関わる情報を収集・分析し、政府の政策判断に役立てる情報機関です。調査で得た情報を多角的に分析し、関係機関に提供することで、国民の安全と安心を支えています。']}
    f['initiativesIntro'] = ''
    f['initiatives'] = [
        {'title': 'ペーパーレス会議', 'text': '庁内会議はタブレット端末で資料を共有し、印刷と差し替えの手間をなくしました。'},
        {'title': 'フレックスタイム制', 'text': '始業時刻を7時から10時の間で選べ、育児や通院とも両立しやすくなっています。'},
        {'title': '語学研修の業務時間内受講', 'text': '英語・中国語・韓国語・ロシア語などの研修を、勤務時間内に受講できます。'}]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間', 'text': '多胎妊娠の場合は産前14週間まで取得できます。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男性職員の取得も進んでおり、2回まで分割できます。'},
        {'name': '育児時間', 'duration': '1日2時間まで', 'text': '子が小学校に入学するまで、30分単位で取得できます。'},
        {'name': '配偶者出産休暇', 'duration': '2日', 'text': '妻の出産に伴う入退院の付添いなどに使えます。'}]
    f['supportSource'] = ''
    f['training'] = {'title': '研修制度', 'paragraphs': [
        '採用後は、公安調査官研修所で調査の基礎、関係法令、分析手法を学ぶ初任者研修を受けます。',
        'その後も語学研修、海外の大学院への留学、関係省庁への出向などを通じて、情報のプロフェッショナルとしての力を磨きます。']}

    # ---- page 1
    p1 = Page(A4); W, H = A4
    p1.rect(0, 0, 34, H, fill=TEAL)
    p1.t(22, 520, '公安調査庁　総合職採用案内　' + f['edition']['asOfText'], 'G', 10, WHITE, angle=90)
    X0, X1 = 56, 555
    p1.t(X0, 806, 'Public Security Intelligence Agency', 'G', 9, GREY)
    p1.t(X0, 772, '公安調査庁', 'G', 26, TEAL, mode=2, cs=2)
    p1.t(X0, 748, f['document'], 'G', 11, GREY)
    p1.line(X0, 738, X1, 738, TEAL, 2.0)

    def head(pg, x, y, w, text):
        pg.rect(x, y - 2, 4, 13, fill=TEAL)
        pg.t(x + 9, y, text, 'G', 11, TEAL, mode=2)
        pg.line(x, y - 6, x + w, y - 6, TEAL, 0.6, dash=(1, 2))
        return y - 22

    y = 712
    p1.t(X0, y, f['lead']['title'], 'G', 13, TEAL); y -= 20
    for t in f['lead']['text']: y = para(p1, X0, y, X1 - X0, t, 'M', 9, 14.5)
    y -= 8
    y = head(p1, X0, y, X1 - X0, '採用実績')
    p1.t(X0, y, f['hiring']['intro'][0], 'M', 8.5); y -= 18
    cw = [36] + [41] * 5
    hdr = ['区分'] + [r['label'] for r in rows[:-1]] + [['令和7年度', '（予定）']]
    def htab(x, key, cap):
        p1.t(x, y, cap, 'G', 9, TEAL, exp=False)
        body = [[lab] + [str(r[k][key]) for r in rows] for lab, k in (('事務系', 'admin'), ('技術系', 'tech'), ('計', 'total'))]
        return body
    lt = htab(X0, 'count', '採用者数'); rt = htab(X0 + 258, 'women', 'うち女性')
    p1.e('採用者数')
    y2 = y - 8
    yb = table(p1, X0, y2, cw, [hdr] + lt, 'M', 7.5, pad=3, align=['l'] + ['c'] * 5, style='hrules',
               head_fill=(0.86, 0.92, 0.93), head_font='G', zebra=None)
    p1.e('うち女性')
    table(p1, X0 + 258, y2, cw, [hdr] + rt, 'M', 7.5, pad=3, align=['l'] + ['c'] * 5, style='hrules',
          head_fill=(0.86, 0.92, 0.93), head_font='G')
    y = yb - 14
    for n in f['hiring']['note']: p1.t(X0, y, n, 'M', 7.5); y -= 12
    y -= 6
    # two columns
    C1, C2, CW = X0, 315, 240
    p1.line(305.5, y + 4, 305.5, 48, (0.6, 0.6, 0.6), 0.4)
    yl = head(p1, C1, y, CW, '公安調査庁の仕事')
    work = [('国内関係', 'オウム真理教に対する観察処分の実施や、過激派・右翼団体等の動向を調査しています。'),
            ('国際関係', '国際テロ組織や周辺諸国の動向、経済安全保障に関わる情報を収集・分析しています。'),
            ('分析と提供', '集めた情報を分析して報告書にまとめ、内閣や関係省庁に迅速に提供しています。')]
    for t, d in work:
        p1.t(C1, yl, '▶' + t, 'G', 9, TEAL); yl -= 14
        yl = para(p1, C1 + 9, yl, CW - 9, d, 'M', 8.5, 13.5); yl -= 4
    p1.rect(C1, yl - 138, CW, 136, fill=(0.88, 0.90, 0.90))
    p1.t(C1 + CW / 2, yl - 72, '（写真）', 'M', 8, GREY, align='c')
    yl -= 152
    p1.t(C1, yl, '分析官による情勢ブリーフィングの様子', 'M', 7.5, GREY); yl -= 20
    yl = head(p1, C1, yl, CW, '配属実績')
    yl = para(p1, C1, yl, CW, f['assignments']['intro'], 'M', 8.5, 13.5); yl -= 3
    def aline(u, a, t):
        if a and t: return f'・{u}　事務系{str(a).translate(FW)}名・技術系{str(t).translate(FW)}名'
        return f'・{u}　{str(a or t).translate(FW)}名（{"事務系" if a else "技術系"}）'
    items = [aline(*r) for r in assign]
    BOTTOM = 50
    yr = y
    col, yy = 1, yl
    for s in items:
        if col == 1 and yy < BOTTOM + 2:
            col, yy = 2, yr
        p1.t(C1 if col == 1 else C2, yy, s, 'M', 8.5); yy -= 15
    if col != 2: raise Refused('psia: assignment list does not flow into the right column')
    p1.t(C2, yy, '※公安調査局は全国8か所に置かれた地方支分部局です。', 'M', 7.5); yy -= 22
    yy = head(p1, C2, yy, CW, '試験区分')
    p1.t(C2, yy, f['exams']['title'], 'G', 9); yy -= 17
    cur = None
    for e in f['exams']['entries']:
        if e['track'] != cur:
            cur = e['track']; tot = sum(x['total'] for x in f['exams']['entries'] if x['track'] == cur)
            p1.t(C2, yy, f'■{cur}（計{str(tot).translate(FW)}名）', 'G', 9, TEAL); yy -= 15
        p1.t(C2 + 12, yy, '○' + e['exam'], 'G', 8.5); yy -= 14
        for b in e['breakdown']:
            p1.t(C2 + 26, yy, f'・{b["category"]}　{str(b["count"]).translate(FW)}名', 'M', 8.5); yy -= 14
        yy -= 2
    if yy < BOTTOM - 10: raise Refused('psia: right column too long')

    # ---- page 2
    p2 = Page(A4)
    p2.rect(0, 0, 34, H, fill=TEAL)
    L, LW, R, RW = 56, 300, 375, 180
    p2.rect(R - 10, 40, RW + 20, 770, fill=(0.92, 0.95, 0.95))
    y = 800
    y = head(p2, L, y, LW, '働き方の取組')
    for i in f['initiatives']:
        p2.t(L, y, '◇' + i['title'], 'G', 9.5, TEAL); y -= 15
        y = para(p2, L + 10, y, LW - 10, i['text'], 'M', 8.5, 13.5); y -= 6
    y -= 6
    y = head(p2, L, y, LW, f['supportTitle'])
    for s in f['supportSystems']:
        p2.t(L, y, s['name'], 'G', 9.5); y -= 14
        p2.t(L + 10, y, '［期間］' + s['duration'], 'M', 8.5, TEAL); y -= 13.5
        y = para(p2, L + 10, y, LW - 10, s['text'], 'M', 8.5, 13.5); y -= 6
    y -= 6
    y = head(p2, L, y, LW, f['training']['title'])
    for t in f['training']['paragraphs']: y = para(p2, L, y, LW, t, 'M', 8.5, 14); y -= 4
    if y < 50: raise Refused('psia p2 left too long')
    y = 800
    y = head(p2, R, y, RW, '採用窓口')
    for c in f['contacts']:
        y = para(p2, R, y, RW, '【' + c['track'] + '】', 'G', 8.5, 13)
        y = para(p2, R, y, RW, c['office'], 'M', 8.5, 13)
        y = para(p2, R, y, RW, '（' + c['location'] + '）', 'M', 8, 13)
        for k, tel in enumerate(c['tel']):
            p2.t(R + (0 if k == 0 else 30), y, ('電話　' if k == 0 else '') + tel, 'M', 8); y -= 13
        p2.t(R, y, 'メール　' + c['email'][0], 'M', 8); y -= 20
    y -= 4
    y = head(p2, R, y, RW, 'アクセス')
    y = para(p2, R, y, RW, f['access']['address'], 'M', 8.5, 13); y -= 4
    for r in f['access']['routes']:
        y = para(p2, R, y, RW, '●' + r, 'M', 8, 12.5); y -= 3
    p2.rect(R, y - 110, RW, 100, stroke=(0.5, 0.5, 0.5), lw=0.5, dash=(2, 2))
    p2.t(R + RW / 2, y - 62, '（地図）', 'M', 8, GREY, align='c'); y -= 130
    y = head(p2, R, y, RW, '説明会のご案内')
    y = para(p2, R, y, RW, '業務説明会を年4回、霞が関とオンラインで開催しています。日程は公安調査庁ウェブサイトでお知らせします。', 'M', 8, 13)
    if y < 50: raise Refused('psia p2 right too long')
    return name, [p1, p2], f

# ================================================================ 個人情報保護委員会
def ppc():
    name = 'ppc-2026'
    NAVY = (0.10, 0.16, 0.36); GREY = (0.4, 0.4, 0.4); WHITE = (1, 1, 1); SKY = (0.55, 0.68, 0.86)
    rows = [hrow(2022, 'R4', 'R4', False, (4, 2), (1, 0)),
            hrow(2023, 'R5', 'R5', False, (5, 2), (1, 1)),
            hrow(2024, 'R6', 'R6', False, (4, 1), (2, 1)),
            hrow(2025, 'R7', 'R7', False, (5, 3), (2, 1)),
            hrow(2026, 'R8', 'R8※2（予定）', True, (5, 2), (2, 1))]
    assign = [('総務課', 2, None), ('参事官（総括担当）', 1, None), ('参事官（監視・監督担当）', 1, 1),
              ('参事官（国際担当）', 1, None), ('参事官（システム担当）', None, 1)]
    exams = [('事務系', '大卒程度試験', [('法律', 2), ('経済', 1)]),
             ('事務系', '院卒程度試験', [('行政', 1), ('法務', 1)]),
             ('技術系', '大卒程度試験', [('デジタル', 1)]),
             ('技術系', '院卒程度試験', [('数理科学・物理・地球科学', 1)])]
    f = {'organization': '個人情報保護委員会', 'document': '事務局 国家公務員総合職 採用案内',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': 'R8.3'}}
    f['hiring'] = {'intro': ['総合職の採用者数の推移（各年度4月1日）'],
                   'note': ['※1 （　）内は女性の内数です。', '※2 R8は令和8年3月1日現在の採用予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'small multiples: three vertical bar charts side by side (事務系 / 技術系 / 合計), one bar per year R4 … R8※2 with （予定） on a second line under R8; value label 4（2） above each bar at its height; planned bar hatched/light; no axis numbers',
                   'rows': rows}
    f['exams'] = {'title': '令和8年度採用予定者の試験区分', 'fiscalYear': 2026, 'textSynthesised': True,
                  'entries': [{'track': t, 'exam': e, 'text': '、'.join(f'{c}{n}名' for c, n in b),
                               'breakdown': [{'category': c, 'count': n} for c, n in b], 'total': sum(n for _, n in b)} for t, e, b in exams],
                  'layout': 'long-format ruled table 系統 | 試験の程度 | 試験区分 | 採用予定数, one row per category, 系統 and 試験の程度 cells spanning rows; 事務系 rows at the foot of p1, continued on p2 under the heading 試験区分（続き） with the header row repeated (技術系 rows and a 合計 row)'}
    f['contacts'] = [
        {'track': '総合職事務系', 'office': '事務局総務課 人事担当', 'location': '霞が関コモンゲート西館32階',
         'tel': ['03-6457-9680（内線1204）'], 'email': ['ppc-saiyo@ppc.go.jp']},
        {'track': '総合職技術系（デジタル）', 'office': '事務局参事官（システム担当）', 'location': '霞が関コモンゲート西館32階',
         'tel': ['03-6457-9685（直通）'], 'email': ['ppc-digital@ppc.go.jp']}]
    f['access'] = {'address': '〒100-0013 東京都千代田区霞が関3-2-1 霞が関コモンゲート西館32階',
                   'routes': ['東京メトロ銀座線『虎ノ門』駅 11番出口直結 徒歩約1分',
                              '東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約5分',
                              '東京メトロ日比谷線『虎ノ門ヒルズ』駅 A1出口 徒歩約6分']}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（令和8年3月現在）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled table 配属先 | 事務系 | 技術系 with KANJI numerals (二, 一), empty cells for none, （単位：人） right-aligned above',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in assign],
                        'totals': {'admin': sum(a or 0 for _, a, _ in assign), 'tech': sum(t or 0 for _, _, t in assign)}}
    f['lead'] = {'title': 'データの時代に、個人の権利を守るルールをつくる。',
                 'text': ['個人情報保護委員会は、個人情報の適正な取扱いを確保するために設置された独立性の高い行政委員会です。個人情報保護法やマイナンバー法に基づく監視・監督、国際的なデータ流通のルールづくり、ガイドラインの策定などを通じて、個人の権利利益の保護とデータの利活用の両立を目指しています。']}
    f['initiativesIntro'] = ''
    f['initiatives'] = [
        {'title': 'フリーアドレス', 'text': '執務室は固定席を設けず、その日の業務に合わせて席を選びます。'},
        {'title': '週2日以上のテレワーク', 'text': '全職員が週2日以上を目安に在宅勤務を行い、通勤時間を自己研鑽に充てています。'},
        {'title': '勉強会「PPCゼミ」', 'text': '若手職員が企画し、海外の制度や最新の技術動向を毎月学び合っています。'}]
    f['supportTitle'] = '仕事と家庭の両立支援'
    f['supportSystems'] = [
        {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間', 'text': '多胎妊娠の場合は産前14週間となります。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男性職員も数か月単位で取得しています。'},
        {'name': '育児短時間勤務', 'duration': '子が小学校就学の始期に達するまで', 'text': '週19時間25分から24時間35分までの勤務形態を選べます。'},
        {'name': '介護休暇', 'duration': '通算6月まで', 'text': '3回まで分割して取得できます。'}]
    f['supportSource'] = ''
    f['training'] = {'title': '研修・キャリア形成', 'paragraphs': [
        '採用後は人事院などの合同初任研修に参加したあと、委員会独自の研修で個人情報保護法の解釈や立入検査の実務を学びます。',
        '2年目以降は、海外のデータ保護機関への派遣や、関係省庁・民間企業との人事交流を通じて専門性を高めます。']}

    W, H = A4; X0, X1 = 48, 547; FW_ = X1 - X0
    def head(pg, x, y, w, text, color=NAVY):
        tw = sw(text, 'G', 10.5)
        pg.rect(x, y - 5, tw + 16, 18, stroke=color, lw=0.9, r=4)
        pg.t(x + 8, y, text, 'G', 10.5, color)
        return y - 24
    # ---- page 1
    p1 = Page(A4)
    p1.t(X0, 808, 'PERSONAL INFORMATION PROTECTION COMMISSION', 'G', 7.5, GREY, cs=0.8)
    p1.t(X0, 778, '個人情報保護委員会', 'G', 22, NAVY)
    p1.t(X0, 756, f['document'], 'M', 11, NAVY)
    p1.line(X0, 744, X1, 744, NAVY, 0.8); p1.line(X0, 741, X1, 741, NAVY, 0.3)
    p1.rect(X1 - 58, 716, 58, 22, stroke=NAVY, lw=1.2, r=3)
    p1.t(X1 - 29, 722, f['edition']['asOfText'], 'G', 13, NAVY, align='c')
    y = 698
    p1.t(X0, y, f['lead']['title'], 'M', 13, NAVY, mode=2); y -= 20
    for t in f['lead']['text']: y = para(p1, X0, y, FW_, t, 'M', 9, 14.5)
    y -= 8
    y = head(p1, X0, y, FW_, '採用実績')
    p1.t(X0, y, f['hiring']['intro'][0], 'M', 8.5); y -= 14
    # small multiples
    cw, gap, unit = 153, 20, 11
    base = y - 14 - 8 * unit - 12
    for k, (title, key) in enumerate((('事務系', 'admin'), ('技術系', 'tech'), ('合計', 'total'))):
        cx = X0 + k * (cw + gap)
        p1.t(cx + cw / 2, y - 4, title, 'G', 9, NAVY, align='c')
        for g in range(1, 5): p1.line(cx, base + g * 2 * unit, cx + cw, base + g * 2 * unit, (0.8, 0.8, 0.8), 0.3, dash=(1, 2))
        p1.line(cx, base, cx + cw, base, (0.2, 0.2, 0.2), 0.8)
        pitch = cw / 5
        labels = []
        for i, r in enumerate(rows):
            bx = cx + i * pitch + (pitch - 16) / 2; hgt = r[key]['count'] * unit
            if r['planned']: p1.rect(bx, base, 16, hgt, fill=(0.85, 0.89, 0.95), stroke=NAVY, lw=0.6, dash=(2, 1.5))
            else: p1.rect(bx, base, 16, hgt, fill=SKY if key != 'total' else NAVY)
            p1.t(bx + 8, base + hgt + 3, r[key]['text'], 'M', 7, align='c')
        for i, r in enumerate(rows):
            p1.t(cx + i * pitch + pitch / 2, base - 10, r['label'] + ('※2' if r['planned'] else ''), 'G', 7.5, align='c', exp=False)
        p1.e('\t'.join(r['label'] + ('※2' if r['planned'] else '') for r in rows))   # axis labels: one baseline = one line
        p1.t(cx + 4 * pitch + pitch / 2, base - 20, '（予定）', 'G', 6.5, align='c')
    y = base - 36
    for n in f['hiring']['note']: p1.t(X0, y, n, 'M', 7.5); y -= 11
    y -= 10
    # two columns: assignments | contacts (white on navy)
    C1, CW1, C2, CW2 = X0, 250, 318, 229
    yl = head(p1, C1, y, CW1, '配属実績')
    yl = para(p1, C1, yl, CW1, f['assignments']['intro'], 'M', 8.5, 13); yl -= 2
    p1.t(C1 + CW1, yl, '（単位：人）', 'M', 7, align='r'); yl -= 6
    trows = [['配属先', '事務系', '技術系']] + [[u, KAN.get(a, ''), KAN.get(t, '')] for u, a, t in assign]
    yl = table(p1, C1, yl, [150, 50, 50], trows, 'M', 8, pad=3.5, align=['l', 'c', 'c'], style='grid',
               head_fill=(0.88, 0.91, 0.96))
    yr = y
    p1.t(C2 + 10, yr, '採用窓口', 'G', 10.5, WHITE, mode=2); yr -= 20
    for c in f['contacts']:
        yr = para(p1, C2 + 10, yr, CW2 - 20, '■' + c['track'], 'G', 8.5, 12.5, WHITE)
        yr = para(p1, C2 + 20, yr, CW2 - 30, c['office'] + '（' + c['location'] + '）', 'M', 8, 12, WHITE)
        for tel in c['tel']: p1.t(C2 + 20, yr, 'TEL ' + tel, 'M', 8, WHITE); yr -= 12
        for m in c['email']: p1.t(C2 + 20, yr, 'MAIL ' + m, 'M', 8, WHITE); yr -= 16
    bot = min(yl, yr + 4)
    p1.rect(C2, bot, CW2, y + 14 - bot, fill=NAVY, r=4)
    y = bot - 22
    y = head(p1, X0, y, FW_, '試験区分')
    p1.t(X0, y, f['exams']['title'], 'G', 9); y -= 8
    ecw = [90, 110, 200, 99]
    ehdr = ['系統', '試験の程度', '試験区分', '採用予定数']
    def erows(track):
        out, spans = [ehdr], {}
        es = [e for e in f['exams']['entries'] if e['track'] == track]
        n = sum(len(e['breakdown']) for e in es)
        spans[(1, 0)] = n; r = 1
        for e in es:
            spans[(r, 1)] = len(e['breakdown'])
            for j, b in enumerate(e['breakdown']):
                out.append([track if r == 1 else None, e['exam'] if j == 0 else None, b['category'], f'{b["count"]}名']); r += 1
        return out, spans
    rws, sp = erows('事務系')
    y = table(p1, X0, y, ecw, rws, 'M', 8.5, pad=4, spans=sp, align=['c', 'c', 'l', 'r'], style='grid', head_fill=(0.88, 0.91, 0.96))
    p1.t(X1, y - 12, '（次ページに続く）', 'M', 7.5, GREY, align='r')
    if y - 12 < 40: raise Refused(f'ppc p1 too long {y}')
    # ---- page 2
    p2 = Page(A4)
    y = 800
    y = head(p2, X0, y, FW_, '試験区分（続き）')
    rws, sp = erows('技術系')
    rws.append(['合計', '', '', f'{sum(e["total"] for e in f["exams"]["entries"])}名'])
    sp[(len(rws) - 1, 0)] = 1
    y = table(p2, X0, y, ecw, rws, 'M', 8.5, pad=4, spans=sp, align=['c', 'c', 'l', 'r'], style='grid', head_fill=(0.88, 0.91, 0.96))
    y -= 26
    C1, CW1, C2, CW2 = X0, 240, 307, 240
    yl = head(p2, C1, y, CW1, '働き方改革の取組')
    for i, it in enumerate(f['initiatives'], 1):
        p2.t(C1, yl, f'{i}．{it["title"]}', 'G', 9.5, NAVY); yl -= 14
        yl = para(p2, C1 + 12, yl, CW1 - 12, it['text'], 'M', 8.5, 13.5); yl -= 6
    yl -= 8
    yl = head(p2, C1, yl, CW1, f['training']['title'])
    for t in f['training']['paragraphs']: yl = para(p2, C1, yl, CW1, t, 'M', 8.5, 14); yl -= 4
    yl -= 6
    p2.rect(C1, yl - 120, CW1, 118, fill=(0.90, 0.92, 0.95))
    p2.t(C1 + CW1 / 2, yl - 64, '（写真）', 'M', 8, GREY, align='c')
    p2.t(C1, yl - 134, '海外データ保護機関との会合（令和7年10月）', 'M', 7.5, GREY)
    yl -= 150
    yr = head(p2, C2, y, CW2, f['supportTitle'])
    for s_ in f['supportSystems']:
        p2.rect(C2, yr - 4, CW2, 15, fill=NAVY)
        p2.t(C2 + 6, yr, s_['name'], 'G', 8.5, WHITE); yr -= 17
        yr = para(p2, C2 + 6, yr, CW2 - 6, '期間：' + s_['duration'], 'M', 8, 12.5, NAVY)
        yr = para(p2, C2 + 6, yr, CW2 - 6, s_['text'], 'M', 8, 12.5); yr -= 8
    yr -= 6
    yr = head(p2, C2, yr, CW2, 'アクセス')
    yr = para(p2, C2, yr, CW2, f['access']['address'], 'M', 8.5, 13); yr -= 4
    for r in f['access']['routes']:
        yr = para(p2, C2, yr, CW2, '◎' + r, 'M', 8, 12.5); yr -= 3
    if min(yl, yr) < 40: raise Refused(f'ppc p2 too long {yl} {yr}')
    return name, [p1, p2], f

# ================================================================ 防衛装備庁
def atla():
    name = 'atla-2026'
    DARK = (0.13, 0.19, 0.26); ORANGE = (0.85, 0.42, 0.10); GREY = (0.4, 0.4, 0.4); WHITE = (1, 1, 1)
    def fmt(c, w): return f'{c}うち女性{w}'
    rows = [hrow(2022, '2022年4月入庁', '2022年4月入庁', False, (6, 2), (11, 2), fmt),
            hrow(2023, '2023年4月入庁', '2023年4月入庁', False, (5, 2), (12, 3), fmt),
            hrow(2024, '2024年4月入庁', '2024年4月入庁', False, (7, 3), (10, 2), fmt),
            hrow(2025, '2025年4月入庁', '2025年4月入庁', False, (6, 2), (13, 4), fmt),
            hrow(2026, '2026年4月入庁', '2026年4月入庁予定', True, (6, 3), (12, 3), fmt)]
    units = [(['長官官房'], 2, None), (['装備政策部'], 2, None), (['プロジェクト', '管理部'], 1, 3),
             (['技術戦略部'], None, 3), (['調達事業部'], 1, 1), (['航空装備', '研究所'], None, 3), (['陸上装備', '研究所'], None, 3)]
    exams = [('事務系', '大卒程度試験', [('法律', 3), ('経済', 1), ('教養', 1)]),
             ('事務系', '院卒程度試験', [('行政', 1)]),
             ('技術系', '大卒程度試験', [('工学', 5), ('数理科学・物理・地球科学', 2), ('デジタル', 1)]),
             ('技術系', '院卒程度試験', [('工学', 3), ('化学・生物・薬学', 1)])]
    f = {'organization': '防衛装備庁', 'document': '国家公務員総合職 採用案内',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'}}
    f['hiring'] = {'intro': ['総合職の入庁者数（単位：人）'],
                   'note': ['※2026年4月入庁予定は、2026年3月1日現在の内定者数です。', '※各欄の下段は女性の内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'ruled table with tracks as rows (事務系, 技術系, 合計) and years as columns labelled by calendar month of entry (2022年/4月入庁 … 2026年/4月入庁予定, 2-line header cells); each cell two lines: count / うち女性n (text = joined lines)',
                   'rows': rows}
    f['exams'] = {'title': '2026年4月入庁予定者の試験区分', 'fiscalYear': 2026, 'textSynthesised': True,
                  'entries': [{'track': t, 'exam': e, 'text': '、'.join(f'{c}{n}名' for c, n in b),
                               'breakdown': [{'category': c, 'count': n} for c, n in b], 'total': sum(n for _, n in b)} for t, e, b in exams],
                  'layout': 'two boxes side by side, one per track, white-on-dark header 事務系　計6名; inside, a level line 大卒程度試験 then one row per category: name left, count n名 right-aligned on the same baseline'}
    f['contacts'] = [
        {'track': '総合職事務系', 'office': '長官官房人事官付 任用班', 'location': '防衛省市ヶ谷庁舎A棟12階',
         'tel': ['03-3268-3111（内線35214）'], 'email': ['atla-jinji@mod.go.jp']},
        {'track': '総合職技術系（工学・数理科学・デジタル 等）', 'office': '技術戦略部技術戦略課 技術系採用担当', 'location': '防衛省市ヶ谷庁舎A棟13階',
         'tel': ['03-3268-3111（内線35683）'], 'email': ['atla-gijutsu@mod.go.jp']}]
    f['access'] = {'address': '〒162-8870 東京都新宿区市谷本村町5-1（防衛省市ヶ谷地区）',
                   'routes': ['JR中央・総武線『市ケ谷』駅 徒歩約10分',
                              '東京メトロ有楽町線・南北線『市ケ谷』駅 7番出口 徒歩約10分',
                              '都営新宿線『曙橋』駅 A3出口 徒歩約7分']}
    assign = [(''.join(u), a, t) for u, a, t in units]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '2025年4月入庁者の配属先（2026年3月現在）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'TRANSPOSED ruled table: tracks as rows (事務系, 技術系), units as columns with header cells wrapped on 1-2 lines (プロジェクト/管理部, 航空装備/研究所: unit = joined lines); － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in assign],
                        'totals': {'admin': sum(a or 0 for _, a, _ in assign), 'tech': sum(t or 0 for _, _, t in assign)}}
    f['lead'] = {'title': '技術の力で、防衛力の基盤を支える。',
                 'text': ['防衛装備庁は、防衛装備品の研究開発から調達、維持整備、そして国際的な装備・技術協力までを一元的に担う組織です。最先端の科学技術を防衛力に結びつけ、限られた予算で最適な装備を届けるために、事務系・技術系の職員がチームで仕事をしています。']}
    f['initiativesIntro'] = ''
    f['initiatives'] = [
        {'title': 'プロジェクトチーム制', 'text': '装備品ごとに事務系・技術系の職員が同じチームに入り、開発から調達まで一貫して担当します。'},
        {'title': '研究所でのテレワーク', 'text': '研究所の職員も、解析や報告書の作成は在宅で行えるよう環境を整えています。'},
        {'title': '若手の海外派遣', 'text': '入庁5年目前後の職員を、共同開発の相手国や国際機関に派遣しています。'}]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間', 'text': '多胎妊娠の場合、産前は14週間取得できます。'},
        {'name': '配偶者出産休暇', 'duration': '2日', 'text': '妻の出産に伴う入院や付添いに使えます。'},
        {'name': '育児参加のための休暇', 'duration': '5日', 'text': '子の出生後1年以内に、育児のために取得できます。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男女とも取得でき、取得中の業務は係内で分担します。'},
        {'name': '子の看護休暇', 'duration': '年5日（子が2人以上の場合は10日）', 'text': '子の病気や予防接種の付添いに使えます。'}]
    f['supportSource'] = ''
    f['training'] = {'title': '研修制度', 'paragraphs': [
        '入庁後は防衛省と合同の初任者研修で、安全保障政策と予算・契約の基礎を学びます。技術系職員は研究所での実習で、試験評価の現場を経験します。',
        '3年目以降は、米国や欧州の大学院への留学、防衛産業や研究機関との人事交流など、専門性を深める機会があります。']}

    W, H = landscape(A4)
    L, R, HW = 30, 446, 366
    def head(pg, x, y, w, text):
        pg.t(x, y, text, 'G', 11, DARK, mode=2)
        pg.line(x, y - 5, x + w, y - 5, DARK, 0.5); pg.line(x, y - 5, x + 40, y - 5, ORANGE, 2.4)
        return y - 22
    def spread(pg, n):
        pg.line(421, 30, 421, H - 30, (0.75, 0.75, 0.75), 0.4, dash=(3, 3))
        pg.t(L, 14, str(n), 'G', 8, GREY, furn=True)
        pg.t(R + HW, 14, str(n + 1), 'G', 8, GREY, align='r', furn=True)
    # ---- page 1
    p1 = Page((W, H)); spread(p1, 1)
    p1.rect(L, 488, HW, 82, fill=DARK)
    p1.t(L + 12, 552, 'Acquisition, Technology & Logistics Agency', 'G', 8, WHITE)
    p1.t(L + 12, 522, '防衛装備庁', 'G', 24, WHITE)
    p1.t(L + 12, 500, f['document'], 'G', 10.5, WHITE, exp=False)
    p1.t(L + HW - 12, 500, f['edition']['asOfText'], 'G', 10.5, (1.0, 0.78, 0.55), align='r', exp=False)
    p1.e(f['document'] + '\u3000' + f['edition']['asOfText'])   # one baseline = one line
    y = 464
    p1.t(L, y, f['lead']['title'], 'G', 13, DARK); y -= 20
    for t in f['lead']['text']: y = para(p1, L, y, HW, t, 'M', 9, 14.5)
    y -= 6
    p1.rect(L, y - 96, HW, 94, fill=(0.88, 0.89, 0.90))
    p1.t(L + HW / 2, y - 52, '（写真）', 'M', 8, GREY, align='c')
    p1.t(L, y - 108, '次期戦闘機の共同開発に関する日英伊の実務者会合', 'M', 7.5, GREY)
    y -= 128
    y = head(p1, L, y, HW, '働き方の取組')
    for it in f['initiatives']:
        p1.t(L, y, '◆' + it['title'], 'G', 9.5, ORANGE); y -= 14
        y = para(p1, L + 10, y, HW - 10, it['text'], 'M', 8.5, 13.5); y -= 5
    if y < 30: raise Refused(f'atla p1 left too long {y}')
    y = 560
    y = head(p1, R, y, HW, '採用実績')
    p1.t(R, y, f['hiring']['intro'][0], 'M', 8.5); y -= 8
    hdr = ['区分'] + [[r['label'][:5], r['label'][5:] + ('予定' if r['planned'] else '')] for r in rows]
    body = [[lab] + [[str(r[k]['count']), f'うち女性{r[k]["women"]}'] for r in rows] for lab, k in (('事務系', 'admin'), ('技術系', 'tech'), ('合計', 'total'))]
    y = table(p1, R, y, [46] + [64] * 5, [hdr] + body, 'M', 7.5, pad=3, align=['l'] + ['c'] * 5, style='grid',
              head_fill=(0.87, 0.89, 0.92))
    y -= 12
    for n in f['hiring']['note']: p1.t(R, y, n, 'M', 7.5); y -= 11
    y -= 10
    y = head(p1, R, y, HW, '配属実績')
    p1.t(R, y, f['assignments']['intro'], 'M', 8.5); y -= 8
    ahdr = ['区分'] + [u for u, _, _ in units]
    arow = lambda k, lab: [lab] + [(str(x) if x else '－') for x in [(a if k == 0 else t) for _, a, t in units]]
    y = table(p1, R, y, [36, 46, 46, 50, 46, 46, 48, 48], [ahdr, arow(0, '事務系'), arow(1, '技術系')], 'M', 7, pad=3, align=['l'] + ['c'] * 7,
              style='grid', head_fill=(0.87, 0.89, 0.92))
    y -= 22
    y = head(p1, R, y, HW, '試験区分')
    p1.t(R, y, f['exams']['title'], 'M', 8.5); y -= 10
    bw = 175
    for k, tr in enumerate(('事務系', '技術系')):
        bx = R + k * (bw + 16); by = y
        es = [e for e in f['exams']['entries'] if e['track'] == tr]
        p1.rect(bx, by - 16, bw, 16, fill=DARK)
        p1.t(bx + 8, by - 11.5, f'{tr}　計{sum(e["total"] for e in es)}名', 'G', 8.5, WHITE)
        yy = by - 30
        for e in es:
            p1.t(bx + 8, yy, e['exam'], 'G', 8, DARK); yy -= 12.5
            for b in e['breakdown']:
                p1.t(bx + 16, yy, b['category'], 'M', 8, exp=False)
                p1.t(bx + bw - 8, yy, f'{b["count"]}名', 'M', 8, align='r', exp=False)
                p1.e(f'{b["category"]}\t{b["count"]}名')
                p1.line(bx + 16, yy - 3, bx + bw - 8, yy - 3, (0.75, 0.75, 0.75), 0.3, dash=(1, 1.5))
                yy -= 12.5
            yy -= 3
        p1.rect(bx, yy, bw, by - yy, stroke=DARK, lw=0.6)
        if yy < 30: raise Refused(f'atla p1 right too long {yy}')
    # ---- page 2
    p2 = Page((W, H)); spread(p2, 3)
    y = 560
    y = head(p2, L, y, HW, f['supportTitle'])
    for s_ in f['supportSystems']:
        nw = p2.t(L, y, s_['name'], 'G', 9, exp=False)
        dx = L + nw + 10; dw = sw(s_['duration'], 'M', 7.5)
        p2.rect(dx - 5, y - 3.5, dw + 10, 12.5, stroke=ORANGE, lw=0.7, r=6)
        p2.t(dx, y, s_['duration'], 'M', 7.5, ORANGE, exp=False)
        p2.e(s_['name'] + '\t' + s_['duration']); y -= 15
        y = para(p2, L + 10, y, HW - 10, s_['text'], 'M', 8.5, 13); y -= 7
    y -= 6
    y = head(p2, L, y, HW, f['training']['title'])
    for t in f['training']['paragraphs']: y = para(p2, L, y, HW, t, 'M', 8.5, 14); y -= 4
    y -= 6
    car = [['年次', '主な経験'], ['1〜2年目', '本庁の各課で予算・契約、試験評価の実務'], ['3〜5年目', '研究所・地方の防衛局、海外留学'],
           ['6年目〜', 'プロジェクトの取りまとめ、国際共同開発の交渉']]
    y = table(p2, L, y, [70, 296], car, 'M', 8, pad=3.5, align=['l', 'l'], style='booktabs', head_fill=None)
    if y < 30: raise Refused(f'atla p2 left too long {y}')
    y = 560
    y = head(p2, R, y, HW, '採用窓口')
    for c in f['contacts']:
        p2.t(R, y, '【' + c['track'] + '】', 'G', 9, DARK); y -= 14
        p2.t(R + 10, y, c['office'] + '（' + c['location'] + '）', 'M', 8.5); y -= 13
        for tel in c['tel']: p2.t(R + 10, y, '電話番号：' + tel, 'M', 8.5); y -= 13
        for m in c['email']: p2.t(R + 10, y, 'メールアドレス：' + m, 'M', 8.5); y -= 19
    y -= 6
    y = head(p2, R, y, HW, 'アクセス')
    y = para(p2, R, y, HW, f['access']['address'], 'M', 8.5, 13.5); y -= 4
    for r in f['access']['routes']:
        y = para(p2, R, y, HW, '■' + r, 'M', 8.5, 13.5); y -= 2
    y -= 6
    p2.rect(R, y - 130, HW, 128, stroke=(0.5, 0.5, 0.5), lw=0.5, dash=(2, 2))
    p2.t(R + HW / 2, y - 70, '（地図）', 'M', 8, GREY, align='c')
    y -= 150
    y = para(p2, R, y, HW, '※庁舎への入構には事前の申請が必要です。説明会の参加者には別途ご案内します。', 'M', 8, 13, GREY)
    if y < 30: raise Refused(f'atla p2 right too long {y}')
    return name, [p1, p2], f

BUILDERS = {'psia-2025': psia, 'ppc-2026': ppc, 'atla-2026': atla}
if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(BUILDERS)
    bad = 0
    for n in names:
        try: render(*BUILDERS[n]())
        except Refused as e: print('REFUSED', e); bad = 1
    sys.exit(bad)
