#!/usr/bin/env python3
"""Blind holdout set 86: three synthetic recruitment brochures of NATIONAL bodies.

  python3 Fixtures/generate_holdout86.py                    # all three (deterministic)
  python3 Fixtures/generate_holdout86.py nise-2026          # one of: fukushima-u-2026, nise-2026, kouku-hoan-2026

Self-contained: a page model in top-down coordinates (y = top of an item's em box), a table helper, reportlab's
canvas (invariant=1, no page compression), the facts, and the checks listed in holdout86/README.md. Every visual text
piece (every table-cell line, every glyph of a vertical heading or vertical card title) is one text item drawn by one
drawString (one BT ... ET); a page's items are written after its graphics in a seeded shuffled order. Needs reportlab,
the IPAex fonts and pdftotext (poppler-utils). Imports checks / norm / track / level from Scripts/score_extract.py for
the stand-in document self-check.
"""
import collections, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout86')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

W, H = 595.2756, 841.8898          # A4 portrait, points
EDGE, BOTTOM = 20.0, 800.0         # ink must stay 20 pt off every edge; body items above 800 pt
ASC = 0.88                         # IPAex ascent (em)
FONTFILES = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
             'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _k, _f in FONTFILES.items():
    pdfmetrics.registerFont(TTFont(_k, _f))
BLACK, GREY = (0.1, 0.1, 0.1), (0.4, 0.4, 0.4)
KINSOKU_START = set('、。，．）」』】〕］・ー？！：；…%）')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Page:
    def __init__(self):
        self.items, self.lines, self.gfx = [], [], []

    def line(self, ncells=1):
        L = [[] for _ in range(ncells)]
        self.lines.append(L)
        return L

    def text(self, L, cell, s, x, y, size, font='M', color=BLACK, align='left', furniture=False):
        w = sw(s, font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        it = dict(s=s, x=x, y=y, w=w, size=size, font=font, color=color, furn=furniture)
        self.items.append(it)
        if not furniture:
            while len(L) <= cell:
                L.append([])
            L[cell].append(s)
            it['line'] = id(L)
        return it

    def vtext(self, L, cell, s, x, y, size, font='G', color=BLACK, step=1.1):
        """Vertical text: one glyph per item, upright, centred on a size-wide column at x."""
        for i, ch in enumerate(s):
            self.text(L, cell, ch, x + (size - sw(ch, font, size)) / 2, y + i * size * step, size, font, color)
        return y + len(s) * size * step

    def rect(self, x, y, w, h, fill):
        self.gfx.append(('rect', x, y, w, h, fill))

    def rule(self, x1, y1, x2, y2, width=0.6, color=GREY):
        self.gfx.append(('line', x1, y1, x2, y2, width, color))

    def expected(self):
        return '\n'.join('\t'.join(''.join(c) for c in L) for L in self.lines)


def wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, font, size) > width and cur:
            if ch in KINSOKU_START:           # pull the last char down with the kinsoku char
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(p, x, y, text, width, size=9, font='M', lead=1.6, indent=0):
    out = []
    for ln in wrap(text, font, size, width - indent):
        p.text(p.line(), 0, ln, x + indent, y, size, font)
        out.append(ln)
        y += size * lead
    return y, out


def table(p, x, y, widths, rows, size=9, rowh=18, font='M', head_font='G', ruled=True, tint=(0.9, 0.93, 0.95),
          aligns=None, header=True, outer=True, pad=3):
    """rows: list of rows; a cell is '' (nothing drawn), a string, or a list of strings (lines, joined with '')."""
    n = len(widths)
    aligns = aligns or (['left'] + ['center'] * (n - 1))
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    y0 = y
    for r, row in enumerate(rows):
        lines_in = max(len(c) if isinstance(c, list) else 1 for c in row)
        h = rowh + (lines_in - 1) * size * 1.2
        if header and r == 0 and tint:
            p.rect(x, y, xs[-1] - x, h, tint)
        L = p.line(n)
        for c, cell in enumerate(row):
            parts = cell if isinstance(cell, list) else ([cell] if cell else [])
            for k, s in enumerate(parts):
                f = head_font if (header and r == 0) else font
                if sw(s, f, size) > widths[c] - 2 * pad:
                    raise SystemExit(f'cell too wide: {s!r} ({sw(s, f, size):.1f} > {widths[c] - 2 * pad})')
                ty = y + (h - len(parts) * size * 1.2) / 2 + k * size * 1.2 + 0.1 * size
                if aligns[c] == 'left':
                    p.text(L, c, s, xs[c] + pad, ty, size, f)
                elif aligns[c] == 'right':
                    p.text(L, c, s, xs[c + 1] - pad, ty, size, f, align='right')
                else:
                    p.text(L, c, s, (xs[c] + xs[c + 1]) / 2, ty, size, f, align='center')
        if ruled:
            p.rule(x, y, xs[-1], y, 0.5)
        y += h
        if not ruled and header and r == 0:
            p.rule(x, y, xs[-1], y, 0.5)
    if ruled:
        p.rule(x, y, xs[-1], y, 0.5)
        for xx in xs:
            p.rule(xx, y0, xx, y, 0.5)
    elif outer:
        p.rule(x, y0, xs[-1], y0, 1.2, (0.2, 0.4, 0.7))
        p.rule(x, y, xs[-1], y, 1.2, (0.2, 0.4, 0.7))
    return y


