#!/usr/bin/env python3
"""Benchmark: BrochureKit's ICU normaliser vs Python's neologdn on the same generated corpus.

Generates a deterministic brochure-like Japanese corpus (mixed-width digits, half-width
katakana, era dates, phone numbers, ranges with wave dashes), then times, in the same run:
  * `brochure normalize --timing` (release build; normalisation only, I/O excluded),
  * `neologdn.normalize` on the same text (one call, like ours),
  * `unicodedata.normalize('NFKC')` as a reference point.
Each is run `--repeat` times and the best is reported. Not a test: nothing fails on speed.
"""
import argparse
import os
import random
import subprocess
import sys
import time
import unicodedata

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
HALF_KATA = ["ｲﾝﾀｰﾝｼｯﾌﾟ", "ｷｬﾘｱ", "ﾊﾟﾝﾌﾚｯﾄ", "ｶﾞｲﾀﾞﾝｽ", "ﾜｰｸﾗｲﾌﾊﾞﾗﾝｽ", "ｾﾐﾅｰ"]
KATA = ["インターンシップ", "キャリア", "マネジメント", "ワークライフバランス", "フィードバック", "オンライン"]
ERAS = ["令和", "平成", "R", "H", "㋿", "㍻"]
SENTENCES = [
    "{era}{y}年{m}月現在、総合職職員{n}名が長期在外研究員として派遣されています。",
    "{era}{y}年度入省者（総合職）の配属状況は以下のとおりです。",
    "【TEL】{a}{d}{b}{d}{c}（直通）　【e-mail】recruit{n}@ml.soumu.go.jp",
    "地下鉄{kata}線『霞ヶ関』駅下車 徒歩約{n}分 A{m}出口",
    "大臣官房秘書課（中央合同庁舎{m}号館{n}階）",
    "{n}（{w}）{era}{y} {n}（{w}） {m}（{w}）",
    "大学院に約{m}{t}{y}年間留学する機会があります。半年{t}{m}年程度の海外短期派遣もあります。",
    "{hk}を{n}回実施し、{kata}の向上を図っています。（{n}名／{m}名）",
    "職員一人一人の人生が充実してこそ、国民のためのよりよい政策立案が可能になります。",
    "毎年{m}月から{y}月の{m}ヶ月間、働き方改革の取組を実施しています。",
]


def digits(value, rng):
    text = str(value)
    return text.translate(FULL) if rng.random() < 0.5 else text


def corpus(megabytes, seed=20240331):
    rng = random.Random(seed)
    parts, size, target = [], 0, megabytes * 1_000_000
    while size < target:
        line = rng.choice(SENTENCES).format(
            era=rng.choice(ERAS), y=digits(rng.randint(1, 31), rng), m=digits(rng.randint(1, 12), rng),
            n=digits(rng.randint(1, 99), rng), w=digits(rng.randint(0, 30), rng),
            a=digits("03", rng), b=digits(rng.randint(1000, 9999), rng), c=digits(rng.randint(1000, 9999), rng),
            d=rng.choice(["-", "－", "−", "‐", "ー"]), t=rng.choice(["～", "〜", "~"]),
            kata=rng.choice(KATA), hk=rng.choice(HALF_KATA))
        parts.append(line)
        size += len(line.encode()) + 1
    return "\n".join(parts) + "\n"


def best_of(repeat, function):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brochure", default=".build/release/brochure")
    parser.add_argument("--megabytes", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", default=".build/bench-corpus.txt")
    args = parser.parse_args()

    text = corpus(args.megabytes)
    data = text.encode()
    os.makedirs(os.path.dirname(args.corpus) or ".", exist_ok=True)
    with open(args.corpus, "wb") as handle:
        handle.write(data)
    megabytes = len(data) / 1_000_000
    print(f"corpus: {args.corpus}, {megabytes:.1f} MB, {text.count(chr(10))} lines")

    swift_best, wall_best = None, None
    for _ in range(args.repeat):
        start = time.perf_counter()
        run = subprocess.run([args.brochure, "normalize", "--timing", args.corpus, "-o", os.devnull],
                             capture_output=True, text=True, check=True)
        wall = time.perf_counter() - start
        seconds = float(run.stderr.split()[3])
        swift_best = seconds if swift_best is None else min(swift_best, seconds)
        wall_best = wall if wall_best is None else min(wall_best, wall)

    rows = [("BrochureKit (ICU, Swift) normalise only", swift_best),
            ("BrochureKit whole process (read+normalise+write)", wall_best)]
    try:
        import neologdn
        rows.append((f"neologdn {getattr(neologdn, '__version__', '')}".strip(), best_of(args.repeat, lambda: neologdn.normalize(text))))
    except ImportError:
        print("neologdn is not installed (pip install neologdn); comparing with NFKC only", file=sys.stderr)
    rows.append(("Python unicodedata NFKC", best_of(args.repeat, lambda: unicodedata.normalize("NFKC", text))))

    print(f"{'normaliser':52} {'seconds':>8} {'MB/s':>8}")
    for name, seconds in rows:
        print(f"{name:52} {seconds:8.3f} {megabytes / seconds:8.1f}")
    reference = next((s for n, s in rows if n.startswith("neologdn")), rows[-1][1])
    print(f"ratio BrochureKit / {'neologdn' if len(rows) == 4 else 'NFKC'} throughput: {reference / swift_best:.2f}x")


if __name__ == "__main__":
    main()
