#!/usr/bin/env python3
"""Blind holdout set 38: three Japanese recruitment brochures (yamagata, asahikawa, nied).

Self-contained; writes Fixtures/holdout38/NAME.{pdf,expected.txt,facts.json}.
  python3 Fixtures/generate_holdout38.py [name ...]     build (deterministic)
  python3 Fixtures/generate_holdout38.py --selftest [-v] fault injection: every fault must be refused
"""
import copy, hashlib, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout38')
REPO = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
import score_extract  # checks() only

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.28, 841.89
MARGIN = 14
NO_START = set('、。，．）」』】〕・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ％')
NO_END = set('（「『【〔')


class Refused(Exception):
    pass


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


class Doc:
    def __init__(self):
        self.pages = []

    def page(self):
        p = {'items': [], 'gfx': [], 'lines': [], 'cells': []}
        self.pages.append(p)
        return p


def text(p, x, y, s, font='G', size=9, furn=False, align='left', color=(0, 0, 0)):
    if align == 'right':
        x -= sw(s, font, size)
    elif align == 'center':
        x -= sw(s, font, size) / 2
    p['items'].append({'x': x, 'y': y, 's': s, 'font': font, 'size': size, 'furn': furn, 'color': color})


def line(p, x, y, s, font='G', size=9, align='left', color=(0, 0, 0)):
    text(p, x, y, s, font, size, False, align, color)
    p['lines'].append(s)


def gfx(p, fn):
    p['gfx'].append(fn)


def wrap(s, font, size, width):
    out, cur = [], ''
    for ch in s:
        if sw(cur + ch, font, size) > width and cur:
            if ch in NO_START:  # pull the last char down with it
                out.append(cur[:-1]); cur = cur[-1] + ch
            else:
                out.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    # an opening bracket at a line end moves down
    for i in range(len(out) - 1):
        while out[i] and out[i][-1] in NO_END:
            out[i + 1] = out[i][-1] + out[i + 1]; out[i] = out[i][:-1]
    return out


def kinsoku_ok(lines):
    for i, l in enumerate(lines):
        if i > 0 and l and l[0] in NO_START:
            return False
        if i < len(lines) - 1 and l and l[-1] in NO_END:
            return False
    return True


def para(p, x, y, s, width, font='M', size=9, lead=14, wrapped=None):
    ls = wrap(s, font, size, width)
    if wrapped is not None:
        wrapped.append(ls)
    for l in ls:
        line(p, x, y, l, font, size); y -= lead
    return y


def table(p, x, ytop, widths, rows, size=8.5, rowh=15, font='G', aligns=None, tint_rows=(), header=True):
    n = len(rows)
    aligns = aligns or ['left'] + ['right'] * (len(widths) - 1)
    total_w = sum(widths)

    def draw(c, x=x, ytop=ytop, widths=widths, n=n, total_w=total_w):
        for i in range(n):
            if (header and i == 0) or i in tint_rows:
                c.setFillColorRGB(0.88, 0.92, 0.96) if i == 0 else c.setFillColorRGB(0.98, 0.94, 0.86)
                c.rect(x, ytop - (i + 1) * rowh, total_w, rowh, stroke=0, fill=1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3); c.setLineWidth(0.5)
        for i in range(n + 1):
            c.line(x, ytop - i * rowh, x + total_w, ytop - i * rowh)
        xx = x
        for w in widths + [0]:
            c.line(xx, ytop, xx, ytop - n * rowh); xx += w
    gfx(p, draw)
    for i, r in enumerate(rows):
        xx = x
        y = ytop - (i + 1) * rowh + (rowh - size) / 2 + 1.5
        for j, cell in enumerate(r):
            w = widths[j]
            if cell != '':
                a = 'center' if (header and i == 0) else aligns[j]
                tx = xx + 3 if a == 'left' else (xx + w - 3 if a == 'right' else xx + w / 2)
                text(p, tx, y, cell, font, size, align=a)
                p['cells'].append((cell, font, size, w - 6))
            xx += w
        p['lines'].append('\t'.join(r))
    return ytop - n * rowh


# ---------------------------------------------------------------- data
def wareki(y):
    return f'令和{y - 2018}年度'