def heading_bar(p, x, y, text, color, size=12):
    p.rect(x, y, 4, size + 2, color)
    p.text(p.line(), 0, text, x + 9, y + 1, size, 'G')
    return y + size + 12


def folio(p, n):
    p.text(None, 0, f'- {n} -', W / 2, 808, 8, 'M', GREY, align='center', furniture=True)


# ----------------------------------------------------------------------------------------------------------- facts
ERA = 2018


def era_label(fy):
    return f'令和{fy - ERA}年度'


def count(n, w=None):
    if w is None:
        return dict(count=n, text=str(n), women=None, womenText=None, cellText=str(n))
    return dict(count=n, text=str(n), women=w, womenText=str(w), cellText=f'{n}（{w}）')


def hiring_rows(data, label_fn=None):
    rows = []
    for fy, (a, aw), (t, tw), planned in data:
        tot = count(a + t, None if planned else aw + tw)
        row = dict(fiscalYear=fy, label=era_label(fy), planned=planned, total=tot,
                   admin=count(a, None if planned else aw), tech=count(t, None if planned else tw))
        row['labelText'] = (label_fn or (lambda fy_, pl: era_label(fy_) + ('（予定）' if pl else '')))(fy, planned)
        rows.append(row)
    return rows


def hiring_cells(r):
    return [r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]


# --------------------------------------------------------------------------------------------------- fukushima-u
def fukushima():
    name = 'fukushima-u-2026'
    org = '福島大学'
    teal = (0.0, 0.5, 0.5)
    data = [(2021, (5, 3), (1, 0), False), (2022, (6, 4), (2, 1), False), (2023, (4, 2), (1, 0), False),
            (2024, (7, 4), (1, 1), False), (2025, (5, 3), (2, 0), False), (2026, (6, 0), (2, 0), True)]
    rows = hiring_rows(data)
    units = [('総務課', 1, None), ('学務課', 2, None), ('研究推進課', 2, None), ('施設課', None, 2)]
    exam = '国立大学法人等職員採用試験（北海道・東北地区）'
    p1, p2 = Page(), Page()
    # page 1
    p1.rect(0, 0, W, 14, teal)
    p1.text(p1.line(), 0, org, 50, 36, 26, 'G')
    p1.text(p1.line(), 0, '職員採用案内 2026', 50, 70, 14, 'G')
    edition = '令和8年4月印刷'
    p1.text(p1.line(), 0, edition, 545, 92, 9, 'M', GREY, align='right')
    lead = '教育・研究・地域貢献を通じて福島の未来を支える大学職員を募集しています。'
    p1.text(p1.line(), 0, lead, 50, 114, 10, 'M')
    top = 145
    p1.rule(297.5, top, 297.5, 400, 0.5)
    # left column: hiring
    y = heading_bar(p1, 50, top, '採用実績', teal)
    intro = '採用者数の推移（単位：人）'
    p1.text(p1.line(), 0, intro, 50, y, 9); y += 16
    header = ['年度', '事務系', '技術系', '計']
    y = table(p1, 50, y, [94, 48, 48, 50], [header] + [[r['labelText']] + hiring_cells(r) for r in rows])
    note = '※（ ）内は女性の数で内数です。'
    p1.text(p1.line(), 0, note, 50, y + 6, 8, 'M', GREY)
    # right column: assignments
    y = heading_bar(p1, 305, top, '配属実績', teal)
    aintro = '令和7年度採用者の配属先（単位：人）'
    p1.text(p1.line(), 0, aintro, 305, y, 9); y += 16
    table(p1, 305, y, [120, 60, 60], [['配属先', '事務系', '技術系']] +
          [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in units])
    # page 1 lower band: a short message full width
    msg = ('本学は、人文社会学群・理工学群・農学群の三学群を擁する総合大学です。事務系職員は学生支援・研究支援・'
           '総務・財務など幅広い業務を、技術系職員は施設の整備や保全を担います。')
    y2, msg_lines = para(p1, 50, 420, msg, 495, 9.5)
    folio(p1, 1)
    # page 2
    p2.rect(0, 0, W, 14, teal)
    y = heading_bar(p2, 50, 36, '令和8年度の採用予定', teal)
    eheader = ['区分', '試験', '試験区分', '採用予定数']
    erows = [['事務系', exam, '事務', '5'], ['', '', '図書', '1'], ['技術系', exam, '電気', '1'], ['', '', '建築', '1']]
    y = table(p2, 50, y, [60, 255, 100, 80], [eheader] + erows) + 22
    y = heading_bar(p2, 50, y, '研修', teal)
    training = ('採用後は、新規採用職員研修で大学の組織と業務を学び、東北地区国立大学法人等の合同研修や階層別研修、'
                '語学研修などを通じて段階的に力を伸ばします。')
    y, tr_lines = para(p2, 50, y, training, 495)
    y += 14
    y = heading_bar(p2, 50, y, '働きやすい職場づくり', teal)
    inits = [('ノー残業デー', '毎週水曜日は定時退勤を呼びかけ、計画的な業務を進めています。'),
             ('テレワーク', '業務に応じて在宅勤務を選べます。')]
    init_facts = []
    for t_, txt in inits:
        p2.text(p2.line(), 0, '■' + t_, 50, y, 10.5, 'G'); y += 17
        p2.text(p2.line(), 0, txt, 62, y, 9); y += 20
        init_facts.append(dict(title=t_, text=txt, printed=['■' + t_, txt]))
    y += 4
    y = heading_bar(p2, 50, y, '両立支援制度', teal)
    sup = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('子の看護休暇', '年5日', '時間単位でも取得できます。')]
    sup_facts = []
    for n_, d_, txt in sup:
        pr = f'●{n_} → {d_}'
        p2.text(p2.line(), 0, pr, 50, y, 10, 'G'); y += 16
        p2.text(p2.line(), 0, txt, 62, y, 9); y += 20
        sup_facts.append(dict(name=n_, duration=d_, durationText=d_, text=txt, printed=pr))
    y += 4
    y = heading_bar(p2, 50, y, 'お問い合わせ', teal)
    office = '福島大学総務課人事係'
    tel, email = '024-548-8020', 'saiyo-kakari@ads.fukushima-u.ac.jp'
    for s in (office, 'TEL ' + tel, 'E-mail ' + email):
        p2.text(p2.line(), 0, s, 50, y, 9.5); y += 16
    y += 8
    y = heading_bar(p2, 50, y, 'アクセス', teal)
    address = '〒960-1296 福島県福島市金谷川1'
    p2.text(p2.line(), 0, address, 50, y, 9.5); y += 16
    routes = ['JR東北本線『金谷川』駅から徒歩約15分', 'JR東北本線『松川』駅から車で約10分']
    for r_ in routes:
        p2.text(p2.line(), 0, r_.replace('『', '').replace('』', ''), 50, y, 9.5); y += 16
    folio(p2, 2)

    facts = base_facts(org, edition, '令和8年4月', 'right-aligned under the title; the date ends in 印刷 (printed)',
                       lead, rows, header, intro, note, 'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
                       ('事務系', '技術系'), 2025, aintro, units, 'ruled 配属先 | 事務系 | 技術系',
                       '令和8年度の採用予定',
                       [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='事務', count=5),
                                                                             dict(category='図書', count=1)], total=6),
                        dict(track='技術系', exam=exam, text='', breakdown=[dict(category='電気', count=1),
                                                                             dict(category='建築', count=1)], total=2)],
                       'ruled 区分 | 試験 | 試験区分 | 採用予定数', eheader, training, init_facts,
                       '■title / indented text', sup_facts, '●name → duration / indented text',
                       office, [tel], [email], address, routes)
    facts['lead']['text'] = [lead]
    facts['decoys'] = {
        'edition': 'the edition date is followed by 印刷 (printed), not 現在 / 発行 / 作成 / 版 / 更新: 令和8年4月印刷',
        'support': 'name and duration separated by a spaced arrow: ●育児休業 → 子が3歳に達するまで',
        'layout': 'p1 two columns (採用実績 | 配属実績, a grey rule between) over a full-width message; p2 one column',
    }
    facts['lead']['message'] = msg_lines          # the full-width paragraph at the foot of page 1
    return name, [p1, p2], facts


