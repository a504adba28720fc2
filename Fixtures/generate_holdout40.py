#!/usr/bin/env python3
"""Blind holdout set 40: three synthetic Japanese recruitment brochures (松江市, 海難審判所, 物質・材料研究機構).

Self-contained: page model in PDF coordinates, a ruled-table helper, kinsoku line breaking,
shuffled drawing of one text object per visual line, the checks, and a fault-injection self-test.

  python3 Fixtures/generate_holdout40.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout40.py matsue          # one (matsue, jmat, nims)
  python3 Fixtures/generate_holdout40.py --selftest -v   # every injected fault must be refused
"""
import collections, copy, io, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout40')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
import score_extract  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 14.0
ASC, DESC = 0.88, 0.14


class Refused(Exception):
    pass


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dicts: x, y, s, font, size, color, furniture
        self.gfx = []        # (op, args)
        self.lines = []      # expected lines (reading order)

    def put(self, x, y, s, font='M', size=9, color=(0, 0, 0), align='left', furniture=False):
        w = sw(s, font, size)
        if align == 'right':
            x = x - w
        elif align == 'center':
            x = x - w / 2
        it = dict(x=round(x, 2), y=round(y, 2), s=s, font=font, size=size, color=color, furniture=furniture, w=w)
        self.items.append(it)
        return it

    def emit(self, line):
        self.lines.append(line)

    def tline(self, x, y, s, font='M', size=9, color=(0, 0, 0), align='left'):
        self.put(x, y, s, font, size, color, align)
        self.emit(s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None):
        self.gfx.append(('rect', (x, y, w, h, fill, stroke, lw, dash)))

    def hline(self, x0, x1, y, color=(0, 0, 0), lw=0.5):
        self.gfx.append(('line', (x0, y, x1, y, color, lw)))

    def vline(self, x, y0, y1, color=(0, 0, 0), lw=0.5):
        self.gfx.append(('line', (x, y0, x, y1, color, lw)))


# ---------------------------------------------------------------- kinsoku line breaking
NO_START = set('、。，．,.・：；？！）」』】〕〉》ー～〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〃％')
NO_END = set('（「『【〔〈《')


def wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, font, size) <= width or not cur:
            cur += ch
            continue
        # break before ch; fix kinsoku by carrying characters down
        nxt = ch
        while cur and (nxt[0] in NO_START or cur[-1] in NO_END):
            nxt = cur[-1] + nxt
            cur = cur[:-1]
        if not cur:
            raise Refused('wrap: cannot break %r' % text)
        lines.append(cur)
        cur = nxt
    if cur:
        lines.append(cur)
    return lines


def check_kinsoku(lines):
    for i, ln in enumerate(lines):
        if i > 0 and ln[0] in NO_START:
            raise Refused('kinsoku: wrapped line starts with %r: %r' % (ln[0], ln))
        if i < len(lines) - 1 and ln[-1] in NO_END:
            raise Refused('kinsoku: wrapped line ends with %r: %r' % (ln[-1], ln))


FAULT = None  # set by the self-test


def para(p, x, y, width, text, font='M', size=9, lead=None, color=(0, 0, 0)):
    lead = lead or size * 1.6
    lines = wrap(text, font, size, width)
    if FAULT == 'kinsoku':
        lines = lines + ['。']
    check_kinsoku(lines)
    for ln in lines:
        if sw(ln, font, size) > width + 0.01:
            raise Refused('paragraph line too wide: %r' % ln)
        p.tline(x, y, ln, font, size, color)
        y -= lead
    return y


# ---------------------------------------------------------------- tables
def table(p, x, ytop, colws, rows, size=8.5, rowh=17, font='M', head_font='G', head_rows=(0,), tint=None,
          aligns=None, rules=True, emit=True, tint_rows=(), pad=3):
    """rows: list of lists of cells; a cell is a string or a list of strings (several text lines)."""
    y = ytop
    for ri, row in enumerate(rows):
        if ri in tint_rows or (tint and ri in head_rows):
            p.rect(x, y - rowh, sum(colws), rowh, fill=tint if ri in head_rows else (0.93, 0.93, 0.93))
        cx = x
        cells_txt = []
        for ci, cell in enumerate(row):
            parts = cell if isinstance(cell, list) else ([cell] if cell != '' else [])
            f = head_font if ri in head_rows else font
            n = len(parts)
            lh = size * 1.25
            base0 = y - rowh / 2 - size * 0.35 + (n - 1) * lh / 2
            for k, t in enumerate(parts):
                if sw(t, f, size) > colws[ci] - 2 * pad:
                    raise Refused('cell overflows its width: %r' % t)
                al = (aligns or ['left'] * len(colws))[ci] if ri not in head_rows else 'center'
                if al == 'left':
                    p.put(cx + pad, base0 - k * lh, t, f, size)
                elif al == 'right':
                    p.put(cx + colws[ci] - pad, base0 - k * lh, t, f, size, align='right')
                else:
                    p.put(cx + colws[ci] / 2, base0 - k * lh, t, f, size, align='center')
            cells_txt.append(''.join(parts))
            cx += colws[ci]
        if emit:
            p.emit('\t'.join(cells_txt))
        y -= rowh
    if rules:
        tw = sum(colws)
        for ri in range(len(rows) + 1):
            p.hline(x, x + tw, ytop - ri * rowh, lw=0.8 if ri in (0, len(rows)) else 0.4)
        cx = x
        for cw in colws + [0]:
            p.vline(cx, ytop - len(rows) * rowh, ytop, lw=0.4)
            cx += cw
    return y


def heading(p, x, y, s, color=(0.1, 0.25, 0.5), size=12, width=None):
    p.rect(x, y - 3, 4, size + 1, fill=color)
    p.tline(x + 9, y, s, 'G', size)
    if width:
        p.hline(x, x + width, y - 5, color=color, lw=0.6)


# ---------------------------------------------------------------- data helpers
def era(fy):
    return '令和%d年度' % (fy - 2018)


