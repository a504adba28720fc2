#!/usr/bin/env python3
"""Holdout set 36 (blind): three Japanese recruitment brochures made without reading the tool.

  python3 Fixtures/generate_holdout36.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout36.py toyama          # one (toyama, matsuyama, jst)
  python3 Fixtures/generate_holdout36.py --selftest -v   # fault injection: every fault must be refused

Page model in top-down coordinates; every visual line is its own text object, drawn after the
graphics in a seeded shuffled order. The generator refuses a brochure on any failed check (see
holdout36/README.md).
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata, importlib.util
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config

rl_config.invariant = 1
rl_config.pageCompression = 0
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout36')
W, H = 595.27, 841.89
EDGE = 14
G, M = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
NO_START = set('、。，．）」』】〕・：；！？ゃゅょっァィゥェォャュョッぁぃぅぇぉー々ヶ')
NO_END = set('（「『【〔')


class Refused(Exception):
    pass


def sw(t, f, s):
    return pdfmetrics.stringWidth(t, f, s)


def fw(s):
    """half-width digits -> full-width"""
    return ''.join(chr(ord(c) + 0xFEE0) if '0' <= c <= '9' else c for c in str(s))


class Doc:
    def __init__(self, name, seed):
        self.name, self.seed = name, seed
        self.items = {1: [], 2: []}      # text items
        self.gfx = {1: [], 2: []}        # graphics ops (callables on canvas, top-down coords)
        self.lines = {1: [], 2: []}      # expected lines: list of strings
        self.cells_over = []
        self.wrap_lines = []

    # --- text -------------------------------------------------------------
    def t(self, p, x, y, text, font=M, size=9, color=(0, 0, 0), furn=False, align='l', rot=False):
        w = sw(text, font, size)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        it = dict(p=p, x=x, y=y, w=w, h=size, text=text, font=font, size=size, color=color, furn=furn, rot=rot)
        if rot:   # rotated 90° ccw, baseline runs upward from (x, y) ; box: x-size..x, y-w..y
            it['bx'], it['by'], it['bw'], it['bh'] = x - size, y - w, size, w
        else:
            it['bx'], it['by'], it['bw'], it['bh'] = x, y, w, size
        self.items[p].append(it)
        return it

    def line(self, p, *cells):
        self.lines[p].append('\t'.join(cells))

    def tl(self, p, x, y, text, **kw):
        """one text item that is one expected line"""
        self.t(p, x, y, text, **kw)
        if not kw.get('furn'):
            self.line(p, text)

    def para(self, p, x, y, text, width, font=M, size=9, lead=1.55, **kw):
        lines = wrap(text, width, font, size)
        self.wrap_lines.append(lines)
        for i, ln in enumerate(lines):
            self.tl(p, x, y + i * size * lead, ln, font=font, size=size, **kw)
        return y + len(lines) * size * lead

    # --- graphics ---------------------------------------------------------
    def rect(self, p, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.gfx[p].append(('rect', x, y, w, h, fill, stroke, lw))

    def hl(self, p, x1, x2, y, color=(0, 0, 0), lw=0.5):
        self.gfx[p].append(('line', x1, y, x2, y, color, lw))

    def vl(self, p, x, y1, y2, color=(0, 0, 0), lw=0.5):
        self.gfx[p].append(('line', x, y1, x, y2, color, lw))

    def circle(self, p, cx, cy, r, fill=None, stroke=None):
        self.gfx[p].append(('circle', cx, cy, r, fill, stroke))

    # --- table ------------------------------------------------------------
    def table(self, p, x, y, colw, rows, rh=15, size=8, font=M, hfont=G, header=1, align=None,
              tint=None, rowtint=None, spans=None, emit=True):
        """rows: lists of cell strings ('' = empty). spans: {(r,c): ncols} horizontal spans.
        Returns bottom y. Each non-empty cell is one text item; each row one expected line."""
        spans = spans or {}
        n = len(rows)
        self.rect(p, x, y, sum(colw), rh * header, fill=tint or (0.85, 0.9, 0.95))
        if rowtint:
            for r, col in rowtint.items():
                self.rect(p, x, y + r * rh, sum(colw), rh, fill=col)
        for r in range(n + 1):
            self.hl(p, x, x + sum(colw), y + r * rh, lw=0.8 if r in (0, header, n) else 0.4)
        for r, row in enumerate(rows):
            cx = x
            c = 0
            out = []
            while c < len(row):
                k = spans.get((r, c), 1)
                cw = sum(colw[c:c + k])
                if c > 0 or True:
                    self.vl(p, cx, y + r * rh, y + (r + 1) * rh, lw=0.4)
                txt = row[c]
                f = hfont if r < header or (c == 0) else font
                if txt:
                    tw = sw(txt, f, size)
                    if tw > cw - 4:
                        self.cells_over.append((self.name, txt))
                    a = (align[c] if align else ('l' if c == 0 else 'r')) if r >= header else 'c'
                    tx = cx + 3 if a == 'l' else (cx + cw - 3 if a == 'r' else cx + cw / 2)
                    self.t(p, tx, y + r * rh + (rh - size) / 2, txt, font=f, size=size, align=a)
                out.append(txt)
                cx += cw
                c += k
            self.vl(p, cx, y + r * rh, y + (r + 1) * rh, lw=0.4)
            if emit:
                self.line(p, *out)
        return y + n * rh


def wrap(text, width, font, size):
    lines, cur = [], ''
    i = 0
    toks = []
    while i < len(text):      # ASCII runs unbroken
        if text[i].isascii() and text[i] != ' ':
            j = i
            while j < len(text) and text[j].isascii() and text[j] != ' ':
                j += 1
            toks.append(text[i:j]); i = j
        else:
            toks.append(text[i]); i += 1
    for tk in toks:
        if cur and sw(cur + tk, font, size) > width:
            if tk in NO_START or cur[-1] in NO_END:
                # pull the last char down with it
                lines.append(cur[:-1]); cur = cur[-1] + tk
            else:
                lines.append(cur); cur = tk
        else:
            cur += tk
    if cur:
        lines.append(cur)
    return lines


# ==========================================================================
# content
# ==========================================================================

def hiring_rows(years, labels, labeltexts, data, planned, fmt=str, wfmt=None, none='－'):
    wfmt = wfmt or fmt
    rows = []
    for i, (fy, lab, lt) in enumerate(zip(years, labels, labeltexts)):
        (a, aw), (t, tw) = data[i]
        pl = i == len(years) - 1 and planned
        def cell(c, w):
            d = dict(count=c, women=None if pl else w, text=fmt(c))
            if not pl:
                d['womenText'] = wfmt(w)
            return d
        rows.append(dict(fiscalYear=fy, label=lab, labelText=lt, planned=pl,
                         total=cell(a + t, None if pl else aw + tw), admin=cell(a, aw), tech=cell(t, tw)))
    return rows


def base_facts(fixture, org, doc, asof, asoftext, lead):
    return {"organization": org, "document": doc,
            "edition": {"year": 2026, "asOf": asof, "asOfText": asoftext},
            "lead": {"title": "", "text": [lead]}}


def mast(d, p, title, sub, color, edition=None):
    d.rect(p, 0, 0, W, 78, fill=color)
    d.t(p, 36, 24, title, font=M, size=26, color=(1, 1, 1))
    tw = sw(title, M, 26)
    d.t(p, 36 + tw + 10, 34, sub, font=G, size=14, color=(1, 1, 1))
    d.line(p, title + ' ' + sub)
    if edition:
        d.tl(p, 36, 58, edition, font=G, size=9, color=(1, 1, 1))


def heading(d, p, x, y, text, color, w=None):
    d.rect(p, x, y + 1, 4, 12, fill=color)
    d.tl(p, x + 8, y, text, font=G, size=11)
    if w:
        d.hl(p, x, x + w, y + 15, color=color, lw=0.8)
    return y + 20


def folio(d, p, text):
    d.t(p, W / 2, H - 30, '- %d -' % p, font='Helvetica', size=8, furn=True, align='c')
    if text:
        d.t(p, W - 36, 22, text, font=G, size=7, color=(0.5, 0.5, 0.5), furn=True, align='r')


# ---------------------------------------------------------------- toyama
def toyama():
    d = Doc('toyama-2026', 3601)
    navy = (0.05, 0.25, 0.45)
    C = (0.05, 0.45, 0.55)
    org = '富山県'
    lead = ('立山連峰から富山湾まで、高低差4,000メートルの県土で、暮らしと産業の基盤をともに築く職員を募集します。'
            '若いうちから現場と政策の両方に携われるのが富山県の仕事です。')
    f = base_facts('toyama-2026', org, '富山県職員採用案内', '2026-03', '令和8年3月発行', lead)
    mast(d, 1, org, '職員採用案内', navy, '令和8年3月発行')
    y = d.para(1, 36, 92, lead, W - 72, font=M, size=9.5) + 6
    # ---- hiring: two halves side by side -------------------------------
    y = heading(d, 1, 36, y, '採用者数の推移', C, W - 72)
    d.tl(1, 36, y, '（単位：人）左表に続き右表へ', font=M, size=7.5)   # intro
    y += 13
    years = list(range(2021, 2027))
    labs = ['令和%d年度' % (i + 3) for i in range(6)]
    lts = labs[:5] + ['令和8年度（予定）']
    data = [((78, 34), (41, 9)), ((82, 37), (44, 11)), ((75, 35), (47, 13)),
            ((88, 41), (45, 12)), ((91, 44), (49, 15)), ((95, None), (52, None))]
    rows = hiring_rows(years, labs, lts, data, True)
    def half(x, idx):
        hdr = ['区分'] + [lts[i] for i in idx]
        body = []
        for lab, key, wk in (('事務', 'admin', 0), ('うち女性', 'admin', 1), ('技術', 'tech', 0),
                             ('うち女性', 'tech', 1), ('合計', 'total', 0), ('うち女性', 'total', 1)):
            r = [lab]
            for i in idx:
                c = rows[i][key]
                r.append(c['text'] if wk == 0 else c.get('womenText', '－'))
            body.append(r)
        tint = {}
        if 5 in idx:
            pass
        return d.table(1, x, y, [52, 57, 57, 83 if 5 in idx else 57], [hdr] + body, rh=14, size=7.5,
                       rowtint={5: (0.93, 0.96, 0.97), 6: (0.93, 0.96, 0.97)})
    b = half(36, [0, 1, 2])
    d.rect(1, 36 + 223 + 20, y + 40, 8, 8, fill=C)   # arrow-ish marker between halves (graphic)
    half(36 + 223 + 36, [3, 4, 5])
    y = b + 6
    notes = ['※令和8年度は採用予定数です（うち女性は－）。', '※各年度4月1日採用者（年度途中の採用者を含みません）。']
    for n in notes:
        d.tl(1, 36, y, n, font=M, size=7.5); y += 11
    f['hiring'] = {"intro": ['（単位：人）左表に続き右表へ'], "note": notes, "tracks": {"admin": "事務", "tech": "技術"},
                   "textSynthesised": False,
                   "layout": "years across, printed as TWO HALF-TABLES side by side (令和3–5年度 left, 令和6–8年度 right), each with its own header row and the same six row labels (事務 / うち女性 / 技術 / うち女性 / 合計 / うち女性)",
                   "rows": rows}
    y += 6
    # ---- two columns: assignments (two-level list) | exams --------------
    top = y
    colL, colR = 36, 36 + 262 + 18
    yl = heading(d, 1, colL, top, '令和7年度採用者の配属先', C, 262)
    units = [('総務部', [('人事課', 4, None), ('財政課', 3, None), ('税務課', 9, None)]),
             ('厚生部', [('厚生企画課', 6, None), ('障害福祉課', 5, None), ('医務課', 3, 2)]),
             ('農林水産部', [('農業経営課', 4, 7), ('森林政策課', None, 5)]),
             ('土木部', [('道路課', 3, 12), ('河川課', None, 9), ('建築住宅課', 2, 6)]),
             ('地方機関', [('総合県税事務所', 22, None), ('厚生センター', 14, None), ('土木センター', 16, 8)])]
    arows = []
    for bu, kas in units:
        d.tl(1, colL + 2, yl, '■' + bu, font=G, size=8.5)
        d.items[1][-1]['color'] = navy
        yl += 12.5
        for ka, a, t in kas:
            parts = []
            if a: parts.append('%d名（事務）' % a)
            if t: parts.append('%d名（技術）' % t)
            cnt = '・'.join(parts)
            d.t(1, colL + 16, yl, ka, font=M, size=8)
            d.t(1, colL + 262 - 4, yl, cnt, font=M, size=8, align='r')
            d.hl(1, colL + 16 + sw(ka, M, 8) + 3, colL + 262 - 6 - sw(cnt, M, 8), yl + 6.5, color=(0.6, 0.6, 0.6), lw=0.3)
            d.line(1, ka, cnt)
            arows.append(dict(unit=ka, admin=a, tech=t))
            yl += 12
        yl += 2
    f['assignments'] = {"cohortFiscalYear": 2025, "intro": "令和7年度採用者の配属先", "tracks": {"admin": "事務", "tech": "技術"},
                        "layout": "TWO-LEVEL LIST: a ■部 line (Gothic, navy) and under it its 課 lines indented, each `課名 ⋯ n名（事務）・n名（技術）` with a leader rule; the 課 is the unit",
                        "rows": arows}
    yr = heading(d, 1, colR, top, '令和8年度 採用試験の予定', C, 262 - 18 + 18)
    ex = [['試験区分', '職種', '採用予定数'],
          ['大学卒業程度', '行政', '80名'], ['', '警察事務', '6名'],
          ['短大卒業程度', '行政（短大）', '9名'],
          ['大学卒業程度', '総合土木', '30名'], ['', '建築', '8名'], ['', '農業', '6名'], ['', '林業', '4名'], ['', '化学', '4名']]
    yr = d.table(1, colR, yr, [72, 110, 80 - 18 + 18], ex, rh=14, size=7.5, align='llr',
                 rowtint={4: (0.97, 0.95, 0.9), 5: (0.97, 0.95, 0.9), 6: (0.97, 0.95, 0.9), 7: (0.97, 0.95, 0.9), 8: (0.97, 0.95, 0.9)})
    en = ['※行政・警察事務・行政（短大）は事務、総合土木から化学までは技術の採用です。']
    for n in wrap(en[0], 262, M, 7.5):
        d.tl(1, colR, yr + 4, n, font=M, size=7.5); yr += 11
    f['exams'] = {"title": "令和8年度 採用試験の予定", "fiscalYear": 2026, "textSynthesised": False,
                  "layout": "ruled table 試験区分 | 職種 | 採用予定数 with no track column: the track is given only by the note under the table; the technical rows tinted",
                  "entries": [
                      dict(track='事務', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=80), dict(category='警察事務', count=6)], total=86),
                      dict(track='事務', exam='短大卒業程度', text='', breakdown=[dict(category='行政（短大）', count=9)], total=9),
                      dict(track='技術', exam='大学卒業程度', text='', breakdown=[dict(category=c, count=n) for c, n in (('総合土木', 30), ('建築', 8), ('農業', 6), ('林業', 4), ('化学', 4))], total=52)]}
    yr += 10
    # decoy box
    d.rect(1, colR, yr, 262, 52, fill=(0.95, 0.97, 0.98), stroke=C)
    d.tl(1, colR + 8, yr + 6, '数字で見る富山県', font=G, size=8.5)
    d.tl(1, colR + 8, yr + 20, '県職員数　約3,900人（令和7年4月1日）', font=M, size=8)
    d.tl(1, colR + 8, yr + 33, '平均年齢　42.6歳　育児休業取得率（男性）　78%', font=M, size=8)
    folio(d, 1, '富山県職員採用案内 2026')
    # ---------------------------------------------------------------- p2
    y = 40
    y = heading(d, 2, 36, y, '働きやすい職場づくり', C, W - 72)
    inits = [('フレックスタイム制', '7時から22時までの間で勤務時間を柔軟に設定できます。'),
             ('テレワーク', '全所属で在宅勤務を月10日まで利用できます。'),
             ('チャレンジ提案制度', '若手職員の発案を予算化する仕組みです。'),
             ('副業の許可', '地域貢献活動に限り兼業を許可しています。'),
             ('メンター制度', '入庁1年目の職員に先輩職員が相談役として付きます。'),
             ('庁内公募', '希望する業務へ手を挙げて異動できる制度です。')]
    colw = (W - 72 - 20) / 2
    for k, (ti, tx) in enumerate(inits):
        cx = 36 if k < 3 else 36 + colw + 20
        cy = y + (k % 3) * 36
        d.tl(2, cx, cy, '%d. %s' % (k + 1, ti), font=G, size=9)
        d.para(2, cx + 12, cy + 13, tx, colw - 12, font=M, size=8)
    d.vl(2, 36 + colw + 10, y, y + 100, color=(0.7, 0.7, 0.7))
    f['initiatives'] = [dict(title=ti, text=tx) for ti, tx in inits]
    f['initiativesIntro'] = ''
    y += 3 * 36 + 8
    y = heading(d, 2, 36, y, '仕事と家庭の両立支援', C, W - 72)
    sup = [('育児休業', '子が3歳になるまで', '男女とも取得でき、復職時の面談も行います。'),
           ('育児短時間勤務', '小学校就学前まで', '週19時間25分から選べます。'),
           ('子の看護休暇', '年5日', '子が2人以上なら年10日です。'),
           ('介護休暇', '通算6か月', '3回まで分割できます。')]
    y = d.table(2, 36, y, [100, 110, W - 72 - 210], [['制度', '期間', '内容']] + [list(s) for s in sup], rh=15, size=8, align='lll')
    f['supportTitle'] = '仕事と家庭の両立支援'
    f['supportSystems'] = [dict(name=a, duration=b, durationText=b, text=c) for a, b, c in sup]
    y += 10
    y = heading(d, 2, 36, y, '研修制度', C, W - 72)
    tr = ['採用1年目は新規採用職員研修で県政の基礎を学び、立山や富山湾の現場を訪ねる「ふるさと富山研修」に参加します。',
          '3年目以降は政策形成研修や国・民間企業への派遣研修があり、係長昇任時にはマネジメント研修を受講します。']
    for p_ in tr:
        y = d.para(2, 36, y, p_, W - 72, font=M, size=8.5) + 3
    f['training'] = {"title": "研修制度", "paragraphs": tr}
    y += 8
    y = heading(d, 2, 36, y, 'お問い合わせ・アクセス', C, W - 72)
    addr = '〒930-8501 富山県富山市新総曲輪1番7号'
    cts = [('事務', '人事委員会事務局 任用課', '076-444-3519', 'ninyo-saiyo@pref.toyama.lg.jp'),
           ('技術', '土木部 建設技術企画課', '076-444-3307', 'doboku-jinzai@pref.toyama.lg.jp')]
    y0 = y
    for k, (tk, of, tel, em) in enumerate(cts):
        d.tl(2, 36, y, '【%sについて】%s' % (tk, of), font=G, size=8.5)
        d.tl(2, 48, y + 13, 'TEL ' + tel, font=M, size=8)
        d.tl(2, 48, y + 26, 'E-mail ' + em, font=M, size=8)
        y += 42
    f['contacts'] = [dict(track=tk + 'について', office=of, tel=[tel], email=[em], location=addr,
                          telText=['TEL ' + tel], emailText=['E-mail ' + em]) for tk, of, tel, em in cts]
    routes = ['富山地方鉄道市内電車『県庁前』電停から徒歩約1分', 'JR・あいの風とやま鉄道『富山』駅から徒歩約15分']
    d.tl(2, 36, y, addr, font=M, size=8.5)
    for r in routes:
        y += 13
        d.tl(2, 36, y, '・' + r.replace('『', '').replace('』', ''), font=M, size=8)
    f['access'] = {"address": addr, "routes": routes}
    y += 30
    d.hl(2, 36, W - 36, y, color=(0.6, 0.6, 0.6))
    d.tl(2, 36, y + 6, '富山県人事委員会事務局　〒930-8501 富山市新総曲輪1番7号', font=M, size=7)
    folio(d, 2, '富山県職員採用案内 2026')
    f['keyFigures'] = []
    f['decoys'] = {"box": "数字で見る富山県: 県職員数 約3,900人, 平均年齢 42.6歳, 78%", "colophon": "colophon line at the foot of p2 repeating the address"}
    return d, f


# ---------------------------------------------------------------- matsuyama
def matsuyama():
    d = Doc('matsuyama-2026', 3602)
    C = (0.85, 0.45, 0.1)
    org = '松山市'
    lead = '「いで湯と城と文学のまち」松山で、市民の暮らしに一番近い行政を担う仲間を求めています。'
    f = base_facts('matsuyama-2026', org, '松山市職員採用ガイド', '2026-04', '令和8年4月1日現在', lead)
    d.rect(1, 0, 0, W, 6, fill=C)
    d.t(1, 36, 24, org, font=G, size=26)
    d.t(1, 36 + sw(org, G, 26) + 10, 33, '職員採用ガイド', font=M, size=14)
    d.line(1, org + ' 職員採用ガイド')
    d.tl(1, W - 36, 36, '令和8年4月1日現在', font=G, size=9, align='r')
    y = d.para(1, 36, 66, lead, W - 72, font=M, size=9.5) + 6
    y = heading(d, 1, 36, y, '採用者数の推移', C, W - 72)
    labs = ['令和%d年度' % (i + 3) for i in range(6)]
    lts = [fw(l) for l in labs[:5]] + ['令和８年度（予定）']
    data = [((62, 28), (31, 6)), ((58, 27), (35, 8)), ((66, 31), (33, 7)), ((70, 35), (36, 10)), ((73, 36), (38, 9)), ((76, None), (40, None))]
    rows = hiring_rows(list(range(2021, 2027)), labs, lts, data, True, fmt=fw)
    tb = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '合計', 'うち女性']]
    for r in rows:
        tb.append([r['labelText']] + [x for k in ('admin', 'tech', 'total') for x in (r[k]['text'], r[k].get('womenText', 'ー'))])
    y = d.table(1, 36, y, [110] + [(W - 72 - 110) / 6] * 6, tb, rh=14, size=8, rowtint={6: (1, 0.93, 0.85)})
    note = ['※令和８年度は採用予定数です。ーは該当なし。']
    d.tl(1, 36, y + 4, note[0], font=M, size=7.5)
    y += 22
    f['hiring'] = {"intro": [], "note": note, "tracks": {"admin": "事務職", "tech": "技術職"}, "textSynthesised": False,
                   "layout": "years down, ruled, FULL-WIDTH DIGITS in every cell and label; the planned row's women are the KATAKANA long-vowel mark `ー` (not a dash)",
                   "rows": rows}
    top = y
    cw = (W - 72 - 18) / 2
    xl, xr = 36, 36 + cw + 18
    yl = heading(d, 1, xl, top, '令和７年度採用者の配属先', C, cw)
    un = [('総務部', 4, None), ('理財部', 9, None), ('市民部', 10, None), ('保健福祉部', 14, 1), ('子ども・子育て担当部', 8, None),
          ('環境部', 3, 5), ('産業経済部', 6, 2), ('都市整備部', 5, 14), ('下水道部', 2, 6), ('公営企業局', 4, 7), ('教育委員会事務局', 8, 3)]
    tb = [['配属先', '事務職', '技術職']] + [[u, fw(a) if a else 'ー', fw(t) if t else 'ー'] for u, a, t in un]
    yl = d.table(1, xl, yl, [cw - 100, 50, 50], tb, rh=14, size=8)
    f['assignments'] = {"cohortFiscalYear": 2025, "intro": "令和７年度採用者の配属先", "tracks": {"admin": "事務職", "tech": "技術職"},
                        "layout": "ruled table, full-width digits, katakana `ー` for none (null)",
                        "rows": [dict(unit=u, admin=a, tech=t) for u, a, t in un]}
    yr = heading(d, 1, xr, top, '令和８年度 採用予定', C, cw)
    ex = [['試験区分', '上級（大学卒業程度）', '初級（高校卒業程度）'],
          ['事務職', '', ''], ['行政', '５４名', 'ー'], ['一般事務', 'ー', '１４名'], ['社会福祉', '８名', 'ー'],
          ['技術職', '', ''], ['土木', '１６名', 'ー'], ['土木技術', 'ー', '１０名'], ['建築', '６名', 'ー'], ['電気', '８名', 'ー']]
    sp = {(1, 0): 3, (5, 0): 3}
    # group band rows: one cell spanning the table
    ex2 = [r if i not in (1, 5) else [r[0]] for i, r in enumerate(ex)]
    yr = d.table(1, xr, yr, [cw - 160, 80, 80], ex2, rh=14, size=7.5, spans=sp,
                 rowtint={1: (1, 0.93, 0.85), 5: (1, 0.93, 0.85)})
    f['exams'] = {"title": "令和８年度 採用予定", "fiscalYear": 2026, "textSynthesised": False,
                  "layout": "CROSS TABLE: categories as rows, exam LEVELS AS COLUMNS (上級 / 初級), the track as a tinted BAND ROW spanning the table inside the body (事務職 / 技術職); `ー` where a category has no exam at that level; full-width digits",
                  "entries": [dict(track='事務職', exam='上級（大学卒業程度）', text='', breakdown=[dict(category='行政', count=54), dict(category='社会福祉', count=8)], total=62),
                              dict(track='事務職', exam='初級（高校卒業程度）', text='', breakdown=[dict(category='一般事務', count=14)], total=14),
                              dict(track='技術職', exam='上級（大学卒業程度）', text='', breakdown=[dict(category='土木', count=16), dict(category='建築', count=6), dict(category='電気', count=8)], total=30),
                              dict(track='技術職', exam='初級（高校卒業程度）', text='', breakdown=[dict(category='土木技術', count=10)], total=10)]}
    yr += 8
    d.rect(1, xr, yr, cw, 40, fill=(1, 0.96, 0.9))
    d.tl(1, xr + 8, yr + 6, '松山市のプロフィール', font=G, size=8.5)
    d.tl(1, xr + 8, yr + 21, '人口　約50万人　職員数　約3,400人', font=M, size=8)
    folio(d, 1, '')
    # ---------------------------------------------------------------- p2
    y = 40
    d.t(2, W - 36, 22, 'MATSUYAMA CITY', font='Helvetica', size=7, color=(0.5, 0.5, 0.5), furn=True, align='r')
    y = heading(d, 2, 36, y, '両立支援制度', C, W - 72)
    sup = [('育児休業', '３歳まで', '男性職員の取得率は８割を超えています。'),
           ('育児短時間勤務', '就学前まで', '勤務時間を短縮して働けます。'),
           ('子の看護休暇', '年５日', '子が２人以上なら年１０日です。'),
           ('介護休暇', '６か月', '３回まで分割して取得できます。'),
           ('配偶者出産休暇', '３日', '出産の前後に取得できます。'),
           ('育児参加休暇', '５日', '出産前後８週間の間に取得できます。')]
    cw3 = (W - 72 - 24) / 3
    for k, (nm, per, tx) in enumerate(sup):
        cx = 36 + (k % 3) * (cw3 + 12)
        cy = y + (k // 3) * 62
        d.rect(2, cx, cy, cw3 - 46, 16, fill=(1, 0.88, 0.75))
        d.t(2, cx + 4, cy + 3.5, nm, font=G, size=8.5)
        d.circle(2, cx + cw3 - 21, cy + 14, 23, fill=C)
        d.t(2, cx + cw3 - 21, cy + 10.7, per, font=G, size=6.5, color=(1, 1, 1), align='c')
        lines_ = wrap(tx, cw3 - 48, M, 7.5)
        for i, ln in enumerate(lines_):
            d.t(2, cx, cy + 22 + i * 11, ln, font=M, size=7.5)
        d.wrap_lines.append(lines_)
        d._sup = getattr(d, '_sup', []) + [(nm, per, lines_)]
    # reading order: card by card, row-major: name, period, text lines
    for nm, per, lines_ in d._sup:
        d.line(2, nm); d.line(2, per)
        for ln in lines_: d.line(2, ln)
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name=a, duration=b, durationText=b, text=c) for a, b, c in sup]
    y += 2 * 62 + 8
    y = heading(d, 2, 36, y, '職場の取組', C, W - 72)
    inits = [('ゆう活', '夏季は始業を早めて夕方の時間を家族と過ごせます。'), ('ペーパーレス会議', 'タブレットで資料を共有し、準備の手間を減らしています。'),
             ('職員提案制度', '業務改善の提案を毎年募集し、表彰しています。')]
    for ti, tx in inits:
        d.tl(2, 36, y, '◎' + ti, font=G, size=8.5)
        y = d.para(2, 48, y + 12, tx, W - 84, font=M, size=8) + 2
    f['initiatives'] = [dict(title=ti, text=tx) for ti, tx in inits]
    f['initiativesIntro'] = ''
    y += 6
    y = heading(d, 2, 36, y, '研修制度', C, W - 72)
    tr = ['新規採用職員は入庁後１か月の集合研修で市政の基本と接遇を学び、その後は職場で先輩職員の指導を受けます。',
          '３年目にはフォローアップ研修、５年目以降は政策立案研修や他自治体への派遣研修を選んで受講できます。']
    for p_ in tr:
        y = d.para(2, 36, y, p_, W - 72, font=M, size=8.5) + 3
    f['training'] = {"title": "研修制度", "paragraphs": tr}
    y += 8
    y = heading(d, 2, 36, y, 'アクセス', C, W - 72)
    addr = '〒790-8571 愛媛県松山市二番町四丁目7番地2'
    d.tl(2, 36, y, addr, font=M, size=8.5)
    y += 14
    acc = [['駅・電停', '路線', '徒歩'], ['市役所前', '伊予鉄道 市内電車', '約１分'], ['松山市', '伊予鉄道 高浜線・横河原線', '約１０分'], ['松山', 'JR予讃線', '約２０分']]
    y = d.table(2, 36, y, [90, 160, 60], acc, rh=14, size=8, align='llr')
    routes = ['伊予鉄道 市内電車『市役所前』電停から徒歩約１分', '伊予鉄道 高浜線・横河原線『松山市』駅から徒歩約１０分', 'JR予讃線『松山』駅から徒歩約２０分']
    f['access'] = {"address": addr, "routes": routes, "routesText": [r[:] for r in acc[1:]],
                   "layout": "ruled STATION TABLE 駅・電停 | 路線 | 徒歩; the route strings are synthesised from its rows (the scorer checks the stations only)"}
    y += 12
    y = heading(d, 2, 36, y, 'お問い合わせ', C, W - 72)
    of, tel, em = '総務部 人事課 採用担当', '089-948-6281', 'jinji-saiyo@city.matsuyama.ehime.jp'
    d.tl(2, 36, y, of, font=G, size=8.5)
    d.tl(2, 36, y + 13, '電話 ' + tel + '（平日8時30分～17時15分）', font=M, size=8)
    d.tl(2, 36, y + 26, 'メール ' + em, font=M, size=8)
    f['contacts'] = [dict(track='お問い合わせ', office=of, tel=[tel], email=[em], location=addr,
                          telText=['電話 ' + tel + '（平日8時30分～17時15分）'], emailText=['メール ' + em])]
    folio(d, 2, '')
    f['keyFigures'] = []
    f['decoys'] = {"box": "松山市のプロフィール: 人口 約50万人, 職員数 約3,400人"}
    return d, f


# ---------------------------------------------------------------- jst
def jst():
    d = Doc('jst-2026', 3603)
    C = (0.1, 0.3, 0.6)
    org = '科学技術振興機構'
    lead = '研究者と社会をつなぎ、新しい科学技術が生まれる土壌を耕す。JSTは研究資金の配分から国際協力、人材育成まで、科学技術イノベーションの基盤を支えています。'
    f = base_facts('jst-2026', org, '科学技術振興機構 職員採用案内', '2026-02', '2026年2月発行', lead)
    d.rect(1, 0, 0, W, 84, fill=C)
    d.tl(1, 36, 14, '国立研究開発法人', font=G, size=9, color=(1, 1, 1))
    d.t(1, 36, 32, org, font=M, size=24, color=(1, 1, 1))
    d.t(1, 36 + sw(org, M, 24) + 10, 39, 'JST', font='Helvetica-Bold', size=16, color=(1, 1, 1))
    d.line(1, org + ' JST')
    d.tl(1, W - 36, 64, '職員採用案内 2026年2月発行', font=G, size=9, color=(1, 1, 1), align='r')
    y = d.para(1, 36, 98, lead, W - 72, font=M, size=9.5) + 6
    y = heading(d, 1, 36, y, '採用実績', C, W - 72)
    d.tl(1, 36, y, '（　）内は女性の内数です。', font=M, size=7.5); y += 13
    yrs = list(range(2021, 2027))
    labs = ['%d年度' % v for v in yrs]
    lts = labs[:5] + ['2026年度（計画）']
    data = [((9, 5), (4, 1)), ((11, 6), (5, 2)), ((10, 5), (6, 2)), ((12, 7), (5, 1)), ((13, 7), (6, 3)), ((14, None), (7, None))]
    fmtp = lambda c, w: '%d（%d）' % (c, w)
    rows = hiring_rows(yrs, labs, lts, data, True)
    for r in rows:
        for k in ('admin', 'tech', 'total'):
            c = r[k]
            if not r['planned']:
                c['text'] = fmtp(c['count'], c['women']); c['womenText'] = str(c['women'])
    tb = [['区分'] + lts]
    for lab, k in (('事務系職員', 'admin'), ('技術系職員', 'tech'), ('計', 'total')):
        tb.append([lab] + [r[k]['text'] for r in rows])
    y = d.table(1, 36, y, [70] + [(W - 72 - 70) / 6] * 6, tb, rh=15, size=8)
    f['hiring'] = {"intro": ['（　）内は女性の内数です。'], "note": [], "tracks": {"admin": "事務系職員", "tech": "技術系職員"}, "textSynthesised": False,
                   "layout": "years across, `n（w）` cells, planned column `2026年度（計画）`", "rows": rows}
    y += 10
    # pull quote decoy, page-wide
    d.rect(1, 36, y, W - 72, 58, fill=(0.93, 0.95, 0.99))
    d.rect(1, 36, y, 5, 58, fill=C)
    q = ['「入構7年目、3つの部署で延べ120件の研究課題に伴走してきました。', '2019年の海外赴任も含め、毎年のように新しい分野に出会えます。」']
    d.tl(1, 50, y + 8, q[0], font=M, size=9.5)
    d.tl(1, 50, y + 24, q[1], font=M, size=9.5)
    d.tl(1, W - 46, y + 42, '戦略研究推進部　2019年入構　事務系職員', font=G, size=7.5, align='r')
    y += 70
    top = y
    cw = (W - 72 - 18) / 2
    xl, xr = 36, 36 + cw + 18
    yl = heading(d, 1, xl, top, '2025年度採用者の配属先', C, cw)
    un = [('戦略研究推進部', 3, 2), ('研究プロジェクト推進部', 2, 1), ('情報基盤事業部', None, 3), ('国際部', 2, None),
          ('科学コミュニケーションセンター', 2, None), ('総務部・人財部', 4, None)]
    tb = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in un]
    d.table(1, xl, yl, [cw - 80, 40, 40], tb, rh=14, size=7.5)
    f['assignments'] = {"cohortFiscalYear": 2025, "intro": "2025年度採用者の配属先", "tracks": {"admin": "事務系", "tech": "技術系"},
                        "layout": "ruled table, `－` for none", "rows": [dict(unit=u, admin=a, tech=t) for u, a, t in un]}
    yr = heading(d, 1, xr, top, '2026年度 採用計画', C, cw)
    ex = [['職種', '試験区分', '募集分野', '予定数'],
          ['事務系職員', '大学卒業程度', '総合職', '11名'], ['', '', '経理', '3名'],
          ['技術系職員', '大学院修了程度', '情報システム', '4名'], ['', '', 'データ分析', '3名']]
    d.table(1, xr, yr, [62, 70, cw - 172, 40], ex, rh=14, size=7.5, align='lllr')
    f['exams'] = {"title": "2026年度 採用計画", "fiscalYear": 2026, "textSynthesised": False,
                  "entries": [dict(track='事務系職員', exam='大学卒業程度', text='', breakdown=[dict(category='総合職', count=11), dict(category='経理', count=3)], total=14),
                              dict(track='技術系職員', exam='大学院修了程度', text='', breakdown=[dict(category='情報システム', count=4), dict(category='データ分析', count=3)], total=7)]}
    folio(d, 1, '')
    # ---------------------------------------------------------------- p2
    y = 40
    y = heading(d, 2, 36, y, '研修制度', C, W - 72)
    tr = ['入構後3か月の新人研修で研究資金制度と評価の仕組みを学び、その後は配属先でOJTを受けます。',
          '4年目以降は大学や海外機関への派遣研修、語学研修、プロジェクトマネジメント研修を選んで受講できます。']
    for p_ in tr:
        y = d.para(2, 36, y, p_, W - 72, font=M, size=8.5) + 3
    f['training'] = {"title": "研修制度", "paragraphs": tr}
    y += 8
    y = heading(d, 2, 36, y, '働き方改革の取組', C, W - 72)
    inits = [('スーパーフレックス', 'コアタイムなしで始業・終業時刻を選べます。'), ('リモートワーク', '週3日まで自宅などで勤務できます。'), ('自己啓発支援', '資格取得や大学院就学の費用を補助します。')]
    for ti, tx in inits:
        d.tl(2, 36, y, '□' + ti, font=G, size=8.5)
        y = d.para(2, 48, y + 12, tx, W - 84, font=M, size=8) + 2
    f['initiatives'] = [dict(title=ti, text=tx) for ti, tx in inits]
    f['initiativesIntro'] = ''
    y += 6
    y = heading(d, 2, 36, y, '両立支援', C, W - 72)
    sup = [('育児休業', '子が3歳に達するまで', ''), ('育児短時間勤務', '小学校3年生まで', ''), ('介護休業', '通算93日', '')]
    for nm, per, _ in sup:
        d.t(2, 48, y, nm, font=M, size=8.5)
        d.t(2, W - 48, y, per, font=M, size=8.5, align='r')
        d.line(2, nm, per)
        y += 14
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [dict(name=a, duration=b, durationText=b, text=c) for a, b, c in sup]
    y += 8
    y = heading(d, 2, 36, y, 'お問い合わせ・アクセス', C, W - 72)
    addr = '〒102-8666 東京都千代田区四番町5-3 サイエンスプラザ'
    of, tel, em = '人財部 人事課', '03-5214-8416', 'saiyo@jst.go.jp'
    d.tl(2, 36, y, of, font=G, size=8.5)
    d.tl(2, 36, y + 13, 'TEL ' + tel, font=M, size=8)
    d.tl(2, 36, y + 26, 'MAIL ' + em, font=M, size=8)
    d.tl(2, 36, y + 44, addr, font=M, size=8)
    routes = ['JR・東京メトロ『市ケ谷』駅から徒歩約5分', '東京メトロ半蔵門線『半蔵門』駅から徒歩約10分']
    for i, r in enumerate(routes):
        d.tl(2, 36, y + 57 + i * 13, '・' + r.replace('『', '').replace('』', ''), font=M, size=8)
    f['contacts'] = [dict(track='お問い合わせ・アクセス', office=of, tel=[tel], email=[em], location=addr, telText=['TEL ' + tel], emailText=['MAIL ' + em])]
    f['access'] = {"address": addr, "routes": routes}
    folio(d, 2, 'JST 職員採用案内')
    f['keyFigures'] = []
    f['decoys'] = {"quote": "page-wide pull quote of a staff member (入構7年目, 3つの部署, 120件, 2019年入構) between the hiring table and the two columns"}
    return d, f


BUILDERS = {'toyama': toyama, 'matsuyama': matsuyama, 'jst': jst}


# ==========================================================================
# rendering and checks
# ==========================================================================

def render(d):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(d.name); c.setAuthor('holdout36'); c.setCreator('generate_holdout36.py')
    for p in (1, 2):
        for g in d.gfx[p]:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, col, lw = g
                c.setStrokeColorRGB(*col); c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, cx, cy, r, fill, stroke = g
                c.setFillColorRGB(*fill)
                c.circle(cx, H - cy, r, fill=1, stroke=0)
            c.restoreState()
        items = list(d.items[p])
        random.Random(d.seed * 10 + p).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], H - it['y'] - it['size'] * 0.88, it['text'])
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def nows(s):
    return ''.join(s.split())


def expected_text(d):
    return '\n'.join(d.lines[1]) + '\n\f' + '\n'.join(d.lines[2]) + '\n'


def score_mod():
    spec = importlib.util.spec_from_file_location('score_extract', os.path.join(HERE, '..', 'Scripts', 'score_extract.py'))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m


def standin(f, sm):
    h = f['hiring']
    def cc(c): return dict(count=c['count'], women=c['women'])
    secs = {
        'hiring': {'rows': [dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=cc(r['total']),
                                 administrative=cc(r['admin']), technical=cc(r['tech'])) for r in h['rows']]},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [dict(track=sm.track(e['track']), level=sm.level(e['exam']), category=b['category'], count=b['count'])
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email'])) for c in f['contacts']],
        'access': {'routes': [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]},
        'initiatives': [dict(title=i['title']) for i in f['initiatives']],
        'supportSystems': [dict(name=s['name']) for s in f['supportSystems']],
    }
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': secs}


def check_arith(f, sm):
    rows = f['hiring']['rows']
    for r in rows:
        for k in ('total', 'admin', 'tech'):
            if r[k]['women'] is not None and r[k]['women'] > r[k]['count']:
                raise Refused('women-gt-heads', r['label'])
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused('hiring-sum', r['label'])
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused('women-sum', r['label'])
        if r['planned'] and any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
            raise Refused('planned-women', r['label'])
    pl = [i for i, r in enumerate(rows) if r['planned']]
    if pl != [len(rows) - 1]:
        raise Refused('planned-last', str(pl))
    act = [r['fiscalYear'] for r in rows if not r['planned']]
    if len(act) < 5 or act != list(range(act[0], act[0] + len(act))):
        raise Refused('years', str(act))
    py = rows[-1]['fiscalYear']
    if not (py == act[-1] + 1 == f['edition']['year'] == f['exams']['fiscalYear']):
        raise Refused('planned-year', str(py))
    a = f['assignments']
    if a['cohortFiscalYear'] != act[-1]:
        raise Refused('cohort', '')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('dup-unit', '')
    last = rows[-2]
    for k in ('admin', 'tech'):
        vals = [r[k] for r in a['rows'] if r[k] is not None]
        if any(v <= 0 for v in vals):
            raise Refused('assign-nonpositive', k)
        if sum(vals) != last[k]['count']:
            raise Refused('assign-sum', '%s %d != %d' % (k, sum(vals), last[k]['count']))
    keys = set()
    tot = {'administrative': 0, 'technical': 0}
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            raise Refused('exam-entry-total', e['exam'])
        t = sm.track(e['track'])
        if t == 'other':
            raise Refused('exam-track-other', e['track'])
        for b in e['breakdown']:
            key = (t, sm.level(e['exam']), sm.norm(b['category']))
            if key in keys:
                raise Refused('exam-collision', str(key))
            keys.add(key)
            tot[t] += b['count']
    if tot['administrative'] != rows[-1]['admin']['count'] or tot['technical'] != rows[-1]['tech']['count']:
        raise Refused('exam-sum', str(tot))


def fact_strings(f):
    out = [f['organization'], f['edition']['asOfText']] + f['lead']['text']
    h = f['hiring']
    out += h['intro'] + h['note'] + list(h['tracks'].values())
    for r in h['rows']:
        out.append(r['labelText'])
        for k in ('total', 'admin', 'tech'):
            out.append(r[k]['text'])
            if 'womenText' in r[k]: out.append(r[k]['womenText'])
    for e in f['exams']['entries']:
        out += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
    out.append(f['assignments']['intro'])
    out += [r['unit'] for r in f['assignments']['rows']]
    for c in f['contacts']:
        out += [c['office']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
    out.append(f['access']['address'])
    if 'routesText' in f['access']:
        out += [x for r in f['access']['routesText'] for x in r]
        out += [r.split('『')[1].split('』')[0] for r in f['access']['routes']]
    else:
        out += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']: out += [i['title'], i['text']]
    for s in f['supportSystems']: out += [s['name'], s['durationText'], s['text']]
    out += f['training']['paragraphs']
    return [s for s in out if s]


def check_doc(d, f, pdf=None):
    """raises Refused(code, detail) on the first failure"""
    from collections import Counter
    sm = score_mod()
    fonts = {n: pdfmetrics.getFont(n) for n in (G, M)}
    for p in (1, 2):
        its = d.items[p]
        for it in its:   # glyphs
            if it['font'] in fonts:
                cmap = fonts[it['font']].face.charToGlyph
                for ch in it['text']:
                    if ord(ch) not in cmap:
                        raise Refused('glyph', repr(ch))
            elif not it['text'].isascii():
                raise Refused('glyph', it['text'])
        for it in its:   # edge
            if it['bx'] < EDGE or it['by'] < EDGE or it['bx'] + it['bw'] > W - EDGE or it['by'] + it['bh'] > H - EDGE:
                raise Refused('edge', it['text'])
        for i in range(len(its)):   # overlaps
            a = its[i]
            for b in its[i + 1:]:
                if (min(a['bx'] + a['bw'], b['bx'] + b['bw']) - max(a['bx'], b['bx']) > 0.3 and
                        min(a['by'] + a['bh'], b['by'] + b['bh']) - max(a['by'], b['by']) > 0.3):
                    raise Refused('overlap', a['text'] + ' / ' + b['text'])
    if d.cells_over:
        raise Refused('cell-overflow', str(d.cells_over))
    for ls in d.wrap_lines:
        for i, ln in enumerate(ls):
            if (i > 0 and ln[0] in NO_START) or (i < len(ls) - 1 and ln[-1] in NO_END):
                raise Refused('kinsoku', ln)
    exp = expected_text(d)
    pages = exp.split('\f')
    for p in (1, 2):
        drawn = Counter(nows(''.join(it['text'] for it in d.items[p] if not it['furn'])))
        if drawn != Counter(nows(pages[p - 1])):
            raise Refused('multiset', 'page %d: %s' % (p, (drawn - Counter(nows(pages[p - 1]))) + (Counter(nows(pages[p - 1])) - drawn)))
    check_arith(f, sm)
    flat = nows(exp)
    for s in fact_strings(f):
        if nows(s) not in flat:
            raise Refused('fact-not-printed', s)
    # scorer: stand-in full marks, empty 0
    drawn_norm = sm.norm(exp)
    res = sm.checks(f, standin(f, sm), drawn_norm)
    if not all(ok for _, ok in res):
        raise Refused('standin', str([n for n, ok in res if not ok]))
    if len(res) != count_expected(f):
        raise Refused('standin-reach', '%d' % len(res))
    if any(ok for _, ok in sm.checks(f, {}, drawn_norm)):
        raise Refused('empty-scores', '')
    if pdf is not None:
        with tempfile.TemporaryDirectory() as td:
            fn = os.path.join(td, 'x.pdf')
            open(fn, 'wb').write(pdf)
            for p in (1, 2):
                txt = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), fn, '-'], capture_output=True, text=True).stdout
                want = Counter(nows(''.join(it['text'] for it in d.items[p])))
                if Counter(nows(txt)) != want:
                    raise Refused('pdftotext', 'page %d' % p)
        ntj = pdf.count(b'BT 1 0 0 1 ')
        if ntj != sum(len(d.items[p]) for p in (1, 2)):
            raise Refused('text-objects', '%d' % ntj)
    return len(res)


def count_expected(f):
    n = 2 + 4 * len(f['hiring']['rows']) + len(f['assignments']['rows']) + 1
    n += sum(len(e['breakdown']) for e in f['exams']['entries'])
    for c in f['contacts']:
        n += len(c['tel']) + len(c['email']) + 1
    n += len(f['access']['routes']) + len(f['initiatives']) + len(f['supportSystems'])
    return n


def build(key):
    d, f = BUILDERS[key]()
    f['pages'] = 2
    f['fixture'] = d.name
    pdf = render(d)
    pdf2 = render(BUILDERS[key]()[0])
    if pdf != pdf2:
        raise Refused('nondeterministic', key)
    n = check_doc(d, f, pdf)
    return d, f, pdf, n


def write(key):
    d, f, pdf, n = build(key)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, d.name + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, d.name + '.expected.txt'), 'w').write(expected_text(d))
    open(os.path.join(OUT, d.name + '.facts.json'), 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    print('%s: %d fact checks, %d + %d text items' % (d.name, n, len(d.items[1]), len(d.items[2])))
    return n


FAULTS = {
    'overlap': lambda d, f: d.items[1].append(dict(d.items[1][5])),
    'multiset': lambda d, f: d.lines[2].append('余'),
    'hiring-sum': lambda d, f: f['hiring']['rows'][0]['admin'].__setitem__('count', f['hiring']['rows'][0]['admin']['count'] + 1),
    'women-sum': lambda d, f: f['hiring']['rows'][1]['admin'].__setitem__('women', f['hiring']['rows'][1]['admin']['women'] + 1),
    'assign-sum': lambda d, f: f['assignments']['rows'][0].__setitem__('admin', (f['assignments']['rows'][0]['admin'] or 0) + 1),
    'exam-sum': lambda d, f: (f['exams']['entries'][0]['breakdown'][0].__setitem__('count', f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                              f['exams']['entries'][0].__setitem__('total', f['exams']['entries'][0]['total'] + 1)),
    'fact-not-printed': lambda d, f: f['contacts'][0].__setitem__('email', ['nobody@example.lg.jp']),
    'glyph': lambda d, f: d.items[2][0].__setitem__('text', d.items[2][0]['text'] + '\U0001F600'),
    'edge': lambda d, f: [d.items[1][3].__setitem__(k, 5) for k in ('x', 'bx')],
    'planned-women': lambda d, f: f['hiring']['rows'][-1]['admin'].__setitem__('women', 3),
    'planned-last': lambda d, f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()),
    'exam-collision': lambda d, f: f['exams']['entries'][0]['breakdown'][1].__setitem__('category', f['exams']['entries'][0]['breakdown'][0]['category']),
    'cell-overflow': lambda d, f: d.cells_over.append((d.name, 'x')),
}


def selftest(verbose):
    ok = total = 0
    for key in BUILDERS:
        for code, fault in FAULTS.items():
            d, f = BUILDERS[key]()
            f['pages'] = 2; f['fixture'] = d.name
            fault(d, f)
            total += 1
            try:
                check_doc(d, f, render(d) if code in ('glyph',) and False else None)
                got = 'ACCEPTED'
            except Refused as e:
                got = e.args[0]
            good = got == code
            ok += good
            if verbose or not good:
                print('%-16s %-18s refused: %-18s %s' % (d.name, code, got, 'ok' if good else 'WRONG'))
    # kinsoku: a wrap that would start a line with 。 is repaired; a forced bad wrap is refused
    total += 1
    d, f = BUILDERS['toyama']()
    lines = wrap('あいうえおかきくけこ。さしすせそ', sw('あいうえおかきくけこ', M, 9) + 0.1, M, 9)
    d.wrap_lines.append(['あいうえお', '。かきく'])
    try:
        check_doc(d, f); got = 'ACCEPTED'
    except Refused as e:
        got = e.args[0]
    good = got == 'kinsoku' and not lines[1].startswith('。')
    ok += good
    if verbose or not good:
        print('%-16s %-18s refused: %-18s %s' % (d.name, 'kinsoku', got, 'ok' if good else 'WRONG'))
    print('selftest: %d/%d faults refused for their own reason' % (ok, total))
    return ok == total


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    keys = [a for a in argv if not a.startswith('-')] or list(BUILDERS)
    total = 0
    for k in keys:
        try:
            total += write(k)
        except Refused as e:
            print('REFUSED %s: %s %s' % (k, e.args[0], e.args[1] if len(e.args) > 1 else ''))
            sys.exit(1)
    print('fact checks in all: %d' % total)


if __name__ == '__main__':
    main(sys.argv[1:])
