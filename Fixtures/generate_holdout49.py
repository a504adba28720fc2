#!/usr/bin/env python3
"""Blind holdout set 49: three synthetic recruitment brochures (大田区, 瑞穂町, 東京検疫所).

Self-contained: reportlab supplies only the pages, the font subsets and the font resources;
every text and graphics operator is written by this script. Deterministic (fixed seed,
invariant=1, no page compression). Refuses a brochure that breaks its own checks;
--selftest injects faults and requires every one to be refused.

  python3 Fixtures/generate_holdout49.py              # all three
  python3 Fixtures/generate_holdout49.py ota          # one (ota, mizuho, kenekisho)
  python3 Fixtures/generate_holdout49.py --selftest -v
"""
import copy, hashlib, io, json, math, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(HERE, 'holdout49')
W, H = 595.28, 841.89
EDGE = 14.0
SEED = 4949
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
KINSOKU = set('、。，．）」』】〕・：；？！ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ')
KANJI = '〇一二三四五六七八九'


class Refused(Exception):
    pass


def kanji_pos(n):
    """positional kanji numerals: 102 -> 一〇二"""
    return ''.join(KANJI[int(d)] for d in str(n))


def era(fy):
    n = fy - 2018
    return '令和元年度' if n == 1 else f'令和{n}年度'


def width(s, font, size):
    if font == 'H':
        return pdfmetrics.stringWidth(s, 'Helvetica', size)
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, n):
        self.n = n
        self.items = []      # text items
        self.gfx = []        # raw graphics operators
        self.exp = []        # expected lines
        self.skew = 0.0      # degrees, the whole page under a rotation about its centre
        self.stream = 'shuffle'   # shuffle | baseline | groups

    def text(self, s, x, y, size=9, font='G', align='left', role='body', exp=True, bold=False,
             group=None, spacing=0.0):
        w = width(s, font, size) + spacing * len(s)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        it = dict(s=s, x=round(x, 2), y=round(y, 2), size=size, font=font, role=role, w=w,
                  group=group, spacing=spacing)
        self.items.append(it)
        if bold and self.bold:
            d = dict(it)
            d['role'] = 'dup'
            d['x'] = round(x + 0.35, 2)
            self.items.append(d)
        if exp and role == 'body':
            self.exp.append(s)
        return it

    def rect(self, x, y, w, h, rgb):
        self.gfx.append('q %.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f Q' % (rgb + (x, y, w, h)))

    def rule(self, x1, y1, x2, y2, lw=0.5, rgb=(0.3, 0.3, 0.3)):
        self.gfx.append('q %.2f w %.3f %.3f %.3f RG %.2f %.2f m %.2f %.2f l S Q' % ((lw,) + rgb + (x1, y1, x2, y2)))


def esc(b):
    out = []
    for ch in b:
        if ch in (40, 41, 92) or ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return ''.join(out)


def pieces(c, s, font):
    """[(font resource name, escaped string)] for s in font."""
    if font == 'H':
        return [(c._doc.getInternalFontName('Helvetica'), esc(s.encode('latin-1')))]
    f = pdfmetrics.getFont(font)
    return [(f.getSubsetInternalName(sub, c._doc), esc(bs)) for sub, bs in f.splitString(s, c._doc)]