def hiring_rows(spec, planned_label):
    """spec: (fy, (admin, women), (tech, women)); last entry planned with women None."""
    rows = []
    for i, (fy, a, t) in enumerate(spec):
        planned = i == len(spec) - 1
        r = dict(fiscalYear=fy, label=era(fy), labelText=planned_label if planned else era(fy), planned=planned)
        for key, (c, w) in (('admin', a), ('tech', t)):
            r[key] = dict(count=c, women=w, text=str(c))
        r['total'] = dict(count=a[0] + t[0], women=None if a[1] is None else a[1] + t[1], text=str(a[0] + t[0]))
        rows.append(r)
    for r in rows:
        for key in ('admin', 'tech', 'total'):
            if r[key]['women'] is not None:
                r[key]['womenText'] = str(r[key]['women'])
            else:
                r[key].pop('women')
                r[key]['women'] = None
    # key order like earlier sets
    return [dict(fiscalYear=r['fiscalYear'], label=r['label'], labelText=r['labelText'], planned=r['planned'],
                 total=r['total'], admin=r['admin'], tech=r['tech']) for r in rows]


def cnt(c):
    return '－' if c is None else str(c)


def wcell(h):
    return '－' if h.get('women') is None else str(h['women'])


# ================================================================= 松江市
def facts_matsue():
    f = dict(organization='松江市', document='松江市 職員採用案内',
             edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月発行'),
             lead=dict(title='', text=['宍道湖と松江城のまち、松江。水の都の暮らしを支え、次の百年をともにつくる職員を募集します。']))
    rows = hiring_rows([(2020, (30, 14), (12, 2)), (2021, (33, 16), (14, 3)), (2022, (29, 15), (13, 4)),
                        (2023, (35, 18), (15, 3)), (2024, (34, 17), (16, 5)), (2025, (36, 19), (15, 4)),
                        (2026, (38, None), (16, None))], '令和8年度（予定）')
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※うち女性は内数です。令和8年度は採用予定数です。',
                                                        '※配属先は令和7年4月1日現在です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='years down, ONE RULED FRAME shared with the assignment table (same row rules and baselines, a tinted gutter column)',
                       rows=rows)
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                            tracks=dict(admin='事務', tech='技術'),
                            layout='right part of the shared frame, `－` for none',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in [
                                ('総務部', 5, 2), ('市民部', 6, None), ('健康福祉部', 9, None), ('子育て部', 7, None),
                                ('産業経済部', 5, 1), ('都市整備部', 2, 7), ('上下水道局', 2, 5)]])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled table 区分 | 試験 | 職種 | 採用予定 with DITTO MARKS 〃 in 区分 and 試験',
                      entries=[
                          dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=28), dict(category='福祉', count=4)], total=32),
                          dict(track='事務職', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=6)], total=6),
                          dict(track='技術職', exam='大学卒業程度', text='', breakdown=[dict(category='土木', count=8), dict(category='建築', count=3), dict(category='電気', count=2)], total=13),
                          dict(track='技術職', exam='高校卒業程度', text='', breakdown=[dict(category='土木（高卒）', count=3)], total=3)])
    f['training'] = dict(title='研修・育成', paragraphs=[
        '新規採用職員研修から始まり、階層別研修や専門研修で、職員一人ひとりの成長を支えます。',
        '島根県や国への派遣研修、大学院での学び直しを支える制度もあります。'])
    f['initiatives'] = [
        dict(title='時差出勤', text='始業時刻を7時30分から10時00分の間で選べます。'),
        dict(title='テレワーク', text='本庁の職員は、自宅などでの勤務を月8日まで利用できます。'),
        dict(title='ノー残業デー', text='毎週水曜日は定時退庁を呼びかけています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と生活の両立'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得も増えています。'),
        dict(name='部分休業', duration='1日2時間まで', durationText='1日2時間まで', text='子が小学校に入るまで使えます。'),
        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分割して取得できます。'),
        dict(name='夏季休暇', duration='年5日', durationText='年5日', text='7月から9月の間に取得できます。')]
    f['contacts'] = [dict(track='お問い合わせ・アクセス', office='総務部 職員課 採用担当', tel=['0852-55-5123'],
                          email=['shokuin-saiyo@city.matsue.lg.jp'], location='', telText=['TEL 0852-55-5123'],
                          emailText=['E-mail shokuin-saiyo@city.matsue.lg.jp'], hoursText='受付時間 平日8:30〜17:15')]
    f['access'] = dict(address='〒690-8540 島根県松江市末次町86',
                       routes=['JR山陰本線『松江』駅から徒歩約20分', '一畑電車『松江しんじ湖温泉』駅から徒歩約7分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(strip='人口 約19万6千人　職員数 2,412人　面積 約573平方キロメートル (fact strip), no fact',
                       salary='初任給（令和7年4月1日現在）table 区分 | 大学卒業程度 | 高校卒業程度 with 事務職 / 技術職 rows and yen amounts, no fact',
                       ditto='the note ※「〃」は上の欄と同じです。', hours='the 受付時間 line')
    f['pages'] = 3
    f['fixture'] = 'matsue-2026'
    return f


def draw_matsue(f):
    pages = [Page(), Page(), Page()]
    blue = (0.08, 0.22, 0.45)
    L, R = 42, W - 42
    for i, p in enumerate(pages):
        p.put(W / 2, 24, '- %d -' % (i + 1), 'Helvetica', 8, furniture=True, align='center')
        if i:
            p.put(R, H - 30, '松江市職員採用案内 2026', 'G', 7.5, (0.4, 0.4, 0.4), 'right', furniture=True)
            p.hline(L, R, H - 36, color=(0.6, 0.6, 0.6), lw=0.4)
    # ---- p1
    p = pages[0]
    p.rect(0, H - 96, W, 96, fill=blue)
    white = (1, 1, 1)
    p.put(L, H - 62, '松江市', 'M', 28, white)
    p.put(L + sw('松江市', 'M', 28) + 10, H - 62, '職員採用案内', 'G', 14, white)
    p.emit('松江市 職員採用案内')
    p.tline(R, H - 62, f['edition']['asOfText'], 'G', 9, white, 'right')
    y = H - 124
    y = para(p, L, y, R - L, f['lead']['text'][0], 'M', 10.5, 17)
    y -= 4
    p.rect(L, y - 6, R - L, 18, fill=(0.92, 0.95, 0.99))
    p.tline(L + 8, y, f['decoys']['strip'].split(' (')[0], 'G', 8.5, (0.2, 0.2, 0.2))
    y -= 38
    heading(p, L, y, '採用実績と配属先', blue, 13, R - L)
    y -= 30
    # ---- the shared frame: hiring (left) | gutter | assignments (right)
    h = f['hiring']
    a = f['assignments']
    lw_ = [84, 36, 44, 36, 44, 30, 44]
    gut = 14
    rw_ = [90, 32, 32]
    x0 = L
    xr = x0 + sum(lw_) + gut
    p.tline(x0, y, h['intro'][0], 'G', 9)
    p.put(xr, y, a['intro'], 'G', 9)      # emitted later (right part read after the left part)
    ytop = y - 8
    rowh = 17.5
    hrows = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '計', 'うち女性']]
    for r in h['rows']:
        hrows.append([r['labelText'],
                      r['admin']['text'], wcell(r['admin']), r['tech']['text'], wcell(r['tech']),
                      r['total']['text'], wcell(r['total'])])
    arows = [['配属先', '事務', '技術']] + [[u['unit'], cnt(u['admin']), cnt(u['tech'])] for u in a['rows']]
    if len(hrows) != len(arows):
        raise Refused('shared frame: both parts must have the same number of rows')
    nrow = len(hrows)
    fw = sum(lw_) + gut + sum(rw_)
    p.rect(x0, ytop - rowh, fw, rowh, fill=(0.85, 0.9, 0.97))
    p.rect(x0, ytop - nrow * rowh, sum(lw_), rowh, fill=(0.95, 0.95, 0.9))
    p.rect(x0 + sum(lw_), ytop - nrow * rowh, gut, nrow * rowh, fill=(0.8, 0.8, 0.8))
    table(p, x0, ytop, lw_, hrows, 8.5, rowh, aligns=['left'] + ['right'] * 6, rules=False)
    p.emit(a['intro'])
    table(p, xr, ytop, rw_, arows, 8.5, rowh, aligns=['left', 'right', 'right'], rules=False)
    for k in range(nrow + 1):
        p.hline(x0, x0 + fw, ytop - k * rowh, lw=0.9 if k in (0, nrow) else 0.4)
    cx = x0
    for cw in lw_ + [gut] + rw_ + [0]:
        p.vline(cx, ytop - nrow * rowh, ytop, lw=0.4)
        cx += cw
    y = ytop - nrow * rowh - 16
    for n in h['note']:
        p.tline(x0, y, n, 'M', 8)
        y -= 13
    # ---- p2
    p = pages[1]
    y = H - 70
    heading(p, L, y, f['exams']['title'], blue, 13, R - L)
    y -= 14
    erows = [['区分', '試験', '職種', '採用予定']]
    prev = (None, None)
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            tr = '〃' if e['track'] == prev[0] else e['track']
            ex = '〃' if e['exam'] == prev[1] else e['exam']
            erows.append([tr, ex, b['category'], '%d名' % b['count']])
            prev = (e['track'], e['exam'])
    y = table(p, L, y, [90, 150, 150, 80], erows, 9, 19, aligns=['center', 'center', 'left', 'right'], tint=(0.85, 0.9, 0.97))
    y -= 14
    p.tline(L, y, '※「〃」は上の欄と同じです。', 'M', 8)
    y -= 36
    heading(p, L, y, '初任給（令和7年4月1日現在）', blue, 11)
    y -= 14
    y = table(p, L, y, [90, 130, 130], [['区分', '大学卒業程度', '高校卒業程度'], ['事務職', '212,500円', '176,300円'],
                                       ['技術職', '212,500円', '176,300円']], 9, 19,
              aligns=['center', 'right', 'right'], tint=(0.9, 0.9, 0.9))
    y -= 14
    p.tline(L, y, '※地域手当等の諸手当は含みません。', 'M', 8)
    y -= 40
    heading(p, L, y, '働きやすい職場づくり', blue, 13, R - L)
    y -= 26
    for it in f['initiatives']:
        p.tline(L + 6, y, '◆' + it['title'], 'G', 10)
        y -= 16
        y = para(p, L + 18, y, R - L - 24, it['text'], 'M', 9)
        y -= 8
    # ---- p3
    p = pages[2]
    y = H - 70
    heading(p, L, y, f['supportTitle'], blue, 13, R - L)
    y -= 14
    srows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    y = table(p, L, y, [100, 130, R - L - 230], srows, 9, 20, tint=(0.85, 0.9, 0.97))
    y -= 36
    heading(p, L, y, f['training']['title'], blue, 13, R - L)
    y -= 24
    for t in f['training']['paragraphs']:
        y = para(p, L + 8, y, R - L - 16, t, 'M', 9.5)
        y -= 4
    y -= 28
    c = f['contacts'][0]
    heading(p, L, y, c['track'], blue, 13, R - L)
    y -= 26
    p.tline(L + 8, y, c['office'], 'G', 10.5)
    y -= 17
    p.tline(L + 8, y, c['telText'][0], 'Helvetica', 10)
    y -= 15
    p.tline(L + 8, y, c['emailText'][0], 'Helvetica', 10)
    y -= 15
    p.tline(L + 8, y, c['hoursText'], 'M', 9)
    y -= 22
    p.tline(L + 8, y, f['access']['address'], 'M', 9.5)
    y -= 16
    for r in f['access']['routes']:
        p.tline(L + 8, y, '■' + r.replace('『', '').replace('』', ''), 'M', 9.5)
        y -= 15
    return pages


