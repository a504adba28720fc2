#include "CICUShim.h"
#include <unicode/uversion.h>
#include <unicode/utypes.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/udat.h>
#include <unicode/ucal.h>
#include <unicode/unum.h>
#include <unicode/utf8.h>
#include <stdlib.h>
#include <string.h>

static const UChar UTC_ID[] = {0x55, 0x54, 0x43, 0};  /* "UTC" */
static const char JAPANESE_LOCALE[] = "ja_JP@calendar=japanese";

int32_t bk_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t length = (int32_t)strlen(text);
    if (capacity > 0) {
        int32_t n = length < capacity - 1 ? length : capacity - 1;
        memcpy(buffer, text, (size_t)n);
        buffer[n] = 0;
    }
    return length;
}

const char *bk_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void bk_free(void *pointer) { free(pointer); }

/* MARK: Text normaliser */

struct bk_text_normalizer {
    USet *nfkcFilter;                /* frozen; must outlive `nfkc` */
    UNormalizer2 *nfkc;              /* filtered NFKC; immutable, thread-safe */
    USet *stable;                    /* frozen: code points the chain never changes */
    USet *dashes;                    /* frozen: become '-' between two ASCII digits */
    USet *waves;                     /* frozen: become '~' */
    UChar32 ruleMinimum;             /* the smallest code point in dashes or waves */
};

void bk_text_normalizer_close(bk_text_normalizer *n) {
    if (n == NULL) return;
    if (n->nfkc) unorm2_close(n->nfkc);
    if (n->nfkcFilter) uset_close(n->nfkcFilter);
    if (n->stable) uset_close(n->stable);
    if (n->dashes) uset_close(n->dashes);
    if (n->waves) uset_close(n->waves);
    free(n);
}

