#!/usr/bin/env python3
"""Writes the hostile and broken PDFs of Fixtures/bad/ (issue 7) that generate.py does not.

    python3 Fixtures/generate_bad.py        # needs Python 3, qpdf and the committed brochures

Every file is made from a committed brochure or from PDF text written here, byte for byte
deterministic, and small by construction (the 2,000-page document shares one content
stream; the 100,000-glyph page is one Flate stream of repeated text). generate.py writes
the older bad inputs (empty, not-a-pdf, truncated, image-only, encrypted-userpw); the table
of all of them, with the exit code and message each must give, is in Fixtures/README.md and
Tests/BrochureCLITests/BadFixtureTests.swift.
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")
BROCHURES = os.path.join(HERE, "brochures")


def brochure(name):
    with open(os.path.join(BROCHURES, name + ".pdf"), "rb") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(BAD, name), "wb") as f:
        f.write(data)


def stream(body, compress=True):
    """A stream object's text: dictionary and data (Flate-compressed unless told not to)."""
    data = zlib.compress(body, 9) if compress else body
    extra = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf(objects, root=1):
    """A PDF 1.4 file from object bodies numbered 1..n, with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_page_objects(pages, content_numbers, font_number, box=b"[0 0 595 842]", extra=None):
    """Page dictionaries: page i draws content object content_numbers[i]."""
    result = []
    for i, content in enumerate(content_numbers):
        more = extra[i] if extra else b""
        result.append(b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Resources << /Font << /F1 %d 0 R >> >> "
                      b"/Contents %d 0 R%s >>" % (pages, box, font_number, content, more))
    return result


def hiring_text(x=72, y=760, size=12):
    lines = [b"Recruitment brochure 2024", b"Hiring: 2023 70 (23), 2024 55 (17)", b"Contact: 03-5253-5069"]
    ops = b"BT /F1 %d Tf %d %d Td %d TL\n" % (size, x, y, size + 4)
    for line in lines:
        ops += b"(" + line + b") Tj T*\n"
    return ops + b"ET\n"


def many_glyphs():
    """One 1400 x 1800 pt page with 100,000 glyphs: 250 lines of 400 digits in 6 pt type
    (poppler keeps only the first 50,000 glyphs of a page that advance less than 3 pt, so
    smaller type would not give 100,000)."""
    row = (b"0123456789" * 40)
    ops = b"BT /F1 6 Tf 20 1770 Td 7 TL\n"
    ops += b"".join(b"(" + row + b") Tj T*\n" for _ in range(250)) + b"ET\n"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                *text_page_objects(2, [4], 5, box=b"[0 0 1400 1800]"), stream(ops), HELVETICA])


def many_pages(count=2000):
    """2,000 pages sharing one content stream, in a two-level page tree (50 pages a node)."""
    per_node = 50
    nodes = count // per_node
    # 1 catalog, 2 root, 3 font, 4 content, then nodes, then pages
    first_node = 5
    first_page = first_node + nodes
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (first_node + n) for n in range(nodes)), count),
               HELVETICA, stream(hiring_text())]
    for n in range(nodes):
        kids = b" ".join(b"%d 0 R" % (first_page + n * per_node + k) for k in range(per_node))
        objects.append(b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count %d >>" % (kids, per_node))
    for p in range(count):
        objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
                       % (first_node + p // per_node))
    return pdf(objects)


def deep_nesting(depth=20000):
    """A page whose resources hold an array nested 20,000 deep (parsers that recurse overflow)."""
    nested = b"[" * depth + b"]" * depth
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /Deep " + nested
                + b" >> /Contents 4 0 R >>", stream(hiring_text()), HELVETICA])


def huge_stream(megabytes=64):
    """A content stream that inflates to 64 MB of comment lines (a 64 KB Flate bomb) before its text."""
    filler = (b"% " + b"x" * 1021 + b"\n") * (megabytes * 1024)
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                *text_page_objects(2, [4], 5), stream(filler + hiring_text()), HELVETICA])


def zero_and_rotated():
    """Page 1 has a zero-size MediaBox; pages 2-4 are rotated 90, 180 and 270 degrees."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R] /Count 4 >>"]
    objects += text_page_objects(2, [7], 8, box=b"[0 0 0 0]")
    objects += text_page_objects(2, [7, 7, 7], 8, extra=[b" /Rotate 90", b" /Rotate 180", b" /Rotate 270"])
    objects += [stream(hiring_text()), HELVETICA]
    return pdf(objects)