def draw(book, path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(book['facts']['document'])
    c.setAuthor('BrochureKit holdout49')
    c.setFont('Helvetica', 9)
    rnd = random.Random(SEED + book['seed'])
    for p in book['pages']:
        code = c._code
        if p.skew:
            a = math.radians(p.skew)
            ca, sa = math.cos(a), math.sin(a)
            cx, cy = W / 2, H / 2
            tx, ty = cx - ca * cx + sa * cy, cy - sa * cx - ca * cy
            code.append('q %.6f %.6f %.6f %.6f %.4f %.4f cm' % (ca, sa, -sa, ca, tx, ty))
        code.extend(p.gfx)
        items = list(p.items)
        if p.stream == 'shuffle':
            rnd.shuffle(items)
            for it in items:
                code.append(one_object(c, it))
        elif p.stream == 'baseline':
            # interleaved: every baseline across both columns, left to right, top to bottom
            items.sort(key=lambda it: (-it['y'], it['x']))
            for it in items:
                code.append(one_object(c, it))
        else:  # groups: each group is ONE text object, lines by ' and " and Td, never Tm after the first
            order = []
            for it in items:
                if it['group'] not in order:
                    order.append(it['group'])
            rnd.shuffle(order)
            for g in order:
                code.append(group_object(c, [it for it in items if it['group'] == g]))
        if p.skew:
            code.append('Q')
        c.showPage()
    c.save()


def one_object(c, it):
    parts = ['q 0 0 0 rg', 'BT', '1 0 0 1 %.2f %.2f Tm' % (it['x'], it['y'])]
    if it['spacing']:
        parts.append('%.3f Tc' % it['spacing'])
    for name, s in pieces(c, it['s'], it['font']):
        parts.append('%s %s Tf (%s) Tj' % (name, fmt(it['size']), s))
    parts += ['ET', 'Q']
    return '\n'.join(parts)


def fmt(v):
    return ('%.2f' % v).rstrip('0').rstrip('.')


def group_object(c, items):
    lead = 13.0
    first = items[0]
    parts = ['q 0 0 0 rg', 'BT', '%s TL' % fmt(lead), '1 0 0 1 %.2f %.2f Tm' % (first['x'], first['y'] + lead)]
    cx, cy = first['x'], first['y'] + lead
    tc = 0.0
    for it in items:
        ps = pieces(c, it['s'], it['font'])
        name0, s0 = ps[0]
        parts.append('%s %s Tf' % (name0, fmt(it['size'])))
        if abs(it['x'] - cx) < 0.005 and abs((cy - lead) - it['y']) < 0.005:
            if it['spacing'] or tc:
                parts.append('0 %.3f (%s) "' % (it['spacing'], s0))
                tc = it['spacing']
            else:
                parts.append("(%s) '" % s0)
        else:
            if it['spacing'] != tc:
                parts.append('%.3f Tc' % it['spacing'])
                tc = it['spacing']
            parts.append('%.2f %.2f Td (%s) Tj' % (it['x'] - cx, it['y'] - cy, s0))
        cx, cy = it['x'], it['y']
        for name, s in ps[1:]:
            parts.append('%s %s Tf (%s) Tj' % (name, fmt(it['size']), s))
    parts += ['ET', 'Q']
    return '\n'.join(parts)


# ---------------------------------------------------------------- layout helpers
def heading(p, s, x, y, w, rgb, size=11):
    p.rect(x, y - size - 8, w, size + 8, rgb)
    p.text(s, x + 6, y - size - 4, size, 'G', bold=True, group=p.cur)
    return y - size - 24


def gap_table(p, x, y, cols, rows, header_rgb, cell_rgb, planned_rgb=None, size=8.5, rowh=17,
              aligns=None, bold_first=False, gap=1.4):
    """A grid made only of tinted cell rectangles with white gaps between them - no stroked rules."""
    aligns = aligns or ['left'] + ['center'] * (len(cols) - 1)
    for ri, row in enumerate(rows):
        cx = x
        rgb = header_rgb if ri == 0 else (planned_rgb if (planned_rgb and row[0].endswith('（予定）')) else cell_rgb)
        for ci, (cw, cell) in enumerate(zip(cols, row)):
            p.rect(cx + gap / 2, y - rowh + gap / 2, cw - gap, rowh - gap, rgb)
            if width(cell, 'G', size) > cw - 6:
                raise Refused(f'cell overflows its column: {cell!r}')
            a = aligns[ci] if ri else 'center'
            tx = cx + 4 if a == 'left' else (cx + cw - 4 if a == 'right' else cx + cw / 2)
            if cell:
                p.text(cell, tx, y - rowh + 5.5, size, 'G', align=a, exp=False,
                       bold=(bold_first and ci == 0) or ri == 0, group=p.cur)
            cx += cw
        p.exp.append('\t'.join(row))
        y -= rowh
    return y - 6


def ruled_table(p, x, y, cols, rows, size=8.5, rowh=16, aligns=None, header_rgb=(0.9, 0.92, 0.95), rules=True):
    aligns = aligns or ['left'] * len(cols)
    tw = sum(cols)
    p.rect(x, y - rowh, tw, rowh, header_rgb)
    if rules:
        p.rule(x, y, x + tw, y, 0.8)
    for ri, row in enumerate(rows):
        cx = x
        for ci, (cw, cell) in enumerate(zip(cols, row)):
            if width(cell, 'G', size) > cw - 6:
                raise Refused(f'cell overflows its column: {cell!r}')
            a = aligns[ci] if ri else 'left'
            tx = cx + 3 if a == 'left' else (cx + cw - 3 if a == 'right' else cx + cw / 2)
            if cell:
                p.text(cell, tx, y - rowh + 5, size, 'G', align=a, exp=False, group=p.cur)
            cx += cw
        p.exp.append('\t'.join(row))
        y -= rowh
        if rules:
            p.rule(x, y, x + tw, y, 0.4)
    return y - 6


def para(p, s, x, y, size=9, font='M', step=13.0, maxw=None, spacing=0.0):
    """one line per call (lines are pre-broken by the data)."""
    if maxw is not None and width(s, font, size) + spacing * len(s) > maxw:
        raise Refused(f'line too wide for its column: {s!r}')
    p.text(s, x, y, size, font, group=p.cur, spacing=spacing)
    return y - step


def page_number(p):
    p.text(f'- {p.n} -', W / 2, 26, 8, 'H', align='center', role='furniture', exp=False, group='pn')


# ---------------------------------------------------------------- data
def hiring_rows(spec, planned, labelfmt=None, textfmt=str):
    rows = []
    for fy, (a, aw), (t, tw) in spec:
        lab = era(fy)
        rows.append(dict(fiscalYear=fy, label=lab, labelText=labelfmt(fy) if labelfmt else lab, planned=False,
                         total=dict(count=a + t, text=textfmt(a + t), women=aw + tw, womenText=textfmt(aw + tw)),
                         admin=dict(count=a, text=textfmt(a), women=aw, womenText=textfmt(aw)),
                         tech=dict(count=t, text=textfmt(t), women=tw, womenText=textfmt(tw))))
    fy, a, t = planned
    lab = era(fy)
    rows.append(dict(fiscalYear=fy, label=lab, labelText=(labelfmt(fy) if labelfmt else lab) + '（予定）', planned=True,
                     total=dict(count=a + t, text=textfmt(a + t), women=None),
                     admin=dict(count=a, text=textfmt(a), women=None),
                     tech=dict(count=t, text=textfmt(t), women=None)))
    return rows


def cell(v):
    return v['text'] if v.get('women') is None else f"{v['text']}（{v['womenText']}）"


def common_facts(org, document, asof, asoftext, lead):
    y, m = asof.split('-')
    return dict(organization=org, document=document,
                edition=dict(year=int(y), asOf=asof, asOfText=asoftext),
                lead=dict(title='', text=[lead]))


# ============================================================ 大田区
def book_ota():
    f = common_facts('大田区', '大田区 職員採用案内', '2026-04', '令和8年4月発行',
                     '空の玄関口とものづくりのまちで、区民の暮らしを支える仕事です。')
    rows = hiring_rows([(2021, (98, 47), (31, 9)), (2022, (104, 52), (29, 8)), (2023, (112, 55), (35, 11)),
                        (2024, (109, 58), (38, 13)), (2025, (117, 61), (36, 12))], (2026, 120, 40))
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。令和8年度は採用予定数です。'],
                       tracks=dict(admin='事務', tech='技術'), textSynthesised=False,
                       layout='年度 | 事務 | 技術 | 計 as tinted cells with white gaps, no rules; labels faux bold', rows=rows)
    units = [('総務部', 12, None), ('区民部', 20, None), ('福祉部', 30, None), ('健康政策部', 10, 8),
             ('まちづくり推進部', 5, 14), ('都市基盤整備部', None, 14), ('地域力推進部', 18, None),
             ('産業経済部', 8, None), ('環境清掃部', 14, None)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                            tracks=dict(admin='事務', tech='技術'), layout='配属先 | 事務 | 技術, tinted cells',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled 区分 | 試験 | 職種 | 採用予定数', entries=[
                          dict(track='事務', exam='特別区職員Ⅰ類採用試験', text='', breakdown=[
                              dict(category='事務', count=104), dict(category='福祉', count=8)], total=112),
                          dict(track='事務', exam='特別区職員Ⅲ類採用試験', text='', breakdown=[
                              dict(category='一般事務', count=8)], total=8),
                          dict(track='技術', exam='特別区職員Ⅰ類採用試験', text='', breakdown=[
                              dict(category='土木', count=14), dict(category='建築', count=10),
                              dict(category='機械', count=4), dict(category='保健師', count=12)], total=40)])
    f['training'] = dict(title='人材育成', paragraphs=['入区後2年間は、先輩職員が指導役として付きます。',
                                                    '特別区の合同研修や民間企業への派遣研修もあります。'])
    f['initiatives'] = [dict(title='テレワーク', text='庁舎の外でも業務ができる端末を配備しています。'),
                        dict(title='時差勤務', text='始業時刻を7時30分から10時の間で選べます。'),
                        dict(title='ペーパーレス化', text='会議資料と決裁を電子化しています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得も進んでいます。'),
        dict(name='部分休業', duration='子が小学校就学前まで', durationText='子が小学校就学前まで', text='1日2時間まで勤務しないことができます。'),
        dict(name='介護休暇', duration='通算6か月まで', durationText='通算6か月まで', text='3回まで分割して取得できます。')]
    f['contacts'] = [dict(track='採用に関するお問い合わせ', office='大田区 総務部 人事課 人事係', tel=['03-5744-1327'],
                          email=['jinji-saiyo@city.ota.tokyo.jp'], location='', telText=['TEL 03-5744-1327'],
                          emailText=['E-mail jinji-saiyo@city.ota.tokyo.jp'], hoursText='受付時間 平日8:30～17:15')]
    f['access'] = dict(address='〒144-8621 東京都大田区蒲田5-13-14',
                       routes=['JR京浜東北線『蒲田』駅東口から徒歩1分', '京急本線『京急蒲田』駅西口から徒歩7分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(fauxbold='headings, table header cells and hiring year labels are drawn twice, the copy 0.35 pt to the right (overprinted faux bold)',
                       gaps='hiring and assignment tables are tinted cell rectangles with white gaps, no rules',
                       gutter='p2: two columns 8 pt apart, baselines shared, text objects in baseline order across both columns; the support section flows from the foot of the left column to the top of the right',
                       hours='the 受付時間 line')
    return dict(name='ota-2026', facts=f, seed=1, bold=True, build=layout_ota)


BLUE = (0.86, 0.91, 0.97)
BLUE2 = (0.70, 0.80, 0.92)
PALE = (0.95, 0.96, 0.98)
TINT = (0.99, 0.95, 0.86)


def layout_ota(f, bold):
    p1, p2 = Page(1), Page(2)
    for p in (p1, p2):
        p.bold = bold
        p.cur = None
    # masthead
    p = p1
    p.rect(0, 760, W, 82, (0.88, 0.93, 0.98))
    t = p.text('大田区', 48, 790, 24, 'M', exp=False, bold=True)
    p.text('職員採用案内', 48 + t['w'] + 10, 790, 13, 'G', exp=False)
    p.exp.append('大田区 職員採用案内')
    p.text(f['edition']['asOfText'], W - 48, 790, 9, 'G', align='right')
    y = 735
    y = para(p, f['lead']['text'][0], 48, y, 10.5, 'M', maxw=W - 96) - 8
    y = heading(p, '採用実績', 48, y, W - 96, BLUE)
    p.text(f['hiring']['intro'][0], 48, y, 9)
    y -= 8
    rows = [['年度', '事務', '技術', '計']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    y = gap_table(p, 48, y, [150, 110, 110, 110], rows, BLUE2, PALE, TINT, bold_first=True, rowh=18)
    p.text(f['hiring']['note'][0], 48, y - 4, 8)
    y -= 30
    y = heading(p, '配属実績', 48, y, W - 96, BLUE)
    p.text(f['assignments']['intro'], 48, y, 9)
    y -= 8
    rows = [['配属先', '事務', '技術']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = gap_table(p, 48, y, [170, 90, 90], rows, BLUE2, PALE, rowh=17)
    page_number(p1)
    # p2: a wide exam table, then two columns with an 8 pt gutter
    p = p2
    y = 800
    ex = f['exams']
    y = heading(p, ex['title'], 48, y, W - 96, BLUE)
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in ex['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], f"{b['count']}人"])
    y = ruled_table(p, 48, y, [70, 220, 110, 99.28], rows, aligns=['left', 'left', 'left', 'right'])
    y -= 6
    colw = (W - 96 - 8) / 2
    lx, rx = 48, 48 + colw + 8
    yl, yr = y, y
    # left column: initiatives, then support (which flows into the right column)
    yl = heading(p, '働きやすい職場づくり', lx, yl, colw, BLUE)
    for i in f['initiatives']:
        yl = para(p, '●' + i['title'], lx, yl, 9, 'G', maxw=colw)
        yl = para(p, i['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9) - 3
    yl = heading(p, f['supportTitle'], lx, yl - 4, colw, BLUE)
    sup = f['supportSystems']
    for s in sup[:2]:
        yl = para(p, '■' + s['name'] + '（' + s['durationText'] + '）', lx, yl, 9, 'G', maxw=colw)
        yl = para(p, s['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9) - 3
    # right column continues the support section at its top, no repeated heading
    yr = y
    for s in sup[2:]:
        yr = para(p, '■' + s['name'] + '（' + s['durationText'] + '）', rx, yr, 9, 'G', maxw=colw)
        yr = para(p, s['text'], rx + 9, yr, 8.5, 'M', maxw=colw - 9) - 3
    tr = f['training']
    yr = heading(p, tr['title'], rx, yr - 4, colw, BLUE)
    for s in tr['paragraphs']:
        yr = para(p, s, rx, yr, 8.5, 'M', maxw=colw) - 2
    c = f['contacts'][0]
    yr = heading(p, c['track'], rx, yr - 4, colw, BLUE)
    yr = para(p, c['office'], rx, yr, 9, 'G', maxw=colw)
    yr = para(p, c['telText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['emailText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['hoursText'], rx, yr, 8.5, 'G', maxw=colw)
    a = f['access']
    yr = heading(p, 'アクセス', rx, yr - 4, colw, BLUE)
    yr = para(p, a['address'], rx, yr, 8.5, 'G', maxw=colw)
    for r in a['routes']:
        yr = para(p, '■' + r.replace('『', '').replace('』', ''), rx, yr, 8.5, 'G', maxw=colw)
    p.stream = 'baseline'
    # expected text of p2: exam table, then the left column, then the right column
    page_number(p2)
    fix_column_order(p2, lx, rx)
    p1.stream = 'shuffle'
    return [p1, p2]


def fix_column_order(p, lx, rx):
    """The expected lines were appended left column first then right column: already so by construction."""
    return


# ============================================================ 瑞穂町
def book_mizuho():
    f = common_facts('瑞穂町', '瑞穂町 職員採用案内', '2026-03', '令和8年3月発行',
                     '狭山丘陵のふもとで、町民一人ひとりに身近な行政を担う仕事です。')
    rows = hiring_rows([(2021, (9, 4), (3, 1)), (2022, (10, 5), (2, 0)), (2023, (11, 6), (3, 1)),
                        (2024, (8, 3), (4, 1)), (2025, (10, 4), (3, 2))], (2026, 11, 3), textfmt=kanji_pos)
    f['hiring'] = dict(intro=['職員採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。令和8年度は採用予定数です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='ruled 年度 | 事務職 | 技術職 | 計; counts in positional kanji numerals (一〇（四）)', rows=rows)
    units = [('総務課', 2, None), ('企画課', 1, None), ('住民課', 2, None), ('福祉課', 2, None), ('税務課', 1, None),
             ('都市整備課', None, 2), ('上下水道課', None, 1), ('教育委員会事務局', 2, None)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                            tracks=dict(admin='事務職', tech='技術職'), layout='ruled 配属先 | 事務職 | 技術職',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled 区分 | 試験 | 職種 | 採用予定数', entries=[
                          dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=9)], total=9),
                          dict(track='事務職', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=2)], total=2),
                          dict(track='技術職', exam='大学卒業程度', text='', breakdown=[
                              dict(category='土木', count=2), dict(category='建築', count=1)], total=3)])
    f['training'] = dict(title='職員研修', paragraphs=['新規採用職員研修のあと、東京都市町村職員研修所の研修を受けます。',
                                                    '入庁3年目までは、ジョブローテーションで複数の課を経験します。'])
    f['initiatives'] = [dict(title='時差出勤', text='始業時刻を3通りから選べます。'),
                        dict(title='年次休暇の計画取得', text='夏季に連続休暇を取りやすくしています。'),
                        dict(title='職員提案制度', text='若手職員の提案を施策に生かしています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '子育て・介護の支援'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='最大3回まで分割して取得できます。'),
        dict(name='育児時間', duration='子が1歳6か月に達するまで', durationText='子が1歳6か月に達するまで', text='1日2回、各45分まで取得できます。'),
        dict(name='介護休暇', duration='通算6か月まで', durationText='通算6か月まで', text='必要な日や時間に分けて取得できます。')]
    f['contacts'] = [dict(track='お問い合わせ', office='瑞穂町 総務課 人事係', tel=['042-557-0581'],
                          email=['jinji@town.mizuho.tokyo.jp'], location='', telText=['TEL 042-557-0581'],
                          emailText=['E-mail jinji@town.mizuho.tokyo.jp'], hoursText='受付時間 平日8:30～17:15')]
    f['access'] = dict(address='〒190-1292 東京都瑞穂町大字箱根ケ崎2335',
                       routes=['JR八高線『箱根ケ崎』駅から徒歩20分'], routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(kanji='hiring counts in positional kanji numerals with 〇 (一〇（四）, 一三（六）, planned 一四)',
                       quote='every column (and every table) is ONE text object: TL set once, lines by the \' and " operators and relative Td, never an absolute Tm after the first',
                       hours='the 受付時間 line')
    return dict(name='mizuho-2026', facts=f, seed=2, bold=False, build=layout_mizuho)


GREEN = (0.87, 0.94, 0.88)


def layout_mizuho(f, bold):
    p1, p2 = Page(1), Page(2)
    for p in (p1, p2):
        p.bold = bold
        p.stream = 'groups'
    p = p1
    p.cur = 'mast'
    p.rect(0, 768, W, 74, GREEN)
    t = p.text('瑞穂町', 48, 795, 24, 'M', exp=False)
    p.text('職員採用案内', 48 + t['w'] + 10, 795, 13, 'G', exp=False)
    p.exp.append('瑞穂町 職員採用案内')
    p.cur = 'ed'
    p.text(f['edition']['asOfText'], W - 48, 795, 9, 'G', align='right')
    p.cur = 'body1'
    y = 740
    y = para(p, f['lead']['text'][0], 48, y, 10.5, 'M', maxw=W - 96) - 8
    y = heading(p, '採用実績', 48, y, W - 96, GREEN)
    p.text(f['hiring']['intro'][0], 48, y, 9, group=p.cur)
    y -= 8
    p.cur = 'hire'
    rows = [['年度', '事務職', '技術職', '計']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    y = ruled_table(p, 48, y, [150, 110, 110, 110], rows, aligns=['left', 'right', 'right', 'right'], rowh=18)
    p.cur = 'body2'
    p.text(f['hiring']['note'][0], 48, y - 4, 8, group=p.cur)
    y -= 30
    y = heading(p, '配属実績', 48, y, W - 96, GREEN)
    p.text(f['assignments']['intro'], 48, y, 9, group=p.cur)
    y -= 8
    p.cur = 'assign'
    rows = [['配属先', '事務職', '技術職']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = ruled_table(p, 48, y, [170, 90, 90], rows, aligns=['left', 'right', 'right'])
    p.cur = 'pn'
    page_number(p1)
    # p2: exam table across, then two columns, each ONE text object
    p = p2
    p.cur = 'examhead'
    y = 800
    ex = f['exams']
    y = heading(p, ex['title'], 48, y, W - 96, GREEN)
    p.cur = 'exam'
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in ex['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], f"{b['count']}人"])
    y = ruled_table(p, 48, y, [90, 170, 120, 119.28], rows, aligns=['left', 'left', 'left', 'right'])
    colw = (W - 96 - 24) / 2
    lx, rx = 48, 48 + colw + 24
    p.cur = 'left'
    yl = heading(p, '働きやすい職場づくり', lx, y - 6, colw, GREEN)
    for i in f['initiatives']:
        yl = para(p, '◆' + i['title'], lx, yl, 9, 'G', maxw=colw)
        yl = para(p, i['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9)
    yl = heading(p, f['supportTitle'], lx, yl - 6, colw, GREEN)
    for s in f['supportSystems']:
        yl = para(p, '■' + s['name'], lx, yl, 9, 'G', maxw=colw)
        yl = para(p, s['durationText'], lx + 9, yl, 8.5, 'G', maxw=colw - 9)
        yl = para(p, s['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9, spacing=0.3)
    p.cur = 'right'
    yr = heading(p, f['training']['title'], rx, y - 6, colw, GREEN)
    for s in f['training']['paragraphs']:
        # pre-broken into two lines each
        half = len(s) // 2
        while s[half] in KINSOKU:
            half += 1
        yr = para(p, s[:half], rx, yr, 8.5, 'M', maxw=colw)
        yr = para(p, s[half:], rx, yr, 8.5, 'M', maxw=colw)
    c = f['contacts'][0]
    yr = heading(p, c['track'], rx, yr - 6, colw, GREEN)
    yr = para(p, c['office'], rx, yr, 9, 'G', maxw=colw)
    yr = para(p, c['telText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['emailText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['hoursText'], rx, yr, 8.5, 'G', maxw=colw)
    a = f['access']
    yr = heading(p, 'アクセス', rx, yr - 6, colw, GREEN)
    yr = para(p, a['address'], rx, yr, 8.5, 'G', maxw=colw)
    for r in a['routes']:
        yr = para(p, '■' + r.replace('『', '').replace('』', ''), rx, yr, 8.5, 'G', maxw=colw)
    p.cur = 'pn'
    page_number(p2)
    return [p1, p2]


# ============================================================ 東京検疫所
def book_kenekisho():
    f = common_facts('東京検疫所', '東京検疫所 職員採用案内', '2026-02', '令和8年2月現在',
                     '海と空の玄関口で、感染症の侵入を防ぎ、輸入食品の安全を守る仕事です。')
    rows = hiring_rows([(2021, (6, 3), (14, 8)), (2022, (5, 2), (16, 9)), (2023, (7, 4), (15, 7)),
                        (2024, (6, 2), (18, 10)), (2025, (8, 5), (17, 9))], (2026, 7, 18))
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。令和8年度は採用予定数です。'],
                       tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                       layout='ruled 年度 | 事務系 | 技術系 | 計 on a page skewed 0.6 degrees', rows=rows)
    units = [('総務課', 3, None), ('検疫課', 2, 6), ('食品監視課', 1, 7), ('輸入食品・検疫検査センター', None, 4),
             ('羽田空港検疫所支所', 2, None)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                            tracks=dict(admin='事務系', tech='技術系'), layout='ruled 配属先 | 事務系 | 技術系',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled 区分 | 試験 | 職種 | 採用予定数', entries=[
                          dict(track='事務系', exam='国家公務員採用一般職試験（大卒程度）', text='', breakdown=[
                              dict(category='行政', count=7)], total=7),
                          dict(track='技術系', exam='検疫官・食品監視員採用選考（大卒程度）', text='', breakdown=[
                              dict(category='食品監視', count=10), dict(category='検疫衛生', count=6)], total=16),
                          dict(track='技術系', exam='大学院修士課程修了程度（専門職選考）', text='', breakdown=[
                              dict(category='理化学検査', count=2)], total=2)])
    f['training'] = dict(title='研修', paragraphs=['採用後に検疫業務の基礎研修と語学研修を受けます。',
                                                '成田・関西などの検疫所との人事交流があります。'])
    f['initiatives'] = [dict(title='交替制勤務の負担軽減', text='夜間の到着便対応は当番制で回しています。'),
                        dict(title='テレワーク', text='書類審査の一部を在宅で行えます。'),
                        dict(title='資格取得支援', text='業務に必要な資格の受験費用を補助します。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と家庭の両立'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='2回まで取得できます。'),
        dict(name='育児短時間勤務', duration='子が小学校就学前まで', durationText='子が小学校就学前まで', text='週の勤務時間を短くできます。'),
        dict(name='介護休暇', duration='通算6か月まで', durationText='通算6か月まで', text='3回まで分割して取得できます。')]
    f['contacts'] = [dict(track='採用に関するお問い合わせ', office='東京検疫所 総務課 人事係', tel=['03-3599-1513'],
                          email=['saiyo-tokyo@forth.go.jp'], location='', telText=['TEL 03-3599-1513'],
                          emailText=['E-mail saiyo-tokyo@forth.go.jp'], hoursText='受付時間 平日9:00～17:00')]
    f['access'] = dict(address='〒135-0064 東京都江東区青海2-7-11',
                       routes=['ゆりかもめ『テレコムセンター』駅から徒歩5分', 'りんかい線『東京テレポート』駅から徒歩15分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(skew='page 1 (everything on it, text and graphics) is drawn under a rotation of 0.6 degrees about the page centre, as a scan whose text layer follows the skew',
                       fauxbold='headings and hiring header/labels overprinted 0.35 pt to the right',
                       hours='the 受付時間 line')
    return dict(name='kenekisho-2026', facts=f, seed=3, bold=True, build=layout_kenekisho)


TEAL = (0.85, 0.93, 0.93)


def layout_kenekisho(f, bold):
    p1, p2 = Page(1), Page(2)
    for p in (p1, p2):
        p.bold = bold
        p.cur = None
    p = p1
    p.skew = 0.6
    p.rect(30, 760, W - 60, 60, TEAL)
    t = p.text('東京検疫所', 52, 783, 22, 'M', exp=False, bold=True)
    p.text('職員採用案内', 52 + t['w'] + 10, 783, 12, 'G', exp=False)
    p.exp.append('東京検疫所 職員採用案内')
    p.text(f['edition']['asOfText'], W - 52, 783, 9, 'G', align='right')
    y = 730
    y = para(p, f['lead']['text'][0], 52, y, 10, 'M', maxw=W - 104) - 8
    y = heading(p, '採用実績', 52, y, W - 104, TEAL)
    p.text(f['hiring']['intro'][0], 52, y, 9)
    y -= 8
    rows = [['年度', '事務系', '技術系', '計']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    y = ruled_table(p, 52, y, [150, 115, 115, 110], rows, aligns=['left', 'right', 'right', 'right'], rowh=18)
    p.text(f['hiring']['note'][0], 52, y - 4, 8)
    y -= 30
    y = heading(p, '配属実績', 52, y, W - 104, TEAL)
    p.text(f['assignments']['intro'], 52, y, 9)
    y -= 8
    rows = [['配属先', '事務系', '技術系']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = ruled_table(p, 52, y, [200, 90, 90], rows, aligns=['left', 'right', 'right'])
    page_number(p1)
    p = p2
    y = 800
    ex = f['exams']
    y = heading(p, ex['title'], 48, y, W - 96, TEAL)
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in ex['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], f"{b['count']}人"])
    y = ruled_table(p, 48, y, [60, 250, 100, 89.28], rows, aligns=['left', 'left', 'left', 'right'])
    colw = (W - 96 - 24) / 2
    lx, rx = 48, 48 + colw + 24
    yl = heading(p, '働きやすい職場づくり', lx, y - 6, colw, TEAL)
    for i in f['initiatives']:
        yl = para(p, '●' + i['title'], lx, yl, 9, 'G', maxw=colw)
        yl = para(p, i['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9)
    yl = heading(p, f['supportTitle'], lx, yl - 6, colw, TEAL)
    for s in f['supportSystems']:
        yl = para(p, '■' + s['name'] + '（' + s['durationText'] + '）', lx, yl, 8.5, 'G', maxw=colw)
        yl = para(p, s['text'], lx + 9, yl, 8.5, 'M', maxw=colw - 9)
    tr = f['training']
    yr = heading(p, tr['title'], rx, y - 6, colw, TEAL)
    for s in tr['paragraphs']:
        yr = para(p, s, rx, yr, 8.5, 'M', maxw=colw)
    c = f['contacts'][0]
    yr = heading(p, c['track'], rx, yr - 6, colw, TEAL)
    yr = para(p, c['office'], rx, yr, 9, 'G', maxw=colw)
    yr = para(p, c['telText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['emailText'][0], rx, yr, 8.5, 'H', maxw=colw)
    yr = para(p, c['hoursText'], rx, yr, 8.5, 'G', maxw=colw)
    a = f['access']
    yr = heading(p, 'アクセス', rx, yr - 6, colw, TEAL)
    yr = para(p, a['address'], rx, yr, 8.5, 'G', maxw=colw)
    for r in a['routes']:
        yr = para(p, '■' + r.replace('『', '').replace('』', ''), rx, yr, 8.5, 'G', maxw=colw)
    page_number(p2)
    return [p1, p2]


BOOKS = {'ota': book_ota, 'mizuho': book_mizuho, 'kenekisho': book_kenekisho}


# ---------------------------------------------------------------- checks
def standin(f):
    h = f['hiring']
    def side(v):
        return dict(count=v['count'], women=v.get('women'))
    doc = dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=side(r['total']),
                               administrative=side(r['admin']), technical=side(r['tech'])) for r in h['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'], rows=[
            dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=score_extract.track(e['track']), level=score_extract.level(e['exam']),
                                         category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))
    return doc


def nospace(s):
    return ''.join(s.split())


def check_book(b, pages, pdf_bytes, pdf_path):
    f = b['facts']
    errs = []
    # fonts, margins, overlaps, kinsoku, multiset
    for p in pages:
        body = [it for it in p.items if it['role'] == 'body']
        for it in p.items:
            if it['font'] == 'H':
                if any(ord(ch) > 126 for ch in it['s']):
                    errs.append(f"p{p.n}: non-ASCII in Helvetica: {it['s']!r}")
            else:
                face = pdfmetrics.getFont(it['font']).face
                for ch in it['s']:
                    if ord(ch) not in face.charToGlyph:
                        errs.append(f"p{p.n}: glyph missing from {it['font']}: {ch!r}")
            corners = [(it['x'], it['y'] - 0.2 * it['size']), (it['x'] + it['w'], it['y'] + 0.9 * it['size'])]
            if p.skew:
                a = math.radians(p.skew)
                cx, cy = W / 2, H / 2
                corners = [(cx + math.cos(a) * (x - cx) - math.sin(a) * (y - cy),
                            cy + math.sin(a) * (x - cx) + math.cos(a) * (y - cy))
                           for x in (corners[0][0], corners[1][0]) for y in (corners[0][1], corners[1][1])]
            for x, y in corners:
                if x < EDGE or x > W - EDGE or y < EDGE or y > H - EDGE:
                    errs.append(f"p{p.n}: text in the edge margin: {it['s']!r}")
                    break
        boxes = [(it['x'], it['y'] - 0.2 * it['size'], it['x'] + it['w'], it['y'] + 0.85 * it['size'], it) for it in body]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, c = boxes[i], boxes[j]
                if a[0] < c[2] - 0.5 and c[0] < a[2] - 0.5 and a[1] < c[3] - 0.5 and c[1] < a[3] - 0.5:
                    errs.append(f"p{p.n}: overlap {a[4]['s']!r} / {c[4]['s']!r}")
        for line in p.exp:
            if line and line[0] in KINSOKU:
                errs.append(f'p{p.n}: expected line starts with a kinsoku character: {line!r}')
        drawn = Counter(nospace(''.join(it['s'] for it in body)))
        want = Counter(nospace(''.join(p.exp)))
        if drawn != want:
            errs.append(f'p{p.n}: drawn text and expected text differ: +{dict(drawn - want)} -{dict(want - drawn)}')
    # arithmetic
    rows = f['hiring']['rows']
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            errs.append(f"hiring {r['labelText']}: total != admin + tech")
        if not r['planned']:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                errs.append(f"hiring {r['labelText']}: women total != admin + tech")
            for k in ('total', 'admin', 'tech'):
                v = r[k]
                if v.get('women') is None or v['women'] > v['count']:
                    errs.append(f"hiring {r['labelText']} {k}: women missing or > count")
        else:
            if any(r[k].get('women') is not None for k in ('total', 'admin', 'tech')):
                errs.append('planned row has women')
        if r['label'] != era(r['fiscalYear']):
            errs.append(f"hiring {r['labelText']}: label is not the era label of {r['fiscalYear']}")
        for k in ('total', 'admin', 'tech'):
            v = r[k]
            num = v['text']
            val = int(''.join(str(KANJI.index(ch)) if ch in KANJI else ch for ch in unicodedata.normalize('NFKC', num)))
            if val != v['count']:
                errs.append(f"hiring {r['labelText']} {k}: printed {num!r} is not {v['count']}")
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']:
        errs.append('exactly one planned row, the last, is required')
    actual = [r['fiscalYear'] for r in rows if not r['planned']]
    if len(actual) < 5 or actual != list(range(actual[0], actual[0] + len(actual))):
        errs.append('need >= 5 consecutive actual years')
    py = rows[-1]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4]) == actual[-1] + 1):
        errs.append('planned year, edition year, exam year and last actual + 1 disagree')
    a = f['assignments']
    if a['cohortFiscalYear'] != actual[-1]:
        errs.append('assignment cohort is not the last actual year')
    last = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count'] or sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']:
        errs.append('assignment sums differ from the cohort hires')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        errs.append('duplicate assignment unit')
    if any(v is not None and v <= 0 for r in a['rows'] for v in (r['admin'], r['tech'])):
        errs.append('zero or negative assignment count')
    keys = set()
    by_track = Counter()
    for e in f['exams']['entries']:
        if e['total'] != sum(x['count'] for x in e['breakdown']):
            errs.append(f"exam entry total != its categories: {e['exam']}")
        if score_extract.track(e['track']) == 'other':
            errs.append(f"exam track maps to other: {e['track']}")
        for x in e['breakdown']:
            k = (score_extract.track(e['track']), score_extract.level(e['exam']), score_extract.norm(x['category']))
            if k in keys:
                errs.append(f'exam categories collide: {k}')
            keys.add(k)
            by_track[score_extract.track(e['track'])] += x['count']
    if by_track['administrative'] != rows[-1]['admin']['count'] or by_track['technical'] != rows[-1]['tech']['count']:
        errs.append('exam categories differ from the planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            errs.append('support duration != durationText')
    # hiring rows are lines of the expected text
    allexp = [l for p in pages for l in p.exp]
    for r in rows:
        line = [l for l in allexp if l.split('\t')[0] == r['labelText']]
        cells = line[0].split('\t') if line else []
        for k in ('total', 'admin', 'tech'):
            if cell(r[k]) not in cells:
                errs.append(f"hiring {r['labelText']} {k}: {cell(r[k])!r} not a cell of its expected line")
    # fact strings printed
    text = nospace(''.join(allexp))
    strings = [f['organization'], f['edition']['asOfText'], f['lead']['text'][0], *f['hiring']['intro'], *f['hiring']['note'],
               f['hiring']['tracks']['admin'], f['hiring']['tracks']['tech'], f['assignments']['intro'],
               *[r['unit'] for r in a['rows']], f['exams']['title'],
               *[e['track'] for e in f['exams']['entries']], *[e['exam'] for e in f['exams']['entries']],
               *[x['category'] for e in f['exams']['entries'] for x in e['breakdown']],
               f['training']['title'], *f['training']['paragraphs'], f['supportTitle'],
               *[i['title'] for i in f['initiatives']], *[i['text'] for i in f['initiatives']],
               *[s['name'] for s in f['supportSystems']], *[s['durationText'] for s in f['supportSystems']],
               *[s['text'] for s in f['supportSystems']], f['access']['address'],
               *[r.replace('『', '').replace('』', '') for r in f['access']['routes']]]
    for c in f['contacts']:
        strings += [c['track'], c['office'], *c['tel'], *c['email'], *c['telText'], *c['emailText'], c['hoursText']]
        for t, tt in zip(c['tel'], c['telText']):
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', tt):
                errs.append('telText digits differ from tel')
        for m, mt in zip(c['email'], c['emailText']):
            if m not in mt:
                errs.append('emailText does not hold the e-mail')
    for s in strings:
        if nospace(s) not in text:
            errs.append(f'fact string not printed: {s!r}')
    # the scorer on a stand-in document
    drawn = score_extract.norm(''.join(allexp))
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        errs.append(f'stand-in document misses: {bad}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        errs.append(f'checks not reached: {need - kinds}')
    if any(ok for _, ok in score_extract.checks(f, {}, drawn)):
        errs.append('an empty document scores')
    # pdftotext
    if pdf_path:
        for p in pages:
            out = subprocess.run(['pdftotext', '-f', str(p.n), '-l', str(p.n), pdf_path, '-'],
                                 capture_output=True, text=True).stdout
            got = set(nospace(out))
            vis = set(nospace(''.join(it['s'] for it in p.items if it['role'] != 'dup')))
            if vis - got:
                errs.append(f'p{p.n}: pdftotext lacks drawn characters {sorted(vis - got)[:10]}')
            if got - vis:
                errs.append(f'p{p.n}: pdftotext gives characters never drawn {sorted(got - vis)[:10]}')
        # BT count
        data = pdf_bytes.decode('latin-1')
        bts = len(re.findall(r'^BT$', data, re.M))
        if b['name'].startswith('mizuho'):
            want = sum(len({it['group'] for it in p.items}) for p in pages)
        else:
            want = sum(len(p.items) for p in pages)
        # reportlab writes one text-less BT per page for its initial font state
        if bts not in (want, want + len(pages)):
            errs.append(f'{bts} BT lines for {want} text objects')
    return errs


def render(b, path):
    pages = b['build'](b['facts'], b['bold'])
    b['pages'] = pages
    draw(b, path)
    with open(path, 'rb') as fh:
        return pages, fh.read()


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'


def make(b, outdir, write=True):
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        p1 = os.path.join(td, 'a.pdf')
        p2 = os.path.join(td, 'b.pdf')
        pages, data = render(b, p1)
        _, data2 = render(copy.copy(b), p2)
        errs = []
        if data != data2:
            errs.append('two renderings differ')
        errs += check_book(b, pages, data, p1)
    if errs:
        raise Refused('; '.join(errs))
    if write:
        base = os.path.join(outdir, b['name'])
        with open(base + '.pdf', 'wb') as fh:
            fh.write(data)
        with open(base + '.facts.json', 'w', encoding='utf-8') as fh:
            json.dump(b['facts'], fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        with open(base + '.expected.txt', 'w', encoding='utf-8') as fh:
            fh.write(expected_text(pages))
    return pages


# ---------------------------------------------------------------- fault injection
def faults():
    def hire_total(f): f['hiring']['rows'][1]['total']['count'] += 1
    def hire_women(f): f['hiring']['rows'][2]['total']['women'] += 1
    def assign(f): f['assignments']['rows'][0]['admin'] = (f['assignments']['rows'][0]['admin'] or 0) + 1
    def exam(f): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def email(f): f['contacts'][0]['email'] = ['other@example.jp']
    def planned_women(f): f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1')
    def planned_first(f): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    def collide(f): f['exams']['entries'][1]['breakdown'][0]['category'] = f['exams']['entries'][0]['breakdown'][0]['category']; f['exams']['entries'][1]['exam'] = f['exams']['entries'][0]['exam']; f['exams']['entries'][1]['track'] = f['exams']['entries'][0]['track']
    def dup_unit(f): f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']
    def era_label(f): f['hiring']['rows'][0]['label'] = '令和2年度'
    def printed(f): f['hiring']['rows'][0]['admin']['text'] = f['hiring']['rows'][1]['admin']['text'] if f['hiring']['rows'][0]['admin']['count'] != f['hiring']['rows'][1]['admin']['count'] else 'x'
    def last_exam(f):
        e = f['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    data = [('hiring total +1', hire_total), ('women total +1', hire_women), ('assignment +1', assign),
            ('exam count +1', exam), ('e-mail not printed', email), ('women on the planned row', planned_women),
            ('planned row first', planned_first), ('colliding exam category', collide), ('duplicated unit', dup_unit),
            ('wrong era label', era_label), ('printed count differs', printed), ('last exam category +1', last_exam)]
    layout = []

    def wrap(kind):
        def build_wrapper(orig):
            def build(f, bold):
                pages = orig(f, bold)
                p = pages[0]
                body = [it for it in p.items if it['role'] == 'body']
                it = body[3]
                if kind == 'overlap':
                    d = dict(it); d['x'] += 2; p.items.append(d); p.exp.append(d['s'])
                elif kind == 'extra':
                    p.exp.append('余')
                elif kind == 'emoji':
                    p.text('🙂', 300, 60, 9, group=it['group'])
                elif kind == 'edge':
                    p.text('端', 5, 400, 9, group=it['group'])
                elif kind == 'kinsoku':
                    p.text('。', 300, 45, 9, group=it['group'])
                elif kind == 'pagenumber':
                    for x in p.items:
                        if x['role'] == 'furniture':
                            x['role'] = 'body'
                return pages
            return build
        return build_wrapper
    for k in ('overlap', 'extra', 'emoji', 'edge', 'kinsoku', 'pagenumber'):
        layout.append((k, wrap(k)))
    return data, layout


def selftest(verbose):
    data, layout = faults()
    n = ok = 0
    for key, mk in BOOKS.items():
        for name, fn in data:
            b = mk()
            fn(b['facts'])
            n += 1
            try:
                make(b, tempfile.gettempdir(), write=False)
                print(f'NOT REFUSED: {key}: {name}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'refused {key}: {name}: {str(e)[:160]}')
        for name, w in layout:
            b = mk()
            b['build'] = w(b['build'])
            n += 1
            try:
                make(b, tempfile.gettempdir(), write=False)
                print(f'NOT REFUSED: {key}: {name}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'refused {key}: {name}: {str(e)[:160]}')
    # an overflowing cell in a scratch table
    n += 1
    try:
        p = Page(1); p.bold = False; p.cur = None
        ruled_table(p, 48, 700, [40, 40], [['年度', '計'], ['とても長い区分の名称', '1']])
        print('NOT REFUSED: overflowing cell')
    except Refused as e:
        ok += 1
        if verbose:
            print(f'refused scratch: overflowing cell: {e}')
    print(f'selftest: {ok}/{n} faults refused')
    return ok == n


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BOOKS)
    for nm in names:
        b = BOOKS[nm]()
        make(b, OUT)
        print('wrote', b['name'])


if __name__ == '__main__':
    main()
