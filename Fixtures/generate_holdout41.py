#!/usr/bin/env python3
"""Blind holdout set 41: akita-2026 (秋田県), scj-2026 (日本学術会議), ffpri-2026 (森林研究・整備機構).

Self-contained: page model in PDF coordinates, a ruled-table helper, kinsoku line breaking, text objects
drawn in a seeded shuffled order after the graphics, and the checks listed in holdout41/README.md.
  python3 Fixtures/generate_holdout41.py [akita|scj|ffpri ...]
  python3 Fixtures/generate_holdout41.py --selftest [-v]
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout41')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 14.0
NAVY = (0.10, 0.17, 0.35); WHITE = (1, 1, 1); BLACK = (0, 0, 0); GREY = (0.45, 0.45, 0.45)
TINT = (0.90, 0.93, 0.97); RED = (0.75, 0.10, 0.10); GREEN = (0.12, 0.35, 0.22); PALE = (0.92, 0.96, 0.92)
ORANGE = (0.80, 0.40, 0.05); CREAM = (0.99, 0.95, 0.88)

NO_START = set('、。，．,.）)」』】〕・ー－ゃゅょっぁぃぅぇぉャュョッァィゥェォ％%：:；;！？!?')
NO_END = set('（(「『【〔')


class Refused(Exception):
    pass


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, widths):
    """Greedy line breaking with kinsoku. widths: function line-index -> available width."""
    lines, cur = [], ''
    for ch in text:
        if cur and sw(cur + ch, font, size) > widths(len(lines)):
            nxt = ch
            # a line may not start with a closing mark: pull characters down from the line
            while nxt and nxt[0] in NO_START and len(cur) > 1:
                nxt = cur[-1] + nxt; cur = cur[:-1]
            while cur and cur[-1] in NO_END:
                nxt = cur[-1] + nxt; cur = cur[:-1]
            lines.append(cur); cur = nxt
        else:
            cur += ch
    if cur: lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.items = []      # dict(text, x, y, font, size, color, furn)
        self.gfx = []        # ('rect', x, y, w, h, fill, stroke) / ('line', x1, y1, x2, y2, width, color)
        self.expected = []   # lines
        self.cells = []      # (text, font, size, width) for overflow checks
        self.wrapped = []    # wrapped lines for kinsoku checks

    def t(self, x, y, text, font='M', size=9.0, color=BLACK, furn=False):
        self.items.append(dict(text=text, x=round(x, 2), y=round(y, 2), font=font, size=size, color=color, furn=furn))
        return sw(text, font, size)

    def line(self, s):
        self.expected.append(s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def rule(self, x1, y1, x2, y2, lw=0.6, color=BLACK):
        self.gfx.append(('line', x1, y1, x2, y2, lw, color))

    # ---- composite helpers -------------------------------------------------------------
    def para(self, x, y, width, text, font='M', size=9.0, lead=None, color=BLACK, widths=None):
        lead = lead or size * 1.6
        lines = wrap(text, font, size, widths or (lambda i: width))
        for ln in lines:
            self.t(x, y, ln, font, size, color); self.line(ln); self.wrapped.append(ln); y -= lead
        return y

    def heading(self, x, y, text, width=W - 80, color=NAVY):
        self.rect(x, y - 4, 4, 14, fill=color)
        self.t(x + 9, y, text, 'G', 11.5, color); self.line(text)
        self.rule(x, y - 6, x + width, y - 6, 0.5, color)
        return y - 24

    def numhead(self, x, y, num, text, level=2, width=W - 80, color=GREEN):
        """Decimal section numbers: level 1 `1` + title (13 pt, filled bar), level 2 `1.1` + title (10.5 pt)."""
        if level == 1:
            self.rect(x, y - 7, width, 22, fill=PALE)
            self.rect(x, y - 7, 22, 22, fill=color)
            self.t(x + 11 - sw(num, 'Helvetica-Bold', 13) / 2, y, num, 'Helvetica-Bold', 13, WHITE)
            self.t(x + 30, y, text, 'G', 13, color)
            self.line(num + ' ' + text)
            return y - 30
        w = self.t(x, y, num, 'Helvetica-Bold', 10.5, color)
        self.t(x + w + 6, y, text, 'G', 10.5, BLACK)
        self.line(num + ' ' + text)
        self.rule(x, y - 5, x + width, y - 5, 0.4, color)
        return y - 20

    def table(self, x, ytop, colw, rows, size=8.5, rowh=None, header_fill=TINT, align=None, fills=None,
              font='M', hfont='G', record=True):
        """Ruled table; every cell one text object. Returns the y of the bottom rule."""
        rowh = rowh or size * 2.0
        align = align or ['l'] + ['r'] * (len(colw) - 1)
        total = sum(colw)
        y = ytop
        for ri, row in enumerate(rows):
            fill = header_fill if ri == 0 else (fills or {}).get(ri)
            if fill: self.rect(x, y - rowh, total, rowh, fill=fill)
            y -= rowh
        y = ytop
        for ri, row in enumerate(rows):
            cx = x
            base = y - rowh * 0.5 - size * 0.35
            if isinstance(row, tuple):  # ('SPAN', text): one cell spanning the whole table
                w = sw(row[1], font, size)
                self.cells.append((row[1], font, size, total))
                self.t(x + (total - w) / 2, base, row[1], font, size, RED)
                if record: self.line(row[1])
                y -= rowh
                continue
            for ci, cell in enumerate(row):
                f = hfont if ri == 0 else font
                if cell:
                    w = sw(cell, f, size)
                    self.cells.append((cell, f, size, colw[ci]))
                    a = 'c' if ri == 0 else align[ci]
                    tx = cx + 4 if a == 'l' else (cx + colw[ci] - 4 - w if a == 'r' else cx + (colw[ci] - w) / 2)
                    self.t(tx, base, cell, f, size)
                cx += colw[ci]
            if record: self.line('\t'.join(row))
            y -= rowh
        yb = y
        self.rule(x, ytop, x + total, ytop, 0.9)
        for ri in range(1, len(rows)):
            self.rule(x, ytop - ri * rowh, x + total, ytop - ri * rowh, 0.9 if ri == 1 else 0.35)
        self.rule(x, yb, x + total, yb, 0.9)
        cx = x
        for c in colw[:-1]:
            cx += c
            yy = ytop
            for row in rows:  # vertical rules stop at spanning rows
                if not isinstance(row, tuple): self.rule(cx, yy, cx, yy - rowh, 0.35)
                yy -= rowh
        self.rule(x, ytop, x, yb, 0.35); self.rule(x + total, ytop, x + total, yb, 0.35)
        return yb


def cnt(n):
    return '－' if n is None else str(n)


def hiring_rows(facts):
    out = []
    for r in facts['hiring']['rows']:
        a, t, s = r['admin'], r['tech'], r['total']
        out.append([r['labelText'], a['text'], a.get('womenText', '－'), t['text'], t.get('womenText', '－'),
                    s['text'], s.get('womenText', '－')])
    return out


def mkrow(fy, label, admin, tech, planned=False, suffix='（予定）'):
    def part(c):
        d = dict(count=c[0], text=str(c[0]))
        if planned: d['women'] = None
        else: d['women'] = c[1]; d['womenText'] = str(c[1])
        return d
    tot = (admin[0] + tech[0], None if planned else admin[1] + tech[1])
    r = dict(fiscalYear=fy, label=label, labelText=label + (suffix if planned else ''), planned=planned,
             total=part(tot), admin=part(admin), tech=part(tech))
    return r


def era(fy):
    return f'令和{fy - 2018}年度'


# =========================================================================================
# Content
# =========================================================================================

def facts_akita():
    rows = [mkrow(2020, era(2020), (48, 20), (26, 5)), mkrow(2021, era(2021), (50, 22), (27, 6)),
            mkrow(2022, era(2022), (46, 21), (30, 8)), mkrow(2023, era(2023), (52, 25), (28, 7)),
            mkrow(2024, era(2024), (49, 24), (31, 9)), mkrow(2025, era(2025), (53, 26), (29, 8)),
            mkrow(2026, era(2026), (54, None), (29, None), planned=True, suffix='')]
    return {
        'organization': '秋田県', 'document': '秋田県 職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月発行'},
        'lead': {'title': '', 'text': ['豊かな自然と人のつながりを未来へ。人口減少という課題に正面から向き合い、秋田の明日をともにつくる職員を募集します。']},
        'hiring': {'intro': ['（単位：人）うち女性は内数です。'], 'note': ['▼以下は採用予定数です（女性の内訳は未定）▼'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down, ruled; the planned row is the bare 令和8年度, marked ONLY by a DIVIDER ROW spanning the table above it (▼以下は採用予定数です（女性の内訳は未定）▼)', 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）',
                        'tracks': {'admin': '事務', 'tech': '技術'},
                        'layout': 'boxed ruled table at the right with the section paragraph RUNNING AROUND it',
                        'rows': [dict(unit='総務部', admin=9, tech=None), dict(unit='企画振興部', admin=7, tech=1),
                                 dict(unit='健康福祉部', admin=12, tech=2), dict(unit='農林水産部', admin=6, tech=9),
                                 dict(unit='建設部', admin=3, tech=14), dict(unit='地域振興局', admin=16, tech=3)]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験 | 職種 | 採用予定 with DISTRIBUTIVE 各 counts (教育事務・警察事務 各3名)',
                  'entries': [
                      dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=40), dict(category='教育事務', count=3), dict(category='警察事務', count=3)], total=46),
                      dict(track='事務職', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=8)], total=8),
                      dict(track='技術職', exam='大学卒業程度', text='', breakdown=[dict(category='総合土木', count=14), dict(category='農業', count=4), dict(category='林業', count=4), dict(category='水産', count=4)], total=26),
                      dict(track='技術職', exam='高校卒業程度', text='', breakdown=[dict(category='土木（高卒）', count=3)], total=3)]},
        'training': {'title': '研修・育成', 'paragraphs': [
            '採用後10年間を人材育成期間とし、3か所程度の職場を経験しながら、階層別研修と専門研修で力を伸ばします。',
            '国や市町村への派遣、民間企業での研修の機会もあります。']},
        'initiatives': [dict(title='テレワーク', text='本庁と地域振興局のどちらでも、在宅勤務を月10日まで利用できます。'),
                        dict(title='フレックスタイム制', text='1日の勤務時間を、4時間から10時間の間で割り振れます。'),
                        dict(title='ゆう活', text='夏の間は、始業を早めて夕方の時間を家族と過ごせます。')],
        'initiativesIntro': '', 'supportTitle': '仕事と生活の両立',
        'supportSystems': [
            dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得率は8割を超えました。'),
            dict(name='配偶者出産休暇', duration='3日', durationText='3日', text='出産の前後に取得できます。'),
            dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='子が2人以上のときは年10日です。'),
            dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分割して取得できます。')],
        'contacts': [dict(track='お問い合わせ・アクセス', office='秋田県 総務部 人事課 採用担当', tel=['018-860-1091'],
                          email=['jinji-saiyo@pref.akita.lg.jp'], location='', telText=['TEL 018-860-1091'],
                          emailText=['E-mail jinji-saiyo@pref.akita.lg.jp'], hoursText='受付時間 平日8:30～17:15')],
        'access': {'address': '〒010-8570 秋田県秋田市山王四丁目1-1',
                   'routes': ['JR奥羽本線『秋田』駅西口から中央交通バス「県庁市役所前」下車 徒歩約1分',
                              'JR羽越本線『羽後牛島』駅から徒歩約20分'], 'routesSynthesised': False},
        'keyFigures': [],
        'decoys': {'strip': '県の人口 約89万人　職員数 3,020人（知事部局） (fact strip), no fact',
                   'each': 'the note ※「各」は、それぞれの職種の採用予定数です。',
                   'runaround': 'the paragraph beside the assignment box is text, not a fact',
                   'hours': 'the 受付時間 line'},
        'pages': 3, 'fixture': 'akita-2026'}


def facts_scj():
    rows = [mkrow(2021, era(2021), (5, 2), (1, 0)), mkrow(2022, era(2022), (4, 2), (2, 1)),
            mkrow(2023, era(2023), (6, 3), (1, 0)), mkrow(2024, era(2024), (5, 3), (2, 1)),
            mkrow(2025, era(2025), (7, 4), (2, 1)), mkrow(2026, era(2026), (6, None), (2, None), planned=True)]
    return {
        'organization': '日本学術会議', 'document': '日本学術会議 職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026年4月発行'},
        'lead': {'title': '', 'text': ['科学者の声を社会と政策へ。審議と国際交流を支える事務局で、学術と社会をつなぐ仕事をしませんか。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'],
                   'note': ['凡例　事：事務系　技：技術系　計：合計　女：うち女性（内数）', '令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'years down, SINGLE-CHARACTER HEADERS 事 / 女 / 技 / 女 / 計 / 女 explained only by a 凡例 line under the table',
                   'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled table, 「－」 for none',
                        'rows': [dict(unit='管理課', admin=2, tech=None), dict(unit='企画課', admin=2, tech=None),
                                 dict(unit='参事官（審議第一担当）', admin=1, tech=None),
                                 dict(unit='参事官（審議第二担当）', admin=1, tech=None),
                                 dict(unit='国際業務課', admin=1, tech=None), dict(unit='情報システム室', admin=None, tech=2)]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験 | 職種 | 採用予定数（前年度）: each count cell holds the PREVIOUS YEAR IN PARENTHESES (4（5）)',
                  'entries': [
                      dict(track='事務系', exam='大学卒業程度', text='', breakdown=[dict(category='行政', count=4)], total=4),
                      dict(track='事務系', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=2)], total=2),
                      dict(track='技術系', exam='大学卒業程度', text='', breakdown=[dict(category='情報', count=2)], total=2)]},
        'training': {'title': '研修・育成', 'paragraphs': [
            '採用時研修のあと、審議の運営や国際会議の準備を、先輩職員と組んで一つずつ身につけます。',
            '内閣府や他省庁での勤務、語学研修の機会もあります。']},
        'initiatives': [dict(title='テレワーク', text='週2日まで在宅勤務ができます。'),
                        dict(title='会議資料のペーパーレス化', text='審議資料は電子で配り、印刷と発送の手間を減らしました。'),
                        dict(title='メンター制度', text='新規採用職員に先輩職員がつき、一年間相談にのります。')],
        'initiativesIntro': '', 'supportTitle': '仕事と生活の両立',
        'supportSystems': [
            dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='分割して2回まで取得できます。'),
            dict(name='育児時間', duration='1日2回各30分', durationText='1日2回各30分', text='子が1歳6か月になるまで使えます。'),
            dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分割して取得できます。')],
        'contacts': [dict(track='お問い合わせ・アクセス', office='日本学術会議事務局 管理課 人事係', tel=['03-3403-6211'],
                          email=['scj-saiyo@scj.go.jp'], location='', telText=['TEL 03-3403-6211'],
                          emailText=['E-mail scj-saiyo@scj.go.jp'], hoursText='受付時間 平日9:30～18:00')],
        'access': {'address': '〒106-8555 東京都港区六本木7-22-34',
                   'routes': ['東京メトロ千代田線『乃木坂』駅5番出口から徒歩約1分',
                              '都営大江戸線『六本木』駅7番出口から徒歩約8分'], 'routesSynthesised': False},
        'keyFigures': [],
        'decoys': {'strip': '会員 210名　連携会員 約2,000名　部 3部 (fact strip), no fact',
                   'legend': 'the 凡例 line (kept in hiring.note)',
                   'previous': 'the parenthesised previous-year counts （5） （2） （1） in the exam table and the note ※（　）内は前年度の採用予定数です。',
                   'hours': 'the 受付時間 line'},
        'pages': 2, 'fixture': 'scj-2026'}


def facts_ffpri():
    rows = [mkrow(2021, era(2021), (10, 5), (6, 1)), mkrow(2022, era(2022), (12, 6), (5, 2)),
            mkrow(2023, era(2023), (11, 5), (7, 2)), mkrow(2024, era(2024), (13, 7), (6, 1)),
            mkrow(2025, era(2025), (12, 6), (8, 3)), mkrow(2026, era(2026), (13, None), (8, None), planned=True)]
    return {
        'organization': '森林研究・整備機構', 'document': '森林研究・整備機構 職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '2026年2月発行'},
        'lead': {'title': '', 'text': ['森林の研究から水源林の造成、林木の育種まで。森と木の力を次の世代へ手渡す仕事を、研究の現場を支える職員として担いませんか。']},
        'hiring': {'intro': ['（単位：人）うち女性は内数です。'], 'note': ['令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down, ruled; the TITLE BLOCK (organisation, edition) sits at the FOOT of p1', 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled table',
                        'rows': [dict(unit='本所（つくば）', admin=5, tech=2), dict(unit='北海道支所', admin=1, tech=1),
                                 dict(unit='東北支所', admin=1, tech=1), dict(unit='関西支所', admin=1, tech=1),
                                 dict(unit='九州支所', admin=1, tech=1), dict(unit='森林整備センター', admin=3, tech=2)]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験 | 職種 | 人',
                  'entries': [
                      dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='一般事務', count=9)], total=9),
                      dict(track='事務職', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務（高卒）', count=4)], total=4),
                      dict(track='技術職', exam='大学院修了程度', text='', breakdown=[dict(category='林業技術', count=3)], total=3),
                      dict(track='技術職', exam='大学卒業程度', text='', breakdown=[dict(category='森林土木', count=3), dict(category='施設管理', count=2)], total=5)]},
        'training': {'title': '研修・育成', 'paragraphs': [
            '新規採用職員研修のあと、支所や森林整備センターでの勤務を通じて、研究支援と森林整備の両方を学びます。',
            '林業機械や測量の技術研修、海外の研究機関との交流もあります。']},
        'initiatives': [dict(title='フレックスタイム制', text='コアタイムなしで、勤務時間を柔軟に割り振れます。'),
                        dict(title='テレワーク', text='事務職は週3日まで在宅勤務ができます。'),
                        dict(title='森林浴ウォーク', text='昼休みに構内の実験林を歩く会を開いています。')],
        'initiativesIntro': '', 'supportTitle': '仕事と生活の両立',
        'supportSystems': [
            dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='分割して2回まで取得できます。'),
            dict(name='配偶者出産休暇', duration='2日', durationText='2日', text='出産の前後に取得できます。'),
            dict(name='介護休業', duration='通算93日', durationText='通算93日', text='3回まで分割して取得できます。')],
        'contacts': [dict(track='お問い合わせ・アクセス', office='森林研究・整備機構 総務部 人事課', tel=['029-829-8113'],
                          email=['saiyo@ffpri.go.jp'], location='', telText=['TEL 029-829-8113'],
                          emailText=['E-mail saiyo@ffpri.go.jp'], hoursText='受付時間 平日9:00～17:00')],
        'access': {'address': '〒305-8687 茨城県つくば市松の里1',
                   'routes': ['つくばエクスプレス『つくば』駅から関東鉄道バス「森林総合研究所」下車 徒歩約1分',
                              'JR常磐線『牛久』駅から関東鉄道バス「森林総合研究所」下車 徒歩約1分'], 'routesSynthesised': False},
        'keyFigures': [],
        'decoys': {'strip': '研究職員 約450名　支所 6か所　水源林 約47万ヘクタール (fact strip), no fact',
                   'kicker': '国立研究開発法人 (printed small above the name at the FOOT of p1)',
                   'hours': 'the 受付時間 line'},
        'pages': 2, 'fixture': 'ffpri-2026'}


# =========================================================================================
# Layout
# =========================================================================================
L, R = 40.0, W - 40.0


def masthead(p, f, color, kicker=None, english=None, top=True, y0=None):
    """Title band: name (26 pt Mincho) + 職員採用案内 (14 pt Gothic) on one baseline, edition right-aligned."""
    bh = 92 if english or kicker else 74
    yb = (H - bh) if top else y0
    if top: p.rect(0, yb, W, bh, fill=color)
    else: p.rect(EDGE + 6, yb, W - 2 * EDGE - 12, bh, fill=color)
    y = yb + bh - 22
    if kicker:
        p.t(L + 4, y, kicker, 'G', 9, WHITE); p.line(kicker); y -= 32
    else:
        y -= 24
    name = f['organization']
    w = p.t(L + 4, y, name, 'M', 26, WHITE)
    p.t(L + 4 + w + 10, y, '職員採用案内', 'G', 14, WHITE)
    p.line(name + ' 職員採用案内')
    ed = f['edition']['asOfText']
    p.t(R - 4 - sw(ed, 'G', 10), y, ed, 'G', 10, WHITE); p.line(ed)
    if english:
        p.t(L + 4, y - 20, english, 'Helvetica', 9, WHITE); p.line(english)
    return yb


def pageno(p, s):
    p.t(W / 2 - sw(s, 'Helvetica', 8) / 2, 26, s, 'Helvetica', 8, GREY, furn=True)


def contact_block(p, f, x, y, width):
    c = f['contacts'][0]
    p.t(x, y, c['office'], 'G', 9.5); p.line(c['office']); y -= 16
    for s in c['telText'] + c['emailText']:
        p.t(x, y, s, 'Helvetica', 9.5); p.line(s); y -= 15
    p.t(x, y, c['hoursText'], 'M', 8.5); p.line(c['hoursText']); y -= 18
    a = f['access']['address']
    p.t(x, y, a, 'M', 9); p.line(a); y -= 16
    for r in f['access']['routes']:
        y = p.para(x, y, width, '■' + r.replace('『', '').replace('』', ''), 'M', 8.8, 14)
    return y


def support_table(p, f, y, colw=(110, 120, 265)):
    rows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    return p.table(L, y, list(colw), rows, size=8.5, align=['l', 'l', 'l'])


def initiatives(p, f, x, y, width):
    for i in f['initiatives']:
        p.t(x, y, '◆' + i['title'], 'G', 9.5, NAVY); p.line('◆' + i['title']); y -= 15
        y = p.para(x + 10, y, width - 10, i['text'], 'M', 8.8, 14) - 4
    return y


def exam_rows(f, countfmt):
    rows = []
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], countfmt(e, b)])
    return rows


def build_akita(f):
    pages = [Page(), Page(), Page()]
    p = pages[0]
    y = masthead(p, f, NAVY) - 26
    y = p.para(L, y, R - L, f['lead']['text'][0], 'M', 10, 17) - 4
    strip = '県の人口 約89万人　職員数 3,020人（知事部局）'
    p.rect(L, y - 6, R - L, 18, fill=CREAM)
    p.t(L + 8, y, strip, 'G', 8.5, ORANGE); p.line(strip); y -= 30
    y = p.heading(L, y, '採用実績')
    p.t(L, y, f['hiring']['intro'][0], 'M', 8.5); p.line(f['hiring']['intro'][0]); y -= 8
    hr = hiring_rows(f)
    rows = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '計', 'うち女性']] + hr[:-1] + [('SPAN', f['hiring']['note'][0])] + hr[-1:]
    y = p.table(L, y, [115, 62, 62, 62, 62, 62, 62], rows, size=8.5, rowh=17, fills={len(rows) - 2: CREAM})
    y -= 34
    y = p.heading(L, y, '配属先と仕事')
    # RUNAROUND: a boxed assignment table at the right; the section paragraph runs around it
    bx, bw = 345.0, R - 345.0
    btop = y + 4
    title = f['assignments']['intro']
    arows = [['配属先', '事務', '技術']] + [[r['unit'], cnt(r['admin']), cnt(r['tech'])] for r in f['assignments']['rows']]
    inner = []  # the box's own lines are read after the paragraph
    p.t(bx + 8, btop - 16, title, 'G', 8.8, NAVY)
    tb = Page()
    tb_bottom = tb.table(bx + 8, btop - 24, [100, 51, 51], arows, size=8.3, rowh=15.5)
    p.items += tb.items; p.gfx += tb.gfx; p.cells += tb.cells
    bbot = tb_bottom - 8
    p.rect(bx, bbot, bw, btop - bbot, stroke=NAVY, lw=0.8)
    text = ('県職員の仕事は、福祉や産業振興、道路や河川の整備、農林水産業の支援まで幅広く、本庁と県内8か所の地域振興局を'
            '行き来しながら経験を積みます。新規採用職員は、まず県民に身近な地域振興局や福祉の現場に配属されることが多く、'
            '窓口や現場で県民の声を直接聞くところから仕事が始まります。技術職は、農林水産部と建設部を中心に、'
            '現場の事務所と本庁の企画部門を交互に経験します。右の表は、昨年度に採用した職員の最初の配属先です。'
            '配属は本人の希望と適性をふまえて決め、おおむね3年で次の職場に異動します。異動のたびに新しい分野を学べることが、'
            '県職員の仕事の大きな魅力です。採用から10年の間に、県民の暮らしに近い現場と、県全体の施策を考える本庁の両方を経験できるよう、'
            '人事課が一人ひとりの経歴を見ながら配属先を考えています。地域振興局では、市町村や地域の団体と一緒に、人口減少に向き合う'
            '新しい取組を企画する職員も増えています。若手職員が自ら手を挙げて参加する政策提案の仕組みもあり、採用2年目から知事に直接'
            '提案した職員もいます。')
    lead = 15.0
    y0 = y

    def widths(i):
        yy = y0 - i * lead
        return (bx - 14 - L) if yy - 4 > bbot - 6 else (R - L)
    lines = wrap(text, 'M', 9, widths)
    for i, ln in enumerate(lines):
        p.t(L, y0 - i * lead, ln, 'M', 9); p.line(ln); p.wrapped.append(ln)
    p.line(title)
    for r in arows: p.line('\t'.join(r))
    pageno(p, '- 1 -')

    for i, q in enumerate(pages[1:], 2):
        hdr = '秋田県職員採用案内 2026'
        q.t(R - sw(hdr, 'G', 8), H - 30, hdr, 'G', 8, GREY, furn=True)
        q.rule(L, H - 36, R, H - 36, 0.4, GREY)
        pageno(q, f'- {i} -')
    p = pages[1]
    y = H - 64
    y = p.heading(L, y, f['exams']['title'])

    def each_rows():
        rows = []
        for e in f['exams']['entries']:
            b = e['breakdown']
            if e['track'] == '事務職' and e['exam'] == '大学卒業程度':
                rows.append([e['track'], e['exam'], '行政', '40名'])
                rows.append([e['track'], e['exam'], '教育事務・警察事務', '各3名'])
            elif e['track'] == '技術職' and e['exam'] == '大学卒業程度':
                rows.append([e['track'], e['exam'], '総合土木', '14名'])
                rows.append([e['track'], e['exam'], '農業・林業・水産', '各4名'])
            else:
                rows.append([e['track'], e['exam'], b[0]['category'], f"{b[0]['count']}名"])
        return rows
    rows = [['区分', '試験', '職種', '採用予定']] + each_rows()
    y = p.table(L, y, [100, 130, 175, 110], rows, size=9, rowh=19, align=['l', 'l', 'l', 'r'])
    y -= 14
    n1 = '※「各」は、それぞれの職種の採用予定数です。'
    p.t(L, y, n1, 'M', 8); p.line(n1); y -= 34
    y = p.heading(L, y, '働きやすい職場づくり')
    y = initiatives(p, f, L, y, R - L)
    # p3
    p = pages[2]
    y = H - 64
    y = p.heading(L, y, f['supportTitle'])
    y = support_table(p, f, y) - 30
    y = p.heading(L, y, f['training']['title'])
    for par in f['training']['paragraphs']:
        y = p.para(L, y, R - L, par, 'M', 9, 15)
    y -= 16
    y = p.heading(L, y, f['contacts'][0]['track'])
    contact_block(p, f, L, y, R - L)
    return pages


def build_scj(f):
    pages = [Page(), Page()]
    p = pages[0]
    y = masthead(p, f, NAVY, english='Science Council of Japan') - 26
    y = p.para(L, y, R - L, f['lead']['text'][0], 'M', 10, 17) - 4
    strip = '会員 210名　連携会員 約2,000名　部 3部'
    p.t(L, y, strip, 'G', 8.5, GREY); p.line(strip); y -= 28
    y = p.heading(L, y, f['hiring']['intro'][0])
    rows = [['年度', '事', '女', '技', '女', '計', '女']] + hiring_rows(f)
    y = p.table(L, y, [125, 40, 40, 40, 40, 40, 40], rows, size=9, rowh=18, fills={len(rows) - 1: TINT})
    y -= 14
    for n in f['hiring']['note']:
        p.t(L, y, n, 'M', 8.5); p.line(n); y -= 14
    y -= 20
    y = p.heading(L, y, f['assignments']['intro'])
    arows = [['配属先', '事務系', '技術系']] + [[r['unit'], cnt(r['admin']), cnt(r['tech'])] for r in f['assignments']['rows']]
    y = p.table(L, y, [190, 70, 70], arows, size=8.8, rowh=17) - 30
    y = p.heading(L, y, f['exams']['title'])
    prev = {'行政': 5, '一般事務': 2, '情報': 1}
    rows = [['区分', '試験', '職種', '採用予定数（前年度）']] + exam_rows(f, lambda e, b: f"{b['count']}（{prev[b['category']]}）")
    y = p.table(L, y, [90, 120, 120, 130], rows, size=9, rowh=18, align=['l', 'l', 'l', 'r']) - 14
    n = '※（　）内は前年度の採用予定数です。'
    p.t(L, y, n, 'M', 8); p.line(n)
    pageno(p, '1 / 2')
    # p2: RIGHT-SIDE HEADINGS: a tinted column at the right of every section holds its heading
    p = pages[1]
    pageno(p, '2 / 2')
    y = H - 50
    hx, hw = 410.0, R - 410.0
    cw = hx - 14 - L

    def section(title, body):
        nonlocal y
        top = y
        p.line(title)
        q = Page(); yb = body(q, top - 12)
        p.items += q.items; p.gfx += q.gfx; p.cells += q.cells; p.wrapped += q.wrapped; p.expected += q.expected
        bot = min(yb, top - 40) + 4
        p.rect(hx, bot, hw, top - bot, fill=TINT)
        p.rule(hx, bot, hx, top, 2.0, NAVY)
        p.t(hx + 10, top - 18, title, 'G', 10.5, NAVY)
        p.rule(L, bot - 6, R, bot - 6, 0.4, GREY)
        y = bot - 22

    section('働きやすい職場づくり', lambda q, yy: initiatives(q, f, L, yy, cw))

    def sup(q, yy):
        for s in f['supportSystems']:
            q.t(L, yy, s['name'], 'G', 9.5); q.line(s['name']); yy -= 14
            q.t(L + 10, yy, '期間：' + s['durationText'], 'M', 8.8, RED); q.line('期間：' + s['durationText']); yy -= 14
            q.t(L + 10, yy, s['text'], 'M', 8.8); q.line(s['text']); yy -= 18
        return yy
    section(f['supportTitle'], sup)

    def tr(q, yy):
        for par in f['training']['paragraphs']:
            yy = q.para(L, yy, cw, par, 'M', 9, 15)
        return yy
    section(f['training']['title'], tr)
    section(f['contacts'][0]['track'], lambda q, yy: contact_block(q, f, L, yy, cw))
    return pages


def build_ffpri(f):
    pages = [Page(), Page()]
    p = pages[0]
    y = H - 56
    y = p.para(L, y, R - L, f['lead']['text'][0], 'M', 10.5, 18) - 4
    strip = '研究職員 約450名　支所 6か所　水源林 約47万ヘクタール'
    p.t(L, y, strip, 'G', 8.5, GREEN); p.line(strip); y -= 28
    y = p.numhead(L, y, '1', '採用実績', level=1)
    y = p.numhead(L, y, '1.1', '採用者数の推移')
    p.t(L, y, f['hiring']['intro'][0], 'M', 8.5); p.line(f['hiring']['intro'][0]); y -= 8
    rows = [['年度', '事務職', 'うち女性', '技術職', 'うち女性', '計', 'うち女性']] + hiring_rows(f)
    y = p.table(L, y, [115, 62, 62, 62, 62, 62, 62], rows, size=8.5, rowh=17, header_fill=PALE,
                fills={len(rows) - 1: PALE}) - 14
    p.t(L, y, '※' + f['hiring']['note'][0], 'M', 8); p.line('※' + f['hiring']['note'][0]); y -= 30
    # two columns: assignments | exams
    top = y
    cx2 = 318.0
    yl = p.numhead(L, top, '1.2', f['assignments']['intro'], width=250)
    arows = [['配属先', '事務職', '技術職']] + [[r['unit'], cnt(r['admin']), cnt(r['tech'])] for r in f['assignments']['rows']]
    yl = p.table(L, yl, [130, 55, 55], arows, size=8.5, rowh=16, header_fill=PALE)
    yr = p.numhead(cx2, top, '1.3', f['exams']['title'], width=R - cx2)
    rows = [['区分', '試験', '職種', '人']] + exam_rows(f, lambda e, b: str(b['count']))
    yr = p.table(cx2, yr, [48, 78, 85, 26], rows, size=8.2, rowh=16, header_fill=PALE, align=['l', 'l', 'l', 'r'])
    # TITLE BLOCK AT THE FOOT of p1
    masthead(p, f, GREEN, kicker='国立研究開発法人', top=False, y0=48)
    pageno(p, '- 1 -')
    p = pages[1]
    pageno(p, '- 2 -')
    y = H - 56
    y = p.numhead(L, y, '2', '働く環境', level=1)
    y = p.numhead(L, y, '2.1', '働きやすい職場づくり')
    y = initiatives(p, f, L, y, R - L) - 12
    y = p.numhead(L, y, '2.2', f['supportTitle'])
    y = support_table(p, f, y) - 28
    y = p.numhead(L, y, '2.3', f['training']['title'])
    for par in f['training']['paragraphs']:
        y = p.para(L, y, R - L, par, 'M', 9, 15)
    y -= 18
    y = p.numhead(L, y, '3', f['contacts'][0]['track'], level=1)
    contact_block(p, f, L, y, R - L)
    return pages


BROCHURES = {'akita': (facts_akita, build_akita), 'scj': (facts_scj, build_scj), 'ffpri': (facts_ffpri, build_ffpri)}


# =========================================================================================
# Rendering and checks
# =========================================================================================

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for p in pages:
        for g in p.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                _, x1, y1, x2, y2, lw, col = g
                c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.line(x1, y1, x2, y2)
            c.restoreState()
        order = list(range(len(p.items))); rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            c.saveState()
            t = c.beginText(); t.setTextOrigin(it['x'], it['y']); t.setFont(it['font'], it['size'])
            t.setFillColorRGB(*it['color']); t.textOut(it['text']); c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def chars(s):
    return Counter(ch for ch in s if not ch.isspace())


def stand_in(f):
    rows = []
    for r in f['hiring']['rows']:
        g = lambda k: {'count': r[k]['count'], 'women': r[k].get('women')}
        rows.append({'fiscalYear': r['fiscalYear'], 'total': g('total'), 'administrative': g('admin'),
                     'technical': g('tech'), 'planned': r['planned']})
    lvl = lambda ex: 'graduate' if '院' in ex else 'undergraduate'
    trk = lambda t: 'administrative' if '事務' in t else ('technical' if '技術' in t or '理工' in t else 'other')
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': rows},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'], 'rows': [
            {'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': trk(e['track']), 'level': lvl(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def validate(name, f, pages, pdf=None):
    errs = []
    E = errs.append
    # --- geometry, glyphs, overlaps
    for pi, p in enumerate(pages, 1):
        boxes = []
        for it in p.items:
            txt, font, size = it['text'], it['font'], it['size']
            if font in ('G', 'M'):
                cmap = pdfmetrics.getFont(font).face.charToGlyph
                miss = [ch for ch in txt if ord(ch) not in cmap]
                if miss: E(f'p{pi}: glyph missing in {font}: {miss!r} in {txt!r}')
            elif any(ord(ch) > 126 for ch in txt):
                E(f'p{pi}: non-ASCII in {font}: {txt!r}')
            w = sw(txt, font, size) if not any(ord(ch) not in pdfmetrics.getFont(font).face.charToGlyph for ch in txt if font in ('G', 'M')) else len(txt) * size
            b = (it['x'], it['y'] - 0.18 * size, it['x'] + w, it['y'] + 0.82 * size)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                E(f'p{pi}: in the edge margin or off the page: {txt!r} {b}')
            boxes.append((b, txt))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    E(f'p{pi}: overlap {boxes[i][1]!r} / {boxes[j][1]!r}')
        for (txt, font, size, cw) in p.cells:
            if sw(txt, font, size) > cw - 6:
                E(f'p{pi}: cell overflows its width: {txt!r}')
        for ln in p.wrapped:
            if ln and ln[0] in NO_START: E(f'p{pi}: wrapped line starts with a kinsoku character: {ln!r}')
            if ln and ln[-1] in NO_END: E(f'p{pi}: wrapped line ends with an opening bracket: {ln!r}')
        drawn = chars(''.join(it['text'] for it in p.items if not it['furn']))
        exp = chars(''.join(p.expected))
        if drawn != exp:
            E(f'p{pi}: drawn and expected characters differ: +{dict(drawn - exp)} -{dict(exp - drawn)}')
    # --- arithmetic
    h = f['hiring']['rows']
    for r in h:
        for k in ('total', 'admin', 'tech'):
            if r['planned'] and r[k].get('women') is not None: E(f"hiring {r['labelText']}: planned row has women")
            if r[k].get('women') is not None and r[k]['women'] > r[k]['count']: E(f"hiring {r['labelText']} {k}: women > heads")
            if str(r[k]['count']) != r[k]['text']: E(f"hiring {r['labelText']} {k}: text differs from count")
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: E(f"hiring {r['labelText']}: total != admin + tech")
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            E(f"hiring {r['labelText']}: women total != admin + tech")
        if r['label'] != era(r['fiscalYear']): E(f"hiring {r['labelText']}: label / fiscal year mismatch")
    planned = [i for i, r in enumerate(h) if r['planned']]
    if planned != [len(h) - 1]: E('hiring: exactly one planned row, and last, is required')
    actual = [r['fiscalYear'] for r in h if not r['planned']]
    if len(actual) < 5 or actual != list(range(actual[0], actual[0] + len(actual))): E('hiring: >= 5 consecutive actual years required')
    last = h[-1]['fiscalYear']
    if not (last == f['edition']['year'] == f['exams']['fiscalYear'] == actual[-1] + 1): E('hiring: planned year / edition / exam year mismatch')
    a = f['assignments']
    if a['cohortFiscalYear'] != actual[-1]: E('assignments: cohort is not the last actual year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): E('assignments: duplicate unit')
    coh = next(r for r in h if r['fiscalYear'] == a['cohortFiscalYear'])
    for k in ('admin', 'tech'):
        vals = [r[k] for r in a['rows']]
        if any(v is not None and v <= 0 for v in vals): E(f'assignments: zero or negative {k} count')
        if sum(v or 0 for v in vals) != coh[k]['count']: E(f'assignments: {k} sum != cohort hires')
    keys = set()
    per = Counter()
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']: E(f"exams: {e['track']} {e['exam']} total != categories")
        t = 'administrative' if '事務' in e['track'] else ('technical' if '技術' in e['track'] or '理工' in e['track'] else 'other')
        if t == 'other': E(f"exams: track {e['track']} maps to other")
        per[t] += e['total']
        for b in e['breakdown']:
            k = (t, 'graduate' if '院' in e['exam'] else 'undergraduate', norm(b['category']))
            if k in keys: E(f'exams: colliding category {k}')
            keys.add(k)
    if per['administrative'] != h[-1]['admin']['count'] or per['technical'] != h[-1]['tech']['count']:
        E('exams: categories of a track != planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']: E(f"support {s['name']}: duration != durationText")
    # --- fact strings printed
    drawn = norm('\n'.join('\n'.join(p.expected) for p in pages))
    c = f['contacts'][0]
    must = [f['organization'], f['edition']['asOfText'], *f['lead']['text'], *f['hiring']['intro'], *f['hiring']['note'],
            *f['hiring']['tracks'].values(), *[r['labelText'] for r in h], f['assignments']['intro'],
            *f['assignments']['tracks'].values(), *units, f['exams']['title'],
            *[e['track'] for e in f['exams']['entries']], *[e['exam'] for e in f['exams']['entries']],
            *[b['category'] for e in f['exams']['entries'] for b in e['breakdown']],
            c['track'], c['office'], *c['tel'], *c['email'], *c['telText'], *c['emailText'], c['hoursText'],
            f['access']['address'], *[r.replace('『', '').replace('』', '') for r in f['access']['routes']],
            *[i['title'] for i in f['initiatives']], *[i['text'] for i in f['initiatives']], f['supportTitle'],
            *[s['name'] for s in f['supportSystems']], *[s['durationText'] for s in f['supportSystems']],
            *[s['text'] for s in f['supportSystems']], f['training']['title'], *f['training']['paragraphs']]
    for s in must:
        if norm(s) not in drawn: E(f'fact not printed: {s!r}')
    for t, tt in zip(c['tel'], c['telText']):
        if ''.join(ch for ch in t if ch.isdigit()) != ''.join(ch for ch in tt if ch.isdigit()): E('TEL line digits differ from the phone')
    # --- stand-in scores full marks, empty scores nothing
    res = checks(f, stand_in(f), drawn)
    if not all(ok for _, ok in res): E(f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds: E(f'checks do not reach {need - kinds}')
    if any(ok for _, ok in checks(f, {}, drawn)): E('an empty document scores something')
    # --- the PDF itself
    if pdf is not None and not errs:
        n_bt = pdf.count(b'BT 1 0 0 1 ')
        if n_bt != sum(len(p.items) for p in pages): E(f'text objects {n_bt} != text items')
        with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
            tf.write(pdf); tf.flush()
            for pi, p in enumerate(pages, 1):
                out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), '-enc', 'UTF-8', tf.name, '-'],
                                     capture_output=True, text=True).stdout
                if chars(out) != chars(''.join(it['text'] for it in p.items)):
                    E(f'p{pi}: pdftotext differs from the drawn text')
    return errs


def make(name):
    ff, fb = BROCHURES[name]
    f = ff(); pages = fb(f)
    return f, pages


def emit(name, write=True):
    f, pages = make(name)
    seed = int(hashlib.md5(name.encode()).hexdigest()[:8], 16)
    pdf = render(pages, seed)
    if render(make(name)[1], seed) != pdf:
        raise Refused(f'{name}: two renderings differ')
    errs = validate(name, f, pages, pdf)
    if errs:
        raise Refused(f'{name}: ' + '; '.join(errs[:5]))
    expected = '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'
    if write:
        os.makedirs(OUT, exist_ok=True)
        base = os.path.join(OUT, f'{name}-2026')
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w').write(expected)
        open(base + '.facts.json', 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    res = checks(f, stand_in(f), norm(expected))
    print(f'{name}-2026: {len(pages)} pp, {sum(len(p.items) for p in pages)} text objects, {len(res)} fact checks')
    return res


# ---- fault injection ---------------------------------------------------------------------

def first_item(pages):
    for p in pages:
        for it in p.items:
            if not it['furn']: return p, it


def faults():
    def overlap(f, P):
        p, it = first_item(P); p.items.append(dict(it, x=it['x'] + 2)); p.expected.append(it['text'])
    def extra_char(f, P): P[0].expected.append('余')
    def htotal(f, P): f['hiring']['rows'][1]['total']['count'] += 1; f['hiring']['rows'][1]['total']['text'] = str(f['hiring']['rows'][1]['total']['count'])
    def wtotal(f, P): f['hiring']['rows'][2]['total']['women'] += 1
    def assign(f, P): f['assignments']['rows'][0]['admin'] += 1
    def exam(f, P): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def email(f, P): f['contacts'][0]['email'] = ['nobody@example.go.jp']
    def emoji(f, P): P[-1].items.append(dict(text='\U0001F333', x=300, y=60, font='G', size=9, color=BLACK, furn=False)); P[-1].expected.append('\U0001F333')
    def margin(f, P): P[-1].items.append(dict(text='端', x=4, y=400, font='G', size=9, color=BLACK, furn=False)); P[-1].expected.append('端')
    def pwomen(f, P): f['hiring']['rows'][-1]['admin']['women'] = 1
    def pfirst(f, P): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    def collide(f, P):
        e = f['exams']['entries'][0]; e['breakdown'].append(dict(e['breakdown'][0])); e['breakdown'][0]['count'] -= 0
        e['total'] += e['breakdown'][0]['count']
    def overflow(f, P): P[0].cells.append(('とても長い職種名がセルからはみ出しています', 'M', 9, 60))
    def kinsoku(f, P): P[0].wrapped.append('。で始まる行')
    def dupunit(f, P): f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))
    def each(f, P):  # a distributive count whose categories no longer add up to the track (akita-style 各)
        e = f['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    return [overlap, extra_char, htotal, wtotal, assign, exam, email, emoji, margin, pwomen, pfirst, collide,
            overflow, kinsoku, dupunit, each]


def selftest(verbose):
    ok = total = 0
    for name in BROCHURES:
        for fault in faults():
            f, pages = make(name)
            fault(f, pages)
            errs = validate(name, f, pages)
            total += 1
            if errs:
                ok += 1
                if verbose: print(f'  refused {name} {fault.__name__}: {errs[0]}')
            else:
                print(f'  NOT REFUSED {name} {fault.__name__}')
    # wrap keeps kinsoku
    total += 1
    ls = wrap('あいうえおかきくけこ、。さしすせそ（たちつてと）なにぬねの。', 'M', 10, lambda i: 100)
    if all(l[0] not in NO_START and l[-1] not in NO_END for l in ls) and len(ls) > 1:
        ok += 1
        if verbose: print(f'  wrap keeps kinsoku: {ls}')
    else:
        print(f'  wrap broke kinsoku: {ls}')
    print(f'selftest: {ok}/{total} faults refused')
    return ok == total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    total = 0
    for name in args or list(BROCHURES):
        total += len(emit(name))
    print(f'{total} fact checks in all')


if __name__ == '__main__':
    main()
