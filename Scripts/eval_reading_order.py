#!/usr/bin/env python3
"""Score the reading order of text extractors on the fixture brochures.

For every Fixtures/brochures/NAME.expected.txt (with NAME.pdf beside it) this runs

    brochure text NAME.pdf          (--brochure, default .build/release/brochure)
    pdftotext NAME.pdf -
    pdftotext -layout NAME.pdf -

and compares each output with the expected text.  Every line is normalised by deleting
ALL whitespace (spaces, tabs, form feeds, U+3000, ...) and empty lines are dropped.

  integrity  share of expected lines that occur as a whole line of the output
             (multiset matching: each output line matches at most once)
  tau        Kendall tau between the expected order and the output positions of the
             matched lines (1.0 when fewer than 2 lines matched)

Prints a Markdown table (fixture | tool | integrity | tau) plus a mean row per tool.
A tool that is missing or fails on a fixture is reported as n/a and skipped in the mean.

--check: exit 1 unless `brochure` reaches integrity >= 0.98 and tau >= 0.95 on every
fixture (a missing or failing brochure also fails the check).
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+", re.UNICODE)  # includes \t \f \v U+3000 U+00A0 ...

MIN_INTEGRITY = 0.98
MIN_TAU = 0.95


def normalise(text):
    out = []
    for line in text.splitlines():  # splitlines also splits on \f, \v, \x1c.., U+2028
        s = WS.sub("", line).replace("\u200b", "").replace("\ufeff", "")
        if s:
            out.append(s)
    return out


def match(expected, output):
    """Multiset matching in expected order: each expected line takes the earliest unused
    identical output line.  Returns [(expected_index, output_index)]."""
    positions = defaultdict(list)
    for j, line in enumerate(output):
        positions[line].append(j)
    used = defaultdict(int)
    pairs = []
    for i, line in enumerate(expected):
        k = used[line]
        if k < len(positions[line]):
            pairs.append((i, positions[line][k]))
            used[line] = k + 1
    return pairs


def kendall_tau(pairs):
    """Kendall tau-b style over matched pairs; expected indices are distinct, so only the
    output positions can tie (they cannot: each output line is used once)."""
    n = len(pairs)
    if n < 2:
        return 1.0
    ys = [j for _, j in sorted(pairs)]
    conc = disc = 0
    for a in range(n):
        ya = ys[a]
        for b in range(a + 1, n):
            if ys[b] > ya:
                conc += 1
            elif ys[b] < ya:
                disc += 1
    return (conc - disc) / (n * (n - 1) / 2)


def score(expected_text, output_text):
    exp = normalise(expected_text)
    out = normalise(output_text)
    pairs = match(exp, out)
    integrity = len(pairs) / len(exp) if exp else 1.0
    return integrity, kendall_tau(pairs)


def run(cmd, timeout=120):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, str(e)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[:200]}"
    return p.stdout.decode("utf-8", "replace"), None


def resolve_brochure(path):
    for cand in (path, os.path.join(REPO, path)):
        if os.path.isfile(cand) and os.access(cand, os.X_OK):
            return os.path.abspath(cand)
    return shutil.which(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--brochure", default=".build/release/brochure", help="path of the brochure CLI")
    ap.add_argument("--fixtures", default=os.path.join(REPO, "Fixtures", "brochures"),
                    help="directory with NAME.pdf + NAME.expected.txt")
    ap.add_argument("--check", action="store_true",
                    help=f"exit 1 unless brochure has integrity >= {MIN_INTEGRITY} and tau >= {MIN_TAU} everywhere")
    ap.add_argument("-v", "--verbose", action="store_true", help="print why a tool is n/a")
    args = ap.parse_args()

    expected_files = sorted(glob.glob(os.path.join(args.fixtures, "*.expected.txt")))
    if not expected_files:
        print(f"no *.expected.txt in {args.fixtures}", file=sys.stderr)
        return 2

    brochure = resolve_brochure(args.brochure)
    pdftotext = shutil.which("pdftotext")
    tools = [
        ("brochure", (lambda pdf: [brochure, "text", pdf]) if brochure else None),
        ("pdftotext", (lambda pdf: [pdftotext, pdf, "-"]) if pdftotext else None),
        ("pdftotext -layout", (lambda pdf: [pdftotext, "-layout", pdf, "-"]) if pdftotext else None),
    ]
    if not brochure:
        print(f"note: brochure not found at {args.brochure} (build it with `make release`); reported as n/a",
              file=sys.stderr)

    rows = []
    sums = defaultdict(lambda: [0.0, 0.0, 0])
    failures = []
    for exp_path in expected_files:
        name = os.path.basename(exp_path)[: -len(".expected.txt")]
        pdf = os.path.join(args.fixtures, name + ".pdf")
        with open(exp_path, encoding="utf-8") as f:
            expected = f.read()
        for tool, mk in tools:
            if mk is None or not os.path.exists(pdf):
                rows.append((name, tool, None, None))
                if tool == "brochure":
                    failures.append(f"{name}: brochure unavailable")
                continue
            out, err = run(mk(pdf))
            if out is None:
                if args.verbose:
                    print(f"{name} / {tool}: {err}", file=sys.stderr)
                rows.append((name, tool, None, None))
                if tool == "brochure":
                    failures.append(f"{name}: brochure failed ({err})")
                continue
            integ, tau = score(expected, out)
            rows.append((name, tool, integ, tau))
            acc = sums[tool]
            acc[0] += integ
            acc[1] += tau
            acc[2] += 1
            if tool == "brochure" and (integ < MIN_INTEGRITY or tau < MIN_TAU):
                failures.append(f"{name}: integrity {integ:.3f}, tau {tau:.3f}")

    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"
    print("| fixture | tool | integrity | tau |")
    print("|---|---|---:|---:|")
    for name, tool, integ, tau in rows:
        print(f"| {name} | {tool} | {fmt(integ)} | {fmt(tau)} |")
    for tool, _ in tools:
        s = sums.get(tool)
        if s and s[2]:
            print(f"| **mean** ({s[2]} fixtures) | {tool} | {s[0] / s[2]:.3f} | {s[1] / s[2]:.3f} |")
        else:
            print(f"| **mean** | {tool} | n/a | n/a |")

    if args.check:
        if failures:
            print(f"\ncheck FAILED (need integrity >= {MIN_INTEGRITY}, tau >= {MIN_TAU}):", file=sys.stderr)
            for f in failures:
                print(f"  {f}", file=sys.stderr)
            return 1
        print("\ncheck passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
