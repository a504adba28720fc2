#!/usr/bin/env python3
"""Generate the blind holdout set 44 (Fixtures/holdout44/): three Japanese recruitment brochures.

  python3 Fixtures/generate_holdout44.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout44.py koeki           # one (hachioji, koeki, ninjal)
  python3 Fixtures/generate_holdout44.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates, a ruled-table helper with row and column spans and
two-line cells, kinsoku line breaking, shuffled drawing of one text object per visual line, the checks
and a fault-injection self-test. All figures are invented. See holdout44/README.md.
"""
import collections, copy, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout44')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
import score_extract as SE  # noqa: E402

pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONT = {'G': 'IPAexGothic', 'M': 'IPAexMincho', 'H': 'Helvetica', 'HB': 'Helvetica-Bold'}
W, H = 595.27, 841.89
EDGE = 14
KINSOKU_HEAD = set('、。，．）」』】〕・：；！？ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々％')
KINSOKU_TAIL = set('（「『【〔')
FAULT = None          # set by the self-test
BLUE, BROWN = (0.2, 0.3, 0.55), (0.5, 0.3, 0.15)


class Refused(Exception):
    pass


def refuse(msg):
    raise Refused(msg)


def era(fy):
    return f'令和{fy - 2018}年度'


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, FONT[font], size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, n):
        self.n = n
        self.items = []     # dict(x, y, s, font, size, furn)
        self.gfx = []       # ('rect', x, y, w, h, fill rgb or None, stroke bool, lw) / ('line', ...) / ('brace' ...)
        self.exp = []       # expected lines

    def text(self, x, y, s, font='G', size=9, align='l', furn=False):
        w = sw(s, font, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.items.append(dict(x=x, y=y, s=s, font=font, size=size, furn=furn, w=w))
        return w

    def line(self, x, y, s, font='G', size=9, align='l'):
        self.text(x, y, s, font, size, align)
        self.exp.append(s)

    def rect(self, x, y, w, h, fill=None, stroke=False, lw=0.5):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def hline(self, x0, x1, y, lw=0.5, col=(0, 0, 0)):
        self.gfx.append(('line', x0, y, x1, y, lw, col))


WRAPLOG = []


def wrap(s, font, size, width):
    lines, cur = [], ''
    for ch in s:
        if cur and sw(cur + ch, font, size) > width:
            # kinsoku: a head character may not start a line, a tail character may not end one
            if ch in KINSOKU_HEAD:
                back = cur[-1]
                cur = cur[:-1]
                lines.append(cur)
                cur = back + ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    fixed = []
    for ln in lines:
        if fixed and fixed[-1] and fixed[-1][-1] in KINSOKU_TAIL:
            fixed[-1], ln = fixed[-1][:-1], fixed[-1][-1] + ln
        fixed.append(ln)
    if FAULT == 'kinsoku' and len(fixed) > 1:
        fixed[1] = '。' + fixed[1]
    WRAPLOG.append((fixed, font, size, width))
    return fixed


def para(pg, x, y, width, s, font='M', size=9, lead=14):
    for ln in wrap(s, font, size, width):
        pg.line(x, y, ln, font, size)
        y -= lead
    return y


def heading(pg, y, s, col=(0.15, 0.35, 0.3)):
    pg.rect(40, y - 4, 4, 15, fill=col)
    pg.line(50, y, s, 'G', 11.5)
    pg.hline(40, W - 40, y - 6, 0.6, col)
    return y - 22


class Cell:
    def __init__(self, t, cs=1, rs=1, align=None, font=None, size=None):
        self.lines = t if isinstance(t, list) else [t]
        self.cs, self.rs, self.align, self.font, self.size = cs, rs, align, font, size


def table(pg, x, y, colw, rows, size=8.5, rh=17, head=1, font='G', hfont='G', aligns=None,
          tint=(0.90, 0.93, 0.95), rowtint=None):
    """rows: lists of Cell / str / None (covered by a span). Returns the y under the table."""
    n = len(colw)
    aligns = aligns or (['l'] + ['c'] * (n - 1))
    if FAULT == 'overflow':
        for r in rows[head:]:
            for i, c in enumerate(r):
                if isinstance(c, str) and c:
                    r[i] = c + '（ここに長い注記を入れて列からはみ出させる）'
                    break
            else:
                continue
            break
    for ri, r in enumerate(rows):
        if len(r) != n:
            refuse(f'table row {ri} has {len(r)} cells, want {n}')
        exp = []
        for ci, c in enumerate(r):
            if c is None:
                exp.append('')
                continue
            if isinstance(c, str):
                c = Cell(c)
            exp.append(''.join(c.lines))
            cx = x + sum(colw[:ci])
            cw = sum(colw[ci:ci + c.cs])
            ctop = y - ri * rh
            ch = rh * c.rs
            fill = tint if ri < head else (rowtint[1] if rowtint and ri in rowtint[0] else None)
            pg.rect(cx, ctop - ch, cw, ch, fill=fill, stroke=True, lw=0.5)
            f = c.font or (hfont if ri < head else font)
            sz = c.size or size
            al = c.align or ('c' if ri < head else aligns[ci])
            lead = sz * 1.25
            base = ctop - ch / 2 - sz * 0.35 + lead * (len(c.lines) - 1) / 2
            for li, ln in enumerate(c.lines):
                if sw(ln, f, sz) > cw - 6 + 1e-6:
                    refuse(f'cell overflow: {ln!r} ({sw(ln, f, sz):.1f} > {cw - 6:.1f})')
                tx = cx + 4 if al == 'l' else (cx + cw - 4 if al == 'r' else cx + cw / 2)
                pg.text(tx, base - li * lead, ln, f, sz, al)
        pg.exp.append('\t'.join(exp))
    return y - rh * len(rows) - 16


# ---------------------------------------------------------------- common builders
def hrow_cells(r, key):
    v = r[key]
    return v['text'] + (f"（{v['womenText']}）" if v.get('womenText') is not None else '')


def masthead(pg, org, sub, ed, col, kicker=None):
    pg.rect(0, H - 92, W, 92, fill=col)
    if kicker:
        pg.line(40, H - 38, kicker, 'G', 8)
    y = H - 66
    w = pg.text(40, y, org, 'M', 24)
    pg.text(40 + w + 10, y, sub, 'G', 13)
    pg.exp.append(org + ' ' + sub)
    pg.line(W - 40, y, ed, 'G', 9, 'r')
    return H - 120


def pagenum(pg):
    pg.text(W / 2, 24, f'- {pg.n} -', 'H', 8, 'c', furn=True)


def hiring_rows(spec):
    rows = []
    for fy, a, t in spec:
        planned = a[1] is None
        def part(c, w):
            d = {'count': c, 'text': str(c), 'women': w}
            if w is not None:
                d['womenText'] = str(w)
            return d
        tw = None if planned else a[1] + t[1]
        rows.append({'fiscalYear': fy, 'label': era(fy), 'labelText': era(fy) + ('（予定）' if planned else ''),
                     'planned': planned, 'total': part(a[0] + t[0], tw), 'admin': part(*a), 'tech': part(*t)})
    return rows


def support_block(pg, y, title, systems, extra=None, col=(0.15, 0.35, 0.3)):
    y = heading(pg, y, title, col)
    if extra:
        hdr = ['制度', '期間', '内容', extra[0]]
        colw = [88, 120, 200, 107]
    else:
        hdr = ['制度', '期間', '内容']
        colw = [100, 140, 275]
    rows = [hdr]
    for i, s in enumerate(systems):
        r = [s['name'], s['durationText'], s['text']]
        if extra:
            r.append(extra[1][i])
        rows.append(r)
    return table(pg, 40, y, colw, rows, size=8, font='M', aligns=['l', 'l', 'l', 'c'][:len(hdr)])


def contact_block(pg, y, c, col=(0.15, 0.35, 0.3)):
    y = heading(pg, y, c['track'], col)
    pg.line(52, y, c['office'], 'G', 9.5)
    y -= 15
    for t in c['telText']:
        pg.line(52, y, t, 'H', 9.5)
        y -= 14
    for t in c['emailText']:
        pg.line(52, y, t, 'H', 9.5)
        y -= 14
    pg.line(52, y, c['hoursText'], 'M', 8.5)
    return y - 20


def access_block(pg, y, acc, routes_printed, col=(0.15, 0.35, 0.3)):
    y = heading(pg, y, 'アクセス', col)
    pg.line(52, y, acc['address'], 'M', 9)
    y -= 15
    for r in routes_printed:
        pg.line(52, y, r, 'M', 9)
        y -= 14
    return y - 6


def plain_route(r):
    return '■' + r.replace('『', '').replace('』', '')


# ---------------------------------------------------------------- brochure 1: 八王子市
def build_hachioji():
    F = {'organization': '八王子市', 'document': '八王子市 職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月発行'}}
    lead = ('八王子市は、多摩地域最大の中核市として、豊かな自然と大学のまちの魅力を生かしたまちづくりを進めています。'
            '市民の暮らしを支え、未来の八王子をともにつくる職員を募集します。')
    F['lead'] = {'title': '', 'text': [lead]}
    rows = hiring_rows([(2021, (38, 17), (14, 3)), (2022, (41, 20), (12, 4)), (2023, (36, 18), (15, 5)),
                        (2024, (44, 22), (13, 4)), (2025, (40, 21), (16, 6)), (2026, (42, None), (15, None))])
    F['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内はうち女性です。令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計, counts with their women in （）', 'rows': rows}
    arows = [('総務部', 6, None), ('財務部', 5, None), ('市民部', 7, None), ('福祉部', 9, None),
             ('子ども家庭部', 8, None), ('環境部', 5, 3), ('都市計画部', None, 4), ('道路交通部', None, 6),
             ('水循環部', None, 3)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'ruled 配属先 | 事務職 | 技術職 | 計: a PER-UNIT ROW-TOTAL 計 COLUMN (no fact)',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows]}
    F['exams'] = {'title': '令和8年度 試験区分別の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'entries': [
                      {'track': '事務職', 'exam': '大学卒業程度', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 32}, {'category': '福祉', 'count': 4}], 'total': 36},
                      {'track': '事務職', 'exam': '高校卒業程度', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 6}], 'total': 6},
                      {'track': '技術職', 'exam': '大学卒業程度', 'text': '',
                       'breakdown': [{'category': '総合土木', 'count': 8}, {'category': '建築', 'count': 3},
                                     {'category': '電気', 'count': 2}], 'total': 13},
                      {'track': '技術職', 'exam': '高校卒業程度', 'text': '',
                       'breakdown': [{'category': '土木', 'count': 2}], 'total': 2}]}
    F['training'] = {'title': '研修制度', 'paragraphs': [
        '採用後2年間は、新任研修と職場研修を組み合わせ、市役所の仕事の基礎を身に付けます。',
        '中堅職員には、大学と連携した政策形成研修や民間企業への派遣研修を用意しています。']}
    F['initiatives'] = [
        {'title': 'テレワークの推進', 'text': '全職員にモバイル端末を配備し、在宅や出先でも仕事ができる環境を整えています。'},
        {'title': '時差勤務', 'text': '始業時刻を7時30分から10時までの間で選べます。'},
        {'title': '男性の育児参加', 'text': '子が生まれた職員には、上司との面談で休暇の計画づくりを支援します。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '仕事と子育ての両立支援'
    F['supportSystems'] = [
        {'name': '出産支援休暇', 'duration': '2日以内', 'durationText': '2日以内', 'text': '配偶者の出産の際に取得できます。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
         'text': '期間中の代替職員を配置します。'},
        {'name': '子の看護休暇', 'duration': '年5日（子が2人以上は年10日）', 'durationText': '年5日（子が2人以上は年10日）',
         'text': '中学校就学前の子が対象です。'}]
    F['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '八王子市 総務部 職員課 人材育成担当',
                      'tel': ['042-620-7218'], 'email': ['b010300@city.hachioji.tokyo.jp'], 'location': '',
                      'telText': ['TEL 042-620-7218'], 'emailText': ['E-mail b010300@city.hachioji.tokyo.jp'],
                      'hoursText': '受付時間 平日8:30～17:15'}]
    F['access'] = {'address': '〒192-8501 東京都八王子市元本郷町三丁目24番1号', 'routes': [
        'JR中央線『八王子』駅北口から西東京バス「八王子市役所」下車すぐ',
        '京王線『京王八王子』駅から西東京バス「八王子市役所」下車すぐ'], 'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'dropcap': 'the lead starts with a 2-line drop cap 八 (its own text object)',
                   'rowTotal': 'the 計 column of the assignment table (per-unit sums)',
                   'mailing': '応募書類の送付先: 〒192-8799 八王子郵便局 私書箱第30号 (no address fact)',
                   'hours': 'the 受付時間 line'}

    p1, p2 = Page(1), Page(2)
    y = masthead(p1, '八王子市', '職員採用案内', '令和8年3月発行', (0.88, 0.95, 0.90))
    # (1) drop cap: the first character at 25 pt over two lines, lines 1-2 indented after it
    cap, rest = lead[0], lead[1:]
    capsz, lead_sz, leadl = 25, 9.5, 15
    capw = sw(cap, 'M', capsz)
    x0, width = 40, W - 80
    lines = []
    rem = rest
    for k in range(2):
        ln = wrap(rem, 'M', lead_sz, width - capw - 6)[0]
        lines.append(ln)
        rem = rem[len(ln):]
    lines += wrap(rem, 'M', lead_sz, width)
    p1.text(x0, y - leadl, cap, 'M', capsz)
    for i, ln in enumerate(lines):
        xi = x0 + capw + 6 if i < 2 else x0
        p1.text(xi, y - i * leadl, ln, 'M', lead_sz)
        p1.exp.append((cap + ln) if i == 0 else ln)
    y -= leadl * len(lines) + 12
    y = heading(p1, y, '採用実績')
    p1.line(40, y, F['hiring']['intro'][0], 'G', 9)
    y -= 8
    trs = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        trs.append([r['labelText'], hrow_cells(r, 'admin'), hrow_cells(r, 'tech'), hrow_cells(r, 'total')])
    y = table(p1, 40, y, [150, 120, 120, 120], trs, size=9, rowtint=([6], (0.96, 0.96, 0.90)))
    p1.line(40, y - 4, F['hiring']['note'][0], 'M', 8)
    y -= 30
    y = heading(p1, y, '配属実績')
    p1.line(40, y, F['assignments']['intro'], 'G', 9)
    y -= 8
    ars = [['配属先', '事務職', '技術職', '計']]
    for u, a, t in arows:
        ars.append([u, str(a) if a else '－', str(t) if t else '－', str((a or 0) + (t or 0))])
    y = table(p1, 40, y, [170, 100, 100, 100], ars, size=9, font='M')
    pagenum(p1)

    y = H - 50
    y = heading(p2, y, '試験区分別の採用予定')
    p2.line(40, y, F['exams']['title'], 'G', 9)
    y -= 8
    ers = [['区分', '試験', '職種', '採用予定数']]
    for e in F['exams']['entries']:
        for b in e['breakdown']:
            ers.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    y = table(p2, 40, y, [100, 150, 150, 110], ers, size=8.5)
    y -= 8
    y = heading(p2, y, '働き方改革の取組')
    for i in F['initiatives']:
        p2.line(46, y, '●' + i['title'], 'G', 9.5)
        y -= 14
        y = para(p2, 58, y, W - 100, i['text'], 'M', 8.5, 13) - 3
    y -= 6
    y = support_block(p2, y, F['supportTitle'], F['supportSystems'])
    y -= 4
    y = heading(p2, y, F['training']['title'])
    for t in F['training']['paragraphs']:
        y = para(p2, 46, y, W - 90, t, 'M', 8.5, 13)
    y -= 8
    c = F['contacts'][0]
    y = heading(p2, y, c['track'])
    yc = y
    p2.line(52, y, c['office'], 'G', 9.5)
    y -= 15
    p2.line(52, y, c['telText'][0], 'H', 9.5)
    y -= 14
    p2.line(52, y, c['emailText'][0], 'H', 9.5)
    y -= 14
    p2.line(52, y, c['hoursText'], 'M', 8.5)
    # (3) the mailing-address decoy beside the contact block, in a tinted box
    p2.rect(330, y - 8, 225, yc - y + 22, fill=(0.95, 0.95, 0.95))
    p2.line(338, yc, '応募書類の送付先', 'G', 9)
    p2.line(338, yc - 15, '〒192-8799 八王子郵便局 私書箱第30号', 'M', 8.5)
    p2.line(338, yc - 29, '八王子市職員採用試験 係', 'M', 8.5)
    p2.line(338, yc - 43, '※持参による提出はできません。', 'M', 8)
    y -= 24
    access_block(p2, y, F['access'], [plain_route(r) for r in F['access']['routes']])
    pagenum(p2)
    F['pages'] = 2
    return F, [p1, p2]


# ---------------------------------------------------------------- brochure 2: 公益認定等委員会
def build_koeki():
    F = {'organization': '公益認定等委員会', 'document': '公益認定等委員会 事務局職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026年4月発行'}}
    lead = ('公益認定等委員会は、公益法人の認定と監督を通じて、民間による公益活動を後押ししています。'
            '制度の運用と法人の審査を担う事務局職員を募集します。')
    F['lead'] = {'title': '', 'text': [lead]}
    rows = hiring_rows([(2021, (4, 2), (1, 0)), (2022, (5, 2), (2, 1)), (2023, (3, 1), (1, 0)),
                        (2024, (6, 3), (2, 1)), (2025, (5, 3), (3, 1)), (2026, (6, None), (2, None))])
    F['hiring'] = {'intro': ['事務局職員の採用者数（単位：人）'], 'note': ['※（　）内は女性の数です。令和8年度は予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計, women in （）', 'rows': rows}
    arows = [('総務課', 2, 1), ('審査第一課', 2, None), ('審査第二課', 1, None), ('情報システム室', None, 2)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows]}
    F['exams'] = {'title': '令和8年度 試験区分別の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数', 'entries': [
                      {'track': '事務系', 'exam': '総合職試験（院卒者試験）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 1}], 'total': 1},
                      {'track': '事務系', 'exam': '一般職試験（大卒程度試験）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 4}], 'total': 4},
                      {'track': '事務系', 'exam': '一般職試験（高卒者試験）', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 1}], 'total': 1},
                      {'track': '技術系', 'exam': '一般職試験（大卒程度試験）', 'text': '',
                       'breakdown': [{'category': 'デジタル・電気・電子', 'count': 2}], 'total': 2}]}
    F['training'] = {'title': '研修', 'paragraphs': [
        '採用後は内閣府の新規採用職員研修に参加し、行政官としての基礎を学びます。',
        '法人の会計を読み解くため、公認会計士による会計実務研修を毎年開いています。']}
    F['initiatives'] = [
        {'title': 'テレワーク', 'text': '審査書類の電子化を進め、週3日まで在宅で勤務できます。'},
        {'title': '業務の見直し', 'text': '定型的な確認作業を自動化し、超過勤務を減らしています。'},
        {'title': '相談窓口', 'text': '子育てや介護の悩みを相談できる窓口を局内に置いています。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
         'text': '2回まで分割して取得できます。'},
        {'name': '育児時間', 'duration': '1日2時間まで', 'durationText': '1日2時間まで',
         'text': '子が小学校に入るまで使えます。'},
        {'name': '介護休暇', 'duration': '通算6か月まで', 'durationText': '通算6か月まで',
         'text': '3回まで分割して取得できます。'}]
    F['contacts'] = [{'track': 'お問い合わせ', 'office': '公益認定等委員会事務局 総務課 人事係',
                      'tel': ['03-5403-9550'], 'email': ['saiyo@koeki-info.go.jp'], 'location': '',
                      'telText': ['TEL 03-5403-9550'], 'emailText': ['E-mail saiyo@koeki-info.go.jp'],
                      'hoursText': '受付時間 平日9:30～18:00'}]
    F['access'] = {'address': '〒105-0001 東京都港区虎ノ門3-5-1 虎ノ門37森ビル12階', 'routes': [
        '東京メトロ日比谷線『神谷町』駅4b出口から徒歩5分', '東京メトロ銀座線『虎ノ門』駅3番出口から徒歩8分'],
        'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'supportTakers': 'the 取得者数（令和7年度） row of the transposed support table (男性・女性 counts)',
                   'initiativeTable': 'initiatives in a ruled 取組 | 内容 table; the 開始 column years are no facts',
                   'hours': 'the 受付時間 line'}

    p1, p2 = Page(1), Page(2)
    y = masthead(p1, '公益認定等委員会', '事務局職員採用案内', '2026年4月発行', (0.90, 0.92, 0.97))
    y = para(p1, 40, y, W - 80, lead, 'M', 9.5, 15) - 10
    y = heading(p1, y, '採用実績', BLUE)
    p1.line(40, y, F['hiring']['intro'][0], 'G', 9)
    y -= 8
    trs = [['年度', '事務系', '技術系', '計']]
    for r in rows:
        trs.append([r['labelText'], hrow_cells(r, 'admin'), hrow_cells(r, 'tech'), hrow_cells(r, 'total')])
    y = table(p1, 40, y, [150, 110, 110, 110], trs, size=9, rowtint=([6], (0.95, 0.95, 0.88)))
    p1.line(40, y - 4, F['hiring']['note'][0], 'M', 8)
    y -= 30
    y = heading(p1, y, '配属実績', BLUE)
    p1.line(40, y, F['assignments']['intro'], 'G', 9)
    y -= 8
    ars = [['配属先', '事務系', '技術系']]
    for u, a, t in arows:
        ars.append([u, str(a) if a else '－', str(t) if t else '－'])
    y = table(p1, 40, y, [170, 100, 100], ars, size=9, font='M')
    y -= 6
    y = heading(p1, y, '試験区分別の採用予定', BLUE)
    p1.line(40, y, F['exams']['title'], 'G', 9)
    y -= 8
    ers = [['区分', '試験', '試験区分', '採用予定数']]
    for e in F['exams']['entries']:
        for b in e['breakdown']:
            ers.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    y = table(p1, 40, y, [80, 170, 150, 90], ers, size=8.5)
    pagenum(p1)

    y = H - 50
    # (4) initiatives as a ruled table 取組 | 内容 | 開始
    y = heading(p2, y, '働き方改革', BLUE)
    irs = [['取組', '内容', '開始']]
    starts = ['令和2年度', '令和4年度', '令和5年度']
    for i, s in zip(F['initiatives'], starts):
        irs.append([Cell(i['title'], font='G'), i['text'], s])
    y = table(p2, 40, y, [90, 345, 80], irs, size=8, font='M', aligns=['l', 'l', 'c'])
    y -= 6
    # (5) the support table TRANSPOSED: one column per system, rows 制度 / 期間 / 内容 / 取得者数 (decoy)
    y = heading(p2, y, F['supportTitle'], BLUE)
    ss = F['supportSystems']
    srs = [['制度'] + [s['name'] for s in ss], ['期間'] + [s['durationText'] for s in ss],
           ['内容'] + [s['text'] for s in ss],
           [Cell(['取得者数', '（令和7年度）']), '男性2人・女性3人', '女性4人', '男性1人']]
    y = table(p2, 40, y, [85, 143, 143, 144], srs, size=8, rh=19, font='M', aligns=['c', 'l', 'l', 'l'])
    y -= 4
    y = heading(p2, y, F['training']['title'], BLUE)
    for t in F['training']['paragraphs']:
        y = para(p2, 46, y, W - 90, t, 'M', 8.5, 13)
    y -= 8
    y = contact_block(p2, y, F['contacts'][0], BLUE)
    access_block(p2, y, F['access'], [plain_route(r) for r in F['access']['routes']], BLUE)
    pagenum(p2)
    F['pages'] = 2
    return F, [p1, p2]


