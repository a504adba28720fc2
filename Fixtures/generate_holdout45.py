#!/usr/bin/env python3
"""Holdout set 45 (blind): three Japanese recruitment brochures drawn with reportlab.

  python3 Fixtures/generate_holdout45.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout45.py houterasu       # one (machida, houterasu, nii)
  python3 Fixtures/generate_holdout45.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates (a trim box that may sit inside a larger media
box), ruled tables, line breaking with kinsoku, every visual line its own text object drawn
after the graphics in a seeded shuffled order, the checks and a fault-injection self-test.
All figures, phone numbers, e-mail local parts and texts are invented.
"""
import collections, copy, io, json, os, random, re, subprocess, sys, tempfile

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout45')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
import score_extract  # noqa: E402

G, M, H = 'IPAexG', 'IPAexM', 'Helvetica'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
A4W, A4H = 595.28, 841.89
EDGE = 14.0
NOSTART = set('、。，．・：；？！ー）」』】〕》〉％々ゃゅょっぁぃぅぇぉャュョッァィゥェォ…－～')
NOEND = set('（「『【〔《〈')
FAULT = None          # set by the self-test


class Refused(Exception):
    pass


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, width):
    """Greedy line breaking with kinsoku: no line starts with NOSTART nor ends with NOEND."""
    lines, cur = [], ''
    for ch in text:
        if cur and sw(cur + ch, font, size) > width:
            if ch in NOSTART:           # push the last character down with it
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
            while lines[-1] and lines[-1][-1] in NOEND:
                cur = lines[-1][-1] + cur; lines[-1] = lines[-1][:-1]
        else:
            cur += ch
    lines.append(cur)
    return lines


class Page:
    def __init__(self, w=A4W, h=A4H, ox=0.0, oy=0.0, mw=None, mh=None):
        self.w, self.h, self.ox, self.oy = w, h, ox, oy          # trim size and its offset
        self.mw, self.mh = mw or w, mh or h                      # media size
        self.items, self.gfx, self.exp, self.cells, self.wrapped = [], [], [], [], []

    def text(self, x, y, s, font, size, color=(0, 0, 0), furniture=False, absolute=False):
        ax, ay = (x, y) if absolute else (x + self.ox, y + self.oy)
        self.items.append(dict(x=ax, y=ay, s=s, font=font, size=size, color=color, furniture=furniture))
        return sw(s, font, size)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, absolute=False):
        ox, oy = (0, 0) if absolute else (self.ox, self.oy)
        self.gfx.append(('rect', x + ox, y + oy, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), absolute=False):
        ox, oy = (0, 0) if absolute else (self.ox, self.oy)
        self.gfx.append(('line', x1 + ox, y1 + oy, x2 + ox, y2 + oy, lw, color))


# ---------------------------------------------------------------- drawing helpers (trim coordinates)
def para(pg, x, y, text, font, size, width, lead=None, exp=True):
    lead = lead or size * 1.6
    for ln in wrap(text, font, size, width):
        pg.text(x, y, ln, font, size)
        pg.wrapped.append((ln, font, size, width))
        if exp:
            pg.exp.append(ln)
        y -= lead
    return y


def heading(pg, x, y, s, color):
    pg.rect(x, y - 2.5, 4, 13, fill=color)
    pg.text(x + 9, y, s, G, 12)
    pg.exp.append(s)
    return y - 21


def table(pg, x, ytop, colw, rows, rowh, size=8.5, head_fill=(0.9, 0.9, 0.9), tint_rows=(), aligns=None,
          fonts=None):
    global FAULT
    rows = [list(r) for r in rows]
    if FAULT == 'overflow' and not getattr(pg, '_overflowed', False):
        rows[1][1] = rows[1][1] + 'をはみ出すほど長く長く長く長く長く書いた文字列'
        pg._overflowed = True
    aligns = aligns or (['l'] + ['c'] * (len(colw) - 1))
    fonts = fonts or ([G] + [M] * (len(colw) - 1))
    W = sum(colw)
    y = ytop
    for i, r in enumerate(rows):
        h = rowh * (2 if any('\n' in c for c in r) else 1)
        if i == 0 and head_fill:
            pg.rect(x, y - h, W, h, fill=head_fill)
        elif i in tint_rows:
            pg.rect(x, y - h, W, h, fill=(0.97, 0.93, 0.85))
        cx = x
        for j, c in enumerate(r):
            parts = c.split('\n') if c else []
            n = len(parts)
            for k, p in enumerate(parts):
                f = G if i == 0 else fonts[j]
                tw = sw(p, f, size)
                tx = cx + 4 if aligns[j] == 'l' else cx + (colw[j] - tw) / 2
                ty = y - h / 2 - size * 0.35 + (n - 1) * size * 0.6 - k * size * 1.2
                pg.text(tx, ty, p, f, size)
                pg.cells.append((p, f, size, colw[j]))
            cx += colw[j]
        pg.line(x, y - h, x + W, y - h, 0.4)
        y -= h
        pg.exp.append('\t'.join(c.replace('\n', '') for c in r))
    pg.line(x, ytop, x + W, ytop, 0.8)
    pg.line(x, y, x + W, y, 0.8)
    cx = x
    for wdt in colw[:-1]:
        cx += wdt
        pg.line(cx, ytop, cx, y, 0.4)
    pg.line(x, ytop, x, y, 0.4); pg.line(x + W, ytop, x + W, y, 0.4)
    return y