SPECS = {
 'yamagata': {
  'fixture': 'yamagata-2026', 'org': '山形県', 'title': '職員採用案内', 'edition': ('2026-04', '令和8年4月発行'),
  'color': (0.05, 0.35, 0.25),
  'lead': '豊かな自然と四季に恵まれた山形で、県民の暮らしを支える仕事に挑戦しませんか。山形県は、多様な経験を持つ人材を求めています。',
  'tracks': ('事務職', '技術職'), 'atracks': ('事務', '技術'),
  # year, admin, admin women, tech, tech women, total, total women
  'hiring': [(2020, 62, 25, 38, 8, 100, 33), (2021, 58, 24, 41, 10, 99, 34), (2022, 65, 30, 36, 9, 101, 39),
             (2023, 60, 27, 44, 12, 104, 39), (2024, 66, 31, 40, 11, 106, 42), (2025, 70, 33, 45, 14, 115, 47),
             (2026, 72, None, 48, None, 120, None)],
  'diffcol': True, 'cumrow': False, 'card': '採用担当　高橋 さくら',
  'assign': [('総務部', 8, None), ('企画振興部', 6, 2), ('環境エネルギー部', 4, 3), ('健康福祉部', 12, 2), ('産業労働部', 7, None),
             ('農林水産部', 9, 12), ('県土整備部', 6, 20), ('教育庁', 10, 2), ('警察本部', 8, 4)],
  'exams': [('事務職', '大学卒業程度', [('行政', 52), ('警察行政', 6)]), ('事務職', '高校卒業程度', [('一般事務', 14)]),
            ('技術職', '大学卒業程度', [('総合土木', 22), ('建築', 6), ('農業', 8), ('林業', 5)]),
            ('技術職', '高校卒業程度', [('土木（高卒）', 7)])],
  'initiatives': [('テレワークの推進', '在宅勤務やサテライトオフィスでの勤務ができます。'), ('時差出勤', '始業時刻を7時30分から10時までの間で選べます。'),
                  ('男性の育児参画', '子が生まれた男性職員の育児休業取得を後押しします。')],
  'support_title': '子育て・介護との両立支援',
  'support': [('育児休業', '子が3歳に達するまで', '期間中は共済組合から手当金が支給されます。'), ('部分休業', '小学校就学前まで', '1日2時間以内で勤務しないことができます。'),
              ('介護休暇', '通算6か月', '3回まで分割して取得できます。')],
  'training': ('人材育成', ['新規採用職員研修では、県政の基礎と公務員としての心構えを学びます。', '採用後おおむね10年間で3か所程度の職場を経験し、幅広い視野を身につけます。']),
  'contact': ('山形県人事委員会事務局 任用課', ['023-630-2101'], ['ykensyoku@pref.yamagata.jp'], '受付時間 平日8:30〜17:15'),
  'address': '〒990-8570 山形県山形市松波二丁目8番1号',
  'routes': ['JR奥羽本線『山形』駅から山交バス「県庁前」行きで約15分', 'JR仙山線『北山形』駅から山交バス「県庁前」行きで約20分'],
 },
 'asahikawa': {
  'fixture': 'asahikawa-2026', 'org': '旭川市', 'title': '職員採用ガイド', 'edition': ('2026-03', '2026年3月発行'),
  'color': (0.15, 0.3, 0.6),
  'lead': '北海道のほぼ中央に位置する旭川市で、まちの未来をともにつくる仲間を募集しています。',
  'tracks': ('事務職', '技術職'), 'atracks': ('事務', '技術'),
  'hiring': [(2020, 38, 16, 20, 4, 58, 20), (2021, 41, 18, 22, 5, 63, 23), (2022, 36, 15, 24, 6, 60, 21),
             (2023, 44, 20, 19, 4, 63, 24), (2024, 40, 19, 23, 7, 63, 26), (2025, 46, 22, 25, 8, 71, 30),
             (2026, 48, None, 26, None, 74, None)],
  'diffcol': False, 'cumrow': True, 'databars': True, 'watermark': 'RECRUIT 2026',
  'elig': {'一般行政': '平成8年4月2日以降', '社会福祉': '平成8年4月2日以降', '一般事務': '平成16年4月2日以降', '土木': '平成8年4月2日以降',
           '建築': '平成8年4月2日以降', '電気': '平成8年4月2日以降', '保健師': '昭和61年4月2日以降', '土木（高校卒）': '平成16年4月2日以降'},
  'assign': [('総務部', 5, None), ('税務部', 6, None), ('福祉保険部', 9, None), ('子育て支援部', 7, 1), ('保健所', 3, 3),
             ('経済部', 5, 1), ('農政部', 2, 3), ('土木部', 3, 10), ('上下水道部', 4, 5), ('教育委員会', 2, 2)],
  'exams': [('事務職', '大学卒業程度', [('一般行政', 36), ('社会福祉', 6)]), ('事務職', '高校卒業程度', [('一般事務', 6)]),
            ('技術職', '大学卒業程度', [('土木', 12), ('建築', 5), ('電気', 3), ('保健師', 4)]),
            ('技術職', '高校卒業程度', [('土木（高校卒）', 2)])],
  'initiatives': [('フレックスタイム制', '1日の勤務時間を柔軟に割り振ることができます。'), ('ノー残業デー', '毎週水曜日は定時退庁を呼びかけています。'),
                  ('キャリア面談', '年1回、上司とキャリアについて話し合います。')],
  'support_title': '両立支援制度',
  'support': [('育児休業', '子が3歳に達するまで', '男性職員の取得率も上がっています。'), ('育児短時間勤務', '小学校就学前まで', '週の勤務時間を短くできます。'),
              ('子の看護休暇', '年5日', '子が2人以上なら年10日です。')],
  'training': ('研修制度', ['採用から3年間は、階層別研修とOJTで基礎を固めます。', '国や北海道への派遣研修、大学院での研修などの機会もあります。']),
  'contact': ('総務部 職員課 人材育成係', ['0166-25-5104'], ['jinji@city.asahikawa.lg.jp'], '受付時間 平日8:45〜17:15'),
  'address': '〒070-8525 北海道旭川市7条通9丁目',
  'routes': ['JR函館本線『旭川』駅から徒歩約10分', 'JR宗谷本線『旭川四条』駅から徒歩約15分'],
 },
 'nied': {
  'fixture': 'nied-2026', 'org': '防災科学技術研究所', 'title': '職員採用案内', 'edition': ('2026-02', '2026年2月発行'),
  'kicker': '国立研究開発法人',
  'color': (0.55, 0.15, 0.1),
  'lead': '地震、津波、火山、豪雨、雪氷。あらゆる自然災害から命と暮らしを守るため、研究と観測を支える職員を募集します。',
  'tracks': ('事務職員', '技術職員'), 'atracks': ('事務職員', '技術職員'),
  'hiring': [(2021, 6, 3, 4, 1, 10, 4), (2022, 5, 2, 5, 2, 10, 4), (2023, 7, 4, 3, 1, 10, 5),
             (2024, 6, 3, 6, 2, 12, 5), (2025, 8, 4, 5, 2, 13, 6), (2026, 8, None, 6, None, 14, None)],
  'diffcol': False, 'cumrow': False,
  'assign': [('総務部', 3, None), ('財務部', 2, None), ('企画部', 1, 1), ('地震津波火山ネットワークセンター', None, 2),
             ('災害過程研究部門', 1, 1), ('研究推進部', 1, 1)],
  'exams': [('事務職員', '大学卒業程度', [('一般事務', 6), ('研究支援', 2)]), ('技術職員', '大学院修了程度', [('観測技術', 3)]),
            ('技術職員', '大学卒業程度', [('情報システム', 2), ('施設管理', 1)])],
  'initiatives': [('裁量労働', '研究支援業務の一部で裁量労働制を導入しています。'), ('在宅勤務', '週3日まで在宅勤務ができます。'),
                  ('研究所公開', '毎年4月の一般公開に職員全員で取り組みます。')],
  'support_title': '仕事と生活の両立',
  'support': [('育児休業', '子が3歳に達するまで', '復職前の面談で不安を解消します。'), ('介護休業', '通算93日', '3回まで分けて取得できます。'),
              ('配偶者出産休暇', '2日', '出産に付き添うための休暇です。'), ('リフレッシュ休暇', '勤続10年ごとに3日', '節目の年に心身を休めます。')],
  'training': ('研修・育成', ['入所時研修で、防災科学の基礎と研究所の事業を学びます。', '観測施設での実地研修や、文部科学省など関係機関への出向の機会もあります。']),
  'contact': ('総務部 人事課 採用担当', ['029-851-1611'], ['saiyo@bosai.go.jp'], '受付時間 平日9:00〜17:00'),
  'address': '〒305-0006 茨城県つくば市天王台3-1',
  'routes': ['つくばエクスプレス『つくば』駅から関東鉄道バス「防災科研前」下車、約15分', 'JR常磐線『荒川沖』駅から関東鉄道バス「防災科研前」下車、約25分'],
  'kpi': {'裁量労働': '目標：対象職員の利用率50%（2027年度）', '在宅勤務': '目標：在宅勤務の実施率80%（2027年度）', '研究所公開': '2025年度の来場者 約1万2千人'},
 },
}