bk_text_normalizer *bk_text_normalizer_open(const uint16_t *nfkcFilter, int32_t nfkcFilterLength,
                                            const uint16_t *dashes, int32_t dashesLength,
                                            const uint16_t *waves, int32_t wavesLength,
                                            int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_text_normalizer *n = calloc(1, sizeof *n);
    if (n == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    n->nfkcFilter = uset_openPattern(nfkcFilter, nfkcFilterLength, &ec);
    n->dashes = uset_openPattern(dashes, dashesLength, &ec);
    n->waves = uset_openPattern(waves, wavesLength, &ec);
    /* Unstable = (NFKC may change it or it combines backwards) & filter, plus the rule part's
       characters (a dash NFKC keeps must still reach the rule pass). */
    static const UChar UNSTABLE[] = u"[[:^NFKC_QC=Y:][:^ccc=0:]]";
    n->stable = uset_openPattern(UNSTABLE, -1, &ec);
    if (U_FAILURE(ec)) goto fail;
    uset_retainAll(n->stable, n->nfkcFilter);
    uset_addAll(n->stable, n->dashes);
    uset_addAll(n->stable, n->waves);
    uset_complement(n->stable);
    uset_freeze(n->stable);
    uset_freeze(n->dashes);
    uset_freeze(n->waves);
    uset_freeze(n->nfkcFilter);
    UChar32 firstDash = uset_isEmpty(n->dashes) ? 0x10FFFF : uset_charAt(n->dashes, 0);
    UChar32 firstWave = uset_isEmpty(n->waves) ? 0x10FFFF : uset_charAt(n->waves, 0);
    n->ruleMinimum = firstDash < firstWave ? firstDash : firstWave;
    n->nfkc = unorm2_openFiltered(unorm2_getNFKCInstance(&ec), n->nfkcFilter, &ec);
    if (U_FAILURE(ec)) goto fail;
    *status = ec;
    return n;
fail:
    *status = ec;
    bk_text_normalizer_close(n);
    return NULL;
}

/* MARK: Reference transliterator */

struct bk_transliterator {
    UTransliterator *transliterator; /* RBT parts lock internally */
};

void bk_transliterator_close(bk_transliterator *t) {
    if (t == NULL) return;
    if (t->transliterator) utrans_close(t->transliterator);
    free(t);
}

bk_transliterator *bk_transliterator_open(const uint16_t *rules, int32_t rulesLength,
                                          int32_t *parseLine, int32_t *parseOffset, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    bk_transliterator *t = calloc(1, sizeof *t);
    if (t == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    static const UChar ID[] = {0x42, 0x4B, 0x2D, 0x4E, 0x6F, 0x72, 0x6D, 0}; /* "BK-Norm" */
    t->transliterator = utrans_openU(ID, -1, UTRANS_FORWARD, rules, rulesLength, &pe, &ec);
    if (U_FAILURE(ec)) {
        *parseLine = pe.line;
        *parseOffset = pe.offset;
        *status = ec;
        bk_transliterator_close(t);
        return NULL;
    }
    *status = ec;
    return t;
}

/* A growable UTF-8 output buffer. */
typedef struct { char *bytes; int32_t length, capacity; } bk_buffer;

static int bk_reserve(bk_buffer *b, int32_t extra) {
    if ((int64_t)b->length + extra <= b->capacity) return 1;
    int64_t want = (int64_t)b->capacity * 2;
    if (want < (int64_t)b->length + extra) want = (int64_t)b->length + extra;
    if (want > INT32_MAX) return 0;
    char *grown = realloc(b->bytes, (size_t)want);
    if (grown == NULL) return 0;
    b->bytes = grown;
    b->capacity = (int32_t)want;
    return 1;
}

static int bk_append(bk_buffer *b, const char *bytes, int32_t length) {
    if (!bk_reserve(b, length)) return 0;
    memcpy(b->bytes + b->length, bytes, (size_t)length);
    b->length += length;
    return 1;
}

/* The rule part of the chain, in place on NFKC's output: a dash between two ASCII digits
   becomes '-', a wave dash '~'. The same as the transliterator's `$digit { $dash } $digit > '-'`
   and `[waves] > '~'` (neither rule makes or removes a digit, so the order of replacement does
   not matter), without opening a transliterator: that builds ICU's whole transliterator
   registry, about 140 million instructions, on every process's first call. */
static void bk_apply_rules(const bk_text_normalizer *n, UChar *text, int32_t length) {
    for (int32_t i = 0; i < length; i++) {
        UChar c = text[i];
        if (c < n->ruleMinimum) continue; /* most text: no set can contain it */
        if (uset_contains(n->waves, c)) {
            text[i] = 0x7E;
        } else if (i > 0 && i + 1 < length && text[i - 1] >= 0x30 && text[i - 1] <= 0x39
                   && text[i + 1] >= 0x30 && text[i + 1] <= 0x39 && uset_contains(n->dashes, c)) {
            text[i] = 0x2D;
        }
    }
}

/* Transforms one UTF-16 segment; result in *out (may be `stack` or malloc'd). */
static int32_t bk_transform_segment(const bk_text_normalizer *n, const UChar *text, int32_t length,
                                    UChar *stack, int32_t stackCapacity, UChar **out,
                                    UErrorCode *ec) {
    int32_t capacity = stackCapacity;
    UChar *buffer = stack;
    for (int attempt = 0; attempt < 2; attempt++) {
        int32_t resultLength = unorm2_normalize(n->nfkc, text, length, buffer, capacity, ec);
        if (*ec == U_BUFFER_OVERFLOW_ERROR || (U_SUCCESS(*ec) && resultLength > capacity)) {
            *ec = U_ZERO_ERROR;
            if (buffer != stack) free(buffer);
            int64_t want = (int64_t)(resultLength > length ? resultLength : length) + 16;
            if (want > INT32_MAX) { *ec = U_BUFFER_OVERFLOW_ERROR; return 0; }
            capacity = (int32_t)want;
            buffer = malloc((size_t)capacity * sizeof(UChar));
            if (buffer == NULL) { *ec = U_MEMORY_ALLOCATION_ERROR; return 0; }
            continue;
        }
        if (U_SUCCESS(*ec)) bk_apply_rules(n, buffer, resultLength);
        *out = buffer;
        return U_SUCCESS(*ec) ? resultLength : 0;
    }
    if (buffer != stack) free(buffer);
    *ec = U_INTERNAL_PROGRAM_ERROR;
    return 0;
}

/* Converts, transforms and appends the UTF-8 segment [a, b). */
static int bk_process_segment(const bk_text_normalizer *n, const char *src, int32_t length,
                              bk_buffer *out, UErrorCode *ec) {
    enum { STACK = 512 };
    UChar in16Stack[STACK], out16Stack[STACK * 4];
    UChar *in16 = in16Stack;
    if (length > STACK) {
        in16 = malloc((size_t)length * sizeof(UChar));
        if (in16 == NULL) { *ec = U_MEMORY_ALLOCATION_ERROR; return 0; }
    }
    int32_t length16 = 0;
    u_strFromUTF8(in16, length > STACK ? length : STACK, &length16, src, length, ec);
    UChar *result = NULL;
    int32_t resultLength = U_SUCCESS(*ec)
        ? bk_transform_segment(n, in16, length16, out16Stack, STACK * 4, &result, ec) : 0;
    /* At most 3 UTF-8 bytes per UTF-16 unit; the product is checked by bk_reserve's int64 math. */
    int ok = U_SUCCESS(*ec) && (int64_t)resultLength * 3 <= INT32_MAX && bk_reserve(out, resultLength * 3);
    if (ok) {
        int32_t written = 0;
        u_strToUTF8(out->bytes + out->length, out->capacity - out->length, &written,
                    result, resultLength, ec);
        out->length += written;
        ok = U_SUCCESS(*ec);
    }
    if (result != NULL && result != out16Stack) free(result);
    if (in16 != in16Stack) free(in16);
    return ok;
}

int32_t bk_text_stable_span_utf8(const bk_text_normalizer *n, const char *src, int32_t length) {
    if (length <= 0) return 0;
    return uset_spanUTF8(n->stable, src, length, USET_SPAN_CONTAINED);
}

char *bk_text_normalize_utf8(const bk_text_normalizer *n, const char *src, int32_t length,
                             int32_t *resultLength, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_buffer out = {NULL, 0, 0};
    if (length < 0 || (int64_t)length + length / 8 + 64 > INT32_MAX) { *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    if (!bk_reserve(&out, length + length / 8 + 64)) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    int32_t pos = 0;
    while (pos < length) {
        int32_t s = pos + uset_spanUTF8(n->stable, src + pos, length - pos, USET_SPAN_CONTAINED);
        if (s >= length) {
            if (!bk_append(&out, src + pos, length - pos)) {
                free(out.bytes);
                *status = U_MEMORY_ALLOCATION_ERROR;
                return NULL;
            }
            pos = length;
            break;
        }
        int32_t e = s + uset_spanUTF8(n->stable, src + s, length - s, USET_SPAN_NOT_CONTAINED);
        /* A single stable code point between two unstable runs is context for both
           (e.g. the 5 in 3−5−7): merge, so neither side loses it. */
        while (e < length) {
            int32_t g = e + uset_spanUTF8(n->stable, src + e, length - e, USET_SPAN_CONTAINED);
            int32_t one = e;
            U8_FWD_1(src, one, length);
            if (g < length && g == one) {
                e = g + uset_spanUTF8(n->stable, src + g, length - g, USET_SPAN_NOT_CONTAINED);
            } else {
                break;
            }
        }
        /* One stable code point of context on each side: a starter that may compose
           with what follows, or the digit around a dash. */
        int32_t a = s, b = e;
        if (s > pos) U8_BACK_1((const uint8_t *)src, pos, a);
        if (e < length) U8_FWD_1(src, b, length);
        if (!bk_append(&out, src + pos, a - pos) || !bk_process_segment(n, src + a, b - a, &out, &ec)) {
            if (U_SUCCESS(ec)) ec = U_MEMORY_ALLOCATION_ERROR;
            free(out.bytes);
            *status = ec;
            return NULL;
        }
        pos = b;
    }
    *resultLength = out.length;
    *status = ec;
    return out.bytes;
}

uint16_t *bk_text_transliterate(const bk_transliterator *t, const uint16_t *source, int32_t length,
                                int32_t *resultLength, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    if (length < 0 || (int64_t)length * 4 + 16 > INT32_MAX) { *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    int32_t capacity = length * 4 + 16;
    for (int attempt = 0; attempt < 2; attempt++) {
        UChar *buffer = malloc((size_t)capacity * sizeof(UChar));
        if (buffer == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
        memcpy(buffer, source, (size_t)length * sizeof(UChar));
        int32_t textLength = length, limit = length;
        utrans_transUChars(t->transliterator, buffer, &textLength, capacity, 0, &limit, &ec);
        if (U_SUCCESS(ec) && textLength <= capacity) {
            *resultLength = textLength;
            *status = ec;
            return buffer;
        }
        free(buffer);
        if (U_FAILURE(ec) && ec != U_BUFFER_OVERFLOW_ERROR) break;
        ec = U_ZERO_ERROR;
        capacity = textLength + 16;
    }
    *status = U_FAILURE(ec) ? ec : U_INTERNAL_PROGRAM_ERROR;
    return NULL;
}

/* MARK: Japanese calendar */

struct bk_date_parser {
    UDateFormat *format;
    UCalendar *calendar;
};

void bk_date_parser_close(bk_date_parser *p) {
    if (p == NULL) return;
    if (p->format) udat_close(p->format);
    if (p->calendar) ucal_close(p->calendar);
    free(p);
}

bk_date_parser *bk_date_parser_open(const uint16_t *pattern, int32_t patternLength, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_date_parser *p = calloc(1, sizeof *p);
    if (p == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    p->format = udat_open(UDAT_PATTERN, UDAT_PATTERN, JAPANESE_LOCALE, UTC_ID, -1,
                          pattern, patternLength, &ec);
    p->calendar = ucal_open(UTC_ID, -1, JAPANESE_LOCALE, UCAL_DEFAULT, &ec);
    if (U_FAILURE(ec)) { bk_date_parser_close(p); *status = ec; return NULL; }
    /* udat_parseCalendar fills *our* calendar, so it must be strict too: a lenient calendar
       silently rolls 2月30日 over into March. Strict, ICU rejects impossible fields. */
    udat_setLenient(p->format, 0);
    ucal_setAttribute(p->calendar, UCAL_LENIENT, 0);
    *status = ec;
    return p;
}

bk_date_parser *bk_date_parser_clone(const bk_date_parser *source, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_date_parser *p = calloc(1, sizeof *p);
    if (p == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    p->format = udat_clone(source->format, &ec);
    p->calendar = ucal_clone(source->calendar, &ec);
    if (U_FAILURE(ec)) { bk_date_parser_close(p); *status = ec; return NULL; }
    *status = ec;
    return p;
}

int32_t bk_date_parse(bk_date_parser *p, const uint16_t *text, int32_t textLength,
                      bk_date_fields *fields, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t position = 0;
    /* Missing fields default to 1 January; era and year are then recomputed from the
       resulting instant, so callers must not trust `era` for year-only patterns. */
    ucal_clear(p->calendar);
    udat_parseCalendar(p->format, p->calendar, text, textLength, &position, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    fields->era = ucal_get(p->calendar, UCAL_ERA, &ec);
    fields->year = ucal_get(p->calendar, UCAL_YEAR, &ec);
    fields->extendedYear = ucal_get(p->calendar, UCAL_EXTENDED_YEAR, &ec);
    fields->month = ucal_get(p->calendar, UCAL_MONTH, &ec) + 1;
    *status = ec;
    return U_SUCCESS(ec) ? position : 0;
}

int32_t bk_japanese_era_start_year(int32_t era, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(UTC_ID, -1, JAPANESE_LOCALE, UCAL_DEFAULT, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    ucal_clear(cal);
    ucal_set(cal, UCAL_ERA, era);
    ucal_set(cal, UCAL_YEAR, 1);
    int32_t year = ucal_get(cal, UCAL_EXTENDED_YEAR, &ec);
    ucal_close(cal);
    *status = ec;
    return year;
}

int32_t bk_japanese_era_max(int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(UTC_ID, -1, JAPANESE_LOCALE, UCAL_DEFAULT, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    int32_t max = ucal_getLimit(cal, UCAL_ERA, UCAL_MAXIMUM, &ec);
    ucal_close(cal);
    *status = ec;
    return max;
}

int32_t bk_date_parser_format_era(const bk_date_parser *p, int32_t era,
                                  uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UCalendar *cal = ucal_clone(p->calendar, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    ucal_clear(cal);
    ucal_set(cal, UCAL_ERA, era);
    ucal_set(cal, UCAL_YEAR, 2);
    int32_t n = udat_formatCalendar(p->format, cal, buffer, capacity, NULL, &ec);
    ucal_close(cal);
    *status = ec;
    return n;
}

/* MARK: Spell-out */

struct bk_spellout { UNumberFormat *format; };

void bk_spellout_close(bk_spellout *s) {
    if (s == NULL) return;
    if (s->format) unum_close(s->format);
    free(s);
}

bk_spellout *bk_spellout_open(const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_spellout *s = calloc(1, sizeof *s);
    if (s == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    s->format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &ec);
    if (U_FAILURE(ec)) { bk_spellout_close(s); *status = ec; return NULL; }
    *status = ec;
    return s;
}

bk_spellout *bk_spellout_clone(const bk_spellout *source, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    bk_spellout *s = calloc(1, sizeof *s);
    if (s == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    s->format = unum_clone(source->format, &ec);
    if (U_FAILURE(ec)) { bk_spellout_close(s); *status = ec; return NULL; }
    *status = ec;
    return s;
}

double bk_spellout_parse(bk_spellout *s, const uint16_t *text, int32_t textLength,
                         int32_t *parsedLength, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t position = 0;
    double value = unum_parseDouble(s->format, text, textLength, &position, &ec);
    *parsedLength = U_SUCCESS(ec) ? position : 0;
    *status = ec;
    return value;
}
