#!/usr/bin/env python3
"""holdout85: three blind brochures of LOCAL public bodies (鶴岡市, 上田地域広域連合, 新居浜市).

Self-contained: a page model in top-down coordinates, ruled / unruled table rows, reportlab's canvas
(invariant=1, no page compression), the facts, the checks. Every visual text piece is one text item
and one text object (BT ... ET); the items of a page are drawn after its graphics in a seeded shuffled
order. See holdout85/README.md.

  python3 Fixtures/generate_holdout85.py              # all three (deterministic)
  python3 Fixtures/generate_holdout85.py niihama-2026 # one (tsuruoka-2026, ueda-koiki-2026, niihama-2026)
"""
import json, os, random, re, subprocess, sys, tempfile, unicodedata, hashlib
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout85')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
CMAPS = {'G': pdfmetrics.getFont('G').face.charToGlyph, 'M': pdfmetrics.getFont('M').face.charToGlyph}

W, H = 595.0, 842.0
EDGE = 20.0
BOTTOM = 800.0
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fail(msg):
    raise SystemExit('REFUSED: ' + msg)


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


class Page:
    def __init__(self):
        self.items = []      # dict(text, x, y, font, size, color, line, furniture)
        self.lines = []      # expected lines (strings), in reading order
        self.graphics = []   # callables(canvas)

    # -- text -------------------------------------------------------------
    def item(self, text, x, y, font='M', size=9, color=(0, 0, 0), line=None, furniture=False, align='left'):
        if align == 'right':
            x = x - width(text, font, size)
        elif align == 'center':
            x = x - width(text, font, size) / 2
        it = dict(text=text, x=x, y=y, font=font, size=size, color=color, line=line, furniture=furniture)
        self.items.append(it)
        return it

    def line(self, text, x, y, font='M', size=9, color=(0, 0, 0), align='left'):
        """one item that is one expected line"""
        self.lines.append(text)
        return self.item(text, x, y, font, size, color, line=len(self.lines) - 1, align=align)

    def pieces(self, pieces, y, sep=''):
        """several items on one baseline making one expected line: pieces = [(text, x, font, size, color, align)]"""
        idx = len(self.lines)
        self.lines.append(sep.join(p[0] for p in pieces))
        for p in pieces:
            text, x, font, size = p[:4]
            color = p[4] if len(p) > 4 else (0, 0, 0)
            align = p[5] if len(p) > 5 else 'left'
            self.item(text, x, y, font, size, color, line=idx, align=align)

    def furniture(self, text, x, y, font='M', size=8, align='left'):
        return self.item(text, x, y, font, size, (0.4, 0.4, 0.4), furniture=True, align=align)

    # -- graphics -----------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        def g(c):
            c.saveState()
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
            c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        self.graphics.append(g)

    def hline(self, x0, x1, y, lw=0.5, color=(0.3, 0.3, 0.3)):
        def g(c):
            c.saveState(); c.setStrokeColorRGB(*color); c.setLineWidth(lw)
            c.line(x0, H - y, x1, H - y); c.restoreState()
        self.graphics.append(g)

    def vline(self, x, y0, y1, lw=0.5, color=(0.3, 0.3, 0.3)):
        def g(c):
            c.saveState(); c.setStrokeColorRGB(*color); c.setLineWidth(lw)
            c.line(x, H - y0, x, H - y1); c.restoreState()
        self.graphics.append(g)

    # -- tables -------------------------------------------------------------
    def table(self, x, y, cols, rows, size=8.5, rowh=15, ruled=True, header_tint=None, fonts=None, aligns=None, header=True):
        """rows: list of lists of cell strings ('' = empty). Each row is one expected line (TAB-joined).
        Returns the y below the table."""
        xs = [x]
        for c in cols: xs.append(xs[-1] + c)
        top = y
        for r, row in enumerate(rows):
            if r == 0 and header_tint:
                self.rect(x, y, xs[-1] - x, rowh, fill=header_tint)
            idx = len(self.lines)
            self.lines.append('\t'.join(row))
            base = y + rowh / 2 + size * 0.35
            for ci, cell in enumerate(row):
                if not cell: continue
                if width(cell, (fonts or ['M'] * len(cols))[ci], size) > cols[ci] - 4:
                    fail(f'cell {cell!r} wider than its column')
                hdr = header and r == 0
                font = 'G' if hdr else (fonts or ['M'] * len(cols))[ci]
                al = (aligns or ['left'] * len(cols))[ci] if not hdr else 'center'
                if al == 'left': self.item(cell, xs[ci] + 4, base, font, size, line=idx)
                elif al == 'center': self.item(cell, (xs[ci] + xs[ci + 1]) / 2, base, font, size, line=idx, align='center')
                else: self.item(cell, xs[ci + 1] - 4, base, font, size, line=idx, align='right')
            y += rowh
            if ruled or (header and r == 0):
                self.hline(x, xs[-1], y)
        if ruled:
            self.hline(x, xs[-1], top)
            for xv in xs: self.vline(xv, top, y)
        return y