# ---------------------------------------------------------------- layout
def masthead(p, sp, edition_text):
    col = sp['color']
    gfx(p, lambda c: (c.setFillColorRGB(*col), c.rect(0, H - 92, W, 92, stroke=0, fill=1)))
    y = H - 60
    if sp.get('kicker'):
        line(p, 40, H - 34, sp['kicker'], 'G', 9, color=(1, 1, 1))
    text(p, 40, y, sp['org'], 'M', 24, color=(1, 1, 1))
    x2 = 40 + sw(sp['org'], 'M', 24) + 10
    text(p, x2, y, sp['title'], 'G', 13, color=(1, 1, 1))
    p['lines'].append(sp['org'] + ' ' + sp['title'])
    line(p, W - 40, y, edition_text, 'G', 9, align='right', color=(1, 1, 1))


def heading(p, y, s, col):
    gfx(p, lambda c, y=y: (c.setFillColorRGB(*col), c.rect(40, y - 3, 4, 14, stroke=0, fill=1)))
    line(p, 50, y, s, 'G', 11.5)
    return y - 20


def build(sp, fault=None):
    sp = copy.deepcopy(sp)
    doc = Doc()
    col = sp['color']
    wrapped = []
    admin_t, tech_t = sp['tracks']
    ys = [r[0] for r in sp['hiring']]
    planned_year = sp['hiring'][-1][0]
    # ---- page 1
    p = doc.page()
    masthead(p, sp, sp['edition'][1])
    y = para(p, 40, H - 120, sp['lead'], W - 80, 'M', 10, 16, wrapped)
    y = heading(p, y - 8, '採用者数の推移', col)
    line(p, 40, y, '（単位：人）うち女性は内数です。', 'G', 8.5); y -= 8
    hdr = ['年度', admin_t, 'うち女性', tech_t, 'うち女性', '合計', 'うち女性']
    if sp['diffcol']:
        hdr.append('前年度差')
    rows = [hdr]
    hiring_rows = []
    prev = None
    for (fy, a, aw, t, tw, tot, totw) in sp['hiring']:
        planned = fy == planned_year
        lab = wareki(fy) + ('（予定）' if planned else '')
        cells = [lab, str(a), '－' if aw is None else str(aw), str(t), '－' if tw is None else str(tw),
                 str(tot), '－' if totw is None else str(totw)]
        if sp['diffcol']:
            if prev is None:
                cells.append('－')
            else:
                d = tot - prev
                cells.append(('＋' + str(d)) if d > 0 else (('▲' + str(-d)) if d < 0 else '±0'))
        prev = tot
        rows.append(cells)
        hiring_rows.append({'fiscalYear': fy, 'label': wareki(fy), 'labelText': lab, 'planned': planned,
                            'total': {'count': tot, 'women': totw, 'text': str(tot)} | ({} if totw is None else {'womenText': str(totw)}),
                            'admin': {'count': a, 'women': aw, 'text': str(a)} | ({} if aw is None else {'womenText': str(aw)}),
                            'tech': {'count': t, 'women': tw, 'text': str(t)} | ({} if tw is None else {'womenText': str(tw)})})
    tint = (len(rows) - 1,)
    if sp['cumrow']:
        act = [r for r in sp['hiring'] if r[0] != planned_year]
        rows.append([f'{len(act)}年間累計'] + [str(sum(r[k] for r in act)) for k in range(1, 7)])
        tint = (len(rows) - 2, len(rows) - 1)
    widths = [92, 58, 54, 58, 54, 54, 54] + ([56] if sp['diffcol'] else [])
    ytab = y
    if sp.get('databars'):
        mx = max(r[5] for r in sp['hiring'])
        x0 = 40 + sum(widths[:5])
        def bars(c, ytab=ytab, x0=x0, mx=mx, hr=sp['hiring'], py=planned_year):
            for i, r in enumerate(hr):
                yy = ytab - (i + 2) * 15 + 3
                L = (widths[5] - 8) * r[5] / mx
                if r[0] == py:
                    c.setDash(2, 1.5); c.setStrokeColorRGB(0.2, 0.4, 0.8); c.setLineWidth(0.7)
                    c.rect(x0 + 4, yy, L, 9, stroke=1, fill=0); c.setDash()
                else:
                    c.setFillColorRGB(0.72, 0.83, 0.97); c.rect(x0 + 4, yy, L, 9, stroke=0, fill=1)
        y = table(p, 40, y, widths, rows, tint_rows=tint)
        gfx(p, bars)
        y -= 14
    else:
        y = table(p, 40, y, widths, rows, tint_rows=tint) - 14
    notes = ['※令和8年度は採用予定数です。']
    if sp['diffcol']:
        notes.append('※前年度差は合計の増減で、▲は減少を表します。')
    if sp['cumrow']:
        notes.append(f'※累計は令和{ys[0]-2018}年度から令和{ys[-2]-2018}年度までの採用者数の合計です。')
    for n in notes:
        line(p, 40, y, n, 'G', 8); y -= 13
    decoys = {}
    if sp['fixture'].startswith('yamagata'):
        # decoy: a history timeline (沿革) box with era years
        y -= 6
        bx_top = y
        hist = [('明治9年', '三県が合併し、現在の山形県が誕生'), ('昭和22年', '地方自治法の施行、初の公選知事'),
                ('平成4年', '山形新幹線が開業'), ('平成26年', '県庁舎の耐震改修が完了')]
        bh = 22 + 16 * len(hist)
        gfx(p, lambda c, t=bx_top, bh=bh: (c.setStrokeColorRGB(*col), c.setLineWidth(0.8), c.roundRect(40, t - bh, W - 80, bh, 6, stroke=1, fill=0),
                                          c.setLineWidth(1.5), c.line(118, t - 24, 118, t - bh + 8)))
        line(p, 52, y - 15, '山形県のあゆみ', 'G', 10); y -= 34
        for yr, ev in hist:
            gfx(p, lambda c, yy=y: (c.setFillColorRGB(*col), c.circle(118, yy + 3, 3, stroke=0, fill=1)))
            text(p, 52, y, yr, 'G', 8.5); text(p, 128, y, ev, 'M', 8.5)
            p['lines'].append(yr); p['lines'].append(ev)
            y -= 16
        y = bx_top - bh - 18
        decoys['history'] = 'the 山形県のあゆみ timeline box (明治9年 …): era years, no fact'
    cohort = ys[-2]
    y = heading(p, y - 4, f'{wareki(cohort)}採用者の配属先', col)
    arows = [['配属先', sp['atracks'][0], sp['atracks'][1]]]
    for u, a, t in sp['assign']:
        arows.append([u, '－' if a is None else str(a), '－' if t is None else str(t)])
    aw = [170 if len(max((r[0] for r in arows), key=len)) > 10 else 120, 52, 52]
    ya = table(p, 40, y, aw, arows)
    if sp['fixture'].startswith('asahikawa'):
        # decoy: pie chart of staff age structure, labels with percentages
        cx, cy, r = 420, y - 80, 58
        parts = [('20代', 18, (0.55, 0.75, 0.95)), ('30代', 24, (0.35, 0.6, 0.9)), ('40代', 27, (0.2, 0.45, 0.8)),
                 ('50代以上', 31, (0.1, 0.3, 0.6))]
        def pie(c, cx=cx, cy=cy, r=r, parts=parts):
            a0 = 90
            for _, pct, rgb in parts:
                c.setFillColorRGB(*rgb); c.setStrokeColorRGB(1, 1, 1)
                c.wedge(cx - r, cy - r, cx + r, cy + r, a0 - pct * 3.6, pct * 3.6, stroke=1, fill=1)
                a0 -= pct * 3.6
        gfx(p, pie)
        line(p, cx, y - 4, '職員の年代構成（円グラフ）', 'G', 9, align='center')
        ly = y - 160
        for lab, pct, rgb in parts:
            gfx(p, lambda c, ly=ly, rgb=rgb: (c.setFillColorRGB(*rgb), c.rect(360, ly, 8, 8, stroke=0, fill=1)))
            text(p, 374, ly, lab, 'G', 8.5); text(p, 470, ly, f'{pct}%', 'Helvetica', 8.5, align='right')
            p['lines'].append(lab); p['lines'].append(f'{pct}%')
            ly -= 14
        line(p, 360, ly - 2, '全職員2,914人（令和7年4月1日現在）', 'G', 7.5)
        decoys['pie'] = 'the 職員の年代構成 pie chart: legend percentages and the staff total, no fact'
    if sp.get('watermark'):
        text(p, W / 2, 110, sp['watermark'], 'Helvetica-Bold', 64, furn=True, align='center', color=(0.9, 0.93, 0.97))
    text(p, W / 2, 24, '- 1 -', 'Helvetica', 8, furn=True, align='center')
    # ---- page 2
    p = doc.page()
    text(p, W - 40, H - 30, f'{sp["org"]} {sp["title"]} 2026', 'G', 8, furn=True, align='right')
    y = H - 60
    y = heading(p, y, f'{wareki(planned_year)} 採用予定', col)
    erows = [['区分', '試験', '職種', '採用予定'] + (['受験資格（生年月日）'] if sp.get('elig') else [])]
    for tr, lvl, cats in sp['exams']:
        for cat, n in cats:
            erows.append([tr, lvl, cat, f'{n}名'] + ([sp['elig'][cat]] if sp.get('elig') else []))
    ew = [80, 100, 110, 60] + ([130] if sp.get('elig') else [])
    y = table(p, 40, y, ew, erows, aligns=['left', 'left', 'left', 'right', 'left']) - 24
    if sp.get('elig'):
        decoys['eligibility'] = 'the 受験資格（生年月日） column: era birth dates, no fact'
    # initiatives
    y = heading(p, y, '働きやすい職場づくり', col)
    for t, s in sp['initiatives']:
        line(p, 44, y, '◆' + t, 'G', 9.5); y -= 14
        y = para(p, 56, y, s, W - 110, 'M', 9, 13, wrapped) - 3
        if sp.get('kpi'):
            k = sp['kpi'][t]
            gfx(p, lambda c, yy=y: (c.setFillColorRGB(0.98, 0.9, 0.85), c.roundRect(54, yy - 3, sw(k, 'G', 8) + 8, 12, 3, stroke=0, fill=1)))
            line(p, 58, y, k, 'G', 8, color=(0.6, 0.1, 0.05)); y -= 16
            decoys['kpi'] = 'the 目標 (KPI) line under each initiative, no fact'
    y -= 8
    y = heading(p, y, sp['support_title'], col)
    if sp['fixture'].startswith('nied'):
        # support systems as a CHECKLIST: drawn tick boxes, name and period on one line? no: name, period, text
        for name, per, s in sp['support']:
            def tick(c, yy=y):
                c.setStrokeColorRGB(0.2, 0.2, 0.2); c.setLineWidth(0.7); c.rect(44, yy - 1, 9, 9, stroke=1, fill=0)
                c.setStrokeColorRGB(*col); c.setLineWidth(1.6)
                pth = c.beginPath(); pth.moveTo(45.5, yy + 4); pth.lineTo(48.5, yy + 0.5); pth.lineTo(55, yy + 10); c.drawPath(pth, stroke=1, fill=0)
            gfx(p, tick)
            line(p, 60, y, name, 'G', 9.5)
            line(p, 200, y, per, 'G', 9, color=(0.75, 0.1, 0.1))
            line(p, 340, y, s, 'M', 8.5)
            y -= 17
    else:
        srows = [['制度', '期間', '内容']] + [list(x) for x in sp['support']]
        y = table(p, 40, y, [90, 110, 315], srows, size=8.5, aligns=['left', 'left', 'left'])
    y -= 14
    tt, paras = sp['training']
    y = heading(p, y, tt, col)
    if sp['fixture'].startswith('nied'):
        # training inside a SPEECH BUBBLE next to a decoy speaker label with numbers
        top = y + 4
        lines_ = [wrap(s, 'M', 9, 330) for s in paras]
        bh = 14 * sum(len(l) for l in lines_) + 16
        def bubble(c, top=top, bh=bh):
            c.setStrokeColorRGB(*col); c.setFillColorRGB(1, 0.97, 0.94); c.setLineWidth(1)
            c.roundRect(150, top - bh, 360, bh, 10, stroke=1, fill=1)
            pth = c.beginPath(); pth.moveTo(150, top - 20); pth.lineTo(132, top - 28); pth.lineTo(150, top - 32); pth.close()
            c.drawPath(pth, stroke=1, fill=1)
            c.setFillColorRGB(0.85, 0.85, 0.85); c.circle(95, top - 28, 22, stroke=0, fill=1)
        gfx(p, bubble)
        line(p, 95, top - 62, '総務部 人事課', 'G', 7.5, align='center')
        line(p, 95, top - 73, '入所4年目（2022年入所）', 'G', 7, align='center')
        yy = top - 16
        for ls in lines_:
            wrapped.append(ls)
            for l in ls:
                line(p, 162, yy, l, 'M', 9); yy -= 14
        y = min(top - bh, top - 80) - 16
        decoys['bubble'] = 'the speaker label beside the speech bubble (入所4年目（2022年入所）), no fact'
    else:
        for s in paras:
            y = para(p, 44, y, s, W - 90, 'M', 9, 14, wrapped)
        y -= 10
    y = heading(p, y, 'お問い合わせ・アクセス', col)
    office, tels, emails, hours = sp['contact']
    if sp.get('card'):
        top, ch = y + 6, 104
        def card(c, top=top, ch=ch):
            c.setFillColorRGB(0.75, 0.75, 0.75); c.rect(48, top - ch - 4, 290, ch, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(0.4, 0.4, 0.4); c.setLineWidth(0.6); c.rect(44, top - ch, 290, ch, stroke=1, fill=1)
            c.setFillColorRGB(*col); c.rect(44, top - ch, 6, ch, stroke=0, fill=1)
        gfx(p, card)
        yy = top - 16
        line(p, 58, yy, office, 'G', 9); yy -= 20
        line(p, 58, yy, sp['card'], 'M', 13); yy -= 18
        for t_ in tels:
            line(p, 58, yy, 'TEL ' + t_, 'Helvetica', 8.5); yy -= 12
        for m in emails:
            line(p, 58, yy, 'E-mail ' + m, 'Helvetica', 8.5); yy -= 12
        line(p, 58, yy, hours, 'G', 8)
        y = top - ch - 20
        decoys['card'] = 'the person name on the business card (' + sp['card'] + '), no fact'
    else:
        line(p, 44, y, office, 'G', 10); y -= 15
        for t_ in tels:
            line(p, 44, y, 'TEL ' + t_, 'Helvetica', 9.5); y -= 14
        for m in emails:
            line(p, 44, y, 'E-mail ' + m, 'Helvetica', 9.5); y -= 14
        line(p, 44, y, hours, 'G', 9); y -= 16
    line(p, 44, y, sp['address'], 'G', 9); y -= 14
    for r in sp['routes']:
        line(p, 44, y, '■' + r.replace('『', '').replace('』', ''), 'G', 9); y -= 14
    text(p, W / 2, 24, '- 2 -', 'Helvetica', 8, furn=True, align='center')
    decoys['hours'] = 'the 受付時間 line in the contact block'
    # ---- facts
    facts = {
        'organization': sp['org'], 'document': sp['org'] + ' ' + sp['title'],
        'edition': {'year': 2026, 'asOf': sp['edition'][0], 'asOfText': sp['edition'][1]},
        'lead': {'title': '', 'text': [sp['lead']]},
        'hiring': {'intro': ['（単位：人）うち女性は内数です。'], 'note': notes, 'tracks': {'admin': admin_t, 'tech': tech_t},
                   'textSynthesised': False, 'layout': 'years down, うち女性 columns' + ('; 前年度差 column with ▲ (decoy)' if sp['diffcol'] else '') + ('; 累計 row after the planned row (decoy)' if sp['cumrow'] else ''),
                   'rows': hiring_rows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': f'{wareki(cohort)}採用者の配属先',
                        'tracks': {'admin': sp['atracks'][0], 'tech': sp['atracks'][1]}, 'layout': 'ruled table, `－` for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in sp['assign']]},
        'exams': {'title': f'{wareki(planned_year)} 採用予定', 'fiscalYear': planned_year, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験 | 職種 | 採用予定',
                  'entries': [{'track': tr, 'exam': lvl, 'text': '', 'breakdown': [{'category': c_, 'count': n} for c_, n in cats],
                               'total': sum(n for _, n in cats)} for tr, lvl, cats in sp['exams']]},
        'training': {'title': tt, 'paragraphs': paras},
        'initiatives': [{'title': t, 'text': s} for t, s in sp['initiatives']], 'initiativesIntro': '',
        'supportTitle': sp['support_title'],
        'supportSystems': [{'name': n, 'duration': d, 'durationText': d, 'text': s} for n, d, s in sp['support']],
        'contacts': [{'track': 'お問い合わせ・アクセス', 'office': office, 'tel': tels, 'email': emails, 'location': '',
                      'telText': ['TEL ' + t_ for t_ in tels], 'emailText': ['E-mail ' + m for m in emails], 'hoursText': hours}],
        'access': {'address': sp['address'], 'routes': sp['routes'], 'routesSynthesised': False},
        'keyFigures': [], 'decoys': decoys, 'pages': len(doc.pages), 'fixture': sp['fixture'],
    }
    if sp.get('kicker'):
        facts['decoys']['masthead'] = sp['kicker'] + ' small above the name'
    return doc, facts, wrapped


# ---------------------------------------------------------------- render
def render(doc, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(''); c.setAuthor(''); c.setCreator('generate_holdout38')
    for i, p in enumerate(doc.pages):
        for g in p['gfx']:
            c.saveState(); g(c); c.restoreState()
        items = list(p['items'])
        random.Random(seed * 100 + i).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColorRGB(*it['color'])
            t = c.beginText(it['x'], it['y']); t.setFont(it['font'], it['size']); t.textOut(it['s'])
            c.drawText(t); c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def expected_text(doc):
    out = []
    for i, p in enumerate(doc.pages):
        if i:
            out.append('\f')
        out.extend(p['lines'])
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- checks
def nows(s):
    return re.sub(r'\s+', '', s)


def standin(f):
    tr = score_extract.track
    lv = score_extract.level
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}} for r in f['hiring']['rows']]},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': tr(e['track']), 'level': lv(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def verify(doc, facts, wrapped, pdf):
    errs = []
    def bad(code, msg): errs.append((code, msg))
    # glyphs, margins
    for pi, p in enumerate(doc.pages):
        for it in p['items']:
            if it['font'] in ('G', 'M'):
                face = pdfmetrics.getFont(it['font']).face
                for ch in it['s']:
                    if ord(ch) not in face.charToGlyph:
                        bad('glyph', f'p{pi+1} {ch!r} not in {it["font"]}')
            elif any(ord(ch) > 126 for ch in it['s']):
                bad('glyph', f'p{pi+1} non-ASCII in standard font: {it["s"]}')
            w = sw(it['s'], it['font'], it['size'])
            if it['x'] < MARGIN or it['x'] + w > W - MARGIN or it['y'] - 0.25 * it['size'] < MARGIN or it['y'] + it['size'] > H - MARGIN:
                bad('margin', f'p{pi+1} {it["s"]} at ({it["x"]:.0f},{it["y"]:.0f})')
        boxes = [(it['x'], it['y'] - 0.2 * it['size'], it['x'] + sw(it['s'], it['font'], it['size']), it['y'] + 0.85 * it['size'], it['s']) for it in p['items']]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] - 0.1 and b[0] < a[2] - 0.1 and a[1] < b[3] - 0.1 and b[1] < a[3] - 0.1:
                    bad('overlap', f'p{pi+1} {a[4]!r} / {b[4]!r}')
        for cell, font, size, avail in p['cells']:
            if sw(cell, font, size) > avail:
                bad('overflow', f'p{pi+1} cell {cell!r}')
        drawn = Counter(nows(''.join(it['s'] for it in p['items'] if not it['furn'])))
        exp = Counter(nows(''.join(p['lines'])))
        if drawn != exp:
            bad('multiset', f'p{pi+1} drawn-expected {dict(drawn - exp)} expected-drawn {dict(exp - drawn)}')
    for ls in wrapped:
        if not kinsoku_ok(ls):
            bad('kinsoku', f'{ls}')
    # arithmetic
    h = facts['hiring']['rows']
    for r in h:
        for k in ('count', 'women'):
            a, t, tot = r['admin'][k], r['tech'][k], r['total'][k]
            if (a is None) != (tot is None) or (a is not None and a + t != tot):
                bad('hiring-sum', f"{r['fiscalYear']} {k}")
        for key in ('admin', 'tech', 'total'):
            if r[key]['women'] is not None and r[key]['women'] > r[key]['count']:
                bad('women', f"{r['fiscalYear']} {key}")
        if r['planned'] and any(r[k]['women'] is not None for k in ('admin', 'tech', 'total')):
            bad('planned-women', str(r['fiscalYear']))
    pl = [r for r in h if r['planned']]
    act = [r['fiscalYear'] for r in h if not r['planned']]
    if len(pl) != 1 or not h[-1]['planned']:
        bad('planned-row', 'exactly one planned row, last')
    if len(act) < 5 or act != list(range(act[0], act[0] + len(act))):
        bad('years', 'actual years')
    if pl and not (pl[0]['fiscalYear'] == facts['edition']['year'] == facts['exams']['fiscalYear'] == act[-1] + 1):
        bad('planned-year', 'planned year')
    asg = facts['assignments']
    last = [r for r in h if r['fiscalYear'] == asg['cohortFiscalYear']]
    if asg['cohortFiscalYear'] != act[-1] or not last:
        bad('assign-cohort', 'cohort')
    else:
        for key in ('admin', 'tech'):
            if sum(r[key] or 0 for r in asg['rows']) != last[0][key]['count']:
                bad('assign-sum', key)
    units = [r['unit'] for r in asg['rows']]
    if len(set(units)) != len(units):
        bad('assign-dup', 'unit')
    if any(r[k] is not None and r[k] <= 0 for r in asg['rows'] for k in ('admin', 'tech')):
        bad('assign-zero', 'count')
    keys = set()
    per = Counter()
    for e in facts['exams']['entries']:
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            bad('exam-total', e['exam'])
        tr = score_extract.track(e['track'])
        if tr == 'other':
            bad('exam-track', e['track'])
        for b in e['breakdown']:
            k = (tr, score_extract.level(e['exam']), score_extract.norm(b['category']))
            if k in keys:
                bad('exam-collision', str(k))
            keys.add(k); per[tr] += b['count']
    if pl and (per['administrative'] != pl[0]['admin']['count'] or per['technical'] != pl[0]['tech']['count']):
        bad('exam-sum', f'{dict(per)}')
    # fact strings printed
    alltext = nows(''.join(l for p in doc.pages for l in p['lines']))
    strs = [facts['organization'], facts['edition']['asOfText'], *facts['lead']['text'], *facts['hiring']['intro'], *facts['hiring']['note'],
            *facts['hiring']['tracks'].values(), *facts['assignments']['tracks'].values(), facts['assignments']['intro'], facts['exams']['title'],
            facts['training']['title'], *facts['training']['paragraphs'], facts['supportTitle'], facts['access']['address']]
    for r in h:
        strs += [r['labelText']] + [r[k]['text'] for k in ('admin', 'tech', 'total')] + [r[k].get('womenText', '') for k in ('admin', 'tech', 'total')]
    strs += [r['unit'] for r in asg['rows']]
    for e in facts['exams']['entries']:
        strs += [e['track'], e['exam']] + [b['category'] + f"{b['count']}名" for b in e['breakdown']]
    for c in facts['contacts']:
        strs += [c['office'], *c['tel'], *c['email'], *c['telText'], *c['emailText'], c['hoursText']]
    strs += [r.replace('『', '').replace('』', '') for r in facts['access']['routes']]
    for i in facts['initiatives']:
        strs += [i['title'], i['text']]
    for s in facts['supportSystems']:
        strs += [s['name'], s['durationText'], s['text']]
    for s in strs:
        if nows(s) not in alltext:
            bad('unprinted', s)
    # scorer
    drawn = nows(expected_text(doc))
    res = score_extract.checks(facts, standin(facts), drawn)
    kinds = {n.split(' ')[0] for n, _ in res}
    if not all(ok for _, ok in res):
        bad('score', str([n for n, ok in res if not ok]))
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        bad('score-kinds', str(need - kinds))
    empty = score_extract.checks(facts, {}, drawn)
    if any(ok for _, ok in empty):
        bad('score-empty', str([n for n, ok in empty if ok]))
    # pdftotext
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf); tf.flush()
        for pi, p in enumerate(doc.pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), '-enc', 'UTF-8', tf.name, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(nows(out))
            want = Counter(nows(''.join(it['s'] for it in p['items'])))
            if got != want:
                bad('pdftotext', f'p{pi+1} extra {dict(got - want)} missing {dict(want - got)}')
        nbt = pdf.count(b'BT 1 0 0 1')
        if nbt != sum(len(p['items']) for p in doc.pages):
            bad('textobjects', f'{nbt}')
    return errs