# ================================================================= 海難審判所
def facts_jmat():
    f = dict(organization='海難審判所', document='海難審判所 職員採用案内',
             edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月発行'),
             lead=dict(title='', text=['海難の原因を究明し、再発の防止につなげる。審判を支える事務官と、海事の知識を生かす技術系職員を募集します。']))
    rows = hiring_rows([(2021, (4, 2), (2, 0)), (2022, (5, 2), (1, 0)), (2023, (3, 1), (2, 1)),
                        (2024, (5, 3), (2, 0)), (2025, (6, 3), (3, 1)), (2026, (5, None), (3, None))], '令和8年度（予定）')
    f['hiring'] = dict(intro=['表1　採用者数の推移'], note=['うち女性は内数です。令和8年度は採用予定数です。'],
                       tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                       layout='years down with the YEAR COLUMN AT THE RIGHT END, a UNITS ROW （人） under the header, numbered caption 表1 BELOW the table',
                       rows=rows)
    f['assignments'] = dict(cohortFiscalYear=2025, intro='表2　令和7年度採用者の配属先',
                            tracks=dict(admin='事務系', tech='技術系'),
                            layout='ruled table, caption 表2 below, `－` for none',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in [
                                ('総務課', 2, None), ('審判調査課', 1, 1), ('横浜地方海難審判所', 1, 1),
                                ('神戸地方海難審判所', 1, None), ('門司地方海難審判所', 1, 1)]])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled table 区分 | 試験 | 職種 | 人 with a units header, caption 表3 below',
                      entries=[
                          dict(track='事務系', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=4)], total=4),
                          dict(track='事務系', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=1)], total=1),
                          dict(track='技術系', exam='大学院修了程度', text='', breakdown=[dict(category='船舶工学', count=1)], total=1),
                          dict(track='技術系', exam='大学卒業程度', text='', breakdown=[dict(category='海事', count=2)], total=2)])
    f['training'] = dict(title='研修・育成', paragraphs=[
        '採用後は、海事法規や審判手続の基礎を研修で学び、先輩職員のもとで実務を身につけます。',
        '船舶への乗船研修や、国土交通省の関係機関との人事交流もあります。'])
    f['initiatives'] = [
        dict(title='フレックスタイム制', text='コアタイムを除き、勤務時間を柔軟に割り振れます。'),
        dict(title='審判記録の電子化', text='記録の検索と共有を電子化し、調査の負担を減らしています。'),
        dict(title='メンター制度', text='新規採用職員一人に先輩職員一人がつき、一年間相談にのります。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と生活の両立'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='分割して2回まで取得できます。'),
        dict(name='配偶者出産休暇', duration='2日', durationText='2日', text='出産の前後に取得できます。'),
        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分割して取得できます。')]
    f['contacts'] = [dict(track='お問い合わせ・アクセス', office='海難審判所 総務課 人事係', tel=['03-6893-3321'],
                          email=['jmat-saiyo@mlit.go.jp'], location='', telText=['TEL 03-6893-3321'],
                          emailText=['E-mail jmat-saiyo@mlit.go.jp'], hoursText='受付時間 平日9:30〜18:15')]
    f['access'] = dict(address='〒102-0083 東京都千代田区麹町2-1 PMO半蔵門8階',
                       routes=['東京メトロ半蔵門線『半蔵門』駅から徒歩約2分', '東京メトロ有楽町線『麹町』駅から徒歩約6分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(strip='令和6年 裁決 298件　審判官・理事官 約60名 (fact strip), no fact',
                       units='the units row （人） under the hiring header',
                       captions='the captions 表1 / 表2 / 表3 / 表4 below the tables', hours='the 受付時間 line')
    f['pages'] = 2
    f['fixture'] = 'jmat-2026'
    return f


def draw_jmat(f):
    pages = [Page(), Page()]
    navy = (0.05, 0.15, 0.35)
    L, R = 44, W - 44
    for i, p in enumerate(pages):
        p.put(R, 24, '%d / 2' % (i + 1), 'Helvetica', 8, furniture=True, align='right')
    p = pages[0]
    p.rect(0, H - 104, W, 104, fill=navy)
    white = (1, 1, 1)
    p.put(L, H - 58, '海難審判所', 'M', 26, white)
    p.put(L + sw('海難審判所', 'M', 26) + 10, H - 58, '職員採用案内', 'G', 13, white)
    p.emit('海難審判所 職員採用案内')
    p.tline(R, H - 58, f['edition']['asOfText'], 'G', 9, white, 'right')
    p.tline(L, H - 82, 'Japan Marine Accident Tribunal', 'Helvetica', 10, (0.8, 0.85, 0.95))
    y = H - 132
    y = para(p, L, y, R - L, f['lead']['text'][0], 'M', 10.5, 17)
    y -= 4
    p.tline(L, y, f['decoys']['strip'].split(' (')[0], 'G', 8.5, (0.3, 0.3, 0.3))
    y -= 26
    h = f['hiring']
    colw = [56, 52, 56, 52, 56, 52, 96]
    hrows = [['事務系', 'うち女性', '技術系', 'うち女性', '計', 'うち女性', '年度'],
             ['（人）', '（人）', '（人）', '（人）', '（人）', '（人）', '']]
    for r in h['rows']:
        hrows.append([r['admin']['text'], wcell(r['admin']), r['tech']['text'], wcell(r['tech']),
                      r['total']['text'], wcell(r['total']), r['labelText']])
    tx = L + (R - L - sum(colw)) / 2
    y = table(p, tx, y, colw, hrows, 9, 18, aligns=['right'] * 6 + ['left'], head_rows=(0,), tint=(0.85, 0.88, 0.95),
              tint_rows=(len(hrows) - 1,))
    y -= 14
    p.tline(tx, y, h['intro'][0], 'G', 9.5)
    y -= 14
    p.tline(tx, y, h['note'][0], 'M', 8)
    y -= 34
    # two columns: assignments (left) | exams (right)
    a = f['assignments']
    colL = L
    colR = L + 262
    arows = [['配属先', '事務系', '技術系']] + [[u['unit'], cnt(u['admin']), cnt(u['tech'])] for u in a['rows']]
    ya = table(p, colL, y, [130, 50, 50], arows, 9, 18, aligns=['left', 'right', 'right'], tint=(0.85, 0.88, 0.95))
    ya -= 14
    p.tline(colL, ya, a['intro'], 'G', 9.5)
    erows = [['区分', '試験', '職種', '人']]
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            erows.append([e['track'], e['exam'], b['category'], str(b['count'])])
    ye = table(p, colR, y, [48, 84, 62, 30], erows, 9, 18, aligns=['center', 'left', 'left', 'right'], tint=(0.85, 0.88, 0.95))
    ye -= 14
    p.tline(colR, ye, '表3　' + f['exams']['title'], 'G', 9.5)
    # ---- p2
    p = pages[1]
    y = H - 64
    heading(p, L, y, '働きやすい職場づくり', navy, 13, R - L)
    y -= 26
    for it in f['initiatives']:
        p.tline(L + 6, y, '◆' + it['title'], 'G', 10)
        y -= 16
        y = para(p, L + 18, y, R - L - 24, it['text'], 'M', 9)
        y -= 8
    y -= 18
    heading(p, L, y, f['supportTitle'], navy, 13, R - L)
    y -= 14
    srows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    y = table(p, L, y, [110, 120, R - L - 230], srows, 9, 20, tint=(0.85, 0.88, 0.95))
    y -= 14
    p.tline(L, y, '表4　主な両立支援制度', 'G', 9.5)
    y -= 36
    heading(p, L, y, f['training']['title'], navy, 13, R - L)
    y -= 24
    for t in f['training']['paragraphs']:
        y = para(p, L + 8, y, R - L - 16, t, 'M', 9.5)
        y -= 4
    y -= 28
    c = f['contacts'][0]
    heading(p, L, y, c['track'], navy, 13, R - L)
    y -= 26
    p.tline(L + 8, y, c['office'], 'G', 10.5)
    y -= 17
    p.tline(L + 8, y, c['telText'][0], 'Helvetica', 10)
    y -= 15
    p.tline(L + 8, y, c['emailText'][0], 'Helvetica', 10)
    y -= 15
    p.tline(L + 8, y, c['hoursText'], 'M', 9)
    y -= 22
    p.tline(L + 8, y, f['access']['address'], 'M', 9.5)
    y -= 16
    for r in f['access']['routes']:
        p.tline(L + 8, y, '■' + r.replace('『', '').replace('』', ''), 'M', 9.5)
        y -= 15
    return pages


# ================================================================= 物質・材料研究機構
def facts_nims():
    f = dict(organization='物質・材料研究機構', document='物質・材料研究機構 職員採用案内',
             edition=dict(year=2026, asOf='2026-02', asOfText='2026年2月発行'),
             lead=dict(title='', text=['新しい物質と材料で、社会の課題に答える。研究の現場を事務と技術で支える職員を募集します。']))
    rows = hiring_rows([(2021, (7, 4), (5, 1)), (2022, (8, 4), (6, 2)), (2023, (6, 3), (7, 2)),
                        (2024, (9, 5), (6, 1)), (2025, (8, 4), (7, 3)), (2026, (9, None), (7, None))], '令和8年度（予定）')
    f['hiring'] = dict(intro=['（単位：人）うち女性は内数です。'], note=['※令和8年度は採用予定数です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='years down, ordinary ruled table', rows=rows)
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先',
                            tracks=dict(admin='事務職', tech='技術職'), layout='ruled table, `－` for none',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in [
                                ('総務部門', 3, None), ('財務部門', 2, None), ('外部連携部門', 2, 1),
                                ('技術開発・共用部門', None, 4), ('構造材料研究センター', 1, 2)]])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled table 区分 | 試験 | 職種 | 採用予定',
                      entries=[
                          dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='一般事務', count=6), dict(category='研究推進', count=3)], total=9),
                          dict(track='技術職', exam='大学院修了程度', text='', breakdown=[dict(category='材料評価', count=3), dict(category='計測技術', count=2)], total=5),
                          dict(track='技術職', exam='大学卒業程度', text='', breakdown=[dict(category='設備保守', count=2)], total=2)])
    f['training'] = dict(title='研修・育成', paragraphs=[
        '入構時研修のあと、安全管理や知的財産などの専門研修を受けられます。',
        '海外の研究機関での研修や、資格取得の支援制度もあります。'])
    f['initiatives'] = [
        dict(title='裁量労働制', text='研究支援の業務でも、働く時間を自分で組み立てられます。'),
        dict(title='構内保育所', text='千現地区に保育所があり、0歳から預けられます。'),
        dict(title='英語研修', text='業務時間内に、ネイティブ講師の研修を受けられます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と生活の両立'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得率は5割を超えました。'),
        dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='時間単位でも取得できます。'),
        dict(name='在宅勤務', duration='週3日まで', durationText='週3日まで', text='育児や介護をする職員は回数の上限がありません。'),
        dict(name='介護休業', duration='通算93日', durationText='通算93日', text='3回まで分割して取得できます。')]
    f['contacts'] = [dict(track='採用に関するお問い合わせ', office='人事部門 人事室 採用チーム', tel=['029-860-4321'],
                          email=['nims-saiyo@nims.go.jp'], location='', telText=['TEL 029-860-4321'],
                          emailText=['E-mail nims-saiyo@nims.go.jp'], hoursText='受付時間 平日9:00〜17:15')]
    f['access'] = dict(address='〒305-0047 茨城県つくば市千現1-2-1',
                       routes=['つくばエクスプレス『つくば』駅からバス約10分「並木二丁目」下車',
                               'JR常磐線『ひたち野うしく』駅からバス約20分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(strip='研究者 約560名　拠点 つくば市内3地区　設立 2001年 (fact strip), no fact',
                       contact='the contact box sits IN THE MASTHEAD (top right of p1), read after the masthead lines',
                       hours='the 受付時間 line', kicker='国立研究開発法人 (kicker)')
    f['pages'] = 2
    f['fixture'] = 'nims-2026'
    return f


def fieldset(p, x, ytop, w, hgt, title, color):
    """A box whose title sits ON its top border (the rule is broken behind the title)."""
    tw = sw(title, 'G', 12)
    p.rect(x, ytop - hgt, w, hgt, stroke=color, lw=1.0)
    p.rect(x + 14, ytop - 6, tw + 12, 12, fill=(1, 1, 1))
    p.tline(x + 20, ytop - 4.2, title, 'G', 12, color)
    return ytop - 26


def draw_nims(f):
    pages = [Page(), Page()]
    teal = (0.0, 0.4, 0.45)
    L, R = 40, W - 40
    for i, p in enumerate(pages):
        p.put(W / 2, 24, '- %d -' % (i + 1), 'Helvetica', 8, furniture=True, align='center')
    p = pages[0]
    p.rect(0, H - 120, W, 120, fill=(0.88, 0.95, 0.95))
    p.tline(L, H - 44, '国立研究開発法人', 'G', 9, teal)
    p.put(L, H - 74, '物質・材料研究機構', 'M', 24, teal)
    p.put(L + sw('物質・材料研究機構', 'M', 24) + 10, H - 74, '職員採用案内', 'G', 12, teal)
    p.emit('物質・材料研究機構 職員採用案内')
    p.tline(L, H - 98, f['edition']['asOfText'], 'G', 9, (0.2, 0.2, 0.2))
    # contact box in the masthead (right)
    c = f['contacts'][0]
    bx, bw = R - 196, 196
    p.rect(bx, H - 112, bw, 84, fill=(1, 1, 1), stroke=teal, lw=0.8)
    yy = H - 44
    p.tline(bx + 8, yy, c['track'], 'G', 9, teal)
    yy -= 15
    p.tline(bx + 8, yy, c['office'], 'G', 8.5)
    yy -= 13
    p.tline(bx + 8, yy, c['telText'][0], 'Helvetica', 8.5)
    yy -= 13
    p.tline(bx + 8, yy, c['emailText'][0], 'Helvetica', 8.5)
    yy -= 13
    p.tline(bx + 8, yy, c['hoursText'], 'M', 8)
    y = H - 148
    y = para(p, L, y, R - L, f['lead']['text'][0], 'M', 10.5, 17)
    y -= 2
    p.tline(L, y, f['decoys']['strip'].split(' (')[0], 'G', 8.5, (0.3, 0.3, 0.3))
    y -= 34
    heading(p, L, y, '採用者数の推移', teal, 13, R - L)
    y -= 22
    h = f['hiring']
    p.tline(L, y, h['intro'][0], 'M', 8.5)
    y -= 8
    hrows = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '計', 'うち女性']]
    for r in h['rows']:
        hrows.append([r['labelText'], r['admin']['text'], wcell(r['admin']), r['tech']['text'], wcell(r['tech']),
                      r['total']['text'], wcell(r['total'])])
    y = table(p, L, y, [110, 58, 58, 58, 58, 58, 58], hrows, 9, 18, aligns=['left'] + ['right'] * 6,
              tint=(0.85, 0.93, 0.93), tint_rows=(len(hrows) - 1,))
    y -= 13
    p.tline(L, y, h['note'][0], 'M', 8)
    y -= 34
    a = f['assignments']
    colR = L + 262
    heading(p, L, y, a['intro'], teal, 11)
    heading(p, colR, y, f['exams']['title'], teal, 11)
    y -= 14
    arows = [['配属先', '事務職', '技術職']] + [[u['unit'], cnt(u['admin']), cnt(u['tech'])] for u in a['rows']]
    table(p, L, y, [130, 50, 50], arows, 9, 18, aligns=['left', 'right', 'right'], tint=(0.85, 0.93, 0.93))
    erows = [['区分', '試験', '職種', '採用予定']]
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            erows.append([e['track'], e['exam'], b['category'], '%d名' % b['count']])
    # the exam heading was emitted with the left heading; fix order: left heading, left table, right heading, right table
    p.lines.remove(f['exams']['title'])
    p.emit(f['exams']['title'])
    table(p, colR, y, [46, 84, 66, 50], erows, 9, 18, aligns=['center', 'left', 'left', 'right'], tint=(0.85, 0.93, 0.93))
    # ---- p2: sections in fieldset boxes (titles on the borders)
    p = pages[1]
    y = H - 60
    yy = fieldset(p, L, y, R - L, 150, '働きやすい職場づくり', teal)
    for it in f['initiatives']:
        p.tline(L + 16, yy, '◆' + it['title'], 'G', 10)
        yy -= 15
        yy = para(p, L + 28, yy, R - L - 44, it['text'], 'M', 9)
        yy -= 6
    y -= 170
    yy = fieldset(p, L, y, R - L, 176, f['supportTitle'], teal)
    for s in f['supportSystems']:
        p.put(L + 16, yy, s['name'], 'G', 10)
        p.put(L + 120, yy, s['durationText'], 'G', 9, (0.75, 0.1, 0.1))
        p.emit(s['name'] + ' ' + s['durationText'])
        yy -= 15
        yy = para(p, L + 28, yy, R - L - 44, s['text'], 'M', 9)
        yy -= 6
    y -= 196
    yy = fieldset(p, L, y, R - L, 96, f['training']['title'], teal)
    for t in f['training']['paragraphs']:
        yy = para(p, L + 16, yy, R - L - 32, t, 'M', 9.5)
        yy -= 4
    y -= 116
    yy = fieldset(p, L, y, R - L, 86, 'アクセス', teal)
    p.tline(L + 16, yy, f['access']['address'], 'M', 9.5)
    yy -= 17
    for r in f['access']['routes']:
        p.tline(L + 16, yy, '■' + r.replace('『', '').replace('』', ''), 'M', 9.5)
        yy -= 15
    return pages


