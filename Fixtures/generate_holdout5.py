#!/usr/bin/env python3
"""Holdout set 5 (blind): 金融庁 (2024, 2025), デジタル庁, 公正取引委員会, 海上保安庁.

Self-contained drawing code (own page model, wrapping, tables, checks). Made without
reading Sources/, Tests/ or the other generators. Every visual line is one text object;
the text objects of a page are drawn in a seeded shuffled order after the graphics.

  python3 Fixtures/generate_holdout5.py            # all five
  python3 Fixtures/generate_holdout5.py jcg-2025   # one (fsa-* always builds both editions)
"""
import json, os, random, sys, unicodedata
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout5')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
A4 = (595.28, 841.89)
A3 = (841.89, 1190.55)
BLACK = (0, 0, 0); WHITE = (1, 1, 1); GREY = (0.35, 0.35, 0.35)


class Refuse(Exception):
    pass


def width(s, font, size, cs=0):
    return pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)


NOSTART = set('、。，．）」』】・ー～：:,.)%名人日')
NOEND = set('（「『【(')


def wrap(s, font, size, w):
    """Greedy wrap; ASCII runs are not split; simple kinsoku."""
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
    for t in toks:
        if cur and width(cur + t, font, size) > w:
            if t[0] in NOSTART:
                # move last char down with t
                lines.append(cur[:-1]); cur = cur[-1] + t
            elif cur[-1] in NOEND:
                lines.append(cur[:-1]); cur = cur[-1] + t
            else:
                lines.append(cur); cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    for l in lines:
        if width(l, font, size) > w + 0.01:
            raise Refuse(f'cannot wrap {l!r}')
    return lines


class Page:
    def __init__(self, size, margin=24):
        self.W, self.H = size
        self.margin = margin
        self.items, self.gfx, self.exp = [], [], []
        self.split, self.streams = None, [[], []]

    def out(self, line, x):
        if self.split is None:
            self.exp.append(line)
        else:
            self.streams[0 if x < self.split else 1].append(line)

    def flush(self):
        self.exp.extend(self.streams[0] + self.streams[1])
        self.streams = [[], []]

    def t(self, x, y, s, font='M', size=9, color=BLACK, mode=0, cs=0, align='l'):
        w = width(s, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = dict(x=x, y=y, s=s, font=font, size=size, color=color, mode=mode, cs=cs, w=w, used=0)
        self.items.append(it)
        return it

    def E(self, *parts):
        """One expected line from items (or lists of items = TAB separated cells)."""
        if len(parts) == 1 and isinstance(parts[0], dict):
            parts[0]['used'] += 1
            self.out(parts[0]['s'], parts[0]['x']); return
        cells, x0 = [], None
        for p in parts:
            if isinstance(p, dict):
                p = [p]
            for it in p:
                it['used'] += 1
                x0 = it['x'] if x0 is None else x0
            cells.append(''.join(it['s'] for it in p))
        self.out('\t'.join(cells), x0 or 0)

    def line(self, *a, **k):
        it = self.t(*a, **k); self.E(it); return it

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, dash))

    def hline(self, x1, y, x2, color=BLACK, lw=0.6, dash=None):
        self.gfx.append(('line', x1, y, x2, y, color, lw, dash))

    def vline(self, x, y1, y2, color=BLACK, lw=0.6):
        self.gfx.append(('line', x, y1, x, y2, color, lw, None))

    def circle(self, x, y, r, fill):
        self.gfx.append(('circle', x, y, r, fill))

    def para(self, x, y, w, text, font='M', size=9, lead=None, color=BLACK, indent_first=False):
        lead = lead or size * 1.55
        for l in wrap(text, font, size, w):
            self.line(x, y, l, font, size, color)
            y -= lead
        return y

    def bbox(self, it):
        return (it['x'], it['y'] - 0.14 * it['size'], it['x'] + it['w'], it['y'] + 0.88 * it['size'])

    def check(self, name):
        if self.streams != [[], []]:
            raise Refuse(f'{name}: unflushed column streams')
        for it in self.items:
            if it['used'] != 1:
                raise Refuse(f'{name}: item {it["s"]!r} used {it["used"]} times in expected text')
            x0, y0, x1, y1 = self.bbox(it)
            if x0 < self.margin - 0.5 or x1 > self.W - self.margin + 0.5 or y0 < self.margin - 0.5 or y1 > self.H - self.margin + 0.5:
                raise Refuse(f'{name}: {it["s"]!r} off the page/margin {x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f}')
            for ch in it['s']:
                if ch != ' ' and ch != '\u3000' and not pdfmetrics.getFont(it['font']).face.charToGlyph.get(ord(ch)):
                    raise Refuse(f'{name}: glyph {ch!r} missing')
        bs = [self.bbox(it) for it in self.items]
        order = sorted(range(len(bs)), key=lambda i: bs[i][0])
        for a in range(len(order)):
            i = order[a]
            for b in range(a + 1, len(order)):
                j = order[b]
                if bs[j][0] >= bs[i][2] - 0.3:
                    break
                if bs[i][1] < bs[j][3] - 0.3 and bs[j][1] < bs[i][3] - 0.3:
                    raise Refuse(f'{name}: overlap {self.items[i]["s"]!r} / {self.items[j]["s"]!r}')

    def draw(self, c, seed):
        for g in self.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, dash = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, col, lw, dash = g
                c.setStrokeColorRGB(*col); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x1, y1, x2, y2)
            elif g[0] == 'circle':
                _, x, y, r, fill = g
                c.setFillColorRGB(*fill); c.circle(x, y, r, fill=1, stroke=0)
            c.restoreState()
        items = list(self.items)
        random.Random(seed).shuffle(items)
        for it in items:
            c.saveState()
            tx = c.beginText()
            tx.setTextOrigin(it['x'], it['y'])
            tx.setFont(it['font'], it['size'])
            tx.setFillColorRGB(*it['color'])
            tx.setStrokeColorRGB(*it['color'])
            if it['mode']: tx.setTextRenderMode(it['mode'])
            if it['cs']: tx.setCharSpace(it['cs'])
            tx.textOut(it['s'])
            c.drawText(tx)
            c.restoreState()


def table(p, x, y, cols, rows, size=8, font='M', hfont='G', align=None, rules='grid', zebra=None,
          header_fill=None, header_color=BLACK, pad=3, lead=None, first_font=None, heads=1, rule_color=BLACK,
          indent=None):
    """rows: list of rows, cell = str | list[str] | None. Returns y of the bottom."""
    lead = lead or size * 1.3
    align = align or ['l'] + ['r'] * (len(cols) - 1)
    tw = sum(cols)
    if rules in ('grid', 'h', 'booktop'):
        p.hline(x, y, x + tw, rule_color, 0.9)
    for r, row in enumerate(rows):
        cells = [([] if c is None else ([c] if isinstance(c, str) else list(c))) for c in row]
        n = max(1, max(len(c) for c in cells))
        h = n * lead + 2 * pad
        hdr = r < heads
        if hdr and header_fill:
            p.rect(x, y - h, tw, h, fill=header_fill)
        elif zebra and (r - heads) % 2 == 1:
            p.rect(x, y - h, tw, h, fill=zebra)
        out = []
        cx = x
        for ci, (cell, w) in enumerate(zip(cells, cols)):
            f = hfont if hdr else (first_font if (ci == 0 and first_font) else font)
            col = header_color if hdr else BLACK
            its = []
            for k, s in enumerate(cell):
                ind = indent(r, ci, s) if indent else 0
                if width(s, f, size) > w - 2 * pad - ind + 0.01:
                    raise Refuse(f'cell too wide: {s!r}')
                by = y - pad - 0.86 * size - k * lead - (lead - size) / 2
                a = 'c' if hdr else align[ci]
                if a == 'l':
                    its.append(p.t(cx + pad + ind, by, s, f, size, col))
                elif a == 'r':
                    its.append(p.t(cx + w - pad, by, s, f, size, col, align='r'))
                else:
                    its.append(p.t(cx + w / 2, by, s, f, size, col, align='c'))
            out.append(its)
            if rules == 'grid' and ci > 0:
                p.vline(cx, y, y - h, rule_color, 0.5)
            cx += w
        p.E(*out)
        y -= h
        if rules == 'grid' or rules == 'h' or (rules == 'booktop' and r == heads - 1):
            p.hline(x, y, x + tw, rule_color, 0.5 if r < len(rows) - 1 else 0.9)
    if rules == 'grid':
        p.vline(x, y, y + sum(0 for _ in rows), rule_color)
    if rules == 'booktop':
        p.hline(x, y, x + tw, rule_color, 0.9)
    return y


# ---------------------------------------------------------------------------- facts