# ----------------------------------------------------------------------------------------------------------- nise
def nise():
    name = 'nise-2026'
    org = '国立特別支援教育総合研究所'
    navy = (0.15, 0.2, 0.45)
    data = [(2021, (3, 2), (1, 0), False), (2022, (2, 1), (0, 0), False), (2023, (4, 2), (1, 1), False),
            (2024, (3, 1), (1, 0), False), (2025, (4, 3), (1, 0), False), (2026, (3, 0), (1, 0), True)]
    rows = hiring_rows(data)
    units = [('総務課', 1, None), ('財務課', 2, None), ('研修事業課', 1, None), ('情報基盤課', None, 1)]
    exam = '国立大学法人等職員採用試験（関東甲信越地区）'
    running = '国立特別支援教育総合研究所　職員採用案内'
    p1, p2 = Page(), Page()
    for p in (p1, p2):
        p.text(None, 0, running, 555, 22, 7.5, 'M', GREY, align='right', furniture=True)
        p.rect(40, 34, 515, 2.5, navy)
    p1.text(p1.line(), 0, org, 40, 50, 22, 'G', navy)
    p1.text(p1.line(), 0, '職員採用案内 2026', 40, 80, 13, 'G')
    edition = '令和8年4月現在'
    p1.text(p1.line(), 0, edition, 555, 98, 9, 'M', align='right')
    lead_txt = '障害のある子どもの教育の充実に向けて、研究・研修・情報発信を担う職員を募集しています。'
    y, lead_lines = para(p1, 40, 118, lead_txt, 330, 10)
    y += 14
    y = heading_bar(p1, 40, y, '採用実績', navy)
    intro = '採用者数の推移（単位：人）'
    p1.text(p1.line(), 0, intro, 40, y, 9); y += 16
    header = ['年度', '事務系', '技術系', '計']
    y = table(p1, 40, y, [110, 80, 80, 80], [header] + [[r['labelText']] + hiring_cells(r) for r in rows],
              tint=(0.88, 0.9, 0.96))
    note = '※（ ）内は女性の数で内数です。'
    p1.text(p1.line(), 0, note, 40, y + 6, 8, 'M', GREY)
    y += 40
    y = heading_bar(p1, 40, y, '配属実績', navy)
    aintro = '令和7年度採用者の配属先（単位：人）'
    p1.text(p1.line(), 0, aintro, 40, y, 9); y += 16
    y = table(p1, 40, y, [150, 80, 80], [['配属先', '事務系', '技術系']] +
              [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in units], tint=(0.88, 0.9, 0.96))
    # page 2: a tinted LEFT SIDEBAR (contacts, access) and the main column at the right
    p2.rect(30, 46, 192, 740, (0.93, 0.94, 0.97))
    sx, sy = 40, 58
    sy = heading_bar(p2, sx, sy, 'お問い合わせ', navy, 11)
    office = '国立特別支援教育総合研究所総務部人事係'
    tel, email = '046-839-6803', 'nise-jinji@nise.go.jp'
    for s in (office, 'TEL ' + tel, 'E-mail ' + email):
        p2.text(p2.line(), 0, s, sx, sy, 8); sy += 14
    sy += 12
    sy = heading_bar(p2, sx, sy, 'アクセス', navy, 11)
    addr_lines = ['〒239-8585', '神奈川県横須賀市野比5-1-1']
    for s in addr_lines:
        p2.text(p2.line(), 0, s, sx, sy, 8); sy += 14
    sy += 4
    routes = ['京急久里浜線『YRP野比』駅から徒歩約10分', 'JR横須賀線『久里浜』駅からバスで約15分']
    for r_ in routes:
        p2.text(p2.line(), 0, r_.replace('『', '').replace('』', ''), sx, sy, 8); sy += 14
    mx, mw = 240, 315
    y = heading_bar(p2, mx, 58, '令和8年度の採用予定', navy)
    eheader = ['区分', '試験', '試験区分', '採用予定数']
    erows = [['事務系', exam, '事務', '3'], ['技術系', exam, '電気', '1']]
    y = table(p2, mx, y, [40, 172, 53, 50], [eheader] + erows, size=7.5, tint=(0.88, 0.9, 0.96)) + 20
    y = heading_bar(p2, mx, y, '研修', navy)
    training = ('採用後は新規採用職員研修のほか、関東甲信越地区の国立大学法人等と合同の階層別研修や、'
                '特別支援教育に関する所内研修に参加します。')
    y, tr_lines = para(p2, mx, y, training, mw)
    y += 14
    y = heading_bar(p2, mx, y, '働きやすい職場づくり', navy)
    inits = [('ペーパーレス化の推進', '会議資料の電子化を進め、準備の手間を減らしています。'),
             ('職員研修の充実', '所内の講義を職員も受講できます。')]
    init_facts = []
    for t_, txt in inits:
        p2.text(p2.line(), 0, '■' + t_, mx, y, 10.5, 'G'); y += 17
        p2.text(p2.line(), 0, txt, mx + 12, y, 9); y += 20
        init_facts.append(dict(title=t_, text=txt, printed=['■' + t_, txt]))
    y += 4
    y = heading_bar(p2, mx, y, '両立支援制度', navy)
    sup = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('配偶者出産休暇', '2日', '出産の前後に取得できます。')]
    sup_facts = []
    for n_, d_, txt in sup:
        pr = f'●{n_}（{d_}）'
        p2.text(p2.line(), 0, pr, mx, y, 10, 'G'); y += 16
        p2.text(p2.line(), 0, txt, mx + 12, y, 9); y += 20
        sup_facts.append(dict(name=n_, duration=d_, durationText=d_, text=txt, printed=pr))

    facts = base_facts(org, edition, '令和8年4月現在', 'right-aligned under the title',
                       lead_txt, rows, header, intro, note, 'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
                       ('事務系', '技術系'), 2025, aintro, units, 'ruled 配属先 | 事務系 | 技術系',
                       '令和8年度の採用予定',
                       [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='事務', count=3)], total=3),
                        dict(track='技術系', exam=exam, text='', breakdown=[dict(category='電気', count=1)], total=1)],
                       'ruled 区分 | 試験 | 試験区分 | 採用予定数 (7.5 pt)', eheader, training, init_facts,
                       '■title / indented text', sup_facts, '●name（duration） / indented text',
                       office, [tel], [email], ' '.join(addr_lines), routes)
    facts['lead']['text'] = lead_lines
    facts['access']['addressLines'] = addr_lines
    facts['decoys'] = {
        'access': 'a station whose name begins with Latin capitals: 京急久里浜線YRP野比駅から徒歩約10分',
        'layout': 'running header on both pages (furniture); p2 a tinted LEFT SIDEBAR (お問い合わせ, アクセス) '
                  'beside the main column (exams, 研修, initiatives, support); no folios',
    }
    return name, [p1, p2], facts


