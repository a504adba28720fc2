#!/usr/bin/env python3
"""Blind holdout set 56: three synthetic recruitment brochures (A4, 2 pages each).

  nibiohn-2026    医薬基盤・健康・栄養研究所 (国立研究開発法人): 見え消し corrections (old figure
                  struck through with a red double line, the new figure beside it), a contact
                  table with the extension (内線) in a column of its own.
  kitachiba-2025  北千葉広域水道企業団 (一部事務組合): every page drawn in Y-DOWN coordinates
                  (`1 0 0 -1 0 H cm`, each text object `1 0 0 -1 x y Tm`), a BUTTERFLY hiring
                  table (事務職 | 年度 | 技術職 | 合計, bars growing out from the centre column).
  nara-2026       奈良県教育委員会: hiring cells `男8 女7` (men and women in one cell, no head
                  count printed).

Self-contained and deterministic (reportlab canvas, invariant=1, fixed shuffle seeds).

  python3 Fixtures/generate_holdout56.py              # all three
  python3 Fixtures/generate_holdout56.py nara         # one (nibiohn, kitachiba, nara)
  python3 Fixtures/generate_holdout56.py --selftest -v
"""
import copy, hashlib, io, json, os, random, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

OUT = os.path.join(HERE, 'holdout56')
W, H = 595.28, 841.89
MARGIN = 24.0
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
FACES = {'G': pdfmetrics.getFont('G').face, 'M': pdfmetrics.getFont('M').face}

NAVY = Color(0.10, 0.18, 0.38)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.90, 0.92, 0.96)
RED = Color(0.80, 0.05, 0.05)
TEAL = Color(0.05, 0.45, 0.55)
BAR_A = Color(0.55, 0.70, 0.90)
BAR_T = Color(0.55, 0.80, 0.65)


class Refused(Exception):
    pass


