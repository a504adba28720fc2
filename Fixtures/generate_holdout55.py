#!/usr/bin/env python3
"""Blind holdout set 55: three brochures (中部運輸局, 茨城県警察, 静岡県立大学).

Self-contained: a page model (text items in PDF coordinates, tops given from the page top),
a ruled-table helper, reportlab's canvas with invariant=1, the checks and a fault-injection
self-test.  Writes Fixtures/holdout55/NAME-YEAR.{pdf,expected.txt,facts.json}.

  python3 Fixtures/generate_holdout55.py               # all three
  python3 Fixtures/generate_holdout55.py chubu         # one (chubu, ibaraki, shizuoka)
  python3 Fixtures/generate_holdout55.py --selftest -v # every injected fault must be refused
"""
import copy, hashlib, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout55')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, level, track  # noqa: E402

G, M = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
CMAP = {G: pdfmetrics.getFont(G).face.charToGlyph, M: pdfmetrics.getFont(M).face.charToGlyph}
EDGE = 20
NAVY, WHITE, BLACK, GREY = (0.10, 0.18, 0.38), (1, 1, 1), (0, 0, 0), (0.45, 0.45, 0.45)
PAPER = (1, 1, 1)


class Refused(Exception):
    pass


# ---------------------------------------------------------------- page model
class Item:
    """One text object. segs: [(text, size, rise)]; x, y: baseline start (PDF coords).
    rot180: drawn turned 180° about (x, y) (it then runs leftwards from x).
    hidden: covered later by an opaque patch (in the text layer, not seen, not expected).
    furniture: seen but not expected (footers)."""
    def __init__(self, x, y, segs, font=M, color=BLACK, rot180=False, hidden=False, furniture=False, mode=0):
        self.x, self.y, self.segs, self.font, self.color = x, y, segs, font, color
        self.rot180, self.hidden, self.furniture, self.mode = rot180, hidden, furniture, mode

    @property
    def text(self):
        return ''.join(s[0] for s in self.segs)

    def width(self):
        return sum(pdfmetrics.stringWidth(t, self.font, sz) for t, sz, _ in self.segs)

    def box(self):
        w = self.width()
        lo = min(r - 0.13 * sz for _, sz, r in self.segs)
        hi = max(r + 0.88 * sz for _, sz, r in self.segs)
        if self.rot180:
            return (self.x - w, self.y - hi, self.x, self.y - lo)
        return (self.x, self.y + lo, self.x + w, self.y + hi)


class Page:
    def __init__(self, size=A4):
        self.W, self.H = size
        self.items, self.rects, self.lines, self.patches, self.expected = [], [], [], [], []

    def t(self, top):            # top-based y → PDF y
        return self.H - top

    def text(self, x, top, s, size=9, font=M, color=BLACK, expect=True, **kw):
        it = Item(x, self.t(top), [(s, size, 0)], font, color, **kw)
        self.items.append(it)
        if expect and not it.hidden and not it.furniture:
            self.expected.append(s)
        return it

    def rect(self, x, top, w, h, fill=None, stroke=None, lw=0.6):
        self.rects.append((x, self.t(top) - h, w, h, fill, stroke, lw))

    def line(self, x1, top1, x2, top2, lw=0.5, color=BLACK):
        self.lines.append((x1, self.t(top1), x2, self.t(top2), lw, color))

    def wrap(self, x, top, width, s, size=9, font=M, lead=None, indent_first=0):
        """Greedy wrap (no kinsoku start); each line one item and one expected line."""
        lead = lead or size * 1.55
        lines, cur = [], ''
        for ch in s:
            w = pdfmetrics.stringWidth(cur + ch, font, size)
            if w > width and cur:
                if ch in '。、）」』・ー':
                    cur, carry = cur[:-1], cur[-1]
                    lines.append(cur); cur = carry + ch
                else:
                    lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.text(x, top + i * lead, ln, size, font)
        return top + len(lines) * lead


def heading_band(pg, x, top, w, ja, en, size=12):
    """Coloured band, white Japanese heading + English word on the same baseline (one line)."""
    pg.rect(x, top, w, size + 9, fill=NAVY)
    base = top + size + 3
    pg.items.append(Item(x + 8, pg.t(base), [(ja, size, 0)], G, WHITE))
    jw = pdfmetrics.stringWidth(ja, G, size)
    pg.items.append(Item(x + 8 + jw + 8, pg.t(base), [(en, size * 0.62, 0)], G, WHITE))
    pg.expected.append(ja + ' ' + en)
    return top + size + 9 + 8


def heading_bar(pg, x, top, s, size=11):
    pg.rect(x, top + 1, 4, size + 2, fill=NAVY)
    pg.text(x + 9, top + size, s, size, G, NAVY)
    return top + size + 9


def table(pg, x, top, widths, rows, size=8.5, rowh=None, font=M, header_fill=(0.88, 0.90, 0.95),
          align=None, patches=None):
    """Ruled table. rows: list of lists of cells; a cell is a str or a list of segs
    [(text, size, rise)]. One expected line per row (cells TAB-joined).  patches: {(r, c): stale
    cell}: the stale cell text is drawn first, then covered by an opaque patch with the
    printed cell on it (a correction sticker)."""
    rowh = rowh or size * 2.0
    n = len(widths)
    align = align or (['l'] + ['r'] * (n - 1))
    y = top
    for r, row in enumerate(rows):
        if r == 0 and header_fill:
            pg.rect(x, y, sum(widths), rowh, fill=header_fill)
        cx = x
        texts = []
        for c, cell in enumerate(row):
            segs = [(cell, size, 0)] if isinstance(cell, str) else cell
            txt = ''.join(s[0] for s in segs)
            texts.append(txt)
            if txt:
                f = G if r == 0 or c == 0 else font
                w = sum(pdfmetrics.stringWidth(t, f, sz) for t, sz, _ in segs)
                a = 'c' if r == 0 else align[c]
                tx = cx + 5 if a == 'l' else (cx + widths[c] - 5 - w if a == 'r' else cx + (widths[c] - w) / 2)
                base = pg.t(y + rowh / 2 + size * 0.36)
                if w > widths[c] - 6:
                    raise Refused(f'cell overflows its column: {txt}')
                it = Item(tx, base, segs, f)
                if patches and (r, c) in patches:
                    stale = patches[(r, c)]
                    ssegs = [(stale, size, 0)] if isinstance(stale, str) else stale
                    sw = sum(pdfmetrics.stringWidth(t, f, sz) for t, sz, _ in ssegs)
                    st = Item(cx + widths[c] - 5 - sw, base, ssegs, f, hidden=True)
                    pg.items.append(st)
                    pg.patches.append(((cx + 1.2, pg.t(y + rowh) + 1.2, widths[c] - 2.4, rowh - 2.4), it, st))
                else:
                    pg.items.append(it)
            cx += widths[c]
        pg.expected.append('\t'.join(texts))
        y += rowh
    # rules
    for i in range(len(rows) + 1):
        pg.line(x, top + i * rowh, x + sum(widths), top + i * rowh, 0.8 if i in (0, 1, len(rows)) else 0.4)
    cx = x
    for i in range(n + 1):
        pg.line(cx, top, cx, top + len(rows) * rowh, 0.4)
        if i < n:
            cx += widths[i]
    return y + 6


