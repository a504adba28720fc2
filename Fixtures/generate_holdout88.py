#!/usr/bin/env python3
"""Holdout set 88 (blind): three national bodies' recruitment brochures.

    python3 Fixtures/generate_holdout88.py              # all three
    python3 Fixtures/generate_holdout88.py nimd-2026    # one

Self-contained: a page model in top-down coordinates, a table helper, a vertical-text
helper, reportlab's canvas (invariant=1, no page compression, IPAex fonts), the facts and
the self-checks, which run on every generation (see holdout88/README.md).
Every visual text piece is one text object; a page's text objects are written after its
graphics in a seeded shuffled order.
"""
import collections, hashlib, json, os, random, subprocess, sys, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout88')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

G, M = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 20.0
BOTTOM = 800.0

BLACK = (0.1, 0.1, 0.1)
GREY = (0.45, 0.45, 0.45)
RED = (0.8, 0.1, 0.15)
WHITE = (1, 1, 1)


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


class Line:
    def __init__(self, ncells=1):
        self.cells = [[] for _ in range(ncells)]

    def text(self):
        return '\t'.join(''.join(i['text'] for i in c) for c in self.cells)


class Page:
    def __init__(self, seed):
        self.items, self.lines, self.gfx, self.seed = [], [], [], seed

    def line(self, ncells=1):
        ln = Line(ncells)
        self.lines.append(ln)
        return ln

    def put(self, ln, text, x, y, font=M, size=10, color=BLACK, cell=0, mode=0, box=None):
        """y is the baseline from the top of the page; ln None = furniture."""
        it = dict(text=text, x=x, y=y, font=font, size=size, color=color, mode=mode,
                  furniture=ln is None)
        w = sw(text, font, size)
        it['box'] = box or (x, y - 0.88 * size, x + w, y + 0.12 * size)
        self.items.append(it)
        if ln is not None:
            ln.cells[cell].append(it)
        return it

    def text(self, text, x, y, font=M, size=10, color=BLACK, align='left', mode=0):
        if align == 'right':
            x = x - sw(text, font, size)
        elif align == 'center':
            x = x - sw(text, font, size) / 2
        ln = self.line()
        self.put(ln, text, x, y, font, size, color, mode=mode)
        return ln

    def vertical(self, text, cx, top, font=G, size=12, color=BLACK, pitch=1.08, ln='new'):
        """One glyph per text object, top to bottom, centred on cx. Returns the bottom y."""
        if ln == 'new':
            ln = self.line()
        y = top
        for ch in text:
            w = sw(ch, font, size)
            base = y + 0.88 * size
            self.put(ln, ch, cx - w / 2, base, font, size, color,
                     box=(cx - size / 2, y, cx + size / 2, y + size))
            y += size * pitch
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def hline(self, x0, x1, y, color=BLACK, lw=0.6):
        self.gfx.append(('line', x0, y, x1, y, color, lw))

    def vline(self, x, y0, y1, color=BLACK, lw=0.6):
        self.gfx.append(('line', x, y0, x, y1, color, lw))


def heading(p, text, x, y, width, color):
    """A bar at the left and a Gothic heading; returns the y under it."""
    p.rect(x, y - 12, 4, 15, fill=color)
    p.text(text, x + 9, y, G, 12, BLACK, mode=0)
    p.hline(x, x + width, y + 5, color=color, lw=0.5)
    return y + 20


def table(p, x, y, colw, rows, font=M, size=9, rowh=17, rules='full', head_tint=None,
          align=None, rule_color=BLACK, row_heights=None):
    """rows: list of rows; a cell is None (empty), a str, a list of (text, size, color)
    line specs, or a dict {'lines': [...], 'rowspan': n}. Row 0 is the header.
    Returns the y under the table."""
    n = len(colw)
    align = align or ['left'] + ['center'] * (n - 1)
    heights = row_heights or [rowh] * len(rows)
    tops = [y]
    for h in heights:
        tops.append(tops[-1] + h)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    if head_tint:
        p.rect(x, y, sum(colw), heights[0], fill=head_tint)
    covered = set()
    for r, row in enumerate(rows):
        ln = p.line(n)
        for c, cell in enumerate(row):
            if (r, c) in covered or cell is None:
                if rules == 'full' and (r, c) not in covered:
                    p.rect(xs[c], tops[r], colw[c], heights[r], stroke=rule_color)
                continue
            span = 1
            if isinstance(cell, dict):
                span = cell.get('rowspan', 1)
                specs = cell['lines']
                for k in range(1, span):
                    covered.add((r + k, c))
            elif isinstance(cell, str):
                specs = [(cell, size, BLACK)]
            else:
                specs = cell
            specs = [(s, size, BLACK) if isinstance(s, str) else s for s in specs]
            top, bot = tops[r], tops[r + span]
            if rules == 'full':
                p.rect(xs[c], top, colw[c], bot - top, stroke=rule_color)
            fnt = G if r == 0 else font
            lh = [sz * 1.2 for _, sz, _ in specs]
            y0 = (top + bot) / 2 - sum(lh) / 2
            for (s, sz, col), h in zip(specs, lh):
                w = sw(s, fnt, sz)
                if w > colw[c] - 6:
                    raise SystemExit(f'cell too wide: {s!r} {w:.1f} > {colw[c] - 6}')
                a = align[c]
                xx = xs[c] + 4 if a == 'left' else (xs[c + 1] - 4 - w if a == 'right' else (xs[c] + xs[c + 1] - w) / 2)
                p.put(ln, s, xx, y0 + h * 0.5 + sz * 0.38, fnt, sz, col, cell=c)
                y0 += h
    bottom = tops[-1]
    if rules == 'full':
        pass
    elif rules in ('h', 'none'):
        p.hline(x, xs[-1], y, rule_color, 0.9)
        p.hline(x, xs[-1], tops[1], rule_color, 0.6)
        p.hline(x, xs[-1], bottom, rule_color, 0.9)
        if rules == 'h':
            for r in range(2, len(rows)):
                for c in range(n):
                    if (r, c) not in covered:
                        p.hline(xs[c], xs[c + 1], tops[r], (0.7, 0.7, 0.7), 0.4)
    return bottom