# --------------------------------------------------------------------------- page model
class Page:
    """Coordinates are PDF user space, y up; a y-down page is converted when drawn."""

    def __init__(self, ydown=False):
        self.ydown = ydown
        self.texts = []      # dicts: x, y, s, font, size, color
        self.gfx = []        # ('line', x1, y1, x2, y2, width, color) / ('rect', x, y, w, h, fill, stroke, width)
        self.expected = []   # expected lines, reading order
        self.overflows = []  # table cells wider than their column

    def text(self, x, y, s, font='M', size=9.0, color=black, expect=True, align='left'):
        w = pdfmetrics.stringWidth(s, font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.texts.append(dict(x=x, y=y, s=s, font=font, size=size, color=color, w=w))
        if expect:
            self.expected.append(s)
        return w

    def line(self, x1, y1, x2, y2, width=0.5, color=black):
        self.gfx.append(('line', x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, width))


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def heading(p, x, y, s, width, eng=None):
    """A navy band with a white heading; an English word on the same baseline (one line)."""
    p.rect(x, y - 4, width, 17, fill=NAVY)
    p.text(x + 6, y, s, 'G', 11, white, expect=False)
    line = s
    if eng:
        p.text(x + 6 + sw(s, 'G', 11) + 8, y, eng, 'G', 7.5, white, expect=False)
        line = s + ' ' + eng
    p.expected.append(line)


def table(p, x, ytop, colw, rows, rowh=15.0, size=8.0, font='M', header_fill=LIGHT, aligns=None, ruled=True):
    """Ruled table; cells are str or dict(kind='strike', old=..., new=...). Appends expected rows."""
    tw = sum(colw)
    aligns = aligns or ['left'] + ['center'] * (len(colw) - 1)
    if header_fill:
        p.rect(x, ytop - rowh, tw, rowh, fill=header_fill)
    for r, row in enumerate(rows):
        yb = ytop - (r + 1) * rowh
        base = yb + (rowh - size) / 2 + 0.15 * size
        cx = x
        cells = []
        for c, cell in enumerate(row):
            w = colw[c]
            f = 'G' if r == 0 else font
            if isinstance(cell, dict) and cell.get('kind') == 'strike':
                old, new = cell['old'], cell['new']
                wo, wn = sw(old, f, size), sw(new, f, size)
                gap = 5
                if wo + gap + wn > w - 6:
                    p.overflows.append(old + ' ' + new)
                start = cx + (w - (wo + gap + wn)) / 2
                p.text(start, base, old, f, size, GREY, expect=False)
                # 見え消し: a red double line through the old figure
                for dy in (0.30, 0.42):
                    p.line(start - 1, base + dy * size, start + wo + 1, base + dy * size, 0.6, RED)
                p.text(start + wo + gap, base, new, f, size, RED, expect=False)
                cells.append(old + ' ' + new)
            else:
                s = cell
                if sw(s, f, size) > w - 6:
                    p.overflows.append(s)
                if s:
                    a = aligns[c] if r > 0 else 'center'
                    if a == 'left':
                        p.text(cx + 4, base, s, f, size, expect=False)
                    elif a == 'right':
                        p.text(cx + w - 4, base, s, f, size, expect=False, align='right')
                    else:
                        p.text(cx + w / 2, base, s, f, size, expect=False, align='center')
                cells.append(s)
            cx += w
        p.expected.append('\t'.join(cells))
    if ruled:
        nrows = len(rows)
        for r in range(nrows + 1):
            p.line(x, ytop - r * rowh, x + tw, ytop - r * rowh, 0.5 if r in (0, 1, nrows) else 0.3)
        cx = x
        for c in range(len(colw) + 1):
            p.line(cx, ytop, cx, ytop - nrows * rowh, 0.4)
            if c < len(colw):
                cx += colw[c]
    return ytop - len(rows) * rowh


def wrap(s, n):
    out = []
    while s:
        cut = n
        while cut < len(s) and s[cut] in '。、）」':
            cut += 1
        out.append(s[:cut])
        s = s[cut:]
    return out


def para(p, x, y, lines, size=8.5, lead=13.0, font='M'):
    for s in lines:
        p.text(x, y, s, font, size)
        y -= lead
    return y


def footer(p, left, num):
    p.line(MARGIN + 10, 34, W - MARGIN - 10, 34, 0.4, GREY)
    p.text(MARGIN + 12, 24, left, 'G', 7, GREY, expect=False)
    p.text(W - MARGIN - 12, 24, str(num), 'G', 7, GREY, expect=False, align='right')


# --------------------------------------------------------------------------- facts helpers
def cnt(c, w, text=None, wtext=None):
    d = {'count': c, 'text': text if text is not None else str(c), 'women': w}
    if w is not None:
        d['womenText'] = wtext if wtext is not None else str(w)
    return d


def era(fy):
    if fy >= 2019:
        n = fy - 2018
        return '令和%s年度' % ('元' if n == 1 else n)
    return '平成%d年度' % (fy - 1988)


def hrow(fy, adm, tech, planned=False, labelText=None, texts=None):
    a = cnt(adm[0], None if planned else adm[1])
    t = cnt(tech[0], None if planned else tech[1])
    tot = cnt(adm[0] + tech[0], None if planned else adm[1] + tech[1])
    if texts:
        for d, k in ((tot, 'total'), (a, 'admin'), (t, 'tech')):
            d['text'] = texts[k]
    return {'fiscalYear': fy, 'label': era(fy), 'labelText': labelText or era(fy), 'planned': planned,
            'total': tot, 'admin': a, 'tech': t}


def cell_ct(d):
    return d['text'] if d['women'] is None else '%s（%s）' % (d['text'], d['womenText'])


# --------------------------------------------------------------------------- brochure 1: nibiohn
def nibiohn():
    name = 'nibiohn-2026'
    org = '医薬基盤・健康・栄養研究所'
    rows = [hrow(2021, (7, 4), (2, 0)), hrow(2022, (6, 3), (3, 1)), hrow(2023, (8, 5), (2, 1)),
            hrow(2024, (7, 4), (2, 1)), hrow(2025, (8, 4), (3, 1)),
            hrow(2026, (9, None), (3, None), planned=True, labelText='令和8年度（予定）')]
    struck = {(2024, 'admin'): '6（3）', (2024, 'total'): '8（4）'}
    assign = [('総務部', 2, None), ('戦略企画部', 1, None), ('研究支援部', 2, 1), ('財務部', 2, None),
              ('施設管理室', None, 2), ('国立健康・栄養研究所 事務室', 1, None)]
    exams = [('事務職', '医薬基盤・健康・栄養研究所職員採用試験（大卒程度）', [('一般事務', 9)]),
             ('技術職', '医薬基盤・健康・栄養研究所職員採用試験（大卒程度）', [('電気', 1), ('機械', 1), ('生物', 1)])]
    contacts = [
        dict(track='事務職', office='総務部 人事課', tel='072-641-9800', ext='2115', email='jinji-saiyo@nibiohn.go.jp'),
        dict(track='技術職', office='施設管理室', tel='072-641-9800', ext='2340', email='shisetsu-saiyo@nibiohn.go.jp'),
    ]
    routes = [('大阪モノレール彩都線『彩都西』駅から徒歩約15分', '◇大阪モノレール彩都線「彩都西」駅から徒歩約15分'),
              ('阪急千里線『北千里』駅から阪急バスで約20分', '◇阪急千里線「北千里」駅から阪急バスで約20分')]
    address = '〒567-0085 大阪府茨木市彩都あさぎ7-6-8'
    support = [('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
               ('介護休暇', '通算6か月まで', '分割して取得できます。')]
    inits = [('フレックスタイム制', '研究の進み具合に合わせて始業・終業時刻を選べます。'),
             ('在宅勤務', '事務職員も週2日まで在宅勤務ができます。')]
    training = ['採用後は新規採用職員研修で法人の業務と研究倫理の基礎を学びます。',
                '2年目以降は階層別研修と外部の専門研修を受講できます。']

    p1, p2 = Page(), Page()
    y = H - MARGIN - 14
    p1.rect(MARGIN, y - 62, W - 2 * MARGIN, 80, fill=TEAL)
    p1.text(MARGIN + 14, y, '国立研究開発法人', 'G', 10, white)
    p1.text(MARGIN + 14, y - 26, org, 'G', 22, white)
    p1.text(MARGIN + 14, y - 50, '事務職員・技術職員 採用案内 2026', 'G', 12, white)
    p1.text(W - MARGIN, y - 78, '令和8年3月現在', 'M', 8, align='right')
    lead = '創薬と健康・栄養の研究を、事務と技術の力で支える仲間を募集します。'
    p1.text(MARGIN, y - 100, lead, 'M', 10)
    y -= 132
    heading(p1, MARGIN, y, '採用実績', W - 2 * MARGIN, 'RECRUIT DATA')
    y -= 24
    intro = '事務職員・技術職員の採用者数（単位：人）'
    p1.text(MARGIN, y, intro, 'M', 8.5)
    trows = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        cells = [r['labelText']]
        for k in ('admin', 'tech', 'total'):
            c = cell_ct(r[k])
            if (r['fiscalYear'], k) in struck:
                c = {'kind': 'strike', 'old': struck[(r['fiscalYear'], k)], 'new': c}
            cells.append(c)
        trows.append(cells)
    y = table(p1, MARGIN, y - 8, [130, 120, 120, 120], trows, rowh=17, size=9)
    notes = ['※（　）内は女性で内数。', '※令和6年度の事務職と計は、二重線の数値を右の数値に訂正しました。']
    y = para(p1, MARGIN, y - 14, notes, 7.5, 11)
    y -= 14
    heading(p1, MARGIN, y, '配属実績', W - 2 * MARGIN, 'ASSIGNMENT')
    y -= 24
    aintro = '令和7年度採用者の配属先（単位：人）'
    p1.text(MARGIN, y, aintro, 'M', 8.5)
    arows = [['配属先', '事務職', '技術職']] + [[u, '' if a is None else str(a), '' if t is None else str(t)] for u, a, t in assign]
    y = table(p1, MARGIN, y - 8, [200, 90, 90], arows, rowh=16, size=8.5)
    footer(p1, '国立研究開発法人 医薬基盤・健康・栄養研究所', 1)

    y = H - MARGIN - 14
    heading(p2, MARGIN, y, '試験区分', W - 2 * MARGIN, 'EXAMS')
    y -= 24
    etitle = '令和8年度 採用予定'
    p2.text(MARGIN, y, etitle, 'G', 9)
    erows = [['区分', '試験', '試験区分', '予定数']]
    for tr, ex, br in exams:
        for i, (cat, n) in enumerate(br):
            erows.append([tr if i == 0 else '', ex if i == 0 else '', cat, str(n)])
    y = table(p2, MARGIN, y - 8, [60, 270, 110, 70], erows, rowh=16, size=8.5)
    y -= 22
    colw = (W - 2 * MARGIN - 16) / 2
    xl, xr = MARGIN, MARGIN + colw + 16
    ytop = y
    heading(p2, xl, y, '研修', colw, 'TRAINING')
    y = para(p2, xl, y - 22, wrap(training[0], 26) + wrap(training[1], 26), 8.5, 13)
    y -= 10
    stitle = '両立支援'
    heading(p2, xl, y, stitle, colw)
    y -= 22
    for n, d, t in support:
        p2.text(xl, y, '■' + n + '（' + d + '）', 'G', 8.5)
        p2.text(xl + 10, y - 13, t, 'M', 8)
        y -= 30
    yl = y
    y = ytop
    heading(p2, xr, y, '働き方', colw, 'WORK STYLE')
    y -= 22
    for n, t in inits:
        p2.text(xr, y, '●' + n, 'G', 8.5)
        p2.text(xr + 10, y - 13, t[:25], 'M', 8)
        if len(t) > 25:
            p2.text(xr + 10, y - 26, t[25:], 'M', 8)
            y -= 13
        y -= 30
    y = min(yl, y) - 10
    heading(p2, MARGIN, y, 'お問い合わせ', W - 2 * MARGIN, 'CONTACT')
    y -= 22
    office_line = '医薬基盤・健康・栄養研究所 採用担当'
    p2.text(MARGIN, y, office_line, 'G', 8.5)
    crows = [['区分', '担当', '電話', '内線', 'E-mail']] + [[c['track'], c['office'], c['tel'], c['ext'], c['email']] for c in contacts]
    y = table(p2, MARGIN, y - 8, [50, 95, 95, 45, 200], crows, rowh=16, size=8.5,
              aligns=['center', 'left', 'center', 'center', 'left'])
    y -= 22
    heading(p2, MARGIN, y, 'アクセス', W - 2 * MARGIN, 'ACCESS')
    y -= 22
    p2.text(MARGIN, y, address, 'M', 8.5)
    y = para(p2, MARGIN, y - 14, [t for _, t in routes], 8.5, 14)
    footer(p2, '国立研究開発法人 医薬基盤・健康・栄養研究所', 2)

    facts = base_facts(org, '国立研究開発法人 医薬基盤・健康・栄養研究所 事務職員・技術職員 採用案内 2026',
                       2026, '2026-03', '令和8年3月現在', lead)
    facts['hiring'] = dict(intro=[intro], note=notes, tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                           layout='ruled 年度 | 事務職 | 技術職 | 計; 令和6年度 事務職 and 計 corrected 見え消し (old struck through with a red double line, new figure beside it)',
                           rows=rows)
    facts['assignments'] = assign_facts(2025, aintro, '事務職', '技術職', 'ruled 配属先 | 事務職 | 技術職', assign)
    facts['exams'] = exam_facts(etitle, 2026, 'ruled 区分 | 試験 | 試験区分 | 予定数', exams)
    facts['training'] = dict(title='研修', paragraphs=training)
    facts['initiatives'] = [dict(title=n, text=t) for n, t in inits]
    facts['initiativesIntro'] = ''
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [dict(name=n, duration=d, durationText=d, text=t) for n, d, t in support]
    facts['contacts'] = [dict(track=c['track'], office=c['office'], tel=[c['tel']], email=[c['email']], location='',
                              telText=[c['tel']], emailText=[c['email']], hoursText='') for c in contacts]
    facts['access'] = dict(address=address, routes=[r for r, _ in routes], routesSynthesised=False,
                           routesText=[t for _, t in routes])
    facts['decoys'] = dict(struck='令和6年度 事務職 6（3） and 計 8（4）: struck through (見え消し), the figure beside each is the right one',
                           extension='the 内線 column (2115, 2340) is no phone number and no count')
    return name, [p1, p2], facts


# --------------------------------------------------------------------------- brochure 2: kitachiba (y-down)
def kitachiba():
    name = 'kitachiba-2025'
    org = '北千葉広域水道企業団'
    rows = [hrow(2020, (3, 1), (5, 1)), hrow(2021, (2, 1), (4, 0)), hrow(2022, (3, 2), (6, 1)),
            hrow(2023, (2, 0), (5, 2)), hrow(2024, (3, 1), (4, 1)),
            hrow(2025, (3, None), (6, None), planned=True, labelText='令和7年度（予定）')]
    assign = [('総務課', 1, None), ('経理課', 1, None), ('業務課', 1, None), ('浄水課', None, 2),
              ('施設課', None, 1), ('水質管理課', None, 1)]
    exams = [('事務職', '北千葉広域水道企業団職員採用試験（大学卒業程度）', [('事務', 3)]),
             ('技術職', '北千葉広域水道企業団職員採用試験（大学卒業程度）', [('土木', 2), ('電気', 2), ('機械', 1), ('化学', 1)])]
    contact = dict(track='採用担当', office='北千葉広域水道企業団 総務部 総務課 人事係', tel='04-7159-0101',
                   telText='TEL 04-7159-0101（人事係直通）', email='jinji@kitachiba-water.jp',
                   emailText='E-mail jinji@kitachiba-water.jp')
    address = '〒270-0132 千葉県流山市野々下1-1'
    routes = [('東武アーバンパークライン『江戸川台』駅からバスで約10分', '・東武アーバンパークライン「江戸川台」駅からバスで約10分'),
              ('つくばエクスプレス『流山おおたかの森』駅からタクシーで約15分', '・つくばエクスプレス「流山おおたかの森」駅からタクシーで約15分')]
    support = [('育児休業', '子が3歳に達するまで', '令和6年度は男性職員2名が取得しました。'),
               ('部分休業', '小学校就学前まで', '1日2時間まで勤務しないことができます。')]
    training = ['採用後の1年間は先輩職員がOJTリーダーとして付きます。',
                '技術職は浄水場での現場研修と、日本水道協会の専門研修を受講します。']

    p1, p2 = Page(ydown=True), Page(ydown=True)
    y = H - MARGIN - 18
    p1.rect(MARGIN, y - 52, W - 2 * MARGIN, 74, fill=NAVY)
    p1.text(MARGIN + 14, y - 4, org, 'G', 24, white)
    p1.text(MARGIN + 14, y - 36, '職員採用案内 2025', 'G', 13, white)
    p1.text(W - MARGIN, y - 70, '令和7年4月1日現在', 'M', 8, align='right')
    lead = ['利根川から取った水を浄水し、千葉県北西部の市へ水道用水として届けています。',
            '一部事務組合の職員として、毎日の「安全な水」を支えませんか。']
    y = para(p1, MARGIN, y - 92, lead, 10, 16)
    y -= 12
    heading(p1, MARGIN, y, '採用実績', W - 2 * MARGIN, 'RECRUITMENT')
    y -= 24
    intro = '採用者数の推移（単位：人）'
    p1.text(MARGIN, y, intro, 'M', 8.5)
    # butterfly: [count 60][bar 110] [year 100] [bar 110][count 60] | [total 70]
    x0 = MARGIN + 10
    cx_year = x0 + 60 + 110 + 50
    yrow = y - 24
    hdr = ['事務職', '年度', '技術職', '合計']
    p1.rect(x0, yrow - 5, 510, 17, fill=LIGHT)
    p1.text(x0 + 60 + 110 - 4, yrow, hdr[0], 'G', 9, expect=False, align='right')
    p1.text(cx_year, yrow, hdr[1], 'G', 9, expect=False, align='center')
    p1.text(cx_year + 50 + 4, yrow, hdr[2], 'G', 9, expect=False)
    p1.text(x0 + 470, yrow, hdr[3], 'G', 9, expect=False, align='center')
    p1.expected.append('\t'.join(hdr))
    unit = 14.0
    for r in rows:
        yrow -= 22
        a, t, tot = cell_ct(r['admin']), cell_ct(r['tech']), cell_ct(r['total'])
        fill_a = BAR_A if not r['planned'] else Color(0.85, 0.85, 0.85)
        fill_t = BAR_T if not r['planned'] else Color(0.85, 0.85, 0.85)
        la = r['admin']['count'] * unit
        lt = r['tech']['count'] * unit
        p1.rect(cx_year - 50 - la, yrow - 3, la, 12, fill=fill_a)
        p1.rect(cx_year + 50, yrow - 3, lt, 12, fill=fill_t)
        p1.text(cx_year - 50 - la - 4, yrow, a, 'M', 9, expect=False, align='right')
        p1.text(cx_year, yrow, r['labelText'], 'G', 8.5, expect=False, align='center')
        p1.text(cx_year + 50 + lt + 4, yrow, t, 'M', 9, expect=False)
        p1.text(x0 + 470, yrow, tot, 'M', 9, expect=False, align='center')
        p1.expected.append('\t'.join([a, r['labelText'], t, tot]))
    p1.line(cx_year - 50, y - 12, cx_year - 50, yrow - 6, 0.4, GREY)
    p1.line(cx_year + 50, y - 12, cx_year + 50, yrow - 6, 0.4, GREY)
    p1.line(x0 + 430, y - 12, x0 + 430, yrow - 6, 0.4, GREY)
    y = yrow - 20
    notes = ['※（　）内は女性で内数。令和7年度は予定数です。']
    y = para(p1, MARGIN, y, notes, 7.5, 11)
    y -= 14
    heading(p1, MARGIN, y, '配属実績', W - 2 * MARGIN, 'ASSIGNMENT')
    y -= 24
    aintro = '令和6年度採用者の配属先（単位：人）'
    p1.text(MARGIN, y, aintro, 'M', 8.5)
    arows = [['配属先', '事務職', '技術職']] + [[u, '' if a is None else str(a), '' if t is None else str(t)] for u, a, t in assign]
    y = table(p1, MARGIN, y - 8, [160, 90, 90], arows, rowh=16, size=8.5)
    footer(p1, '北千葉広域水道企業団 職員採用案内', 1)

    y = H - MARGIN - 14
    heading(p2, MARGIN, y, '試験区分', W - 2 * MARGIN, 'EXAMS')
    y -= 24
    etitle = '令和7年度 採用予定'
    p2.text(MARGIN, y, etitle, 'G', 9)
    erows = [['区分', '試験', '試験区分', '予定数']]
    for tr, ex, br in exams:
        for i, (cat, n) in enumerate(br):
            erows.append([tr if i == 0 else '', ex if i == 0 else '', cat, str(n)])
    y = table(p2, MARGIN, y - 8, [60, 270, 110, 70], erows, rowh=16, size=8.5)
    y -= 22
    colw = (W - 2 * MARGIN - 16) / 2
    xl, xr = MARGIN, MARGIN + colw + 16
    ytop = y
    heading(p2, xl, y, '研修', colw, 'TRAINING')
    y = para(p2, xl, y - 22, wrap(training[0], 25) + wrap(training[1], 25), 8.5, 13)
    y -= 10
    stitle = '子育て支援'
    heading(p2, xl, y, stitle, colw)
    y -= 22
    for n, d, t in support:
        p2.text(xl, y, '■' + n + '（' + d + '）', 'G', 8.5)
        p2.text(xl + 10, y - 13, t, 'M', 8)
        y -= 30
    y = ytop
    heading(p2, xr, y, 'お問い合わせ', colw, 'CONTACT')
    y -= 22
    p2.text(xr, y, contact['office'], 'G', 8.5)
    p2.text(xr, y - 14, contact['telText'], 'M', 8.5)
    p2.text(xr, y - 28, contact['emailText'], 'M', 8.5)
    y -= 52
    heading(p2, xr, y, 'アクセス', colw, 'ACCESS')
    y -= 22
    p2.text(xr, y, address, 'M', 8.5)
    y = para(p2, xr, y - 14, [t for _, t in routes], 7.5, 13)
    footer(p2, '北千葉広域水道企業団 職員採用案内', 2)

    facts = base_facts(org, '北千葉広域水道企業団 職員採用案内 2025', 2025, '2025-04', '令和7年4月1日現在', ''.join(lead))
    facts['lead']['text'] = lead
    facts['hiring'] = dict(intro=[intro], note=notes, tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                           layout='butterfly 事務職 | 年度 | 技術職 | 合計: the year column in the middle, bars growing left (事務職) and right (技術職), the counts at the bars\' outer ends; page in y-down coordinates',
                           rows=rows)
    facts['assignments'] = assign_facts(2024, aintro, '事務職', '技術職', 'ruled 配属先 | 事務職 | 技術職', assign)
    facts['exams'] = exam_facts(etitle, 2025, 'ruled 区分 | 試験 | 試験区分 | 予定数', exams)
    facts['training'] = dict(title='研修', paragraphs=training)
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [dict(name=n, duration=d, durationText=d, text=t) for n, d, t in support]
    facts['contacts'] = [dict(track=contact['track'], office=contact['office'], tel=[contact['tel']], email=[contact['email']],
                              location='', telText=[contact['telText']], emailText=[contact['emailText']], hoursText='')]
    facts['access'] = dict(address=address, routes=[r for r, _ in routes], routesSynthesised=False,
                           routesText=[t for _, t in routes])
    facts['decoys'] = dict(ydown='every page drawn with `1 0 0 -1 0 H cm`, each text object with `1 0 0 -1 x y Tm` (upright on paper)',
                           bars='the bars\' lengths are drawn only (14 pt a person)')
    return name, [p1, p2], facts


# --------------------------------------------------------------------------- brochure 3: nara
def nara():
    name = 'nara-2026'
    org = '奈良県教育委員会'
    mf = {  # (men, women) per track
        2021: ((8, 7), (2, 0)), 2022: ((6, 9), (1, 1)), 2023: ((7, 6), (2, 1)),
        2024: ((5, 10), (1, 0)), 2025: ((7, 8), (2, 1))}
    rows = []
    for fy, ((am, aw), (tm, tw)) in sorted(mf.items()):
        texts = {'admin': '%d（%d）' % (am + aw, aw), 'tech': '%d（%d）' % (tm + tw, tw),
                 'total': '%d（%d）' % (am + aw + tm + tw, aw + tw)}
        r = hrow(fy, (am + aw, aw), (tm + tw, tw))
        for k in ('total', 'admin', 'tech'):
            r[k]['text'] = str(r[k]['count'])
        r['men'] = {'admin': am, 'tech': tm}
        rows.append(r)
    rows.append(hrow(2026, (16, None), (2, None), planned=True, labelText='令和8年度（予定）'))
    assign = [('教育政策推進課', 2, None), ('教職員課', 2, None), ('学校支援課', 1, None), ('県立高等学校', 6, None),
              ('県立特別支援学校', 3, None), ('教育研究所', 1, None), ('学校施設整備室', None, 3)]
    exams = [('事務職', '奈良県職員採用試験（大学卒業程度）', [('行政（教育委員会）', 10)]),
             ('事務職', '奈良県職員採用試験（高校卒業程度）', [('学校事務', 6)]),
             ('技術職', '奈良県職員採用試験（大学卒業程度）', [('建築', 1), ('電気', 1)])]
    contact = dict(track='お問い合わせ', office='奈良県教育委員会事務局 教職員課 事務職員人事係', tel='0742-27-9871',
                   telText='電話 0742-27-9871（直通）', email='kyoshokuin-jinji@office.pref.nara.lg.jp',
                   emailText='メール kyoshokuin-jinji@office.pref.nara.lg.jp')
    address = '〒630-8502 奈良県奈良市登大路町30'
    routes = [('近鉄奈良線『近鉄奈良』駅1番出口から徒歩約5分', '○近鉄奈良線「近鉄奈良」駅1番出口から徒歩約5分'),
              ('JR大和路線『奈良』駅から奈良交通バスで約10分', '○JR大和路線「奈良」駅から奈良交通バスで約10分')]
    support = [('育児休業', '子が3歳に達するまで', '学校に勤務する職員も同じ制度を利用できます。'),
               ('子の看護休暇', '年5日（子が2人以上は10日）', '1時間単位で取得できます。')]
    inits = [('時差出勤', '始業時刻を7時30分から10時30分の間で選べます。'),
             ('テレワーク', '事務局の職員は在宅勤務を利用できます。')]

    p1, p2 = Page(), Page()
    y = H - MARGIN - 16
    p1.line(MARGIN, y + 14, W - MARGIN, y + 14, 2.0, Color(0.45, 0.20, 0.50))
    p1.text(MARGIN, y - 10, org, 'G', 22, Color(0.45, 0.20, 0.50))
    p1.text(MARGIN, y - 34, '事務局・県立学校 職員採用案内', 'G', 13)
    p1.text(W - MARGIN, y - 34, '令和8年2月現在', 'M', 8, align='right')
    p1.line(MARGIN, y - 44, W - MARGIN, y - 44, 0.8, Color(0.45, 0.20, 0.50))
    lead = ['教育委員会事務局と県立学校で、子どもたちの学びを支える事務職員・技術職員を募集します。']
    y = para(p1, MARGIN, y - 66, lead, 9.5, 15)
    y -= 12
    heading(p1, MARGIN, y, '採用実績', W - 2 * MARGIN)
    y -= 24
    intro = '男女別の採用者数（単位：人）'
    p1.text(MARGIN, y, intro, 'M', 8.5)
    trows = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        if r['planned']:
            trows.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
        else:
            am, tm = r['men']['admin'], r['men']['tech']
            aw, tw = r['admin']['women'], r['tech']['women']
            trows.append([r['labelText'], '男%d 女%d' % (am, aw), '男%d 女%d' % (tm, tw), '男%d 女%d' % (am + tm, aw + tw)])
    y = table(p1, MARGIN, y - 8, [140, 120, 120, 120], trows, rowh=17, size=9)
    notes = ['※令和8年度は予定数（男女の内訳はありません）。']
    y = para(p1, MARGIN, y - 14, notes, 7.5, 11)
    y -= 14
    heading(p1, MARGIN, y, '配属実績', W - 2 * MARGIN)
    y -= 24
    aintro = '令和7年度採用者の配属先（単位：人）'
    p1.text(MARGIN, y, aintro, 'M', 8.5)
    arows = [['配属先', '事務職', '技術職']] + [[u, '' if a is None else str(a), '' if t is None else str(t)] for u, a, t in assign]
    y = table(p1, MARGIN, y - 8, [170, 90, 90], arows, rowh=16, size=8.5)
    footer(p1, '奈良県教育委員会 職員採用案内', 1)

    y = H - MARGIN - 14
    heading(p2, MARGIN, y, '試験区分', W - 2 * MARGIN)
    y -= 24
    etitle = '令和8年度 採用予定'
    p2.text(MARGIN, y, etitle, 'G', 9)
    erows = [['区分', '試験', '試験区分', '予定数']]
    last = None
    for tr, ex, br in exams:
        for i, (cat, n) in enumerate(br):
            erows.append([tr if (i == 0 and tr != last) else '', ex if i == 0 else '', cat, str(n)])
            last = tr
    y = table(p2, MARGIN, y - 8, [60, 240, 130, 70], erows, rowh=16, size=8.5)
    y -= 22
    colw = (W - 2 * MARGIN - 16) / 2
    xl, xr = MARGIN, MARGIN + colw + 16
    ytop = y
    ititle = '働きやすい職場'
    heading(p2, xl, y, ititle, colw)
    y -= 22
    for n, t in inits:
        p2.text(xl, y, '◆' + n, 'G', 8.5)
        p2.text(xl + 10, y - 13, t, 'M', 8)
        y -= 30
    y -= 6
    stitle = '子育て・介護の支援'
    heading(p2, xl, y, stitle, colw)
    y -= 22
    for n, d, t in support:
        p2.text(xl, y, '◆' + n + '（' + d + '）', 'G', 8.5)
        p2.text(xl + 10, y - 13, t, 'M', 8)
        y -= 30
    y = ytop
    heading(p2, xr, y, 'お問い合わせ', colw)
    y -= 22
    p2.text(xr, y, '奈良県教育委員会事務局', 'G', 8.5)
    p2.text(xr, y - 14, '教職員課 事務職員人事係', 'G', 8.5)
    p2.text(xr, y - 28, contact['telText'], 'M', 8.5)
    p2.text(xr, y - 42, 'メール kyoshokuin-jinji', 'M', 8.5)
    p2.text(xr + 24, y - 56, '@office.pref.nara.lg.jp', 'M', 8.5)
    y -= 80
    heading(p2, xr, y, 'アクセス', colw)
    y -= 22
    p2.text(xr, y, address, 'M', 8.5)
    y = para(p2, xr, y - 14, [t for _, t in routes], 7.5, 13)
    footer(p2, '奈良県教育委員会 職員採用案内', 2)

    facts = base_facts(org, '奈良県教育委員会 事務局・県立学校 職員採用案内', 2026, '2026-02', '令和8年2月現在', lead[0])
    for r in rows:
        r.pop('men', None)
    for r in rows:
        if not r['planned']:
            for k in ('total', 'admin', 'tech'):
                r[k]['text'] = str(r[k]['count'])
    facts['hiring'] = dict(intro=[intro], note=notes, tracks=dict(admin='事務職', tech='技術職'), textSynthesised=True,
                           layout='ruled 年度 | 事務職 | 技術職 | 計; every actual cell `男8 女7` (men and women, no head count printed: count = 男 + 女, women = 女; text synthesised)',
                           rows=rows)
    facts['assignments'] = assign_facts(2025, aintro, '事務職', '技術職', 'ruled 配属先 | 事務職 | 技術職', assign)
    facts['exams'] = exam_facts(etitle, 2026, 'ruled 区分 | 試験 | 試験区分 | 予定数', exams)
    facts['training'] = None
    facts['initiatives'] = [dict(title=n, text=t) for n, t in inits]
    facts['initiativesIntro'] = ''
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [dict(name=n, duration=d, durationText=d, text=t) for n, d, t in support]
    facts['contacts'] = [dict(track=contact['track'], office=contact['office'], tel=[contact['tel']], email=[contact['email']],
                              location='', telText=[contact['telText']], emailText=['メール kyoshokuin-jinji', '@office.pref.nara.lg.jp'],
                              hoursText='')]
    facts['access'] = dict(address=address, routes=[r for r, _ in routes], routesSynthesised=False,
                           routesText=[t for _, t in routes])
    facts['decoys'] = dict(menwomen='`男8 女7` cells: the head count 15 is printed nowhere', note='`（子が2人以上は10日）` in a support duration')
    return name, [p1, p2], facts


# --------------------------------------------------------------------------- facts skeleton
def base_facts(org, document, year, asof, asoftext, lead):
    return {'organization': org, 'document': document,
            'edition': {'year': year, 'asOf': asof, 'asOfText': asoftext},
            'lead': {'title': '', 'text': [lead]},
            'hiring': None, 'assignments': None, 'exams': None, 'training': None,
            'initiatives': [], 'initiativesIntro': '', 'supportTitle': '', 'supportSystems': [],
            'contacts': [], 'access': None, 'keyFigures': [], 'decoys': {}}


def assign_facts(cohort, intro, a, t, layout, rows):
    return {'cohortFiscalYear': cohort, 'intro': intro, 'tracks': {'admin': a, 'tech': t}, 'layout': layout,
            'rows': [{'unit': u, 'admin': x, 'tech': y} for u, x, y in rows]}


def exam_facts(title, fy, layout, exams):
    return {'title': title, 'fiscalYear': fy, 'textSynthesised': False, 'layout': layout,
            'entries': [{'track': tr, 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in br],
                         'total': sum(n for _, n in br)} for tr, ex, br in exams]}


# --------------------------------------------------------------------------- checks
def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def standin(f):
    """The document an ideal extractor would give, built from the facts."""
    def c(d):
        return {'count': d['count'], 'women': d.get('women')}
    s = {}
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'total': c(r['total']), 'administrative': c(r['admin']),
                             'technical': c(r['tech']), 'planned': r['planned']} for r in f['hiring']['rows']]}
    a = f['assignments']
    s['assignments'] = {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]}
    s['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': k['office'], 'phones': [{'number': t} for t in k['tel']], 'emails': k['email']} for k in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': s}