def postal_boxes(pg, x, top, code, rest, size=8.5):
    """〒 and a postal code written one digit per printed box (a 郵便番号枠), then the address:
    one visual line, one expected line; each digit its own text item."""
    pg.items.append(Item(x, pg.t(top + 10), [('〒', size, 0)], M))
    cx = x + size + 3
    for ch in code:
        if ch == '-':
            pg.items.append(Item(cx + 1, pg.t(top + 10), [('-', size, 0)], M)); cx += 7
            continue
        pg.rect(cx, top, 11, 13, stroke=(0.55, 0.1, 0.1), lw=0.5)
        w = pdfmetrics.stringWidth(ch, M, size)
        pg.items.append(Item(cx + (11 - w) / 2, pg.t(top + 10), [(ch, size, 0)], M))
        cx += 12.5
    pg.items.append(Item(cx + 5, pg.t(top + 10), [(rest, size, 0)], M))
    pg.expected.append(f'〒{code} {rest}')
    return top + 18


def footer(pg, org, num):
    pg.line(40, pg.H - 34, pg.W - 40, pg.H - 34, 0.4, GREY)
    pg.text(40, pg.H - 24, org, 7, G, GREY, furniture=True)
    pg.text(pg.W - 52, pg.H - 24, f'{num}', 7, G, GREY, furniture=True)


# ---------------------------------------------------------------- facts helpers
ERA = [(2019, '令和'), (1989, '平成')]


def era_label(fy, pre_reiwa=False):
    for start, name in ERA:
        if fy >= start and not (pre_reiwa and name == '令和'):
            n = fy - start + 1
            return f"{name}{'元' if n == 1 else n}年度"


def cnt(n, w=None, text=None, wtext=None):
    d = {'count': n, 'text': text if text is not None else str(n)}
    if w is not None:
        d['women'] = w
        d['womenText'] = wtext if wtext is not None else str(w)
    else:
        d['women'] = None
    return d


def hiring_rows(data, labels):
    rows = []
    for (fy, a, aw, t, tw, planned), lt in zip(data, labels):
        rows.append({'fiscalYear': fy, 'label': era_label(fy), 'labelText': lt, 'planned': planned,
                     'total': cnt(a + t, None if planned else aw + tw),
                     'admin': cnt(a, None if planned else aw), 'tech': cnt(t, None if planned else tw)})
    return rows


def contact(trk, office, tels, telText, emails, emailText, hours=''):
    return {'track': trk, 'office': office, 'tel': tels, 'email': emails, 'location': '',
            'telText': telText, 'emailText': emailText, 'hoursText': hours}