def make(name, sp, fault=None, write=True):
    doc, facts, wrapped = build(sp)
    if fault:
        fault(doc, facts, wrapped)
    pdf = render(doc, seed=len(name) * 7 + 38)
    if render(doc, seed=len(name) * 7 + 38) != pdf:
        raise Refused([('nondeterministic', name)])
    errs = verify(doc, facts, wrapped, pdf)
    if errs:
        raise Refused(errs)
    if write:
        base = os.path.join(OUT, sp['fixture'])
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w', encoding='utf-8').write(expected_text(doc))
        open(base + '.facts.json', 'w', encoding='utf-8').write(json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
        res = score_extract.checks(facts, standin(facts), nows(expected_text(doc)))
        ntext = sum(len(p['items']) for p in doc.pages)
        print(f'{sp["fixture"]}: {len(res)} fact checks, {ntext} text objects, md5 {hashlib.md5(pdf).hexdigest()}')
    return doc, facts


# ---------------------------------------------------------------- selftest
def _item(doc, pred):
    for p in doc.pages:
        for it in p['items']:
            if pred(it):
                return p, it


def f_overlap(d, f, w):
    p, it = _item(d, lambda it: not it['furn'] and it['s'].startswith('TEL'))
    c = dict(it); c['x'] += 3; p['items'].append(c); p['lines'].append(c['s'])
def f_extra(d, f, w): d.pages[0]['lines'].append('字')
def f_hire(d, f, w): f['hiring']['rows'][2]['total']['count'] += 1
def f_women(d, f, w): f['hiring']['rows'][1]['admin']['women'] += 1
def f_assign(d, f, w):
    r = [r for r in f['assignments']['rows'] if r['admin']][0]; r['admin'] += 1
def f_exam(d, f, w): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
def f_email(d, f, w): f['contacts'][0]['email'].append('other@example.jp')
def f_emoji(d, f, w):
    p, it = _item(d, lambda it: it['s'].startswith('◆')); it['s'] += '😀'; p['lines'][p['lines'].index(it['s'][:-1])] = it['s']
def f_margin(d, f, w):
    p, it = _item(d, lambda it: it['s'].startswith('◆')); it['x'] = 5
def f_pwomen(d, f, w): f['hiring']['rows'][-1]['admin']['women'] = 1; f['hiring']['rows'][-1]['tech']['women'] = 0; f['hiring']['rows'][-1]['total']['women'] = 1
def f_pfirst(d, f, w): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
def f_collide(d, f, w):
    e = f['exams']['entries']; e[0]['breakdown'].append(dict(e[0]['breakdown'][0])); e[0]['breakdown'][0]['count'] -= 1; e[0]['breakdown'][-1]['count'] = 1; e[0]['total'] += 0
def f_overflow(d, f, w):
    for p in d.pages:
        if p['cells']:
            c = p['cells'][1]; p['cells'][1] = (c[0] + 'あいうえおかきくけこさしすせそ', c[1], c[2], c[3]); return
def f_kinsoku(d, f, w): w.append(['あいう', '。えお'])

FAULTS = [('overlap', f_overlap, 'overlap'), ('extra expected char', f_extra, 'multiset'), ('hiring total +1', f_hire, 'hiring-sum'),
          ('women +1', f_women, 'hiring-sum'), ('assignment +1', f_assign, 'assign-sum'), ('exam +1', f_exam, 'exam-total'),
          ('e-mail not printed', f_email, 'unprinted'), ('emoji', f_emoji, 'glyph'), ('edge margin', f_margin, 'margin'),
          ('women on planned row', f_pwomen, 'planned-women'), ('planned row first', f_pfirst, 'planned-row'),
          ('colliding exam category', f_collide, 'exam-collision'), ('overflowing cell', f_overflow, 'overflow'),
          ('kinsoku line start', f_kinsoku, 'kinsoku')]


def selftest(verbose):
    ok = n = 0
    for name, sp in SPECS.items():
        for label, fn, code in FAULTS:
            n += 1
            try:
                make(name, sp, fn, write=False)
                print(f'NOT REFUSED: {name} {label}')
            except Refused as e:
                codes = {c for c, _ in e.args[0]}
                if code in codes:
                    ok += 1
                    if verbose:
                        print(f'refused {name} {label}: {code}: {[m for c, m in e.args[0] if c == code][0]}')
                else:
                    print(f'WRONG REASON: {name} {label}: {e.args[0]}')
    # wrap() itself keeps kinsoku
    n += 1
    ls = wrap('あ' * 9 + '。いう', 'G', 10, 90)
    if kinsoku_ok(ls):
        ok += 1
        if verbose:
            print(f'wrap keeps kinsoku: {ls}')
    print(f'selftest {ok}/{n}')
    return ok == n


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    os.makedirs(OUT, exist_ok=True)
    names = [a for a in args if not a.startswith('-')] or list(SPECS)
    bad = False
    for name in names:
        try:
            make(name, SPECS[name])
        except Refused as e:
            bad = True
            print(f'REFUSED {name}:')
            for c, m in e.args[0]:
                print(f'  {c}: {m}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
