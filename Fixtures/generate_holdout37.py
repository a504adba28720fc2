#!/usr/bin/env python3
"""Holdout set 37 (blind): three Japanese recruitment brochures (福井県, 高松市, 情報処理推進機構).

Self-contained: page model in PDF coordinates, kinsoku line breaking, a ruled-table helper,
every visual line its own text object drawn in a seeded shuffled order after the graphics,
and the checks (glyphs, margins, overlaps, cell overflow, kinsoku, expected-text multiset,
arithmetic, facts printed, stand-in scoring, pdftotext) plus a fault-injection self-test.

  python3 Fixtures/generate_holdout37.py                 # all three
  python3 Fixtures/generate_holdout37.py fukui           # one (fukui, takamatsu, ipa)
  python3 Fixtures/generate_holdout37.py --selftest [-v] # every injected fault must be refused
"""
import copy, io, json, math, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout37')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402  (checks() and norm() only)

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
TTF = {'G': pdfmetrics.getFont('G'), 'M': pdfmetrics.getFont('M')}
W, H = A4
EDGE = 14.0
KIN_START = set('、。，．）」』】〕・ー！？：；ぁぃぅぇぉっゃゅょァィゥェォッャュョ％,.)]:;!?')
KIN_END = set('（「『【〔([')


class Refused(Exception):
    def __init__(self, code, msg):
        super().__init__(f'{code}: {msg}')
        self.code = code


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def hexc(c):
    return tuple(int(c[i:i + 2], 16) / 255 for i in (1, 3, 5))


class Page:
    def __init__(self, n, landscape=False):
        self.n = n
        self.items = []      # text items
        self.gfx = []        # graphics ops (callables on canvas)
        self.lines = []      # expected lines (strings; TABs between cells)
        self.size = (H, W) if landscape else (W, H)

    def text(self, x, y, s, font='M', size=9.0, color='#222222', align='left', furn=False):
        w = width(s, font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        it = dict(x=x, y=y, s=s, font=font, size=size, color=color, furn=furn, w=w)
        self.items.append(it)
        return it

    def t(self, x, y, s, **kw):
        """A text item that is its own expected line."""
        it = self.text(x, y, s, **kw)
        if not kw.get('furn'):
            self.lines.append(s)
        return it

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        def op(c):
            c.saveState()
            if fill: c.setFillColorRGB(*hexc(fill))
            if stroke: c.setStrokeColorRGB(*hexc(stroke))
            c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            if r:
                c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        self.gfx.append(op)

    def line(self, x1, y1, x2, y2, color='#444444', lw=0.6, dash=None):
        def op(c):
            c.saveState(); c.setStrokeColorRGB(*hexc(color)); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, y1, x2, y2); c.restoreState()
        self.gfx.append(op)

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        def op(c):
            c.saveState()
            p = c.beginPath(); p.moveTo(*pts[0])
            for q in pts[1:]: p.lineTo(*q)
            p.close()
            if fill: c.setFillColorRGB(*hexc(fill))
            if stroke: c.setStrokeColorRGB(*hexc(stroke))
            c.setLineWidth(lw)
            c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        self.gfx.append(op)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def op(c):
            c.saveState()
            if fill: c.setFillColorRGB(*hexc(fill))
            if stroke: c.setStrokeColorRGB(*hexc(stroke))
            c.setLineWidth(lw)
            c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        self.gfx.append(op)


def wrap(s, font, size, maxw):
    """Greedy line breaking with kinsoku; ASCII runs are not broken."""
    toks, i = [], 0
    while i < len(s):
        if s[i].isascii() and s[i] != ' ':
            j = i
            while j < len(s) and s[j].isascii() and s[j] != ' ':
                j += 1
            toks.append(s[i:j]); i = j
        else:
            toks.append(s[i]); i += 1
    lines, cur = [], ''
    for k, tk in enumerate(toks):
        if cur and width(cur + tk, font, size) > maxw:
            if tk[0] in KIN_START:               # pull the previous token down
                prev = cur[-1]
                if prev in KIN_END or len(cur) < 2:
                    cur += tk; continue
                lines.append(cur[:-1]); cur = prev + tk
            elif cur[-1] in KIN_END:
                lines.append(cur[:-1]); cur = cur[-1] + tk
            else:
                lines.append(cur); cur = tk
        else:
            cur += tk
    if cur:
        lines.append(cur)
    return lines


def kinsoku_ok(lines):
    return all(not (k > 0 and l[0] in KIN_START) and l[-1] not in KIN_END for k, l in enumerate(lines))


def para(pg, x, y, s, maxw, font='M', size=9.0, lead=1.6, color='#222222'):
    ls = wrap(s, font, size, maxw)
    if not kinsoku_ok(ls):
        raise Refused('kinsoku', s)
    for l in ls:
        pg.t(x, y, l, font=font, size=size, color=color)
        y -= size * lead
    return y


def table(pg, x, ytop, cols, rows, rowh=16.0, font='M', size=8.5, head_fill='#dde6f0', aligns=None,
          tints=(), hfont='G', rule='#555555', spans=None):
    """rows: list of rows; a cell is a str or a list of str (several lines). Row 0 is the header.
    Registers one expected line per row (cells TAB-joined, a cell's lines joined)."""
    aligns = aligns or ['left'] + ['right'] * (len(cols) - 1)
    y = ytop
    tot = sum(cols)
    for ri, row in enumerate(rows):
        nl = max(len(c) if isinstance(c, list) else 1 for c in row)
        h = rowh + (nl - 1) * size * 1.2
        if ri == 0 and head_fill:
            pg.rect(x, y - h, tot, h, fill=head_fill)
        elif ri in tints:
            pg.rect(x, y - h, tot, h, fill='#f3efe2')
        pg.line(x, y, x + tot, y, rule, 0.8 if ri == 0 else 0.4)
        cx = x
        texts = []
        for ci, cell in enumerate(row):
            cw = cols[ci]
            parts = cell if isinstance(cell, list) else [cell]
            f = hfont if ri == 0 else font
            by = y - (h - nl * size * 1.2) / 2 - size * 0.95
            for li, p in enumerate(parts):
                if not p:
                    continue
                if width(p, f, size) > cw - 5:
                    raise Refused('overflow', f'cell {p!r} wider than {cw}')
                al = 'center' if ri == 0 else aligns[ci]
                px = {'left': cx + 3, 'right': cx + cw - 3, 'center': cx + cw / 2}[al]
                pg.text(px, by - li * size * 1.2, p, font=f, size=size, align=al)
            texts.append(''.join(parts))
            if ci:
                pg.line(cx, y, cx, y - h, rule, 0.3)
            cx += cw
        pg.lines.append('\t'.join(texts))
        y -= h
    pg.line(x, y, x + tot, y, rule, 0.8)
    return y


def heading(pg, x, y, s, color='#1f3a68', size=12.0, bar=True):
    if bar:
        pg.rect(x, y - 2, 4, size + 1, fill=color)
        x += 8
    pg.t(x, y, s, font='G', size=size, color=color)
    return y - size * 1.9


