#!/usr/bin/env python3
"""Mutation fuzzing of the whole pipeline: mutated fixtures through `brochure extract`.

    python3 Scripts/fuzz.py [--cases 10000] [--jobs 2] [--seed 1] [--timeout 20] [--bin .build/release/brochure]
    make fuzz                      # the same, after a release build

Each case takes a fixture (the brochures and the bad inputs), applies 1-4 seeded mutations
(byte flips, random bytes, truncation, deleting or duplicating a span, splicing a span
from another fixture, overwriting a number, or damaging the inflated content of a Flate
stream — a page's operators, a font, a ToUnicode map — and compressing it again) and runs `brochure extract --time-limit 0` on
it with a per-case timeout. The result is classified:

  ok       exit 0, or a documented failure (1, 10-16, 19, 23) with nothing on stdout
  crash    a signal, exit 3 (a bug: output broke its schema, or an internal error), any other
           exit code, or a documented failure that still wrote to stdout
  hang     still running at --timeout (killed)

Every crash and hang is saved to Fuzz/crashes/ (not committed; reproduce it with
`brochure extract FILE`, then make it a fixture). The same --seed gives the same cases.
Prints a summary and exits 1 if anything crashed or hung.
"""
import argparse
import os
import random
import re
import signal
import subprocess
import sys
import time
import zlib
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCUMENTED = {0, 1, 10, 11, 12, 13, 14, 15, 16, 19, 23}


def seeds():
    """The fixtures mutated: every brochure and the bad inputs that are PDFs, small first."""
    paths = []
    for folder in ("Fixtures/brochures", "Fixtures/bad"):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if name.endswith(".pdf") and name not in ("empty.pdf", "huge-stream.pdf"):
                paths.append(os.path.join(ROOT, folder, name))
    return [(os.path.basename(p), open(p, "rb").read()) for p in paths]


def mutate(data, corpus, rng):
    """One to four mutations of `data`, chosen by `rng`; returns the bytes and their names."""
    data = bytearray(data)
    names = []
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        kind = rng.choice(["flip", "bytes", "truncate", "delete", "duplicate", "splice", "number", "stream", "stream"])
        at = rng.randrange(len(data))
        if kind == "flip":
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
        elif kind == "bytes":
            n = rng.randint(1, 64)
            data[at:at + n] = bytes(rng.randrange(256) for _ in range(n))
        elif kind == "truncate":
            del data[at:]
        elif kind == "delete":
            del data[at:at + rng.randint(1, 4096)]
        elif kind == "duplicate":
            n = rng.randint(1, 4096)
            data[at:at] = data[at:at + n]
        elif kind == "splice":
            _, other = rng.choice(corpus)
            start = rng.randrange(len(other)) if other else 0
            data[at:at] = other[start:start + rng.randint(1, 8192)]
        elif kind == "stream":
            # Inside a Flate stream (content, font, ToUnicode map): inflate, damage, deflate, fix
            # /Length. A byte flip in compressed data only breaks the compression; this reaches
            # the parsers behind it.
            data = bytearray(mutate_stream(bytes(data), corpus, rng))
        elif kind == "number":
            # Overwrite a run of digits (an offset, a length, a count) with a wild value.
            digits = [i for i in range(at, min(len(data), at + 2048)) if 0x30 <= data[i] <= 0x39]
            if digits:
                i = digits[0]
                j = i
                while j < len(data) and 0x30 <= data[j] <= 0x39:
                    j += 1
                data[i:j] = str(rng.choice([0, 1, -1, 2**31 - 1, 2**31, 2**63, 10**12, rng.randrange(10**6)])).encode()
        names.append(kind)
    return bytes(data), names