def cnt(n, w):
    return f'{n}（{w}）' if w is not None else f'{n}'


FW = str.maketrans('0123456789', '０１２３４５６７８９')


# ----------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------

def hiring_rows(data, era_fmt, planned_fmt, fullwidth=False):
    """data: (fy, a, aw, t, tw); the last is planned (women None)."""
    rows = []
    for i, (fy, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1
        tot, totw = a + t, (None if planned else aw + tw)
        era = fy - 2018
        def c(n, w):
            s = cnt(n, w)
            return s.translate(FW) if fullwidth else s
        rows.append(dict(fiscalYear=fy, label=f'令和{era}年度', planned=planned,
                         total=dict(count=tot, text=str(tot).translate(FW) if fullwidth else str(tot),
                                    women=totw, womenText=None if totw is None else (str(totw).translate(FW) if fullwidth else str(totw)),
                                    cellText=c(tot, totw)),
                         admin=dict(count=a, text=str(a).translate(FW) if fullwidth else str(a), women=aw,
                                    womenText=None if aw is None else (str(aw).translate(FW) if fullwidth else str(aw)),
                                    cellText=c(a, aw)),
                         tech=dict(count=t, text=str(t).translate(FW) if fullwidth else str(t), women=tw,
                                   womenText=None if tw is None else (str(tw).translate(FW) if fullwidth else str(tw)),
                                   cellText=c(t, tw)),
                         labelText=(planned_fmt if planned else era_fmt).format(era=str(era).translate(FW) if fullwidth else era)))
    return rows


def base_facts(org, asof, asoftext, printed):
    return {
        'organization': org,
        'document': f'{org} 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': asof, 'asOfText': asoftext, 'printed': printed},
    }


def support(name, dur, text, printed):
    return dict(name=name, duration=dur, durationText=dur, text=text, printed=printed)


# ---- 八戸工業高等専門学校 ------------------------------------------------------------------

