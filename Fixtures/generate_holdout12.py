#!/usr/bin/env python3
"""Blind holdout set 12: three 2-page brochures (宮内庁, 国土地理院, 公害等調整委員会).

Self-contained (Python 3 + reportlab + IPAex fonts). Deterministic. Writes
Fixtures/holdout12/NAME.{pdf,expected.txt,facts.json}.
  usage: python3 Fixtures/generate_holdout12.py [NAME ...]
"""
import json, os, random, sys, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout12')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
GLYPHS = {f: set(pdfmetrics.getFont(f).face.charToGlyph.keys()) for f in 'GM'}

NO_START = set('、。，．）」』】〕・ー：ゃゅょっャュョッぁぃぅぇぉ々')
NO_END = set('（「『【〔')


def sw(t, f, s):
    return pdfmetrics.stringWidth(t, f, s)


def tokens(text):
    out, i = [], 0
    while i < len(text):
        if ord(text[i]) < 128 and text[i] != ' ':
            j = i
            while j < len(text) and ord(text[j]) < 128 and text[j] != ' ':
                j += 1
            out.append(text[i:j]); i = j
        else:
            out.append(text[i]); i += 1
    return out


def wrap(text, f, s, w):
    lines, cur = [], ''
    for tok in tokens(text):
        if cur and sw(cur + tok, f, s) > w:
            if tok[0] in NO_START:          # pull the last char down instead of breaking
                if cur[-1] in NO_END or len(cur) < 2:
                    cur += tok; continue
                lines.append(cur[:-1]); cur = cur[-1] + tok
            elif cur[-1] in NO_END:
                lines.append(cur[:-1]); cur = cur[-1] + tok
            else:
                lines.append(cur); cur = tok.lstrip(' ')
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w=A4[0], h=A4[1]):
        self.w, self.h = w, h
        self.items = []      # (x, y, text, font, size, color)
        self.gfx = []        # callables on canvas
        self.exp = []        # expected lines

    def t(self, x, y, text, f='M', s=9, color=(0, 0, 0), align='l'):
        if align == 'r':
            x -= sw(text, f, s)
        elif align == 'c':
            x -= sw(text, f, s) / 2
        self.items.append((x, y, text, f, s, color))
        return x

    def g(self, fn):
        self.gfx.append(fn)

    def e(self, line):
        self.exp.append(line)

    # paragraph: wraps, each line expected
    def para(self, x, y, w, text, f='M', s=9, lead=1.6, color=(0, 0, 0), indent=0):
        for i, ln in enumerate(wrap(text, f, s, w - indent)):
            self.t(x + indent, y, ln, f, s, color)
            self.e(ln)
            y -= s * lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        def fn(c):
            c.saveState()
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            if r:
                c.roundRect(x, y, w, h, r, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            c.restoreState()
        self.g(fn)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
        def fn(c):
            c.saveState(); c.setStrokeColorRGB(*color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, y1, x2, y2); c.restoreState()
        self.g(fn)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def fn(c):
            c.saveState()
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
            c.circle(x, y, r, fill=1 if fill else 0, stroke=1 if stroke else 0); c.restoreState()
        self.g(fn)

    def dots(self, x1, x2, y, color=(0.4, 0.4, 0.4)):
        def fn(c):
            c.saveState(); c.setFillColorRGB(*color)
            xx = x1
            while xx < x2:
                c.circle(xx, y, 0.45, fill=1, stroke=0); xx += 3
            c.restoreState()
        self.g(fn)

    def table(self, x, y, cols, rows, f='M', s=8.5, pad=3, lead=1.35, rules='h', head_fill=None,
              aligns=None, spans=None, head_rows=1, color=(0, 0, 0), head_color=None):
        """rows: list of lists of cells; a cell is a str or list of str (lines); None = covered by
        a column span (to its left). spans: {(r, c): nrows} row spans (cell belongs to first row).
        Returns bottom y. Expected: one line per row, cells joined by TAB."""
        spans = spans or {}
        covered = set()
        for (r, c), n in spans.items():
            for k in range(1, n):
                covered.add((r + k, c))
        heights = []
        for r, row in enumerate(rows):
            nl = 1
            for c, cell in enumerate(row):
                if cell is None or (r, c) in covered or (r, c) in spans: continue
                nl = max(nl, len(cell) if isinstance(cell, list) else 1)
            heights.append(nl * s * lead + 2 * pad)
        for (r, c), n in spans.items():
            cell = rows[r][c]
            need = (len(cell) if isinstance(cell, list) else 1) * s * lead + 2 * pad
            have = sum(heights[r:r + n])
            if need > have: heights[r + n - 1] += need - have
        xs = [x]
        for w in cols: xs.append(xs[-1] + w)
        yy = y
        tops = []
        for r, row in enumerate(rows):
            tops.append(yy); yy -= heights[r]
        bottom = yy
        for r, row in enumerate(rows):
            top = tops[r]
            if r < head_rows and head_fill:
                self.rect(x, top - heights[r], sum(cols), heights[r], fill=head_fill)
            exp = []
            c = 0
            while c < len(row):
                cell = row[c]
                span_c = 1
                while c + span_c < len(row) and row[c + span_c] is None: span_c += 1
                if (r, c) in covered:
                    exp.append(''); c += 1; continue
                lines = cell if isinstance(cell, list) else [cell]
                nrow = spans.get((r, c), 1)
                h = sum(heights[r:r + nrow])
                cx0, cx1 = xs[c], xs[c + span_c]
                al = (aligns[c] if aligns else 'l') if r >= head_rows else 'c'
                n = len([l for l in lines if l])
                ty = top - pad - s * 0.88
                if nrow > 1 or n < (heights[r] - 2 * pad) / (s * lead) - 0.5:
                    ty = top - h / 2 + (n * s * lead) / 2 - s * 0.88 - (s * lead - s) / 2
                col = head_color if (r < head_rows and head_color) else color
                for ln in lines:
                    if ln:
                        if sw(ln, f, s) > cx1 - cx0 - 2 * pad + 0.01:
                            raise SystemExit(f'cell overflow: {ln}')
                        if al == 'l': self.t(cx0 + pad, ty, ln, f, s, col)
                        elif al == 'r': self.t(cx1 - pad, ty, ln, f, s, col, 'r')
                        else: self.t((cx0 + cx1) / 2, ty, ln, f, s, col, 'c')
                    ty -= s * lead
                exp.append(''.join(lines))
                for k in range(1, span_c): exp.append('')
                c += span_c
            self.e('\t'.join(exp).rstrip('\t') if False else '\t'.join(exp))
        # rules
        if rules in ('h', 'grid'):
            self.line(x, y, x + sum(cols), y, lw=0.9)
            for r in range(len(rows)):
                yb = tops[r] - heights[r]
                # do not draw through row-spanned cells
                segs = [(xs[c], xs[c + 1]) for c in range(len(cols)) if (r + 1, c) not in covered]
                for a, b in segs:
                    self.line(a, yb, b, yb, lw=0.9 if r == len(rows) - 1 or r == head_rows - 1 else 0.4)
        if rules == 'grid':
            for j, cx in enumerate(xs):
                for r in range(len(rows)):
                    if 0 < j < len(cols) and rows[r][j] is None:
                        continue          # inside a column span
                    self.line(cx, tops[r], cx, tops[r] - heights[r], lw=0.4)
        return bottom


def check_and_render(name, pages, facts, fact_strings, seed):
    # overlaps, bounds, glyphs
    for pi, p in enumerate(pages):
        boxes = []
        for (x, y, text, f, s, col) in p.items:
            for ch in text:
                if ch != ' ' and ord(ch) not in GLYPHS[f]:
                    raise SystemExit(f'{name} p{pi+1}: glyph missing {ch!r} in {f}')
            w = sw(text, f, s)
            b = (x, y - 0.12 * s, x + w, y + 0.82 * s)
            if b[0] < 8 or b[2] > p.w - 8 or b[1] < 8 or b[3] > p.h - 8:
                raise SystemExit(f'{name} p{pi+1}: off page {text}')
            for ob, ot in boxes:
                if b[0] < ob[2] - 0.3 and ob[0] < b[2] - 0.3 and b[1] < ob[3] - 0.3 and ob[1] < b[3] - 0.3:
                    raise SystemExit(f'{name} p{pi+1}: overlap {text!r} / {ot!r}')
            boxes.append((b, text))
        drawn = Counter(ch for it in p.items for ch in it[2] if not ch.isspace())
        exp = Counter(ch for ln in p.exp for ch in ln if not ch.isspace())
        if drawn != exp:
            raise SystemExit(f'{name} p{pi+1}: drawn != expected: +{drawn - exp} -{exp - drawn}')
    expected = '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'
    flat = norm(expected)
    for s in fact_strings:
        if s and norm(s) not in flat:
            raise SystemExit(f'{name}: fact string not printed: {s}')
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(facts['organization'] + ' ' + facts['document'])
    rnd = random.Random(seed)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for fn in p.gfx: fn(c)
        order = list(p.items); rnd.shuffle(order)
        for (x, y, text, f, s, col) in order:
            c.saveState(); c.setFillColorRGB(*col); c.setFont(f, s); c.drawString(x, y, text); c.restoreState()
        c.showPage()
    c.save()
    open(os.path.join(OUT, name + '.expected.txt'), 'w').write(expected)
    facts['pages'] = len(pages)
    json.dump(facts, open(os.path.join(OUT, name + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
    open(os.path.join(OUT, name + '.facts.json'), 'a').write('\n')


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split())


def check_numbers(facts):
    h = facts['hiring']['rows']
    assert sum(r['planned'] for r in h) == 1 and h[-1]['planned']
    for r in h:
        for k in ('count', 'women'):
            assert r['total'][k] == r['admin'][k] + r['tech'][k], r
        for t in ('total', 'admin', 'tech'):
            assert r[t]['women'] <= r[t]['count']
    a = facts['assignments']
    coh = [r for r in h if r['fiscalYear'] == a['cohortFiscalYear']][0]
    assert sum(r['admin'] or 0 for r in a['rows']) == coh['admin']['count'] == a['totals']['admin']
    assert sum(r['tech'] or 0 for r in a['rows']) == coh['tech']['count'] == a['totals']['tech']
    ex = facts['exams']
    assert ex['fiscalYear'] == h[-1]['fiscalYear'] == facts['edition']['year']
    for tr, key in (('事務系', 'admin'), ('技術系', 'tech')):
        tot = sum(b['count'] for e in ex['entries'] if e['track'] == tr for b in e['breakdown'])
        assert tot == h[-1][key]['count'], (tr, tot)
        for e in ex['entries']:
            assert e['total'] == sum(b['count'] for b in e['breakdown'])


def generic_fact_strings(f):
    out = [f['organization'], f['edition']['asOfText'], f['exams']['title'], f['assignments']['intro'],
           f['lead']['title'], f.get('supportTitle'), f['training']['title']]
    out += f['lead']['text'] + f['training']['paragraphs'] + f['hiring']['intro'] + f['hiring']['note']
    for r in f['hiring']['rows']:
        out.append(r['labelText'])
        if not f['hiring'].get('textSynthesised'):
            out += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    out += list(f['hiring']['tracks'].values())
    for e in f['exams']['entries']:
        out += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not f['exams'].get('textSynthesised'): out.append(e['text'])
    out += [r['unit'] for r in f['assignments']['rows']]
    for c in f['contacts']:
        out += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    out += [f['access']['address']] + f['access']['routes']
    for i in f['initiatives']: out += [i['title'], i['text']]
    for i in f['supportSystems']: out += [i['name'], i['duration'], i['text']]
    return out


def hrow(fy, label, text, planned, a, t, fmt):
    return {'fiscalYear': fy, 'label': label, 'labelText': text, 'planned': planned,
            'total': {'count': a[0] + t[0], 'women': a[1] + t[1], 'text': fmt('total', a[0] + t[0], a[1] + t[1])},
            'admin': {'count': a[0], 'women': a[1], 'text': fmt('admin', *a)},
            'tech': {'count': t[0], 'women': t[1], 'text': fmt('tech', *t)}}


SUPPORT = [
    ('産前・産後休暇', '産前6週間・産後8週間'),
    ('育児休業', '子が3歳に達するまで'),
    ('育児時間', '子が小学校就学の始期に達するまで'),
    ('介護休暇', '通算6月まで'),
]

# ---------------------------------------------------------------- 宮内庁
def kunaicho():
    name = 'kunaicho-2026'
    fmt = lambda k, c, w: f'{c}（{w}）'
    data = [(2022, '令和4年度', (3, 1), (1, 0)), (2023, '令和5年度', (4, 2), (1, 1)),
            (2024, '令和6年度', (3, 2), (2, 0)), (2025, '令和7年度', (4, 1), (1, 1)),
            (2026, '令和8年度', (4, 2), (2, 1))]
    rows = []
    for fy, lab, a, t in data:
        planned = fy == 2026
        rows.append(hrow(fy, lab, lab + '見込み' if planned else lab, planned, a, t, fmt))
    f = {
        'fixture': name, 'organization': '宮内庁', 'document': '国家公務員総合職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '令和8年2月'},
        'hiring': {'intro': ['総合職採用者数（各年度4月1日現在）'],
                   'note': ['（　）内は女性の内数。', '令和8年度は採用見込み数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'ruled table, years as rows, columns 年度 | 事務系 | 技術系 | 計; the planned row is labelled 令和8年度見込み (not 予定) and set off by a double rule',
                   'rows': rows},
        'exams': {'title': '令和8年度の採用見込み', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'prose: one wrapped paragraph per track naming levels and categories',
                  'entries': [
                      {'track': '事務系', 'exam': '大卒程度試験', 'text': '法律2名・経済1名',
                       'breakdown': [{'category': '法律', 'count': 2}, {'category': '経済', 'count': 1}], 'total': 3},
                      {'track': '事務系', 'exam': '院卒程度試験', 'text': '行政1名',
                       'breakdown': [{'category': '行政', 'count': 1}], 'total': 1},
                      {'track': '技術系', 'exam': '大卒程度試験', 'text': '工学1名',
                       'breakdown': [{'category': '工学', 'count': 1}], 'total': 1},
                      {'track': '技術系', 'exam': '院卒程度試験', 'text': '農業科学・水産1名',
                       'breakdown': [{'category': '農業科学・水産', 'count': 1}], 'total': 1}]},
        'contacts': [
            {'track': '総合職事務系', 'office': '長官官房秘書課 人事第一係', 'location': '宮内庁庁舎2階',
             'tel': ['03-3213-1111（内線3221）'], 'email': ['saiyo-jimu@kunaicho.go.jp']},
            {'track': '総合職技術系', 'office': '管理部管理課 人事係', 'location': '宮内庁庁舎3階',
             'tel': ['03-3213-1111（内線3547）'], 'email': ['saiyo-gijutsu@kunaicho.go.jp']}],
        'access': {'address': '〒100-8111 東京都千代田区千代田1-1',
                   'routes': ['東京メトロ千代田線『二重橋前』駅 6番出口 徒歩約10分',
                              '東京メトロ各線・都営三田線『大手町』駅 D2出口 徒歩約12分',
                              'JR各線『東京』駅 丸の内中央口 徒歩約15分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'dot-leader list grouped by track: 〈事務系〉 then unit ……… 1名 lines, then 〈技術系〉',
                        'rows': [{'unit': '長官官房秘書課', 'admin': 1, 'tech': None},
                                 {'unit': '長官官房総務課', 'admin': 1, 'tech': None},
                                 {'unit': '式部職儀式課', 'admin': 1, 'tech': None},
                                 {'unit': '書陵部図書課', 'admin': 1, 'tech': None},
                                 {'unit': '管理部工務課', 'admin': None, 'tech': 1}],
                        'totals': {'admin': 4, 'tech': 1}},
        'lead': {'title': '皇室の伝統を受け継ぎ、次の時代へ',
                 'text': ['宮内庁は、皇室関係の国家事務や天皇の国事行為にかかわる事務を担い、御璽・国璽を保管しています。儀式や行幸啓の準備、皇室の文化の継承、陵墓や御所・離宮の管理など、その仕事は幅広く、一つひとつが長い歴史の上に成り立っています。']},
        'initiativesIntro': '',
        'initiatives': [
            {'title': '書類の電子化と決裁の効率化', 'text': '歴史的な文書を大切に扱いながら、日常の事務は電子決裁に切り替え、紙の回覧を大幅に減らしました。'},
            {'title': '早出遅出勤務の活用', 'text': '儀式や行事の時間に合わせて始業と終業の時刻をずらし、超過勤務を抑えています。'},
            {'title': '若手による文化財研修', 'text': '正倉院や書陵部の専門職員から、所蔵品の取扱いを学ぶ機会を設けています。'}],
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': SUPPORT[0][0], 'duration': SUPPORT[0][1], 'text': '出産予定日の6週間前から取得できます。'},
            {'name': SUPPORT[1][0], 'duration': SUPPORT[1][1], 'text': '男性職員の取得も年々増えています。'},
            {'name': SUPPORT[2][0], 'duration': SUPPORT[2][1], 'text': '1日2回、各30分以内で勤務しないことができます。'},
            {'name': SUPPORT[3][0], 'duration': SUPPORT[3][1], 'text': '3回まで分割して取得できます。'}],
        'supportSource': '',
        'training': {'title': '研修',
                     'paragraphs': ['採用後は合同初任研修のあと、庁内研修で皇室制度や儀式の歴史、文書の取扱いを学びます。',
                                    '3年目以降は他府省への出向や在外公館での勤務などを通じて、幅広い視野を養います。']},
    }
    check_numbers(f)
    navy, gold = (0.13, 0.16, 0.32), (0.62, 0.5, 0.25)
    W = A4[0]
    p1 = Page(); L, R = 50, W - 50
    # centered masthead, no date
    y = 790
    p1.t(W / 2, y, 'IMPERIAL HOUSEHOLD AGENCY', 'G', 8, gold, 'c'); p1.e('IMPERIAL HOUSEHOLD AGENCY')
    y -= 34
    p1.t(W / 2, y, '宮内庁', 'M', 30, navy, 'c'); p1.e('宮内庁')
    y -= 22
    p1.t(W / 2, y, '国家公務員総合職 採用案内', 'M', 12, navy, 'c'); p1.e('国家公務員総合職 採用案内')
    y -= 12
    p1.line(L, y, R, y, gold, 1.2); p1.line(L, y - 3, R, y - 3, gold, 0.4)

    def head(p, x0, x1, y, text):
        cx = (x0 + x1) / 2; w = sw(text, 'M', 12)
        p.t(cx, y, text, 'M', 12, navy, 'c'); p.e(text)
        p.line(x0, y + 4, cx - w / 2 - 8, y + 4, gold, 0.6); p.line(cx + w / 2 + 8, y + 4, x1, y + 4, gold, 0.6)
        return y - 20

    y -= 30
    p1.t(W / 2, y, f['lead']['title'], 'M', 14, navy, 'c'); p1.e(f['lead']['title'])
    y -= 22
    y = p1.para(L + 20, y, R - L - 40, f['lead']['text'][0], s=9.5, lead=1.75)
    y -= 10
    # two columns
    cw = (R - L - 24) / 2; x1 = L; x2 = L + cw + 24
    yl = head(p1, x1, x1 + cw, y, '採用実績')
    p1.t(x1, yl, f['hiring']['intro'][0], 'M', 8.5); p1.e(f['hiring']['intro'][0]); yl -= 8
    trows = [['年度', '事務系', '技術系', '計']]
    for r in rows:
        trows.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
    yt = p1.table(x1, yl, [cw - 3 * 50, 50, 50, 50], trows, s=8.5, aligns=['l', 'c', 'c', 'c'], head_fill=(0.93, 0.91, 0.85))
    # double rule above the planned row
    hrow_h = (yl - yt) / len(trows)
    p1.line(x1, yt + hrow_h + 1.5, x1 + cw, yt + hrow_h + 1.5, lw=0.4)
    yl = yt - 12
    for n in f['hiring']['note']:
        p1.t(x1, yl, n, 'M', 7.5); p1.e(n); yl -= 11
    yl -= 12
    yl = head(p1, x1, x1 + cw, yl, '配属実績')
    p1.t(x1, yl, f['assignments']['intro'], 'M', 8.5); p1.e(f['assignments']['intro']); yl -= 16
    for grp, key in (('〈事務系〉', 'admin'), ('〈技術系〉', 'tech')):
        p1.t(x1, yl, grp, 'G', 8.5, navy); p1.e(grp); yl -= 14
        for r in f['assignments']['rows']:
            if not r[key]: continue
            cnt = f'{r[key]}名'
            p1.t(x1 + 10, yl, r['unit'], 'M', 8.5)
            p1.t(x1 + cw - 4, yl, cnt, 'M', 8.5, align='r')
            p1.dots(x1 + 14 + sw(r['unit'], 'M', 8.5), x1 + cw - 8 - sw(cnt, 'M', 8.5), yl + 2.5)
            p1.e(r['unit'] + '\t' + cnt); yl -= 14
        yl -= 4
    # right column: exams as prose, initiatives
    yr = head(p1, x2, x2 + cw, y, '採用見込み')
    p1.t(x2, yr, f['exams']['title'], 'G', 9, navy); p1.e(f['exams']['title']); yr -= 16
    prose = [('【事務系】', '令和8年度は、大卒程度試験から法律2名・経済1名、院卒程度試験から行政1名の計4名を採用する見込みです。'),
             ('【技術系】', '大卒程度試験から工学1名、院卒程度試験から農業科学・水産1名の計2名を採用する見込みです。御所や庭園、施設の維持管理を担当します。')]
    for lab, txt in prose:
        yr = p1.para(x2, yr, cw, lab + txt, s=9, lead=1.7) - 6
    yr -= 8
    yr = head(p1, x2, x2 + cw, yr, '働き方の取組')
    for i, it in enumerate(f['initiatives']):
        p1.circle(x2 + 5, yr + 3, 2.5, fill=gold)
        p1.t(x2 + 12, yr, it['title'], 'G', 9, navy); p1.e(it['title']); yr -= 14
        yr = p1.para(x2 + 12, yr, cw - 12, it['text'], s=8.5, lead=1.6) - 8
    # p2
    p2 = Page()
    y = 800
    y = head(p2, L, R, y, '宮内庁の仕事')
    work = ['儀式・行事の企画と運営', '国賓・公賓の接遇', '皇室の文化と伝統の継承', '陵墓・御用邸の管理']
    bw = (R - L - 30) / 4
    for i, wtxt in enumerate(work):
        bx = L + i * (bw + 10)
        p2.rect(bx, y - 34, bw, 40, stroke=gold, lw=0.6)
        for j, ln in enumerate(wrap(wtxt, 'M', 8.5, bw - 10)):
            p2.t(bx + 5, y - 8 - j * 13, ln, 'M', 8.5); p2.e(ln)
    y -= 60
    y = head(p2, L, R, y, f['supportTitle'])
    bw = (R - L - 16) / 2
    boxes = f['supportSystems']
    by = y
    for row in range(2):
        hmax = 0
        for col in range(2):
            it = boxes[row * 2 + col]
            bx = L + col * (bw + 16)
            yy = by
            p2.t(bx + 8, yy - 14, it['name'], 'G', 9.5, navy); p2.e(it['name']); yy -= 30
            for ln in wrap(it['text'], 'M', 8.5, bw - 16):
                p2.t(bx + 8, yy, ln, 'M', 8.5); p2.e(ln); yy -= 13
            d = '〔期間〕' + it['duration']
            p2.t(bx + bw - 8, yy - 2, d, 'M', 8.5, gold, 'r'); p2.e(d); yy -= 10
            hbox = by - yy + 4
            hmax = max(hmax, hbox)
        for col in range(2):
            bx = L + col * (bw + 16)
            p2.rect(bx, by - hmax, bw, hmax, stroke=navy, lw=0.5)
            p2.line(bx, by, bx + bw, by, gold, 2)
        by -= hmax + 12
    y = by - 10
    y = head(p2, L, R, y, f['training']['title'])
    for para in f['training']['paragraphs']:
        y = p2.para(L, y, R - L, para, s=9, lead=1.7) - 2
    y -= 14
    # framed band: contacts | access
    top = y
    p2.t(L + 10, y - 16, '採用に関するお問い合わせ', 'G', 10, navy); cw2 = (R - L) / 2
    p2.t(L + cw2 + 10, y - 16, '所在地・交通', 'G', 10, navy)
    # contacts (left)
    yl = y - 34
    p2.e('採用に関するお問い合わせ')
    for c in f['contacts']:
        lab = '◇' + c['track']
        p2.t(L + 10, yl, lab, 'G', 8.5, navy); p2.e(lab); yl -= 13
        for ln in (c['office'] + '（' + c['location'] + '）', '電話　' + c['tel'][0], 'メール　' + c['email'][0]):
            p2.t(L + 18, yl, ln, 'M', 8.5); p2.e(ln); yl -= 13
        yl -= 5
    p2.e('所在地・交通')
    yr = y - 34
    p2.t(L + cw2 + 10, yr, f['access']['address'], 'M', 8.5); p2.e(f['access']['address']); yr -= 15
    for rt in f['access']['routes']:
        yr = p2.para(L + cw2 + 10, yr, cw2 - 20, '・' + rt, s=8.5, lead=1.55)
    bot = min(yl, yr) - 4
    p2.rect(L, bot, R - L, top - bot, stroke=navy, lw=0.8)
    p2.line(L + cw2, top - 8, L + cw2, bot + 8, gold, 0.5)
    # colophon with the only date
    col = '令和8年2月発行　宮内庁長官官房秘書課'
    p2.t(R, bot - 22, col, 'M', 8, (0.3, 0.3, 0.3), 'r'); p2.e(col)
    fs = generic_fact_strings(f) + [p[0] + p[1] for p in prose]
    return name, [p1, p2], f, fs


# ---------------------------------------------------------------- 国土地理院
def gsi():
    name = 'gsi-2026'
    fmt = lambda k, c, w: (f'計 {c}（{w}）' if k == 'total' else f'{c}（{w}）')
    data = [(2022, (2, 1), (9, 2)), (2023, (2, 0), (10, 3)), (2024, (3, 1), (8, 2)),
            (2025, (2, 1), (9, 4)), (2026, (2, 1), (10, 3))]
    rows = []
    for fy, a, t in data:
        lab = f'{fy}年度'
        r = hrow(fy, lab, lab, fy == 2026, a, t, fmt)
        r['total']['text'] = f"{r['total']['count']}（{r['total']['women']}）"
        rows.append(r)
    units = [('総務部', '人事課', 1, None), ('総務部', '総務課', 1, None), ('測地部', '測地基準課', None, 2),
             ('測地部', '物理測地課', None, 1), ('基本図情報部', '地図情報課', None, 2),
             ('基本図情報部', '画像調査課', None, 1), ('地理空間情報部', '情報普及課', None, 1),
             ('測地観測センター', '地殻監視課', None, 2)]
    f = {
        'fixture': name, 'organization': '国土地理院', 'document': '国家公務員総合職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026.4'},
        'hiring': {'intro': ['総合職採用者数の推移'],
                   'note': ['※数字は採用者数、（　）内は女性の内数。', '※2026年度は採用予定数（白抜きの点）。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'textSynthesised': False,
                   'layout': 'line chart, two series (技術系 above, 事務系 below), each point labelled 9（2） (above the 技術系 points, below the 事務系 points); axis labels 2022年度 … 2026年度 as one row; totals as a row 計 | 11（3） … under the axis; planned point hollow, only marked in a note',
                   'rows': rows},
        'exams': {'title': '2026年度 採用予定者の試験区分', 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled matrix 試験の程度 | 試験区分 | 事務系 | 技術系, level cells spanning rows, counts in the track columns, － for none, 合計 row',
                  'entries': [
                      {'track': '事務系', 'exam': '大卒程度試験', 'text': '法律1名、経済1名',
                       'breakdown': [{'category': '法律', 'count': 1}, {'category': '経済', 'count': 1}], 'total': 2},
                      {'track': '技術系', 'exam': '大卒程度試験', 'text': '工学3名、数理科学・物理・地球科学3名、デジタル1名',
                       'breakdown': [{'category': '工学', 'count': 3}, {'category': '数理科学・物理・地球科学', 'count': 3},
                                     {'category': 'デジタル', 'count': 1}], 'total': 7},
                      {'track': '技術系', 'exam': '院卒程度試験', 'text': '工学1名、数理科学・物理・地球科学2名',
                       'breakdown': [{'category': '工学', 'count': 1}, {'category': '数理科学・物理・地球科学', 'count': 2}], 'total': 3}]},
        'contacts': [
            {'track': '総合職事務系', 'office': '総務部人事課 任用係', 'location': '本院 本館2階',
             'tel': ['029-864-1111（内線2142）'], 'email': ['gsi-saiyo-jimu@gsi.go.jp']},
            {'track': '総合職技術系', 'office': '総務部人事課 技術系採用担当', 'location': '本院 本館2階',
             'tel': ['029-864-1111（内線2148）', '029-864-4761（直通）'], 'email': ['gsi-saiyo-gijutsu@gsi.go.jp']}],
        'access': {'address': '〒305-0811 茨城県つくば市北郷1番',
                   'routes': ['つくばエクスプレス『つくば』駅 つくばセンターから関東鉄道バス 約20分',
                              'つくばエクスプレス『研究学園』駅 タクシー 約10分',
                              'JR常磐線『荒川沖』駅 関東鉄道バス 約30分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（2026年4月現在）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled table 部 | 課 | 事務系 | 技術系 with the 部 cell spanning its 課 rows (unit = 部 + 課), － for none',
                        'rows': [{'unit': d + k, 'admin': a, 'tech': t} for d, k, a, t in units],
                        'totals': {'admin': 2, 'tech': 9}},
        'lead': {'title': '日本の位置を決め、国土を描く。',
                 'text': ['国土地理院は、国土交通省の特別の機関として、すべての測量の基準となる位置の基準を定め、地形図や地理空間情報を整備・提供しています。電子基準点による地殻変動の監視や、災害時の空中写真の撮影・解析を通じて、防災・減災にも貢献しています。']},
        'initiativesIntro': '',
        'initiatives': [
            {'title': 'フレックスタイム制', 'text': 'コアタイムを設けない柔軟な勤務時間で、観測や出張の多い職員も働きやすくしています。'},
            {'title': '研究学園都市での子育て', 'text': '院内に保育スペースを設け、近隣の研究機関と連携した学童の受入れも行っています。'},
            {'title': 'オンライン会議の標準化', 'text': '全国の地方測量部とはオンライン会議を基本とし、移動の負担を減らしています。'}],
        'supportTitle': '仕事と生活の両立支援',
        'supportSystems': [
            {'name': SUPPORT[0][0], 'duration': SUPPORT[0][1], 'text': '多胎妊娠の場合は産前14週間です。'},
            {'name': SUPPORT[1][0], 'duration': SUPPORT[1][1], 'text': '分割して2回まで取得できます。'},
            {'name': '子の看護休暇', 'duration': '年5日（子が2人以上は10日）', 'text': '子の通院や予防接種の付添いに使えます。'},
            {'name': SUPPORT[3][0], 'duration': SUPPORT[3][1], 'text': '要介護者1人につき通算して取得できます。'}],
        'supportSource': '',
        'training': {'title': '研修制度',
                     'paragraphs': ['採用後は国土交通大学校での研修と院内の測量実習で、測地・地図・写真測量の基礎を身に付けます。',
                                    '入院3年目までに地方測量部での勤務を経験し、その後は本省や海外の測量機関への派遣の機会もあります。']},
    }
    check_numbers(f)
    green, lg = (0.05, 0.4, 0.3), (0.88, 0.94, 0.9)
    W = A4[0]; L, R = 42, W - 42
    p1 = Page()
    # masthead: kicker, title; big date top right on its own baseline
    p1.rect(0, 842 - 12, W, 12, fill=green)
    p1.t(L, 796, '国土交通省', 'G', 9, green); p1.e('国土交通省')
    p1.t(R, 790, '2026.4', 'G', 22, green, 'r'); p1.e('2026.4')
    p1.t(L, 766, '国土地理院', 'G', 26); p1.e('国土地理院')
    p1.t(L, 744, 'Geospatial Information Authority of Japan', 'G', 8.5, (0.4, 0.4, 0.4))
    p1.t(R, 744, '国家公務員総合職 採用案内', 'G', 11, green, 'r')
    p1.e('Geospatial Information Authority of Japan 国家公務員総合職 採用案内')   # same baseline
    p1.line(L, 734, R, 734, green, 1.5)

    def head(p, x, y, w, jp, en):
        p.rect(x, y - 3, 5, 15, fill=green)
        p.t(x + 10, y, jp, 'G', 12, green)
        p.t(x + 16 + sw(jp, 'G', 12), y, en, 'G', 7, (0.5, 0.5, 0.5))
        p.e(jp + ' ' + en)
        p.line(x, y - 6, x + w, y - 6, green, 0.4)
        return y - 22

    y = 708
    p1.t(L, y, f['lead']['title'], 'G', 13); p1.e(f['lead']['title']); y -= 20
    y = p1.para(L, y, R - L, f['lead']['text'][0], 'M', 9, 1.7) - 8
    y = head(p1, L, y, R - L, '採用実績', 'RECRUITMENT')
    p1.t(L, y, f['hiring']['intro'][0], 'G', 9)
    # legend right, on the intro's baseline: one expected line
    lx = R - 120
    p1.line(lx, y + 3, lx + 16, y + 3, green, 1.6); p1.t(lx + 20, y, '技術系', 'G', 8)
    p1.line(lx + 60, y + 3, lx + 76, y + 3, (0.75, 0.45, 0.1), 1.6); p1.t(lx + 80, y, '事務系', 'G', 8)
    p1.e(f['hiring']['intro'][0] + ' 技術系 事務系')
    # chart
    cx0, cx1 = L + 40, R - 20
    ch_top, ch_bot = y - 14, y - 164
    scale = (ch_top - ch_bot - 18) / 12.0
    for v in (0, 4, 8, 12):
        yy = ch_bot + v * scale
        p1.line(cx0, yy, cx1, yy, (0.75, 0.75, 0.75), 0.3, dash=(1, 2) if v else None)
    step = (cx1 - cx0) / 5
    xs = [cx0 + step * (i + 0.5) for i in range(5)]
    orange = (0.75, 0.45, 0.1)
    for key, colr, above in (('tech', green, True), ('admin', orange, False)):
        pts = [(xs[i], ch_bot + r[key]['count'] * scale) for i, r in enumerate(rows)]
        for i in range(4):
            p1.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], colr, 1.4, dash=(3, 2) if i == 3 else None)
        for i, (px, py) in enumerate(pts):
            if rows[i]['planned']:
                p1.circle(px, py, 3, fill=(1, 1, 1), stroke=colr, lw=1.2)
            else:
                p1.circle(px, py, 3, fill=colr)
            lab = rows[i][key]['text']
            p1.t(px, py + 7 if above else py - 13, lab, 'G', 8.5, colr, 'c')
        for i in range(5):
            p1.e(rows[i][key]['text'])
    p1.line(cx0, ch_bot, cx1, ch_bot, lw=0.8)
    ay = ch_bot - 13
    for i, r in enumerate(rows):
        p1.t(xs[i], ay, r['labelText'], 'G', 8.5, align='c')
    p1.e('\t'.join(r['labelText'] for r in rows))
    ty = ay - 15
    p1.rect(cx0 - 38, ty - 4, cx1 - cx0 + 38, 14, fill=lg)
    p1.t(cx0 - 32, ty, '計', 'G', 8.5)
    for i, r in enumerate(rows):
        p1.t(xs[i], ty, r['total']['text'], 'G', 8.5, align='c')
    p1.e('\t'.join(['計'] + [r['total']['text'] for r in rows]))
    y = ty - 18
    for n in f['hiring']['note']:
        p1.t(L, y, n, 'G', 7.5); p1.e(n); y -= 11
    y -= 10
    cw = (R - L - 20) / 2; x2 = L + cw + 20
    yl = head(p1, L, y, cw, '配属実績', 'PLACEMENT')
    p1.t(L, yl, f['assignments']['intro'], 'G', 8.5); p1.e(f['assignments']['intro']); yl -= 8
    trows = [['部', '課', '事務系', '技術系']]
    spans = {}
    prev = None
    for i, (d, k, a, t) in enumerate(units):
        if d != prev:
            n = sum(1 for u in units if u[0] == d)
            if n > 1: spans[(i + 1, 0)] = n
            trows.append([[d] if len(d) <= 6 else [d[:4], d[4:]], k, str(a) if a else '－', str(t) if t else '－'])
        else:
            trows.append(['', k, str(a) if a else '－', str(t) if t else '－'])
        prev = d
    p1.table(L, yl, [62, cw - 62 - 80, 40, 40], trows, 'G', 8, pad=2.5, aligns=['l', 'l', 'c', 'c'],
             spans=spans, head_fill=lg)
    yr = head(p1, x2, y, cw, '試験区分', 'EXAMINATION')
    p1.t(x2, yr, f['exams']['title'], 'G', 8.5); p1.e(f['exams']['title']); yr -= 8
    erows = [['試験の程度', '試験区分', '事務系', '技術系'],
             [['大卒程度', '試験'], '法律', '1', '－'], ['', '経済', '1', '－'], ['', '工学', '－', '3'],
             ['', ['数理科学・物理・', '地球科学'], '－', '3'], ['', 'デジタル', '－', '1'],
             [['院卒程度', '試験'], '工学', '－', '1'], ['', ['数理科学・物理・', '地球科学'], '－', '2'],
             ['合計', '', '2', '10']]
    p1.table(x2, yr, [60, cw - 60 - 80, 40, 40], erows, 'G', 8, pad=2.5, aligns=['l', 'l', 'c', 'c'],
             spans={(1, 0): 5, (6, 0): 2}, head_fill=lg)
    # p2
    p2 = Page()
    p2.rect(0, 842 - 12, W, 12, fill=green)
    y = 800
    y = head(p2, L, y, R - L, '働き方改革', 'WORK STYLE')
    bw = (R - L - 20) / 3
    bot = y
    for i, it in enumerate(f['initiatives']):
        bx = L + i * (bw + 10)
        yy = y - 8
        p2.t(bx + 8, yy - 8, f'0{i + 1}', 'G', 14, green); p2.e(f'0{i + 1}')
        yy -= 28
        for ln in wrap(it['title'], 'G', 9.5, bw - 16):
            p2.t(bx + 8, yy, ln, 'G', 9.5); p2.e(ln); yy -= 14
        yy -= 2
        for ln in wrap(it['text'], 'M', 8.5, bw - 16):
            p2.t(bx + 8, yy, ln, 'M', 8.5); p2.e(ln); yy -= 13
        bot = min(bot, yy)
    for i in range(3):
        p2.rect(L + i * (bw + 10), bot - 4, bw, y - bot + 4, fill=None, stroke=green, lw=0.5, r=4)
    y = bot - 26
    cw = (R - L - 24) * 0.55; cw2 = R - L - 24 - cw; x2 = L + cw + 24
    yl = head(p2, L, y, cw, f['supportTitle'], 'SUPPORT')
    for it in f['supportSystems']:
        p2.t(L + 4, yl, '▼' + it['name'], 'G', 9, green)
        p2.t(L + cw, yl, it['duration'], 'G', 8.5, align='r')
        p2.dots(L + 10 + sw('▼' + it['name'], 'G', 9), L + cw - 5 - sw(it['duration'], 'G', 8.5), yl + 2.5)
        p2.e('▼' + it['name'] + ' ' + it['duration']); yl -= 14
        yl = p2.para(L + 16, yl, cw - 16, it['text'], 'M', 8.5, 1.55) - 6
    yl -= 8
    yl = head(p2, L, yl, cw, f['training']['title'], 'TRAINING')
    for para in f['training']['paragraphs']:
        yl = p2.para(L, yl, cw, para, 'M', 8.8, 1.7) - 2
    # right: contacts + access
    p2.rect(x2 - 8, 40, cw2 + 8, y + 18 - 40, fill=lg)
    yr = head(p2, x2, y, cw2 - 6, '問合せ先', 'CONTACT')
    for c in f['contacts']:
        p2.t(x2, yr, c['track'], 'G', 9, green); p2.e(c['track']); yr -= 13
        yr = p2.para(x2, yr, cw2 - 8, c['office'] + '（' + c['location'] + '）', 'G', 8, 1.55)
        for i, tel in enumerate(c['tel']):
            p2.t(x2, yr, ('TEL ' if i == 0 else '　　 ') + tel, 'G', 8); p2.e(('TEL ' if i == 0 else '') + tel); yr -= 12.4
        p2.t(x2, yr, 'Mail', 'G', 8); p2.e('Mail'); yr -= 12.4
        p2.t(x2 + 8, yr, c['email'][0], 'G', 8); p2.e(c['email'][0]); yr -= 18
    yr -= 4
    yr = head(p2, x2, yr, cw2 - 6, 'アクセス', 'ACCESS')
    yr = p2.para(x2, yr, cw2 - 8, f['access']['address'], 'G', 8, 1.55) - 4
    for rt in f['access']['routes']:
        yr = p2.para(x2, yr, cw2 - 8, '◆' + rt, 'G', 8, 1.55) - 3
    yr -= 6
    p2.rect(x2, yr - 90, cw2 - 8, 90, stroke=(0.5, 0.5, 0.5), dash=(2, 2))
    p2.t(x2 + (cw2 - 8) / 2, yr - 48, '（地図）', 'G', 8, (0.5, 0.5, 0.5), 'c'); p2.e('（地図）')
    url = 'https://www.gsi.go.jp/'
    p2.t(R, 54, url, 'G', 8, green, 'r'); p2.e(url)
    fs = [x for x in generic_fact_strings(f) if x not in {d + k for d, k, a, t in units}]
    fs += [d for d, k, a, t in units] + [k for d, k, a, t in units]   # 部 cell spans its 課 rows
    return name, [p1, p2], f, fs


# ---------------------------------------------------------------- 公害等調整委員会
def kouchoi():
    name = 'kouchoi-2026'
    data = [(2022, (2, 1), (0, 0)), (2023, (3, 1), (1, 0)), (2024, (2, 2), (1, 1)),
            (2025, (3, 1), (1, 0)), (2026, (3, 2), (1, 0))]

    def fmt(k, c, w):
        lab = {'admin': '事務系', 'tech': '技術系', 'total': '計'}[k]
        return f'{lab}{c}名（うち女性{w}名）' if w else f'{lab}{c}名'
    rows = []
    for fy, a, t in data:
        lab = f'令和{fy - 2018}年度'
        pl = fy == 2026
        rows.append(hrow(fy, lab, lab + '（予定）' if pl else lab, pl, a, t, fmt))
    f = {
        'fixture': name, 'organization': '公害等調整委員会', 'document': '事務局 国家公務員総合職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年（2026年）3月'},
        'hiring': {'intro': ['総合職の採用実績は次のとおりです。'],
                   'note': ['※令和8年度は令和8年3月現在の予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'bulleted list, one line per year: ●令和4年度　事務系2名（うち女性1名）・技術系0名　計2名（うち女性1名）; women omitted when zero',
                   'rows': rows},
        'exams': {'title': '令和8年度採用予定者の内訳', 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'one small ruled table per track with categories as COLUMNS: row 試験の程度 (level cells spanning columns), row 試験区分, row 採用予定数; caption 事務系（3名）',
                  'entries': [
                      {'track': '事務系', 'exam': '大卒程度試験', 'text': '法律1名、経済1名',
                       'breakdown': [{'category': '法律', 'count': 1}, {'category': '経済', 'count': 1}], 'total': 2},
                      {'track': '事務系', 'exam': '院卒程度試験', 'text': '行政1名',
                       'breakdown': [{'category': '行政', 'count': 1}], 'total': 1},
                      {'track': '技術系', 'exam': '院卒程度試験', 'text': '数理科学・物理・地球科学1名',
                       'breakdown': [{'category': '数理科学・物理・地球科学', 'count': 1}], 'total': 1}]},
        'contacts': [
            {'track': '総合職事務系', 'office': '事務局総務課 人事係', 'location': '中央合同庁舎第4号館10階',
             'tel': ['03-3581-9601（代表）', '03-3581-9603（直通）'], 'email': ['kouchoi-jinji@soumu.go.jp']},
            {'track': '総合職技術系', 'office': '事務局審査官（土地利用調整担当）', 'location': '中央合同庁舎第4号館10階',
             'tel': ['03-3581-9655（直通）'], 'email': ['kouchoi-tochi@soumu.go.jp']}],
        'access': {'address': '〒100-0013 東京都千代田区霞が関3-1-1 中央合同庁舎第4号館',
                   'routes': ['東京メトロ千代田線・日比谷線・丸ノ内線『霞ケ関』駅 A13出口 徒歩約3分',
                              '東京メトロ銀座線『虎ノ門』駅 1番出口 徒歩約5分',
                              '東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 3番出口 徒歩約8分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（令和7年4月）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'long-format ruled table 配属先 | 系統 | 人数: one row per unit and track; a unit with both tracks spans two rows',
                        'rows': [{'unit': '事務局総務課', 'admin': 1, 'tech': None},
                                 {'unit': '事務局審査官（公害紛争担当）', 'admin': 1, 'tech': 1},
                                 {'unit': '事務局審査官（土地利用調整担当）', 'admin': 1, 'tech': None}],
                        'totals': {'admin': 3, 'tech': 1}},
        'lead': {'title': '紛争を、話し合いで解決する。',
                 'text': ['公害等調整委員会は、総務省の外局として置かれた行政委員会です。騒音や振動、水質汚濁などの公害に関する紛争を、あっせん・調停・仲裁・裁定によって迅速かつ適正に解決するとともに、鉱業や採石業と他の産業との土地利用の調整を行っています。事務局の職員は、現地調査や専門委員との議論を通じて、委員会の判断を支えています。']},
        'initiativesIntro': '',
        'initiatives': [
            {'title': 'ペーパーレス会議', 'text': '委員会の会議資料はタブレットで共有し、印刷を原則として行いません。'},
            {'title': '現地調査のオンライン化', 'text': '事前の打合せはウェブ会議で行い、出張は必要な調査に絞っています。'},
            {'title': '定時退庁日', 'text': '毎週水曜日を定時退庁日とし、幹部が率先して退庁します。'}],
        'supportTitle': '両立支援',
        'supportSystems': [
            {'name': SUPPORT[0][0], 'duration': SUPPORT[0][1], 'text': '出産する職員が取得できます。'},
            {'name': '配偶者出産休暇', 'duration': '2日', 'text': '配偶者の出産に伴う入院の日から取得できます。'},
            {'name': SUPPORT[1][0], 'duration': SUPPORT[1][1], 'text': '男性職員の取得率は100％です。'},
            {'name': SUPPORT[3][0], 'duration': SUPPORT[3][1], 'text': '最大3回まで分割できます。'}],
        'supportSource': '',
        'training': {'title': '研修',
                     'paragraphs': ['採用後は合同初任研修と総務省の研修に参加し、その後は事件の担当として調停の実務を学びます。',
                                    '法曹資格を持つ職員や各分野の専門委員と一緒に働くことで、法律と科学の両面から考える力が身に付きます。']},
    }
    check_numbers(f)
    wine, lw = (0.45, 0.1, 0.2), (0.97, 0.93, 0.94)
    W = A4[0]; L, R = 46, W - 46
    p1 = Page()
    # masthead box with title left, date bottom right inside the box
    p1.rect(L, 730, R - L, 78, stroke=wine, lw=1.2)
    p1.rect(L, 730, 10, 78, fill=wine)
    p1.t(L + 24, 786, 'Environmental Dispute Coordination Commission', 'M', 8, wine); p1.e('Environmental Dispute Coordination Commission')
    p1.t(L + 24, 758, '公害等調整委員会', 'M', 24); p1.e('公害等調整委員会')
    p1.t(L + 24, 738, '事務局 国家公務員総合職 採用案内', 'M', 10.5, wine)
    p1.t(R - 10, 738, f['edition']['asOfText'], 'M', 8.5, (0.3, 0.3, 0.3), 'r')
    p1.e('事務局 国家公務員総合職 採用案内　' + f['edition']['asOfText'])   # same baseline: one line

    def head(p, x, y, w, text):
        p.t(x, y, text, 'M', 11.5, wine); p.e(text)
        p.line(x, y - 5, x + w, y - 5, wine, 0.8)
        p.line(x, y - 7, x + w, y - 7, wine, 0.3)
        return y - 22

    y = 706
    p1.t(L, y, f['lead']['title'], 'M', 14, wine); p1.e(f['lead']['title']); y -= 22
    # lead flows from the left column into the right column
    cw = (R - L - 22) / 2
    lines = wrap(f['lead']['text'][0], 'M', 9, cw)
    half = (len(lines) + 1) // 2
    yy = y
    for ln in lines[:half]:
        p1.t(L, yy, ln, 'M', 9); p1.e(ln); yy -= 15.5
    yy2 = y
    for ln in lines[half:]:
        p1.t(L + cw + 22, yy2, ln, 'M', 9); p1.e(ln); yy2 -= 15.5
    p1.line(L + cw + 11, y + 8, L + cw + 11, yy + 8, (0.7, 0.7, 0.7), 0.4)
    y = min(yy, yy2) - 10
    y = head(p1, L, y, R - L, '採用実績')
    p1.t(L, y, f['hiring']['intro'][0], 'M', 9); p1.e(f['hiring']['intro'][0]); y -= 17
    for r in rows:
        mark = '○' if r['planned'] else '●'
        p1.t(L + 6, y, mark + r['labelText'], 'M', 9)
        p1.t(L + 120, y, r['admin']['text'] + '・' + r['tech']['text'], 'M', 9)
        p1.t(L + 360, y, r['total']['text'], 'M', 9, wine)
        p1.e(mark + r['labelText'] + '　' + r['admin']['text'] + '・' + r['tech']['text'] + '　' + r['total']['text'])
        y -= 16
    for n in f['hiring']['note']:
        p1.t(L + 6, y, n, 'M', 7.5); p1.e(n); y -= 11
    y -= 12
    x2 = L + cw + 22
    yl = head(p1, L, y, cw, '配属実績')
    p1.t(L, yl, f['assignments']['intro'], 'M', 8.5); p1.e(f['assignments']['intro']); yl -= 8
    arows = [['配属先', '系統', '人数'], ['事務局総務課', '事務系', '1名'],
             [['事務局審査官', '（公害紛争担当）'], '事務系', '1名'], ['', '技術系', '1名'],
             [['事務局審査官', '（土地利用調整担当）'], '事務系', '1名']]
    p1.table(L, yl, [cw - 90, 50, 40], arows, 'M', 8.5, aligns=['l', 'c', 'r'], spans={(2, 0): 2},
             head_fill=lw, rules='grid')
    yr = head(p1, x2, y, cw, '試験区分')
    p1.t(x2, yr, f['exams']['title'], 'M', 8.5); p1.e(f['exams']['title']); yr -= 18
    p1.t(x2, yr, '事務系（3名）', 'G', 9, wine); p1.e('事務系（3名）'); yr -= 6
    yr = p1.table(x2, yr, [58, (cw - 58) / 3, (cw - 58) / 3, (cw - 58) / 3],
                  [['試験の程度', '大卒程度試験', None, '院卒程度試験'],
                   ['試験区分', '法律', '経済', '行政'],
                   ['採用予定数', '1名', '1名', '1名']], 'M', 8.5, aligns=['l', 'c', 'c', 'c'],
                  head_rows=1, rules='grid', head_fill=lw) - 18
    p1.t(x2, yr, '技術系（1名）', 'G', 9, wine); p1.e('技術系（1名）'); yr -= 6
    yr = p1.table(x2, yr, [58, cw - 58],
                  [['試験の程度', '院卒程度試験'], ['試験区分', '数理科学・物理・地球科学'], ['採用予定数', '1名']],
                  'M', 8.5, aligns=['l', 'c'], rules='grid', head_fill=lw)
    # p2: three columns, then contacts band
    p2 = Page()
    y = 800
    cw3 = (R - L - 32) / 3
    xs = [L, L + cw3 + 16, L + 2 * (cw3 + 16)]
    ya = head(p2, xs[0], y, cw3, '働き方改革')
    for it in f['initiatives']:
        p2.t(xs[0], ya, '◎' + it['title'], 'M', 9.5, wine); p2.e('◎' + it['title']); ya -= 15
        ya = p2.para(xs[0], ya, cw3, it['text'], 'M', 8.5, 1.6) - 8
    yb = head(p2, xs[1], y, cw3, f['supportTitle'])
    for it in f['supportSystems']:
        p2.rect(xs[1], yb - 3.5, cw3, 14, fill=lw)
        p2.t(xs[1] + 4, yb, it['name'], 'M', 9.5); p2.e(it['name']); yb -= 16
        d = '期間：' + it['duration']
        yb = p2.para(xs[1] + 4, yb, cw3 - 4, d, 'M', 8, 1.55)
        yb = p2.para(xs[1] + 4, yb, cw3 - 4, it['text'], 'M', 8.5, 1.6) - 8
    yc = head(p2, xs[2], y, cw3, f['training']['title'])
    for para in f['training']['paragraphs']:
        yc = p2.para(xs[2], yc, cw3, para, 'M', 8.5, 1.65) - 4
    yc -= 6
    p2.rect(xs[2], yc - 80, cw3, 80, stroke=(0.5, 0.5, 0.5), dash=(2, 2))
    p2.t(xs[2] + cw3 / 2, yc - 42, '（写真）', 'M', 8, (0.5, 0.5, 0.5), 'c'); p2.e('（写真）')
    cap = '現地調査の様子'
    p2.t(xs[2], yc - 94, cap, 'M', 7.5); p2.e(cap)
    y = min(ya, yb, yc - 94) - 20
    y = head(p2, L, y, R - L, '採用に関するお問い合わせ')
    cw2 = (R - L - 16) / 2
    bot = y
    for i, c in enumerate(f['contacts']):
        bx = L + i * (cw2 + 16); yy = y - 6
        p2.t(bx + 8, yy - 8, '［' + c['track'] + '］', 'M', 9, wine); p2.e('［' + c['track'] + '］'); yy -= 24
        yy = p2.para(bx + 8, yy, cw2 - 16, c['office'], 'M', 8.5, 1.55)
        yy = p2.para(bx + 8, yy, cw2 - 16, c['location'], 'M', 8.5, 1.55)
        for tel in c['tel']:
            p2.t(bx + 8, yy, '電話：' + tel, 'M', 8.5); p2.e('電話：' + tel); yy -= 13
        p2.t(bx + 8, yy, 'E-mail：' + c['email'][0], 'M', 8.5); p2.e('E-mail：' + c['email'][0]); yy -= 13
        bot = min(bot, yy)
    for i in range(2):
        p2.rect(L + i * (cw2 + 16), bot - 2, cw2, y - bot + 2, stroke=wine, lw=0.6, r=3)
    y = bot - 26
    y = head(p2, L, y, R - L, '所在地')
    p2.t(L, y, f['access']['address'], 'M', 9); p2.e(f['access']['address']); y -= 16
    for rt in f['access']['routes']:
        p2.t(L + 6, y, '▶' + rt, 'M', 8.5); p2.e('▶' + rt); y -= 14
    fs = generic_fact_strings(f)
    return name, [p1, p2], f, fs


BUILDERS = {'kunaicho-2026': (kunaicho, 1201), 'gsi-2026': (gsi, 1202), 'kouchoi-2026': (kouchoi, 1203)}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for n in (sys.argv[1:] or list(BUILDERS)):
        fn, seed = BUILDERS[n]
        name, pages, facts, fs = fn()
        check_and_render(name, pages, facts, fs, seed)
        print('ok', name)