# ----------------------------------------------------------------------------------------------------- kouku-hoan
def kouku():
    name = 'kouku-hoan-2026'
    org = '航空保安大学校'
    sky = (0.2, 0.5, 0.8)
    data = [(2021, (2, 1), (3, 0), False), (2022, (1, 1), (4, 1), False), (2023, (2, 0), (3, 1), False),
            (2024, (3, 2), (2, 0), False), (2025, (2, 1), (4, 1), False), (2026, (2, 0), (3, 0), True)]
    rows = hiring_rows(data, lambda fy, pl: f'{fy - ERA}年度' + ('（予定）' if pl else ''))
    units = [('総務課', 1, None), ('教務課', 1, None), ('航空管制科', None, 2), ('航空電子科', None, 2)]
    exam = '一般職試験（大卒程度）'
    p1, p2 = Page(), Page()
    p1.rect(0, 0, W, 16, sky)
    p1.text(p1.line(), 0, org, 52, 38, 26, 'G')
    p1.text(p1.line(), 0, '職員採用案内 2026', 52, 72, 14, 'G')
    edition = '令和8年3月現在'
    p1.text(p1.line(), 0, edition, 543, 94, 9, 'M', align='right')
    lead = '空の安全を支える航空保安職員の育成に携わる職員を募集しています。'
    p1.text(p1.line(), 0, lead, 52, 114, 10)
    # section 1, vertical heading at the left, content at x 84
    y = 150
    hL = p1.line()
    p1.vtext(hL, 0, '採用実績', 52, y, 13, 'G', sky)
    p1.rule(74, y, 74, y + 190, 1.0, sky)
    cx = 84
    intro = '採用者数の推移（単位：人）'
    p1.text(p1.line(), 0, intro, cx, y, 9)
    ty = y + 18
    # the header: 年度 spans the era column and the year column
    widths = [40, 100, 70, 70, 70]
    xs = [cx]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    rowh = 18
    p1.rect(cx, ty, xs[-1] - cx, rowh, (0.88, 0.93, 0.98))
    HL = p1.line(4)
    p1.text(HL, 0, '年度', (xs[0] + xs[2]) / 2, ty + 4.5, 9, 'G', align='center')
    for c, s in enumerate(['事務系', '技術系', '計']):
        p1.text(HL, c + 1, s, (xs[c + 2] + xs[c + 3]) / 2, ty + 4.5, 9, 'G', align='center')
    p1.rule(cx, ty, xs[-1], ty, 1.2, sky)
    p1.rule(cx, ty + rowh, xs[-1], ty + rowh, 0.5)
    body_top = ty + rowh
    row_lines = []
    for i, r in enumerate(rows):
        ry = body_top + i * rowh
        L = p1.line(5)
        row_lines.append(L)
        p1.text(L, 1, r['labelText'], xs[1] + 3, ry + 4.5, 9)
        for c, s in enumerate(hiring_cells(r)):
            p1.text(L, c + 2, s, (xs[c + 2] + xs[c + 3]) / 2, ry + 4.5, 9, align='center')
    # the era, ONE cell spanning all six rows, centred vertically; it belongs to the first row
    body_bot = body_top + len(rows) * rowh
    p1.text(row_lines[0], 0, '令和', (xs[0] + xs[1]) / 2, (body_top + body_bot) / 2 - 4.5, 9, 'G', align='center')
    p1.rule(xs[1], body_top, xs[1], body_bot, 0.4)
    p1.rule(cx, body_bot, xs[-1], body_bot, 1.2, sky)
    header = ['年度', '事務系', '技術系', '計']
    note = '※（ ）内は女性の数で内数です。'
    p1.text(p1.line(), 0, note, cx, body_bot + 6, 8, 'M', GREY)
    # section 2
    y = 370
    hL = p1.line()
    p1.vtext(hL, 0, '配属実績', 52, y, 13, 'G', sky)
    p1.rule(74, y, 74, y + 140, 1.0, sky)
    aintro = '令和7年度採用者の配属先（単位：人）'
    p1.text(p1.line(), 0, aintro, cx, y, 9)
    table(p1, cx, y + 18, [150, 70, 70], [['配属先', '事務系', '技術系']] +
          [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in units], ruled=False,
          tint=(0.88, 0.93, 0.98))
    folio(p1, 1)
    # page 2
    p2.rect(0, 0, W, 16, sky)
    y = heading_bar(p2, 52, 38, '令和8年度の採用予定', sky)
    eheader = ['区分', '試験', '試験区分', '採用予定数']
    erows = [['事務系', exam, '行政', '2'], ['技術系', exam, 'デジタル・電気・電子', '2'], ['', '', '機械', '1']]
    y = table(p2, 52, y, [70, 170, 150, 90], [eheader] + erows, tint=(0.88, 0.93, 0.98)) + 22
    y = heading_bar(p2, 52, y, '研修', sky)
    training = '採用後は国土交通大学校などでの基礎研修を受け、各科の教官と連携しながら教育の運営を学びます。'
    y, tr_lines = para(p2, 52, y, training, 491)
    y += 14
    y = heading_bar(p2, 52, y, '働きやすい職場づくり', sky)
    # two cards side by side; each card's TITLE is set VERTICALLY in a tinted strip at its left edge
    inits = [('在宅勤務', '月8回まで自宅で勤務できます。育児や介護と仕事の両立に役立っています。'),
             ('時差出勤', '始業時刻を7時30分から10時30分までの間で選べます。')]
    init_facts = []
    cw, ch_ = 236, 80
    for k, (t_, txt) in enumerate(inits):
        x0 = 52 + k * (cw + 19)
        p2.rect(x0, y, cw, ch_, (0.95, 0.97, 1.0))
        p2.rect(x0, y, 24, ch_, (0.75, 0.86, 0.96))
        tL = p2.line()
        p2.vtext(tL, 0, t_, x0 + 5.5, y + 8, 13, 'G')
        tlines = wrap(txt, 'M', 9, cw - 44)
        for j, ln in enumerate(tlines):
            p2.text(p2.line(), 0, ln, x0 + 34, y + 10 + j * 15, 9)
        init_facts.append(dict(title=t_, text=''.join(tlines), printed=[t_] + tlines, titleVertical=True))
    y += ch_ + 20
    y = heading_bar(p2, 52, y, '両立支援制度', sky)
    sup = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'), ('子の看護休暇', '年5日', '時間単位でも取得できます。')]
    sup_facts = []
    for n_, d_, txt in sup:
        pr = f'●{n_}（{d_}）'
        p2.text(p2.line(), 0, pr, 52, y, 10, 'G'); y += 16
        p2.text(p2.line(), 0, txt, 64, y, 9); y += 20
        sup_facts.append(dict(name=n_, duration=d_, durationText=d_, text=txt, printed=pr))
    y += 4
    y = heading_bar(p2, 52, y, 'お問い合わせ', sky)
    office = '航空保安大学校総務課人事係'
    tel, email = '072-458-3010', 'koukuhoan-jinji@mlit.go.jp'
    for s in (office, 'TEL ' + tel, 'E-mail ' + email):
        p2.text(p2.line(), 0, s, 52, y, 9.5); y += 16
    y += 8
    y = heading_bar(p2, 52, y, 'アクセス', sky)
    address = '〒598-0047 大阪府泉佐野市りんくう往来南3-11'
    p2.text(p2.line(), 0, address, 52, y, 9.5); y += 16
    routes = ['JR関西空港線『りんくうタウン』駅から徒歩約10分', '南海本線『泉佐野』駅から車で約10分']
    for r_ in routes:
        p2.text(p2.line(), 0, r_.replace('『', '').replace('』', ''), 52, y, 9.5); y += 16
    folio(p2, 2)

    facts = base_facts(org, edition, '令和8年3月現在', 'right-aligned under the title',
                       lead, rows, header, intro, note,
                       'unruled; 年度 header spans an era column and a year column; the era 令和 is ONE cell spanning '
                       'all six rows (vertically centred), the year cells read 3年度 … 8年度（予定）',
                       ('事務系', '技術系'), 2025, aintro, units, 'unruled 配属先 | 事務系 | 技術系',
                       '令和8年度の採用予定',
                       [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='行政', count=2)], total=2),
                        dict(track='技術系', exam=exam, text='', breakdown=[dict(category='デジタル・電気・電子', count=2),
                                                                             dict(category='機械', count=1)], total=3)],
                       'ruled 区分 | 試験 | 試験区分 | 採用予定数', eheader, training, init_facts,
                       'two cards side by side; each title VERTICAL in a strip at the card\'s left, its text at the right',
                       sup_facts, '●name（duration） / indented text', office, [tel], [email], address, routes)
    facts['hiring']['eraCell'] = '令和'
    facts['hiring']['columns'] = ['era', 'label', 'admin', 'tech', 'total']
    facts['decoys'] = {
        'hiring': 'the era 令和 is one cell spanning all six year rows; the year cells are 3年度 … 8年度（予定）',
        'initiatives': 'each initiative title is set vertically (one glyph per text object) on its card\'s left edge',
        'layout': 'p1 vertical section headings (採用実績, 配属実績) left of their sections, unruled tables; folios',
    }
    return name, [p1, p2], facts