def hachinohe():
    org = '八戸工業高等専門学校'
    teal = (0.0, 0.45, 0.5)
    f = base_facts(org, '2026-04', '令和8年4月現在', '令和8年4月現在')
    lead = ['八戸工業高等専門学校は、十五歳からの五年一貫教育で実践的な技術者を育てる高等教育機関です。',
            '学生と教員を支える事務職員・技術職員として、一緒に学校づくりに取り組みませんか。']
    f['lead'] = {'title': '', 'text': lead}
    data = [(2021, 3, 1, 2, 0), (2022, 2, 1, 2, 1), (2023, 4, 2, 1, 0), (2024, 3, 2, 2, 1),
            (2025, 4, 2, 2, 0), (2026, 4, None, 2, None)]
    rows = hiring_rows(data, 'R{era}年度', 'R{era}年度（予定）')
    header = ['区分'] + [r['labelText'] for r in rows]
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled, years as COLUMNS (R3年度 … R8年度（予定）, the planned header on two lines), tracks as rows 事務系 / 技術系 / 計; cells N（W）',
                   'header': header, 'columns': ['track'] + [str(r['fiscalYear']) for r in rows], 'rows': rows}
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='学生課', admin=1, tech=None),
             dict(unit='会計課', admin=1, tech=None), dict(unit='地域連携推進室', admin=1, tech=None),
             dict(unit='教育研究支援センター', admin=None, tech=2)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled 配属先 | 事務系 | 技術系; － for none', 'rows': arows}
    exam = '国立大学法人等職員採用試験（北海道・東北地区）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='事務', count=3), dict(category='図書', count=1)], total=4),
                              dict(track='技術系', exam=exam, text='', breakdown=[dict(category='電気', count=1), dict(category='機械', count=1)], total=2)],
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数; track and exam cells span their rows; the exam on two lines',
                  'header': ['区分', '試験', '職種', '採用予定数']}
    f['training'] = {'title': '研修', 'paragraphs': [
        '採用後は国立高等専門学校機構の新任職員研修を受講し、',
        '学内では先輩職員のOJTとメンター制度で一年目を',
        '支えます。技術職員は実験・実習の指導を通じて',
        '専門性を高めます。']}
    f['initiatives'] = [
        dict(title='フレックスタイム制', text='始業と終業の時刻を自分で選べます。', printed=['■フレックスタイム制', '始業と終業の時刻を自分で選べます。']),
        dict(title='年休の計画取得', text='学生の長期休業中にまとめて休めます。', printed=['■年休の計画取得', '学生の長期休業中にまとめて休めます。'])]
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■title / indented text'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●name（duration） / indented text'
    f['supportSystems'] = [support('育児休業', '子が3歳に達するまで', '男女とも取得できます。', '●育児休業（子が3歳に達するまで）'),
                           support('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。', '●子の看護休暇（年5日）')]
    f['contacts'] = [dict(track='採用担当', office='八戸工業高等専門学校総務課人事係', tel=['0178-27-7223'],
                          email=['jinji-kakari@hachinohe-ct.ac.jp'], location='', telText=['0178-27-7223'],
                          emailText=['jinji-kakari@hachinohe-ct.ac.jp'], hoursText='')]
    f['access'] = {'address': '〒039-1192 青森県八戸市大字田面木字上野平16-1',
                   'routes': ['青い森鉄道『八戸』駅からバスで約20分', 'JR八戸線『本八戸』駅からバスで約30分'],
                   'routesSynthesised': False,
                   'routesText': ['青い森鉄道八戸駅からバスで約20分', 'JR八戸線本八戸駅からバスで約30分']}
    f['keyFigures'] = []
    f['decoys'] = {
        'organization': 'the masthead prints only the colloquial short name 八戸高専; the formal name 八戸工業高等専門学校 is in the lead and the office line',
        'contacts': 'captions above values: a small TEL caption over the 16 pt number, a small E-MAIL caption over the address; no label on the value lines',
        'access': 'operator 青い森鉄道 (hiragana, 鉄道, no 線) before 八戸駅',
        'layout': 'A4; p1 a full-width ruled hiring table with years as columns, then two columns (配属実績 | 研修 + initiatives); p2 a full-width exam table, then two columns (support | a tinted contacts box + access); folios'}

    pages = [Page(8801), Page(8802)]
    p = pages[0]
    L, R = 48, W - 48
    p.rect(0, 0, W, 14, fill=teal)
    p.text('八戸高専', L, 66, G, 34, teal)
    p.text('職員採用案内 2026', L, 92, G, 14)
    p.text('令和8年4月現在', R, 92, M, 10, align='right')
    p.hline(L, R, 102, teal, 1.5)
    y = 124
    for s in lead:
        p.text(s, L, y, M, 10)
        y += 16
    y = heading(p, '採用実績', L, y + 12, R - L, teal)
    p.text('採用者数の推移（単位：人）', L, y + 2, M, 9)
    y += 10
    hdr = ['区分'] + [r['labelText'] for r in rows[:-1]] + [[('R8年度', 9, BLACK), ('（予定）', 9, BLACK)]]
    trs = [hdr]
    for key, name in (('admin', '事務系'), ('tech', '技術系'), ('total', '計')):
        trs.append([name] + [r[key]['cellText'] for r in rows])
    y = table(p, L, y, [64] + [72] * 6, trs, rowh=19, rules='full', head_tint=(0.85, 0.93, 0.93),
              align=['center'] * 7, row_heights=[28, 19, 19, 19])
    p.text('※（ ）内は女性の数で内数です。', L, y + 14, M, 8.5)
    y += 40
    colL, colR = L, L + 262
    yl = heading(p, '配属実績', colL, y, 238, teal)
    p.text('令和7年度採用者の配属先（単位：人）', colL, yl + 2, M, 9)
    yl += 10
    ar = [['配属先', '事務系', '技術系']] + [[a['unit'], str(a['admin']) if a['admin'] else '－', str(a['tech']) if a['tech'] else '－'] for a in arows]
    table(p, colL, yl, [120, 58, 58], ar, rowh=18, head_tint=(0.85, 0.93, 0.93))
    yr = heading(p, '研修', colR, y, R - colR, teal)
    for s in f['training']['paragraphs']:
        p.text(s, colR, yr + 2, M, 9)
        yr += 14
    yr = heading(p, '働きやすい職場づくり', colR, yr + 14, R - colR, teal)
    for it in f['initiatives']:
        p.text(it['printed'][0], colR, yr + 2, G, 10)
        p.text(it['printed'][1], colR + 12, yr + 17, M, 9)
        yr += 36
    p.put(None, '- 1 -', W / 2 - sw('- 1 -', M, 9) / 2, 815, M, 9, GREY)

    p = pages[1]
    p.rect(0, 0, W, 14, fill=teal)
    y = heading(p, '採用予定', L, 58, R - L, teal)
    p.text('令和8年度の採用予定', L, y + 2, M, 9.5)
    y += 10
    ex = [['区分', '試験', '職種', '採用予定数']]
    for e in f['exams']['entries']:
        for k, b in enumerate(e['breakdown']):
            n = len(e['breakdown'])
            ex.append([{'lines': [e['track']], 'rowspan': n} if k == 0 else None,
                       {'lines': ['国立大学法人等職員採用試験', '（北海道・東北地区）'], 'rowspan': n} if k == 0 else None,
                       b['category'], str(b['count'])])
    y = table(p, L, y, [80, 220, 100, 99], ex, rowh=20, head_tint=(0.85, 0.93, 0.93),
              align=['center', 'center', 'center', 'center'])
    y += 30
    colR = L + 270
    yl = heading(p, '両立支援制度', L, y, 250, teal)
    for s in f['supportSystems']:
        p.text(s['printed'], L, yl + 2, G, 10)
        p.text(s['text'], L + 12, yl + 17, M, 9)
        yl += 38
    yr = heading(p, 'お問い合わせ', colR, y, R - colR, teal)
    p.rect(colR, yr - 8, R - colR, 112, fill=(0.92, 0.96, 0.96))
    p.text('八戸工業高等専門学校総務課人事係', colR + 10, yr + 8, G, 10)
    p.text('TEL', colR + 10, yr + 26, G, 7, GREY)
    p.text('0178-27-7223', colR + 10, yr + 46, G, 16, teal)
    p.text('E-MAIL', colR + 10, yr + 66, G, 7, GREY)
    p.text('jinji-kakari@hachinohe-ct.ac.jp', colR + 10, yr + 82, M, 10)
    yr += 128
    yr = heading(p, 'アクセス', colR, yr, R - colR, teal)
    p.text(f['access']['address'], colR, yr + 2, M, 9)
    for s in f['access']['routesText']:
        yr += 15
        p.text(s, colR, yr + 2, M, 9)
    p.put(None, '- 2 -', W / 2 - sw('- 2 -', M, 9) / 2, 815, M, 9, GREY)
    return f, pages


# ---- 国立歴史民俗博物館 -------------------------------------------------------------------