def H(fy, label, labelText, planned, a, aw, t, tw, text=None):
    tot, totw = a + t, aw + tw
    f = text or (lambda n, w: f'{n}（{w}）')
    return dict(fiscalYear=fy, label=label, labelText=labelText, planned=planned,
                total=dict(count=tot, women=totw, text=f(tot, totw)),
                admin=dict(count=a, women=aw, text=f(a, aw)),
                tech=dict(count=t, women=tw, text=f(t, tw)))


def E_(track, exam, items, sep='、', fmt='{} {}名'):
    return dict(track=track, exam=exam, text=sep.join(fmt.format(c, n) for c, n in items),
                breakdown=[dict(category=c, count=n) for c, n in items], total=sum(n for _, n in items))


def A_(cohort, intro, rows):
    return dict(cohortFiscalYear=cohort, intro=intro, tracks=dict(admin='事務系', tech='技術系'),
                rows=[dict(unit=u, admin=a, tech=t) for u, a, t in rows],
                totals=dict(admin=sum(a or 0 for _, a, _ in rows), tech=sum(t or 0 for _, _, t in rows)))


def verify(f):
    n = f['fixture']
    for r in f['hiring']['rows']:
        for k in ('count', 'women'):
            if r['total'][k] != r['admin'][k] + r['tech'][k]:
                raise Refuse(f'{n}: total != admin + tech in {r["label"]}')
        for t in ('total', 'admin', 'tech'):
            if r[t]['women'] > r[t]['count']:
                raise Refuse(f'{n}: women > heads')
    rows = f['hiring']['rows']
    plan = [r for r in rows if r['planned']]
    if len(plan) != 1 or plan[0] is not rows[-1] or plan[0]['fiscalYear'] != f['edition']['year']:
        raise Refuse(f'{n}: planned row')
    actual = [r for r in rows if not r['planned']][-1]
    a = f['assignments']
    if a['cohortFiscalYear'] != actual['fiscalYear']:
        raise Refuse(f'{n}: cohort')
    if a['totals']['admin'] != actual['admin']['count'] or a['totals']['tech'] != actual['tech']['count']:
        raise Refuse(f'{n}: assignment sums {a["totals"]} vs {actual["admin"]["count"]}/{actual["tech"]["count"]}')
    if f['exams']['fiscalYear'] != plan[0]['fiscalYear']:
        raise Refuse(f'{n}: exam year')
    for tr, key in (('事務系', 'admin'), ('技術系', 'tech')):
        s = sum(e['total'] for e in f['exams']['entries'] if e['track'] == tr)
        if s != plan[0][key]['count']:
            raise Refuse(f'{n}: exams {tr} {s} != {plan[0][key]["count"]}')
        for e in f['exams']['entries']:
            if e['total'] != sum(b['count'] for b in e['breakdown']):
                raise Refuse(f'{n}: exam entry sum')


def norm(s):
    return ''.join(unicodedata.normalize('NFKC', s).split())


def verify_printed(f, exp):
    d = norm(exp)
    strings = [f['organization'], f['edition']['asOfText']]
    for c in f['contacts']:
        strings += [c['office']] + c['tel'] + c['email']
    strings += f['access']['routes'] + [f['access']['address']]
    strings += [r['unit'] for r in f['assignments']['rows']]
    strings += [e['text'] for e in f['exams']['entries']]
    strings += [i['title'] for i in f['initiatives']] + [s['name'] for s in f['supportSystems']]
    strings += f['training']['paragraphs']
    for r in f['hiring']['rows']:
        strings.append(r['labelText'])
    for s in strings:
        if norm(s) not in d:
            raise Refuse(f'{f["fixture"]}: fact string not printed: {s!r}')


def cross_check(old, new):
    o = {r['fiscalYear']: r for r in old['hiring']['rows']}
    for r in new['hiring']['rows']:
        q = o.get(r['fiscalYear'])
        if not q:
            continue
        same = all(q[k]['count'] == r[k]['count'] and q[k]['women'] == r[k]['women'] for k in ('total', 'admin', 'tech'))
        if q['planned'] and not r['planned']:
            if same:
                raise Refuse('older planned row equals newer actual')
        elif not same:
            raise Refuse(f'cohort {r["fiscalYear"]} differs between editions')


def write(name, pages, facts, size):
    verify(facts)
    exps = []
    for i, p in enumerate(pages):
        p.check(f'{name} p{i + 1}')
        exps.append('\n'.join(p.exp))
    exp = '\n\f\n'.join(exps) + '\n'
    verify_printed(facts, exp)
    facts['pages'] = len(pages)
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(f'{facts["organization"]} {facts["document"]}')
    for i, p in enumerate(pages):
        p.draw(c, seed=hash_seed(name, i))
        c.showPage()
    c.save()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print('wrote', name)


def hash_seed(name, i):
    return sum((k + 1) * ord(ch) for k, ch in enumerate(name)) * 100 + i


def base(fixture, org, doc, year, asof, asoftext):
    return dict(fixture=fixture, organization=org, document=doc,
                edition=dict(year=year, asOf=asof, asOfText=asoftext), pages=0)


# ============================================================================ 金融庁

FSA_CONTACTS = [
    dict(track='総合職事務系', office='総合政策局秘書課', location='中央合同庁舎第７号館13階',
         tel=['03-3506-6000（代表）内線3127', '03-3581-9701（直通）'], email=['fsa-saiyo-jimu@fsa.go.jp']),
    dict(track='総合職技術系（デジタル）', office='総合政策局リスク分析総括課', location='中央合同庁舎第７号館15階',
         tel=['03-3506-6000（代表）内線2745'], email=['fsa-saiyo-digital@fsa.go.jp']),
]
FSA_ACCESS = dict(address='東京都千代田区霞が関３-２-１ 中央合同庁舎第７号館',
                  routes=['東京メトロ 銀座線『虎ノ門』駅 11番出口 徒歩約２分',
                          '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約５分',
                          '東京メトロ 日比谷線『虎ノ門ヒルズ』駅 A1出口 徒歩約６分'])
FSA_INIT = [
    dict(title='テレワーク・フレックスタイム', text='全職員がテレワーク端末を持ち、フレックスタイム制と組み合わせて柔軟に勤務しています。'),
    dict(title='フリーアドレス', text='執務室の固定席をなくし、業務に応じて席や会議スペースを選んで働いています。'),
    dict(title='1on1ミーティング', text='上司と月1回程度、業務やキャリアについて話す時間を設けています。'),
    dict(title='政策オープンラボ', text='職員が業務時間の一部を使い、自ら企画した政策研究に取り組めます。'),
]
FSA_SUPPORT = [
    dict(name='育児休業', period='子が３歳に達するまで', text='男女を問わず取得でき、分割取得も可能です。'),
    dict(name='育児時間', period='１日２時間以内', text='小学校就学前の子を養育するため、勤務時間の始めや終わりに取得できます。'),
    dict(name='子の看護休暇', period='年５日（２人以上は10日）', text='子の看護や予防接種、学校行事への参加に使えます。'),
    dict(name='介護休暇', period='通算６月以内', text='要介護状態の家族を介護するため、３回まで分割して取得できます。'),
]
FSA_TRAIN = [
    '　入庁後は、初任行政研修や庁内の新規採用職員研修で金融行政の基礎を学びます。',
    '　その後も、財務局での地域金融の現場経験、金融機関への検査への同行、海外の大学院への留学や国際機関への派遣など、段階に応じた研修と経験の機会があります。',
]