def base_facts(org, edition_line, as_of_text, where, lead, rows, header, intro, note, hlayout, tracks, cohort,
               aintro, units, alayout, etitle, entries, elayout, eheader, training, inits, iformat, sups, sformat,
               office, tels, emails, address, routes):
    m = re.search(r'令和(\d+)年(\d+)月', as_of_text)
    return {
        'organization': org,
        'document': org + ' 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': f'{ERA + int(m.group(1))}-{int(m.group(2)):02d}', 'asOfText': as_of_text,
                    'printed': edition_line, 'where': where},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': tracks[0], 'tech': tracks[1]},
                   'textSynthesised': False, 'layout': hlayout, 'header': header,
                   'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': aintro,
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'layout': alayout,
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in units]},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False, 'entries': entries,
                  'layout': elayout, 'header': eheader},
        'training': {'title': '研修', 'paragraphs': [training]},
        'initiatives': inits,
        'initiativesIntro': '',
        'initiativesTitle': '働きやすい職場づくり',
        'initiativeFormat': iformat,
        'supportTitle': '両立支援制度',
        'supportFormat': sformat,
        'supportSystems': sups,
        'contacts': [{'track': '採用担当', 'office': office, 'tel': tels, 'email': emails, 'location': '',
                      'telText': ['TEL ' + t for t in tels], 'emailText': ['E-mail ' + e for e in emails],
                      'hoursText': ''}],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False,
                   'routesText': [r.replace('『', '').replace('』', '') for r in routes]},
        'keyFigures': [],
        'decoys': {},
    }