def cnt(c, planned=False):
    return str(c['count']) if planned or c.get('women') is None else f"{c['count']}（{c['women']}）"


def hiring_rows(f, rows=None):
    h = f['hiring']
    out = [['年度', h['tracks']['admin'], h['tracks']['tech'], '計']]
    for r in rows or h['rows']:
        out.append([r['labelText'], cnt(r['admin'], r['planned']), cnt(r['tech'], r['planned']),
                    cnt(r['total'], r['planned'])])
    return out


def assign_rows(f):
    a = f['assignments']
    out = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        out.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    return out


def exam_rows(f, head=('区分', '試験', '職種', '採用予定数')):
    out = [list(head)]
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            out.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    return out


def support_rows(f):
    out = [['制度', '期間', '内容']]
    for s in f['supportSystems']:
        out.append([s['name'], s['durationText'], s['text']])
    return out


def masthead(pg, f, color, sub='職員採用案内', kicker=None, bleed=0.0):
    top = pg.h
    pg.rect(-bleed, top - 64, pg.w + 2 * bleed, 64 + bleed, fill=color)
    y = top - 44
    if kicker:
        y = top - 48
        pg.text(40, top - 24, kicker, G, 8); pg.exp.append(kicker)
    w = pg.text(40, y, f['organization'], M, 22)
    pg.text(40 + w + 8, y, sub, G, 12)
    pg.exp.append(f"{f['organization']} {sub}")
    ed = f['edition']['asOfText']
    pg.text(pg.w - 40 - sw(ed, G, 9), y, ed, G, 9)
    pg.exp.append(ed)
    return top - 88


def pageno(pg, n):
    s = f'- {n} -'
    pg.text((pg.w - sw(s, H, 8)) / 2, 24, s, H, 8, furniture=True)


def initiatives(pg, x, y, f, width, mark='●'):
    for i in f['initiatives']:
        pg.text(x, y, mark + i['title'], G, 9.5); pg.exp.append(mark + i['title'])
        y = para(pg, x + 12, y - 15, i['text'], M, 9, width - 12) - 4
    return y


def contact_block(pg, x, y, f, width):
    c = f['contacts'][0]
    y = heading(pg, x, y, c['track'], (0.3, 0.3, 0.3))
    y = para(pg, x, y, c['office'], M, 9.5, width)
    for t in c['telText'] + c['emailText']:
        pg.text(x, y, t, H, 9); pg.exp.append(t); y -= 15
    return para(pg, x, y, c['hoursText'], M, 9, width)


def access_block(pg, x, y, f, width, color):
    y = heading(pg, x, y, 'アクセス', color)
    y = para(pg, x, y, f['access']['address'], M, 9, width)
    for r in f['access']['routes']:
        y = para(pg, x, y, '■' + r.replace('『', '').replace('』', ''), M, 9, width)
    return y


# ---------------------------------------------------------------- content
def hrows(admin, tech, planned, labels_planned='（予定）'):
    rows = []
    for i, (a, t) in enumerate(zip(admin, tech)):
        fy = 2021 + i
        lab = f'令和{fy - 2018}年度'
        tot = {'count': a[0] + t[0], 'text': str(a[0] + t[0]), 'women': a[1] + t[1], 'womenText': str(a[1] + t[1])}
        rows.append({'fiscalYear': fy, 'label': lab, 'labelText': lab, 'planned': False, 'total': tot,
                     'admin': {'count': a[0], 'text': str(a[0]), 'women': a[1], 'womenText': str(a[1])},
                     'tech': {'count': t[0], 'text': str(t[0]), 'women': t[1], 'womenText': str(t[1])}})
    fy = 2021 + len(admin)
    lab = f'令和{fy - 2018}年度'
    pa, pt = planned
    rows.append({'fiscalYear': fy, 'label': lab, 'labelText': lab + labels_planned, 'planned': True,
                 'total': {'count': pa + pt, 'text': str(pa + pt), 'women': None},
                 'admin': {'count': pa, 'text': str(pa), 'women': None},
                 'tech': {'count': pt, 'text': str(pt), 'women': None}})
    return rows


def exams(entries, title):
    return {'title': title, 'fiscalYear': 2026, 'textSynthesised': False,
            'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
            'entries': [{'track': t, 'exam': e, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in b],
                         'total': sum(n for _, n in b)} for t, e, b in entries]}


