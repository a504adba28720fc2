#!/usr/bin/env python3
"""Holdout set 43 (blind): 山口県, 裁判官訴追委員会, 国立天文台.

Self-contained generator: a page model in PDF coordinates, a ruled-table helper with row
and column spans, line breaking with kinsoku, shuffled drawing of one text object per
visual line, the checks listed in holdout43/README.md and a fault-injection self-test.

  python3 Fixtures/generate_holdout43.py               # all three
  python3 Fixtures/generate_holdout43.py naoj          # one (yamaguchi, sotsui, naoj)
  python3 Fixtures/generate_holdout43.py --selftest -v # every injected fault must be refused
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout43')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.28, 841.89
EDGE = 14
NO_START = set('。、，．）」』】〕・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ％')
NO_END = set('（「『【〔')


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width):
    """Greedy line breaking with kinsoku: no line starts with NO_START, none ends with NO_END."""
    lines, cur = [], ''
    for ch in text:
        if cur and sw(cur + ch, font, size) > width:
            nxt = ch
            while cur and (nxt[0] in NO_START or cur[-1] in NO_END):
                nxt = cur[-1] + nxt
                cur = cur[:-1]
            lines.append(cur)
            cur = nxt
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.items, self.gfx, self.lines = [], [], []

    def add(self, text, x, y, font='M', size=9, align='l', maxw=None, wrapped=False, furn=False):
        w = sw(text, font, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = dict(text=text, x=x, y=y, font=font, size=size, w=w, maxw=maxw, wrapped=wrapped, furn=furn)
        self.items.append(it)
        return it

    def t(self, text, x, y, font='M', size=9, align='l', maxw=None):
        it = self.add(text, x, y, font, size, align, maxw)
        self.lines.append(text)
        return it

    def para(self, text, x, y, width, font='M', size=9, lead=14):
        for ln in wrap(text, font, size, width):
            self.add(ln, x, y, font, size, maxw=width, wrapped=True)
            self.lines.append(ln)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def rule(self, x1, y1, x2, y2, color=(0.3, 0.3, 0.3), lw=0.5):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw))

    def heading(self, text, y, color, x=40, w=515):
        self.rect(x, y - 4, 4, 15, fill=color)
        self.rule(x, y - 6, x + w, y - 6, color, 0.8)
        self.t(text, x + 9, y, 'G', 11.5)
        return y - 22


def joincell(lines):
    out = lines[0]
    for ln in lines[1:]:
        out += (' ' if ln[:1].isascii() and ln[:1].isalpha() else '') + ln
    return out


def table(pg, x, ytop, colw, rows, rh=17, font='M', size=8.5, head=1, tint=(), headfill=(0.88, 0.9, 0.94),
          aligns=None, pad=4):
    """rows: list of rows; a cell is None (covered by a span), a str, or a dict t (str or list of lines),
    cs, rs, font, align.  Expected line per row: cells TAB-joined, covered cells as empty strings."""
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    heights = [rh if not isinstance(r, tuple) else r[0] for r in rows]
    rows = [r if not isinstance(r, tuple) else r[1] for r in rows]
    ys = [ytop]
    for h in heights:
        ys.append(ys[-1] - h)
    for ri, row in enumerate(rows):
        if ri < head:
            pg.rect(x, ys[ri + 1], xs[-1] - x, heights[ri], fill=headfill)
        elif ri in tint:
            pg.rect(x, ys[ri + 1], xs[-1] - x, heights[ri], fill=(0.97, 0.93, 0.84))
    for ri, row in enumerate(rows):
        cells = []
        for ci, c in enumerate(row):
            if c is None:
                cells.append('')
                continue
            if isinstance(c, str):
                c = dict(t=c)
            lines = c['t'] if isinstance(c['t'], list) else [c['t']]
            cs, rs = c.get('cs', 1), c.get('rs', 1)
            x0, x1 = xs[ci], xs[ci + cs]
            y1, y0 = ys[ri], ys[ri + rs]
            pg.rect(x0, y0, x1 - x0, y1 - y0, stroke=(0.35, 0.35, 0.35))
            f = c.get('font', 'G' if ri < head else font)
            al = c.get('align') or ('c' if ri < head else (aligns[ci] if aligns else 'l'))
            n = len(lines)
            lead = size * 1.25
            base = (y1 + y0) / 2 + (n - 1) * lead / 2 - size * 0.35
            for k, ln in enumerate(lines):
                fs = c.get('sizes', [size] * n)[k]
                ff = 'Helvetica' if ln.isascii() and c.get('latin') else f
                tx = {'l': x0 + pad, 'r': x1 - pad, 'c': (x0 + x1) / 2}[al]
                pg.add(ln, tx, base - k * lead, ff, fs, al, maxw=x1 - x0 - 2 * pad)
            cells.append(joincell(lines))
        pg.lines.append('\t'.join(cells))
    return ys[-1]


def era(fy):
    return f'令和{fy - 2018}年度'


# ---------------------------------------------------------------------------------------------
# content

def hrow(fy, admin, tech, total, planned=False, label=None, printed=(), aw=None, tw=None, ttw=None):
    def part(n, w):
        d = dict(count=n, text=str(n), women=w)
        if w is not None:
            d['womenText'] = str(w)
        return d
    return dict(fiscalYear=fy, label=era(fy), labelText=label or era(fy), planned=planned,
                total=part(total, ttw), admin=part(admin, aw), tech=part(tech, tw)), list(printed)


def common_facts(name, org, document, asof, asoftext, lead):
    return dict(organization=org, document=document,
                edition=dict(year=2026, asOf=asof, asOfText=asoftext),
                lead=dict(title='', text=[lead]))


def masthead(pg, color, org, sub, ed, kicker=None):
    pg.rect(0, H - 96, W, 96, fill=color)
    y = H - 58
    if kicker:
        pg.t(kicker, 40, H - 30, 'G', 8.5)
    a = pg.add(org, 40, y, 'M', 26)
    b = pg.add(sub, 40 + a['w'] + 10, y, 'G', 14)
    pg.lines.append(org + ' ' + sub)
    pg.t(ed, W - 40, y, 'G', 9, align='r')


def pageno(pg, n, total):
    pg.add(f'- {n} -', W / 2, 24, 'Helvetica', 8, 'c', furn=True)


def contact_block(pg, y, heading, office, tel, mail, hours, color):
    y = pg.heading(heading, y, color)
    pg.t(office, 48, y, 'G', 9.5)
    pg.t('TEL ' + tel, 48, y - 15, 'Helvetica', 9)
    pg.t('E-mail ' + mail, 48, y - 29, 'Helvetica', 9)
    pg.t(hours, 48, y - 43, 'M', 8.5)
    return y - 62


def access_block(pg, y, address, routes, color, mark='■'):
    y = pg.heading('アクセス', y, color)
    pg.t(address, 48, y, 'M', 9)
    y -= 15
    for r in routes:
        pg.t(mark + r.replace('『', '').replace('』', ''), 48, y, 'M', 9)
        y -= 14
    return y


def support_facts(rows):
    return [dict(name=n, duration=d, durationText=d, text=t) for n, d, t in rows]


def build_yamaguchi():
    C = (0.55, 0.12, 0.16)
    LEAD = '瀬戸内海と日本海、二つの海に面した山口県。人口減少や産業の転換といった課題に正面から向き合い、県民とともに「活力みなぎる山口県」をつくる職員を求めています。'
    f = common_facts('yamaguchi', '山口県', '山口県 職員採用案内', '2026-03', '令和8年3月発行', LEAD)
    # admin plan, admin actual (women), tech plan, tech actual (women)
    data = [(2021, 45, 47, 20, 30, 27, 6), (2022, 48, 46, 21, 30, 29, 7), (2023, 50, 52, 24, 32, 30, 8),
            (2024, 50, 49, 23, 33, 31, 9), (2025, 52, 53, 26, 34, 32, 10)]
    rows, printed, trows = [], [], []
    for fy, ap, aa, aw, tp, ta, tw in data:
        r, p = hrow(fy, aa, ta, aa + ta, aw=aw, tw=tw, ttw=aw + tw,
                    printed=[str(aa), str(aw), str(ta), str(tw), str(aa + ta), str(aw + tw)])
        rows.append(r); printed.append(p)
        trows.append([era(fy), str(ap), f'{aa}（{aw}）', str(tp), f'{ta}（{tw}）', str(ap + tp), f'{aa + ta}（{aw + tw}）'])
    r, p = hrow(2026, 55, 35, 90, planned=True, label='令和8年度（予定）', printed=['55', '35', '90'])
    rows.append(r); printed.append(p)
    trows.append(['令和8年度（予定）', '55', '－', '35', '－', '90', '－'])
    HNOTE = '※採用予定数は試験案内で公表した数、採用者数は実際に採用した数です。（　）内はうち女性です。'
    f['hiring'] = dict(intro=['採用予定数と採用者数の推移（単位：人）'], note=[HNOTE],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='PLAN-VS-ACTUAL column pairs: 採用予定数 | 採用者数 under each of 事務職 / 技術職 / 計; past plans are decoys; the planned year has only 採用予定数 (採用者数 －)',
                       rows=rows)
    asg = [('総務部', 6, None), ('総合企画部', 5, None), ('健康福祉部', 9, 2), ('農林水産部', 4, 9),
           ('土木建築部', 3, 15), ('県民局・事務所', 20, 6), ('教育庁', 6, None)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                            tracks=dict(admin='事務職', tech='技術職'), layout='ruled 配属先 | 事務職 | 技術職',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in asg])
    ex = [('事務職', '大学卒業程度', '行政', 42, '42名（うち社会人経験者枠6名）'),
          ('事務職', '大学卒業程度', '警察事務', 5, '5名'),
          ('事務職', '高校卒業程度', '一般事務', 8, '8名'),
          ('技術職', '大学卒業程度', '総合土木', 20, '20名（うち社会人経験者枠4名）'),
          ('技術職', '大学卒業程度', '建築', 4, '4名'),
          ('技術職', '大学卒業程度', '農業', 6, '6名（うち社会人経験者枠1名）'),
          ('技術職', '高校卒業程度', '土木', 5, '5名')]
    f['exams'] = exams_facts('令和8年度 試験区分別の採用予定', ex,
                             'ruled 区分 | 試験 | 職種 | 採用予定数; count cells with an INNER （うち社会人経験者枠n名） decoy')
    f['training'] = dict(title='研修制度', paragraphs=[
        '新規採用職員研修に始まり、3年目・5年目の階層別研修、政策形成研修など、段階に応じた研修を自治研修所で行います。',
        '市町や国の機関への派遣、民間企業での研修の機会もあります。'])
    f['initiatives'] = [
        dict(title='テレワークの推進', text='モバイル端末を全職員に配備し、在宅勤務やサテライトオフィスでの勤務ができます。'),
        dict(title='時差出勤', text='7時から10時までの間で始業時刻を選べ、子育てや通院と両立できます。'),
        dict(title='男性職員の育児参加', text='子が生まれる職員には所属長が面談し、休暇の取得計画づくりを支援します。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と子育て・介護の両立支援'
    SUP = [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
           ('育児短時間勤務', '子が小学校就学の始期に達するまで', '週19時間25分などの勤務形態から選べます。'),
           ('部分休業', '子が小学校就学の始期に達するまで', '1日2時間まで、30分単位で勤務しないことができます。'),
           ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')]
    f['supportSystems'] = support_facts(SUP)
    f['contacts'] = [dict(track='主な採用窓口', office='山口県人事委員会事務局 任用課', tel=['083-933-4412'],
                          email=['a17400@pref.yamaguchi.lg.jp'], location='',
                          telText=['TEL 083-933-4412'], emailText=['E-mail a17400@pref.yamaguchi.lg.jp'],
                          hoursText='受付時間 平日8:30～17:15')]
    f['access'] = dict(address='〒753-8501 山口県山口市滝町1-1',
                       routes=['JR山口線『山口』駅から徒歩約15分', 'JR山口線『上山口』駅から徒歩約10分'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(plans='the 採用予定数 columns of the actual years', inner='the （うち社会人経験者枠n名） counts inside the exam cells and their note',
                       hours='the 受付時間 line')
    # ---- page 1
    p1 = Page()
    masthead(p1, (0.93, 0.86, 0.86), '山口県', '職員採用案内', '令和8年3月発行')
    y = p1.para(LEAD, 40, H - 124, 515, 'M', 9.5, 15)
    y = p1.heading('採用実績', y - 8, C)
    p1.t('採用予定数と採用者数の推移（単位：人）', 40, y, 'G', 9)
    y -= 8
    head = [[dict(t='年度', rs=2), dict(t='事務職', cs=2), None, dict(t='技術職', cs=2), None, dict(t='計', cs=2), None],
            [None, '採用予定数', '採用者数', '採用予定数', '採用者数', '採用予定数', '採用者数']]
    y = table(p1, 40, y, [95, 70, 70, 70, 70, 70, 70], head + trows, head=2, tint=(7,),
              aligns=['l', 'r', 'r', 'r', 'r', 'r', 'r'])
    y = p1.para(HNOTE, 40, y - 13, 515, 'M', 8)
    y = p1.heading('配属実績', y - 6, C)
    p1.t('令和7年度採用者の配属先（単位：人）', 40, y, 'G', 9)
    y = table(p1, 40, y - 8, [200, 80, 80], [['配属先', '事務職', '技術職']] +
              [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg], rh=16, aligns=['l', 'r', 'r'])
    y = p1.heading('試験区分別の採用予定', y - 22, C)
    p1.t('令和8年度 試験区分別の採用予定', 40, y, 'G', 9)
    y = table(p1, 40, y - 8, [80, 110, 110, 215], [['区分', '試験', '職種', '採用予定数']] +
              [[a, b, c, e] for a, b, c, d, e in ex], rh=16)
    EN = '※（　）内の社会人経験者枠は、採用予定数の内数です。'
    p1.para(EN, 40, y - 13, 515, 'M', 8)
    f['exams']['note'] = EN
    pageno(p1, 1, 2)
    # ---- page 2
    p2 = Page()
    y = p2.heading('働き方改革の取組', H - 50, C)
    for i in f['initiatives']:
        p2.t('■' + i['title'], 44, y, 'G', 9.5)
        y = p2.para(i['text'], 56, y - 14, 499, 'M', 9) - 4
    y = p2.heading(f['supportTitle'], y - 8, C)
    srows = [['制度', '期間', '内容'],
             [SUP[0][0], SUP[0][1], SUP[0][2]],
             [SUP[1][0], dict(t=['子が小学校就学の', '始期に達するまで'], rs=2), SUP[1][2]],
             [SUP[2][0], None, SUP[2][2]],
             [SUP[3][0], SUP[3][1], SUP[3][2]]]
    y = table(p2, 40, y, [100, 140, 275], srows, rh=18)
    # the span is printed on two lines: the fact is the joined text
    y = p2.heading(f['training']['title'], y - 22, C)
    for ptxt in f['training']['paragraphs']:
        y = p2.para(ptxt, 40, y, 515, 'M', 9)
    c = f['contacts'][0]
    y = contact_block(p2, y - 10, c['track'], c['office'], c['tel'][0], c['email'][0], c['hoursText'], C)
    access_block(p2, y, f['access']['address'], f['access']['routes'], C)
    pageno(p2, 2, 2)
    return f, [p1, p2], printed


def exams_facts(title, ex, layout):
    entries = []
    for tr, exam, cat, n, *_ in ex:
        if entries and entries[-1]['track'] == tr and entries[-1]['exam'] == exam:
            entries[-1]['breakdown'].append(dict(category=cat, count=n))
            entries[-1]['total'] += n
        else:
            entries.append(dict(track=tr, exam=exam, text='', breakdown=[dict(category=cat, count=n)], total=n))
    return dict(title=title, fiscalYear=2026, textSynthesised=False, layout=layout, entries=entries)


def build_sotsui():
    C = (0.13, 0.22, 0.42)
    LEAD = '裁判官訴追委員会は、国会に置かれ、裁判官の罷免の訴追を担う機関です。事務局の一員として、委員会の公正な運営を支えてください。'
    f = common_facts('sotsui', '裁判官訴追委員会', '裁判官訴追委員会 事務局職員採用案内', '2026-04', '2026年4月発行', LEAD)
    # (fy, admin 総合, admin 一般, tech 総合, tech 一般, total women)
    data = [(2021, 1, 3, 0, 1, 2), (2022, 1, 4, 0, 1, 3), (2023, 2, 3, 1, 1, 3), (2024, 1, 4, 0, 2, 4),
            (2025, 2, 4, 1, 1, 4)]
    rows, printed, trows = [], [], []
    for fy, a1, a2, t1, t2, w in data:
        r, p = hrow(fy, a1 + a2, t1 + t2, a1 + a2 + t1 + t2, ttw=w,
                    printed=[str(a1), str(a2), str(t1), str(t2), str(a1 + a2 + t1 + t2), str(w)])
        r['admin']['parts'] = [a1, a2]; r['tech']['parts'] = [t1, t2]
        rows.append(r); printed.append(p)
        trows.append([era(fy), str(a1), str(a2), str(t1), str(t2), f'{a1 + a2 + t1 + t2}（{w}）'])
    r, p = hrow(2026, 6, 3, 9, planned=True, label='令和8年度（予定）', printed=['2', '4', '1', '2', '9'])
    r['admin']['parts'] = [2, 4]; r['tech']['parts'] = [1, 2]
    rows.append(r); printed.append(p)
    trows.append(['令和8年度（予定）', '2', '4', '1', '2', '9'])
    HNOTE = '※（　）内はうち女性です。各系の人数は総合職と一般職の合計です。令和8年度は採用予定数です。'
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=[HNOTE], tracks=dict(admin='事務系', tech='技術系'),
                       textSynthesised=True,
                       layout='two-row header: 事務系 / 技術系 each SPLIT INTO 総合職 | 一般職 SUB-COLUMNS with NO track subtotal (track = 総合職 + 一般職, text synthesised), 計 with women in （ ）',
                       rows=rows)
    asg = [('総務課', 2, None), ('調査課', 3, None), ('記録課', 1, None), ('情報管理室', None, 2)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='配属実績（令和7年度採用者）', tracks=dict(admin='事務系', tech='技術系'),
                            layout='ruled 配属先 | 事務系 | 技術系', rows=[dict(unit=u, admin=a, tech=t) for u, a, t in asg])
    ex = [('事務系', '総合職試験（院卒者試験）', '行政', 1), ('事務系', '総合職試験（大卒程度試験）', '法律', 1),
          ('事務系', '一般職試験（大卒程度試験）', '行政', 4), ('技術系', '総合職試験（大卒程度試験）', 'デジタル', 1),
          ('技術系', '一般職試験（大卒程度試験）', '電気・電子・情報', 2)]
    f['exams'] = exams_facts('令和8年度 試験区分別の採用予定', ex, 'ruled 区分 | 試験 | 試験区分 | 採用予定数')
    f['training'] = dict(title='研修', paragraphs=['採用後は衆議院・参議院の事務局と合同の初任研修を受け、法令・記録管理の基礎を学びます。',
                                                  '3年目以降は、国会図書館や各府省での実務研修にも参加できます。'])
    f['initiatives'] = [dict(title='定時退庁日', text='毎週水曜日を定時退庁日とし、幹部職員が声をかけます。'),
                        dict(title='休暇の計画取得', text='国会の閉会中に、年次休暇をまとめて取得する計画を立てます。'),
                        dict(title='文書の電子化', text='審査記録を電子化し、資料検索の時間を大きく減らしました。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    SUP = [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
           ('子の看護休暇', '年5日（子が2人以上は年10日）', '時間単位でも取得できます。'),
           ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')]
    f['supportSystems'] = support_facts(SUP)
    offices = ['裁判官訴追委員会事務局 総務課 人事係（事務系）', '裁判官訴追委員会事務局 情報管理室（技術系）']
    f['contacts'] = [dict(track='お問い合わせ', office=o, tel=['03-3581-5236'], email=['saiyo@sotsui.go.jp'], location='',
                          telText=['TEL 03-3581-5236'], emailText=['E-mail saiyo@sotsui.go.jp'],
                          hoursText='受付時間 平日9:30～18:00') for o in offices]
    f['access'] = dict(address='〒100-8982 東京都千代田区永田町1-11-16',
                       routes=['東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 1番出口から徒歩約5分',
                               '東京メトロ有楽町線・半蔵門線・南北線『永田町』駅 1番出口から徒歩約5分'], routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(subcolumns='the 総合職 / 一般職 sub-column figures (parts, not tracks)', hours='the 受付時間 line',
                       brace='two offices share one TEL / E-mail through a drawn brace')
    p1 = Page()
    masthead(p1, (0.86, 0.89, 0.95), '裁判官訴追委員会', '事務局職員採用案内', '2026年4月発行')
    y = p1.para(LEAD, 40, H - 124, 515, 'M', 9.5, 15)
    y = p1.heading('採用実績', y - 8, C)
    p1.t('採用者数の推移（単位：人）', 40, y, 'G', 9)
    head = [[dict(t='年度', rs=2), dict(t='事務系', cs=2), None, dict(t='技術系', cs=2), None, dict(t='計', rs=2)],
            [None, '総合職', '一般職', '総合職', '一般職', None]]
    y = table(p1, 40, y - 8, [110, 70, 70, 70, 70, 80], head + trows, head=2, tint=(7,),
              aligns=['l', 'r', 'r', 'r', 'r', 'r'])
    y = p1.para(HNOTE, 40, y - 13, 515, 'M', 8)
    y = p1.heading('配属実績', y - 6, C)
    p1.t('配属実績（令和7年度採用者）', 40, y, 'G', 9)
    y = table(p1, 40, y - 8, [200, 80, 80], [['配属先', '事務系', '技術系']] +
              [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg], aligns=['l', 'r', 'r'])
    y = p1.heading('試験区分別の採用予定', y - 22, C)
    p1.t('令和8年度 試験区分別の採用予定', 40, y, 'G', 9)
    table(p1, 40, y - 8, [80, 180, 150, 80], [['区分', '試験', '試験区分', '採用予定数']] +
          [[a, b, c, f'{d}名'] for a, b, c, d in ex], aligns=['l', 'l', 'l', 'r'])
    pageno(p1, 1, 2)
    p2 = Page()
    y = p2.heading('働き方改革', H - 50, C)
    for i in f['initiatives']:
        p2.t('●' + i['title'], 44, y, 'G', 9.5)
        y = p2.para(i['text'], 56, y - 14, 499, 'M', 9) - 4
    y = p2.heading(f['supportTitle'], y - 8, C)
    y = table(p2, 40, y, [100, 170, 245], [['制度', '期間', '内容']] + [list(s) for s in SUP])
    y = p2.heading(f['training']['title'], y - 22, C)
    for ptxt in f['training']['paragraphs']:
        y = p2.para(ptxt, 40, y, 515, 'M', 9)
    y = p2.heading('お問い合わせ', y - 10, C)
    p2.t(offices[0], 48, y, 'G', 9.5)
    p2.t(offices[1], 48, y - 18, 'G', 9.5)
    bx = 48 + max(sw(o, 'G', 9.5) for o in offices) + 10
    yt, yb = y + 9, y - 21
    p2.gfx.append(('brace', bx, yb, yt, C))
    p2.t('TEL 03-3581-5236', bx + 22, y + 1, 'Helvetica', 9)
    p2.t('E-mail saiyo@sotsui.go.jp', bx + 22, y - 13, 'Helvetica', 9)
    p2.t('受付時間 平日9:30～18:00', 48, y - 40, 'M', 8.5)
    access_block(p2, y - 60, f['access']['address'], f['access']['routes'], C)
    pageno(p2, 2, 2)
    return f, [p1, p2], printed


def build_naoj():
    C = (0.1, 0.15, 0.35)
    LEAD = '国立天文台は、すばる望遠鏡やアルマ望遠鏡を運用し、宇宙の謎に挑む研究機関です。観測と研究を支える事務職員・技術職員を募集します。'
    f = common_facts('naoj', '国立天文台', '国立天文台 職員採用案内', '2026-02', '2026年2月発行', LEAD)
    data = [(2021, 5, 2, 4, 1), (2022, 6, 3, 3, 1), (2023, 4, 2, 7, 2), (2024, 6, 2, 5, 1), (2025, 5, 3, 6, 2)]
    rows, printed, trows = [], [], []
    for fy, a, aw, t, tw in data:
        r, p = hrow(fy, a, t, a + t, aw=aw, tw=tw, ttw=aw + tw, printed=[str(a), str(aw), str(t), str(tw), str(a + t), str(aw + tw)])
        rows.append(r); printed.append(p)
        trows.append([era(fy), f'{a}（{aw}）', f'{t}（{tw}）', f'{a + t}（{aw + tw}）', era(fy)])
    r, p = hrow(2026, 6, 6, 12, planned=True, label='令和8年度（予定）', printed=['6', '6', '12'])
    rows.append(r); printed.append(p)
    trows.append(['令和8年度（予定）', '6', '6', '12', '令和8年度（予定）'])
    NOTES = ['※令和5年度の技術職員は、内定後の辞退者1名を除いた数です（当初の内定者は8名）。',
             '※（　）内はうち女性です。令和8年度は採用予定数です。']
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=NOTES, tracks=dict(admin='事務職員', tech='技術職員'),
                       textSynthesised=False,
                       layout='years down, the YEAR LABEL REPEATED AT THE RIGHT END of every row (年度 | 事務職員 | 技術職員 | 計 | 年度); a footnote revising the 令和5年度 technical figure with decoys (辞退者1名, 当初8名)',
                       rows=rows)
    asg = [('事務部 総務課', 2, None), ('事務部 財務課', 2, None), ('研究力強化戦略室', 1, None),
           ('先端技術センター', None, 3), ('天文データセンター', None, 2), ('ハワイ観測所', None, 1)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）', tracks=dict(admin='事務職員', tech='技術職員'),
                            layout='ruled 配属先 | 事務職員 | 技術職員', rows=[dict(unit=u, admin=a, tech=t) for u, a, t in asg])
    ex = [('事務職員', '大学卒業程度（統一採用試験）', '一般事務', 5), ('事務職員', '大学卒業程度（統一採用試験）', '図書', 1),
          ('技術職員', '大学卒業程度（機関独自選考）', '電気・電子', 2), ('技術職員', '大学院修了程度（機関独自選考）', '機械', 2),
          ('技術職員', '大学院修了程度（機関独自選考）', '情報', 2)]
    f['exams'] = exams_facts('令和8年度 採用予定', ex, 'ruled 区分 | 試験 | 採用区分 | 採用予定数')
    f['training'] = dict(title='人材育成', paragraphs=['採用後は自然科学研究機構の新任職員研修に参加し、機構の5研究所の仕事を知ります。',
                                                      '技術職員は、ハワイやチリの観測所での長期出張を通じて、観測装置の運用を学びます。'])
    f['initiatives'] = [dict(title='フレックスタイム制', text='夜間観測の翌日は始業を遅らせるなど、勤務時間を柔軟に割り振れます。'),
                        dict(title='在宅勤務', text='データ解析や事務作業は、週2日まで自宅で行えます。'),
                        dict(title='キャンパス内保育', text='三鷹キャンパスの近くに提携保育所があり、送迎の負担を減らせます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と家庭の両立支援'
    SUP = [('産前・産後休暇', '産前6週間・産後8週間', '多胎妊娠の場合、産前は14週間です。'),
           ('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
           ('介護休業', '通算93日まで', '3回まで分割して取得できます。')]
    f['supportSystems'] = support_facts(SUP)
    f['contacts'] = [dict(track='採用に関するお問い合わせ', office='国立天文台 事務部 総務課 人事係', tel=['0422-34-3600'],
                          email=['jinji-saiyo@nao.ac.jp'], location='', telText=['TEL 0422-34-3600'],
                          emailText=['E-mail jinji-saiyo@nao.ac.jp'], hoursText='受付時間 平日9:00～17:00')]
    f['access'] = dict(address='〒181-8588 東京都三鷹市大沢2-21-1',
                       routes=['JR中央線『武蔵境』駅から小田急バス「天文台前」下車すぐ', '京王線『調布』駅から小田急バス「天文台前」下車すぐ'],
                       routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(rightlabel='the year label repeated at the right end of each hiring row',
                       revision='the 辞退者1名 / 当初8名 figures of the first note', kicker='大学共同利用機関法人 自然科学研究機構',
                       hours='the 受付時間 line')
    p1 = Page()
    masthead(p1, (0.85, 0.88, 0.96), '国立天文台', '職員採用案内', '2026年2月発行', kicker='大学共同利用機関法人 自然科学研究機構')
    y = p1.para(LEAD, 40, H - 124, 515, 'M', 9.5, 15)
    y = p1.heading('採用実績', y - 8, C)
    p1.t('採用者数の推移（単位：人）', 40, y, 'G', 9)
    y = table(p1, 40, y - 8, [110, 90, 90, 90, 110], [['年度', '事務職員', '技術職員', '計', '年度']] + trows,
              tint=(6,), aligns=['l', 'r', 'r', 'r', 'r'])
    for n in NOTES:
        y = p1.para(n, 40, y - 13, 515, 'M', 8) + 9
    y = p1.heading('配属実績', y - 14, C)
    p1.t('令和7年度採用者の配属先（単位：人）', 40, y, 'G', 9)
    AW = {'事務部 総務課': (1, None), '事務部 財務課': (1, None), '研究力強化戦略室': (1, None),
          '先端技術センター': (None, 1), '天文データセンター': (None, 1), 'ハワイ観測所': (None, 0)}
    f['decoys']['assignmentWomen'] = dict(admin={u: w[0] for u, w in AW.items() if w[0] is not None},
                                          tech={u: w[1] for u, w in AW.items() if w[1] is not None})
    f['assignments']['layout'] = 'ruled 配属先 | 事務職員 | うち女性 | 技術職員 | うち女性: a DECOY WOMEN COLUMN after each track column (the women are no facts)'
    dash = lambda v: '－' if v is None else str(v)
    y = table(p1, 40, y - 8, [190, 75, 75, 75, 75], [['配属先', '事務職員', 'うち女性', '技術職員', 'うち女性']] +
              [[u, dash(a), dash(AW[u][0]), dash(t), dash(AW[u][1])] for u, a, t in asg], aligns=['l', 'r', 'r', 'r', 'r'])
    pageno(p1, 1, 2)
    p2 = Page()
    y = p2.heading('令和8年度 採用予定', H - 50, C)
    y = table(p2, 40, y, [80, 200, 120, 80], [['区分', '試験', '採用区分', '採用予定数']] +
              [[a, b, c, f'{d}名'] for a, b, c, d in ex], aligns=['l', 'l', 'l', 'r'])
    y = p2.heading('働きやすい環境づくり', y - 22, C)
    for i in f['initiatives']:
        p2.t('◆' + i['title'], 44, y, 'G', 9.5)
        y = p2.para(i['text'], 56, y - 14, 499, 'M', 9) - 4
    y = p2.heading(f['supportTitle'], y - 8, C)
    y = table(p2, 40, y, [100, 150, 265], [['制度', '期間', '内容']] + [list(s) for s in SUP])
    y = p2.heading(f['training']['title'], y - 22, C)
    for ptxt in f['training']['paragraphs']:
        y = p2.para(ptxt, 40, y, 515, 'M', 9)
    c = f['contacts'][0]
    y = contact_block(p2, y - 10, c['track'], c['office'], c['tel'][0], c['email'][0], c['hoursText'], C)
    access_block(p2, y, f['access']['address'], f['access']['routes'], C)
    pageno(p2, 2, 2)
    return f, [p1, p2], printed


BUILDERS = dict(yamaguchi=build_yamaguchi, sotsui=build_sotsui, naoj=build_naoj)


# ---------------------------------------------------------------------------------------------
# drawing

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for pg in pages:
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, color, lw = g
                c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
            elif g[0] == 'brace':  # a right curly brace from yb to yt at x
                _, x, yb, yt, color = g
                ym = (yb + yt) / 2
                c.setStrokeColorRGB(*color); c.setLineWidth(1)
                p = c.beginPath()
                p.moveTo(x, yt); p.curveTo(x + 6, yt, x + 5, ym, x + 11, ym)
                p.moveTo(x, yb); p.curveTo(x + 6, yb, x + 5, ym, x + 11, ym)
                c.drawPath(p, stroke=1, fill=0)
            c.restoreState()
        order = list(range(len(pg.items)))
        rnd.shuffle(order)
        for i in order:
            it = pg.items[i]
            c.saveState()
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# checks

def norm(s):
    return score_extract.norm(s)


def nows(s):
    return ''.join(s.split())


def bbox(it):
    return (it['x'], it['y'] - 0.14 * it['size'], it['x'] + it['w'], it['y'] + 0.86 * it['size'])


def check_layout(pages, errs):
    for pn, pg in enumerate(pages, 1):
        for it in pg.items:
            t = it['text']
            if it['font'] in ('G', 'M'):
                cmap = pdfmetrics.getFont(it['font']).face.charToGlyph
                bad = [ch for ch in t if ord(ch) not in cmap]
            else:
                bad = [ch for ch in t if not (32 <= ord(ch) < 127)]
            if bad:
                errs.append(f'glyph: p{pn} {t!r} lacks {bad}')
            x0, y0, x1, y1 = bbox(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                errs.append(f'margin: p{pn} {t!r} at ({x0:.0f},{y0:.0f})')
            it['w'] = sw(t, it['font'], it['size']) if it['font'] != 'Helvetica' or not bad else it['w']
            if it['maxw'] is not None and it['w'] > it['maxw'] + 0.01:
                errs.append(f'overflow: p{pn} {t!r} {it["w"]:.1f} > {it["maxw"]:.1f}')
            if it['wrapped'] and (t[:1] in NO_START or t[-1:] in NO_END):
                errs.append(f'kinsoku: p{pn} {t!r}')
        bs = [bbox(it) for it in pg.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if min(a[2], b[2]) - max(a[0], b[0]) > 0.2 and min(a[3], b[3]) - max(a[1], b[1]) > 0.2:
                    errs.append(f'overlap: p{pn} {pg.items[i]["text"]!r} / {pg.items[j]["text"]!r}')


def check_expected(pages, expected_pages, errs):
    for pn, (pg, exp) in enumerate(zip(pages, expected_pages), 1):
        drawn = Counter(nows(''.join(it['text'] for it in pg.items if not it['furn'])))
        want = Counter(nows(exp))
        if drawn != want:
            errs.append(f'multiset: p{pn} drawn-expected {dict(drawn - want)} expected-drawn {dict(want - drawn)}')


def check_arith(f, errs):
    h = f['hiring']
    rows = h['rows']
    for r in rows:
        tag = r['labelText']
        if r['label'] != era(r['fiscalYear']):
            errs.append(f'arith: {tag} label')
        for k in ('total', 'admin', 'tech'):
            p = r[k]
            if p['text'] != str(p['count']):
                errs.append(f'arith: {tag} {k} text')
            if p['women'] is not None and (p.get('womenText') != str(p['women']) or p['women'] > p['count']):
                errs.append(f'arith: {tag} {k} women text / women > heads')
            if 'parts' in p and sum(p['parts']) != p['count']:
                errs.append(f'arith: {tag} {k} parts')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            errs.append(f'arith: {tag} total != admin + tech')
        if r['admin']['women'] is not None and r['tech']['women'] is not None and \
                r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            errs.append(f'arith: {tag} women total')
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                errs.append(f'arith: planned women on {tag}')
        elif r['total']['women'] is None:
            errs.append(f'arith: {tag} actual row without total women')
    actual = [r for r in rows if not r['planned']]
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']:
        errs.append('arith: planned row not exactly one / not last')
    ys = [r['fiscalYear'] for r in actual]
    if len(ys) < 5 or ys != list(range(ys[0], ys[0] + len(ys))):
        errs.append('arith: actual years not >= 5 consecutive')
    last = max(ys) if ys else 0
    if planned and not (planned[0]['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear'] == last + 1):
        errs.append('arith: planned year / edition / exam year')
    byyear = {r['fiscalYear']: r for r in rows}
    a = f['assignments']
    if a['cohortFiscalYear'] != last:
        errs.append('arith: cohort')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        errs.append('dup: assignment unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                errs.append(f'arith: assignment {r["unit"]} {k} <= 0')
    co = byyear.get(a['cohortFiscalYear'])
    for k in ('admin', 'tech'):
        s = sum(r[k] or 0 for r in a['rows'])
        if co is None or s != co[k]['count']:
            errs.append(f'arith: assignment sum {k} {s}')
    aw = f.get('decoys', {}).get('assignmentWomen')
    if aw and co is not None:
        for k in ('admin', 'tech'):
            cnt = {r['unit']: r[k] for r in a['rows']}
            if sum(aw[k].values()) != co[k]['women'] or any(w > (cnt.get(u) or 0) for u, w in aw[k].items()):
                errs.append(f'arith: assignment women {k}')
    e = f['exams']
    per = {'administrative': 0, 'technical': 0}
    keys = set()
    for en in e['entries']:
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            errs.append(f'arith: exam entry total {en["exam"]}')
        tr = score_extract.track(en['track'])
        if tr == 'other':
            errs.append(f'arith: exam track {en["track"]} maps to other')
            continue
        for b in en['breakdown']:
            key = (tr, score_extract.level(en['exam']), norm(b['category']))
            if key in keys:
                errs.append(f'collision: exam key {key}')
            keys.add(key)
            per[tr] += b['count']
    if planned:
        if per['administrative'] != planned[0]['admin']['count'] or per['technical'] != planned[0]['tech']['count']:
            errs.append(f'tracks-vs-planned: exam {per} vs planned')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            errs.append(f'arith: support duration {s["name"]}')


def check_printed(f, expected, printed, errs):
    allx = norm(expected)
    lines = expected.split('\n')

    def need(s, what):
        if s and norm(s) not in allx:
            errs.append(f'printed: {what} {s!r}')
    need(f['organization'], 'organization'); need(f['edition']['asOfText'], 'edition')
    for t in f['lead']['text']: need(t, 'lead')
    h = f['hiring']
    for t in h['intro'] + h['note']: need(t, 'hiring intro/note')
    for t in h['tracks'].values(): need(t, 'hiring track')
    for r, pr in zip(h['rows'], printed):
        need(r['labelText'], 'label')
        line = next((ln for ln in lines if ln.startswith(r['labelText'] + '\t')), None)
        if line is None:
            errs.append(f'printed: no expected line for {r["labelText"]}')
            continue
        nums = Counter(re.findall(r'\d+', line[len(r['labelText']):].split('\t令和')[0]))
        want = Counter(pr)
        if want - nums:
            errs.append(f'printed: hiring {r["labelText"]} numbers {dict(want - nums)} not on its line')
        if not h['textSynthesised']:
            for k in ('total', 'admin', 'tech'):
                for v in (r[k]['text'], r[k].get('womenText')):
                    if v and v not in nums:
                        errs.append(f'printed: hiring {r["labelText"]} {k} {v} not on its line')
        else:
            for v in (r['total']['text'], r['total'].get('womenText')):
                if v and v not in nums:
                    errs.append(f'printed: hiring {r["labelText"]} total {v} not on its line')
    a = f['assignments']
    need(a['intro'], 'assignment intro')
    for t in a['tracks'].values(): need(t, 'assignment track')
    for r in a['rows']: need(r['unit'], 'unit')
    e = f['exams']
    need(e['title'], 'exam title')
    for en in e['entries']:
        need(en['track'], 'exam track'); need(en['exam'], 'exam')
        for b in en['breakdown']: need(b['category'], 'category')
    for c in f['contacts']:
        need(c['track'], 'contact track'); need(c['office'], 'office'); need(c['hoursText'], 'hours')
        for t in c['tel'] + c['email'] + c['telText'] + c['emailText']: need(t, 'contact')
        for tt, t in zip(c['telText'], c['tel']):
            if re.sub(r'\D', '', tt) != re.sub(r'\D', '', t):
                errs.append(f'printed: telText digits {tt}')
        for et, m in zip(c['emailText'], c['email']):
            if m not in et:
                errs.append(f'printed: emailText {et}')
    need(f['access']['address'], 'address')
    for r in f['access']['routes']: need(r.replace('『', '').replace('』', ''), 'route')
    for i in f['initiatives']: need(i['title'], 'initiative'); need(i['text'], 'initiative text')
    need(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        need(s['name'], 'support'); need(s['durationText'], 'support period'); need(s['text'], 'support text')
    need(f['training']['title'], 'training')
    for p in f['training']['paragraphs']: need(p, 'training paragraph')


def standin(f):
    h = f['hiring']
    def part(p): return dict(count=p['count'], women=p['women'])
    hr = [dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=part(r['total']),
               administrative=part(r['admin']), technical=part(r['tech'])) for r in h['rows']]
    a = f['assignments']
    ar = [dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in a['rows']]
    ex = [dict(track=score_extract.track(e['track']), level=score_extract.level(e['exam']), category=b['category'], count=b['count'])
          for e in f['exams']['entries'] for b in e['breakdown']]
    contacts = [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']]
    routes = [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes'] if '『' in r]
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']),
                sections=dict(hiring=dict(rows=hr), assignments=dict(cohortFiscalYear=a['cohortFiscalYear'], rows=ar),
                              examBreakdown=dict(entries=ex), contacts=contacts, access=dict(routes=routes),
                              initiatives=[dict(title=i['title']) for i in f['initiatives']],
                              supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


KINDS = ['organization', 'edition', 'hiring', 'assignment', 'assignment cohort', 'exam', 'phone', 'email', 'office',
         'route', 'initiative', 'support']


def check_scorer(f, expected, errs):
    drawn = norm(expected)
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        errs.append(f'scorer: stand-in misses {bad}')
    for k in KINDS:
        if not any(n == k or (n.startswith(k + ' ') and not (k == 'assignment' and n == 'assignment cohort')) for n, _ in res):
            errs.append(f'scorer: kind {k} not reached')
    empty = score_extract.checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        errs.append(f'scorer: empty document scores {[n for n, ok in empty if ok]}')
    return len(res), Counter(n.split(' ')[0] if not n.startswith('assignment cohort') else 'cohort' for n, _ in res)


def check_pdf(pdf, pages, errs):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf); tf.flush()
        for pn, pg in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), tf.name, '-'], capture_output=True, text=True).stdout
            got = Counter(nows(out))
            want = Counter(nows(''.join(it['text'] for it in pg.items)))
            if got != want:
                errs.append(f'pdftotext: p{pn} extra {dict(got - want)} missing {dict(want - got)}')
    n = len(re.findall(rb'BT 1 0 0 1 ', pdf))
    total = sum(len(pg.items) for pg in pages)
    if n != total:
        errs.append(f'textobjects: {n} != {total}')
    return n


def model_errors(f, pages, printed):
    errs = []
    exp_pages = ['\n'.join(pg.lines) for pg in pages]
    expected = '\n\f\n'.join(exp_pages)
    check_layout(pages, errs)
    check_expected(pages, exp_pages, errs)
    check_arith(f, errs)
    check_printed(f, expected, printed, errs)
    n = check_scorer(f, expected, errs)
    return errs, expected, n


def build(name):
    f, pages, printed = BUILDERS[name]()
    f['pages'] = len(pages)
    f['fixture'] = f'{name}-2026'
    return f, pages, printed


def make(name, write=True):
    f, pages, printed = build(name)
    errs, expected, (nchecks, kinds) = model_errors(f, pages, printed)
    seed = sum(map(ord, name)) * 43
    pdf = render(pages, seed)
    if render(pages, seed) != pdf:
        errs.append('determinism: two renderings differ')
    nobj = check_pdf(pdf, pages, errs)
    if errs:
        raise SystemExit(f'{name}: refused:\n  ' + '\n  '.join(errs))
    if write:
        os.makedirs(OUT, exist_ok=True)
        base = os.path.join(OUT, f'{name}-2026')
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w').write(expected + '\n')
        json.dump(f, open(base + '.facts.json', 'w'), ensure_ascii=False, indent=2)
        open(base + '.facts.json', 'a').write('\n')
    print(f'{name}-2026: {len(pages)} pp, {nobj} text objects, {nchecks} fact checks {dict(kinds)}')


# ---------------------------------------------------------------------------------------------
# self-test

def faults():
    def overlap(f, p):
        it = dict(p[0].items[5]); it['x'] += 1; p[0].items.append(it)
    def extra(f, p): p[0].lines.append('余')
    def total1(f, p): f['hiring']['rows'][1]['total']['count'] += 1; f['hiring']['rows'][1]['total']['text'] = str(f['hiring']['rows'][1]['total']['count'])
    def women1(f, p): f['hiring']['rows'][2]['total']['women'] += 1
    def asg1(f, p):
        r = next(r for r in f['assignments']['rows'] if r['admin']); r['admin'] += 1
    def exam1(f, p): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def email(f, p): f['contacts'][0]['email'] = ['nobody@example.jp']
    def emoji(f, p): p[1].add('\U0001F600', 300, 300, 'G', 9); p[1].lines.append('\U0001F600')
    def margin(f, p): p[1].add('余白', 5, 400, 'M', 9); p[1].lines.append('余白')
    def pwomen(f, p): f['hiring']['rows'][-1]['total']['women'] = 1; f['hiring']['rows'][-1]['total']['womenText'] = '1'
    def pfirst(f, p): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    def collide(f, p):
        for en in f['exams']['entries']:
            for i, b in enumerate(en['breakdown']):
                if b['count'] >= 2:
                    b['count'] -= 1
                    en['breakdown'].insert(i + 1, dict(category=b['category'], count=1))
                    return
    def over(f, p):
        it = next(it for it in p[0].items if it['maxw'] and not it['wrapped'])
        it['text'] += 'あ' * 40
    def kinsoku(f, p):
        it = next(it for it in p[0].items if it['wrapped'])
        it['text'] = '。' + it['text']
    def dup(f, p): f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']
    def lastcat(f, p):
        en = f['exams']['entries'][-1]; en['breakdown'][-1]['count'] += 1; en['total'] += 1
    return [('overlapping copy', overlap, 'overlap'), ('extra expected char', extra, 'multiset'),
            ('hiring total +1', total1, 'arith'), ('women total +1', women1, 'arith'),
            ('assignment +1', asg1, 'arith'), ('exam count +1', exam1, 'arith'), ('e-mail not printed', email, 'printed'),
            ('emoji', emoji, 'glyph'), ('edge margin', margin, 'margin'), ('planned women', pwomen, 'arith'),
            ('planned first', pfirst, 'arith'), ('colliding category', collide, 'collision'),
            ('overflowing cell', over, 'overflow'), ('line starting with 。', kinsoku, 'kinsoku'),
            ('duplicated unit', dup, 'dup'), ('last category +1, entry total kept', lastcat, 'tracks-vs-planned')]


def selftest(verbose):
    ok = total = 0
    for name in BUILDERS:
        for label, fn, reason in faults():
            f, pages, printed = build(name)
            fn(f, pages)
            try:
                errs, _, _ = model_errors(f, pages, printed)
            except Exception as ex:  # a crash is not a refusal
                errs = [f'crash: {ex!r}']
            hit = [e for e in errs if e.startswith(reason + ':')]
            total += 1
            if hit:
                ok += 1
            if verbose or not hit:
                print(f'{"ok  " if hit else "MISS"} {name:10} {label:36} -> {(hit or errs or ["nothing"])[0][:110]}')
    total += 1
    lines = wrap('あいうえおかきくけこ。さしすせそ「たちつてと」、なにぬねの', 'M', 10, 50)
    good = all(ln[:1] not in NO_START and ln[-1:] not in NO_END for ln in lines) and ''.join(lines) == 'あいうえおかきくけこ。さしすせそ「たちつてと」、なにぬねの'
    ok += good
    print(f'{"ok  " if good else "MISS"} wrap() keeps kinsoku: {lines}')
    print(f'selftest: {ok}/{total} faults refused')
    return ok == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for name in [a for a in args if not a.startswith('-')] or list(BUILDERS):
        make(name)