def fsa_facts(year):
    if year == 2024:
        f = base('fsa-2024', '金融庁', '総合職採用案内', 2024, '2024-04', '令和6年4月現在')
        rows = [H(2020, '令和2年度', '令和2年度', False, 38, 14, 4, 1),
                H(2021, '令和3年度', '令和3年度', False, 36, 15, 5, 2),
                H(2022, '令和4年度', '令和4年度', False, 40, 17, 4, 1),
                H(2023, '令和5年度', '令和5年度', False, 39, 18, 6, 2),
                H(2024, '令和6年度', '令和6年度（予定）', True, 42, 19, 5, 2)]
        asg = A_(2023, '令和5年度入庁者（総合職）の配属先（令和6年4月現在）',
                 [('総合政策局', 8, 2), ('企画市場局', 9, None), ('監督局', 12, 2),
                  ('証券取引等監視委員会事務局', 4, 1), ('公認会計士・監査審査会事務局', 2, None), ('他府省・出向', 4, 1)])
        ex = [E_('事務系', '大卒程度試験', [('法律', 14), ('経済', 12), ('政治・国際', 4), ('教養', 4)]),
              E_('事務系', '院卒程度試験', [('行政', 6), ('法務', 2)]),
              E_('技術系', '大卒程度試験', [('デジタル', 2), ('数理科学・物理・地球科学', 1)]),
              E_('技術系', '院卒程度試験', [('デジタル', 1), ('工学', 1)])]
        f['hiring'] = dict(intro=['総合職採用者数の推移（単位：名）'], note='※令和6年度は採用予定数です。',
                           tracks=dict(admin='事務系', tech='技術系'), rows=rows)
        f['exams'] = dict(title='令和6年度採用予定者の試験区分', fiscalYear=2024, entries=ex)
    else:
        f = base('fsa-2025', '金融庁', '総合職採用ガイド', 2025, '2025-04', '令和7年4月現在')
        t = lambda n, w: f'{n}名'
        rows = [H(2021, '令和3年度', '令和3年度', False, 36, 15, 5, 2),
                H(2022, '令和4年度', '令和4年度', False, 40, 17, 4, 1),
                H(2023, '令和5年度', '令和5年度', False, 39, 18, 6, 2),
                H(2024, '令和6年度', '令和6年度', False, 40, 18, 6, 3),
                H(2025, '令和7年度', '令和7年度（予定）', True, 43, 20, 6, 2)]
        for r in rows:
            r['total']['text'] = f"{r['total']['count']}名"
        asg = A_(2024, '令和6年度入庁者（総合職）の配属先（令和7年4月現在）',
                 [('総合政策局', 9, 3), ('企画市場局', 8, None), ('監督局', 11, 2),
                  ('証券取引等監視委員会事務局', 5, 1), ('公認会計士・監査審査会事務局', 2, None), ('他府省・出向', 5, None)])
        ex = [E_('事務系', '大卒程度試験', [('法律', 15), ('経済', 13), ('政治・国際', 4), ('教養', 3)], fmt='{}{}名'),
              E_('事務系', '院卒程度試験', [('行政', 7), ('法務', 1)], fmt='{}{}名'),
              E_('技術系', '大卒程度試験', [('デジタル', 3), ('数理科学・物理・地球科学', 1)], fmt='{}{}名'),
              E_('技術系', '院卒程度試験', [('デジタル', 2)], fmt='{}{}名')]
        f['hiring'] = dict(intro=['採用者数の推移'], note='（　）内は女性の人数です。令和7年度は予定数です。',
                           tracks=dict(admin='事務系', tech='技術系'), rows=rows)
        f['exams'] = dict(title='どんな試験区分で採用していますか？', fiscalYear=2025, entries=ex)
    f['contacts'] = FSA_CONTACTS
    f['access'] = FSA_ACCESS
    f['assignments'] = asg
    f['lead'] = dict(title='金融の力で、日本の未来を支える',
                     text=['金融庁は、金融システムの安定、利用者の保護、市場の公正性・透明性の確保を通じて、国民の資産形成と経済の持続的な成長を支えています。'])
    f['initiativesIntro'] = dict(title='働き方改革', text='金融庁では、職員一人ひとりが力を発揮できるよう、次のような取組を進めています。')
    f['initiatives'] = FSA_INIT
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name=s['name'], text=s['period'] + '。' + s['text']) for s in FSA_SUPPORT]
    f['supportSource'] = '出典：人事院「仕事と生活の両立支援制度の概要」'
    f['training'] = dict(title='研修制度', paragraphs=FSA_TRAIN)
    return f


GREEN = (0.05, 0.36, 0.30); PALEG = (0.90, 0.95, 0.93)


def fsa_head(p, x, y, w, s, en=None):
    """Heading: Gothic text, small filled square graphic left, thin rule to the right edge."""
    p.rect(x, y - 1, 7, 7, fill=GREEN)
    it = p.line(x + 11, y, s, 'G', 11.5, GREEN, mode=2)
    p.hline(x + 11, y - 5, x + w, GREEN, 0.8)
    return y - 20


def fsa_contacts(p, x, y, w, size=8):
    for c in FSA_CONTACTS:
        p.line(x, y, '［' + c['track'] + '］', 'G', size); y -= size * 1.5
        p.line(x, y, c['office'] + '（' + c['location'] + '）', 'M', size); y -= size * 1.5
        for t in c['tel']:
            p.line(x, y, 'TEL ' + t, 'M', size); y -= size * 1.5
        for m in c['email']:
            p.line(x, y, 'E-mail ' + m, 'M', size); y -= size * 1.5
        y -= 5
    return y


def fsa_access(p, x, y, w, size=8):
    y = p.para(x, y, w, FSA_ACCESS['address'], 'M', size, size * 1.5)
    for r in FSA_ACCESS['routes']:
        y = p.para(x, y, w, r, 'M', size, size * 1.5)
    return y


def fsa_2024(f):
    W, Hh = A4
    L, R = 44, W - 44
    p = Page(A4)
    p.line(L, 800, '金融庁', 'G', 11, GREEN)
    p.line(L, 774, '総合職採用案内 2024', 'G', 21)
    p.line(R, 756, f['edition']['asOfText'], 'M', 9, align='r')
    p.rect(L, 746, R - L, 3, fill=GREEN)
    y = 724
    p.line(L, y, f['lead']['title'], 'G', 13); y -= 19
    y = p.para(L, y, R - L, f['lead']['text'][0], 'M', 9.5) - 8
    y = fsa_head(p, L, y, R - L, '採用実績')
    p.line(L, y, f['hiring']['intro'][0], 'M', 8.5); y -= 8
    rows = f['hiring']['rows']
    hdr = ['区分'] + [r['label'] if not r['planned'] else [r['label'], '（予定）'] for r in rows]
    body = []
    for key, name in (('admin', '事務系'), ('tech', '技術系'), ('total', '合計')):
        body.append([name] + [str(r[key]['count']) for r in rows])
        body.append(['うち女性'] + [str(r[key]['women']) for r in rows])
    cols = [110] + [(R - L - 110) / 5] * 5
    y = table(p, L, y, cols, [hdr] + body, size=9, font='M', first_font='G', rules='h', header_fill=PALEG,
              align=['l'] + ['c'] * 5, pad=4, indent=lambda r, c, s: 14 if s == 'うち女性' else 0, rule_color=GREEN)
    y -= 12
    p.line(R, y, f['hiring']['note'], 'M', 7.5, align='r'); y -= 22
    # two columns: assignments | exams
    cw = (R - L - 22) / 2
    x2 = L + cw + 22
    ya = fsa_head(p, L, y, cw, '配属実績')
    ya = p.para(L, ya, cw, f['assignments']['intro'], 'M', 8.5) - 2
    arows = [['配属先', '事務系', '技術系']] + [[r['unit'], f'{r["admin"]}名' if r['admin'] else None,
                                              f'{r["tech"]}名' if r['tech'] else None] for r in f['assignments']['rows']]
    ya = table(p, L, ya, [cw - 90, 45, 45], arows, size=8.5, rules='none', pad=3)
    ye = fsa_head(p, x2, y, cw, '試験区分')
    ye = p.para(x2, ye, cw, f['exams']['title'], 'M', 8.5) - 2
    ent = f['exams']['entries']
    mw = (cw - 44) / 2
    erows = [['', '大卒程度試験', '院卒程度試験']]
    for tr in ('事務系', '技術系'):
        es = [e for e in ent if e['track'] == tr]
        erows.append([tr] + [wrap(e['text'], 'M', 8, mw - 6) for e in es])
    ye = table(p, x2, ye, [44, mw, mw], erows, size=8, rules='grid', align=['l', 'l', 'l'], header_fill=PALEG,
               rule_color=GREEN, pad=3)
    y = min(ya, ye) - 18
    # contacts / access band, 3 columns with rules
    p.rect(L, y - 170, R - L, 176, fill=PALEG)
    c3 = (R - L - 24) / 3
    p.line(L + 8, y - 8, '採用窓口', 'G', 10.5, GREEN)
    yy = y - 26
    for i, c in enumerate(FSA_CONTACTS):
        x = L + 8 + i * (c3 + 4)
        yc = yy
        p.line(x, yc, '［' + c['track'] + '］', 'G', 8); yc -= 12
        for l in wrap(c['office'], 'M', 8, c3 - 12):
            p.line(x, yc, l, 'M', 8); yc -= 12
        p.line(x, yc, '（' + c['location'] + '）', 'M', 8); yc -= 12
        for t in c['tel']:
            p.line(x, yc, 'TEL ' + t, 'M', 8); yc -= 12
        for m in c['email']:
            p.line(x, yc, m, 'M', 8); yc -= 12
    x = L + 16 + 2 * (c3 + 4)
    p.vline(x - 6, y - 4, y - 162, GREEN, 0.5)
    p.line(x, y - 8, 'アクセス', 'G', 10.5, GREEN)
    fsa_access(p, x, y - 26, c3 - 8)
    # p2
    q = Page(A4)
    y = 800
    y = fsa_head(q, L, y, R - L, f['initiativesIntro']['title'])
    y = q.para(L, y, R - L, f['initiativesIntro']['text'], 'M', 9) - 6
    col = [L, L + cw + 22]
    yb = y
    for ci in range(2):
        yc = yb
        for it in FSA_INIT[ci * 2: ci * 2 + 2]:
            q.rect(col[ci], yc - 3, 3, 12, fill=GREEN)
            q.line(col[ci] + 8, yc, it['title'], 'G', 10); yc -= 16
            yc = q.para(col[ci] + 8, yc, cw - 8, it['text'], 'M', 8.8) - 8
        y = min(y, yc)
    y -= 6
    y = fsa_head(q, L, y, R - L, f['supportTitle'])
    srows = [['制度', '期間', '内容']] + [[s['name'], s['period'], wrap(s['text'], 'M', 8.5, R - L - 230 - 8)] for s in FSA_SUPPORT]
    y = table(q, L, y, [100, 130, R - L - 230], srows, size=8.5, rules='grid', align=['l', 'l', 'l'],
              header_fill=PALEG, rule_color=GREEN, pad=4, first_font='G')
    y -= 12
    q.line(R, y, f['supportSource'], 'M', 7.5, align='r'); y -= 24
    y = fsa_head(q, L, y, R - L, '研修制度')
    for s in FSA_TRAIN:
        y = q.para(L, y, R - L, s, 'M', 9)
    y -= 10
    q.line(L, y, 'キャリアパスの例', 'G', 10); y -= 26
    steps = [('1～2年目', ['本庁で係員として', '制度企画や検査を経験']), ('3～4年目', ['財務局で地域金融の', '現場を経験']),
             ('5～6年目', ['海外留学', '（大学院で２年間）']), ('7～9年目', ['係長・課長補佐として', '法令改正を担当']),
             ('10年目～', ['国際機関への派遣や', '企画立案の中核へ'])]
    sw = (R - L) / 5
    q.hline(L + sw / 2, y - 4, R - sw / 2, GREEN, 2)
    for i, (lab, lines) in enumerate(steps):
        cx = L + sw * i + sw / 2
        q.circle(cx, y - 4, 5, GREEN)
        q.line(cx, y + 10, lab, 'G', 9, GREEN, align='c')
        yy = y - 22
        for l in lines:
            q.line(cx, yy, l, 'M', 8, align='c'); yy -= 12
    return [p, q]