# ---------------------------------------------------------------- brochure 1: 中部運輸局
def chubu():
    name = 'chubu-2026'
    H = [(2021, 14, 6, 9, 2, False), (2022, 16, 7, 10, 3, False), (2023, 13, 6, 11, 2, False),
         (2024, 17, 8, 9, 3, False), (2025, 15, 7, 12, 4, False), (2026, 18, None, 12, None, True)]
    labels = [era_label(fy) for fy, *_ in H[:-1]] + ['令和8年度（予定）']
    A = [('総務部', 3, None), ('交通政策部', 3, None), ('鉄道部', 2, 2), ('自動車交通部', 3, None),
         ('自動車技術安全部', None, 6), ('海事振興部', 2, None), ('海上安全環境部', None, 4), ('愛知運輸支局', 2, None)]
    org = '中部運輸局'
    facts = {
        'organization': org, 'document': '国土交通省 中部運輸局 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026/4/1 現在'},
        'lead': {'title': '', 'text': ['鉄道・バス・タクシー・船。中部の暮らしを支える「運ぶ」を、行政の立場から守ります。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': ['※数字の右肩の（　）は女性で内数。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 合計; women as a small raised （n） set with text rise; 令和6年度 corrected by an opaque patch',
                   'rows': hiring_rows(H, labels)},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系; one cell corrected by an opaque patch',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in A]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数',
                  'entries': [
                      {'track': '事務系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 18}], 'total': 18},
                      {'track': '技術系', 'exam': '国家公務員採用一般職試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '機械', 'count': 7}, {'category': '電気・電子・情報', 'count': 3},
                                     {'category': '物理', 'count': 2}], 'total': 12}]},
        'training': {'title': '研修', 'paragraphs': [
            '採用後は本局での新規採用職員研修のあと、運輸支局での実務研修に進みます。',
            '3年目には国土交通大学校での専門研修も受講できます。']},
        'initiatives': [], 'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
             'text': '男性職員の取得率は令和6年度に8割を超えました。'},
            {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで',
             'text': '週19時間25分からの勤務形態を選べます。'}],
        'contacts': [contact('採用窓口', '中部運輸局 総務部 人事課 人事係', ['052-952-8003'],
                             ['TEL 052-952-8003（人事係直通）'], ['cbt-saiyou@gxb.mlit.go.jp'],
                             ['E-mail cbt-saiyou@gxb.mlit.go.jp'])],
        'access': {'address': '〒460-8528 愛知県名古屋市中区三の丸2-2-1 名古屋合同庁舎第1号館',
                   'routes': ['名古屋市営地下鉄名城線『市役所』駅7番出口から徒歩約5分', '名鉄瀬戸線『東大手』駅から徒歩約8分'],
                   'routesSynthesised': False,
                   'routesText': ['・名古屋市営地下鉄名城線「市役所」駅7番出口から徒歩約5分', '・名鉄瀬戸線「東大手」駅から徒歩約8分']},
        'keyFigures': [],
        'decoys': {'patch': '令和6年度 事務系 / 合計 and 自動車技術安全部 技術系: a stale figure under an opaque white patch',
                   'raised': 'women printed as a small raised （n） after each count (text rise)'},
    }
    p1, p2 = Page(), Page()
    L, R = 40, A4[0] - 40
    W = R - L
    # p1 masthead
    p1.rect(0, 0, A4[0], 92, fill=NAVY)
    p1.text(L, 36, '国土交通省 中部運輸局', 12, G, WHITE)
    p1.text(L, 70, '職員採用案内 2026', 24, G, WHITE)
    p1.text(R - pdfmetrics.stringWidth('2026/4/1 現在', M, 9), 110, '2026/4/1 現在', 9)
    y = p1.wrap(L, 134, W, facts['lead']['text'][0], 10)
    y = heading_band(p1, L, y + 6, W, '採用実績', 'RECRUIT DATA')
    p1.text(L, y + 8, '採用者数の推移（単位：人）', 8.5); y += 14

    def cell(n, w):
        if w is None:
            return [(str(n), 9, 0)]
        return [(str(n), 9, 0), (f'（{w}）', 5.5, 3.6)]
    rows = [['年度', '事務系', '技術系', '合計']]
    for (fy, a, aw, t, tw, pl), lt in zip(H, labels):
        rows.append([lt, cell(a, aw), cell(t, tw), cell(a + t, None if pl else aw + tw)])
    stale = {(4, 1): [('16', 9, 0), ('（7）', 5.5, 3.6)], (4, 3): [('25', 9, 0), ('（10）', 5.5, 3.6)]}
    y = table(p1, L, y, [150, 115, 115, 135], rows, 9, 21, patches=stale)
    p1.text(L, y + 8, facts['hiring']['note'][0], 8); y += 22
    y = heading_band(p1, L, y + 4, W, '配属実績', 'ASSIGNMENT')
    p1.text(L, y + 8, facts['assignments']['intro'], 8.5); y += 14
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in A]
    y = table(p1, L, y, [215, 150, 150], rows, 9, 20, align=['l', 'c', 'c'], patches={(5, 2): '5'})
    footer(p1, '中部運輸局 職員採用案内', 1)
    # p2
    y = heading_band(p2, L, 44, W, '試験区分', 'EXAMINATION')
    p2.text(L, y + 8, facts['exams']['title'], 9, G); y += 14
    ex = facts['exams']['entries']
    rows = [['区分', '試験', '試験区分', '予定数'],
            ['事務系', '国家公務員採用一般職試験（大卒程度）', '行政', '18'],
            ['技術系', '国家公務員採用一般職試験（大卒程度）', '機械', '7'],
            ['', '', '電気・電子・情報', '3'], ['', '', '物理', '2']]
    y = table(p2, L, y, [70, 230, 130, 85], rows, 9, 20, align=['l', 'l', 'l', 'r'])
    top2 = y + 10
    cw = (W - 20) / 2
    y = heading_band(p2, L, top2, cw, '研修', 'TRAINING', 11)
    for ptxt in facts['training']['paragraphs']:
        y = p2.wrap(L, y + 8, cw, ptxt, 9) - 4
    y = heading_band(p2, L, y + 12, cw, '両立支援制度', 'SUPPORT', 11)
    for s in facts['supportSystems']:
        p2.text(L, y + 9, f"■{s['name']}（{s['durationText']}）", 9, G); y += 14
        y = p2.wrap(L + 9, y + 8, cw - 9, s['text'], 8.5) - 2
    x2 = L + cw + 20
    y = heading_band(p2, x2, top2, cw, '採用窓口', 'CONTACT', 11)
    c = facts['contacts'][0]
    p2.text(x2, y + 9, c['office'], 9, G); y += 15
    p2.text(x2, y + 9, c['telText'][0], 9); y += 14
    p2.text(x2, y + 9, c['emailText'][0], 9); y += 22
    y = heading_band(p2, x2, y, cw, 'アクセス', 'ACCESS', 11)
    y = postal_boxes(p2, x2, y + 3, '460-8528', '愛知県名古屋市中区三の丸2-2-1')
    p2.text(x2, y + 9, '名古屋合同庁舎第1号館', 8.5); y += 16
    for rt in facts['access']['routesText']:
        y = p2.wrap(x2, y + 9, cw, rt, 8.5) - 4
    footer(p2, '中部運輸局 職員採用案内', 2)
    return name, facts, [p1, p2]


