#!/usr/bin/env python3
"""Benchmark `brochure` against poppler's own `pdftotext` and the Python peers; write BENCHMARKS.md.

    make bench                      # builds in release mode, then runs this
    python3 Scripts/bench.py [--quick] [--brochure PATH] [--out DIR] [--markdown FILE]

poppler is underneath `brochure`, so `pdftotext -layout` is the floor every figure is compared
with. The script

1. generates a corpus from the fixtures into OUT/corpus (git-ignored `bench-out/` by default;
   no PDF is committed), with qpdf:
   - single:  every page of Fixtures/brochures/*.pdf as a one-page PDF;
   - edition: the multi-page brochures of Fixtures/brochures as they are;
   - long:    one document of --long-pages pages (default 220): the pages of every fixture set
              (brochures, holdout, holdout2, holdout3) concatenated round after round, each round
              in a different (seeded) order;
   - dense:   ../shared/realpdfs/jp_cashless_kameiten_list_R010821.pdf (a 10-page table set
              densely) when that folder exists;
   - growth:  the same page sequence cut at 25, 50, 100, 200 and 400 pages, for memory.
2. times, on every file and in one run, `brochure extract`, `brochure text`, `pdftotext`,
   `pdftotext -layout` (hyperfine -N, --runs repetitions after 2 warm-ups) and the Python peers
   (Scripts/bench_peer.py in a fresh interpreter per run, so Python's start-up and imports count
   as ours do: pdfplumber extract_text + extract_tables, PyMuPDF get_text("dict") + find_tables
   on every page); peak RSS with /usr/bin/time -v; the in-process time of both sides
   (`brochure profile --json`, `bench_peer.py --repeat`); start-up alone (`--version`, `-v`,
   bare imports); and the per-stage split of `brochure profile` on a 2-page brochure, the dense
   file and the long document.
3. replaces the block between `<!-- bench:begin -->` and `<!-- bench:end -->` in --markdown
   (BENCHMARKS.md) with the machine, the versions, one table per file class, per-file ratios,
   the targets' verdicts and the stage split, and writes every raw figure to OUT/results.json.
   The rest of the file (analysis, before/after) is left as written.

The machine may be shared: the load average before and after is recorded with the tables, and
--wait-idle L waits (up to 10 minutes) for the 1-minute load to fall below L before each file.
Do not run it while a build runs. It needs hyperfine, qpdf, pdftotext and GNU time
(/usr/bin/time); pdfplumber and pymupdf are installed with pip when missing (--no-peers skips
them). A full run takes about 13 minutes on 2 cores; --quick (fewer runs and files) about 6.
"""
import argparse
import json
import os
import platform
import random
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT / "Scripts" / "bench_peer.py"
FIXTURE_SETS = ["Fixtures/brochures", "Fixtures/holdout", "Fixtures/holdout2", "Fixtures/holdout3"]
DENSE = ROOT.parent / "shared" / "realpdfs" / "jp_cashless_kameiten_list_R010821.pdf"
GROWTH = [25, 50, 100, 200, 400]
CLASSES = ["single", "edition", "dense", "long"]
FLOOR = "pdftotext -layout"
TARGETS = {"brochure extract": 1.5, "brochure text": 1.2}


# ---------------------------------------------------------------- helpers

def run(args, **kw):
    return subprocess.run(args, check=True, text=True, capture_output=True, **kw)


def page_count(path):
    out = run(["pdfinfo", str(path)]).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def load():
    return float(open("/proc/loadavg").read().split()[0])


def wait_idle(limit):
    if not limit:
        return
    deadline = time.time() + 600
    while load() >= limit and time.time() < deadline:
        time.sleep(5)


def median(values):
    return statistics.median(values) if values else float("nan")


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- corpus

def qpdf_pages(out, pages):
    """Writes the (file, page) pairs, in order, as one PDF."""
    args = ["qpdf", "--empty", "--pages"]
    for path, number in pages:
        args += [str(path), str(number)]
    run(args + ["--", str(out)])