def fsa_2025(f):
    W, Hh = A4
    L, R = 40, W - 40
    p = Page(A4)
    p.rect(0, 752, W, 90, fill=GREEN)
    p.line(L, 794, '金融庁 総合職採用ガイド 2025', 'G', 22, WHITE)
    p.line(L, 770, f['lead']['title'], 'M', 11, WHITE)
    p.line(R, 770, f['edition']['asOfText'], 'M', 8.5, WHITE, align='r')
    y = 728
    p.line(L, y, '数字で見る金融庁', 'G', 14, GREEN, cs=1); y -= 18
    p.line(L, y, '採用者数の推移　' + f['hiring']['note'], 'M', 8); y -= 10
    bw = (R - L - 4 * 8) / 5
    bh = 118
    for i, r in enumerate(f['hiring']['rows']):
        x = L + i * (bw + 8)
        p.rect(x, y - bh, bw, bh, fill=(PALEG if not r['planned'] else None), stroke=GREEN, lw=0.8,
               dash=((3, 2),) if r['planned'] else None)
        cx = x + bw / 2
        p.line(cx, y - 15, r['labelText'], 'G', 8.5, GREEN, align='c')
        p.line(cx, y - 30, '採用者数', 'M', 7.5, align='c')
        p.line(cx, y - 56, r['total']['text'], 'G', 22, align='c')
        p.line(cx, y - 72, f"うち女性 {r['total']['women']}名", 'M', 8, align='c')
        p.hline(x + 8, y - 80, x + bw - 8, GREEN, 0.4)
        p.line(cx, y - 94, f"事務系 {r['admin']['text']}", 'M', 8, align='c')
        p.line(cx, y - 107, f"技術系 {r['tech']['text']}", 'M', 8, align='c')
    y -= bh + 24
    cw = (R - L - 20) / 2
    x2 = L + cw + 20
    ya = y
    p.line(L, ya, '配属実績', 'G', 12, GREEN); p.hline(L, ya - 5, L + cw, GREEN, 1.2); ya -= 20
    ya = p.para(L, ya, cw, f['assignments']['intro'], 'M', 8.2) - 2
    arows = [['配属先', '事務系', '技術系']] + [[r['unit'], f'{r["admin"]}' if r['admin'] else None,
                                              f'{r["tech"]}' if r['tech'] else None] for r in f['assignments']['rows']]
    ya = table(p, L, ya, [cw - 80, 40, 40], arows, size=8.5, rules='none', zebra=PALEG, header_fill=GREEN,
               header_color=WHITE, pad=4, align=['l', 'c', 'c'])
    ya -= 11
    p.line(L + cw, ya, '（単位：名）', 'M', 7.5, align='r')
    ye = y
    p.line(x2, ye, 'Q&A', 'G', 12, GREEN); p.hline(x2, ye - 5, R, GREEN, 1.2); ye -= 22
    ent = f['exams']['entries']
    p.circle(x2 + 7, ye + 3.5, 8, GREEN)
    qa = p.t(x2 + 7, ye, 'Q', 'G', 10, WHITE, align='c')
    qt = p.t(x2 + 20, ye, f['exams']['title'], 'G', 9.5)
    p.E([qa, qt]); ye -= 18
    ans = ('令和7年度は、事務系では大卒程度試験から' + ent[0]['text'] + '、院卒程度試験から' + ent[1]['text'] +
           'を採用する予定です。技術系では大卒程度試験から' + ent[2]['text'] + '、院卒程度試験から' + ent[3]['text'] +
           'を予定しています。')
    p.line(x2 + 2, ye, 'A', 'G', 10, GREEN)
    ye = p.para(x2 + 20, ye, cw - 20, ans, 'M', 8.8, 14) - 8
    p.circle(x2 + 7, ye + 3.5, 8, GREEN)
    qa = p.t(x2 + 7, ye, 'Q', 'G', 10, WHITE, align='c')
    qt = p.t(x2 + 20, ye, '文系でもデジタル分野に関われますか？', 'G', 9.5)
    p.E([qa, qt]); ye -= 18
    p.line(x2 + 2, ye, 'A', 'G', 10, GREEN)
    ye = p.para(x2 + 20, ye, cw - 20, 'はい。事務系職員もデータ分析やフィンテック関連の業務に数多く携わっています。', 'M', 8.8, 14)
    y = min(ya, ye) - 26
    p.rect(L, y - 142, R - L, 150, stroke=GREEN, lw=1)
    p.line(L + 10, y - 10, '問い合わせ', 'G', 10.5, GREEN)
    fsa_contacts(p, L + 10, y - 28, cw - 10)
    p.line(x2, y - 10, 'アクセス', 'G', 10.5, GREEN)
    fsa_access(p, x2, y - 28, cw - 10)
    # p2: Q&A style sections
    q = Page(A4)
    y = 800

    def Q(pg, x, y, w, text):
        pg.rect(x, y - 6, w, 22, fill=PALEG)
        pg.circle(x + 11, y + 4, 8, GREEN)
        a = pg.t(x + 11, y + 0.5, 'Q', 'G', 10, WHITE, align='c')
        b = pg.t(x + 24, y, text, 'G', 11.5)
        pg.E([a, b])
        return y - 26
    y = Q(q, L, y, R - L, 'どんな働き方ができますか？')
    y = q.para(L, y, R - L, f['initiativesIntro']['text'], 'M', 9) - 4
    yb = y
    for ci in range(2):
        yc = yb
        for it in FSA_INIT[ci * 2: ci * 2 + 2]:
            q.line(L + ci * (cw + 20), yc, it['title'], 'G', 9.5, GREEN); yc -= 15
            yc = q.para(L + ci * (cw + 20), yc, cw, it['text'], 'M', 8.6) - 8
        y = min(y, yc)
    y -= 8
    y = Q(q, L, y, R - L, '子育てや介護と両立できますか？')
    y = q.para(L, y, R - L, '次のような両立支援制度があり、男女を問わず多くの職員が利用しています。', 'M', 9) - 4
    for s in FSA_SUPPORT:
        a = q.t(L + 6, y, s['name'], 'G', 9); b = q.t(L + 110, y, s['period'], 'M', 8.6, GREEN)
        q.E([a], [b])
        y -= 14
        y = q.para(L + 110, y, R - L - 110, s['text'], 'M', 8.6) - 6
    q.line(R, y, f['supportSource'], 'M', 7.5, align='r'); y -= 26
    y = Q(q, L, y, R - L, 'どんな研修がありますか？')
    for s in FSA_TRAIN:
        y = q.para(L, y, R - L, s, 'M', 9)
    return [p, q]


# ============================================================================ デジタル庁 (bilingual)

BLUE = (0.0, 0.25, 0.55); PALEB = (0.91, 0.94, 0.98)