BROCHURES = collections.OrderedDict([('matsue', (facts_matsue, draw_matsue, 4001)),
                                     ('jmat', (facts_jmat, draw_jmat, 4002)),
                                     ('nims', (facts_nims, draw_nims, 4003))])


# ---------------------------------------------------------------- checks
def check_arith(f):
    h = f['hiring']['rows']
    actual = [r for r in h if not r['planned']]
    planned = [r for r in h if r['planned']]
    if len(planned) != 1 or not h[-1]['planned']:
        raise Refused('hiring: exactly one planned row, and it must be the last')
    if len(actual) < 5:
        raise Refused('hiring: fewer than 5 actual years')
    for i in range(1, len(h)):
        if h[i]['fiscalYear'] != h[i - 1]['fiscalYear'] + 1:
            raise Refused('hiring: years not consecutive')
    for r in h:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused('hiring %s: total != admin + tech' % r['labelText'])
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('admin', 'tech', 'total')):
                raise Refused('hiring: women on the planned row')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                raise Refused('hiring %s: women total != admin + tech' % r['labelText'])
            for k in ('admin', 'tech', 'total'):
                if r[k]['women'] > r[k]['count'] or r[k]['women'] < 0:
                    raise Refused('hiring: women > heads')
        for k in ('admin', 'tech', 'total'):
            if r[k]['text'] != str(r[k]['count']):
                raise Refused('hiring: text != count')
        if r['label'] != era(r['fiscalYear']):
            raise Refused('hiring: label != fiscal year')
    py = planned[0]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == actual[-1]['fiscalYear'] + 1):
        raise Refused('planned year / edition year / exam year mismatch')
    a = f['assignments']
    if a['cohortFiscalYear'] != actual[-1]['fiscalYear']:
        raise Refused('assignment cohort != last actual year')
    last = actual[-1]
    units = [u['unit'] for u in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('assignment: duplicate unit')
    for k in ('admin', 'tech'):
        vals = [u[k] for u in a['rows'] if u[k] is not None]
        if any(v <= 0 for v in vals):
            raise Refused('assignment: zero or negative count (use null)')
        if sum(vals) != last[k]['count']:
            raise Refused('assignment %s sum %d != cohort hires %d' % (k, sum(vals), last[k]['count']))
    keys = set()
    per = collections.Counter()
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            raise Refused('exam entry total != categories')
        tr = score_extract.track(e['track'])
        if tr == 'other':
            raise Refused('exam track maps to other')
        for b in e['breakdown']:
            key = (tr, score_extract.level(e['exam']), score_extract.norm(b['category']))
            if key in keys:
                raise Refused('exam categories collide under the scorer key %r' % (key,))
            keys.add(key)
            per[tr] += b['count']
    if per['administrative'] != planned[0]['admin']['count'] or per['technical'] != planned[0]['tech']['count']:
        raise Refused('exam categories != planned hires per track')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('support duration != durationText')


def check_items(pages):
    for pi, p in enumerate(pages):
        for it in p.items:
            if it['font'] in ('G', 'M'):
                cmap = pdfmetrics.getFont(it['font']).face.charToGlyph
                for ch in it['s']:
                    if ord(ch) not in cmap:
                        raise Refused('p%d: glyph %r missing in font %s' % (pi + 1, ch, it['font']))
            else:
                if any(ord(ch) > 126 for ch in it['s']):
                    raise Refused('p%d: non-ASCII in standard font: %r' % (pi + 1, it['s']))
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['y'] - DESC * it['size'], it['y'] + ASC * it['size']
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Refused('p%d: text in the edge margin or off the page: %r' % (pi + 1, it['s']))
            it['box'] = (x0, y0, x1, y1)
        bs = [it['box'] for it in p.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    raise Refused('p%d: text items overlap: %r / %r' % (pi + 1, p.items[i]['s'], p.items[j]['s']))


def chars(s):
    return collections.Counter(ch for ch in s if not ch.isspace())


def check_multiset(pages, expected_pages):
    for pi, (p, exp) in enumerate(zip(pages, expected_pages)):
        drawn = chars(''.join(it['s'] for it in p.items if not it['furniture']))
        if drawn != chars(exp):
            raise Refused('p%d: drawn and expected characters differ: %r / %r' % (
                pi + 1, dict(drawn - chars(exp)), dict(chars(exp) - drawn)))


def check_printed(f, text):
    t = score_extract.norm(text)
    need = [f['organization'], f['edition']['asOfText']] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']
    need += list(f['hiring']['tracks'].values()) + [r['labelText'] for r in f['hiring']['rows']]
    a = f['assignments']
    need += [a['intro']] + list(a['tracks'].values()) + [u['unit'] for u in a['rows']]
    need += [f['exams']['title']]
    for e in f['exams']['entries']:
        need += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
    for c in f['contacts']:
        need += [c['office'], c['hoursText']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
        for tt, tl in zip(c['tel'], c['telText']):
            if [ch for ch in tt if ch.isdigit()] != [ch for ch in tl if ch.isdigit()]:
                raise Refused('phone text differs from the phone')
    need += [f['access']['address']] + [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']:
        need += [i['title'], i['text']]
    need += [f['supportTitle']]
    for s in f['supportSystems']:
        need += [s['name'], s['durationText'], s['text']]
    need += [f['training']['title']] + f['training']['paragraphs']
    for s in need:
        if score_extract.norm(s) not in t:
            raise Refused('fact string not printed: %r' % s)


def standin(f):
    def tr(h):
        return dict(count=h['count'], women=h.get('women'))
    s = dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=tr(r['total']),
                               administrative=tr(r['admin']), technical=tr(r['tech'])) for r in f['hiring']['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=u['unit'], administrative=u['admin'] or 0, technical=u['tech'] or 0)
                               for u in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=score_extract.track(e['track']), level=score_extract.level(e['exam']),
                                         category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email']))
                  for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']])
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=s)


def check_score(f, expected):
    drawn = score_extract.norm(expected)
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused('stand-in document misses: %s' % bad[:5])
    kinds = {n.split(' ')[0] for n, _ in res}
    want = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if kinds != want:
        raise Refused('stand-in does not reach every kind of check: %s' % (want - kinds))
    empty = score_extract.checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        raise Refused('an empty document scores something')
    return len(res)


def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setAuthor('BrochureKit holdout40')
    c.setTitle('holdout40')
    for pi, p in enumerate(pages):
        for op, a in p.gfx:
            c.saveState()
            if op == 'rect':
                x, y, w, h, fill, stroke, lw, dash = a
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                x0, y0, x1, y1, col, lw = a
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x0, y0, x1, y1)
            c.restoreState()
        order = list(range(len(p.items)))
        random.Random(seed * 100 + pi).shuffle(order)
        for k in order:
            it = p.items[k]
            c.saveState()
            c.setFillColorRGB(*it['color'])
            t = c.beginText()
            t.setTextOrigin(it['x'], it['y'])
            t.setFont(it['font'], it['size'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def build(name, fault=None, write=True):
    global FAULT
    FAULT = fault
    try:
        mk_facts, draw, seed = BROCHURES[name]
        f = mk_facts()
        hr = f['hiring']['rows']
        if fault == 'hiring-total':
            hr[2]['total']['count'] += 1
            hr[2]['total']['text'] = str(hr[2]['total']['count'])
        elif fault == 'women-total':
            hr[1]['total']['women'] += 1
            hr[1]['total']['womenText'] = str(hr[1]['total']['women'])
        elif fault == 'assignment':
            u = next(u for u in f['assignments']['rows'] if u['admin'])
            u['admin'] += 1
        elif fault == 'exam':
            f['exams']['entries'][0]['breakdown'][0]['count'] += 1
            f['exams']['entries'][0]['total'] += 1
        elif fault == 'planned-women':
            hr[-1]['admin']['women'] = 0
        elif fault == 'planned-first':
            f['hiring']['rows'] = [hr[-1]] + hr[:-1]
        elif fault == 'collide':
            e = f['exams']['entries']
            e[0]['breakdown'].append(dict(category=e[0]['breakdown'][0]['category'] + ' ', count=0))
        elif fault == 'dup-unit':
            f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']
        check_arith(f)
        if fault == 'overflow':
            f['assignments']['rows'][0]['unit'] = f['assignments']['rows'][0]['unit'] * 8
        pages = draw(f)
        if fault == 'overlap':
            it = dict(pages[0].items[3])
            it['x'] += 1
            pages[0].items.append(it)
        elif fault == 'emoji':
            pages[1].put(100, 300, '\U0001F600', 'G', 9)
        elif fault == 'edge':
            pages[0].put(6, 400, '欄外', 'G', 9)
        check_items(pages)
        expected_pages = ['\n'.join(p.lines) for p in pages]
        if fault == 'expected-char':
            expected_pages[0] += '\n余'
        check_multiset(pages, expected_pages)
        expected = '\n\f\n'.join(expected_pages) + '\n'
        if fault == 'email':
            f['contacts'][0]['email'] = ['other@example.go.jp']
        check_printed(f, expected)
        n = check_score(f, expected)
        pdf = render(pages, seed)
        if render(pages, seed) != pdf:
            raise Refused('two renderings differ')
        nitems = sum(len(p.items) for p in pages)
        if pdf.count(b'BT 1 0 0 1') != nitems:
            raise Refused('text objects %d != text items %d' % (pdf.count(b'BT 1 0 0 1'), nitems))
        with tempfile.TemporaryDirectory() as td:
            path = os.path.join(td, 'x.pdf')
            open(path, 'wb').write(pdf)
            for pi, p in enumerate(pages):
                out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'],
                                     capture_output=True, text=True).stdout
                if chars(out) != chars(''.join(it['s'] for it in p.items)):
                    raise Refused('p%d: pdftotext differs from the drawn characters' % (pi + 1))
        if write:
            base = os.path.join(OUT, f['fixture'])
            os.makedirs(OUT, exist_ok=True)
            open(base + '.pdf', 'wb').write(pdf)
            open(base + '.expected.txt', 'w').write(expected)
            open(base + '.facts.json', 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
        return n, nitems
    finally:
        FAULT = None


FAULTS = ['overlap', 'expected-char', 'hiring-total', 'women-total', 'assignment', 'exam', 'email', 'emoji',
          'edge', 'planned-women', 'planned-first', 'collide', 'overflow', 'kinsoku', 'dup-unit']


def selftest(verbose):
    ok = total = 0
    for name in BROCHURES:
        build(name, write=False)
        for fault in FAULTS:
            total += 1
            try:
                build(name, fault, write=False)
                print('NOT REFUSED: %s %s' % (name, fault))
            except Refused as e:
                ok += 1
                if verbose:
                    print('refused %-7s %-14s %s' % (name, fault, e))
    total += 1
    lines = wrap('あいうえおかきくけこ。さしすせそ', 'M', 10, 100)
    try:
        check_kinsoku(lines)
        if lines[1][0] == '。':
            raise Refused('x')
        ok += 1
        if verbose:
            print('wrap keeps kinsoku: %r' % lines)
    except Refused:
        print('wrap broke kinsoku: %r' % lines)
    print('selftest: %d/%d faults refused' % (ok, total))
    return ok == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for name in names:
        n, nitems = build(name)
        print('%s-2026: %d fact checks, %d text items' % (name, n, nitems))


if __name__ == '__main__':
    main()