def rekihaku():
    org = '国立歴史民俗博物館'
    brown = (0.45, 0.25, 0.12)
    tint = (0.96, 0.92, 0.86)
    f = base_facts(org, '2026-03', '令和8年3月現在', '令和8年3月現在')
    lead = ['国立歴史民俗博物館は、日本の歴史と文化を研究し、その成果を展示で伝える博物館です。',
            '研究と展示を支える事務職員・技術職員を募集します。']
    f['lead'] = {'title': '', 'text': lead}
    data = [(2021, 2, 1, 1, 0), (2022, 3, 2, 1, 1), (2023, 2, 1, 1, 0), (2024, 3, 1, 2, 1),
            (2025, 2, 2, 1, 0), (2026, 2, None, 1, None)]
    rows = hiring_rows(data, '令和{era}年度', '令和{era}年度（予定）', fullwidth=True)
    f['hiring'] = {'intro': ['採用者数（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'unruled (header tint, rules above, under the header and below), years as rows, FULL-WIDTH digits 令和３年度 / ２（１）; a vertical 採用実績 heading at its left',
                   'header': ['年度', '事務系', '技術系', '計'], 'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows}
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='博物館事業課', admin=1, tech=None),
             dict(unit='施設管理係', admin=None, tech=1)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'unruled 配属先 | 事務系 | 技術系; － for none', 'rows': arows}
    exam = '国立大学法人等職員採用試験（関東甲信越地区）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='事務', count=2)], total=2),
                              dict(track='技術系', exam=exam, text='', breakdown=[dict(category='建築', count=1)], total=1)],
                  'layout': 'unruled 区分 | 試験 | 職種 | 人数; the exam on two lines',
                  'header': ['区分', '試験', '職種', '人数']}
    f['training'] = {'title': '研修', 'paragraphs': [
        '新規採用職員研修のほか、',
        '資料の取り扱いや展示の基礎を',
        '学芸部門の研究者から学べます。']}
    f['initiatives'] = [
        dict(title='テレワーク', text='在宅勤務を週2日まで利用できます。', printed=['■テレワーク', '在宅勤務を週2日まで利用できます。']),
        dict(title='夏季一斉休業', text='お盆の時期に館全体で休みます。', printed=['■夏季一斉休業', 'お盆の時期に館全体で休みます。'])]
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■title / indented text'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = 'VERTICAL (縦書き) items read right to left: a Gothic name column, a period column, a text column'
    f['supportSystems'] = [support('育児休業', '子が3歳に達するまで', '男女とも取得できます', ['育児休業', '子が3歳に達するまで', '男女とも取得できます']),
                           support('介護休暇', '通算6か月', '3回まで分割できます', ['介護休暇', '通算6か月', '3回まで分割できます'])]
    f['contacts'] = [dict(track='採用担当', office='国立歴史民俗博物館管理部総務課人事係', tel=['043-486-0123'],
                          email=['rekihaku-jinji@rekihaku.ac.jp'], location='', telText=['TEL 043-486-0123'],
                          emailText=['E-mail rekihaku-jinji@rekihaku.ac.jp'], hoursText='')]
    f['access'] = {'address': '〒285-8502 千葉県佐倉市城内町117',
                   'routes': ['京成本線『京成佐倉』駅から徒歩約15分', 'JR総武本線『佐倉』駅からバスで約15分'],
                   'routesSynthesised': False,
                   'routesText': ['京成本線京成佐倉駅から徒歩約15分', 'JR総武本線佐倉駅からバスで約15分']}
    f['keyFigures'] = []
    f['decoys'] = {
        'organization': 'the masthead is a catchphrase holding the name: 国立歴史民俗博物館で働く (organisation 国立歴史民俗博物館)',
        'support': 'the support items are set VERTICALLY (縦書き) in the middle column of p2, read right to left, each a name / period / text column',
        'access': 'the station 京成佐倉 begins with the operator name 京成 and the other route ends at 佐倉',
        'layout': 'A4; running header and folios 1／2, 2／2 (furniture); p1 vertical 採用実績 heading, unruled full-width-digit hiring table, two columns (配属実績 | 採用予定); p2 three columns (研修 + initiatives | vertical support | contacts + access)'}

    pages = [Page(8811), Page(8812)]
    L, R = 44, W - 44
    for i, p in enumerate(pages):
        p.put(None, '国立歴史民俗博物館　職員採用案内', L, 32, M, 8, GREY)
        p.hline(L, R, 38, GREY, 0.4)
        s = f'{i + 1}／2'
        p.put(None, s, R - sw(s, M, 9), 818, M, 9, GREY)
    p = pages[0]
    p.rect(L, 52, R - L, 70, fill=tint)
    p.text('国立歴史民俗博物館で働く', L + 14, 86, G, 24, brown)
    p.text('職員採用案内 2026', L + 14, 110, G, 13)
    p.text('令和8年3月現在', R - 12, 110, M, 9.5, align='right')
    y = 146
    for s in lead:
        p.text(s, L, y, M, 10)
        y += 16
    y += 16
    # vertical heading strip
    p.rect(L, y - 4, 26, 150, fill=brown)
    p.vertical('採用実績', L + 13, y + 6, G, 13, WHITE, pitch=1.3)
    x0 = L + 40
    p.text('採用者数（単位：人）', x0, y + 6, M, 9)
    tr = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']] for r in rows]
    y2 = table(p, x0, y + 14, [140, 100, 100, 100], tr, rowh=17, rules='none', head_tint=tint, rule_color=brown)
    p.text('※（　）内は女性の数で内数です。', x0, y2 + 13, M, 8.5)
    y = max(y2 + 20, y + 150) + 24
    colR = L + 232
    yl = heading(p, '配属実績', L, y, 212, brown)
    p.text('令和7年度採用者の配属先（単位：人）', L, yl + 2, M, 8.5)
    ar = [['配属先', '事務系', '技術系']] + [[a['unit'], str(a['admin']) if a['admin'] else '－', str(a['tech']) if a['tech'] else '－'] for a in arows]
    table(p, L, yl + 10, [100, 56, 56], ar, rowh=17, rules='none', head_tint=tint, rule_color=brown)
    yr = heading(p, '採用予定', colR, y, R - colR, brown)
    p.text('令和8年度の採用予定', colR, yr + 2, M, 9)
    ex = [['区分', '試験', '職種', '人数']]
    for e in f['exams']['entries']:
        ex.append([e['track'], [('国立大学法人等職員', 8.5, BLACK), ('採用試験（関東甲信越地区）', 8.5, BLACK)], e['breakdown'][0]['category'], str(e['breakdown'][0]['count'])])
    table(p, colR, yr + 10, [50, 136, 46, 43], ex, rowh=28, rules='none', head_tint=tint, rule_color=brown,
          align=['center'] * 4, row_heights=[18, 30, 30])

    p = pages[1]
    c1, c2, c3 = L, L + 180, L + 330
    y = 70
    yl = heading(p, '研修', c1, y, 160, brown)
    for s in f['training']['paragraphs']:
        p.text(s, c1, yl + 2, M, 9)
        yl += 14
    yl = heading(p, '働きやすい職場づくり', c1, yl + 14, 160, brown)
    for it in f['initiatives']:
        p.text(it['printed'][0], c1, yl + 2, G, 10)
        p.text(it['printed'][1], c1 + 6, yl + 17, M, 8.5)
        yl += 36
    # vertical support
    ym = heading(p, '両立支援制度', c2, y, 136, brown)
    p.rect(c2, ym - 6, 136, 220, fill=tint)
    right = c2 + 136 - 16
    for s in f['supportSystems']:
        p.vertical(s['name'], right, ym + 4, G, 12, brown, pitch=1.1)
        p.vertical(s['duration'], right - 17, ym + 4, M, 10, BLACK, pitch=1.05)
        p.vertical(s['text'], right - 31, ym + 4, M, 9, BLACK, pitch=1.05)
        right -= 60
    yr = heading(p, 'お問い合わせ', c3, y, R - c3, brown)
    p.text('国立歴史民俗博物館管理部総務課人事係', c3, yr + 2, G, 9)
    p.text('TEL 043-486-0123', c3, yr + 18, M, 9)
    p.text('E-mail rekihaku-jinji@rekihaku.ac.jp', c3, yr + 32, M, 8)
    yr = heading(p, 'アクセス', c3, yr + 56, R - c3, brown)
    p.text('〒285-8502', c3, yr + 2, M, 9)
    p.text('千葉県佐倉市城内町117', c3, yr + 16, M, 9)
    for s in f['access']['routesText']:
        p.text(s, c3, yr + 34, M, 8.5)
        yr += 14
    f['access']['addressLines'] = ['〒285-8502', '千葉県佐倉市城内町117']
    return f, pages