# ---------------------------------------------------------------- brochure 2: 茨城県警察
def ibaraki():
    name = 'ibaraki-2026'
    H = [(2021, 20, 11, 4, 1, False), (2022, 22, 12, 5, 1, False), (2023, 19, 10, 3, 0, False),
         (2024, 24, 13, 4, 2, False), (2025, 21, 12, 5, 2, False), (2026, 23, None, 6, None, True)]
    labels = [era_label(fy) for fy, *_ in H[:-1]] + ['令和8年度（予定）']
    A = [('警務部', 5, None), ('生活安全部', 3, None), ('地域部', 2, None), ('刑事部', 4, 1), ('交通部', 3, None),
         ('警備部', 1, None), ('警察署', 3, None), ('科学捜査研究所', None, 2), ('会計課施設係', None, 2)]
    org = '茨城県警察'
    facts = {
        'organization': org, 'document': '茨城県警察 警察職員（一般職）採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月1日現在'},
        'lead': {'title': '', 'text': ['制服を着ない警察官として、事務と技術の力で県民の安全・安心を支えます。']},
        'hiring': {'intro': ['警察職員（一般職）の採用者数（単位：人）'], 'note': ['※（　）内は女性で内数。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計',
                   'rows': hiring_rows(H, labels)},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in A]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 人数 (upright half of a tent-fold page)',
                  'entries': [
                      {'track': '事務職', 'exam': '警察職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 17}], 'total': 17},
                      {'track': '事務職', 'exam': '警察職員採用試験（高校卒業程度）', 'text': '',
                       'breakdown': [{'category': '警察事務', 'count': 6}], 'total': 6},
                      {'track': '技術職', 'exam': '警察職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '電気', 'count': 2}, {'category': '建築', 'count': 1},
                                     {'category': '化学', 'count': 3}], 'total': 6}]},
        'training': {'title': '研修', 'paragraphs': [
            '採用後は警察学校で2か月間の初任研修を受け、法令と実務の基礎を学びます。',
            '本部各課での実務研修とOJTで、段階的に専門性を高めます。']},
        'initiatives': [
            {'title': '庁内保育スペース', 'text': '本部庁舎の近くに職員向けの一時保育スペースを設けています。'},
            {'title': '職員相談室', 'text': '仕事や家庭の悩みを専門の相談員に匿名で相談できます。'}],
        'initiativesIntro': '',
        'supportTitle': '', 'supportSystems': [],
        'contacts': [contact('お問い合わせ', '茨城県警察本部 警務部 警務課 採用係', ['029-301-0110', '0120-314-874'],
                             ['TEL 029－301－0110（代表）', 'フリーダイヤル 0120－314－874（採用係）'],
                             ['keimu-saiyo@police.pref.ibaraki.jp'], ['E-mail keimu-saiyo@police.pref.ibaraki.jp'])],
        'access': {'address': '〒310-8550 茨城県水戸市笠原町978番6',
                   'routes': ['JR常磐線『水戸』駅南口からバスで約20分', 'JR常磐線『赤塚』駅からタクシーで約15分'],
                   'routesSynthesised': False,
                   'routesText': ['◆JR常磐線「水戸」駅南口からバスで約20分', '◆JR常磐線「赤塚」駅からタクシーで約15分']},
        'keyFigures': [],
        'decoys': {'tent': 'p2 top half (contacts, access) printed upside down for a tent fold',
                   'hyphen': 'phone groups separated by U+FF0D FULLWIDTH HYPHEN-MINUS'},
    }
    p1, p2 = Page(), Page()
    L, R = 42, A4[0] - 42
    W = R - L
    p1.rect(L, 30, W, 3, fill=NAVY)
    p1.text(L, 62, '茨城県警察', 20, G, NAVY)
    p1.text(L + 110, 62, '警察職員（一般職）採用案内', 14, G, NAVY)
    p1.text(R - pdfmetrics.stringWidth('令和8年4月1日現在', M, 9), 84, '令和8年4月1日現在', 9)
    y = p1.wrap(L, 110, W, facts['lead']['text'][0], 10)
    y = heading_bar(p1, L, y + 8, '採用実績')
    p1.text(L, y + 8, facts['hiring']['intro'][0], 8.5); y += 14
    rows = [['年度', '事務職', '技術職', '計']]
    for (fy, a, aw, t, tw, pl), lt in zip(H, labels):
        rows.append([lt] + ([str(a), str(t), str(a + t)] if pl else [f'{a}（{aw}）', f'{t}（{tw}）', f'{a + t}（{aw + tw}）']))
    y = table(p1, L, y, [150, 120, 120, 121], rows, 9, 20)
    p1.text(L, y + 8, facts['hiring']['note'][0], 8); y += 22
    y = heading_bar(p1, L, y + 4, '配属実績')
    p1.text(L, y + 8, facts['assignments']['intro'], 8.5); y += 14
    rows = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in A]
    y = table(p1, L, y, [220, 145, 146], rows, 9, 19, align=['l', 'c', 'c'])
    footer(p1, '茨城県警察 警察職員採用案内', 1)
    # p2: tent fold. Lower half upright (read first), upper half turned 180° (read second).
    mid = A4[1] / 2
    p2.line(L, mid, R, mid, 0.5, GREY)
    y = heading_bar(p2, L, mid + 22, '試験区分')
    p2.text(L, y + 8, facts['exams']['title'], 9, G); y += 14
    rows = [['区分', '試験', '職種', '人数'],
            ['事務職', '警察職員採用試験（大学卒業程度）', '一般事務', '17'],
            ['', '警察職員採用試験（高校卒業程度）', '警察事務', '6'],
            ['技術職', '警察職員採用試験（大学卒業程度）', '電気', '2'],
            ['', '', '建築', '1'], ['', '', '化学', '3']]
    y = table(p2, L, y, [70, 250, 120, 71], rows, 8.5, 18, align=['l', 'l', 'l', 'r'])
    cw = (W - 20) / 2
    yl = heading_bar(p2, L, y + 8, '働きやすい職場づくり', 10)
    for i in facts['initiatives']:
        p2.text(L, yl + 9, '●' + i['title'], 9, G); yl += 13
        yl = p2.wrap(L + 9, yl + 8, cw - 9, i['text'], 8.5) - 2
    x2 = L + cw + 20
    yr = heading_bar(p2, x2, y + 8, '研修', 10)
    for ptxt in facts['training']['paragraphs']:
        yr = p2.wrap(x2, yr + 8, cw, ptxt, 8.5) - 3
    # upper half, 180°: its own "top" is just above the fold line; x runs from right to left
    n0 = len(p2.items)
    e0 = len(p2.expected)
    up = Page()
    y = heading_bar(up, L, A4[1] - mid + 22, 'お問い合わせ')
    c = facts['contacts'][0]
    up.text(L, y + 8, c['office'], 9.5, G); y += 15
    for tl in c['telText']:
        up.text(L, y + 8, tl, 9.5); y += 14
    up.text(L, y + 8, c['emailText'][0], 9.5); y += 24
    y = heading_bar(up, L, y, 'アクセス')
    up.text(L, y + 8, facts['access']['address'], 9); y += 15
    for rt in facts['access']['routesText']:
        up.text(L, y + 8, rt, 9); y += 14
    up.rect(L, y + 6, 200, 60, stroke=GREY)
    up.text(L + 8, y + 40, '本部庁舎は茨城県庁と同じ敷地にあります', 8, M, GREY)
    for it in up.items:   # turn the whole upper half 180° about the page centre
        it.x, it.y, it.rot180 = A4[0] - it.x, A4[1] - it.y, True
        p2.items.append(it)
    for (x, yy, w, h, fill, stroke, lw) in up.rects:
        p2.rects.append((A4[0] - x - w, A4[1] - yy - h, w, h, fill, stroke, lw))
    p2.expected.extend(up.expected)
    p2.rect(L, mid - 8, 6, 6, fill=GREY)
    return name, facts, [p1, p2]