def digital_facts():
    f = base('digital-2025', 'デジタル庁', '総合職採用案内', 2025, '2025-04', '令和7年4月現在')
    t = lambda n, w: f'{n}人（{w}人）'
    rows = [H(2021, '令和3年度', '令和3年度', False, 12, 5, 8, 2, t), H(2022, '令和4年度', '令和4年度', False, 15, 6, 10, 3, t),
            H(2023, '令和5年度', '令和5年度', False, 16, 7, 12, 4, t), H(2024, '令和6年度', '令和6年度', False, 18, 8, 13, 5, t),
            H(2025, '令和7年度', '令和7年度（予定）', True, 20, 9, 15, 6, t)]
    f['contacts'] = [
        dict(track='総合職事務系', office='戦略・組織グループ人事班', location='20階',
             tel=['03-4477-6775（代表）', '03-4477-6812（直通）'], email=['saiyo-sogo@digital.go.jp']),
        dict(track='総合職技術系', office='デジタル社会共通機能グループ', location='19階',
             tel=['03-4477-6775（代表）内線4418'], email=['saiyo-tech@digital.go.jp'])]
    f['access'] = dict(address='東京都千代田区紀尾井町１-３ 東京ガーデンテラス紀尾井町 19階・20階',
                       routes=['東京メトロ 有楽町線・半蔵門線・南北線『永田町』駅 9a出口 徒歩約１分',
                               '東京メトロ 銀座線・丸ノ内線『赤坂見附』駅 D紀尾井町口 徒歩約１分',
                               'JR 中央線・総武線『四ツ谷』駅 麹町口 徒歩約８分'])
    f['assignments'] = A_(2024, '令和6年度入庁者（総合職）の配属先（令和7年4月現在）',
                          [('戦略・組織グループ', 5, 2), ('デジタル社会共通機能グループ', 4, 5), ('国民向けサービスグループ', 4, 4),
                           ('省庁業務サービスグループ', 3, 2), ('他府省・出向', 2, None)])
    f['hiring'] = dict(intro=['総合職採用者数'], note='（　）内は女性の人数（内数）です。',
                       tracks=dict(admin='事務系', tech='技術系'), rows=rows)
    fm = '{} {}人'
    f['exams'] = dict(title='令和7年度採用予定者の試験区分', fiscalYear=2025, entries=[
        E_('事務系', '大卒程度試験', [('法律', 6), ('経済', 5), ('教養', 4)], fmt=fm),
        E_('事務系', '院卒程度試験', [('行政', 5)], fmt=fm),
        E_('技術系', '大卒程度試験', [('デジタル', 7), ('工学', 2)], fmt=fm),
        E_('技術系', '院卒程度試験', [('デジタル', 5), ('数理科学・物理・地球科学', 1)], fmt=fm)])
    f['lead'] = dict(title='誰一人取り残されない、人に優しいデジタル化を',
                     text=['デジタル庁は、国や地方公共団体、民間の人材が一つのチームとなり、行政サービスのデジタル化を進めています。'])
    f['initiativesIntro'] = dict(title='働き方', text='デジタル庁では、場所と時間にとらわれない働き方を実践しています。')
    f['initiatives'] = [
        dict(title='リモートワーク', text='全職員がクラウド環境で働き、出勤は業務に応じて選べます。'),
        dict(title='オープンな情報共有', text='チャットツールで議論を公開し、誰でも意見を出せます。'),
        dict(title='官民混成チーム', text='民間出身の専門人材と同じチームで政策とサービスを作ります。')]
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [
        dict(name='育児休業', text='子が３歳に達するまで取得できます。'),
        dict(name='配偶者出産休暇', text='妻の出産に伴い２日以内で取得できます。'),
        dict(name='介護休暇', text='通算６月以内の期間で取得できます。')]
    f['supportSource'] = None
    f['training'] = dict(title='研修制度', paragraphs=[
        '　入庁後は初任行政研修に加え、庁独自のデジタル基礎研修でデータ活用やサービスデザインを学びます。',
        '　民間企業や海外の大学院への派遣制度もあります。'])
    return f


EN = dict(lead_title='Human-friendly digitalisation that leaves no one behind',
          lead='The Digital Agency brings together people from national and local government and the private sector as one team to digitalise public services.',
          init=[('Remote work', 'All staff work in a cloud environment and come to the office as needed.'),
                ('Open communication', 'Discussions are held openly on chat so that anyone can contribute.'),
                ('Mixed public-private teams', 'Civil servants design policy and services together with private-sector experts.')],
          support=[('Childcare leave', 'Until the child turns 3.'), ('Paternity leave', 'Up to 2 days at childbirth.'),
                   ('Family care leave', 'Up to 6 months in total.')],
          units=['Strategy and Organization Group', 'Digital Infrastructure Group', 'Citizen Services Group',
                 'Government Services Group', 'Other ministries / secondment'])