# ---------------------------------------------------------------------------------------------------- rendering
def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('職員採用案内 2026')
    rnd = random.Random(seed)
    for p in pages:
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill = g
                c.setFillColorRGB(*fill)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2, width, color = g
                c.setStrokeColorRGB(*color)
                c.setLineWidth(width)
                c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(p.items)))
        rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], H - (it['y'] + ASC * it['size']), it['s'])
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------------- checks
def fail(name, msg):
    raise SystemExit(f'{name}: REFUSED: {msg}')


def check_pages(name, pages):
    faces = {k: pdfmetrics.getFont(k).face for k in FONTFILES}
    for pn, p in enumerate(pages, 1):
        for it in p.items:
            for ch in it['s']:
                if ord(ch) not in faces[it['font']].charToGlyph:
                    fail(name, f'p{pn}: glyph {ch!r} missing in {it["font"]}')
            x0, y0, x1, y1 = it['x'], it['y'], it['x'] + it['w'], it['y'] + it['size']
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                fail(name, f'p{pn}: {it["s"]!r} in the edge margin')
            if not it['furn'] and y1 > BOTTOM:
                fail(name, f'p{pn}: {it["s"]!r} below the bottom margin')
        its = p.items
        for i in range(len(its)):
            a = its[i]
            for j in range(i + 1, len(its)):
                b = its[j]
                if (a['x'] < b['x'] + b['w'] - 0.01 and b['x'] < a['x'] + a['w'] - 0.01 and
                        a['y'] < b['y'] + b['size'] - 0.01 and b['y'] < a['y'] + a['size'] - 0.01):
                    fail(name, f'p{pn}: {a["s"]!r} overlaps {b["s"]!r}')
        ids = {id(L) for L in p.lines}
        for it in its:
            if it['furn'] and 'line' in it:
                fail(name, 'furniture in an expected line')
            if not it['furn'] and it.get('line') not in ids:
                fail(name, f'{it["s"]!r} in no expected line')
        for L in p.lines:
            s = '\t'.join(''.join(c) for c in L)
            if not s.strip():
                fail(name, 'empty expected line')
            if s.strip()[0] in KINSOKU_START:
                fail(name, f'expected line starts with a kinsoku character: {s!r}')
            if re.fullmatch(r'-\s*\d+\s*-', s.strip()):
                fail(name, 'a folio in the expected text')
        drawn = collections.Counter(''.join(it['s'] for it in its if not it['furn']).replace(' ', '').replace('\u3000', ''))
        exp = collections.Counter(re.sub(r'\s', '', p.expected()))
        if drawn != exp:
            fail(name, f'p{pn}: drawn and expected characters differ: {drawn - exp} / {exp - drawn}')