def pageno(pg):
    pg.text(pg.size[0] / 2, 22, f'- {pg.n} -', font='Helvetica', size=8, color='#777777', align='center', furn=True)


# ----------------------------------------------------------------- facts helpers

def hrow(fy, label, labelText, planned, a, aw, t, tw, texts=None):
    def cell(c, w, txt=None):
        d = {'count': c, 'women': w, 'text': txt if txt is not None else str(c)}
        if w is not None:
            d['womenText'] = str(w)
        return d
    texts = texts or {}
    return {'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
            'total': cell(a + t, None if aw is None else aw + tw, texts.get('total')),
            'admin': cell(a, aw, texts.get('admin')), 'tech': cell(t, tw, texts.get('tech'))}


def wareki(fy):
    return f'令和{fy - 2018}年度'


# ======================================================================= FUKUI

def fukui_facts():
    A = [(48, 20), (50, 22), (46, 21), (52, 25), (55, 27), (58, 29)]
    T = [(30, 6), (28, 5), (33, 8), (31, 7), (29, 9), (34, 10)]
    rows = [hrow(2020 + i, wareki(2020 + i), wareki(2020 + i) + f'({2020 + i})', False, a, aw, t, tw)
            for i, ((a, aw), (t, tw)) in enumerate(zip(A, T))]
    rows.append(hrow(2026, '令和8年度', '令和8年度 採用予定', True, 60, None, 35, None,
                     {'admin': '60名', 'tech': '35名', 'total': '95名'}))
    asg = [('総務部', 8, None), ('地域戦略部', 6, None), ('健康福祉部', 10, 2), ('産業労働部', 7, None),
           ('農林水産部', 5, 9), ('土木部', 4, 16), ('安全環境部', None, 5), ('教育庁', 6, None),
           ('警察本部', 4, None), ('各健康福祉センター', 8, 2)]
    return {
        'organization': '福井県', 'document': '福井県 職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月発行'},
        'lead': {'title': '', 'text': ['恐竜の化石と越前がにだけではありません。ふるさと福井の暮らしを支え、次の世代へつなぐ仕事に、あなたの力を貸してください。']},
        'hiring': {'intro': ['（単位：人）うち女性は内数です。'], 'note': ['※令和8年度の採用予定数は右の枠をご覧ください。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down, two-line year labels (令和n年度 over (20xx)); the planned year only in a callout badge beside the table',
                   'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先', 'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'ruled table, `－` for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg]},
        'exams': {'title': '令和8年度 採用予定数', 'fiscalYear': 2026, 'textSynthesised': False, 'entries': [
            {'track': '事務職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '行政', 'count': 44}, {'category': '警察行政', 'count': 6}], 'total': 50},
            {'track': '事務職', 'exam': '高校卒業程度', 'text': '', 'breakdown': [{'category': '一般事務', 'count': 10}], 'total': 10},
            {'track': '技術職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [
                {'category': '土木', 'count': 18}, {'category': '建築', 'count': 4}, {'category': '農業', 'count': 5},
                {'category': '林業', 'count': 3}, {'category': '化学', 'count': 2}, {'category': '獣医師', 'count': 3}], 'total': 35}]},
        'training': {'title': '研修制度', 'paragraphs': [
            '採用後2年間は新規採用職員研修と職場でのOJTで、県政の基礎と仕事の進め方を学びます。',
            '3年目以降は階層別研修に加え、国や市町への派遣、大学院での研究など、希望に応じた研修を受けられます。']},
        'initiatives': [
            {'title': 'テレワークの推進', 'text': '自宅やサテライトオフィスでの勤務を全部署で導入しています。'},
            {'title': 'フレックスタイム制', 'text': '始業時刻を7時から10時の間で選べます。'},
            {'title': '男性の育児参加', 'text': '子が生まれた男性職員全員に1か月以上の休暇取得を勧めています。'}],
        'initiativesIntro': '',
        'supportTitle': '子育て・介護との両立',
        'supportSystems': [
            {'name': '育児休業', 'duration': '子が3歳になるまで', 'durationText': '子が3歳になるまで', 'text': '最長3年、分割して取得できます。'},
            {'name': '部分休業', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで', 'text': '1日2時間まで勤務しないことができます。'},
            {'name': '介護休暇', 'duration': '通算6か月', 'durationText': '通算6か月', 'text': '3回まで分割して取得できます。'}],
        'contacts': [{'track': '説明会申込・お問い合わせ', 'office': '総務部 人事企画課 採用担当', 'tel': ['0776-20-0617'],
                      'email': ['jinji-saiyo@pref.fukui.lg.jp'], 'location': '',
                      'telText': ['TEL 0776-20-0617'], 'emailText': ['E-mail jinji-saiyo@pref.fukui.lg.jp']}],
        'access': {'address': '〒910-8580 福井県福井市大手3丁目17-1', 'routes': [
            'JR・ハピラインふくい『福井』駅から徒歩約10分', '福井鉄道『福井城址大名町』電停から徒歩約3分']},
        'keyFigures': [],
        'decoys': {'cutline': 'the `キリトリ線` label on the dashed cut line above the coupon', 'badgeNote': '前年度比＋3名 in the badge foot'},
        'pages': 2, 'fixture': 'fukui-2026'}