def heading(p, text, x, y, color, size=12):
    p.rect(x, y - size * 0.95, 4, size * 1.1, fill=color)
    p.line(text, x + 9, y, 'G', size)
    return y + size + 8


def era(fy):
    return f'令和{fy - 2018}年度'


def cell(n, w=None, fw=False):
    s = f'{n}（{w}）' if w is not None else f'{n}'
    return s.translate(FW) if fw else s


# ---------------------------------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------------------------------

def hiring_facts(data, plan, tracks, fw=False, layout=''):
    rows = []
    for fy in range(2021, 2026):
        a, aw, t, tw = data[fy]
        def c(n, w): return dict(count=n, text=str(n), women=w, womenText=str(w), cellText=cell(n, w, fw))
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=False, total=c(a + t, aw + tw), admin=c(a, aw),
                         tech=c(t, tw), labelText=era(fy).translate(FW) if fw else era(fy)))
    a, t = plan
    def c(n): return dict(count=n, text=str(n), women=None, womenText=None, cellText=cell(n, fw=fw))
    lab = era(2026) + '（予定）'
    rows.append(dict(fiscalYear=2026, label=era(2026), planned=True, total=c(a + t), admin=c(a), tech=c(t),
                     labelText=lab.translate(FW) if fw else lab))
    return dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                tracks=dict(admin=tracks[0], tech=tracks[1]), textSynthesised=False, layout=layout,
                header=['年度', tracks[0], tracks[1], '計'], columns=['label', 'admin', 'tech', 'total'], rows=rows)


