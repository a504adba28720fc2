#!/usr/bin/env python3
"""Run one Python peer of `brochure` on one PDF: the work `Scripts/bench.py` times.

    bench_peer.py pdfplumber FILE.pdf [--repeat N]
    bench_peer.py pymupdf FILE.pdf [--repeat N]

pdfplumber does `extract_text()` and `extract_tables()` on every page; PyMuPDF does
`get_text("dict")` and `find_tables()` on every page: their closest equivalents of
`brochure text` + `brochure extract` (text in some order, plus tables).

Kept apart from bench.py and importing only what the work needs, so a timed process pays
Python's start-up and the library's import like `brochure` pays its own, and nothing more.
With --repeat N it does the work N times in this one process and prints one JSON line,
{"tool": ..., "pages": ..., "seconds": [...]}: the in-process time of each run, imports
excluded (the first run may still include a library's lazy set-up). Without --repeat it
prints nothing, so the timed process writes no output.
"""
import sys
import time


def run_pdfplumber(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
        return len(pdf.pages)


def run_pymupdf(path):
    import pymupdf

    with pymupdf.open(path) as document:
        for page in document:
            page.get_text("dict")
            page.find_tables()
        return document.page_count


PEERS = {"pdfplumber": run_pdfplumber, "pymupdf": run_pymupdf}


def main(argv):
    if len(argv) < 2 or argv[0] not in PEERS or "-h" in argv or "--help" in argv:
        print(__doc__.strip(), file=sys.stderr)
        return 0 if "-h" in argv or "--help" in argv else 64
    tool, path = argv[0], argv[1]
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 0
    work = PEERS[tool]
    if repeat == 0:
        work(path)
        return 0
    __import__(tool)  # imports are start-up, not the in-process time
    seconds, pages = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = work(path)
        seconds.append(time.perf_counter() - start)
    print('{"tool": "%s", "pages": %d, "seconds": [%s]}' % (tool, pages, ", ".join("%.6f" % s for s in seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
