#ifndef CICUSHIM_H
#define CICUSHIM_H
/// A narrow C interface over ICU. Only <stdint.h> types cross it, so Swift
/// never sees ICU's headers (which clash with Foundation's private ICU copy).
/// Strings are UTF-16 as `uint16_t` (ICU's UChar) or UTF-8 as `char`;
/// `status` is ICU's UErrorCode as `int32_t` (> 0 is failure, <= 0 success).
#include <stdint.h>

/// ICU's version string (e.g. "72.1") written into `buffer`; returns its length.
int32_t bk_icu_version(char *buffer, int32_t capacity);

/// The name of an ICU error code ("U_ILLEGAL_ARGUMENT_ERROR"), a static string.
const char *bk_icu_error_name(int32_t status);

/// Frees memory returned by this shim.
void bk_free(void *pointer);

// MARK: Text normaliser (filtered NFKC + frozen sets + the dash and wave rules)

/// Opaque text normaliser; immutable after open, safe to share across threads.
typedef struct bk_text_normalizer bk_text_normalizer;

/// Opens a normaliser: NFKC on `nfkcFilter`'s characters, then `dashes` between two ASCII
/// digits become `-` and `waves` become `~` (UnicodeSet patterns). It gives what the
/// transliterator of the same chain gives (tests compare the two) without opening one.
bk_text_normalizer *bk_text_normalizer_open(const uint16_t *nfkcFilter, int32_t nfkcFilterLength,
                                            const uint16_t *dashes, int32_t dashesLength,
                                            const uint16_t *waves, int32_t wavesLength,
                                            int32_t *status);
void bk_text_normalizer_close(bk_text_normalizer *normalizer);

/// How many leading bytes of UTF-8 `source` the chain leaves unchanged, whatever follows
/// them: the whole length for a text that needs no normalising.
int32_t bk_text_stable_span_utf8(const bk_text_normalizer *normalizer,
                                 const char *source, int32_t sourceLength);

/// Normalises UTF-8 text, skipping runs that the chain leaves unchanged.
/// Returns a malloc'd UTF-8 buffer (free with `bk_free`) and its length.
char *bk_text_normalize_utf8(const bk_text_normalizer *normalizer,
                             const char *source, int32_t sourceLength,
                             int32_t *resultLength, int32_t *status);

// MARK: Reference transliterator (the chain as ICU transform rules)

/// Opaque transliterator; safe to share (ICU locks rule-based parts internally).
typedef struct bk_transliterator bk_transliterator;

/// Opens the transliterator of `rules`; on a syntax error `parseLine`/`parseOffset` locate it.
bk_transliterator *bk_transliterator_open(const uint16_t *rules, int32_t rulesLength,
                                          int32_t *parseLine, int32_t *parseOffset, int32_t *status);
void bk_transliterator_close(bk_transliterator *transliterator);

/// Runs the whole text through the transliterator chain (slow reference path).
/// Returns a malloc'd UTF-16 buffer (free with `bk_free`) and its length.
uint16_t *bk_text_transliterate(const bk_transliterator *transliterator,
                                const uint16_t *source, int32_t sourceLength,
                                int32_t *resultLength, int32_t *status);

// MARK: Japanese calendar date parsing

/// Opaque date parser (UDateFormat in ja_JP@calendar=japanese + a UCalendar).
/// NOT thread-safe: parsing mutates the calendar; clone one per concurrent user.
typedef struct bk_date_parser bk_date_parser;

/// Fields of a parsed Japanese date. `month` is 1-based, 0 when absent.
typedef struct bk_date_fields {
    int32_t era;           ///< ICU era index (232 明治 … 236 令和)
    int32_t year;          ///< year within the era
    int32_t extendedYear;  ///< Gregorian year
    int32_t month;         ///< 1...12, 0 when the pattern has no month
} bk_date_fields;

bk_date_parser *bk_date_parser_open(const uint16_t *pattern, int32_t patternLength, int32_t *status);
bk_date_parser *bk_date_parser_clone(const bk_date_parser *parser, int32_t *status);
void bk_date_parser_close(bk_date_parser *parser);

/// Parses `text` from offset 0; returns the parsed length (0 on failure).
int32_t bk_date_parse(bk_date_parser *parser, const uint16_t *text, int32_t textLength,
                      bk_date_fields *fields, int32_t *status);

/// The Gregorian year in which Japanese-calendar era `era` begins.
int32_t bk_japanese_era_start_year(int32_t era, int32_t *status);
/// The largest era index ICU knows (236 for 令和 in ICU 72).
int32_t bk_japanese_era_max(int32_t *status);
/// Formats a date inside era `era` (1 January of its year 2) with the parser's
/// pattern: with pattern "G" this is the era's name (平成), with "GGGGG" its letter (H).
int32_t bk_date_parser_format_era(const bk_date_parser *parser, int32_t era,
                                  uint16_t *buffer, int32_t capacity, int32_t *status);

// MARK: Rule-based spell-out numbers

/// Opaque RBNF spell-out parser. NOT thread-safe to share; clone per user.
typedef struct bk_spellout bk_spellout;

bk_spellout *bk_spellout_open(const char *locale, int32_t *status);
bk_spellout *bk_spellout_clone(const bk_spellout *spellout, int32_t *status);
void bk_spellout_close(bk_spellout *spellout);

/// Parses a spelled-out number; `*parsedLength` is how much of `text` it read.
double bk_spellout_parse(bk_spellout *spellout, const uint16_t *text, int32_t textLength,
                         int32_t *parsedLength, int32_t *status);

#endif