def brochure_specs():
    specs = {}
    # ---------------- 鶴岡市 (山形県, Tohoku) ----------------
    specs['tsuruoka-2026'] = dict(
        organization='鶴岡市', color=(0.55, 0.2, 0.25), margin=48,
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月1日', printed='発行日：令和8年4月1日', label='発行日：'),
        lead=['庄内の城下町で、食と文化のまちづくりを担う職員を募集します。'],
        hiring=hiring_facts({2021: (8, 3, 3, 0), 2022: (9, 4, 2, 1), 2023: (7, 3, 4, 1), 2024: (10, 5, 3, 0),
                             2025: (9, 4, 4, 1)}, (9, 4), ('事務職', '技術職'), layout='ruled 年度 | 事務職 | 技術職 | 計; cells N（W）'),
        units=[('総務課', 2, None), ('税務課', 2, None), ('市民課', 2, None), ('地域振興課', 1, None), ('福祉課', 2, None),
               ('土木課', None, 3), ('建築課', None, 1)],
        exams=[('事務職', '職員採用試験（大卒程度）', [('一般事務', 9)]),
               ('技術職', '職員採用試験（大卒程度）', [('土木', 3), ('建築', 1)])],
        exam_style='cards',
        training=['採用後1年間は、山形県市町村職員研修所の研修と職場での実務研修を受講します。'],
        initiatives=[('テレワーク', '在宅勤務を週2日まで利用できます。'), ('時差出勤', '始業を7時30分から10時まで選べます。')],
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        support_style='paren',
        office='鶴岡市総務部職員課', tel='0235-25-2840', telText='TEL 0235-25-2840',
        email='tsuruoka-saiyo@city.tsuruoka.lg.jp',
        address='〒997-8601 山形県鶴岡市馬場町9-25',
        routes=[('JR羽越本線', '鶴岡', '駅から車で約10分'), ('JR羽越本線', '羽前大山', '駅から車で約15分')],
        route_style='line',
    )
    # ---------------- 上田地域広域連合 (長野県, Chubu) ----------------
    specs['ueda-koiki-2026'] = dict(
        organization='上田地域広域連合', color=(0.15, 0.4, 0.3), margin=56,
        members='構成市町村：上田市・東御市・長和町・青木村',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月現在', printed='令和8年4月現在'),
        lead=['2市1町1村でつくる広域連合です。ごみ処理、消防、介護保険などを共同で担います。'],
        hiring=hiring_facts({2021: (2, 1, 1, 0), 2022: (1, 0, 2, 0), 2023: (2, 1, 1, 1), 2024: (3, 1, 1, 0),
                             2025: (2, 2, 2, 0)}, (2, 2), ('事務職', '技術職'),
                            layout='unruled (header tint, one rule under it) 年度 | 事務職 | 技術職 | 計; cells N（W）'),
        units=[('総務課', 1, None), ('介護保険課', 1, None), ('清掃施設課', None, 1), ('消防施設課', None, 1)],
        exams=[('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 2)]),
               ('技術職', '職員採用試験（大学卒業程度）', [('電気', 1), ('機械', 1)])],
        exam_style='table',
        training=['長野県市町村職員研修センターの新規採用職員研修を受講します。'],
        initiatives=[('ノー残業デー', '毎週水曜日は定時に退庁します。'), ('年次休暇の計画的取得', '年度初めに休暇の予定表をつくります。')],
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
        support_style='paren',
        office='上田地域広域連合事務局 総務課', tel='0268-23-6245', telText='TEL 0268-23-6245',
        email='koiki-saiyo@area.ueda.nagano.jp',
        address='〒386-0012 長野県上田市中央3-5-1',
        routes=[('しなの鉄道線', '上田', '駅から', '徒歩約15分'), ('上田電鉄別所線', '城下', '駅から', '徒歩約10分')],
        route_style='station-heading',
    )
    # ---------------- 新居浜市 (愛媛県, Shikoku) ----------------
    specs['niihama-2026'] = dict(
        organization='新居浜市', color=(0.1, 0.3, 0.6), margin=44,
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月現在', printed='令和8年3月現在'),
        lead=['別子銅山とともに歩んだ産業のまちで、市民の暮らしを支える仕事です。'],
        hiring=hiring_facts({2021: (12, 5, 4, 1), 2022: (14, 7, 3, 0), 2023: (11, 6, 5, 1), 2024: (13, 6, 4, 2),
                             2025: (15, 8, 5, 1)}, (14, 5), ('事務職', '技術職'), layout='ruled 年度 | 事務職 | 技術職 | 計; cells N（W）'),
        units=[('総務課', 2, None), ('市民課', 3, None), ('税務課', 3, None), ('地域福祉課', 3, None), ('子育て支援課', 2, None),
               ('観光物産課', 2, None), ('道路課', None, 3), ('建築住宅課', None, 2)],
        units_fw=True,
        exams=[('事務職', '職員採用試験（大学卒業程度）', [('行政', 12), ('社会福祉', 2)]),
               ('技術職', '職員採用試験（大学卒業程度）', [('土木', 3), ('建築', 2)])],
        exam_style='table',
        training=['採用後は愛媛県市町振興協会の新規採用職員研修と、市独自の階層別研修を受講します。'],
        initiatives=[('フレックスタイム制', '1日の勤務時間を6時間から10時間の間で割り振れます。'), ('ノー残業デー', '毎週金曜日は定時に退庁します。')],
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('子の看護休暇', '年5日', '時間単位でも取得できます。')],
        support_style='wave',
        office='新居浜市総務部人事課', tel='0897-65-1230', telText='TEL 0897 65 1230',
        email='niihama-shokuin@city.niihama.lg.jp',
        address='〒792-8585 愛媛県新居浜市一宮町1-5-1',
        routes=[('JR予讃線', '新居浜', '駅から車で約10分'), ('JR予讃線', '多喜浜', '駅から車で約15分（約6km）')],
        route_style='line',
        running='新居浜市　職員採用案内　2026',
    )
    return specs


# ---------------------------------------------------------------------------------------------------
# drawing
# ---------------------------------------------------------------------------------------------------