# ---------------------------------------------------------------- brochure 3: 静岡県立大学
def shizuoka():
    name = 'shizuoka-2021'
    H = [(2016, 5, 3, 1, 0, False), (2017, 4, 2, 2, 1, False), (2018, 6, 4, 1, 0, False),
         (2019, 5, 2, 2, 1, False), (2020, 7, 4, 1, 1, False), (2021, 6, None, 2, None, True)]
    labels = ['㍻28年度', '㍻29年度', '㍻30年度', '㋿元年度', '㋿2年度', '㋿3年度（予定）']
    A = [('ｷｬﾘｱ支援ｾﾝﾀｰ', 2, None), ('総務課', 1, None), ('学生室', 2, None), ('附属図書館', 1, None),
         ('ｸﾞﾛｰﾊﾞﾙ地域ｾﾝﾀｰ', 1, None), ('施設ｸﾞﾙｰﾌﾟ', None, 1)]
    org = '静岡県立大学'
    facts = {
        'organization': org, 'document': '公立大学法人 静岡県立大学 職員採用案内',
        'edition': {'year': 2021, 'asOf': '2021-03', 'asOfText': '令和3年3月現在'},
        'lead': {'title': '', 'text': ['学生の学びと研究を、事務と技術の両面から支える大学職員を募集します。']},
        'hiring': {'intro': ['職員採用者数（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職員 | 技術職員 | 計; labels with the square era ligatures ㍻ (U+337B) and ㋿ (U+32FF)',
                   'rows': hiring_rows(H, labels)},
        'assignments': {'cohortFiscalYear': 2020, 'intro': '㋿2年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '技術職員'},
                        'layout': 'ruled 配属先 | 事務職員 | 技術職員; units with half-width katakana',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in A]},
        'exams': {'title': '㋿3年度 採用予定', 'fiscalYear': 2021, 'textSynthesised': False,
                  'layout': 'ruled 職種 | 試験 | 区分 | 予定数',
                  'entries': [
                      {'track': '事務職員', 'exam': '静岡県公立大学法人職員採用試験', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 6}], 'total': 6},
                      {'track': '技術職員', 'exam': '静岡県公立大学法人職員採用試験', 'text': '',
                       'breakdown': [{'category': '建築', 'count': 1}, {'category': '電気', 'count': 1}], 'total': 2}]},
        'training': None,
        'initiatives': [
            {'title': 'ﾃﾚﾜｰｸの活用', 'text': '在宅勤務とサテライトオフィスを組み合わせて働けます。'},
            {'title': 'ﾉｰ残業ﾃﾞｰ', 'text': '毎週水曜日は定時退庁を呼びかけています。'}],
        'initiativesIntro': '',
        'supportTitle': '子育て・介護の支援',
        'supportSystems': [
            {'name': '育児休業', 'duration': '子が3歳になるまで', 'durationText': '子が3歳になるまで',
             'text': '取得後の職場復帰を面談で支援します。'},
            {'name': '介護休暇', 'duration': '通算6か月まで', 'durationText': '通算6か月まで',
             'text': '3回まで分割して取得できます。'}],
        'contacts': [contact('お問い合わせ', '静岡県立大学 総務部 総務課 人事班', ['054-264-5102'],
                             ['TEL 054-264-5102'], ['jinji@u-shizuoka-ken.ac.jp'], ['ﾒｰﾙ jinji@u-shizuoka-ken.ac.jp'])],
        'access': {'address': '〒422-8526 静岡県静岡市駿河区谷田52-1',
                   'routes': ['JR東海道本線『草薙』駅南口から徒歩約15分', '静岡鉄道『県立美術館前』駅から徒歩約10分'],
                   'routesSynthesised': False,
                   'routesText': ['JR東海道本線「草薙」駅南口から徒歩約15分', '静岡鉄道「県立美術館前」駅から徒歩約10分']},
        'keyFigures': [],
        'decoys': {'era': 'year labels with square era ligatures ㍻ / ㋿', 'kana': 'half-width katakana in units, headings, titles'},
    }
    p1, p2 = Page(), Page()
    L, R = 48, A4[0] - 48
    W = R - L
    p1.text(L, 44, '公立大学法人', 10, G, NAVY)
    p1.text(L, 72, '静岡県立大学 職員採用案内', 20, G, NAVY)
    p1.text(R - pdfmetrics.stringWidth('令和3年3月現在', M, 9), 94, '令和3年3月現在', 9)
    p1.line(L, 102, R, 102, 1.2, NAVY)
    y = p1.wrap(L, 124, W, facts['lead']['text'][0], 10)
    y = heading_band(p1, L, y + 6, W, '採用実績', 'DATA')
    p1.text(L, y + 8, facts['hiring']['intro'][0], 8.5); y += 14
    rows = [['年度', '事務職員', '技術職員', '計']]
    for (fy, a, aw, t, tw, pl), lt in zip(H, labels):
        rows.append([lt] + ([str(a), str(t), str(a + t)] if pl else [f'{a}（{aw}）', f'{t}（{tw}）', f'{a + t}（{aw + tw}）']))
    y = table(p1, L, y, [150, 110, 110, 129], rows, 9, 20)
    p1.text(L, y + 8, facts['hiring']['note'][0], 8); y += 22
    y = heading_band(p1, L, y + 4, W, '配属実績', 'DATA')
    p1.text(L, y + 8, facts['assignments']['intro'], 8.5); y += 14
    rows = [['配属先', '事務職員', '技術職員']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in A]
    y = table(p1, L, y, [219, 140, 140], rows, 9, 19, align=['l', 'c', 'c'])
    footer(p1, '公立大学法人静岡県立大学', 1)
    y = heading_band(p2, L, 44, W, '試験区分', 'EXAM')
    p2.text(L, y + 8, facts['exams']['title'], 9, G); y += 14
    rows = [['職種', '試験', '区分', '予定数'],
            ['事務職員', '静岡県公立大学法人職員採用試験', '一般事務', '6'],
            ['技術職員', '静岡県公立大学法人職員採用試験', '建築', '1'], ['', '', '電気', '1']]
    y = table(p2, L, y, [80, 230, 110, 79], rows, 9, 20, align=['l', 'l', 'l', 'r'])
    cw = (W - 20) / 2
    yl = heading_band(p2, L, y + 10, cw, '働きやすい職場', 'WORK', 11)
    for i in facts['initiatives']:
        p2.text(L, yl + 9, '◇' + i['title'], 9, G); yl += 13
        yl = p2.wrap(L + 9, yl + 8, cw - 9, i['text'], 8.5) - 2
    yl = heading_band(p2, L, yl + 10, cw, facts['supportTitle'], 'SUPPORT', 11)
    for s in facts['supportSystems']:
        p2.text(L, yl + 9, f"◇{s['name']}（{s['durationText']}）", 9, G); yl += 13
        yl = p2.wrap(L + 9, yl + 8, cw - 9, s['text'], 8.5) - 2
    x2 = L + cw + 20
    yr = heading_band(p2, x2, y + 10, cw, 'お問い合わせ', 'CONTACT', 11)
    c = facts['contacts'][0]
    p2.text(x2, yr + 9, c['office'], 9, G); yr += 15
    p2.text(x2, yr + 9, c['telText'][0], 9); yr += 14
    p2.text(x2, yr + 9, c['emailText'][0], 9); yr += 22
    yr = heading_band(p2, x2, yr, cw, 'ｱｸｾｽ', 'ACCESS', 11)
    p2.text(x2, yr + 9, facts['access']['address'], 8.5); yr += 16
    for rt in facts['access']['routesText']:
        yr = p2.wrap(x2, yr + 9, cw, rt, 8.5) - 4
    footer(p2, '公立大学法人静岡県立大学', 2)
    return name, facts, [p1, p2]