def facts_common(fixture, org, document, asOf, asOfText, lead, tracks, hiring_intro, note, layout, rows,
                 arows, ex, training, inits, stitle, systems, contact, address, routes, decoys):
    return collections.OrderedDict([
        ('organization', org), ('document', document),
        ('edition', {'year': 2026, 'asOf': asOf, 'asOfText': asOfText}),
        ('lead', {'title': '', 'text': [lead]}),
        ('hiring', {'intro': [hiring_intro], 'note': [note], 'tracks': tracks, 'textSynthesised': False,
                    'layout': layout, 'rows': rows}),
        ('assignments', {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）', 'tracks': tracks,
                         'layout': 'ruled 配属先 | ' + tracks['admin'] + ' | ' + tracks['tech'],
                         'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows]}),
        ('exams', ex),
        ('training', {'title': training[0], 'paragraphs': training[1:]}),
        ('initiatives', [{'title': a, 'text': b} for a, b in inits]),
        ('initiativesIntro', ''),
        ('supportTitle', stitle),
        ('supportSystems', [{'name': a, 'duration': b, 'durationText': b, 'text': c} for a, b, c in systems]),
        ('contacts', [contact]),
        ('access', {'address': address, 'routes': routes, 'routesSynthesised': False}),
        ('keyFigures', []), ('decoys', decoys), ('pages', 2), ('fixture', fixture)])


def contact(track, office, tel, email, hours):
    return {'track': track, 'office': office, 'tel': [tel], 'email': [email], 'location': '',
            'telText': ['TEL ' + tel], 'emailText': ['E-mail ' + email], 'hoursText': hours}


def machida_facts():
    tracks = {'admin': '事務', 'tech': '技術'}
    rows = hrows([(30, 14), (33, 16), (29, 15), (35, 18), (32, 17)], [(10, 2), (9, 3), (11, 3), (12, 4), (13, 4)],
                 (34, 12))
    return facts_common(
        'machida-2026', '町田市', '町田市 職員採用案内', '2026-03', '令和8年3月25日発行',
        '町田市は、東京都の南端に位置し、里山の緑と商業のにぎわいが共存するまちです。市民とともに新しい町田をつくる職員を募集します。',
        tracks, '採用者数の推移（単位：人）', '※（　）内はうち女性の人数です。令和8年度は採用予定数です。',
        'ruled 年度 | 事務 | 技術 | 計, women in （）', rows,
        [('総務部', 4, None), ('財務部', 4, None), ('市民部', 6, None), ('いきいき生活部', 5, None),
         ('子ども生活部', 7, None), ('経済観光部', 4, None), ('環境資源部', 2, 3), ('都市づくり部', None, 4),
         ('道路部', None, 4), ('下水道部', None, 2)],
        exams([('事務', '大学卒業程度', [('行政', 26), ('福祉', 3)]), ('事務', '高校卒業程度', [('一般事務', 5)]),
               ('技術', '大学卒業程度', [('総合土木', 6), ('建築', 3), ('電気', 1)]),
               ('技術', '高校卒業程度', [('土木', 2)])], '令和8年度 試験区分別の採用予定'),
        ['研修制度', '新規採用職員は、入庁後1か月の前期研修で市の仕組みと窓口対応の基本を学びます。',
         '2年目以降は、政策形成研修や民間企業への派遣研修など、希望に応じて選べる研修を用意しています。'],
        [('フレックスタイム制', '始業と終業の時刻を30分単位で選び、家庭の事情に合わせて働けます。'),
         ('ペーパーレス会議', '会議資料をタブレットで共有し、準備の手間を減らしています。'),
         ('男性の育児休業', '取得を希望する職員の上司に面談を義務づけ、取得を後押ししています。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '3回まで分割して取得できます。'),
         ('部分休業', '1日2時間まで', '子が小学校に入るまで使えます。'),
         ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        contact('採用に関するお問い合わせ', '町田市総務部職員課 人事係', '042-724-2513', 'jinji010@city.machida.tokyo.jp',
                '受付時間 平日8:30～17:00'),
        '〒194-8520 東京都町田市森野2-2-22',
        ['小田急線・JR横浜線「『町田』」駅から徒歩8分', 'JR横浜線『成瀬』駅から神奈川中央交通バス「町田市役所」下車 徒歩1分'],
        {'slug': 'the printer\'s slug line outside the trim (furniture)', 'cropMarks': 'crop marks (graphics)',
         'orphanHeading': '研修制度 heading at the foot of the left column, its text at the top of the right one',
         'hours': 'the 受付時間 line'})


def houterasu_facts():
    tracks = {'admin': '一般事務', 'tech': 'システム技術'}
    rows = hrows([(18, 10), (21, 12), (17, 9), (24, 14), (22, 13)], [(3, 1), (2, 0), (4, 1), (3, 1), (5, 2)],
                 (25, 4))
    return facts_common(
        'houterasu-2026', '日本司法支援センター', '日本司法支援センター 職員採用案内', '2026-01', '2026年1月発行',
        '日本司法支援センターは、法による紛争の解決に必要な情報とサービスを全国どこでも受けられる社会を目指しています。相談窓口と事務所の運営を支える職員を募集します。',
        tracks, '常勤職員の採用者数（単位：人）', '※（　）内は女性の数です。令和8年度は予定数です。',
        'ruled 年度 | 一般事務 | システム技術 | 計, women in （）', rows,
        [('総務部', 3, 1), ('第一事業部', 4, None), ('第二事業部', 3, None), ('情報システム課', None, 4),
         ('東京地方事務所', 5, None), ('多摩支部', 3, None), ('犯罪被害者支援課', 4, None)],
        exams([('一般事務', '大学卒業程度（職員採用試験）', [('一般事務', 21)]),
               ('一般事務', '社会人経験者選考', [('経験者採用', 4)]),
               ('システム技術', '大学卒業程度（職員採用試験）', [('情報システム', 4)])], '令和8年度 採用予定'),
        ['研修', '入職後は本部で3週間の新任研修を受け、法律相談の流れと関係機関との連携を学びます。',
         '2年目からは地方事務所での実務研修と、弁護士による法律基礎講座に参加できます。'],
        [('テレワーク', '在宅勤務用の端末を全員に貸与し、週2日まで在宅で勤務できます。'),
         ('時差出勤', '始業時刻を7時30分から10時30分まで6段階で選べます。'),
         ('休暇取得の促進', '年次休暇の計画表を四半期ごとに作り、取得を促しています。')],
        '仕事と家庭の両立支援',
        [('育児休業', '子が2歳に達するまで', '2回まで分割して取得できます。'),
         ('短時間勤務', '子が小学校を卒業するまで', '1日6時間まで短縮できます。'),
         ('介護休業', '通算93日まで', '3回まで分割して取得できます。')],
        contact('お問い合わせ', '日本司法支援センター本部 総務部人事課 採用担当', '050-3383-5301', 'saiyo@houterasu.or.jp',
                '受付時間 平日9:00～17:00'),
        '〒164-8570 東京都中野区本町1-32-2 ハーモニータワー8階',
        ['東京メトロ丸ノ内線『中野坂上』駅1番出口から徒歩3分', 'JR中央線『中野』駅南口から徒歩15分'],
        {'rowPitch': 'hiring (20 pt rows) and assignment (14 pt rows) side by side: baselines do not line up',
         'hours': 'the 受付時間 line'})


def nii_facts():
    tracks = {'admin': '事務系職員', 'tech': '技術系職員'}
    rows = hrows([(6, 3), (8, 4), (5, 2), (7, 4), (9, 5)], [(2, 0), (3, 1), (2, 1), (4, 1), (3, 1)], (8, 3))
    return facts_common(
        'nii-2026', '国立情報学研究所', '国立情報学研究所 職員採用案内', '2026-02', '2026年2月発行',
        '国立情報学研究所は、情報学の研究と学術情報基盤の構築を進める研究所です。全国の大学を結ぶネットワークとデータを支える職員を募集します。',
        tracks, '採用者数（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。',
        'ruled 年度 | 事務系職員 | 技術系職員 | 計, women in （）, split into two halves side by side', rows,
        [('総務課', 3, None), ('会計課', 2, None), ('研究推進課', 3, None), ('学術基盤課', 1, 2), ('情報基盤課', None, 1)],
        exams([('事務系職員', '大学卒業程度（統一採用試験）', [('一般事務', 6), ('図書', 1)]),
               ('事務系職員', '大学院修士課程修了程度（機関独自選考）', [('研究支援', 1)]),
               ('技術系職員', '大学卒業程度（統一採用試験）', [('電気・電子・情報', 3)])], '令和8年度 採用予定'),
        ['人材育成', '採用後は機構の新任職員研修で、大学共同利用機関の役割と業務の基礎を学びます。',
         '情報セキュリティや英語の研修のほか、海外の研究機関での短期研修にも参加できます。'],
        [('在宅勤務', '研究所の端末を自宅から安全に使え、月10日まで在宅で勤務できます。'),
         ('業務の自動化', '定型的な集計作業を自動化し、超過勤務を減らしています。'),
         ('キャリア面談', '年に2回、上司と今後の希望を話し合う面談を行います。')],
        '両立支援',
        [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
         ('育児短時間勤務', '子が小学校に入るまで', '週20時間から選べます。'),
         ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        contact('採用に関するお問い合わせ', '国立情報学研究所 総務部総務課 人事チーム', '03-4212-2120', 'jinji@nii.ac.jp',
                '受付時間 平日9:00～17:00'),
        '〒101-8430 東京都千代田区一ツ橋2-1-2 学術総合センター',
        ['東京メトロ東西線『竹橋』駅1b出口から徒歩3分', '東京メトロ半蔵門線『神保町』駅A8出口から徒歩5分'],
        {'kicker': '大学共同利用機関法人 情報・システム研究機構 (not the organisation)',
         'halves': 'the hiring table split into two halves side by side, header repeated',
         'hours': 'the 受付時間 line'})


# ---------------------------------------------------------------- layouts
BLUE, GREEN, BROWN = (0.85, 0.92, 0.97), (0.86, 0.94, 0.86), (0.95, 0.91, 0.84)


def layout_machida(f):
    B = 36.0          # printer's proof: 36 pt of slug / bleed area around the A4 trim
    pages = []
    for n in (1, 2):
        pg = Page(ox=B, oy=B, mw=A4W + 2 * B, mh=A4H + 2 * B)
        pages.append(pg)
        # crop marks (トンボ): outside the 9 pt bleed at every corner, plus centre marks
        for cx, cy, sx, sy in ((B, B, -1, -1), (B + A4W, B, 1, -1), (B, B + A4H, -1, 1), (B + A4W, B + A4H, 1, 1)):
            pg.line(cx + sx * 9, cy, cx + sx * 30, cy, 0.3, absolute=True)
            pg.line(cx, cy + sy * 9, cx, cy + sy * 30, 0.3, absolute=True)
        for cx in (B + A4W / 2,):
            pg.line(cx, 6, cx, 27, 0.3, absolute=True); pg.line(cx, B + A4H + 9, cx, B + A4H + 30, 0.3, absolute=True)
        slug = f'machida_saiyo2026_0325.indd  {n}  2026/03/25  10:42'
        pg.text(B + 20, 18, slug, H, 6, furniture=True, absolute=True)
        pageno(pg, n)
    p1, p2 = pages
    W = A4W
    y = masthead(p1, f, GREEN, bleed=9)
    y = para(p1, 40, y, f['lead']['text'][0], M, 10, W - 80) - 10
    y = heading(p1, 40, y, '採用実績', (0.2, 0.55, 0.3))
    y = para(p1, 40, y, f['hiring']['intro'][0], G, 9, W - 80) + 4
    y = table(p1, 40, y, [160, 115, 115, 125.28], hiring_rows(f), 19, tint_rows=(6,)) - 14
    y = para(p1, 40, y, f['hiring']['note'][0], M, 8.5, W - 80) - 14
    y = heading(p1, 40, y, '配属実績', (0.2, 0.55, 0.3))
    y = para(p1, 40, y, f['assignments']['intro'], G, 9, W - 80) + 4
    table(p1, 40, y, [215.28, 150, 150], assign_rows(f), 17)
    # p2
    y = A4H - 50
    y = heading(p2, 40, y, '採用予定', (0.2, 0.55, 0.3))
    y = para(p2, 40, y, f['exams']['title'], G, 9, W - 80) + 4
    y = table(p2, 40, y, [80, 200, 135.28, 100], exam_rows(f), 18) - 22
    y = heading(p2, 40, y, f['supportTitle'], (0.2, 0.55, 0.3))
    y = table(p2, 40, y + 4, [110, 150, 255.28], support_rows(f), 18, fonts=[G, M, M]) - 24
    # two columns of unequal width; the training heading is ORPHANED at the foot of the left column
    lx, lw_, rx, rw = 40, 250, 310, W - 350
    top = y
    ly = heading(p2, lx, top, '働き方改革の取組', (0.2, 0.55, 0.3))
    ly = initiatives(p2, lx, ly, f, lw_)
    heading(p2, lx, ly - 8, f['training']['title'], (0.2, 0.55, 0.3))
    p2.line(300, top + 10, 300, ly - 16, 0.3, (0.6, 0.6, 0.6))
    ry = top
    for ptxt in f['training']['paragraphs']:
        ry = para(p2, rx, ry, ptxt, M, 9, rw) - 3
    ry = contact_block(p2, rx, ry - 12, f, rw)
    access_block(p2, rx, ry - 12, f, rw, (0.2, 0.55, 0.3))
    # expected order on p2: left column (ending with the orphaned heading), then the right column
    return pages


def reorder_orphan(pg, title):
    """Move the orphaned heading's expected line to the end of the left column (before the right column)."""
    i = pg.exp.index(title)
    pg.exp.pop(i)
    return i


def layout_houterasu(f):
    p1, p2 = Page(), Page()
    pageno(p1, 1); pageno(p2, 2)
    W = A4W
    c = (0.15, 0.35, 0.6)
    y = masthead(p1, f, BLUE)
    y = para(p1, 40, y, f['lead']['text'][0], M, 10, W - 80) - 10
    # two columns side by side, tops aligned, rows of different pitch (20 pt vs 14 pt)
    lx, rx = 40, 356
    ly = heading(p1, lx, y, '採用実績', c)
    ly = para(p1, lx, ly, f['hiring']['intro'][0], G, 9, 300) + 4
    ly = table(p1, lx, ly, [92, 70, 70, 68], hiring_rows(f), 20, tint_rows=(6,)) - 14
    ly = para(p1, lx, ly, f['hiring']['note'][0], M, 8.5, 300)
    ry = heading(p1, rx, y, '配属実績', c)
    ry = para(p1, rx, ry, f['assignments']['intro'], G, 9, 199) + 4
    ry = table(p1, rx, ry, [93, 53, 53.28], assign_rows(f), 14, size=8)
    y = min(ly, ry) - 20
    y = heading(p1, 40, y, '採用予定', c)
    y = para(p1, 40, y, f['exams']['title'], G, 9, W - 80) + 4
    table(p1, 40, y, [85, 200, 130.28, 100], exam_rows(f), 18)
    y = A4H - 50
    y = heading(p2, 40, y, '働き方改革', c)
    y = initiatives(p2, 40, y, f, W - 80, mark='◆') - 10
    y = heading(p2, 40, y, f['supportTitle'], c)
    y = table(p2, 40, y + 4, [100, 150, 265.28], support_rows(f), 18, fonts=[G, M, M]) - 24
    y = heading(p2, 40, y, f['training']['title'], c)
    for ptxt in f['training']['paragraphs']:
        y = para(p2, 40, y, ptxt, M, 9, W - 80) - 3
    y = contact_block(p2, 40, y - 14, f, W - 80)
    access_block(p2, 40, y - 14, f, W - 80, c)
    return [p1, p2]


def layout_nii(f):
    p1, p2 = Page(), Page()
    pageno(p1, 1); pageno(p2, 2)
    W = A4W
    c = (0.45, 0.3, 0.15)
    y = masthead(p1, f, BROWN, kicker='大学共同利用機関法人 情報・システム研究機構')
    y = para(p1, 40, y, f['lead']['text'][0], M, 10, W - 80) - 10
    y = heading(p1, 40, y, '採用実績', c)
    y = para(p1, 40, y, f['hiring']['intro'][0], G, 9, W - 80) + 4
    rows = f['hiring']['rows']
    colw = [96, 52, 52, 50]
    b1 = table(p1, 40, y, colw, hiring_rows(f, rows[:3]), 20)
    b2 = table(p1, W - 40 - 250, y, colw, hiring_rows(f, rows[3:]), 20, tint_rows=(3,))
    y = min(b1, b2) - 14
    y = para(p1, 40, y, f['hiring']['note'][0], M, 8.5, W - 80) - 16
    y = heading(p1, 40, y, '配属実績', c)
    y = para(p1, 40, y, f['assignments']['intro'], G, 9, W - 80) + 4
    y = table(p1, 40, y, [215.28, 150, 150], assign_rows(f), 18) - 22
    y = heading(p1, 40, y, '採用予定', c)
    y = para(p1, 40, y, f['exams']['title'], G, 9, W - 80) + 4
    table(p1, 40, y, [80, 225, 125.28, 85], exam_rows(f, ('区分', '試験', '採用区分', '採用予定数')), 18, size=8)
    y = A4H - 50
    y = heading(p2, 40, y, '働きやすい職場づくり', c)
    y = initiatives(p2, 40, y, f, W - 80) - 10
    y = heading(p2, 40, y, f['supportTitle'], c)
    y = table(p2, 40, y + 4, [110, 150, 255.28], support_rows(f), 18, fonts=[G, M, M]) - 24
    y = heading(p2, 40, y, f['training']['title'], c)
    for ptxt in f['training']['paragraphs']:
        y = para(p2, 40, y, ptxt, M, 9, W - 80) - 3
    y = contact_block(p2, 40, y - 14, f, W - 80)
    access_block(p2, 40, y - 14, f, W - 80, c)
    return [p1, p2]


def expected_machida(pages, f):
    """machida p2: the orphaned heading is drawn last but belongs at the end of the left column."""
    p2 = pages[1]
    t = f['training']['title']
    i = reorder_orphan(p2, t)
    # the left column ends with the last initiative line, which precedes the first training paragraph line
    first_para = wrap(f['training']['paragraphs'][0], M, 9, A4W - 350)[0]
    j = p2.exp.index(first_para)
    p2.exp.insert(j, t)
    assert i >= j


BROCHURES = {
    'machida': (machida_facts, layout_machida, expected_machida, 4501),
    'houterasu': (houterasu_facts, layout_houterasu, None, 4502),
    'nii': (nii_facts, layout_nii, None, 4503),
}


# ---------------------------------------------------------------- checks
def glyph_ok(s, font):
    if font == H:
        return all(32 <= ord(ch) < 127 for ch in s)
    face = pdfmetrics.getFont(font).face
    return all(ord(ch) in face.charToGlyph for ch in s)


def nows(s):
    return ''.join(s.split())


def check_pages(pages):
    for n, pg in enumerate(pages, 1):
        boxes = []
        for it in pg.items:
            if not glyph_ok(it['s'], it['font']):
                raise Refused(f'glyph missing: p{n} {it["s"]!r} in {it["font"]}')
            w = sw(it['s'], it['font'], it['size'])
            b = (it['x'], it['y'] - 0.22 * it['size'], it['x'] + w, it['y'] + 0.88 * it['size'])
            if b[0] < EDGE or b[1] < EDGE or b[2] > pg.mw - EDGE or b[3] > pg.mh - EDGE:
                raise Refused(f'margin: p{n} {it["s"]!r} at ({it["x"]:.1f},{it["y"]:.1f})')
            boxes.append((b, it['s']))
        for s, font, size, cw in pg.cells:
            if sw(s, font, size) > cw - 3:
                raise Refused(f'cell overflow: p{n} {s!r}')
        for s, font, size, width in pg.wrapped:
            if s and (s[0] in NOSTART or s[-1] in NOEND):
                raise Refused(f'kinsoku: p{n} {s!r}')
            if sw(s, font, size) > width + 0.01:
                raise Refused(f'wrapped line too wide: p{n} {s!r}')
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    raise Refused(f'overlap: p{n} {boxes[i][1]!r} / {boxes[j][1]!r}')
        drawn = collections.Counter(nows(''.join(it['s'] for it in pg.items if not it['furniture'])))
        exp = collections.Counter(nows(''.join(pg.exp)))
        if drawn != exp:
            raise Refused(f'drawn vs expected text differ on p{n}: +{dict(drawn - exp)} -{dict(exp - drawn)}')


def check_arith(f):
    h = f['hiring']['rows']
    for r in h:
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if c['text'] != str(c['count']):
                raise Refused(f'arithmetic: printed text of {r["labelText"]} {k}')
            if r['planned']:
                if c.get('women') is not None:
                    raise Refused(f'arithmetic: planned row {r["labelText"]} has women')
            else:
                if c.get('women') is None or c.get('womenText') != str(c['women']):
                    raise Refused(f'arithmetic: women of {r["labelText"]} {k}')
                if c['women'] > c['count']:
                    raise Refused(f'arithmetic: women > heads in {r["labelText"]} {k}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused(f'arithmetic: total heads of {r["labelText"]}')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused(f'arithmetic: total women of {r["labelText"]}')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度':
            raise Refused(f'arithmetic: era label of {r["fiscalYear"]}')
    planned = [i for i, r in enumerate(h) if r['planned']]
    if planned != [len(h) - 1]:
        raise Refused('arithmetic: exactly one planned row, the last')
    years = [r['fiscalYear'] for r in h]
    if len(h) - 1 < 5 or years != list(range(years[0], years[0] + len(h))):
        raise Refused('arithmetic: years not >= 5 consecutive actual + planned')
    py = h[-1]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        raise Refused('arithmetic: planned year / edition year / exam year')
    a = f['assignments']
    if a['cohortFiscalYear'] != py - 1:
        raise Refused('arithmetic: assignment cohort is not the last actual year')
    cohort = h[-2]
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('arithmetic: duplicate assignment unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                raise Refused(f'arithmetic: zero / negative assignment {r["unit"]}')
    for k in ('admin', 'tech'):
        if sum(r[k] or 0 for r in a['rows']) != cohort[k]['count']:
            raise Refused(f'arithmetic: assignment sum {k} != cohort hires')
    keys = []
    per = collections.Counter()
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            raise Refused(f'arithmetic: exam entry total {e["exam"]}')
        t = score_extract.track(e['track'])
        if t == 'other':
            raise Refused(f'arithmetic: exam track {e["track"]} maps to other')
        per[t] += e['total']
        for b in e['breakdown']:
            keys.append((t, score_extract.level(e['exam']), score_extract.norm(b['category'])))
    if len(set(keys)) != len(keys):
        raise Refused('arithmetic: colliding exam categories')
    if per['administrative'] != h[-1]['admin']['count'] or per['technical'] != h[-1]['tech']['count']:
        raise Refused('arithmetic: exam categories of a track != planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('arithmetic: support duration')


def check_printed(f, pages):
    lines = [l for pg in pages for l in pg.exp]
    flat = nows(''.join(lines))
    want = [f['organization'], f['edition']['asOfText'], f['lead']['text'][0]]
    h = f['hiring']
    want += h['intro'] + h['note'] + list(h['tracks'].values())
    a = f['assignments']
    want += [a['intro']] + list(a['tracks'].values()) + [r['unit'] for r in a['rows']]
    e = f['exams']
    want += [e['title']] + [x['track'] for x in e['entries']] + [x['exam'] for x in e['entries']]
    want += [b['category'] for x in e['entries'] for b in x['breakdown']]
    for c in f['contacts']:
        want += [c['track'], c['office'], c['hoursText']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
        for t, tt in zip(c['tel'], c['telText']):
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', tt):
                raise Refused('printed: TEL line digits differ from the phone')
        for m, mt in zip(c['email'], c['emailText']):
            if m not in mt:
                raise Refused('printed: E-mail line lacks the e-mail')
    want += [f['access']['address']] + [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']:
        want += [i['title'], i['text']]
    want += [f['supportTitle']]
    for s in f['supportSystems']:
        want += [s['name'], s['durationText'], s['text']]
    want += [f['training']['title']] + f['training']['paragraphs']
    for w in want:
        if nows(w) not in flat:
            raise Refused(f'printed: fact string not printed: {w!r}')
    for r in h['rows']:
        hit = False
        for l in lines:
            cells = l.split('\t')
            if cells[0] != r['labelText']:
                continue
            ok = True
            for k in ('admin', 'tech', 'total'):
                c = r[k]
                s = c['text'] if r['planned'] else f"{c['text']}（{c['womenText']}）"
                ok = ok and s in cells[1:]
            hit = hit or ok
        if not hit:
            raise Refused(f'printed: hiring row {r["labelText"]} numbers not on its line')


def standin(f):
    def c(x):
        return {'count': x['count'], 'women': x.get('women')}
    routes = [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': c(r['total']),
                             'administrative': c(r['admin']), 'technical': c(r['tech'])} for r in f['hiring']['rows']]},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': score_extract.track(e['track']), 'level': score_extract.level(e['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': x['office'], 'phones': [{'number': t} for t in x['tel']], 'emails': x['email']}
                     for x in f['contacts']],
        'access': {'routes': routes},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


KINDS = ['organization', 'edition', 'hiring', 'assignment', 'assignment cohort', 'exam', 'phone', 'email', 'office',
         'route', 'initiative', 'support']


def check_score(f, pages):
    drawn = nows(''.join(l for pg in pages for l in pg.exp))
    drawn = score_extract.norm(drawn)
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused(f'stand-in document misses: {bad[:3]}')
    kinds = set()
    for n, _ in res:
        kinds.add('assignment cohort' if n == 'assignment cohort' else n.split(' ')[0])
    if set(KINDS) - kinds:
        raise Refused(f'stand-in document does not reach: {sorted(set(KINDS) - kinds)}')
    empty = score_extract.checks(f, {}, drawn)
    if any(ok for _, ok in empty):
        raise Refused('an empty document scores something')
    return len(res)


def render(pages, seed):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, invariant=1, pageCompression=0)
    for n, pg in enumerate(pages):
        cv.setPageSize((pg.mw, pg.mh))
        if pg.mw != pg.w:
            cv.setTrimBox((pg.ox, pg.oy, pg.ox + pg.w, pg.oy + pg.h))
            cv.setBleedBox((pg.ox - 9, pg.oy - 9, pg.ox + pg.w + 9, pg.oy + pg.h + 9))
        for g in pg.gfx:
            cv.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    cv.setFillColorRGB(*fill)
                if stroke:
                    cv.setStrokeColorRGB(*stroke)
                cv.setLineWidth(lw)
                cv.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                _, x1, y1, x2, y2, lw, color = g
                cv.setStrokeColorRGB(*color); cv.setLineWidth(lw)
                cv.line(x1, y1, x2, y2)
            cv.restoreState()
        order = list(range(len(pg.items)))
        random.Random(seed * 100 + n).shuffle(order)
        for i in order:
            it = pg.items[i]
            cv.saveState()
            cv.setFillColorRGB(*it['color'])
            t = cv.beginText(it['x'], it['y'])
            t.setFont(it['font'], it['size'])
            t.textOut(it['s'])
            cv.drawText(t)
            cv.restoreState()
        cv.showPage()
    cv.save()
    return buf.getvalue()


def check_pdf(pdf, pages):
    n_obj = len(re.findall(rb'BT\s+1 0 0 1 ', pdf))
    n_items = sum(len(pg.items) for pg in pages)
    if n_obj != n_items:
        raise Refused(f'text objects {n_obj} != text items {n_items}')
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'x.pdf')
        open(p, 'wb').write(pdf)
        for n, pg in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), '-enc', 'UTF-8', p, '-'],
                                 capture_output=True, check=True).stdout.decode('utf-8')
            got = collections.Counter(nows(out))
            want = collections.Counter(nows(''.join(it['s'] for it in pg.items)))
            if got != want:
                raise Refused(f'pdftotext p{n} differs: +{dict(got - want)} -{dict(want - got)}')


def apply_fact_fault(f, fault):
    h, a, e = f['hiring']['rows'], f['assignments']['rows'], f['exams']['entries']
    if fault == 'hiring_total':
        h[0]['total']['count'] += 1; h[0]['total']['text'] = str(h[0]['total']['count'])
    elif fault == 'women_total':
        h[1]['total']['women'] += 1; h[1]['total']['womenText'] = str(h[1]['total']['women'])
    elif fault == 'assign':
        r = next(r for r in a if r['admin']); r['admin'] += 1
    elif fault == 'exam':
        e[0]['breakdown'][0]['count'] += 1
    elif fault == 'email':
        f['contacts'][0]['email'][0] = 'x' + f['contacts'][0]['email'][0]
    elif fault == 'planned_women':
        h[-1]['total']['women'] = 3
    elif fault == 'planned_first':
        h.insert(0, h.pop())
    elif fault == 'collide':
        b = e[0]['breakdown'][0]
        b['count'] -= 1
        e[0]['breakdown'].insert(1, {'category': b['category'], 'count': 1})
    elif fault == 'dup_unit':
        a[1]['unit'] = a[0]['unit']
    elif fault == 'exam_track':
        e[-1]['breakdown'][-1]['count'] += 1; e[-1]['total'] += 1


def build(name, fault=None, write=True):
    global FAULT
    FAULT = fault
    try:
        mk, lay, fix, seed = BROCHURES[name]
        f = mk()
        pages = lay(f)
        if fix:
            fix(pages, f)
        p0 = pages[0]
        if fault == 'overlap':
            it = dict(p0.items[-1]); p0.items.append(it); p0.exp.append(it['s'])
        elif fault == 'extra_char':
            p0.exp[-1] += '字'
        elif fault == 'emoji':
            p0.text(40, 60, '\U0001F600', G, 9); p0.exp.append('\U0001F600')
        elif fault == 'margin':
            p0.items.append(dict(x=5, y=400, s='余白', font=G, size=9, color=(0, 0, 0), furniture=False))
            p0.exp.append('余白')
        elif fault == 'kinsoku':
            p0.wrapped.append(('。の行', M, 9, 300))
        apply_fact_fault(f, fault)
        check_pages(pages)
        check_arith(f)
        check_printed(f, pages)
        nfacts = check_score(f, pages)
        pdf = render(pages, seed)
        if render(pages, seed) != pdf:
            raise Refused('two renderings differ')
        check_pdf(pdf, pages)
    finally:
        FAULT = None
    if write:
        os.makedirs(OUT, exist_ok=True)
        base = os.path.join(OUT, f['fixture'])
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w', encoding='utf-8').write(
            '\n\f\n'.join('\n'.join(pg.exp) for pg in pages) + '\n')
        open(base + '.facts.json', 'w', encoding='utf-8').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    return nfacts, [len(pg.items) for pg in pages]


FAULTS = {  # fault -> a word the refusal must contain
    'overlap': 'overlap', 'extra_char': 'drawn vs expected', 'hiring_total': 'total heads',
    'women_total': 'total women', 'assign': 'assignment sum', 'exam': 'exam entry total', 'email': 'printed:',
    'emoji': 'glyph', 'margin': 'margin', 'planned_women': 'planned row', 'planned_first': 'one planned row',
    'collide': 'colliding', 'overflow': 'cell overflow', 'kinsoku': 'kinsoku', 'dup_unit': 'duplicate',
    'exam_track': 'track != planned',
}


def selftest(verbose):
    ok = total = 0
    for name in BROCHURES:
        for fault, word in FAULTS.items():
            total += 1
            try:
                build(name, fault, write=False)
                msg = 'NOT REFUSED'
            except Refused as ex:
                msg = str(ex)
                if word in msg:
                    ok += 1
                else:
                    msg = 'WRONG REASON: ' + msg
            if verbose:
                print(f'{name:10} {fault:14} {msg}')
    total += 1
    ls = wrap('あいうえおかきくけこ。さしすせそ、たちつてと（なにぬねの）はひふへほ', M, 10, 100)
    if all(l[0] not in NOSTART and l[-1] not in NOEND for l in ls if l):
        ok += 1
    if verbose:
        print('wrap kinsoku', ls)
    print(f'selftest: {ok}/{total} faults refused')
    return ok == total


def main():
    args = sys.argv[1:]
    if args and args[0] == '--selftest':
        sys.exit(0 if selftest('-v' in args) else 1)
    names = args or list(BROCHURES)
    tot = 0
    for n in names:
        k, items = build(n)
        tot += k
        print(f'{n}: {k} fact checks, text items per page {items} ({sum(items)})')
    print(f'all: {tot} fact checks')


if __name__ == '__main__':
    main()