def digital_2025(f):
    W, _ = A4
    L, R = 36, W - 36
    mid = W / 2
    jw = mid - 12 - L
    jx, ex = L, mid + 12
    ew = R - ex
    pages = []

    def head(p, y, jp, en):
        p.line(jx, y, jp, 'G', 11.5, BLUE); p.hline(jx, y - 5, jx + jw, BLUE, 1)
        p.line(ex, y, en, 'G', 11, BLUE); p.hline(ex, y - 5, R, BLUE, 1)
        return y - 20

    def band_end(p, y):
        p.flush()
        p.hline(L, y + 6, R, (0.6, 0.6, 0.6), 0.4)
        return y - 12

    p = Page(A4)
    p.split = mid
    p.rect(L, 772, R - L, 46, fill=BLUE)
    p.line(jx + 10, 800, 'デジタル庁', 'G', 11, WHITE)
    p.line(jx + 10, 780, '総合職採用案内 2025', 'G', 16, WHITE)
    p.line(ex, 800, 'Digital Agency', 'G', 11, WHITE)
    p.line(ex, 780, 'Career Guide 2025', 'G', 16, WHITE)
    p.line(jx, 758, f['edition']['asOfText'], 'M', 8.5)
    p.line(ex, 758, 'As of April 2025', 'M', 8.5)
    p.flush()
    p.vline(mid, 766, 40, (0.6, 0.6, 0.6), 0.5)
    y = 734
    a = p.para(jx, y, jw, f['lead']['title'], 'G', 10.5, 15)
    a = p.para(jx, a, jw, f['lead']['text'][0], 'M', 8.8, 14)
    b = p.para(ex, y, ew, EN['lead_title'], 'G', 10, 14)
    b = p.para(ex, b, ew, EN['lead'], 'M', 8.5, 13)
    y = band_end(p, min(a, b))
    y = head(p, y, '採用実績', 'Recruitment')
    rows = f['hiring']['rows']
    jr = [['年度', '事務系', '技術系', '合計']] + [[r['labelText'] if not r['planned'] else [r['label'], '（予定）'], r['admin']['text'], r['tech']['text'], r['total']['text']] for r in rows]
    er = [['FY', 'Admin.', 'Tech.', 'Total']] + [[f"FY{r['fiscalYear']}" + (' (plan)' if r['planned'] else ''),
                                                  f"{r['admin']['count']} ({r['admin']['women']})",
                                                  f"{r['tech']['count']} ({r['tech']['women']})",
                                                  f"{r['total']['count']} ({r['total']['women']})"] for r in rows]
    a = table(p, jx, y, [jw - 3 * 58, 58, 58, 58], jr, size=8, rules='grid', header_fill=PALEB, rule_color=BLUE)
    b = table(p, ex, y, [ew - 3 * 50, 50, 50, 50], er, size=8, rules='grid', header_fill=PALEB, rule_color=BLUE)
    a -= 12; b -= 12
    p.line(jx, a, f['hiring']['note'], 'M', 7.5); a -= 12
    p.line(ex, b, 'Figures in brackets: women (included).', 'M', 7.5); b -= 12
    y = band_end(p, min(a, b))
    y = head(p, y, '配属実績', 'Assignments')
    a = p.para(jx, y, jw, f['assignments']['intro'], 'M', 8) - 2
    b = p.para(ex, y, ew, 'Units of staff who joined in FY2024 (as of April 2025)', 'M', 8) - 2
    ar = f['assignments']['rows']
    a = table(p, jx, a, [jw - 90, 45, 45], [['配属先', '事務系', '技術系']] +
              [[r['unit'], f"{r['admin']}人" if r['admin'] else None, f"{r['tech']}人" if r['tech'] else None] for r in ar],
              size=8, rules='h', rule_color=BLUE)
    b = table(p, ex, b, [ew - 90, 45, 45], [['Unit', 'Admin.', 'Tech.']] +
              [[u, str(r['admin']) if r['admin'] else None, str(r['tech']) if r['tech'] else None] for u, r in zip(EN['units'], ar)],
              size=8, rules='h', rule_color=BLUE)
    y = band_end(p, min(a, b) - 10)
    y = head(p, y, '試験区分', 'Examinations')
    a = p.para(jx, y, jw, f['exams']['title'], 'M', 8.5) - 2
    b = p.para(ex, y, ew, 'Planned hires for FY2025 by examination', 'M', 8.5) - 2
    for e in f['exams']['entries']:
        p.line(jx, a, f"{e['track']}・{e['exam']}", 'G', 8.5); a -= 13
        a = p.para(jx + 12, a, jw - 12, e['text'], 'M', 8.5, 13) - 2
    enmap = {'法律': 'Law', '経済': 'Economics', '教養': 'Liberal arts', '行政': 'Public administration', 'デジタル': 'Digital',
             '工学': 'Engineering', '数理科学・物理・地球科学': 'Math/Physics/Earth sci.'}
    for e in f['exams']['entries']:
        tr = 'Admin.' if e['track'] == '事務系' else 'Tech.'
        lv = 'undergraduate' if '大卒' in e['exam'] else 'graduate'
        p.line(ex, b, f"{tr}, {lv} exam", 'G', 8.5); b -= 13
        b = p.para(ex + 12, b, ew - 12, ', '.join(f"{enmap[x['category']]} {x['count']}" for x in e['breakdown']), 'M', 8.5, 13) - 2
    p.flush()
    pages.append(p)

    q = Page(A4)
    q.split = mid
    q.vline(mid, 810, 40, (0.6, 0.6, 0.6), 0.5)
    y = 800
    y = head(q, y, '働き方', 'How we work')
    a = q.para(jx, y, jw, f['initiativesIntro']['text'], 'M', 8.8, 14) - 4
    b = q.para(ex, y, ew, 'We work without being tied to a place or time.', 'M', 8.5, 13) - 4
    for it in f['initiatives']:
        q.line(jx, a, '● ' + it['title'], 'G', 9); a -= 14
        a = q.para(jx + 10, a, jw - 10, it['text'], 'M', 8.5, 13) - 4
    for t_, x_ in EN['init']:
        q.line(ex, b, '● ' + t_, 'G', 9); b -= 14
        b = q.para(ex + 10, b, ew - 10, x_, 'M', 8.5, 13) - 4
    y = band_end(q, min(a, b))
    y = head(q, y, '両立支援', 'Work-life support')
    a, b = y, y
    for s in f['supportSystems']:
        q.line(jx, a, s['name'], 'G', 8.8); a -= 13
        a = q.para(jx + 10, a, jw - 10, s['text'], 'M', 8.5, 13) - 3
    for n_, x_ in EN['support']:
        q.line(ex, b, n_, 'G', 8.8); b -= 13
        b = q.para(ex + 10, b, ew - 10, x_, 'M', 8.5, 13) - 3
    y = band_end(q, min(a, b))
    y = head(q, y, '研修制度', 'Training')
    a = y
    for s in f['training']['paragraphs']:
        a = q.para(jx, a, jw, s, 'M', 8.8, 14)
    b = q.para(ex, y, ew, 'After initial training for new civil servants, our own digital basics course covers data use and service design. Secondments to companies and graduate schools abroad are also available.', 'M', 8.5, 13)
    y = band_end(q, min(a, b) - 4)
    y = head(q, y, '採用窓口', 'Contact')
    a, b = y, y
    ent = [('Admin. track', 'Personnel Team, Strategy and Organization Group (20F)'),
           ('Tech. track', 'Digital Infrastructure Group (19F)')]
    for c, (et, eo) in zip(f['contacts'], ent):
        q.line(jx, a, '【' + c['track'] + '】', 'G', 8.5); a -= 13
        q.line(jx, a, c['office'] + '（' + c['location'] + '）', 'M', 8.5); a -= 13
        for t_ in c['tel']:
            q.line(jx, a, '電話 ' + t_, 'M', 8.5); a -= 13
        q.line(jx, a, 'メール ' + c['email'][0], 'M', 8.5); a -= 17
        q.line(ex, b, et, 'G', 8.5); b -= 13
        b = q.para(ex, b, ew, eo, 'M', 8.5, 13)
        q.line(ex, b, 'Tel. +81-3-' + c['tel'][0][3:12], 'M', 8.5); b -= 13
        q.line(ex, b, 'Email ' + c['email'][0], 'M', 8.5); b -= 17
    y = band_end(q, min(a, b) + 4)
    y = head(q, y, 'アクセス', 'Access')
    a = q.para(jx, y, jw, f['access']['address'], 'M', 8.5, 13)
    for r in f['access']['routes']:
        a = q.para(jx, a, jw, r, 'M', 8.5, 13)
    b = q.para(ex, y, ew, '19F-20F, Tokyo Garden Terrace Kioicho, 1-3 Kioicho, Chiyoda-ku, Tokyo', 'M', 8.5, 13)
    for r in ['1 min. from Nagatacho Sta. (Exit 9a)', '1 min. from Akasaka-mitsuke Sta. (Exit D)', '8 min. from Yotsuya Sta. (JR, Kojimachi Exit)']:
        b = q.para(ex, b, ew, r, 'M', 8.5, 13)
    q.flush()
    pages.append(q)
    return pages


# ============================================================================ 公正取引委員会 (question headings)

PURPLE = (0.33, 0.18, 0.45); PALEP = (0.95, 0.93, 0.97)


def jftc_facts():
    f = base('jftc-2025', '公正取引委員会', '総合職採用パンフレット', 2025, '2025-04', '令和７年４月現在')
    Z = str.maketrans('0123456789', '０１２３４５６７８９')
    lab = lambda fy, r: f'令和{str(r).translate(Z)}（{fy}）年度'
    rows = [H(2021, lab(2021, 3), lab(2021, 3), False, 18, 7, 1, 0), H(2022, lab(2022, 4), lab(2022, 4), False, 20, 9, 2, 1),
            H(2023, lab(2023, 5), lab(2023, 5), False, 19, 8, 2, 1), H(2024, lab(2024, 6), lab(2024, 6), False, 22, 10, 1, 0),
            H(2025, lab(2025, 7), lab(2025, 7) + '（予定）', True, 23, 11, 2, 1)]
    f['contacts'] = [
        dict(track='総合職事務系', office='事務総局官房人事課', location='中央合同庁舎第６号館Ｂ棟19階',
             tel=['03-3581-5471（代表）', '03-3581-3385（直通）'], email=['jinji-saiyo@jftc.go.jp']),
        dict(track='総合職技術系（デジタル）', office='事務総局官房デジタル・技術戦略室', location='中央合同庁舎第６号館Ｂ棟18階',
             tel=['03-3581-5471（代表）内線3196'], email=['digital-saiyo@jftc.go.jp'])]
    f['access'] = dict(address='東京都千代田区霞が関１-１-１ 中央合同庁舎第６号館Ｂ棟',
                       routes=['東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B3a出口 徒歩約１分',
                               '東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約３分'])
    f['assignments'] = A_(2024, '令和６年度入局者（総合職）の配属先（令和７年４月現在）',
                          [('官房総務課', 2, None), ('官房人事課', 1, None), ('経済取引局', 5, 1), ('取引部', 6, None), ('審査局', 8, None)])
    f['hiring'] = dict(intro=['総合職の採用者数（人）'], note='※（　）内は女性の人数で内数です。',
                       tracks=dict(admin='事務系', tech='技術系'), rows=rows)
    f['exams'] = dict(title='令和７年度採用予定者の試験区分', fiscalYear=2025, entries=[
        E_('事務系', '大卒程度試験', [('法律', 9), ('経済', 8), ('政治・国際', 1)], fmt='{}：{}人'),
        E_('事務系', '院卒程度試験', [('法務', 2), ('行政', 3)], fmt='{}：{}人'),
        E_('技術系', '大卒程度試験', [('デジタル', 1)], fmt='{}：{}人'),
        E_('技術系', '院卒程度試験', [('デジタル', 1)], fmt='{}：{}人')])
    f['lead'] = dict(title='公正取引委員会ってどんな組織？',
                     text=['公正取引委員会は、独占禁止法を運用し、公正で自由な競争を守る行政委員会です。',
                           'カルテルや優越的地位の濫用の審査、企業結合の審査、デジタル市場の実態調査などを通じて、消費者の利益と経済の活力を守っています。'])
    f['initiativesIntro'] = dict(title='どんな働き方ができますか？', text='審査の繁閑に合わせて、柔軟に働ける環境を整えています。')
    f['initiatives'] = [
        dict(title='テレワーク', text='審査資料の電子化を進め、週２日程度のテレワークが定着しています。'),
        dict(title='早出遅出勤務', text='始業時刻を7時30分から10時30分まで30分刻みで選べます。'),
        dict(title='定時退庁日', text='毎週水曜日を定時退庁日とし、幹部が率先して退庁しています。')]
    f['supportTitle'] = 'どんな支援制度がありますか？'
    f['supportSystems'] = [
        dict(name='育児休業', text='子が３歳に達するまで（男性職員の取得率は９割を超えています）。'),
        dict(name='育児短時間勤務', text='子が小学校就学前まで、週19時間25分から選べます。'),
        dict(name='介護休暇', text='通算６月以内、３回まで分割できます。'),
        dict(name='介護時間', text='連続する３年以内、１日２時間まで。')]
    f['supportSource'] = None
    f['training'] = dict(title='どんな研修がありますか？', paragraphs=[
        '　入局直後の新規採用職員研修で、独占禁止法・下請法の基礎と審査の手法を学びます。',
        '　２年目以降は、経済分析研修やデジタル・フォレンジック研修、海外の競争当局への派遣研修など、専門性を高める機会が用意されています。'])
    return f