def check_pdf(name, pdf, pages):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf); f.flush()
        for pn, p in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-enc', 'UTF-8', '-f', str(pn), '-l', str(pn), f.name, '-'],
                                 capture_output=True, text=True, check=True).stdout
            got = collections.Counter(re.sub(r'\s', '', out))
            want = collections.Counter(re.sub(r'\s', '', ''.join(it['s'] for it in p.items)))
            if got != want:
                fail(name, f'p{pn}: pdftotext differs from the drawn text: {got - want} / {want - got}')
    n_items = sum(len(p.items) for p in pages)
    if pdf.count(b'BT') < n_items:
        fail(name, f'{pdf.count(b"BT")} BT < {n_items} items')


def lines_of(text):
    return [l for l in text.split('\n') if l != '\f']


def check_facts(name, f, expected):
    lines = lines_of(expected)
    flat = norm(expected)
    legal = ('国立大学法人', '独立行政法人', '大学共同利用機関法人', '法人')
    org = f['organization']
    if not lines[0].startswith(org) or any(org.startswith(x) for x in legal):
        fail(name, 'organisation')
    if f['document'] != org + ' 職員採用案内 2026' or '職員採用案内 2026' not in lines:
        fail(name, 'document')
    ed = f['edition']
    m = re.search(r'令和(\d+)年(\d+)月', ed['asOfText'])
    if ed['asOf'] != f'{ERA + int(m.group(1))}-{int(m.group(2)):02d}' or ed['asOfText'] not in ed['printed'] \
            or ed['printed'] not in lines or ed['year'] != 2026:
        fail(name, 'edition')
    for L in lines[:6]:
        if L != ed['printed'] and re.search(r'令和\d+年\d+月', L):
            fail(name, 'a second date among the first lines')
    h = f['hiring']
    rows = h['rows']
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))) or [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        fail(name, 'hiring years / planned')
    if rows[-1]['fiscalYear'] != 2026 or f['exams']['fiscalYear'] != 2026:
        fail(name, 'planned year')
    for r in rows:
        if ('予定' in r['labelText']) != r['planned'] or r['label'] != era_label(r['fiscalYear']):
            fail(name, 'label')
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count']:
            fail(name, f'hiring total {r["fiscalYear"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (a, t, tot)):
                fail(name, 'planned women')
        else:
            if tot['women'] != a['women'] + t['women'] or any(not 0 <= x['women'] <= x['count'] for x in (a, t, tot)):
                fail(name, f'hiring women {r["fiscalYear"]}')
        for x in (a, t, tot):
            if unicodedata.normalize('NFKC', x['text']) != str(x['count']):
                fail(name, 'count text')
        cells = [r['labelText']] + hiring_cells(r)
        if 'eraCell' in h:
            cells = [h['eraCell'] if r is rows[0] else ''] + cells
        if '\t'.join(cells) not in lines:
            fail(name, f'hiring row not printed: {cells}')
        if 'eraCell' in h and h['eraCell'] + r['labelText'].replace('（予定）', '') != r['label']:
            fail(name, 'era cell + year cell != label')
    if '\t'.join(h['header']) not in lines:
        fail(name, 'hiring header')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != actual['fiscalYear'] or re.findall(r'令和(\d+)年度', a['intro']) != [str(actual['fiscalYear'] - ERA)]:
        fail(name, 'cohort')
    if sum(r['admin'] or 0 for r in a['rows']) != actual['admin']['count'] or \
            sum(r['tech'] or 0 for r in a['rows']) != actual['tech']['count']:
        fail(name, 'assignment sums')
    if len({r['unit'] for r in a['rows']}) != len(a['rows']) or any(not (r['admin'] or r['tech']) for r in a['rows']):
        fail(name, 'assignment units')
    for r in a['rows']:
        want = '\t'.join([r['unit'], str(r['admin'] or ''), str(r['tech'] or '')])
        if want not in lines:
            fail(name, f'assignment row not printed: {want!r}')
    if a['intro'] not in lines:
        fail(name, 'assignment intro')
    planned = rows[-1]
    per = collections.Counter()
    keys = set()
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total'] or '院' in e['exam']:
            fail(name, 'exam total / 院')
        tk = track(e['track'])
        if tk not in ('administrative', 'technical') or e['track'] not in (h['tracks']['admin'], h['tracks']['tech']):
            fail(name, 'exam track')
        per[tk] += e['total']
        for b in e['breakdown']:
            if '院' in b['category'] or re.search(r'[（）()]', b['category']):
                fail(name, 'category')
            key = (tk, level(e['exam']), norm(b['category']))
            if key in keys:
                fail(name, 'category collision')
            keys.add(key)
            if not any(l.endswith('\t' + b['category'] + '\t' + str(b['count'])) for l in lines):
                fail(name, f'category row not printed: {b}')
    if per['administrative'] != planned['admin']['count'] or per['technical'] != planned['tech']['count']:
        fail(name, 'exam totals vs planned hires')
    if '\t'.join(f['exams']['header']) not in lines or f['exams']['title'] not in lines:
        fail(name, 'exam header / title')
    for i in f['initiatives']:
        if re.search(r'[■●◆（）()A-Za-z0-9０-９]', i['title']) or norm(i['title']) not in flat:
            fail(name, 'initiative title')
        for l in i['printed']:
            if l not in lines:
                fail(name, f'initiative line not printed: {l!r}')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText'] or re.search(r'[（）()―－\-～〜→]', s['name']):
            fail(name, 'support')
        if s['printed'] not in lines or not s['printed'].startswith('●' + s['name']) or s['duration'] not in s['printed']:
            fail(name, f'support line {s["printed"]!r}')
        if s['text'] not in lines:
            fail(name, 'support text')
    for c in f['contacts']:
        if not c['office'].startswith(org) or norm(c['office']) not in flat:
            fail(name, 'office')
        for t, tt in zip(c['tel'], c['telText']):
            if not re.fullmatch(r'0\d{1,3}-\d{2,4}-\d{4}', t) or tt not in lines:
                fail(name, 'tel')
        for e, et in zip(c['email'], c['emailText']):
            if et not in lines or not et.endswith(' ' + e):
                fail(name, 'email')
    acc = f['access']
    if norm(acc['address']) not in flat:
        fail(name, 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        st = r.split('『')[1].split('』')[0]
        if rt not in lines or not r.split('』')[1].startswith('駅') or re.search(r'[駅～・\s口分線]', st):
            fail(name, f'route {r}')
    if norm(f['training']['paragraphs'][0]) not in flat:
        fail(name, 'training')
    for l in f['lead']['text'] + h['intro'] + h['note']:
        if l not in lines:
            fail(name, f'not printed: {l!r}')


def stand_in(f):
    h = f['hiring']
    cnt = lambda x: {'count': x['count'], 'women': x['women']}
    return {
        'organization': f['organization'],
        'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                                 'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in h['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                      'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        },
    }


def check_scoring(name, f, expected):
    drawn = norm(expected)
    full = checks(f, stand_in(f), drawn)
    if not all(ok for _, ok in full):
        fail(name, f'stand-in misses {[n for n, ok in full if not ok]}')
    kinds = {n.split()[0] for n, _ in full}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds:
        fail(name, f'checks not reached: {need - kinds}')
    empty = checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        fail(name, f'empty document scores {[n for n, ok in empty if ok]}')
    return len(full)


BUILDERS = {'fukushima-u-2026': (fukushima, 86001), 'nise-2026': (nise, 86002), 'kouku-hoan-2026': (kouku, 86003)}


def build(key):
    fn, seed = BUILDERS[key]
    name, pages, facts = fn()
    check_pages(name, pages)
    expected = '\n\f\n'.join(p.expected() for p in pages) + '\n'
    check_facts(name, facts, expected)
    pdf = render(pages, seed)
    if render(fn()[1], seed) != pdf:
        fail(name, 'two renders differ')
    check_pdf(name, pdf, pages)
    n = check_scoring(name, facts, expected)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {sum(len(p.items) for p in pages)} items, {n} fact checks, OK')


if __name__ == '__main__':
    for k in (sys.argv[1:] or list(BUILDERS)):
        build(k)