BROCHURES = {'chubu': chubu, 'ibaraki': ibaraki, 'shizuoka': shizuoka}


# ---------------------------------------------------------------- rendering
def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for pg in pages:
        c.setPageSize((pg.W, pg.H))
        for (x, y, w, h, fill, stroke, lw) in pg.rects:
            c.setLineWidth(lw)
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke)
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        for (x1, y1, x2, y2, lw, col) in pg.lines:
            c.setLineWidth(lw); c.setStrokeColorRGB(*col); c.line(x1, y1, x2, y2)
        order = [it for it in pg.items]
        rnd.shuffle(order)
        for it in order:
            draw_item(c, it)
        for (x, y, w, h), it, _ in pg.patches:   # correction stickers: opaque patch, then the printed cell
            c.setFillColorRGB(*PAPER); c.setStrokeColorRGB(0.82, 0.82, 0.82); c.setLineWidth(0.3)
            c.rect(x, y, w, h, stroke=1, fill=1)
            draw_item(c, it)
        c.showPage()
    c.save()
    return buf.getvalue()


def draw_item(c, it):
    c.saveState()
    c.translate(it.x, it.y)
    if it.rot180:
        c.rotate(180)
    t = c.beginText(0, 0)
    t.setTextRenderMode(it.mode)
    t.setFillColorRGB(*it.color)
    for s, sz, rise in it.segs:
        t.setFont(it.font, sz)
        t.setRise(rise)
        t.textOut(s)
    c.drawText(t)
    c.restoreState()


def all_items(pg):
    return pg.items + [it for _, it, _ in pg.patches]


# ---------------------------------------------------------------- checks
def stand_in(facts):
    """A document as a perfect extractor would give it (for checks())."""
    rows = []
    for r in facts['hiring']['rows']:
        rows.append({'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                     'total': {'count': r['total']['count'], 'women': r['total']['women']},
                     'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                     'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}})
    ex = [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
          for e in facts['exams']['entries'] for b in e['breakdown']]
    return {'organization': facts['organization'], 'edition': {'asOf': facts['edition']['asOf']},
            'sections': {
                'hiring': {'rows': rows},
                'assignments': {'cohortFiscalYear': facts['assignments']['cohortFiscalYear'],
                                'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                         for r in facts['assignments']['rows']]},
                'examBreakdown': {'entries': ex},
                'contacts': [{'office': c['office'], 'emails': c['email'],
                              'phones': [{'number': t} for t in c['tel']]} for c in facts['contacts']],
                'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes']]},
                'initiatives': [{'title': i['title']} for i in facts['initiatives'] or []],
                'supportSystems': [{'name': s['name']} for s in facts['supportSystems'] or []]}}