def make_corpus(out, long_pages):
    corpus = {name: [] for name in CLASSES + ["growth"]}
    brochures = sorted((ROOT / "Fixtures/brochures").glob("*.pdf"))
    (out / "single").mkdir(parents=True, exist_ok=True)
    for pdf in brochures:
        pages = page_count(pdf)
        for number in range(1, pages + 1):
            target = out / "single" / f"{pdf.stem}-p{number}.pdf"
            if not target.exists():
                qpdf_pages(target, [(pdf, number)])
            corpus["single"].append(target)
        if pages > 1:
            corpus["edition"].append(pdf)
    every_page = [(pdf, n) for folder in FIXTURE_SETS for pdf in sorted((ROOT / folder).glob("*.pdf"))
                  for n in range(1, page_count(pdf) + 1)]
    sequence, round_number = [], 0
    while len(sequence) < max(GROWTH + [long_pages]):
        shuffled = every_page[:]
        random.Random(round_number).shuffle(shuffled)  # a different order each round
        sequence += shuffled
        round_number += 1
    for count, name in [(long_pages, "long")] + [(n, "growth") for n in GROWTH]:
        target = out / name / f"brochures-{count}p.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            qpdf_pages(target, sequence[:count])
        corpus[name].append(target)
    if DENSE.exists():
        corpus["dense"].append(DENSE)
    return corpus, len(every_page)


# ---------------------------------------------------------------- measuring

def tools(brochure, peers):
    """Name → argv prefix; the file (and `-` for pdftotext's stdout) is appended."""
    fast = {
        "brochure extract": [brochure, "extract"],
        "brochure text": [brochure, "text"],
        "pdftotext": ["pdftotext"],
        "pdftotext -layout": ["pdftotext", "-layout"],
    }
    slow = {name: [sys.executable, str(PEER), name] for name in ("pdfplumber", "pymupdf")} if peers else {}
    return fast, slow


def argv(prefix, pdf):
    return prefix + [str(pdf)] + (["-"] if prefix[0] == "pdftotext" else [])


def hyperfine(commands, runs, warmup, cpu=None):
    """name → list of seconds, from one hyperfine call running each command in turn; `cpu`, a
    dict, receives name → mean CPU seconds (user + system: all threads, so it shows what the
    parallel page reading costs in total, not only how long one waits)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        args = ["hyperfine", "-N", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
                "--export-json", export.name]
        for name, command in commands.items():
            args += ["-n", name, shlex.join(command)]
        run(args)
        results = json.load(open(export.name))["results"]
    if cpu is not None:
        cpu.update({r["command"]: r["user"] + r["system"] for r in results})
    return {r["command"]: r["times"] for r in results}


def peak_rss_mb(command, runs):
    values = []
    for _ in range(runs):
        done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, check=True)
        values.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024)
    return median(values)


def timed_rss(command):
    """Wall seconds and peak RSS (MB) of one run under GNU time; for runs of seconds or more."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=True)
    seconds = time.perf_counter() - start
    return seconds, int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024


def in_process(brochure, pdf, name, repeat):
    """Warm in-process milliseconds (median of runs 2..n) and the first run's."""
    if name.startswith("brochure"):
        out = run([brochure, "profile", str(pdf), "--repeat", str(repeat), "--json"]).stdout
        stages = ["open", "extraction", "layout", "textRendering"] if name == "brochure text" else \
            ["open", "extraction", "layout", "checksum", "normalisation", "sections", "encoding", "schemaCompile", "validation"]
        ms = [sum(r[s] for s in stages) for r in json.loads(out)["runs"]]
    elif name in ("pdfplumber", "pymupdf"):
        out = run([sys.executable, str(PEER), name, str(pdf), "--repeat", str(repeat)]).stdout
        ms = [s * 1000 for s in json.loads(out)["seconds"]]
    else:
        return None
    return {"warm": median(ms[1:] or ms), "cold": ms[0]}  # one run: warm = cold