# ---- 国立水俣病総合研究センター ------------------------------------------------------------

def nimd():
    org = '国立水俣病総合研究センター'
    green = (0.1, 0.45, 0.25)
    tint = (0.88, 0.95, 0.9)
    f = base_facts(org, '2026-04', '令和8年4月現在', '令和8年4月現在')
    lead = ['国立水俣病総合研究センターは、水俣病に関する調査・研究を行う環境省の研究機関です。',
            '研究を支える事務系職員と、分析や調査を担う技術系職員を募集しています。']
    f['lead'] = {'title': '', 'text': lead}
    data = [(2021, 1, 1, 2, 0), (2022, 2, 1, 1, 1), (2023, 1, 0, 2, 1), (2024, 2, 1, 2, 0),
            (2025, 1, 1, 2, 1), (2026, 1, None, 2, None)]
    rows = hiring_rows(data, '令和{era}年度', '令和{era}年度（予定）')
    for r in rows:
        for k in ('admin', 'tech', 'total'):
            c = r[k]
            c['cellLines'] = [c['text']] + ([] if c['women'] is None else [c['womenText']])
            c['cellText'] = ''.join(c['cellLines'])
    f['hiring'] = {'intro': ['採用者数（単位：人）'], 'note': ['※上段は採用者数、下段はそのうち女性の数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計; actual cells on TWO lines: the count (10 pt) over the women (7.5 pt, red), explained by a 上段 / 下段 note; cellText is the two lines joined, cellLines the lines',
                   'header': ['年度', '事務系', '技術系', '計'], 'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows}
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='基礎研究部', admin=None, tech=1),
             dict(unit='環境・保健研究部', admin=None, tech=1)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled 配属先 | 事務系 | 技術系; － for none', 'rows': arows}
    exam = '一般職試験（大卒程度試験）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [dict(track='事務系', exam=exam, text='', breakdown=[dict(category='行政', count=1)], total=1),
                              dict(track='技術系', exam=exam, text='', breakdown=[dict(category='化学', count=1), dict(category='物理', count=1)], total=2)],
                  'layout': 'horizontal rules only; 区分 | 試験 | 区分（試験） | 採用予定数; track and exam cells span their rows',
                  'header': ['区分', '試験', '試験区分', '採用予定数']}
    f['training'] = {'title': '研修', 'paragraphs': [
        '人事院や環境省の研修に加え、センター独自の', '分析技術研修や水俣病の歴史を学ぶ現地研修を', '行っています。']}
    f['initiatives'] = [
        dict(title='時差出勤', text='始業時刻を7時30分から10時まで選べます。', printed=['■時差出勤', '始業時刻を7時30分から10時まで選べます。']),
        dict(title='ノー残業デー', text='毎週水曜日は定時退庁を呼びかけています。', printed=['■ノー残業デー', '毎週水曜日は定時退庁を呼びかけています。'])]
    f['initiativesIntro'] = ''
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■title / indented text'
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●name（duration） / indented text'
    f['supportSystems'] = [support('育児休業', '子が3歳に達するまで', '男女とも取得できます。', '●育児休業（子が3歳に達するまで）'),
                           support('配偶者出産休暇', '2日', '妻の出産時に取得できます。', '●配偶者出産休暇（2日）')]
    f['contacts'] = [dict(track='採用担当', office='国立水俣病総合研究センター総務課人事係', tel=['0966-63-3111'],
                          email=['nimd-saiyo@env.go.jp'], location='', telText=['TEL 0966-63-3111'],
                          emailText=['E-mail nimd-saiyo@env.go.jp'], hoursText='')]
    f['access'] = {'address': '〒867-0008 熊本県水俣市浜4058-18',
                   'routes': ['肥薩おれんじ鉄道『水俣』駅から車で約5分', '九州新幹線『新水俣』駅から車で約10分'],
                   'routesSynthesised': False,
                   'routesText': ['肥薩おれんじ鉄道水俣駅から車で約5分', '九州新幹線新水俣駅から車で約10分']}
    f['keyFigures'] = []
    f['decoys'] = {
        'hiring': 'each actual count cell holds two lines, the count over the women in smaller red type, explained only by the note 上段 / 下段; the planned row one line',
        'access': 'operator 肥薩おれんじ鉄道 (hiragana, 鉄道, no 線) before 水俣駅; 九州新幹線新水俣駅 (a 新 on both sides of 線)',
        'layout': 'A4; p1 two unequal columns (hiring | 配属実績), a full-width exam table with horizontal rules only; p2 two columns (研修 + initiatives | support + contacts + access); folios'}

    pages = [Page(8821), Page(8822)]
    L, R = 52, W - 52
    p = pages[0]
    p.rect(0, 0, 18, H, fill=green)
    p.text('国立水俣病総合研究センター', L, 70, G, 22, green)
    p.text('職員採用案内 2026', L, 96, G, 13)
    p.text('令和8年4月現在', R, 96, G, 9.5, GREY, align='right')
    p.hline(L, R, 106, green, 1.2)
    y = 128
    for s in lead:
        p.text(s, L, y, M, 10)
        y += 16
    y += 16
    colR = L + 300
    yl = heading(p, '採用実績', L, y, 280, green)
    p.text('採用者数（単位：人）', L, yl + 2, M, 9)
    tr = [['年度', '事務系', '技術系', '計']]
    for r in rows:
        row = [r['labelText']]
        for k in ('admin', 'tech', 'total'):
            c = r[k]
            if c['women'] is None:
                row.append([(c['text'], 10, BLACK)])
            else:
                row.append([(c['text'], 10, BLACK), (c['womenText'], 7.5, RED)])
        tr.append(row)
    y2 = table(p, L, yl + 10, [118, 54, 54, 54], tr, rowh=18, rules='full', head_tint=tint,
               row_heights=[18] + [28] * 5 + [20])
    p.text('※上段は採用者数、下段はそのうち女性の数です。', L, y2 + 13, M, 8.5)
    yr = heading(p, '配属実績', colR, y, R - colR, green)
    p.text('令和7年度採用者の配属先', colR, yr + 2, M, 9)
    p.text('（単位：人）', colR, yr + 15, M, 9)
    ar = [['配属先', '事務系', '技術系']] + [[a['unit'], str(a['admin']) if a['admin'] else '－', str(a['tech']) if a['tech'] else '－'] for a in arows]
    table(p, colR, yr + 23, [95, 48, 48], ar, rowh=18, head_tint=tint)
    y = y2 + 44
    y = heading(p, '採用予定', L, y, R - L, green)
    p.text('令和8年度の採用予定', L, y + 2, M, 9.5)
    ex = [['区分', '試験', '試験区分', '採用予定数']]
    for e in f['exams']['entries']:
        n = len(e['breakdown'])
        for k, b in enumerate(e['breakdown']):
            ex.append([{'lines': [e['track']], 'rowspan': n} if k == 0 else None,
                       {'lines': [e['exam']], 'rowspan': n} if k == 0 else None,
                       b['category'], str(b['count'])])
    table(p, L, y + 12, [80, 190, 110, 111], ex, rowh=19, rules='h', rule_color=green,
          align=['center'] * 4)
    p.put(None, '- 1 -', W / 2 - sw('- 1 -', M, 9) / 2, 815, M, 9, GREY)

    p = pages[1]
    p.rect(0, 0, 18, H, fill=green)
    colR = L + 250
    yl = heading(p, '研修', L, 60, 230, green)
    for s in f['training']['paragraphs']:
        p.text(s, L, yl + 2, M, 9)
        yl += 14
    yl = heading(p, '働きやすい職場づくり', L, yl + 14, 230, green)
    for it in f['initiatives']:
        p.text(it['printed'][0], L, yl + 2, G, 10)
        p.text(it['printed'][1], L + 12, yl + 17, M, 9)
        yl += 36
    yr = heading(p, '両立支援制度', colR, 60, R - colR, green)
    for s in f['supportSystems']:
        p.text(s['printed'], colR, yr + 2, G, 10)
        p.text(s['text'], colR + 12, yr + 17, M, 9)
        yr += 36
    yr = heading(p, 'お問い合わせ', colR, yr + 10, R - colR, green)
    p.text('国立水俣病総合研究センター総務課人事係', colR, yr + 2, M, 9.5)
    p.text('TEL 0966-63-3111', colR, yr + 17, M, 9.5)
    p.text('E-mail nimd-saiyo@env.go.jp', colR, yr + 32, M, 9.5)
    yr = heading(p, 'アクセス', colR, yr + 56, R - colR, green)
    p.text(f['access']['address'], colR, yr + 2, M, 9)
    for s in f['access']['routesText']:
        yr += 15
        p.text(s, colR, yr + 2, M, 9)
    p.put(None, '- 2 -', W / 2 - sw('- 2 -', M, 9) / 2, 815, M, 9, GREY)
    return f, pages