def fukui_pages(f):
    p1, p2 = Page(1), Page(2)
    L, R = 44, W - 44
    # masthead
    p1.rect(0, H - 92, W, 92, fill='#2b4a7a')
    a = p1.text(L, H - 52, '福井県', font='M', size=26, color='#ffffff')
    b = p1.text(L + a['w'] + 10, H - 52, '職員採用案内', font='G', size=14, color='#ffffff')
    p1.lines.append('福井県 職員採用案内')
    p1.t(R, H - 52, '令和8年3月発行', font='G', size=10, color='#ffffff', align='right')
    y = H - 122
    y = para(p1, L, y, f['lead']['text'][0], R - L, size=10)
    y -= 10
    y = heading(p1, L, y, '採用者数の推移')
    p1.t(L, y, f['hiring']['intro'][0], font='M', size=8.5)
    y -= 8
    rows = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '合計', 'うち女性']]
    for r in f['hiring']['rows']:
        if r['planned']:
            continue
        rows.append([[r['label'], f"({r['fiscalYear']})"], r['admin']['text'], r['admin']['womenText'],
                     r['tech']['text'], r['tech']['womenText'], r['total']['text'], r['total']['womenText']])
    yt = table(p1, L, y, [70, 48, 48, 48, 48, 48, 48], rows, rowh=15, tints=())
    # callout badge with the planned year
    pl = f['hiring']['rows'][-1]
    bx, bw, btop = L + 370, R - (L + 370), y - 4
    p1.rect(bx, yt + 6, bw, btop - yt - 6, fill='#fff4d6', stroke='#d08a00', lw=1.2, r=10)
    cy = btop - 26
    p1.t(bx + bw / 2, cy, '令和8年度', font='G', size=14, color='#a05a00', align='center'); cy -= 20
    p1.t(bx + bw / 2, cy, '採用予定', font='G', size=11, color='#a05a00', align='center'); cy -= 30
    for lab, key in (('事務職', 'admin'), ('技術職', 'tech'), ('合計', 'total')):
        p1.text(bx + 14, cy, lab, font='G', size=11)
        p1.text(bx + bw - 14, cy, pl[key]['text'], font='G', size=15 if key == 'total' else 13, color='#a05a00', align='right')
        p1.lines.append(f"{lab}\t{pl[key]['text']}")
        if key == 'tech':
            p1.line(bx + 10, cy - 8, bx + bw - 10, cy - 8, '#d08a00', 0.6)
            cy -= 8
        cy -= 24
    p1.t(bx + bw / 2, yt + 16, '前年度比＋3名', font='M', size=8, color='#666666', align='center')
    y = yt - 14
    p1.t(L, y, f['hiring']['note'][0], size=8.5); y -= 26
    # two columns: assignments | exams
    colw = (R - L - 20) / 2
    y0 = y
    y = heading(p1, L, y0, f['assignments']['intro'], size=11)
    rows = [['配属先', '事務職', '技術職']] + [[r['unit'], '－' if r['admin'] is None else str(r['admin']),
                                          '－' if r['tech'] is None else str(r['tech'])] for r in f['assignments']['rows']]
    table(p1, L, y + 4, [colw - 90, 45, 45], rows, rowh=15)
    x2 = L + colw + 20
    y = heading(p1, x2, y0, f['exams']['title'], size=11)
    rows = [['試験区分', '職種', '予定数']]
    for e in f['exams']['entries']:
        for k, b in enumerate(e['breakdown']):
            rows.append([e['exam'] if k == 0 else '', b['category'], f"{b['count']}名"])
    ty = table(p1, x2, y + 4, [90, colw - 140, 50], rows, rowh=15, aligns=['left', 'left', 'right'], tints=(4, 5, 6, 7, 8, 9))
    p1.t(x2, ty - 14, '※網掛けは技術職、それ以外は事務職の試験です。', size=8)
    pageno(p1)
    # ---- page 2
    p2.text(R, H - 30, '福井県職員採用案内 2026', font='G', size=8, color='#888888', align='right', furn=True)
    y = H - 60
    y = heading(p2, L, y, '働きやすい職場づくり')
    for i in f['initiatives']:
        p2.t(L, y, '◆' + i['title'], font='G', size=10); y -= 15
        y = para(p2, L + 12, y, i['text'], R - L - 12, size=9) - 4
    y -= 6
    y = heading(p2, L, y, f['supportTitle'])
    rows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    y = table(p2, L, y + 4, [90, 110, R - L - 200], rows, rowh=16, aligns=['left', 'left', 'left']) - 20
    y = heading(p2, L, y, f['training']['title'])
    for ptxt in f['training']['paragraphs']:
        y = para(p2, L, y, ptxt, R - L, size=9) - 3
    y -= 8
    y = heading(p2, L, y, 'アクセス')
    p2.t(L, y, f['access']['address'], size=9); y -= 15
    for r in f['access']['routes']:
        p2.t(L, y, '■' + r.replace('『', '').replace('』', ''), size=9); y -= 14
    # coupon
    cut = 228
    p2.line(EDGE + 4, cut, W / 2 - 34, cut, '#555555', 0.8, dash=(4, 3))
    p2.line(W / 2 + 34, cut, W - EDGE - 4, cut, '#555555', 0.8, dash=(4, 3))
    p2.t(W / 2, cut - 3, 'キリトリ線', font='G', size=8, color='#555555', align='center')
    p2.rect(L, 60, R - L, cut - 80, stroke='#2b4a7a', lw=1.0, dash=(2, 2))
    c = f['contacts'][0]
    cy = cut - 44
    p2.t(L + 16, cy, c['track'], font='G', size=13, color='#2b4a7a'); cy -= 24
    p2.t(L + 16, cy, c['office'], font='G', size=10); cy -= 18
    p2.t(L + 16, cy, c['telText'][0], font='Helvetica', size=10); cy -= 16
    p2.t(L + 16, cy, c['emailText'][0], font='Helvetica', size=10); cy -= 22
    p2.t(L + 16, cy, '説明会の日時は県ホームページでお知らせします。', size=8.5)
    p2.rect(R - 110, 80, 90, 90, stroke='#999999')
    p2.t(R - 65, 122, '受付印', font='M', size=9, color='#999999', align='center')
    pageno(p2)
    return [p1, p2]


# =================================================================== TAKAMATSU