def measure_file(pdf, fast, slow, args, heavy):
    wait_idle(args.wait_idle)
    pages = page_count(pdf)
    before = load()
    runs = args.long_runs if heavy else args.runs
    cpu = {}
    times = hyperfine({n: argv(p, pdf) for n, p in fast.items()}, runs, 1 if heavy else 2, cpu)
    rss_runs = args.rss_runs if heavy else 1
    result = {"file": str(pdf), "pages": pages, "load": [before], "tools": {}}
    for name, prefix in fast.items():
        result["tools"][name] = {"seconds": times[name], "cpuSeconds": cpu[name],
                                 "rssMB": peak_rss_mb(argv(prefix, pdf), rss_runs),
                                 "inProcessMs": in_process(args.brochure, pdf, name, 5)}
    if slow and not heavy:
        times = hyperfine({n: argv(p, pdf) for n, p in slow.items()}, args.peer_runs, 1, cpu)
        for name, prefix in slow.items():
            result["tools"][name] = {"seconds": times[name], "cpuSeconds": cpu[name],
                                     "rssMB": peak_rss_mb(argv(prefix, pdf), 1),
                                     "inProcessMs": in_process(args.brochure, pdf, name, max(2, args.peer_runs))}
    for name, prefix in slow.items() if heavy else []:
        # A peer takes seconds to a minute here: each timed run also gives the peak RSS, and
        # the in-process time is one run (start-up is then a small part of the wall time).
        runs = [timed_rss(argv(prefix, pdf)) for _ in range(args.heavy_peer_runs)]
        result["tools"][name] = {"seconds": [r[0] for r in runs], "rssMB": median([r[1] for r in runs]),
                                 "inProcessMs": in_process(args.brochure, pdf, name, 1)}
    result["load"].append(load())
    return result


def measure_startup(brochure, runs):
    commands = {
        "brochure --version": [brochure, "--version"],
        "pdftotext -v": ["pdftotext", "-v"],
        "python3 (no import)": [sys.executable, "-c", "pass"],
        "python3 -c 'import pdfplumber'": [sys.executable, "-c", "import pdfplumber"],
        "python3 -c 'import pymupdf'": [sys.executable, "-c", "import pymupdf"],
    }
    return hyperfine(commands, runs, 3)


def measure_growth(corpus, fast, args):
    rows = []
    for pdf in corpus["growth"]:
        wait_idle(args.wait_idle)
        pages = page_count(pdf)
        log(f"  growth {pages} pages")
        chosen = {n: fast[n] for n in ("brochure extract", "brochure text", FLOOR)}
        times = hyperfine({n: argv(p, pdf) for n, p in chosen.items()}, args.long_runs, 1)
        rows.append({"pages": pages, "tools": {n: {"seconds": times[n], "rssMB": peak_rss_mb(argv(p, pdf), args.rss_runs)}
                                                for n, p in chosen.items()}})
    return rows


def profile(brochure, pdf, repeat):
    out = json.loads(run([brochure, "profile", str(pdf), "--repeat", str(repeat), "--json"]).stdout)
    runs = out["runs"]
    stages = list(runs[0].keys())
    warm = runs[1:] or runs
    return {"file": str(pdf), "pages": out["pages"], "runs": len(runs),
            "cold": {s: runs[0][s] for s in stages}, "warm": {s: median([r[s] for r in warm]) for s in stages}}


# ---------------------------------------------------------------- report