BROCHURES = {'hachinohe-kosen-2026': hachinohe, 'rekihaku-2026': rekihaku, 'nimd-2026': nimd}
FACT_KEYS = ['organization', 'document', 'edition', 'lead', 'hiring', 'assignments', 'exams', 'training',
             'initiatives', 'initiativesIntro', 'initiativesTitle', 'initiativeFormat', 'supportTitle',
             'supportFormat', 'supportSystems', 'contacts', 'access', 'keyFigures', 'decoys']


# ----------------------------------------------------------------------------------------
# drawing
# ----------------------------------------------------------------------------------------

def render(pages, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('職員採用案内 2026')
    for p in pages:
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                _, x0, y0, x1, y1, col, lw = g
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x0, H - y0, x1, H - y1)
        order = list(range(len(p.items)))
        random.Random(p.seed).shuffle(order)
        for i in order:
            it = p.items[i]
            t = c.beginText()
            t.setTextOrigin(it['x'], H - it['y'])
            t.setFont(it['font'], it['size'])
            t.setFillColorRGB(*it['color'])
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(ln.text() for ln in p.lines) for p in pages) + '\n'


# ----------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------

FACES = {}


def has_glyph(font, ch):
    if font not in FACES:
        FACES[font] = pdfmetrics.getFont(font).face.charToGlyph
    return ord(ch) in FACES[font]