def takamatsu_facts():
    A = [(40, 19), (42, 20), (38, 18), (45, 22), (47, 24)]
    T = [(18, 4), (16, 3), (20, 5), (19, 6), (21, 7)]
    rows = [hrow(2021 + i, wareki(2021 + i), wareki(2021 + i), False, a, aw, t, tw) for i, ((a, aw), (t, tw)) in enumerate(zip(A, T))]
    rows.append(hrow(2026, '令和8年度', '令和8年度（予定）', True, 50, None, 22, None))
    asg = [('総務局', 5, None), ('財政局', 4, None), ('市民政策局', 6, None), ('健康福祉局', 10, 1), ('創造都市推進局', 5, None),
           ('環境局', 3, 3), ('都市整備局', 4, 8), ('上下水道局', 2, 6), ('消防局', 2, 1), ('教育局', 6, 2)]
    return {
        'organization': '高松市', 'document': '高松市 職員採用ガイド',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026年4月発行'},
        'lead': {'title': '', 'text': ['瀬戸内の島々と港町のにぎわい。四国の玄関口・高松で、市民の毎日に寄り添う仕事をはじめませんか。']},
        'hiring': {'intro': ['採用者数（単位：人）'], 'note': ['※令和8年度は予定数、うち女性は内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years across, six row labels, planned column 令和8年度（予定）', 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先 TOP10', 'tracks': {'admin': '事務', 'tech': '技術'},
                        'layout': 'ranked list (TOP10): rank in a drawn circle (ties share a rank, a decoy), unit, then `n名（事務a・技術t）` right-aligned; a track with none is left out of the brackets',
                        'rows': [{'unit': u, 'admin': a, 'tech': t, 'text': f"{(a or 0) + (t or 0)}名（" + '・'.join(x for x in (a and f'事務{a}', t and f'技術{t}') if x) + '）'} for u, a, t in asg]},
        'exams': {'title': '令和8年度の採用予定（試験区分と職種）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'flowchart: track box -> level box -> category boxes, joined by connector lines', 'entries': [
            {'track': '事務職', 'exam': '上級（大学卒業程度）', 'text': '', 'breakdown': [{'category': '行政', 'count': 38}, {'category': '社会福祉', 'count': 6}], 'total': 44},
            {'track': '事務職', 'exam': '初級（高校卒業程度）', 'text': '', 'breakdown': [{'category': '一般事務', 'count': 6}], 'total': 6},
            {'track': '技術職', 'exam': '上級（大学卒業程度）', 'text': '', 'breakdown': [
                {'category': '土木', 'count': 10}, {'category': '建築', 'count': 5}, {'category': '電気', 'count': 3}, {'category': '化学', 'count': 2}], 'total': 20},
            {'track': '技術職', 'exam': '初級（高校卒業程度）', 'text': '', 'breakdown': [{'category': '土木（初級）', 'count': 2}], 'total': 2}]},
        'training': {'title': '人材育成', 'paragraphs': [
            '新規採用職員は入庁後1年間、先輩職員がチューターとして付き、日々の業務を一緒に進めます。',
            '入庁5年目までに3つの職場を経験するジョブローテーションで、自分に合った分野を見つけられます。']},
        'initiatives': [
            {'title': '時差出勤', 'text': '始業を7時30分から10時で選択'},
            {'title': 'テレワーク', 'text': '月10日まで在宅勤務が可能'},
            {'title': '副業の許可', 'text': '地域貢献活動への従事を後押し'},
            {'title': 'ペーパーレス', 'text': '会議資料を原則電子化'},
            {'title': '1on1面談', 'text': '上司と毎月30分の対話'},
            {'title': '健康経営', 'text': '年1回の人間ドック費用を補助'}],
        'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '出生サポート休暇', 'duration': '年10日', 'durationText': '年10日', 'text': ''},
            {'name': '育児休業', 'duration': '子が3歳になるまで', 'durationText': '子が3歳になるまで', 'text': ''},
            {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': ''}],
        'contacts': [{'track': 'お問い合わせ', 'office': '人事課 人材育成係', 'tel': ['087-839-2151'],
                      'email': ['jinji@city.takamatsu.lg.jp'], 'location': '高松市役所4階',
                      'telText': ['電話 087-839-2151'], 'emailText': ['メール jinji@city.takamatsu.lg.jp']}],
        'access': {'address': '〒760-8571 香川県高松市番町一丁目8番15号', 'routes': [
            'ことでん『高松築港』駅から徒歩約10分', 'JR『高松』駅から徒歩約15分']},
        'keyFigures': [],
        'decoys': {'profile': '高松市のすがた box (人口, 面積, 有人島, 市職員数)', 'ranks': 'the rank numbers 1–10 of the TOP10 list (ties share a rank)'},
        'pages': 2, 'fixture': 'takamatsu-2026'}


def hexagon(pg, cx, cy, r, fill, stroke):
    pts = [(cx + r * math.cos(math.radians(30 + 60 * k)), cy + r * math.sin(math.radians(30 + 60 * k))) for k in range(6)]
    pg.poly(pts, fill=fill, stroke=stroke, lw=1.2)


def takamatsu_pages(f):
    p1, p2 = Page(1), Page(2)
    L, R = 40, W - 40
    p1.rect(0, H - 8, W, 8, fill='#0b7a8a')
    a = p1.text(L, H - 50, '高松市', font='G', size=26, color='#0b7a8a')
    p1.text(L + a['w'] + 10, H - 50, '職員採用ガイド', font='M', size=14, color='#0b7a8a')
    p1.lines.append('高松市 職員採用ガイド')
    p1.t(R, H - 50, '2026年4月発行', font='G', size=9, color='#555555', align='right')
    p1.line(L, H - 62, R, H - 62, '#0b7a8a', 1.2)
    y = para(p1, L, H - 84, f['lead']['text'][0], R - L, size=10) - 12
    y = heading(p1, L, y, '採用実績', color='#0b7a8a')
    p1.t(L, y, f['hiring']['intro'][0], size=8.5); y -= 8
    hr = f['hiring']['rows']
    labs = [r['labelText'] for r in hr]
    rows = [['区分'] + labs]
    for lab, key, wo in (('事務職', 'admin', False), ('うち女性', 'admin', True), ('技術職', 'tech', False),
                         ('うち女性', 'tech', True), ('計', 'total', False), ('うち女性', 'total', True)):
        rows.append([lab] + [(r[key].get('womenText', '－') if wo else r[key]['text']) for r in hr])
    y = table(p1, L, y, [60] + [(R - L - 60 - 85) / 5] * 5 + [85], rows, rowh=15, tints=(5, 6),
              head_fill='#d7eef0') - 14
    p1.t(L, y, f['hiring']['note'][0], size=8.5); y -= 28
    y0 = y
    colw = (R - L - 24) / 2
    y = heading(p1, L, y0, f['assignments']['intro'], color='#0b7a8a', size=11)
    # ranked list: rank in a drawn circle (ties share a rank), unit, total with the split in brackets
    ar = f['assignments']['rows']
    order = sorted(range(len(ar)), key=lambda i: -((ar[i]['admin'] or 0) + (ar[i]['tech'] or 0)))
    prev, rank = None, 0
    for pos, i in enumerate(order):
        r = ar[i]
        tot = (r['admin'] or 0) + (r['tech'] or 0)
        if tot != prev:
            rank, prev = pos + 1, tot
        col = '#d08a00' if rank <= 3 else '#0b7a8a'
        p1.circle(L + 9, y + 3, 8.5, fill=col)
        p1.text(L + 9, y - 0.5, str(rank), font='Helvetica-Bold', size=9, color='#ffffff', align='center')
        p1.text(L + 24, y, r['unit'], font='G', size=9.5)
        p1.text(L + colw, y, r['text'], font='M', size=9, align='right')
        p1.lines.append(f"{rank}\t{r['unit']}\t{r['text']}")
        p1.line(L + 24, y - 5, L + colw, y - 5, '#cccccc', 0.4, dash=(1, 2))
        y -= 21
    # decoy box right
    x2 = L + colw + 24
    y = heading(p1, x2, y0, '高松市のすがた', color='#0b7a8a', size=11)
    p1.rect(x2, y - 92, colw, 100, fill='#eef7f8')
    for k, s in enumerate(['人口　約41万人（令和7年10月1日現在）', '面積　375.41平方キロメートル', '有人島　7島', '市職員数　約3,800人']):
        p1.t(x2 + 10, y - 10 - k * 20, s, font='M', size=9)
    pageno(p1)
    # ---- page 2: exam flowchart
    p2.text(R, H - 28, 'TAKAMATSU CITY', font='Helvetica', size=8, color='#888888', align='right', furn=True)
    y = heading(p2, L, H - 60, f['exams']['title'], color='#0b7a8a')
    bh = 20
    # layout: track box (x L..L+60), level boxes (L+90..L+230), category boxes (L+260..)
    tx, lx, cx0 = L, L + 86, L + 270
    cy = y
    tracks = []
    for e in f['exams']['entries']:
        if not tracks or tracks[-1][0] != e['track']:
            tracks.append((e['track'], []))
        tracks[-1][1].append(e)
    catw = (R - cx0 - 12) / 2
    for tname, entries in tracks:
        ttop = cy
        ypos = []
        for e in entries:
            etop = cy
            rowsn = math.ceil(len(e['breakdown']) / 2)
            for k, b in enumerate(e['breakdown']):
                bx = cx0 + (k % 2) * (catw + 12)
                by = etop - (k // 2) * (bh + 8)
                p2.rect(bx, by - bh, catw, bh, fill='#ffffff', stroke='#0b7a8a', r=4)
            ebot = etop - rowsn * (bh + 8) + 8
            emid = (etop + ebot) / 2
            p2.rect(lx, emid - bh / 2, 150, bh, fill='#d7eef0', stroke='#0b7a8a', r=4)
            ypos.append((e, emid, etop))
            # connectors level -> categories
            p2.line(lx + 150, emid, cx0 - 8, emid, '#0b7a8a', 0.9)
            if rowsn > 1:
                p2.line(cx0 - 8, etop - bh / 2, cx0 - 8, etop - (rowsn - 1) * (bh + 8) - bh / 2, '#0b7a8a', 0.9)
            for k in range(rowsn):
                yy = etop - k * (bh + 8) - bh / 2
                p2.line(cx0 - 8, yy, cx0, yy, '#0b7a8a', 0.9)
            cy = ebot - bh - 14
        tbot = cy + 14
        tmid = (ttop + tbot) / 2 - bh / 2
        p2.rect(tx, tmid - 20, 62, 40, fill='#0b7a8a', r=6)
        p2.line(tx + 62, tmid, lx - 10, tmid, '#0b7a8a', 0.9)
        p2.line(lx - 10, ypos[0][1], lx - 10, ypos[-1][1], '#0b7a8a', 0.9)
        for e, emid, _ in ypos:
            p2.line(lx - 10, emid, lx, emid, '#0b7a8a', 0.9)
        # text in reading order: track, then per level: level, categories
        p2.t(tx + 31, tmid - 5, tname, font='G', size=12, color='#ffffff', align='center')
        for e, emid, etop in ypos:
            p2.t(lx + 75, emid - 4, e['exam'], font='G', size=9.5, align='center')
            for k, b in enumerate(e['breakdown']):
                bx = cx0 + (k % 2) * (catw + 12)
                by = etop - (k // 2) * (bh + 8)
                p2.t(bx + catw / 2, by - 14, f"{b['category']}　{b['count']}名", font='G', size=9.5, align='center')
        cy -= 6
    y = cy - 10
    # honeycomb initiatives
    y = heading(p2, L, y, '働き方改革の取組', color='#0b7a8a')
    r = 54
    hw = r * math.sqrt(3)
    x0 = L + hw / 2 + 30
    cyc = y - r
    for k, it in enumerate(f['initiatives']):
        row, col = divmod(k, 3)
        hx = x0 + col * (hw + 6) + (row * (hw + 6) / 2)
        hy = cyc - row * (r * 1.5 + 5)
        hexagon(p2, hx, hy, r, '#e9f5f6' if (k % 2) else '#fff6e0', '#0b7a8a')
        p2.t(hx, hy + 8, it['title'], font='G', size=10.5, color='#0b7a8a', align='center')
        tl = wrap(it['text'], 'M', 8, hw - 30)
        if not kinsoku_ok(tl):
            raise Refused('kinsoku', it['text'])
        for j, l in enumerate(tl):
            p2.t(hx, hy - 8 - j * 11, l, font='M', size=8, align='center')
    y = cyc - r * 2.5 - 16
    # bottom band: support (left) | training (right)
    y0 = y
    colw = (R - L - 24) / 2
    y = heading(p2, L, y0, f['supportTitle'], color='#0b7a8a', size=11)
    for s in f['supportSystems']:
        p2.t(L, y, s['name'], font='G', size=9.5)
        p2.t(L + colw, y, s['durationText'], font='M', size=9.5, align='right')
        p2.line(L, y - 5, L + colw, y - 5, '#bbbbbb', 0.4)
        y -= 18
    ya = y - 8
    x2 = L + colw + 24
    y = heading(p2, x2, y0, f['training']['title'], color='#0b7a8a', size=11)
    for ptxt in f['training']['paragraphs']:
        y = para(p2, x2, y, ptxt, colw, size=8.5) - 3
    y = min(y, ya) - 8
    y = heading(p2, L, y, 'お問い合わせ・アクセス', color='#0b7a8a', size=11)
    c = f['contacts'][0]
    p2.t(L, y, c['office'] + '（' + c['location'] + '）', font='G', size=9.5); y -= 15
    p2.t(L, y, c['telText'][0], size=9); y -= 14
    p2.t(L, y, c['emailText'][0], size=9); y -= 14
    p2.t(L, y, f['access']['address'], size=9); y -= 14
    for rt in f['access']['routes']:
        p2.t(L, y, '・' + rt.replace('『', '').replace('』', ''), size=9); y -= 14
    pageno(p2)
    return [p1, p2]


# ========================================================================= IPA

def ipa_facts():
    A = [(8, 4), (9, 5), (7, 3), (10, 5), (11, 6)]
    T = [(12, 3), (14, 4), (15, 4), (13, 5), (16, 6)]
    rows = []
    for i, ((a, aw), (t, tw)) in enumerate(zip(A, T)):
        fy = 2021 + i
        rows.append(hrow(fy, f'{fy}年度', f'{fy}年度', False, a, aw, t, tw,
                         {'admin': f'{a}（{aw}）', 'tech': f'{t}（{tw}）', 'total': f'{a + t}（{aw + tw}）'}))
    rows.append(hrow(2026, '2026年度', '2026年度（計画）', True, 12, None, 18, None))
    asg = [('セキュリティセンター', 2, 6), ('デジタル基盤センター', 1, 5), ('デジタル人材センター', 3, 2),
           ('社会基盤センター', None, 3), ('戦略企画部', 2, None), ('総務部・財務部', 3, None)]
    return {
        'organization': '情報処理推進機構', 'document': '情報処理推進機構 職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-01', 'asOfText': '2026年1月発行'},
        'lead': {'title': '', 'text': ['デジタル社会の安全と発展を、技術と人材の両面から支える。IPAは情報セキュリティ、デジタル基盤、IT人材育成を担う政策実施機関です。']},
        'hiring': {'intro': ['（　）内は女性の内数'], 'note': [], 'tracks': {'admin': '事務系職員', 'tech': '技術系職員'},
                   'textSynthesised': False, 'layout': 'years down, `n（w）` cells, planned row `2026年度（計画）`', 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先', 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled table, `－` for none', 'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg]},
        'exams': {'title': '2026年度 採用計画', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'one TICKET per category: `track／level` line and the category on the main part, a perforation, the stub `採用予定` over `n名`', 'entries': [
            {'track': '事務系職員', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '総合職（事務）', 'count': 8}, {'category': '経理・調達', 'count': 4}], 'total': 12},
            {'track': '技術系職員', 'exam': '大学院修了程度', 'text': '', 'breakdown': [{'category': '情報セキュリティ', 'count': 8}, {'category': 'データ・AI', 'count': 6}], 'total': 14},
            {'track': '技術系職員', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': 'システムエンジニア', 'count': 4}], 'total': 4}]},
        'training': {'title': '研修・キャリア', 'paragraphs': [
            '入構後2か月の導入研修で、情報セキュリティとIT政策の基礎、機構の事業全体を学びます。',
            '専門資格の取得支援や、官公庁・民間企業への出向を通じて、専門性と幅広い視野を身につけます。']},
        'initiatives': [
            {'title': 'フルフレックス', 'text': 'コアタイムなしで勤務時間を柔軟に設定できます。'},
            {'title': 'テレワーク', 'text': '業務に応じて在宅勤務を組み合わせられます。'},
            {'title': '資格取得支援', 'text': '情報処理技術者試験などの受験料を補助します。'}],
        'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男性職員の取得も増えています。'},
            {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで', 'text': '勤務時間を短縮できます。'},
            {'name': '介護休暇', 'duration': '通算93日', 'durationText': '通算93日', 'text': '3回まで分割できます。'},
            {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': '時間単位で取得できます。'}],
        'contacts': [{'track': 'お問い合わせ', 'office': '総務部 人事グループ', 'tel': ['03-5978-7501'],
                      'email': ['recruit@ipa.go.jp'], 'location': '',
                      'telText': ['TEL 03-5978-7501'], 'emailText': ['E-mail recruit@ipa.go.jp']}],
        'access': {'address': '〒113-6591 東京都文京区本駒込2-28-8 文京グリーンコートセンターオフィス',
                   'routes': ['東京メトロ南北線『本駒込』駅から徒歩約5分', '都営三田線『千石』駅から徒歩約8分'],
                   'routesSynthesised': True,
                   'routesText': [['東京メトロ南北線', '本駒込', '徒歩約5分'], ['都営三田線', '千石', '徒歩約8分']],
                   'layout': 'line diagram: line name over a station dot, station name under it, walking time over the connector to the office box'},
        'keyFigures': [],
        'decoys': {'stub': 'the `採用予定` label on every ticket stub', 'diagram': 'the office box 文京グリーンコート on each route line', 'masthead': '独立行政法人 small above the name'},
        'pages': 2, 'fixture': 'ipa-2026'}


def ipa_pages(f):
    p1, p2 = Page(1), Page(2)
    L, R = 42, W - 42
    p1.rect(0, H - 100, W, 100, fill='#c8102e')
    p1.t(L, H - 36, '独立行政法人', font='G', size=9, color='#ffffff')
    a = p1.text(L, H - 66, '情報処理推進機構', font='M', size=24, color='#ffffff')
    p1.text(L + a['w'] + 10, H - 66, 'IPA', font='Helvetica-Bold', size=20, color='#ffffff')
    p1.lines.append('情報処理推進機構 IPA')
    p1.t(R, H - 90, '職員採用案内　2026年1月発行', font='G', size=9, color='#ffffff', align='right')
    y = para(p1, L, H - 128, f['lead']['text'][0], R - L, size=10) - 10
    y = heading(p1, L, y, '採用実績', color='#c8102e')
    p1.t(L, y, f['hiring']['intro'][0], size=8.5); y -= 8
    rows = [['年度', '事務系職員', '技術系職員', '合計']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
    y = table(p1, L, y, [120, 100, 100, 100], rows, rowh=16, tints=(6,), head_fill='#f6dde1') - 26
    y0 = y
    colw = (R - L - 20) / 2
    y = heading(p1, L, y0, f['assignments']['intro'], color='#c8102e', size=11)
    rows = [['配属先', '事務系', '技術系']] + [[r['unit'], '－' if r['admin'] is None else str(r['admin']),
                                          '－' if r['tech'] is None else str(r['tech'])] for r in f['assignments']['rows']]
    table(p1, L, y + 4, [colw - 90, 45, 45], rows, rowh=16, head_fill='#f6dde1')
    x2 = L + colw + 20
    y = heading(p1, x2, y0, f['exams']['title'], color='#c8102e', size=11)
    # exam entries as TICKETS: main part (track／level, category) | perforation | stub (採用予定, count)
    tw, th, stub = colw, 40, 62
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            p1.rect(x2, y - th + 6, tw, th, fill='#fdf0f2', stroke='#c8102e', lw=0.8, r=5)
            p1.line(x2 + tw - stub, y + 4, x2 + tw - stub, y - th + 8, '#c8102e', 0.8, dash=(2, 2))
            p1.circle(x2 + tw - stub, y + 6, 3, fill='#ffffff')
            p1.circle(x2 + tw - stub, y - th + 6, 3, fill='#ffffff')
            p1.t(x2 + 8, y - 6, e['track'] + '／' + e['exam'], font='G', size=7.5, color='#c8102e')
            p1.t(x2 + 8, y - 23, b['category'], font='G', size=11)
            p1.t(x2 + tw - stub / 2, y - 6, '採用予定', font='G', size=7, color='#c8102e', align='center')
            p1.t(x2 + tw - stub / 2, y - 24, f"{b['count']}名", font='G', size=13, align='center')
            y -= th + 6
    pageno(p1)
    # ---- page 2
    p2.text(L, H - 28, 'IPA 職員採用案内', font='G', size=8, color='#888888', furn=True)
    y = heading(p2, L, H - 60, f['training']['title'], color='#c8102e')
    for ptxt in f['training']['paragraphs']:
        y = para(p2, L, y, ptxt, R - L, size=9) - 3
    y -= 10
    y = heading(p2, L, y, '働き方', color='#c8102e')
    for i in f['initiatives']:
        p2.t(L, y, '□' + i['title'], font='G', size=10); y -= 14
        y = para(p2, L + 12, y, i['text'], R - L - 12, size=9) - 4
    y -= 8
    # sticky notes, staggered
    y = heading(p2, L, y, f['supportTitle'], color='#c8102e')
    nw = (R - L - 3 * 12) / 4
    nh = 112
    cols = ['#fff3a8', '#ffd6e0', '#d6f0ff', '#dff5d0']
    for k, s in enumerate(f['supportSystems']):
        nx = L + k * (nw + 12)
        ny = y - (14 if k % 2 else 0)
        fold = 14
        p2.poly([(nx, ny), (nx + nw, ny), (nx + nw, ny - nh + fold), (nx + nw - fold, ny - nh), (nx, ny - nh)], fill=cols[k], stroke='#bbbbbb', lw=0.5)
        p2.poly([(nx + nw, ny - nh + fold), (nx + nw - fold, ny - nh + fold), (nx + nw - fold, ny - nh)], fill='#e0e0e0', stroke='#bbbbbb', lw=0.5)
        p2.rect(nx + nw / 2 - 16, ny - 4, 32, 9, fill='#d8d0c0')
        p2.t(nx + 8, ny - 24, s['name'], font='G', size=10.5)
        p2.t(nx + 8, ny - 42, s['durationText'], font='G', size=9, color='#c8102e')
        yy = ny - 60
        tl = wrap(s['text'], 'M', 8.5, nw - 16)
        if not kinsoku_ok(tl):
            raise Refused('kinsoku', s['text'])
        for l in tl:
            p2.t(nx + 8, yy, l, font='M', size=8.5); yy -= 13
    y = y - nh - 14 - 26
    # contact (left) | access line diagram
    y = heading(p2, L, y, f['contacts'][0]['track'] + '・アクセス', color='#c8102e')
    c = f['contacts'][0]
    p2.t(L, y, c['office'], font='G', size=10); y -= 15
    p2.t(L, y, c['telText'][0], font='Helvetica', size=9.5); y -= 14
    p2.t(L, y, c['emailText'][0], font='Helvetica', size=9.5); y -= 14
    p2.t(L, y, f['access']['address'], size=9); y -= 30
    for line_name, st, walk in f['access']['routesText']:
        sx = L + 60
        p2.t(sx, y, line_name, font='G', size=8, color='#555555', align='center')
        p2.circle(sx, y - 14, 6, fill='#ffffff', stroke='#c8102e', lw=2)
        p2.line(L + 4, y - 14, sx - 6, y - 14, '#c8102e', 3)
        p2.t(sx, y - 34, st, font='G', size=10, align='center')
        bx = L + 330
        p2.line(sx + 8, y - 14, bx - 4, y - 14, '#666666', 1.2, dash=(3, 2))
        p2.poly([(bx - 4, y - 10), (bx, y - 14), (bx - 4, y - 18)], fill='#666666')
        p2.t((sx + bx) / 2, y - 8, walk, font='M', size=9, align='center')
        p2.rect(bx, y - 24, 150, 20, fill='#c8102e', r=3)
        p2.t(bx + 75, y - 18, '文京グリーンコート', font='G', size=9, color='#ffffff', align='center')
        y -= 58
    pageno(p2)
    return [p1, p2]


BROCHURES = {'fukui': (fukui_facts, fukui_pages), 'takamatsu': (takamatsu_facts, takamatsu_pages), 'ipa': (ipa_facts, ipa_pages)}


# ====================================================================== checks

def check_arith(f):
    h = f['hiring']['rows']
    actual = [r for r in h if not r['planned']]
    planned = [r for r in h if r['planned']]
    if len(planned) != 1:
        raise Refused('planned', 'not exactly one planned row')
    if not h[-1]['planned']:
        raise Refused('planned', 'planned row not last')
    if planned[0]['admin']['women'] is not None or planned[0]['tech']['women'] is not None:
        raise Refused('planned', 'women on the planned row')
    for r in h:
        for k in ('count', 'women'):
            a, t, tot = r['admin'][k], r['tech'][k], r['total'][k]
            if a is None or t is None or tot is None:
                if not (a is None and t is None and tot is None):
                    raise Refused('arith', f'{r["label"]} {k} partly missing')
                continue
            if a + t != tot:
                raise Refused('arith', f'{r["label"]} {k}: {a}+{t}!={tot}')
        for key in ('admin', 'tech', 'total'):
            if r[key]['women'] is not None and r[key]['women'] > r[key]['count']:
                raise Refused('arith', 'women > heads')
    ys = [r['fiscalYear'] for r in actual]
    if len(ys) < 5 or ys != list(range(ys[0], ys[0] + len(ys))):
        raise Refused('arith', 'actual years')
    py = planned[0]['fiscalYear']
    if not (py == ys[-1] + 1 == f['edition']['year'] == f['exams']['fiscalYear']):
        raise Refused('arith', 'planned year')
    a = f['assignments']
    if a['cohortFiscalYear'] != ys[-1]:
        raise Refused('arith', 'cohort')
    last = actual[-1]
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('arith', 'duplicate unit')
    for key in ('admin', 'tech'):
        vals = [r[key] for r in a['rows'] if r[key] is not None]
        if any(v <= 0 for v in vals):
            raise Refused('assign', 'zero or negative count')
        if sum(vals) != last[key]['count']:
            raise Refused('assign', f'{key} assignments {sum(vals)} != {last[key]["count"]}')
    sums, keys = Counter(), set()
    for e in f['exams']['entries']:
        tr = score_extract.track(e['track'])
        if tr == 'other':
            raise Refused('exam', 'track maps to other')
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            raise Refused('exam', 'entry total')
        for b in e['breakdown']:
            k = (tr, score_extract.level(e['exam']), score_extract.norm(b['category']))
            if k in keys:
                raise Refused('collide', f'exam key {k}')
            keys.add(k)
            sums[tr] += b['count']
    if sums['administrative'] != planned[0]['admin']['count'] or sums['technical'] != planned[0]['tech']['count']:
        raise Refused('exam', f'exam sums {dict(sums)} != planned')


def fact_strings(f):
    out = [f['organization'], f['edition']['asOfText']] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']
    out += list(f['hiring']['tracks'].values()) + list(f['assignments']['tracks'].values()) + [f['assignments']['intro']]
    for r in f['hiring']['rows']:
        out.append(r['labelText'])
        for k in ('admin', 'tech', 'total'):
            out.append(r[k]['text'])
            if 'womenText' in r[k]:
                out.append(r[k]['womenText'])
    for r in f['assignments']['rows']:
        out.append(r['unit'])
        if 'text' in r:
            out.append(r['text'])
    out.append(f['exams']['title'])
    for e in f['exams']['entries']:
        out += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']] + [f"{b['count']}名" for b in e['breakdown']]
    for c in f['contacts']:
        out += [c['office'], c['track']] + c['tel'] + c['email'] + c['telText'] + c['emailText'] + ([c['location']] if c['location'] else [])
    out.append(f['access']['address'])
    if f['access'].get('routesSynthesised'):
        for row in f['access']['routesText']:
            out += row
    else:
        out += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']:
        out += [i['title'], i['text']]
    out.append(f['supportTitle'])
    for s in f['supportSystems']:
        out += [s['name'], s['durationText']] + ([s['text']] if s['text'] else [])
    out += [f['training']['title']] + f['training']['paragraphs']
    return out


def standin(f):
    def cell(c):
        return {'count': c['count'], 'women': c['women']}
    rows = [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cell(r['total']),
             'administrative': cell(r['admin']), 'technical': cell(r['tech'])} for r in f['hiring']['rows']]
    a = f['assignments']
    ex = [{'track': score_extract.track(e['track']), 'level': score_extract.level(e['exam']), 'category': b['category'], 'count': b['count']}
          for e in f['exams']['entries'] for b in e['breakdown']]
    contacts = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']]
    routes = [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {'hiring': {'rows': rows},
                         'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                                         'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
                         'examBreakdown': {'entries': ex}, 'contacts': contacts, 'access': {'routes': routes},
                         'initiatives': [{'title': i['title']} for i in f['initiatives']],
                         'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def nows(s):
    return ''.join(ch for ch in s if not ch.isspace())


def check_pages(pages):
    for pg in pages:
        pw, ph = pg.size
        for it in pg.items:
            for ch in it['s']:
                if it['font'] in TTF:
                    if ord(ch) not in TTF[it['font']].face.charToGlyph:
                        raise Refused('glyph', f'{ch!r} not in {it["font"]}')
                elif not ch.isascii():
                    raise Refused('glyph', f'{ch!r} in standard font')
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['y'] - 0.2 * it['size'], it['y'] + 0.88 * it['size']
            it['box'] = (x0, y0, x1, y1)
            if x0 < EDGE or y0 < EDGE or x1 > pw - EDGE or y1 > ph - EDGE:
                raise Refused('margin', f'p{pg.n} {it["s"]!r} at {x0:.0f},{y0:.0f}')
        its = pg.items
        for i in range(len(its)):
            a = its[i]['box']
            for j in range(i + 1, len(its)):
                b = its[j]['box']
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    raise Refused('overlap', f'p{pg.n} {its[i]["s"]!r} / {its[j]["s"]!r}')
        drawn = Counter(nows(''.join(it['s'] for it in its if not it['furn'])))
        exp = Counter(nows(''.join(pg.lines)))
        if drawn != exp:
            raise Refused('multiset', f'p{pg.n} drawn-expected {dict(drawn - exp)} expected-drawn {dict(exp - drawn)}')


def check_facts(f, pages):
    text = score_extract.norm('\n'.join(l for pg in pages for l in pg.lines))
    for s in fact_strings(f):
        if score_extract.norm(s) not in text:
            raise Refused('unprinted', s)
    drawn = text
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused('standin', f'stand-in misses {bad}')
    empty = score_extract.checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        raise Refused('standin', 'empty document scores')
    kinds = {n.split()[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        raise Refused('standin', f'checks not reached: {need - kinds}')
    return len(res)


def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('')
    for pg in pages:
        c.setPageSize(pg.size)
        for op in pg.gfx:
            op(c)
        its = list(pg.items)
        random.Random(seed * 100 + pg.n).shuffle(its)
        for it in its:
            c.saveState()
            c.setFillColorRGB(*hexc(it['color']))
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['s'])
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(data, pages):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'x.pdf')
        open(p, 'wb').write(data)
        for pg in pages:
            out = subprocess.run(['pdftotext', '-f', str(pg.n), '-l', str(pg.n), p, '-'], capture_output=True, text=True).stdout
            got = Counter(nows(out))
            want = Counter(nows(''.join(it['s'] for it in pg.items)))
            if got != want:
                raise Refused('pdftotext', f'p{pg.n} extra {dict(got - want)} missing {dict(want - got)}')
    n_bt = data.count(b'BT 1 0 0 1')
    if n_bt != sum(len(pg.items) for pg in pages):
        raise Refused('textobjects', f'{n_bt} text objects for {sum(len(pg.items) for pg in pages)} items')


def build(name, fault=None):
    facts_fn, pages_fn = BROCHURES[name]
    f = facts_fn()
    if fault == 'hiring+1': f['hiring']['rows'][2]['admin']['count'] += 1; f['hiring']['rows'][2]['admin']['text'] = 'x'
    if fault == 'women+1': f['hiring']['rows'][1]['tech']['women'] += 1
    if fault == 'assign+1': f['assignments']['rows'][0]['admin'] += 1
    if fault == 'exam+1':
        f['exams']['entries'][0]['breakdown'][0]['count'] += 1; f['exams']['entries'][0]['total'] += 1
    if fault == 'planned-women': f['hiring']['rows'][-1]['admin']['women'] = 1
    if fault == 'planned-first': f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    if fault == 'collide':
        e = f['exams']['entries'][0]; e['breakdown'][1]['category'] = e['breakdown'][0]['category']
    check_arith(f)
    pages = pages_fn(f)
    if fault == 'overlap':
        it = dict(pages[0].items[5]); it['x'] += 1; pages[0].items.append(it); pages[0].lines.append(it['s'])
    if fault == 'expected+1': pages[1].lines[3] += '県'
    if fault == 'emoji': pages[1].items[4]['s'] += '\U0001F600'; pages[1].lines.append('\U0001F600')
    if fault == 'margin': pages[0].t(4, 400, '余白')
    if fault == 'overflow':
        table(pages[1], 100, 30, [20], [['とても長いセルの文字列']])
    if fault == 'email':
        f['contacts'][0]['email'] = ['nobody@example.go.jp']
    check_pages(pages)
    n = check_facts(f, pages)
    data = render(pages, sum(map(ord, name)))
    if render(pages_fn(f), sum(map(ord, name))) != data:
        raise Refused('determinism', 'two renderings differ')
    check_pdf(data, pages)
    return f, pages, data, n


FAULTS = {'overlap': 'overlap', 'expected+1': 'multiset', 'hiring+1': 'arith', 'women+1': 'arith', 'assign+1': 'assign',
          'exam+1': 'exam', 'email': 'unprinted', 'emoji': 'glyph', 'margin': 'margin', 'planned-women': 'planned',
          'planned-first': 'planned', 'collide': 'collide', 'overflow': 'overflow'}


def selftest(verbose):
    ok = total = 0
    for name in BROCHURES:
        for fault, want in FAULTS.items():
            total += 1
            try:
                build(name, fault)
                got = 'ACCEPTED'
            except Refused as e:
                got = e.code
                if verbose: print(f'  {name:10} {fault:14} refused: {e}')
            if got == want:
                ok += 1
            else:
                print(f'FAIL {name} {fault}: wanted {want}, got {got}')
    # kinsoku: a naive break would start a line with 。
    total += 1
    s = 'あ' * 9 + '。いう'
    ls = wrap(s, 'M', 10, width('あ' * 9, 'M', 10) + 1)
    if kinsoku_ok(ls) and not kinsoku_ok(['あいう', '。え']) and not kinsoku_ok(['あい（', 'う']):
        ok += 1
        if verbose: print(f'  kinsoku wrap {ls}')
    else:
        print('FAIL kinsoku', ls)
    print(f'selftest {ok}/{total}')
    return ok == total


def write(name):
    f, pages, data, n = build(name)
    fx = f['fixture']
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, fx + '.pdf'), 'wb').write(data)
    exp = '\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n'
    open(os.path.join(OUT, fx + '.expected.txt'), 'w').write(exp)
    json.dump(f, open(os.path.join(OUT, fx + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
    open(os.path.join(OUT, fx + '.facts.json'), 'a').write('\n')
    print(f'{fx}: {len(pages)} pp, {sum(len(p.items) for p in pages)} text items, {n} fact checks')
    return n


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    total = 0
    for name in (args or BROCHURES):
        total += write(name)
    print(f'fact checks in all: {total}')