def verify(name, facts, pages, pdf):
    def need(ok, msg):
        if not ok:
            raise Refused(f'{name}: {msg}')
    # geometry and glyphs
    for pn, pg in enumerate(pages, 1):
        vis = [it for it in all_items(pg) if not it.hidden]
        for it in all_items(pg):
            for ch in it.text:
                need(ord(ch) in CMAP[it.font], f'p{pn} glyph U+{ord(ch):04X} missing in {it.font}')
            x0, y0, x1, y1 = it.box()
            need(x0 >= EDGE and y0 >= EDGE and x1 <= pg.W - EDGE and y1 <= pg.H - EDGE, f'p{pn} item in the edge margin: {it.text}')
        for i, a in enumerate(vis):
            ax0, ay0, ax1, ay1 = a.box()
            for b in vis[i + 1:]:
                bx0, by0, bx1, by1 = b.box()
                need(not (ax0 < bx1 - 0.3 and bx0 < ax1 - 0.3 and ay0 < by1 - 0.3 and by0 < ay1 - 0.3),
                     f'p{pn} items overlap: {a.text} / {b.text}')
        for _, it, st in pg.patches:
            need(it in all_items(pg) and st in pg.items and st.hidden, f'p{pn} patch without its stale item')
        drawn = Counter(''.join(''.join(it.text.split()) for it in vis if not it.furniture))
        exp = Counter(''.join(''.join(l.split()) for l in pg.expected))
        need(drawn == exp, f'p{pn} expected text differs from the drawn body text: +{dict(exp - drawn)} -{dict(drawn - exp)}')
        furn = {''.join(it.text.split()) for it in vis if it.furniture}
        need(not furn & {''.join(l.split()) for l in pg.expected}, f'p{pn} furniture is an expected line')
        for l in pg.expected:
            need(l and l.strip()[0] not in '。、）」』ーっゃゅょ', f'p{pn} expected line starts with a kinsoku character: {l}')
    # pdftotext: the text layer holds exactly the drawn characters (stale figures included)
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf); f.flush()
        for pn, pg in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), f.name, '-'], capture_output=True, text=True).stdout
            got = Counter(''.join(out.split()))
            want = Counter(''.join(''.join(it.text.split()) for it in all_items(pg)))
            need(got == want, f'p{pn} pdftotext differs: +{dict(got - want)} -{dict(want - got)}')
    need(pdf.count(b'BT') >= sum(len(all_items(p)) for p in pages), 'fewer text objects than items')
    # facts
    text = '\n'.join('\n'.join(p.expected) for p in pages)
    drawn = norm(text)
    def printed(s, what):
        need(norm(s) in drawn, f'{what} not printed: {s}')
    printed(facts['organization'], 'organisation')
    printed(facts['edition']['asOfText'], 'edition')
    for s in facts['lead']['text'] + facts['hiring']['intro'] + facts['hiring']['note']:
        printed(s, 'lead / intro / note')
    for k in ('admin', 'tech'):
        printed(facts['hiring']['tracks'][k], 'track')
    rows = facts['hiring']['rows']
    need(len(rows) >= 5 and [r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, the last')
    plan = rows[-1]
    need(plan['fiscalYear'] == facts['edition']['year'] == facts['exams']['fiscalYear'] == int(facts['edition']['asOf'][:4]), 'planned year / edition / exam year differ')
    for r in rows:
        need(r['label'] == era_label(r['fiscalYear']), f"label {r['label']} is not the era label")
        printed(r['labelText'], 'label')
        t, a, h = r['total'], r['admin'], r['tech']
        need(t['count'] == a['count'] + h['count'], f"{r['labelText']} total ≠ admin + tech")
        for d in (t, a, h):
            need(unicodedata.normalize('NFKC', d['text']) == str(d['count']), f"{r['labelText']} text ≠ count")
            if r['planned']:
                need(d['women'] is None, 'women on the planned row')
            else:
                need(d['women'] is not None and 0 <= d['women'] <= d['count'], f"{r['labelText']} women out of range")
                need(unicodedata.normalize('NFKC', d['womenText']) == str(d['women']), 'womenText ≠ women')
        if not r['planned']:
            need(t['women'] == a['women'] + h['women'], f"{r['labelText']} women total ≠ admin + tech")
        # the row is printed as one expected line (label first, then admin, tech, total in the printed order)
        cells = [a, h, t] if name != 'x' else []
        want = [norm(r['labelText'])] + [norm(d['text'] + (f"（{d['womenText']}）" if d['women'] is not None else '')) for d in cells]
        need(any([norm(c) for c in l.split('\t')] == want for p in pages for l in p.expected), f"hiring row {r['labelText']} not one printed line")
    asg = facts['assignments']
    last = [r for r in rows if not r['planned']][-1]
    need(asg['cohortFiscalYear'] == last['fiscalYear'], 'assignment cohort ≠ last actual year')
    units = [r['unit'] for r in asg['rows']]
    need(len(set(map(norm, units))) == len(units), 'duplicate unit')
    for r in asg['rows']:
        printed(r['unit'], 'unit')
        for k in ('admin', 'tech'):
            need(r[k] is None or r[k] > 0, f"zero or negative assignment {r['unit']}")
        ok = False
        for pg in pages:
            for l in pg.expected:
                c = l.split('\t')
                if len(c) == 3 and c[0] == r['unit']:
                    ok = (c[1] == str(r['admin']) if r['admin'] else c[1] in ('－', '')) and \
                         (c[2] == str(r['tech']) if r['tech'] else c[2] in ('－', ''))
        need(ok, f"assignment row {r['unit']} not printed as its figures")
    need(sum(r['admin'] or 0 for r in asg['rows']) == last['admin']['count'], 'assignment admin sum ≠ cohort hires')
    need(sum(r['tech'] or 0 for r in asg['rows']) == last['tech']['count'], 'assignment tech sum ≠ cohort hires')
    printed(asg['intro'], 'assignment intro')
    ex = facts['exams']
    printed(ex['title'], 'exam title')
    keys = set()
    per = Counter()
    for e in ex['entries']:
        need('院' not in e['exam'], f"exam name {e['exam']} would be scored as graduate level")
        need(track(e['track']) != 'other', f"exam track {e['track']} maps to other")
        printed(e['track'], 'exam track'); printed(e['exam'], 'exam name')
        need(e['total'] == sum(b['count'] for b in e['breakdown']), f"exam entry {e['exam']} total ≠ its categories")
        for b in e['breakdown']:
            printed(b['category'], 'exam category')
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            need(k not in keys, f'exam categories collide: {k}')
            keys.add(k)
            per[track(e['track'])] += b['count']
    need(per['administrative'] == plan['admin']['count'] and per['technical'] == plan['tech']['count'], 'exam categories ≠ planned hires')
    if facts['training']:
        printed(facts['training']['title'], 'training title')
        for ptxt in facts['training']['paragraphs']:
            printed(ptxt, 'training paragraph')
    for i in facts['initiatives'] or []:
        printed(i['title'], 'initiative title'); printed(i['text'], 'initiative text')
    if facts['supportSystems']:
        printed(facts['supportTitle'], 'support title')
    for s in facts['supportSystems'] or []:
        need(s['duration'] == s['durationText'], 'support duration ≠ durationText')
        printed(s['name'], 'support name'); printed(s['durationText'], 'support duration'); printed(s['text'], 'support text')
    for c in facts['contacts']:
        printed(c['office'], 'office'); printed(c['track'], 'contact heading')
        for s in c['telText'] + c['emailText']:
            printed(s, 'contact line')
        need(len(c['tel']) == len(c['telText']), 'phones ≠ printed phone lines')
        for t, tl in zip(c['tel'], c['telText']):
            d1 = ''.join(ch for ch in t if ch.isdigit())
            d2 = ''.join(ch for ch in unicodedata.normalize('NFKC', tl.split('（')[0]) if ch.isdigit())
            need(d1 == d2, f'phone {t} ≠ its printed line')
        for m, ml in zip(c['email'], c['emailText']):
            need(m in ml, f'e-mail {m} not in its printed line')
            printed(m, 'e-mail')
    acc = facts['access']
    printed(acc['address'], 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need(norm(r.replace('『', '「').replace('』', '」')) in norm(rt), f'route {r} ≠ its printed line')
        printed(rt, 'route')
        printed(r.split('『')[1].split('』')[0], 'route stop')
    need(len(acc['routes']) == len(acc['routesText']), 'routes ≠ printed routes')
    res = checks(facts, stand_in(facts), drawn)
    need(all(ok for _, ok in res), f'stand-in document misses {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    want_kinds = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route'}
    need(want_kinds <= kinds, f'checks() reaches only {kinds}')
    need(not any(ok for _, ok in checks(facts, {}, drawn)), 'an empty document scores')
    return res


def build(key):
    name, facts, pages = BROCHURES[key]()
    seed = int(hashlib.md5(name.encode()).hexdigest()[:8], 16)
    pdf = render(pages, seed)
    pdf2 = render(BROCHURES[key]()[2], seed)
    if pdf != pdf2:
        raise Refused(f'{name}: two renders differ')
    res = verify(name, facts, pages, pdf)
    return name, facts, pages, pdf, res


def write(name, facts, pages, pdf):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as f:
        f.write(pdf)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as f:
        f.write('\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n')
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write('\n')


# ---------------------------------------------------------------- self-test
def faults():
    def hiring_total(f, p): f['hiring']['rows'][0]['total']['count'] += 1
    def women_total(f, p):
        d = f['hiring']['rows'][1]['total']; d['women'] += 1; d['womenText'] = str(d['women'])
    def track_women(f, p):
        d = f['hiring']['rows'][2]['admin']; d['women'] += 1; d['womenText'] = str(d['women'])
    def assignment(f, p): [r for r in f['assignments']['rows'] if r['admin']][0]['admin'] += 1
    def exam_count(f, p): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def exam_last(f, p): f['exams']['entries'][-1]['breakdown'][-1]['count'] += 1
    def email(f, p): f['contacts'][0]['email'][0] = 'x' + f['contacts'][0]['email'][0]
    def planned_women(f, p): f['hiring']['rows'][-1]['admin']['women'] = 0
    def planned_first(f, p): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    def era(f, p): f['hiring']['rows'][0]['label'] = '昭和9年度'
    def text(f, p): f['hiring']['rows'][3]['tech']['text'] = '99'
    def collide(f, p): f['exams']['entries'][-1]['breakdown'][-1]['category'] = f['exams']['entries'][-1]['breakdown'][0]['category']
    def dup_unit(f, p): f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']
    def route(f, p): f['access']['routes'][0] = f['access']['routes'][0].replace('『', '『新')
    def graduate(f, p): f['exams']['entries'][0]['exam'] = f['exams']['entries'][0]['exam'] + '院'
    def phone(f, p): f['contacts'][0]['tel'][0] = f['contacts'][0]['tel'][0][:-1] + '9'
    def overlap(f, p):
        it = p[0].items[3]; p[0].items.append(Item(it.x + 2, it.y, it.segs, it.font)); p[0].expected.append(it.text)
    def margin(f, p): p[0].items[0].x = 5
    def emoji(f, p): p[0].items.append(Item(300, 420, [('😀', 9, 0)])); p[0].expected.append('😀')
    def kinsoku(f, p): p[1].expected.append('。'); p[1].items.append(Item(300, 30, [('。', 9, 0)]))
    def extra(f, p): p[0].expected[-1] += '字'
    def unprinted_support(f, p):
        (f['supportSystems'] or f['initiatives'])[0].update({'name': '架空制度', 'title': '架空制度'})
    def furniture(f, p): [it for it in p[0].items if it.text in p[0].expected][0].furniture = True
    def unhide(f, p):
        for pg in p:
            for _, it, st in pg.patches:
                st.hidden = False; return
        p[0].items[2].hidden = True
    def cohort(f, p): f['assignments']['cohortFiscalYear'] -= 1
    def women_over(f, p): r = f['hiring']['rows'][0]; r['tech']['women'] = r['tech']['count'] + 1
    return [v for k, v in locals().items()]


def selftest(verbose):
    refused = total = 0
    for key in BROCHURES:
        for fault in faults():
            name, facts, pages = BROCHURES[key]()
            total += 1
            try:
                fault(facts, pages)
                pdf = render(pages, 1)
                verify(name, facts, pages, pdf)
                print(f'NOT REFUSED: {key} {fault.__name__}')
            except (Refused, KeyError, IndexError, ValueError, AttributeError) as e:
                refused += 1
                if verbose:
                    print(f'refused {key} {fault.__name__}: {str(e)[:110]}')
    # an overflowing cell
    total += 1
    try:
        table(Page(), 40, 40, [30, 30], [['とても長いセルの文字列', '1']])
        print('NOT REFUSED: overflowing cell')
    except Refused:
        refused += 1
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    keys = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for k in keys:
        name, facts, pages, pdf, res = build(k)
        write(name, facts, pages, pdf)
        kinds = Counter(n.split()[0] for n, _ in res)
        print(f'{name}: {len(res)} checks {dict(kinds)}; items ' + '/'.join(str(len(all_items(p))) for p in pages))


if __name__ == '__main__':
    main()