def jftc_q(p, x, y, w, text, size=11):
    """Question heading: rounded speech-bubble box with a tail."""
    p.rect(x, y - 7, w, 22, fill=PALEP, stroke=PURPLE, lw=0.8)
    p.rect(x + 14, y - 11, 6, 4, fill=PURPLE)
    p.line(x + 8, y, text, 'G', size, PURPLE)
    return y - 28


def jftc_2025(f):
    W, _ = A4
    L, R = 50, W - 50
    p = Page(A4)
    p.line(L, 796, '公正取引委員会', 'G', 24, PURPLE, cs=2)
    p.line(L, 772, '総合職 採用パンフレット 2025', 'M', 12)
    p.line(R, 772, f['edition']['asOfText'], 'M', 9, align='r')
    p.hline(L, 762, R, PURPLE, 2); p.hline(L, 758, R, PURPLE, 0.5)
    y = 736
    y = jftc_q(p, L, y, R - L, f['lead']['title'])
    for s in f['lead']['text']:
        y = p.para(L, y, R - L, s, 'M', 9.5, 15)
    y -= 14
    cw1 = (R - L - 20) * 0.54
    cw2 = R - L - 20 - cw1
    x2 = L + cw1 + 20
    a = jftc_q(p, L, y, cw1, '毎年何人採用していますか？')
    p.line(L, a, f['hiring']['intro'][0], 'M', 8.5); a -= 8
    rows = f['hiring']['rows']
    tr = [['年度', '事務系', '技術系', '計']]
    for r in rows:
        lab = r['labelText'] if not r['planned'] else [r['label'], '（予定）']
        tr.append([lab, r['admin']['text'], r['tech']['text'], r['total']['text']])
    a = table(p, L, a, [cw1 - 156, 50, 50, 56], tr, size=8.5, rules='grid', header_fill=PALEP, rule_color=PURPLE, align=['l', 'r', 'r', 'r'])
    a -= 12
    p.line(L, a, f['hiring']['note'], 'M', 7.5); a -= 24
    a = jftc_q(p, L, a, cw1, 'どの試験区分から採用していますか？')
    p.line(L, a, f['exams']['title'], 'M', 8.5); a -= 6
    er = [['区分', '試験', '内訳']]
    prev = None
    for e in f['exams']['entries']:
        er.append([e['track'] if e['track'] != prev else None, e['exam'], wrap(e['text'], 'M', 8.5, cw1 - 130 - 6)])
        prev = e['track']
    a = table(p, L, a, [44, 86, cw1 - 130], er, size=8.5, rules='none', align=['l', 'l', 'l'], pad=4)
    b = jftc_q(p, x2, y, cw2, '入局後はどこに配属されますか？')
    b = p.para(x2, b, cw2, f['assignments']['intro'], 'M', 8.2, 12) - 2
    b = table(p, x2, b, [cw2 - 88, 44, 44], [['配属先', '事務系', '技術系']] +
              [[r['unit'], f"{r['admin']}人" if r['admin'] else None, f"{r['tech']}人" if r['tech'] else None] for r in f['assignments']['rows']],
              size=8.5, rules='h', rule_color=PURPLE, pad=4)
    b -= 24
    b = jftc_q(p, x2, b, cw2, f['initiativesIntro']['title'], 10.5)
    b = p.para(x2, b, cw2, f['initiativesIntro']['text'], 'M', 8.6, 13) - 4
    for it in f['initiatives']:
        p.line(x2, b, '◎' + it['title'], 'G', 9); b -= 14
        b = p.para(x2 + 9, b, cw2 - 9, it['text'], 'M', 8.4, 13) - 5
    # p2
    q = Page(A4)
    y = 796
    c1 = (R - L - 24) * 0.38
    c2 = R - L - 24 - c1
    x2 = L + c1 + 24
    a = jftc_q(q, L, y, c1, '入局後のキャリアは？')
    steps = [('１～２年目', '本局の係員として審査や調査の実務を学ぶ'), ('３～４年目', '地方事務所で地域の事件を担当'),
             ('５～６年目', '海外の大学院に留学、競争法を学ぶ'), ('７～10年目', '課長補佐として事件審査や法改正を統括'),
             ('11年目～', '企画室長・国際機関への派遣など')]
    top = a + 6
    for lab, txt in steps:
        q.circle(L + 6, a + 3, 5, PURPLE)
        q.line(L + 18, a, lab, 'G', 9.5, PURPLE); a -= 14
        a = q.para(L + 18, a, c1 - 18, txt, 'M', 8.5, 13) - 10
    q.vline(L + 6, top, a + 16, PURPLE, 1.5)
    b = jftc_q(q, x2, y, c2, f['supportTitle'])
    for s in f['supportSystems']:
        q.line(x2, b, s['name'], 'G', 9); b -= 13
        b = q.para(x2 + 12, b, c2 - 12, s['text'], 'M', 8.5, 13) - 5
    b -= 14
    b = jftc_q(q, x2, b, c2, f['training']['title'])
    for s in f['training']['paragraphs']:
        b = q.para(x2, b, c2, s, 'M', 8.8, 14)
    y = min(a, b) - 20
    y = jftc_q(q, L, y, R - L, '説明会・問い合わせは？')
    half = (R - L - 20) / 2
    yy = y
    for i, c in enumerate(f['contacts']):
        x = L + i * (half + 20)
        yc = yy
        q.line(x, yc, c['track'], 'G', 9, PURPLE); yc -= 14
        yc = q.para(x, yc, half, c['office'], 'M', 8.5, 13)
        q.line(x, yc, c['location'], 'M', 8.5); yc -= 13
        for t in c['tel']:
            q.line(x, yc, '☎ ' + t, 'M', 8.5); yc -= 13
        q.line(x, yc, 'Mail ' + c['email'][0], 'M', 8.5); yc -= 13
        y = min(y, yc)
    y -= 18
    y = jftc_q(q, L, y, R - L, 'どうやって行けばいいですか？')
    q.line(L, y, f['access']['address'], 'M', 9); y -= 15
    for r in f['access']['routes']:
        q.line(L + 10, y, r, 'M', 9); y -= 15
    return [p, q]


# ============================================================================ 海上保安庁 (A3 poster)

NAVY = (0.05, 0.15, 0.35); PALEN = (0.92, 0.94, 0.97)


def jcg_facts():
    f = base('jcg-2025', '海上保安庁', '総合職採用案内', 2025, '2025-04', '令和7年4月現在')
    rows = [H(2021, 'R3年度', 'R3年度', False, 6, 2, 4, 1), H(2022, 'R4年度', 'R4年度', False, 7, 3, 5, 1),
            H(2023, 'R5年度', 'R5年度', False, 8, 3, 4, 2), H(2024, 'R6年度', 'R6年度', False, 7, 2, 6, 2),
            H(2025, 'R7年度', 'R7年度（予定）', True, 8, 3, 6, 2)]
    rows[3]['total']['text'] = '13（4）*2'
    f['contacts'] = [
        dict(track='総合職事務系', office='総務部人事課', location='中央合同庁舎第３号館５階',
             tel=['03-3591-6361（代表）内線2154'], email=['jcg-saiyo-jimu@kaiho.mlit.go.jp']),
        dict(track='総合職技術系', office='装備技術部管理課', location='中央合同庁舎第３号館６階',
             tel=['03-3591-6361（代表）内線2812', '03-3591-9784（直通）'], email=['jcg-saiyo-gijutsu@kaiho.mlit.go.jp'])]
    f['access'] = dict(address='東京都千代田区霞が関２-１-３ 中央合同庁舎第３号館',
                       routes=['東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A5出口 徒歩約２分',
                               '東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約５分',
                               '東京メトロ 銀座線『虎ノ門』駅 １番出口 徒歩約８分'])
    f['assignments'] = A_(2024, 'R6年度入庁者（総合職）の配属先（R7年4月現在）',
                          [('総務部', 2, None), ('装備技術部', None, 3), ('警備救難部', 2, None), ('海洋情報部', None, 2),
                           ('交通部', 1, 1), ('管区海上保安本部', 2, None)])
    f['hiring'] = dict(intro=['総合職採用者数の推移'], note='*1 （　）内は女性で内数。 *2 うち1名は経験者採用。',
                       tracks=dict(admin='事務系', tech='技術系'), rows=rows)
    f['exams'] = dict(title='R7年度採用予定者の試験区分', fiscalYear=2025, entries=[
        E_('事務系', '大卒程度試験', [('法律', 3), ('経済', 2), ('教養', 1)], sep='／', fmt='{}{}名'),
        E_('事務系', '院卒程度試験', [('行政', 2)], sep='／', fmt='{}{}名'),
        E_('技術系', '大卒程度試験', [('工学', 3), ('数理科学・物理・地球科学', 1)], sep='／', fmt='{}{}名'),
        E_('技術系', '院卒程度試験', [('工学', 2)], sep='／', fmt='{}{}名')])
    f['lead'] = dict(title='海を守る。その仕組みをつくる。',
                     text=['海上保安庁は、海上における人命・財産の保護、治安の維持、海上交通の安全確保、海洋調査などを担っています。',
                           '総合職は、本庁や管区本部で制度や予算、装備の企画を担い、現場の海上保安官を支えます。'])
    f['initiativesIntro'] = dict(title='働き方改革', text='本庁では、次の取組で業務の効率化を進めています。')
    f['initiatives'] = [
        dict(title='オンライン会議の標準化', text='管区本部との会議は原則オンラインで行います。'),
        dict(title='業務のデジタル化', text='船艇の運用計画や報告をシステム化しています。'),
        dict(title='年次休暇の計画取得', text='四半期ごとに休暇計画を立て、取得を促しています。')]
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [
        dict(name='育児休業', text='子が３歳に達するまで'),
        dict(name='育児短時間勤務', text='子が小学校就学前まで'),
        dict(name='子の看護休暇', text='年５日（子が２人以上は10日）'),
        dict(name='介護休暇', text='通算６月以内')]
    f['supportSource'] = None
    f['training'] = dict(title='研修制度', paragraphs=[
        '入庁後は初任行政研修に続き、海上保安大学校での基礎研修や巡視船への乗船研修で現場を学びます。',
        '３年目以降は管区海上保安本部での勤務や、海外の大学院への留学の機会もあります。'])
    return f