def build(name, s):
    org = s['organization']
    L = s['margin']; R = W - s['margin']; col = s['color']
    p1, p2 = Page(), Page()
    facts_extra = {}
    for p in (p1, p2):
        p.rect(0, 0, W, 14, fill=col)
    if s.get('running'):
        for p in (p1, p2):
            p.furniture(s['running'], R, 30, 'G', 7.5, align='right')
    # ---- page 1: masthead ----
    y = 66
    p1.line(org, L, y, 'G', 24, col)
    y += 18
    if s.get('members'):
        p1.line(s['members'], L, y, 'M', 8.5, (0.35, 0.35, 0.35))
        y += 20
    else:
        y += 6
    p1.line('職員採用案内 2026', L, y, 'G', 14)
    y += 18
    p1.line(s['edition']['printed'], R, y, 'M', 9, align='right')
    y += 22
    for t in s['lead']:
        p1.line(t, L, y, 'M', 9.5); y += 15
    y += 12
    # ---- hiring ----
    h = s['hiring']
    y = heading(p1, '採用実績', L, y, col)
    p1.line(h['intro'][0], L, y, 'M', 8.5); y += 6
    rows = [h['header']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']] for r in h['rows']]
    ruled = not h['layout'].startswith('unruled')
    y = p1.table(L, y, [110, 90, 90, 90], rows, ruled=ruled, header_tint=(0.9, 0.92, 0.9),
                 aligns=['left', 'right', 'right', 'right'])
    y += 13
    p1.line(h['note'][0], L, y, 'M', 7.5); y += 26
    # ---- assignments ----
    y = heading(p1, '配属実績', L, y, col)
    intro = '令和7年度採用者の配属先（単位：人）'
    p1.line(intro, L, y, 'M', 8.5); y += 6
    fwu = s.get('units_fw')
    arows = [['配属先', '事務職', '技術職']]
    for u, a, t in s['units']:
        f = (lambda n: ('－' if n is None else (str(n).translate(FW) if fwu else str(n))))
        arows.append([u, f(a), f(t)])
    y = p1.table(L, y, [140, 80, 80], arows, header_tint=(0.9, 0.92, 0.9), aligns=['left', 'right', 'right'])
    if y > BOTTOM: fail('page 1 too long')
    p1.furniture('- 1 -', W / 2, 814, align='center')
    assignments = dict(cohortFiscalYear=2025, intro=intro, tracks=dict(admin='事務職', tech='技術職'),
                       layout='ruled 配属先 | 事務職 | 技術職' + ('; full-width digits, － for none' if fwu else '; － for none'),
                       rows=[dict(unit=u, admin=a, tech=t) for u, a, t in s['units']])

    # ---- page 2: exams ----
    y = 50
    y = heading(p2, '令和8年度の採用予定', L, y, col)
    exams = dict(title='令和8年度の採用予定', fiscalYear=2026, textSynthesised=False, entries=[])
    for tr, ex, cats in s['exams']:
        exams['entries'].append(dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                                     total=sum(n for _, n in cats)))
    if s['exam_style'] == 'table':
        exams['layout'] = 'ruled 区分 | 試験 | 職種 | 採用予定数'
        exams['header'] = ['区分', '試験', '職種', '採用予定数']
        erows = [exams['header']]
        for tr, ex, cats in s['exams']:
            for i, (c, n) in enumerate(cats):
                erows.append([tr if i == 0 else '', ex if i == 0 else '', c, str(n)])
        y = p2.table(L, y, [70, 170, 110, 80], erows, header_tint=(0.9, 0.92, 0.9),
                     aligns=['left', 'left', 'left', 'right'])
        y += 24
    else:
        # 募集要項 cards side by side: a tinted title bar (the category) over key/value rows
        exams['layout'] = '募集要項 cards side by side: title bar = category; rows 区分 | track, 試験 | exam, 採用予定人数 | N名'
        exams['header'] = []
        exams['cards'] = []
        cards = [(tr, ex, c, n) for tr, ex, cats in s['exams'] for c, n in cats]
        gap = 12
        cw = (R - L - gap * (len(cards) - 1)) / len(cards)
        top = y
        for k, (tr, ex, c, n) in enumerate(cards):
            x = L + k * (cw + gap)
            p2.rect(x, top, cw, 18, fill=col)
            p2.line(c, x + 6, top + 12.5, 'G', 10, (1, 1, 1))
            rows = [['区分', tr], ['試験', ex], ['採用予定人数', f'{n}名']]
            exams['cards'].append(dict(title=c, rows=['\t'.join(r) for r in rows]))
            yy = p2.table(x, top + 18, [56, cw - 56], rows, size=7.5, rowh=15, ruled=True, header=False)
        y = yy + 26
    y = heading(p2, '研修', L, y, col)
    for t in s['training']:
        p2.line(t, L, y, 'M', 9); y += 14
    y += 14
    # ---- initiatives ----
    y = heading(p2, '働きやすい職場づくり', L, y, col)
    inits = []
    for t, txt in s['initiatives']:
        p2.line('■' + t, L, y, 'G', 10); y += 14
        p2.line(txt, L + 12, y, 'M', 9); y += 17
        inits.append(dict(title=t, text=txt, printed=['■' + t, txt]))
    y += 8
    # ---- support ----
    y = heading(p2, '両立支援制度', L, y, col)
    sups = []
    for nm, du, txt in s['support']:
        pr = f'●{nm}（{du}）' if s['support_style'] == 'paren' else f'●{nm} ～ {du}'
        p2.line(pr, L, y, 'G', 10); y += 14
        p2.line(txt, L + 12, y, 'M', 9); y += 17
        sups.append(dict(name=nm, duration=du, durationText=du, text=txt, printed=pr))
    y += 8
    # ---- contacts ----
    y = heading(p2, 'お問い合わせ', L, y, col)
    p2.line(s['office'], L, y, 'M', 9.5); y += 14
    p2.line(s['telText'], L, y, 'M', 9.5); y += 14
    emailText = 'E-mail ' + s['email']
    p2.line(emailText, L, y, 'M', 9.5); y += 24
    # ---- access ----
    y = heading(p2, 'アクセス', L, y, col)
    p2.line(s['address'], L, y, 'M', 9.5); y += 15
    routes, routesText = [], []
    for r in s['routes']:
        if s['route_style'] == 'station-heading':
            line, st, kara, way = r
            p2.line(f'{line}{st}{kara}', L, y, 'G', 9.5); y += 14
            p2.line(way, L + 14, y, 'M', 9.5); y += 16
            routes.append(f'{line}『{st}』{kara} / {way}')
            routesText.append(f'{line}{st}{kara} / {way}')
        else:
            line, st, rest = r
            p2.line(f'●{line}{st}{rest}', L, y, 'M', 9.5); y += 15
            routes.append(f'{line}『{st}』{rest}')
            routesText.append(f'{line}{st}{rest}')
    if y > BOTTOM: fail(f'{name}: page 2 too long ({y})')
    p2.furniture('- 2 -', W / 2, 814, align='center')

    facts = dict(
        organization=org,
        document=f'{org} 職員採用案内 2026',
        edition=s['edition'],
        lead=dict(title='', text=s['lead'], **({'members': s['members']} if s.get('members') else {})),
        hiring=h,
        assignments=assignments,
        exams=exams,
        training=dict(title='研修', paragraphs=s['training']),
        initiatives=inits,
        initiativesIntro='',
        initiativesTitle='働きやすい職場づくり',
        initiativeFormat='■title / indented text',
        supportTitle='両立支援制度',
        supportFormat='●name（duration） / indented text' if s['support_style'] == 'paren' else '●name ～ duration / indented text',
        supportSystems=sups,
        contacts=[dict(track='採用担当', office=s['office'], tel=[s['tel']], email=[s['email']], location='',
                       telText=[s['telText']], emailText=[emailText], hoursText='')],
        access=dict(address=s['address'], routes=routes, routesSynthesised=False, routesText=routesText),
        keyFigures=[],
        decoys=s.get('decoys', {}),
    )
    return [p1, p2], facts