def mutate_stream(data, corpus, rng):
    """`data` with one Flate stream inflated, mutated and deflated again (unchanged if none)."""
    starts = [m.start() for m in re.finditer(rb"/FlateDecode", data)]
    if not starts:
        return data
    at = rng.choice(starts)
    begin = data.find(b"stream", at)
    dictionary_start = data.rfind(b"<<", 0, at)
    if begin < 0 or dictionary_start < 0:
        return data
    body = begin + len(b"stream")
    body += 2 if data[body:body + 2] == b"\r\n" else 1
    end = data.find(b"endstream", body)
    if end < 0:
        return data
    try:
        plain = bytearray(zlib.decompressobj().decompress(data[body:end]))
    except zlib.error:
        return data
    if not plain:
        return data
    for _ in range(rng.randint(1, 8)):
        if not plain:
            break
        i = rng.randrange(len(plain))
        choice = rng.randrange(5)
        if choice == 0:
            plain[i] ^= 1 << rng.randrange(8)
        elif choice == 1:
            plain[i:i] = rng.choice([b" 1e308 ", b" -2147483649 ", b" q ", b" Q ", b" [ ", b" ] ", b" << ", b" BT ",
                                     b" ET ", b" Tj ", b" TJ ", b" cm ", b" 0 0 0 0 0 0 cm ", b" /F999 12 Tf ",
                                     b" (\\) ", b" <FFFE> ", b" beginbfchar ", b" endcmap "]) * rng.randint(1, 50)
        elif choice == 2:
            del plain[i:i + rng.randint(1, 256)]
        elif choice == 3:
            plain[i:i] = plain[i:i + rng.randint(1, 4096)]
        else:
            _, other = rng.choice(corpus)
            j = rng.randrange(len(other))
            plain[i:i] = other[j:j + rng.randint(1, 512)]
    packed = zlib.compress(bytes(plain), 6)
    header = data[dictionary_start:begin]
    header = re.sub(rb"/Length\s+\d+(?!\s+\d+\s+R)", b"/Length %d" % len(packed), header, count=1)
    return data[:dictionary_start] + header + data[begin:body] + packed + b"\n" + data[end:]


def run_case(binary, path, timeout):
    start = time.monotonic()
    try:
        proc = subprocess.run([binary, "extract", "--compact", "--time-limit", "0", path], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        return "hang", None, b"", time.monotonic() - start
    code = proc.returncode
    if code < 0:
        return "crash", f"signal {signal.Signals(-code).name}", proc.stderr, time.monotonic() - start
    if code not in DOCUMENTED or code == 3:
        return "crash", f"exit {code}", proc.stderr, time.monotonic() - start
    if code != 0 and proc.stdout:
        return "crash", f"exit {code} with output on stdout", proc.stderr, time.monotonic() - start
    return "ok", code, proc.stderr, time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds a case may take before it is a hang")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/brochure"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Fuzz"))
    args = parser.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"no binary at {args.bin} (run: swift build -c release)")
    corpus = seeds()
    work = os.path.join(args.out, "work")
    crashes = os.path.join(args.out, "crashes")
    os.makedirs(work, exist_ok=True)
    os.makedirs(crashes, exist_ok=True)

    def one(index):
        rng = random.Random(args.seed * 1_000_003 + index)
        name, data = corpus[rng.randrange(len(corpus))]
        mutated, kinds = mutate(data, corpus, rng)
        path = os.path.join(work, f"case-{index}.pdf")
        with open(path, "wb") as f:
            f.write(mutated)
        verdict, detail, stderr, seconds = run_case(args.bin, path, args.timeout)
        if verdict != "ok":
            saved = os.path.join(crashes, f"{verdict}-seed{args.seed}-case{index}-{name}")
            os.replace(path, saved)
            with open(saved + ".txt", "w") as f:
                f.write(f"{verdict}: {detail}\nfixture: {name}\nmutations: {' '.join(kinds)}\n"
                        f"reproduce: brochure extract --time-limit 0 {saved}\nstderr:\n")
                f.write(stderr.decode("utf-8", "replace")[-4000:])
        else:
            os.unlink(path)
        return verdict, detail, seconds

    started = time.monotonic()
    counts = {"ok": 0, "crash": 0, "hang": 0}
    exits = {}
    slowest = 0.0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for done, (verdict, detail, seconds) in enumerate(pool.map(one, range(args.cases)), start=1):
            counts[verdict] += 1
            slowest = max(slowest, seconds)
            key = detail if verdict != "hang" else "timeout"
            exits[key] = exits.get(key, 0) + 1
            if verdict != "ok":
                print(f"case {done - 1}: {verdict} ({key})", flush=True)
            if done % 1000 == 0:
                print(f"{done} cases, {counts['crash']} crashes, {counts['hang']} hangs, {time.monotonic() - started:.0f} s", flush=True)
    elapsed = time.monotonic() - started
    print(f"\ncases {args.cases}, crashes {counts['crash']}, hangs {counts['hang']}, seed {args.seed}, "
          f"{elapsed:.0f} s with {args.jobs} jobs (slowest case {slowest:.1f} s)")
    print("outcomes: " + ", ".join(f"{k}: {v}" for k, v in sorted(exits.items(), key=lambda kv: str(kv[0]))))
    if counts["crash"] or counts["hang"]:
        print(f"inputs saved in {crashes}")
    os.rmdir(work) if not os.listdir(work) else None
    sys.exit(1 if counts["crash"] or counts["hang"] else 0)


if __name__ == "__main__":
    main()
