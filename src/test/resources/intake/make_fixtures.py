#!/usr/bin/env python3
"""Writes the text fixtures of the intake tests from the real 100ppi flashes.

Run from the repository root: python3 src/test/resources/intake/make_fixtures.py /work/shared/data/real/100ppi-flashes
The XLSX and XLS fixtures are written by app.neodesk.intake.FixtureWorkbooks (test scope) from wide-oxides-wanyuan.csv.
"""
import datetime as dt
import json
import os
import sys
from decimal import Decimal

src = sys.argv[1]
out = os.path.dirname(os.path.abspath(__file__))


def series(name):
    rows = json.load(open(os.path.join(src, name), encoding='utf-8'))
    result = {}
    for r in rows:
        y, rest = r['dateStr'].split('年')
        m, d = rest.rstrip('日').split('月')
        result[dt.date(int(y), int(m), int(d))] = Decimal(str(r['price']))
    return result


def wan(v):  # 元/吨 → 万元/吨, plain text
    s = format((v / 10000).normalize(), 'f')
    return s


nd, pr, prnd = series('neodymiumOxide.json'), series('praseodymiumOxide.json'), series('praseodymiumNeodymiumOxide.json')
days = sorted(d for d in nd if d in pr and d in prnd)
# vendor defects: a gap of two weeks in May, weekend rows repeating Friday, averages outside low–high
days = [d for d in days if not (dt.date(2023, 5, 4) <= d <= dt.date(2023, 5, 19))]
weekend = [dt.date(2023, 3, 11), dt.date(2023, 7, 8)]
outside = {dt.date(2023, 3, 2), dt.date(2023, 4, 12), dt.date(2023, 6, 21), dt.date(2023, 8, 3)}
pr_missing = {dt.date(2023, 6, 1), dt.date(2023, 6, 2)}
rows = []
for d in sorted(days + weekend):
    src_day = d if d in nd else max(x for x in days if x < d)
    cells = [d]
    for name, s in (('nd', nd), ('pr', pr), ('prnd', prnd)):
        avg = s[src_day]
        low, high = avg - 5000, avg + 5000
        mid = high + 2000 if (name == 'nd' and d in outside) else avg
        if name == 'pr' and d in pr_missing:
            cells += ['', '', '']
        else:
            cells += [wan(low), wan(high), wan(mid)]
    rows.append(cells)

names = ['氧化钕', '氧化镨', '氧化镨钕']
terms = ['最低价', '最高价', '平均价']
with open(os.path.join(out, 'wide-oxides-wanyuan.csv'), 'w', encoding='utf-8', newline='') as f:
    f.write(','.join(['日期'] + [n + t + '(万元/吨)' for n in names for t in terms]) + '\r\n')
    for r in rows:
        f.write(','.join([f'{r[0].year}/{r[0].month}/{r[0].day}'] + r[1:]) + '\r\n')
with open(os.path.join(out, 'wide-oxides-gbk.csv'), 'w', encoding='gb18030', newline='') as f:
    f.write(','.join(['日期'] + [n + t for n in names for t in terms] + ['备注']) + '\r\n')
    for r in rows:
        note = '周末' if r[0].weekday() >= 5 else ''
        f.write(','.join([f'{r[0].year}年{r[0].month}月{r[0].day}日'] + r[1:] + [note]) + '\r\n')

# 100ppi single prices in 元/吨: 金属钕 (nd-metal-cn, CNY/t) and 氧化镝 (dy-oxide-cn, CNY/kg)
metal, dy = series('neodymium.json'), series('dysprosiumOxide.json')
with open(os.path.join(out, '100ppi-single-price.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    f.write('日期,品名,价格,单位\r\n')
    for d in sorted(metal):
        if d >= dt.date(2023, 8, 1):
            f.write(f'{d.year}年{d.month}月{d.day}日,金属钕,"{int(metal[d]):,}",元/吨\r\n')
    for d in sorted(dy):
        if d >= dt.date(2023, 8, 1):
            f.write(f'{d.year}年{d.month}月{d.day}日,氧化镝,"{int(dy[d]):,}",元/吨\r\n')