def validate(name, pages, facts, exp):
    def need(ok, why):
        if not ok:
            raise Refused('%s: %s' % (name, why))
    drawn = norm(exp.replace('\f', ''))
    # layout: fonts, margins, overlaps
    for pi, p in enumerate(pages):
        need(not p.overflows, 'p%d: cells overflow their column: %s' % (pi + 1, p.overflows))
        boxes = []
        for t in p.texts:
            face = FACES[t['font']]
            for ch in t['s']:
                need(ord(ch) in face.charToGlyph, 'p%d: %r not in font %s' % (pi + 1, ch, t['font']))
            need(not t['s'].startswith(('。', '、', '）')), 'p%d: line starts with punctuation: %r' % (pi + 1, t['s']))
            b = (t['x'], t['y'] - 0.15 * t['size'], t['x'] + t['w'], t['y'] + 0.85 * t['size'])
            need(b[0] >= MARGIN - 0.01 and b[2] <= W - MARGIN + 0.01 and b[1] >= 18 and b[3] <= H - MARGIN + 0.01,
                 'p%d: %r outside the margins' % (pi + 1, t['s']))
            for o in boxes:
                need(not (b[0] < o[0][2] - 0.3 and o[0][0] < b[2] - 0.3 and b[1] < o[0][3] - 0.3 and o[0][1] < b[3] - 0.3),
                     'p%d: %r overlaps %r' % (pi + 1, t['s'], o[1]))
            boxes.append((b, t['s']))
        # every expected line is drawn (its characters on this page)
        ink = norm(''.join(t['s'] for t in p.texts))
        for line in p.expected:
            for ch in norm(line):
                need(ch in ink, 'p%d: expected %r not drawn' % (pi + 1, ch))
    need(len(exp.split('\n\f\n')) == len(pages), 'page count')
    # the organisation and the edition are printed
    need(norm(facts['organization']) in drawn, 'organisation not printed')
    need(norm(facts['edition']['asOfText']) in drawn, 'edition not printed')
    # hiring
    h = facts['hiring']['rows']
    for i, r in enumerate(h):
        need(norm(r['labelText']) in drawn, 'label %s not printed' % r['labelText'])
        need(r['label'] == era(r['fiscalYear']), 'wrong era label %s' % r['label'])
        need(r['planned'] == (i == len(h) - 1), 'the planned row must be the last')
        for k in ('total', 'admin', 'tech'):
            need(r[k]['text'] == str(r[k]['count']), 'printed count differs: %s %s' % (r['labelText'], k))
            if r['planned']:
                need(r[k]['women'] is None, 'women on the planned row')
            else:
                need(r[k]['women'] is not None and 0 <= r[k]['women'] <= r[k]['count'], 'women above the count')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], 'hiring total %s' % r['labelText'])
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], 'women total %s' % r['labelText'])
    # the printed figures: each actual row's cells as drawn
    lines = exp.split('\n')
    for r in h:
        row = [l for l in lines if l.split('\t')[0] == r['labelText'] or (len(l.split('\t')) > 1 and l.split('\t')[1] == r['labelText'])]
        need(len(row) == 1, 'hiring row %s not found once' % r['labelText'])
        cells = row[0].split('\t')
        if cells[1] == r['labelText']:   # butterfly
            got = {'admin': cells[0], 'tech': cells[2], 'total': cells[3]}
        else:
            got = {'admin': cells[1], 'tech': cells[2], 'total': cells[3]}
        for k, v in got.items():
            d = r[k]
            if r['planned']:
                need(v == d['text'], 'planned cell %s %s' % (r['labelText'], k))
            elif v.startswith('男'):
                m, w = v[1:].split(' 女')
                need(int(m) + int(w) == d['count'] and int(w) == d['women'], 'men/women cell %s %s' % (r['labelText'], k))
            else:
                need(v.split(' ')[-1] == '%s（%s）' % (d['text'], d['womenText']), 'cell %s %s: %r' % (r['labelText'], k, v))
    # assignments
    a = facts['assignments']
    actual = [r for r in h if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'wrong cohort')
    need(norm(era(a['cohortFiscalYear'])) in norm(a['intro']), 'cohort not in the intro')
    coh = actual[-1]
    need(sum(r['admin'] or 0 for r in a['rows']) == coh['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == coh['tech']['count'], 'assignment tech sum')
    units = [norm(r['unit']) for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicated unit')
    for r in a['rows']:
        want = '\t'.join([r['unit'], '' if r['admin'] is None else str(r['admin']), '' if r['tech'] is None else str(r['tech'])])
        need(want in lines, 'assignment row %s not printed' % r['unit'])
    # exams
    plan = h[-1]
    keys = set()
    for tk, tr in (('admin', '事務'), ('tech', '技術')):
        es = [e for e in facts['exams']['entries'] if tr in e['track']]
        need(sum(e['total'] for e in es) == plan[tk]['count'], 'exam totals %s' % tr)
    for e in facts['exams']['entries']:
        need('院' not in e['exam'], 'graduate-looking exam name')
        need(norm(e['exam']) in drawn, 'exam not printed')
        need(sum(b['count'] for b in e['breakdown']) == e['total'], 'exam breakdown sum')
        for b in e['breakdown']:
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            need(k not in keys, 'colliding exam category %s' % (k,))
            keys.add(k)
            need(any(l.endswith('\t'.join([b['category'], str(b['count'])])) for l in lines), 'exam cell %s' % b['category'])
    # contacts
    for c in facts['contacts']:
        for t, tt in zip(c['tel'], c['telText']):
            need(norm(tt) in drawn, 'phone line not printed')
            dg = ''.join(ch for ch in unicodedata.normalize('NFKC', tt.split('（')[0]) if ch.isdigit())
            need(dg == t.replace('-', ''), 'wrong phone %s' % t)
        for m in c['email']:
            need(norm(m) in drawn, 'e-mail %s not printed' % m)
        need(norm(''.join(c['emailText'])) in drawn, 'e-mail text not printed')
        need(all(norm(x) in drawn for x in c['office'].split(' ')), 'office not printed')
    # access
    acc = facts['access']
    need(norm(acc['address']) in drawn, 'address not printed')
    for r, t in zip(acc['routes'], acc['routesText']):
        need(norm(t) in drawn, 'route not printed')
        need(norm(r.replace('『', '「').replace('』', '」')) in norm(t), 'route differs from its printed line')
    for i in facts['initiatives']:
        need(norm(i['title']) in drawn, 'initiative %s not printed' % i['title'])
    for i in facts['supportSystems']:
        need(norm(i['name']) in drawn, 'support %s not printed' % i['name'])
    # score_extract: full marks on the stand-in, nothing on an empty document
    res = checks(facts, standin(facts), drawn)
    need(all(ok for _, ok in res), 'stand-in misses %s' % [n for n, ok in res if not ok])
    kinds = {n.split(' ')[0] for n, _ in res}
    need({'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'support'} <= kinds,
         'check kinds missing: %s' % kinds)
    empty = checks(facts, {}, drawn)
    need(not any(ok for _, ok in empty), 'an empty document scores')
    return res


# --------------------------------------------------------------------------- rendering
def render(name, pages):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(name)
    c.setAuthor('BrochureKit holdout56')
    for pi, p in enumerate(pages):
        c.setPageSize((W, H))
        if p.ydown:
            c.saveState()
            c.transform(1, 0, 0, -1, 0, H)

        def Y(y):
            return H - y if p.ydown else y
        for g in p.gfx:
            if g[0] == 'line':
                _, x1, y1, x2, y2, w, col = g
                c.setLineWidth(w)
                c.setStrokeColor(col)
                c.line(x1, Y(y1), x2, Y(y2))
            else:
                _, x, y, w, h, fill, stroke, lw = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                yy = Y(y + h) if p.ydown else y
                c.rect(x, yy, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        order = list(range(len(p.texts)))
        random.Random('%s-%d' % (name, pi)).shuffle(order)
        for i in order:
            t = p.texts[i]
            to = c.beginText()
            if p.ydown:
                to.setTextTransform(1, 0, 0, -1, t['x'], H - t['y'])
            else:
                to.setTextOrigin(t['x'], t['y'])
            to.setFont(t['font'], t['size'])
            to.setFillColor(t['color'])
            to.textOut(t['s'])
            c.drawText(to)
        if p.ydown:
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


BROCHURES = {'nibiohn': nibiohn, 'kitachiba': kitachiba, 'nara': nara}


def build(key, write=True, verbose=False):
    name, pages, facts = BROCHURES[key]()
    exp = expected_text(pages)
    res = validate(name, pages, facts, exp)
    pdf = render(name, pages)
    need2 = render(name, pages)
    if pdf != need2:
        raise Refused('%s: two renderings differ' % name)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8').write(exp)
        with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
    if verbose:
        print('%s: %d checks, md5 %s' % (name, len(res), hashlib.md5(pdf).hexdigest()))
    return name, pages, facts, exp


# --------------------------------------------------------------------------- fault injection
def faults():
    F = []

    def add(desc, fn, layout=False):
        F.append((desc, fn, layout))
    add('hiring total +1', lambda f, p: f['hiring']['rows'][0]['total'].update(count=f['hiring']['rows'][0]['total']['count'] + 1, text=str(f['hiring']['rows'][0]['total']['count'] + 1)))
    add('women total +1', lambda f, p: f['hiring']['rows'][1]['total'].update(women=f['hiring']['rows'][1]['total']['women'] + 1))
    add('track women +1', lambda f, p: f['hiring']['rows'][2]['admin'].update(women=f['hiring']['rows'][2]['admin']['women'] + 1))
    add('admin count +1 (text too)', lambda f, p: f['hiring']['rows'][3]['admin'].update(count=f['hiring']['rows'][3]['admin']['count'] + 1, text=str(f['hiring']['rows'][3]['admin']['count'] + 1)))
    add('printed text differs', lambda f, p: f['hiring']['rows'][0]['tech'].update(text='99'))
    add('women on the planned row', lambda f, p: f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1'))
    add('planned row first', lambda f, p: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    add('wrong era label', lambda f, p: f['hiring']['rows'][0].update(label='平成3年度'))
    add('women above the count', lambda f, p: f['hiring']['rows'][4]['tech'].update(women=50))
    add('assignment +1', lambda f, p: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    add('wrong cohort', lambda f, p: f['assignments'].update(cohortFiscalYear=f['assignments']['cohortFiscalYear'] - 1))
    add('duplicated unit', lambda f, p: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=None)))
    add('exam count +1', lambda f, p: f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1))
    add('last category +1, total kept', lambda f, p: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    add('colliding category', lambda f, p: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0], count=0)))
    add('exam name with 院', lambda f, p: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院'))
    add('wrong phone', lambda f, p: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0][:-1] + '9' if not f['contacts'][0]['tel'][0].endswith('9') else f['contacts'][0]['tel'][0][:-1] + '8']))
    add('e-mail not printed', lambda f, p: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))
    add('office not printed', lambda f, p: f['contacts'][0].update(office=f['contacts'][0]['office'] + '課'))
    add('route not printed', lambda f, p: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('分', '5分')))
    add('support not printed', lambda f, p: f['supportSystems'][0].update(name='ノー残業デー'))
    add('organisation not printed', lambda f, p: f.update(organization='奈良市教育委員会'))
    add('edition differs', lambda f, p: f['edition'].update(asOfText='令和9年1月現在'))
    add('overlapping item', lambda f, p: p[0].texts.append(dict(p[0].texts[5])), True)
    add('item in the margin', lambda f, p: p[1].texts.append(dict(x=5, y=400, s='余白', font='M', size=9, color=black, w=18)), True)
    add('glyph the font lacks', lambda f, p: p[0].texts.append(dict(x=300, y=30, s='\U0001F600', font='M', size=9, color=black, w=9)), True)
    add('line starting with 。', lambda f, p: p[1].texts.append(dict(x=300, y=22, s='。あ', font='M', size=5, color=black, w=10)), True)
    add('expected line not drawn', lambda f, p: p[0].expected.append('鬱'), True)
    add('body line made furniture', lambda f, p: p[1].expected.remove(f['access']['address']) if f['access']['address'] in p[1].expected else p[0].expected.remove(f['access']['address']), True)
    return F


