#!/usr/bin/env python3
"""Leak check of the release binary under valgrind: do our poppler/GLib wrappers leak?

    python3 Scripts/leak-check.py [--bin .build/release/brochure]     # or: make sanitize

valgrind 3.19 cannot read the DWARF 5 debug info Swift 6 writes, so a copy of the binary is
stripped of it first (objcopy --strip-debug; the symbol table stays, so stacks keep their
names). Each run's "definitely" and "indirectly lost" blocks are split by where they were
allocated: by poppler, GLib, cairo, fontconfig or FreeType (what our wrappers in
Sources/BrochureKit/Extraction/Poppler.swift must free), or by the Swift runtime. The Swift
side holds only process-lifetime caches (compiled regular expressions and schema patterns
in `static let`s) that valgrind cannot see through Swift's pointer encoding; to show they do
not grow, `brochure profile` runs the whole pipeline once and then ten times in one process.

Fails (exit 1) when anything allocated on the C side is lost, or when the Swift side's loss
grows with the number of documents processed: by more than 32 bytes per extra run. Not by
zero: what valgrind reports of Swift's caches varies by a few hundred bytes from one process to
the next (the same x1 command gave 177,464 bytes twice; two x5 runs gave 177,464 and 177,656,
in the regex parser's tree nodes), so the check looks for growth per run, which a leak has. `batch` is not run here: under valgrind
Foundation's Process cannot start a worker ("Bad file descriptor"); LeakSanitizer covers it
(`make sanitize`; README, Known issues).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C_LIBRARIES = ("libpoppler", "libglib", "libgobject", "libgio", "libcairo", "libfontconfig", "libfreetype", "liblcms", "libopenjp2")


def losses(report):
    """Bytes definitely or indirectly lost, split into (C side, Swift side)."""
    c_side = swift_side = 0
    for record in re.split(r"\n==\d+== \n", report):
        match = re.search(r"([\d,]+) (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in [\d,]+ blocks are (definitely|indirectly) lost", record)
        if not match:
            continue
        size = int(match.group(1).replace(",", ""))
        frames = re.findall(r"(?:at|by) 0x[0-9A-Fa-f]+: (.*)", record)
        if any(lib in frame for frame in frames for lib in C_LIBRARIES):
            c_side += size
        else:
            swift_side += size
    return c_side, swift_side


def run(binary, arguments):
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as log:
        command = ["valgrind", "--leak-check=full", "--show-leak-kinds=definite,indirect", f"--log-file={log.name}",
                   binary] + arguments
        status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        return status, losses(log.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/brochure"))
    args = parser.parse_args()
    for tool in ("valgrind", "objcopy"):
        if not shutil.which(tool):
            sys.exit(f"needs {tool} (apt-get install valgrind binutils)")
    fixture = lambda path: os.path.join(ROOT, "Fixtures", path)
    runs = [
        ("extract soumu-2024 (2 pages)", ["extract", fixture("brochures/soumu-2024.pdf")]),
        ("text broken-xref (repaired)", ["text", fixture("bad/broken-xref.pdf")]),
        ("text truncated (exit 12)", ["text", fixture("bad/truncated.pdf")]),
        ("text encrypted, wrong password (exit 14)", ["text", "--password", "wrong", fixture("bad/encrypted-userpw.pdf")]),
        ("text many-glyphs --max-glyphs-per-page 1000 (exit 19)", ["text", "--max-glyphs-per-page", "1000", fixture("bad/many-glyphs.pdf")]),
        ("profile soumu-2024, pipeline x1", ["profile", "--repeat", "1", fixture("brochures/soumu-2024.pdf")]),
        ("profile soumu-2024, pipeline x10", ["profile", "--repeat", "10", fixture("brochures/soumu-2024.pdf")]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "brochure")
        shutil.copy(args.bin, binary)
        subprocess.run(["objcopy", "--strip-debug", binary], check=True)
        print("| run | exit | lost, allocated by poppler/GLib/cairo (bytes) | lost, allocated by the Swift runtime (bytes) |")
        print("|---|---|---|---|")
        results = {}
        for name, arguments in runs:
            status, (c_side, swift_side) = run(binary, arguments)
            results[name] = (c_side, swift_side)
            print(f"| {name} | {status} | {c_side} | {swift_side} |", flush=True)
    c_total = sum(c for c, _ in results.values())
    growth = results["profile soumu-2024, pipeline x10"][1] - results["profile soumu-2024, pipeline x1"][1]
    print(f"\nC side lost in all runs: {c_total} bytes; Swift side growth from 1 to 10 pipeline runs: {growth} bytes "
          f"({growth / 9:.0f} per extra run; a leak of one object per run would be 32 or more)")
    sys.exit(1 if c_total > 0 or growth > 9 * 32 else 0)


if __name__ == "__main__":
    main()