def zero_size_only():
    """One page whose MediaBox is empty: nothing can be placed on it."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                *text_page_objects(2, [4], 5, box=b"[0 0 0 0]"), stream(hiring_text()), HELVETICA])


def broken_xref(data):
    """Every xref offset shifted by 7 bytes and startxref pointing past the table: poppler
    must rebuild the cross-reference table by scanning the file."""
    start = data.rindex(b"startxref")
    xref_at = int(data[start + 9:].split()[0])
    head, table = data[:xref_at], data[xref_at:start]
    lines = table.split(b"\n")
    for i, line in enumerate(lines):
        parts = line.split(b" ")
        if len(parts) >= 3 and parts[2] in (b"n", b"n\r") and len(parts[0]) == 10:
            parts[0] = b"%010d" % (int(parts[0]) + 7)
            lines[i] = b" ".join(parts)
    return head + b"\n".join(lines) + b"startxref\n%d\n%%%%EOF\n" % (xref_at + 3)


def no_tounicode(data):
    """The brochure with every /ToUnicode entry renamed (/ToUnicodX): the embedded subset
    fonts' codes no longer map to characters."""
    return data.replace(b"/ToUnicode", b"/ToUnicodX")


def owner_password_only():
    """soumu-2021 encrypted (AES-128) with an owner password only: anyone may open it, and
    text extraction is allowed; printing and changing are not. AES-128 because qpdf's AES-256
    draws a random file key (the fixture would change at every run); --static-aes-iv makes
    AES-128 deterministic. The real set has AES-256 owner-password files (the 白書 chapters)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.pdf")
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "", "owner-secret", "128",
                        "--use-aes=y", "--print=none", "--modify=none", "--extract=y", "--", os.path.join(BROCHURES, "soumu-2021.pdf"), out], check=True)
        with open(out, "rb") as f:
            return f.read()


def compact(data):
    """The same document with its objects packed into compressed object streams (qpdf)."""
    with tempfile.TemporaryDirectory() as tmp:
        source, out = os.path.join(tmp, "in.pdf"), os.path.join(tmp, "out.pdf")
        with open(source, "wb") as f:
            f.write(data)
        subprocess.run(["qpdf", "--static-id", "--object-streams=generate", "--compress-streams=y", source, out], check=True)
        with open(out, "rb") as f:
            return f.read()


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        info = zipfile.ZipInfo("brochure.pdf", date_time=(2024, 3, 1, 0, 0, 0))
        z.writestr(info, b"%PDF-1.4 inside a zip\n")
    return buffer.getvalue()


def main():
    if not shutil.which("qpdf"):
        sys.exit("needs qpdf (apt-get install qpdf)")
    os.makedirs(BAD, exist_ok=True)
    base = brochure("mlit-2023")
    files = {
        "not-a-pdf-html.pdf": b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n",
        "not-a-pdf-zip.pdf": zip_bytes(),
        "truncated-header.pdf": base[:400],
        "truncated-tail.pdf": base[:len(base) * 9 // 10],
        "truncated-no-eof.pdf": base[:base.rindex(b"startxref")],
        "broken-xref.pdf": broken_xref(base),
        "no-tounicode.pdf": no_tounicode(brochure("soumu-2021")),
        "encrypted-ownerpw.pdf": owner_password_only(),
        "many-glyphs.pdf": many_glyphs(),
        "many-pages.pdf": compact(many_pages()),
        "deep-nesting.pdf": deep_nesting(),
        "huge-stream.pdf": huge_stream(),
        "zero-and-rotated.pdf": zero_and_rotated(),
        "zero-size.pdf": zero_size_only(),
    }
    for name, data in files.items():
        write(name, data)
        print(f"Fixtures/bad/{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