def jcg_2025(f):
    W, Hh = A3
    M = 40
    p = Page(A3)
    p.rect(0, Hh - 150, W, 150, fill=NAVY)
    p.line(M, Hh - 66, '海上保安庁', 'G', 34, WHITE, cs=4)
    p.line(M, Hh - 104, '総合職採用案内 2025', 'G', 20, WHITE)
    p.line(W - M, Hh - 66, f['lead']['title'], 'M', 20, WHITE, align='r')
    p.line(W - M, Hh - 104, f['edition']['asOfText'], 'M', 11, WHITE, align='r')
    gap = 18
    cw = (W - 2 * M - 2 * gap) / 3
    xs = [M + i * (cw + gap) for i in range(3)]
    top = Hh - 180
    pad = 10

    def box(x, y, title, body):
        """body(x, y, w) -> y. Box with navy title strip."""
        p.rect(x, y - 26, cw, 26, fill=NAVY)
        p.line(x + pad, y - 18, title, 'G', 13, WHITE)
        yb = body(x + pad, y - 44, cw - 2 * pad)
        h = y - (yb + 6)
        p.rect(x, yb + 6 - 4, cw, h + 4 - 26, stroke=NAVY, lw=1)
        return yb - 18

    # column 1
    def lead(x, y, w):
        for s in f['lead']['text']:
            y = p.para(x, y, w, s, 'M', 10.5, 17)
        return y

    def hiring(x, y, w):
        p.line(x, y, f['hiring']['intro'][0] + '（単位：名）', 'M', 9.5); y -= 10
        rows = [['年度', '計', '事務系', '技術系']] + [[r['labelText'] if not r['planned'] else [r['label'], '（予定）'], r['total']['text'], r['admin']['text'], r['tech']['text']] for r in f['hiring']['rows']]
        y = table(p, x, y, [w - 172, 64, 54, 54], rows, size=10, rules='none', pad=4, lead=14, align=['l', 'r', 'r', 'r'])
        y -= 12
        for n in f['hiring']['note'].split(' *'):
            p.line(x, y, n if n.startswith('*') else '*' + n, 'M', 8.5); y -= 13
        return y

    def asg(x, y, w):
        y = p.para(x, y, w, f['assignments']['intro'], 'M', 9.5, 14) - 4
        rows = [['', '事務系', '技術系']] + [[r['unit'], str(r['admin']) if r['admin'] else None, str(r['tech']) if r['tech'] else None] for r in f['assignments']['rows']]
        return table(p, x, y, [w - 100, 50, 50], rows, size=10, rules='none', pad=4, lead=14, align=['l', 'c', 'c'])

    y = top
    y = box(xs[0], y, 'はじめに', lead)
    y = box(xs[0], y, '採用実績', hiring)
    y = box(xs[0], y, '配属実績', asg)
    p.rect(xs[0], y - 150, cw, 150, fill=(0.8, 0.82, 0.86))

    def exams(x, y, w):
        p.line(x, y, f['exams']['title'], 'M', 9.5); y -= 18
        for tr in ('事務系', '技術系'):
            p.line(x, y, '■' + tr, 'G', 10.5); y -= 16
            for e in f['exams']['entries']:
                if e['track'] == tr:
                    p.line(x + 10, y, e['exam'], 'G', 9.5); y -= 14
                    y = p.para(x + 20, y, w - 20, e['text'], 'M', 9.5, 14) - 2
            y -= 4
        return y

    def training(x, y, w):
        for s in f['training']['paragraphs']:
            y = p.para(x, y, w, s, 'M', 10, 16)
        y -= 6
        for lab, txt in [('1年目', '本庁で係員'), ('2年目', '巡視船で乗船研修'), ('3～5年目', '管区本部で勤務'), ('6年目～', '留学・係長')]:
            p.rect(x, y - 8, 64, 22, fill=PALEN)
            a = p.t(x + 6, y, lab, 'G', 9.5, NAVY)
            b = p.t(x + 74, y, txt, 'M', 9.5)
            p.E([a], [b])
            y -= 28
        return y

    def inits(x, y, w):
        y = p.para(x, y, w, f['initiativesIntro']['text'], 'M', 9.5, 15) - 4
        for it in f['initiatives']:
            p.line(x, y, it['title'], 'G', 10, NAVY); y -= 15
            y = p.para(x + 8, y, w - 8, it['text'], 'M', 9.5, 15) - 5
        return y

    y = top
    y = box(xs[1], y, '試験区分', exams)
    y = box(xs[1], y, '研修制度', training)
    y = box(xs[1], y, f['initiativesIntro']['title'], inits)

    def support(x, y, w):
        rows = [[s['name'], s['text']] for s in f['supportSystems']]
        return table(p, x, y + 4, [84, w - 84], rows, size=9, rules='none', heads=0, align=['l', 'l'], pad=4, lead=14, first_font='G')

    def contacts(x, y, w):
        for c in f['contacts']:
            p.line(x, y, '◆' + c['track'], 'G', 10); y -= 15
            p.line(x + 10, y, c['office'], 'M', 9.5); y -= 14
            p.line(x + 10, y, c['location'], 'M', 9.5); y -= 14
            for t in c['tel']:
                p.line(x + 10, y, '電話：' + t, 'M', 9.5); y -= 14
            p.line(x + 10, y, 'メール：' + c['email'][0], 'M', 9.5); y -= 20
        return y + 6

    def access(x, y, w):
        y = p.para(x, y, w, f['access']['address'], 'M', 9.5, 14) - 4
        for r in f['access']['routes']:
            y = p.para(x, y, w, r, 'M', 9.5, 14) - 2
        return y

    y = top
    y = box(xs[2], y, f['supportTitle'], support)
    y = box(xs[2], y, '採用窓口', contacts)
    y = box(xs[2], y, 'アクセス', access)
    p.rect(xs[2], y - 120, cw, 120, fill=(0.8, 0.82, 0.86))
    p.rect(0, 0, W, 70, fill=NAVY)
    p.line(W / 2, 32, '海の安全を、ともに守ろう。', 'G', 18, WHITE, align='c')
    return [p]


# ============================================================================ main

def build(which):
    f24, f25 = fsa_facts(2024), fsa_facts(2025)
    cross_check(f24, f25)
    jobs = {'fsa-2024': (f24, fsa_2024, A4), 'fsa-2025': (f25, fsa_2025, A4),
            'digital-2025': (digital_facts(), digital_2025, A4), 'jftc-2025': (jftc_facts(), jftc_2025, A4),
            'jcg-2025': (jcg_facts(), jcg_2025, A3)}
    for name, (f, fn, size) in jobs.items():
        if which and name not in which and not (name.startswith('fsa') and any(w.startswith('fsa') for w in which)):
            continue
        write(name, fn(f), f, size)


if __name__ == '__main__':
    try:
        build(sys.argv[1:])
    except Refuse as e:
        sys.exit(f'refused: {e}')