DECOYS = {
    'tsuruoka-2026': {
        'edition': 'the edition is a label-first line with a day: 発行日：令和8年4月1日 (no 現在 / 発行 after the date)',
        'exams': '募集要項 cards side by side; the category is the card title bar, the track and the count are values of key rows (区分, 採用予定人数 with 名)',
    },
    'ueda-koiki-2026': {
        'masthead': 'a member-municipality line under the name: 構成市町村：上田市・東御市・長和町・青木村 (four other public bodies)',
        'access': 'each route is a bold station line ending in から, with the way and time on an indented line under it',
    },
    'niihama-2026': {
        'contacts': 'the phone is printed with spaces instead of hyphens: TEL 0897 65 1230',
        'support': 'name and duration separated by a spaced wave dash: ●育児休業 ～ 子が3歳に達するまで',
        'access': 'a distance in brackets after the time: 車で約15分（約6km）',
    },
}


# ---------------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------------

def box(it):
    w = width(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)


def check_pages(name, pages):
    for pn, p in enumerate(pages, 1):
        for it in p.items:
            for ch in it['text']:
                if ch != ' ' and ord(ch) not in CMAPS[it['font']]:
                    fail(f'{name} p{pn}: glyph {ch!r} missing')
            x0, y0, x1, y1 = box(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                fail(f'{name} p{pn}: {it["text"]!r} in the edge margin')
            if not it['furniture'] and y1 > BOTTOM + 4:
                fail(f'{name} p{pn}: {it["text"]!r} past the bottom margin')
        bs = [box(it) for it in p.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    fail(f'{name} p{pn}: overlap {p.items[i]["text"]!r} / {p.items[j]["text"]!r}')
        for it in p.items:
            if it['furniture']:
                if any(it['text'] in l for l in p.lines if it['text'].strip('- ').strip() and it['text'] == l):
                    fail(f'{name}: furniture in expected text')
                continue
            if it['line'] is None or it['text'] not in p.lines[it['line']]:
                fail(f'{name} p{pn}: item {it["text"]!r} not in its line')
        for l in p.lines:
            if not l.strip(): fail(f'{name}: empty expected line')
            if l.strip()[0] in '、。）」』・ー': fail(f'{name}: line starts with a kinsoku character: {l!r}')
            if re.fullmatch(r'-\s*\d+\s*-', l.strip()): fail(f'{name}: folio in expected text')
        drawn = Counter(ch for it in p.items if not it['furniture'] for ch in it['text'] if not ch.isspace())
        exp = Counter(ch for l in p.lines for ch in l if not ch.isspace())
        if drawn != exp:
            fail(f'{name} p{pn}: drawn vs expected characters differ: {drawn - exp} / {exp - drawn}')


def check_facts(name, f, expected_text):
    flat = ''.join(expected_text.split())
    lines = expected_text.split('\n')
    def printed(s): return ''.join(s.split()) in flat
    def line_printed(s): return s in lines
    org = f['organization']
    for pre in ('独立行政法人', '地方独立行政法人', '一部事務組合', '特別地方公共団体'):
        if org.startswith(pre): fail('legal-form prefix')
    if lines[0] != org: fail(f'{name}: first line is not the organisation')
    if f['document'] != org + ' 職員採用案内 2026' or not line_printed('職員採用案内 2026'): fail('document not printed')
    ed = f['edition']
    if ed['asOfText'] not in ed['printed'] or not line_printed(ed['printed']): fail('edition not printed')
    m = re.search(r'令和(\d+)年(\d+)月', ed['asOfText'])
    if f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}' != ed['asOf']: fail('asOf')
    h = f['hiring']
    rows = h['rows']
    if [r['fiscalYear'] for r in rows] != list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))): fail('years')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]: fail('planned row')
    if ed['year'] != rows[-1]['fiscalYear'] or f['exams']['fiscalYear'] != ed['year']: fail('years disagree')
    for r in rows:
        if r['label'] != era(r['fiscalYear']): fail('label')
        if ('（予定）' in r['labelText']) != r['planned']: fail('planned label')
        if unicodedata.normalize('NFKC', r['labelText']).replace('(予定)', '') != r['label']: fail('labelText')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if c['text'] != str(c['count']): fail('count text')
            if r['planned'] and c['women'] is not None: fail('planned women')
            if not r['planned'] and not (0 <= c['women'] <= c['count']): fail('women range')
            if unicodedata.normalize('NFKC', c['cellText']) != (f"{c['count']}({c['women']})" if c['women'] is not None else str(c['count'])): fail('cellText')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: fail(f'{name}: total != admin + tech')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']: fail('women total')
        if not line_printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])): fail('hiring row not printed')
    if not line_printed('\t'.join(h['header'])): fail('hiring header')
    a = f['assignments']
    last_actual = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != last_actual['fiscalYear']: fail('cohort')
    if re.findall(r'令和\d+年度', a['intro']) != [era(a['cohortFiscalYear'])]: fail('cohort intro')
    if sum(r['admin'] or 0 for r in a['rows']) != last_actual['admin']['count']: fail(f'{name}: assignment admin sum')
    if sum(r['tech'] or 0 for r in a['rows']) != last_actual['tech']['count']: fail(f'{name}: assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): fail('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']): fail('zero row')
        want = [unicodedata.normalize('NFKC', str(v) if v else '－') for v in (r['admin'], r['tech'])]
        if not any(l.startswith(r['unit'] + '\t') and unicodedata.normalize('NFKC', l).split('\t')[1:] == want for l in lines):
            fail(f'{name}: assignment row {r["unit"]} not printed')
    e = f['exams']
    keys = set()
    for tr in ('admin', 'tech'):
        want = rows[-1][tr]['count']
        got = sum(x['total'] for x in e['entries'] if x['track'] == h['tracks'][tr])
        if want != got: fail(f'{name}: exam total for {tr}')
    for x in e['entries']:
        if x['track'] not in h['tracks'].values(): fail('exam track')
        if track(x['track']) not in ('administrative', 'technical'): fail('exam track kind')
        if '院' in x['exam']: fail('院 in exam')
        if x['total'] != sum(b['count'] for b in x['breakdown']): fail('breakdown sum')
        if not printed(x['exam']): fail('exam not printed')
        for b in x['breakdown']:
            if '院' in b['category'] or re.search(r'[（(［\[]', b['category']): fail('category')
            k = (track(x['track']), level(x['exam']), norm(b['category']))
            if k in keys: fail('colliding category')
            keys.add(k)
            if e.get('cards') is not None:
                ok = any(lines[i] == b['category'] and lines[i + 1:i + 4] == [f"区分\t{x['track']}", f"試験\t{x['exam']}", f"採用予定人数\t{b['count']}名"]
                         for i in range(len(lines) - 3))
            else:
                ok = any(l.endswith(f"\t{b['category']}\t{b['count']}") for l in lines)
            if not ok: fail(f'{name}: exam row {b["category"]} not printed')
    if not printed(e['title']): fail('exam title')
    for t in f['training']['paragraphs'] + f['lead']['text'] + f['hiring']['note'] + [a['intro']]:
        if not line_printed(t): fail('text not printed')
    for i in f['initiatives']:
        if not all(line_printed(l) for l in i['printed']) or i['printed'][0] != '■' + i['title']: fail('initiative')
        if re.search(r'[A-Za-z0-9■●（）「」【】・]', i['title']): fail('initiative title marks')
    for sp in f['supportSystems']:
        if sp['duration'] != sp['durationText'] or not line_printed(sp['printed']) or not sp['printed'].startswith('●' + sp['name']): fail('support')
        if sp['duration'] not in sp['printed'] or re.search(r'[（）［］―～●]', sp['name']): fail('support name')
        if not line_printed(sp['text']): fail('support text')
    for c in f['contacts']:
        if not c['office'].startswith(f['organization']) or not line_printed(c['office']): fail('office')
        for t, tt in zip(c['tel'], c['telText']):
            if not line_printed(tt) or re.sub(r'\D', '', t) not in re.sub(r'\D', '', tt) or not re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t): fail('tel')
        for m, mt in zip(c['email'], c['emailText']):
            if not line_printed(mt) or not mt.endswith(' ' + m): fail('email')
    acc = f['access']
    if not line_printed(acc['address']): fail('address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        st = r.split('『')[1].split('』')[0]
        if not r.split('』')[1].startswith('駅') or re.search(r'[駅～・\s口分線]', st): fail('route stop')
        if r.replace('『', '').replace('』', '') != rt: fail('route text')
        parts = rt.split(' / ')
        if not all(line_printed(x) or line_printed('●' + x) for x in parts): fail(f'{name}: route not printed: {rt}')
    # per-shape checks
    if name == 'tsuruoka-2026':
        if not re.fullmatch(r'発行日：令和\d+年\d+月\d+日', ed['printed']): fail('shape: edition label')
        if any('現在' in l or '発行' in l and l != ed['printed'] for l in lines[:6]): fail('shape: other edition words near the title')
        if e['header'] or any('\t' + b['category'] + '\t' in l for x in e['entries'] for b in x['breakdown'] for l in lines): fail('shape: category in a row')
    if name == 'ueda-koiki-2026':
        if lines[1] != f['lead']['members'] or not lines[1].startswith('構成市町村：'): fail('shape: members line')
        for r in acc['routesText']:
            st, way = r.split(' / ')
            if not st.endswith('駅から') or re.search(r'\d', st) or not re.fullmatch(r'徒歩約\d+分', way): fail('shape: station heading')
    if name == 'niihama-2026':
        if not re.fullmatch(r'TEL \d+ \d+ \d+', c['telText'][0]) or '-' in c['telText'][0]: fail('shape: spaced phone')
        if not all(' ～ ' in sp['printed'] and '（' not in sp['printed'] for sp in f['supportSystems']): fail('shape: wave support')
        if not any(re.search(r'分（約\d+km）$', r) for r in acc['routesText']): fail('shape: distance after time')
        if not any(re.search(r'[０-９]', l) for l in lines if l.startswith('道路課')): fail('shape: full-width units')


def stand_in(f):
    h = f['hiring']; t = h['tracks']
    doc = dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                               total=dict(count=r['total']['count'], women=r['total']['women']),
                               administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                               technical=dict(count=r['tech']['count'], women=r['tech']['women'])) for r in h['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=track(x['track']), level=level(x['exam']), category=b['category'], count=b['count'])
                                    for x in f['exams']['entries'] for b in x['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=p) for p in c['tel']], emails=c['email']) for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))
    return doc


# ---------------------------------------------------------------------------------------------------

def render(name, pages, path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(name); c.setAuthor('holdout85'); c.setCreator('generate_holdout85.py')
    for pn, p in enumerate(pages):
        for g in p.graphics: g(c)
        order = list(range(len(p.items)))
        random.Random(f'{name}-{pn}').shuffle(order)
        for i in order:
            it = p.items[i]
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], H - it['y'], it['text'])
        c.showPage()
    c.save()


def pdftotext_page(path, n):
    return subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), path, '-'], capture_output=True, text=True, check=True).stdout