def standin(f):
    """A document in the tool's output shape built from the facts."""
    def cnt(c):
        return dict(count=c['count'], women=c['women'])
    routes = [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {
                'hiring': {'rows': [dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=cnt(r['total']),
                                         administrative=cnt(r['admin']), technical=cnt(r['tech'])) for r in f['hiring']['rows']]},
                'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                                'rows': [dict(unit=a['unit'], administrative=a['admin'] or 0, technical=a['tech'] or 0) for a in f['assignments']['rows']]},
                'examBreakdown': {'entries': [dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                              for e in f['exams']['entries'] for b in e['breakdown']]},
                'contacts': [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']],
                'access': {'routes': routes},
                'initiatives': [dict(title=i['title']) for i in f['initiatives']],
                'supportSystems': [dict(name=s['name']) for s in f['supportSystems']]}}


def check(name, f, pages, pdf, exp):
    errs = []
    def need(ok, msg):
        if not ok:
            errs.append(msg)
    # geometry
    for pn, p in enumerate(pages, 1):
        for it in p.items:
            for ch in it['text']:
                need(has_glyph(it['font'], ch), f'p{pn} glyph {ch!r} missing in {it["font"]}')
            x0, y0, x1, y1 = it['box']
            need(x0 >= EDGE and x1 <= W - EDGE and y0 >= EDGE and y1 <= H - EDGE, f'p{pn} margin {it["text"]!r}')
            if not it['furniture']:
                need(y1 <= BOTTOM, f'p{pn} below bottom margin {it["text"]!r}')
        its = p.items
        for i in range(len(its)):
            a = its[i]['box']
            for j in range(i + 1, len(its)):
                b = its[j]['box']
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    errs.append(f'p{pn} overlap {its[i]["text"]!r} / {its[j]["text"]!r}')
        inline = collections.Counter(id(it) for ln in p.lines for c in ln.cells for it in c)
        for it in its:
            k = inline[id(it)]
            need(k == (0 if it['furniture'] else 1), f'p{pn} item {it["text"]!r} in {k} lines')
        for ln in p.lines:
            t = ln.text()
            need(t.replace('\t', '').strip() != '', f'p{pn} empty line')
            need(t[:1] not in '、。）」』・ー', f'p{pn} kinsoku start {t!r}')
        # pdftotext gives the drawn characters
        out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), pdf, '-'], capture_output=True, text=True).stdout
        got = collections.Counter(ch for ch in out if not ch.isspace())
        want = collections.Counter(ch for it in its for ch in it['text'] if not ch.isspace())
        need(got == want, f'p{pn} pdftotext differs: {(got - want) + (want - got)}')
    raw = open(pdf, 'rb').read()
    need(raw.count(b'BT') >= sum(len(p.items) for p in pages), 'fewer BT than items')
    # facts
    need(list(f.keys()) == FACT_KEYS, 'top-level keys')
    lines = [l for l in exp.split('\n') if l != '\f']
    drawn = norm(exp)
    org = f['organization']
    for bad in ('独立行政法人', '国立大学法人', '大学共同利用機関法人', '国立研究開発法人'):
        need(not org.startswith(bad), 'legal form in organisation')
    need(org in drawn, 'organisation not printed')
    need(f['edition']['printed'] in lines, 'edition line not printed')
    era = int(f['edition']['asOfText'][2]) + 2018
    need(f['edition']['asOf'] == f'{era}-{int(f["edition"]["asOfText"].split("年")[1].split("月")[0]):02d}', 'asOf')
    need('職員採用案内 2026' in lines, 'title line')
    for s in f['lead']['text']:
        need(s in lines, f'lead {s}')
    hr = f['hiring']['rows']
    need([r['fiscalYear'] for r in hr] == list(range(hr[0]['fiscalYear'], hr[0]['fiscalYear'] + len(hr))), 'years')
    need([r['planned'] for r in hr] == [False] * (len(hr) - 1) + [True], 'planned')
    for r in hr:
        need(r['label'] == f'令和{r["fiscalYear"] - 2018}年度', 'label')
        need(('予定' in r['labelText']) == r['planned'], 'labelText 予定')
        need(norm(r['labelText']) in drawn, f'labelText {r["labelText"]}')
        a, t, tot = r['admin'], r['tech'], r['total']
        need(tot['count'] == a['count'] + t['count'], f'sum {r["fiscalYear"]}')
        if r['planned']:
            need(a['women'] is None and t['women'] is None and tot['women'] is None, 'planned women')
        else:
            need(tot['women'] == a['women'] + t['women'], f'women sum {r["fiscalYear"]}')
            for c in (a, t, tot):
                need(0 <= c['women'] <= c['count'], 'women range')
        for c in (a, t, tot):
            need(int(unicodedata.normalize('NFKC', c['text'])) == c['count'], 'text=count')
            need(norm(c['cellText']) in drawn, f'cell {c["cellText"]}')
    ah = f['hiring'].get('header')
    if f['hiring']['columns'][0] == 'label':
        for r in hr:
            row = '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
            need(row in lines, f'hiring row {row!r}')
        need('\t'.join(ah) in lines, 'hiring header')
    else:
        need('\t'.join(ah) in lines, 'hiring header')
        for key, tn in (('admin', '事務系'), ('tech', '技術系'), ('total', '計')):
            row = '\t'.join([tn] + [r[key]['cellText'] for r in hr])
            need(row in lines, f'hiring row {row!r}')
    asg = f['assignments']
    coh = [r for r in hr if not r['planned']][-1]
    need(asg['cohortFiscalYear'] == coh['fiscalYear'], 'cohort')
    need(sum(a['admin'] or 0 for a in asg['rows']) == coh['admin']['count'], 'assignment admin sum')
    need(sum(a['tech'] or 0 for a in asg['rows']) == coh['tech']['count'], 'assignment tech sum')
    need(len({a['unit'] for a in asg['rows']}) == len(asg['rows']), 'duplicate unit')
    for a in asg['rows']:
        need((a['admin'] or 0) + (a['tech'] or 0) > 0, 'zero row')
        row = f"{a['unit']}\t{a['admin'] or '－'}\t{a['tech'] or '－'}"
        need(row in lines, f'assignment row {row!r}')
    need(norm(asg['intro']) in drawn, 'assignment intro')
    planned = hr[-1]
    seen = set()
    for e in f['exams']['entries']:
        need(sum(b['count'] for b in e['breakdown']) == e['total'], 'exam total')
        need('院' not in e['exam'], '院 in exam')
        need(norm(e['exam']) in drawn, f'exam name {e["exam"]}')
        for b in e['breakdown']:
            need('院' not in b['category'] and '（' not in b['category'], 'category')
            key = (track(e['track']), level(e['exam']), b['category'])
            need(key not in seen, 'exam collision')
            seen.add(key)
            need(any(l.endswith(f"\t{b['category']}\t{b['count']}") for l in lines), f'exam row {b}')
    for tk, fk in (('administrative', 'admin'), ('technical', 'tech')):
        tot = sum(e['total'] for e in f['exams']['entries'] if track(e['track']) == tk)
        need(tot == planned[fk]['count'], f'exam totals {tk}')
    need(f['exams']['title'] in lines, 'exam title')
    need('\t'.join(f['exams']['header']) in lines, 'exam header')
    for s in f['hiring']['intro'] + f['hiring']['note'] + f['training']['paragraphs']:
        need(s in lines, f'line {s}')
    for i in f['initiatives']:
        for s in i['printed']:
            need(s in lines, f'initiative line {s}')
        need(not any(ch in i['title'] for ch in '■●（）()0123456789') and i['title'].isascii() is False, 'initiative title marks')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration')
        need(not any(ch in s['name'] for ch in '（）()［］―-～~→'), 'support name marks')
        pr = s['printed'] if isinstance(s['printed'], list) else [s['printed']]
        for l in pr:
            need(l in lines, f'support line {l}')
        need(s['name'] in pr[0] and s['duration'] in ''.join(pr), 'support printed')
    for c in f['contacts']:
        need(c['office'] in lines and c['office'].startswith(org), 'office')
        for t in c['tel']:
            need(all(part.isdigit() for part in t.split('-')) and len(t.split('-')) == 3 and t.startswith('0'), 'tel form')
            need(any(t in l for l in lines), f'tel {t}')
        for m in c['email']:
            need(any(l.endswith(m) for l in lines), f'email {m}')
        for s in c['telText'] + c['emailText']:
            need(s in lines, f'contact text {s}')
    acc = f['access']
    need(norm(acc['address']) in drawn, 'address')
    for r, t in zip(acc['routes'], acc['routesText']):
        need(r.replace('『', '').replace('』', '') == t and t in lines, f'route {t}')
        st = r.split('『')[1].split('』')[0]
        need(r.split('』')[1].startswith('駅') and not any(ch in st for ch in '駅～・ 口分線'), f'station {st}')
    # the stand-in scores full marks and reaches every kind; an empty document none
    res = checks(f, standin(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}, f'kinds {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'empty doc scores')
    if errs:
        raise SystemExit(f'{name}: ' + '\n  '.join(errs))
    return len(res)


def generate(name):
    f, pages = BROCHURES[name]()
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(pages, pdf)
    exp = expected_text(pages)
    # a second render must be byte-identical
    tmp = pdf + '.tmp'
    f2, pages2 = BROCHURES[name]()
    render(pages2, tmp)
    same = open(tmp, 'rb').read() == open(pdf, 'rb').read()
    os.remove(tmp)
    if not same:
        raise SystemExit(f'{name}: two renders differ')
    n = check(name, f, pages, pdf, exp)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {sum(len(p.items) for p in pages)} items, {n} fact checks, ok')


def main():
    names = sys.argv[1:] or list(BROCHURES)
    for n in names:
        generate(n)


if __name__ == '__main__':
    main()