# ---------------------------------------------------------------- brochure 3: 国立国語研究所
def build_ninjal():
    F = {'organization': '国立国語研究所', 'document': '国立国語研究所 職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '2026年2月発行'}}
    lead = ('国立国語研究所は、日本語と日本語教育の研究拠点として、コーパスや方言資料を国内外の研究者に公開しています。'
            '研究を支える事務職員・技術職員を募集します。')
    F['lead'] = {'title': '', 'text': [lead]}
    rows = hiring_rows([(2021, (3, 2), (1, 0)), (2022, (4, 2), (1, 1)), (2023, (2, 1), (2, 0)),
                        (2024, (4, 3), (1, 0)), (2025, (3, 2), (2, 1)), (2026, (4, None), (2, None))])
    disab = ['1', '0', '1', '0', '1', '－']
    F['hiring'] = {'intro': ['採用者数の推移（単位：人）'],
                   'note': ['※（　）内はうち女性です。「うち障害者選考」は計の内数です。令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職員 | 技術職員 | 計 | うち障害者選考: a DECOY INNER-COUNT COLUMN after 計 that is not the women',
                   'rows': rows}
    arows = [('管理部 総務課', 1, None), ('管理部 財務課', 1, None), ('研究推進課', 1, None),
             ('研究情報発信センター', None, 2)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 技術職員',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows]}
    F['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 採用区分 | 採用予定数, counts printed 約n名', 'entries': [
                      {'track': '事務職員', 'exam': '大学卒業程度（統一採用試験）', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 3}, {'category': '図書', 'count': 1}], 'total': 4},
                      {'track': '技術職員', 'exam': '大学卒業程度（機関独自選考）', 'text': '',
                       'breakdown': [{'category': '情報', 'count': 2}], 'total': 2}]}
    F['training'] = {'title': '人材育成', 'paragraphs': [
        '採用後は人間文化研究機構の新任職員研修に参加し、機構の6機関の仕事を知ります。',
        '技術職員は、コーパス構築や言語資料のデジタル化の実務を先輩職員から学びます。']}
    F['initiatives'] = [
        {'title': 'フレックスタイム制', 'text': '学会の準備期間などに合わせ、勤務時間を柔軟に割り振れます。'},
        {'title': '在宅勤務', 'text': 'データ整備や事務作業は、週2日まで自宅で行えます。'},
        {'title': '休暇の計画取得', 'text': '夏季休暇と年次休暇を組み合わせた連続休暇を勧めています。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '仕事と家庭の両立支援'
    F['supportSystems'] = [
        {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間', 'durationText': '産前6週間・産後8週間',
         'text': '多胎妊娠の場合、産前は14週間です。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
         'text': '2回まで分割して取得できます。'},
        {'name': '介護休業', 'duration': '通算93日まで', 'durationText': '通算93日まで',
         'text': '3回まで分割して取得できます。'}]
    F['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '国立国語研究所 管理部 総務課 人事係',
                      'tel': ['042-540-4310'], 'email': ['jinji@ninjal.ac.jp'], 'location': '',
                      'telText': ['TEL 042-540-4310'], 'emailText': ['E-mail jinji@ninjal.ac.jp'],
                      'hoursText': '受付時間 平日9:00～17:00'}]
    F['access'] = {'address': '〒190-8561 東京都立川市緑町10-2', 'routes': [
        'JR中央線立川駅で多摩モノレールに乗り換え、『立飛』駅下車 徒歩8分',
        'JR中央線『立川』駅北口から立川バス「裁判所前」下車 徒歩3分'], 'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'disability': 'the うち障害者選考 column after 計 (1, 0, 1, 0, 1, －)',
                   'transfer': 'the transfer station 立川 printed before the fact station 立飛 in the first route',
                   'approx': 'exam counts printed 約n名',
                   'kicker': '大学共同利用機関法人 人間文化研究機構', 'hours': 'the 受付時間 line'}

    p1, p2 = Page(1), Page(2)
    y = masthead(p1, '国立国語研究所', '職員採用案内', '2026年2月発行', (0.95, 0.91, 0.86),
                 kicker='大学共同利用機関法人 人間文化研究機構')
    y = para(p1, 40, y, W - 80, lead, 'M', 9.5, 15) - 10
    y = heading(p1, y, '採用実績', BROWN)
    p1.line(40, y, F['hiring']['intro'][0], 'G', 9)
    y -= 8
    trs = [['年度', '事務職員', '技術職員', '計', 'うち障害者選考']]
    for r, d in zip(rows, disab):
        trs.append([r['labelText'], hrow_cells(r, 'admin'), hrow_cells(r, 'tech'), hrow_cells(r, 'total'), d])
    y = table(p1, 40, y, [140, 90, 90, 90, 105], trs, size=9, rowtint=([6], (0.96, 0.94, 0.88)))
    y = para(p1, 40, y - 4, W - 80, F['hiring']['note'][0], 'M', 8, 12)
    y -= 16
    y = heading(p1, y, '配属実績', BROWN)
    p1.line(40, y, F['assignments']['intro'], 'G', 9)
    y -= 8
    ars = [['配属先', '事務職員', '技術職員']]
    for u, a, t in arows:
        ars.append([u, str(a) if a else '－', str(t) if t else '－'])
    y = table(p1, 40, y, [180, 100, 100], ars, size=9, font='M')
    y -= 6
    y = heading(p1, y, '採用予定', BROWN)
    p1.line(40, y, F['exams']['title'], 'G', 9)
    y -= 8
    ers = [['区分', '試験', '採用区分', '採用予定数']]
    for e in F['exams']['entries']:
        for b in e['breakdown']:
            ers.append([e['track'], e['exam'], b['category'], f"約{b['count']}名"])
    y = table(p1, 40, y, [80, 190, 120, 90], ers, size=8.5)
    pagenum(p1)

    y = H - 50
    y = heading(p2, y, '働きやすい環境づくり', BROWN)
    for i in F['initiatives']:
        p2.line(46, y, '◆' + i['title'], 'G', 9.5)
        y -= 14
        y = para(p2, 58, y, W - 100, i['text'], 'M', 8.5, 13) - 3
    y -= 6
    y = support_block(p2, y, F['supportTitle'], F['supportSystems'], col=BROWN)
    y -= 4
    y = heading(p2, y, F['training']['title'], BROWN)
    for t in F['training']['paragraphs']:
        y = para(p2, 46, y, W - 90, t, 'M', 8.5, 13)
    y -= 8
    y = contact_block(p2, y, F['contacts'][0], BROWN)
    access_block(p2, y, F['access'], [plain_route(r) for r in F['access']['routes']], BROWN)
    pagenum(p2)
    F['pages'] = 2
    return F, [p1, p2]


BUILDERS = {'hachioji': build_hachioji, 'koeki': build_koeki, 'ninjal': build_ninjal}


# ---------------------------------------------------------------- rendering
def render(pages, seed):
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for pg in pages:
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif g[0] == 'line':
                _, x0, y0, x1, y1, lw, col = g
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*col)
                c.line(x0, y0, x1, y1)
            c.restoreState()
        order = list(range(len(pg.items)))
        rnd.shuffle(order)
        for i in order:
            it = pg.items[i]
            c.saveState()
            c.setFillColorRGB(0, 0, 0)
            t = c.beginText(it['x'], it['y'])
            t.setFont(FONT[it['font']], it['size'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks
def nows(s):
    return ''.join(s.split())


def check_glyphs(pages):
    for pg in pages:
        for it in pg.items:
            if it['font'] in ('H', 'HB'):
                if any(ord(ch) > 126 for ch in it['s']):
                    refuse(f"non-ASCII in a standard font: {it['s']!r}")
                continue
            cmap = pdfmetrics.getFont(FONT[it['font']]).face.charToGlyph
            for ch in it['s']:
                if ch != ' ' and ord(ch) not in cmap:
                    refuse(f"glyph missing in {FONT[it['font']]}: {ch!r} in {it['s']!r}")


def box(it):
    return (it['x'], it['y'] - 0.15 * it['size'], it['x'] + it['w'], it['y'] + 0.85 * it['size'])


def check_geometry(pages):
    for pg in pages:
        bs = [box(it) for it in pg.items]
        for it, b in zip(pg.items, bs):
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                refuse(f"page {pg.n}: {it['s']!r} enters the {EDGE} pt edge margin")
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    refuse(f"page {pg.n}: overlap {pg.items[i]['s']!r} / {pg.items[j]['s']!r}")


def check_wraps():
    for lines, font, size, width in WRAPLOG:
        for k, ln in enumerate(lines):
            if k and ln and ln[0] in KINSOKU_HEAD:
                refuse(f'kinsoku: wrapped line starts with {ln[0]!r}: {ln!r}')
            if k < len(lines) - 1 and ln and ln[-1] in KINSOKU_TAIL:
                refuse(f'kinsoku: wrapped line ends with {ln[-1]!r}: {ln!r}')
            if sw(ln, font, size) > width + 1e-6:
                refuse(f'wrapped line wider than its column: {ln!r}')


def check_text(pages):
    for pg in pages:
        drawn = collections.Counter(nows(''.join(it['s'] for it in pg.items if not it['furn'])))
        exp = collections.Counter(nows(''.join(pg.exp)))
        if drawn != exp:
            refuse(f'page {pg.n}: drawn and expected text differ: +{dict(drawn - exp)} -{dict(exp - drawn)}')


def check_arith(F):
    h = F['hiring']['rows']
    if len(h) < 6:
        refuse('fewer than 5 actual years')
    for k, r in enumerate(h):
        if r['label'] != era(r['fiscalYear']):
            refuse(f"label {r['label']} is not the era label of {r['fiscalYear']}")
        if k and r['fiscalYear'] != h[k - 1]['fiscalYear'] + 1:
            refuse('years not consecutive')
        t, a, b = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + b['count']:
            refuse(f"{r['labelText']}: total {t['count']} != {a['count']} + {b['count']}")
        for part in (t, a, b):
            if part['text'] != str(part['count']):
                refuse(f"{r['labelText']}: printed {part['text']} != {part['count']}")
            if part.get('women') is not None:
                if part['women'] > part['count']:
                    refuse(f"{r['labelText']}: women > heads")
                if part.get('womenText') != str(part['women']):
                    refuse(f"{r['labelText']}: womenText")
        if r['planned']:
            if k != len(h) - 1:
                refuse('the planned row is not the last')
            if any(p.get('women') is not None for p in (t, a, b)):
                refuse('women on the planned row')
        else:
            if t.get('women') is None:
                refuse(f"{r['labelText']}: actual row without women")
            if a.get('women') is not None and b.get('women') is not None and t['women'] != a['women'] + b['women']:
                refuse(f"{r['labelText']}: women total {t['women']} != {a['women']} + {b['women']}")
    if sum(r['planned'] for r in h) != 1:
        refuse('not exactly one planned row')
    if sum(1 for r in h if not r['planned']) < 5:
        refuse('fewer than 5 actual years')
    plan, last = h[-1], h[-2]
    if not (plan['fiscalYear'] == F['edition']['year'] == F['exams']['fiscalYear'] == last['fiscalYear'] + 1):
        refuse('planned year / edition year / exam year / last actual + 1 disagree')
    A = F['assignments']
    if A['cohortFiscalYear'] != last['fiscalYear']:
        refuse('assignment cohort is not the last actual year')
    units = [r['unit'] for r in A['rows']]
    if len(set(units)) != len(units):
        refuse('duplicate assignment unit')
    for key in ('admin', 'tech'):
        vals = [r[key] for r in A['rows'] if r[key] is not None]
        if any(v <= 0 for v in vals):
            refuse('zero or negative assignment count')
        if sum(vals) != last[key]['count']:
            refuse(f'assignment {key} sum {sum(vals)} != cohort hires {last[key]["count"]}')
    seen = set()
    pt = {'admin': 0, 'tech': 0}
    for e in F['exams']['entries']:
        tr = SE.track(e['track'])
        if tr == 'other':
            refuse(f"exam track {e['track']} maps to other")
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            refuse(f"exam entry total {e['total']} != its categories")
        for b in e['breakdown']:
            key = (tr, SE.level(e['exam']), SE.norm(b['category']))
            if key in seen:
                refuse(f'exam categories collide: {key}')
            seen.add(key)
            pt['admin' if tr == 'administrative' else 'tech'] += b['count']
    for key in ('admin', 'tech'):
        if pt[key] != plan[key]['count']:
            refuse(f'exam categories of {key} {pt[key]} != planned hires {plan[key]["count"]}')
    for s in F['supportSystems']:
        if s['duration'] != s['durationText']:
            refuse('support duration != durationText')


def check_printed(F, exp_lines):
    N = SE.norm
    allx = N('\n'.join(exp_lines))
    lines = [N(l) for l in exp_lines]
    def need(s, what):
        if s and N(s) not in allx:
            refuse(f'{what} not printed: {s!r}')
    need(F['organization'], 'organisation')
    need(F['edition']['asOfText'], 'edition')
    for t in F['lead']['text']:
        need(t.replace('\n', ''), 'lead')
    h = F['hiring']
    for t in h['intro'] + h['note'] + list(h['tracks'].values()):
        need(t, 'hiring text')
    for r in h['rows']:
        need(r['labelText'], 'hiring label')
        cand = [l for l in lines if l.startswith(N(r['labelText']))]
        if not cand:
            refuse(f"no line starts with {r['labelText']}")
        want = []
        for k in ('total', 'admin', 'tech'):
            want.append(r[k]['text'])
            if r[k].get('womenText') is not None:
                want.append(r[k]['womenText'])
        for l in cand:
            rest = l[len(N(r['labelText'])):]
            ok = True
            for wv in want:
                if wv not in rest:
                    ok = False
                    break
                rest = rest.replace(wv, '', 1)
            if ok:
                break
        else:
            refuse(f"{r['labelText']}: printed numbers {want} not on its line")
    A = F['assignments']
    need(A['intro'], 'assignment intro')
    for t in A['tracks'].values():
        need(t, 'assignment track')
    for r in A['rows']:
        need(r['unit'], 'assignment unit')
    E = F['exams']
    need(E['title'], 'exam title')
    for e in E['entries']:
        need(e['track'], 'exam track')
        need(e['exam'], 'exam name')
        for b in e['breakdown']:
            need(b['category'], 'exam category')
    for c in F['contacts']:
        for k in ('track', 'office', 'hoursText'):
            need(c[k], 'contact ' + k)
        for t in c['tel']:
            need(t, 'phone')
        for m in c['email']:
            need(m, 'e-mail')
        for t in c['telText']:
            need(t, 'TEL line')
            if not any(''.join(ch for ch in t if ch.isdigit()) == ''.join(ch for ch in p if ch.isdigit()) for p in c['tel']):
                refuse('TEL line digits differ from the phone')
        for t in c['emailText']:
            need(t, 'E-mail line')
            if not any(m in t for m in c['email']):
                refuse('E-mail line without the e-mail')
    need(F['access']['address'], 'address')
    for r in F['access']['routes']:
        need(r.replace('『', '').replace('』', ''), 'route')
    for i in F['initiatives']:
        need(i['title'], 'initiative title')
        need(i['text'], 'initiative text')
    need(F['supportTitle'], 'support title')
    for s in F['supportSystems']:
        for k in ('name', 'durationText', 'text'):
            need(s[k], 'support ' + k)
    need(F['training']['title'], 'training title')
    for t in F['training']['paragraphs']:
        need(t, 'training paragraph')


def standin(F):
    hr = []
    for r in F['hiring']['rows']:
        hr.append({'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                   'total': {'count': r['total']['count'], 'women': r['total']['women']},
                   'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                   'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}})
    return {'organization': F['organization'], 'edition': {'asOf': F['edition']['asOf']}, 'sections': {
        'hiring': {'rows': hr},
        'assignments': {'cohortFiscalYear': F['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in F['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': SE.track(e['track']), 'level': SE.level(e['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for e in F['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in F['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in F['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in F['initiatives']],
        'supportSystems': [{'name': s['name']} for s in F['supportSystems']]}}


KINDS = ['organization', 'edition', 'hiring', 'assignment', 'assignment cohort', 'exam', 'phone', 'email',
         'office', 'route', 'initiative', 'support']


def check_score(F, exp_text):
    drawn = SE.norm(exp_text)
    res = SE.checks(F, standin(F), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        refuse(f'stand-in document misses {bad[:3]}')
    names = [n for n, _ in res]
    for k in KINDS:
        if not any(n == k or n.startswith(k + ' ') for n in names):
            refuse(f'the checks never reach kind {k!r}')
    if any(ok for _, ok in SE.checks(F, {}, drawn)):
        refuse('an empty document scores something')
    return len(res)


def check_pdf(pdf, pages):
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as f:
        f.write(pdf)
        path = f.name
    try:
        for pg in pages:
            out = subprocess.run(['pdftotext', '-enc', 'UTF-8', '-f', str(pg.n), '-l', str(pg.n), path, '-'],
                                 capture_output=True, text=True, check=True).stdout
            got = collections.Counter(nows(out))
            want = collections.Counter(nows(''.join(it['s'] for it in pg.items)))
            if got != want:
                refuse(f'pdftotext page {pg.n} differs: +{dict(got - want)} -{dict(want - got)}')
    finally:
        os.unlink(path)
    n = pdf.count(b'BT 1 0 0 1 ')
    if n != sum(len(p.items) for p in pages):
        refuse(f'{n} text objects for {sum(len(p.items) for p in pages)} text items')
    return n


# ---------------------------------------------------------------- faults (applied after layout)
def apply_fault(fault, F, pages):
    h = F['hiring']['rows']
    if fault == 'overlap':
        it = dict(pages[0].items[5]); it['x'] += 1; it['furn'] = True; pages[0].items.append(it)
    elif fault == 'extra-char':
        pages[0].exp[-1] += '字'
    elif fault == 'total+1':
        h[1]['total']['count'] += 1; h[1]['total']['text'] = str(h[1]['total']['count'])
    elif fault == 'women+1':
        h[2]['total']['women'] += 1; h[2]['total']['womenText'] = str(h[2]['total']['women'])
    elif fault == 'assign+1':
        r = next(r for r in F['assignments']['rows'] if r['admin']); r['admin'] += 1
    elif fault == 'exam+1':
        F['exams']['entries'][0]['breakdown'][0]['count'] += 1
    elif fault == 'email':
        F['contacts'][0]['email'] = ['nobody@example.jp']
    elif fault == 'emoji':
        pages[1].items.append(dict(x=100, y=60, s='\U0001F600', font='G', size=9, furn=True, w=9))
    elif fault == 'margin':
        pages[1].items.append(dict(x=5, y=400, s='余', font='G', size=9, furn=True, w=9))
    elif fault == 'planned-women':
        h[-1]['total']['women'] = 1; h[-1]['total']['womenText'] = '1'
    elif fault == 'planned-first':
        h.insert(0, h.pop())
    elif fault == 'collide':
        e = F['exams']['entries'][0]; b = e['breakdown'][0]
        if b['count'] < 2:
            b = next(x for x in (bb for ee in F['exams']['entries'] for bb in ee['breakdown']) if x['count'] >= 2)
            e = next(ee for ee in F['exams']['entries'] if b in ee['breakdown'])
        b['count'] -= 1
        e['breakdown'].append({'category': b['category'], 'count': 1})
    elif fault == 'dup-unit':
        F['assignments']['rows'].append(dict(F['assignments']['rows'][0]))
    elif fault == 'last-cat+1':
        e = F['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1


FAULTS = ['overlap', 'extra-char', 'total+1', 'women+1', 'assign+1', 'exam+1', 'email', 'emoji', 'margin',
          'planned-women', 'planned-first', 'collide', 'overflow', 'kinsoku', 'dup-unit', 'last-cat+1']


def make(name, fault=None, write=False):
    global FAULT
    FAULT = fault
    WRAPLOG.clear()
    try:
        F, pages = BUILDERS[name]()
    finally:
        FAULT = None
    if fault:
        apply_fault(fault, F, pages)
    F['fixture'] = f'{name}-2026'
    exp_lines = [l for pg in pages for l in pg.exp]
    exp_text = '\n'.join(exp_lines) + '\n'
    check_glyphs(pages)
    check_geometry(pages)
    check_wraps()
    check_text(pages)
    check_arith(F)
    check_printed(F, exp_lines)
    nfacts = check_score(F, exp_text)
    seed = sum(map(ord, name)) * 44
    pdf = render(pages, seed)
    if render(pages, seed) != pdf:
        refuse('two renderings differ')
    nobj = check_pdf(pdf, pages)
    if write:
        os.makedirs(OUT, exist_ok=True)
        base = os.path.join(OUT, f'{name}-2026')
        with open(base + '.pdf', 'wb') as f:
            f.write(pdf)
        with open(base + '.expected.txt', 'w', encoding='utf-8') as f:
            f.write(exp_text)
        with open(base + '.facts.json', 'w', encoding='utf-8') as f:
            json.dump(F, f, ensure_ascii=False, indent=2)
            f.write('\n')
    return nfacts, nobj


def selftest(verbose):
    ok = total = 0
    for name in BUILDERS:
        make(name)
        for fault in FAULTS:
            total += 1
            try:
                make(name, fault)
                print(f'NOT REFUSED: {name} {fault}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'refused {name:9s} {fault:14s} {e}')
    total += 1
    WRAPLOG.clear()
    lines = wrap('あいうえおかきくけ。こさしすせそ', 'G', 10, 90)
    if all(not l.startswith('。') for l in lines[1:]):
        ok += 1
        if verbose:
            print(f'wrap keeps kinsoku: {lines}')
    else:
        print('wrap broke kinsoku', lines)
    print(f'selftest: {ok}/{total} refused or kept')
    return ok == total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    total = 0
    for name in args or list(BUILDERS):
        n, nobj = make(name, write=True)
        total += n
        print(f'{name}-2026: {n} fact checks, {nobj} text objects')
    print(f'all: {total}')


if __name__ == '__main__':
    main()