def make(name, s):
    pages, facts = build(name, s)
    facts['decoys'] = DECOYS[name]
    check_pages(name, pages)
    expected = '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'
    check_facts(name, facts, expected)
    drawn = ''.join(expected.split())
    res = checks(facts, stand_in(facts), drawn)
    if not all(ok for _, ok in res): fail(f'{name}: stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    if kinds != {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}:
        fail(f'{name}: not every kind of check reached: {kinds}')
    empty = checks(facts, {}, drawn)
    if any(ok for _, ok in empty): fail(f'{name}: the empty document scores {[(n) for n, ok in empty if ok]}')
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    with tempfile.TemporaryDirectory() as td:
        a, b = os.path.join(td, 'a.pdf'), os.path.join(td, 'b.pdf')
        render(name, pages, a); render(name, pages, b)
        if open(a, 'rb').read() != open(b, 'rb').read(): fail('two renders differ')
        data = open(a, 'rb').read()
        nbt = len(re.findall(rb'\bBT\b', data))
        if nbt < sum(len(p.items) for p in pages): fail('fewer text objects than items')
        for pn, p in enumerate(pages, 1):
            got = Counter(ch for ch in pdftotext_page(a, pn) if not ch.isspace())
            want = Counter(ch for it in p.items for ch in it['text'] if not ch.isspace())
            if got != want: fail(f'{name} p{pn}: pdftotext differs: {got - want} / {want - got}')
        open(pdf, 'wb').write(data)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2); fh.write('\n')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(expected)
    print(f'{name}: {sum(len(p.items) for p in pages)} items, {len(res)} fact checks')


def main():
    specs = brochure_specs()
    names = sys.argv[1:] or list(specs)
    for n in names:
        make(n, specs[n])


if __name__ == '__main__':
    main()
