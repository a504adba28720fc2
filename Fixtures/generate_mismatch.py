#!/usr/bin/env python3
"""Writes Fixtures/bad/sum-mismatch.pdf: a one-page hiring table whose figures do not add up
(R3: 事務系 47 + 技術系 5 printed with 合計 53, and 技術系 women 6 of 5 people), for the
cross-check and `extract --strict` tests. Deterministic (reportlab invariant mode)."""
import os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))

def main():
    path = os.path.join(HERE, 'bad', 'sum-mismatch.pdf')
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('sum-mismatch')
    height = A4[1]
    def text(s, x, y, size=10):
        c.setFont('IPAexGothic', size)
        c.drawString(x, height - y, s)
    text('総務省 採用情報', 50, 60, 16)
    text('【採用窓口】', 50, 100, 12)
    text('総合職事務系 大臣官房秘書課（中央合同庁舎２号館７階）', 50, 120)
    text('【TEL】03-5253-5069（直通）', 60, 136)
    text('【採用実績】', 50, 180, 12)
    text('※（　）内は女性の人数です。（内数）', 50, 198, 9)
    header = ['入省年度', '合計', '事務系', '技術系']
    rows = [['R2', '55（20）', '49（17）', '6（3）'], ['R3', '53（17）', '47（14）', '5（6）'], ['R4', '56（21）', '46（16）', '10（5）']]
    xs = [60, 160, 260, 360]
    for x, h in zip(xs, header): text(h, x, 225)
    for i, row in enumerate(rows):
        for x, cell in zip(xs, row): text(cell, x, 250 + 22 * i)
    c.showPage()
    c.save()
    print('wrote', path)

if __name__ == '__main__':
    main()