def versions(brochure):
    def first_line(args, stream="stdout"):
        try:
            done = subprocess.run(args, text=True, capture_output=True)
            return (getattr(done, stream) or done.stdout or done.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "missing"
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")), "0")
    peer = {}
    for module in ("pdfplumber", "pymupdf"):
        peer[module] = first_line([sys.executable, "-c", f"import {module} as m; print(m.__version__"
                                   + (", 'MuPDF', m.mupdf_version" if module == "pymupdf" else "") + ")"])
    return {
        "machine": f"{cpu}, {os.cpu_count()} cores, {int(mem) // 1024 // 1024} GiB, Linux {platform.release()}",
        "brochure": first_line([brochure, "--version"]),
        "poppler (pdftotext)": first_line(["pdftotext", "-v"], "stderr"),
        "swift": first_line(["swift", "--version"], "stderr"),
        "python": platform.python_version(),
        "pdfplumber": peer["pdfplumber"],
        "pymupdf": peer["pymupdf"],
        "hyperfine": first_line(["hyperfine", "--version"]),
        "qpdf": first_line(["qpdf", "--version"]),
    }


def ms(seconds):
    return seconds * 1000


def fmt(value, digits=1):
    return "–" if value is None or value != value else f"{value:.{digits}f}"


def class_table(files, names):
    """One row per tool: medians over the class's files, ratios to the floor per file."""
    lines = ["| tool | median ms | min–max ms | CPU ms | pages/s | peak RSS MB | × `pdftotext -layout` time (median, worst) | × CPU | × RSS | in-process ms warm (cold) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    pages = sum(f["pages"] for f in files)
    for name in names:
        per_file = [median(f["tools"][name]["seconds"]) for f in files]
        all_runs = [t for f in files for t in f["tools"][name]["seconds"]]
        ratios = [median(f["tools"][name]["seconds"]) / median(f["tools"][FLOOR]["seconds"]) for f in files]
        cpus = [f["tools"][name].get("cpuSeconds") for f in files]
        cpu = median([c for c in cpus if c is not None])
        cpu_ratio = median([f["tools"][name]["cpuSeconds"] / f["tools"][FLOOR]["cpuSeconds"] for f in files
                            if f["tools"][name].get("cpuSeconds") and f["tools"][FLOOR].get("cpuSeconds")])
        rss = max(f["tools"][name]["rssMB"] for f in files)
        rss_floor = max(f["tools"][FLOOR]["rssMB"] for f in files)
        inproc = [f["tools"][name]["inProcessMs"] for f in files if f["tools"][name]["inProcessMs"]]
        inproc_text = f"{fmt(median([i['warm'] for i in inproc]))} ({fmt(median([i['cold'] for i in inproc]))})" if inproc else "–"
        lines.append(f"| `{name}` | {fmt(ms(median(per_file)))} | {fmt(ms(min(all_runs)))}–{fmt(ms(max(all_runs)))} | "
                     f"{fmt(ms(cpu))} | {fmt(pages / sum(per_file), 0)} | {fmt(rss)} | {fmt(median(ratios), 2)}, {fmt(max(ratios), 2)} | "
                     f"{fmt(cpu_ratio, 2)} | {fmt(rss / rss_floor, 2)} | {inproc_text} |")
    return lines


def per_file_table(files):
    lines = ["| file | pages | `pdftotext -layout` ms | `extract` ms (×) | `text` ms (×) | pdfplumber ÷ `extract` |",
             "|---|---|---|---|---|---|"]
    for f in files:
        floor = median(f["tools"][FLOOR]["seconds"])
        ext = median(f["tools"]["brochure extract"]["seconds"])
        txt = median(f["tools"]["brochure text"]["seconds"])
        plumber = f["tools"].get("pdfplumber")
        lines.append(f"| {Path(f['file']).name} | {f['pages']} | {fmt(ms(floor))} | {fmt(ms(ext))} ({fmt(ext / floor, 2)}) | "
                     f"{fmt(ms(txt))} ({fmt(txt / floor, 2)}) | {fmt(median(plumber['seconds']) / ext, 1) if plumber else '–'} |")
    return lines


def verdicts(results):
    lines = []
    files = [f for c in CLASSES for f in results["classes"].get(c, [])]
    for name, limit in TARGETS.items():
        worst = max(files, key=lambda f: median(f["tools"][name]["seconds"]) / median(f["tools"][FLOOR]["seconds"]))
        ratio = median(worst["tools"][name]["seconds"]) / median(worst["tools"][FLOOR]["seconds"])
        best = min(median(f["tools"][name]["seconds"]) / median(f["tools"][FLOOR]["seconds"]) for f in files)
        met = sum(median(f["tools"][name]["seconds"]) / median(f["tools"][FLOOR]["seconds"]) <= limit for f in files)
        lines.append(f"| `{name}` ≤ {limit}× `pdftotext -layout` on every file | {'met' if met == len(files) else 'missed'}: "
                     f"{met} of {len(files)} files within; ratios {fmt(best, 2)}–{fmt(ratio, 2)}× (worst: {Path(worst['file']).name}) |")
    if all("pdfplumber" in f["tools"] for f in files):
        speedups = {c: [median(f["tools"]["pdfplumber"]["seconds"]) / median(f["tools"]["brochure extract"]["seconds"])
                        for f in results["classes"].get(c, [])] for c in CLASSES}
        worst = min(s for v in speedups.values() for s in v)
        detail = "; ".join(f"{c} {fmt(median(v), 1)}× (min {fmt(min(v), 1)}×)" for c, v in speedups.items() if v)
        inproc = [f["tools"]["pdfplumber"]["inProcessMs"]["warm"] / f["tools"]["brochure extract"]["inProcessMs"]["warm"]
                  for f in files]
        lines.append(f"| `extract` ≥ 20× faster than pdfplumber (wall) | {'met' if worst >= 20 else 'missed'}: {detail}; "
                     f"in-process, warm: {fmt(min(inproc), 1)}–{fmt(max(inproc), 1)}× |")
    growth = results["growth"]
    by_pages = {g["pages"]: g["tools"]["brochure extract"]["rssMB"] for g in growth}
    at200 = by_pages.get(200)
    slope = (by_pages[max(by_pages)] - by_pages[min(by_pages)]) / (max(by_pages) - min(by_pages)) * 100
    text_rss = {g["pages"]: g["tools"]["brochure text"]["rssMB"] for g in growth}
    lines.append(f"| peak memory ≤ 100 MB on the 200-page document | {'met' if at200 <= 100 else 'missed'}: "
                 f"`extract` {fmt(at200)} MB, `text` {fmt(text_rss.get(200))} MB |")
    lines.append(f"| peak memory flat (< 2 MB more per 100 pages) | {'met' if slope < 2 else 'missed'}: `extract` "
                 f"{fmt(by_pages[min(by_pages)])} → {fmt(by_pages[max(by_pages)])} MB from {min(by_pages)} to "
                 f"{max(by_pages)} pages ({fmt(slope)} MB per 100 pages); `text` {fmt(text_rss[min(text_rss)])} → "
                 f"{fmt(text_rss[max(text_rss)])} MB |")
    one_page = results["classes"]["single"]
    gaps = {name: median([median(f["tools"][name]["seconds"]) - median(f["tools"]["pdftotext"]["seconds"]) for f in one_page])
            for name in ("brochure text", "brochure extract")}
    worst_gap = max(max(median(f["tools"][n]["seconds"]) - median(f["tools"]["pdftotext"]["seconds"]) for f in one_page)
                    for n in gaps)
    start = results["startup"]
    bare = median(start["brochure --version"]) - median(start["pdftotext -v"])
    # The median one-page file decides: a burst of load from elsewhere slows every tool on one
    # file (pdftotext too), which a difference of times, unlike a ratio, does not cancel.
    lines.append(f"| start-up on a one-page brochure within 30 ms of `pdftotext` | "
                 f"{'met' if max(gaps.values()) <= 0.030 else 'missed'}: `text` +{fmt(ms(gaps['brochure text']))} ms, "
                 f"`extract` +{fmt(ms(gaps['brochure extract']))} ms (median over the one-page files; the worst file "
                 f"+{fmt(ms(worst_gap))}); bare start-up `--version` +{fmt(ms(bare))} ms over `pdftotext -v` |")
    return lines


def stage_table(profiles):
    order = ["open", "extraction", "layout", "checksum", "normalisation", "sections", "encoding", "schemaCompile",
             "validation", "textRendering"]
    extract = order[:9]
    head = "| stage | " + " | ".join(f"{Path(p['file']).name} ({p['pages']} p) warm ms · share · cold ms" for p in profiles) + " |"
    lines = [head, "|---|" + "---|" * len(profiles)]
    for stage in order:
        cells = []
        for p in profiles:
            total = sum(p["warm"][s] for s in extract)
            share = f"{p['warm'][stage] / total * 100:.1f}%" if stage in extract else "–"
            cells.append(f"{fmt(p['warm'][stage], 2)} · {share} · {fmt(p['cold'][stage], 2)}")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    for name, stages in [("**text total**", ["open", "extraction", "layout", "textRendering"]), ("**extract total**", extract)]:
        cells = []
        for p in profiles:
            warm, cold = sum(p["warm"][s] for s in stages), sum(p["cold"][s] for s in stages)
            cells.append(f"{fmt(warm, 2)} · {fmt(p['pages'] / warm * 1000, 0)} pages/s · {fmt(cold, 2)}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def markdown(results, args):
    v = results["versions"]
    measured = results.get("measuredAt") or time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())
    out = [f"Generated by `make bench` (`python3 Scripts/bench.py{' --quick' if args.quick else ''}`), measured "
           f"{measured}; raw figures in `{args.out}/results.json`.", ""]
    out += ["| | |", "|---|---|"] + [f"| {k} | {val} |" for k, val in v.items()]
    loads = [l for c in results["classes"].values() for f in c for l in f["load"]]
    out += [f"| load average (1 min) during the runs | {fmt(min(loads), 2)}–{fmt(max(loads), 2)} |", ""]
    out += [f"Runs per file: {args.runs} for `brochure` and `pdftotext` (after 2 warm-ups), {args.peer_runs} for the Python "
            f"peers; on the long and dense documents {args.long_runs} for `brochure` and `pdftotext` and {args.heavy_peer_runs} "
            "for the peers (under GNU time, which also gives their peak RSS; their in-process time is then one run). Times are "
            "wall-clock of the whole process (hyperfine -N), output discarded. `brochure` reads and lays out pages, and parses "
            "sections, on as many threads as there are CPUs (`--threads`); PyMuPDF's `find_tables` also uses both cores "
            "(about 130% CPU); `pdftotext` and pdfplumber run on one. *CPU ms* is the median over the files of hyperfine's "
            "mean user + system time, all threads together (– where the runs were timed under GNU time); *× CPU* its median "
            "per-file ratio to `pdftotext -layout`'s. *median ms* is the median over the class's files of each file's median; "
            "*min–max* spans every run of every file; *pages/s* is the class's pages over the sum of the per-file medians; "
            "*peak RSS* is the largest over the files (`/usr/bin/time -v`); *×* columns are the median and worst per-file ratio "
            "to `pdftotext -layout`; *in-process* excludes start-up: `brochure profile --json` (the `text` or `extract` stages) "
            "and `bench_peer.py --repeat` (imports excluded), median of the warm runs, first run in brackets.", ""]
    names = list(next(iter(results["classes"]["single"]))["tools"].keys())
    descriptions = {
        "single": "every page of the Fixtures/brochures PDFs as a one-page PDF",
        "edition": "the multi-page brochures of Fixtures/brochures as published",
        "dense": "a real 10-page table set densely (jp_cashless_kameiten_list_R010821.pdf, shared/realpdfs)",
        "long": f"{results['longPages']} brochure pages from all four fixture sets, concatenated in a different order each round",
    }
    verdict = verdicts(results)
    out += ["### Targets", "", "| target | verdict |", "|---|---|"] + verdict + [""]
    for c in CLASSES:
        files = results["classes"].get(c) or []
        if not files:
            continue
        out += [f"### {c}: {len(files)} file(s), {sum(f['pages'] for f in files)} pages — {descriptions[c]}", ""]
        out += class_table(files, names) + [""]
    out += ["### Every file: ratio to `pdftotext -layout`", ""]
    out += per_file_table([f for c in CLASSES for f in results["classes"].get(c, [])]) + [""]
    s = results["startup"]
    out += ["### Start-up alone", "", "| command | median ms | min–max ms |", "|---|---|---|"]
    out += [f"| `{n}` | {fmt(ms(median(t)))} | {fmt(ms(min(t)))}–{fmt(ms(max(t)))} |" for n, t in s.items()] + [""]
    out += ["### Memory and time as the page count grows", "",
            "| pages | " + " | ".join(f"`{n}` peak RSS MB · median s" for n in results["growth"][0]["tools"]) + " |",
            "|---|" + "---|" * len(results["growth"][0]["tools"])]
    for g in results["growth"]:
        out.append(f"| {g['pages']} | " + " | ".join(f"{fmt(t['rssMB'])} · {fmt(median(t['seconds']), 3)}"
                                                     for t in g["tools"].values()) + " |")
    out += ["", "### Per-stage split (`brochure profile --repeat N`)", "",
            "In-process, start-up excluded. *warm* is the median of runs 2–N in one process, *cold* the first run (ICU objects "
            "opened, schema compiled, regexes built: what every CLI invocation pays). Shares are of the warm `extract` total.", ""]
    out += stage_table(results["profiles"]) + [""]
    return "\n".join(out)


def write_markdown(path, block):
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    text = path.read_text() if path.exists() else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    path.write_text(f"{head}{begin}\n{block}\n{end}{tail}")


# ---------------------------------------------------------------- main

def ensure_peers():
    missing = [m for m in ("pdfplumber", "pymupdf") if subprocess.run([sys.executable, "-c", f"import {m}"],
                                                                       capture_output=True).returncode]
    if missing:
        log(f"installing {' '.join(missing)} with pip")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet"] + missing, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--brochure", default=str(ROOT / ".build/release/brochure"), help="the binary (release build)")
    parser.add_argument("--out", default="bench-out", help="corpus and raw results (git-ignored; default bench-out)")
    parser.add_argument("--markdown", default=str(ROOT / "BENCHMARKS.md"), help="file whose generated block is replaced")
    parser.add_argument("--runs", type=int, default=10, help="runs per file of brochure and pdftotext (default 10)")
    parser.add_argument("--peer-runs", type=int, default=5, help="runs per file of the Python peers (default 5)")
    parser.add_argument("--long-runs", type=int, default=3, help="runs of every tool on the long, dense and growth documents")
    parser.add_argument("--heavy-peer-runs", type=int, default=2,
                        help="runs of the Python peers on the long and dense documents (default 2; PyMuPDF takes a minute)")
    parser.add_argument("--rss-runs", type=int, default=3, help="peak-RSS runs on the long, dense and growth documents")
    parser.add_argument("--long-pages", type=int, default=220, help="pages of the long document (default 220)")
    parser.add_argument("--no-peers", action="store_true", help="skip pdfplumber and PyMuPDF")
    parser.add_argument("--wait-idle", type=float, default=0, help="wait for the 1-minute load to fall below this")
    parser.add_argument("--quick", action="store_true", help="3 runs, 2 peer runs, every third single page")
    parser.add_argument("--from-json", metavar="RESULTS", help="rewrite the tables from an earlier results.json; measure nothing")
    args = parser.parse_args()
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text())
        args.__dict__.update(results.get("settings", {}))
        block = markdown(results, args)
        write_markdown(Path(args.markdown), block)
        print(block)
        return
    if args.quick:
        args.runs, args.peer_runs, args.long_runs, args.rss_runs, args.heavy_peer_runs = 3, 2, 2, 1, 1
    args.brochure = str(Path(args.brochure).resolve())
    if not os.access(args.brochure, os.X_OK):
        sys.exit(f"{args.brochure}: build it first (make release)")
    if not args.no_peers:
        ensure_peers()
    os.chdir(ROOT)
    out = Path(args.out)
    log("corpus ...")
    corpus, fixture_pages = make_corpus(out / "corpus", args.long_pages)
    if args.quick:
        corpus["single"] = corpus["single"][::3]
    fast, slow = tools(args.brochure, not args.no_peers)
    settings = {k: getattr(args, k) for k in ("runs", "peer_runs", "long_runs", "heavy_peer_runs", "rss_runs", "quick", "out")}
    results = {"versions": versions(args.brochure), "longPages": args.long_pages, "fixturePages": fixture_pages,
               "settings": settings, "classes": {}}
    for c in CLASSES:
        results["classes"][c] = []
        for pdf in corpus[c]:
            log(f"{c}: {pdf.name}")
            results["classes"][c].append(measure_file(pdf, fast, slow, args, heavy=c in ("long", "dense")))
    log("start-up ...")
    results["startup"] = measure_startup(args.brochure, max(args.runs, 10) * 2)
    log("growth ...")
    results["growth"] = measure_growth(corpus, fast, args)
    log("profiles ...")
    two_page = ROOT / "Fixtures/brochures/soumu-2024.pdf"
    results["profiles"] = [profile(args.brochure, pdf, 11 if not args.quick else 3)
                           for pdf in [two_page] + corpus["dense"]] + \
                          [profile(args.brochure, corpus["long"][0], 4 if not args.quick else 2)]
    results["measuredAt"] = time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    block = markdown(results, args)
    write_markdown(Path(args.markdown), block)
    print(block)


if __name__ == "__main__":
    main()