def selftest(verbose=False):
    total = refused = 0
    for key in BROCHURES:
        for desc, fn, layout in faults():
            name, pages, facts = BROCHURES[key]()
            f = copy.deepcopy(facts)
            try:
                fn(f, pages)
            except (ValueError, IndexError) as e:  # a fault that cannot apply counts as a failure of the test
                print('FAULT NOT APPLICABLE %s %s: %s' % (key, desc, e))
                total += 1
                continue
            exp = expected_text(pages)
            total += 1
            try:
                validate(name, pages, f, exp)
                print('NOT REFUSED %s: %s' % (key, desc))
            except Refused as e:
                refused += 1
                if verbose:
                    print('refused %-10s %-32s %s' % (key, desc, e))
            except Exception as e:  # noqa: BLE001
                print('CRASHED %s %s: %r' % (key, desc, e))
    scratch = Page()
    table(scratch, MARGIN, 400, [40, 40], [['区分', '件数'], ['とても長い区分の名前', '1']])
    total += 1
    try:
        validate('scratch', [scratch], None, '')
        print('NOT REFUSED scratch: overflowing cell')
    except Refused as e:
        refused += 1
        if verbose:
            print('refused %-10s %-32s %s' % ('scratch', 'overflowing cell', e))
    print('%d/%d faults refused' % (refused, total))
    return refused == total


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest(verbose) else 1)
    for key in args or list(BROCHURES):
        build(key, True, True)
