#ifndef CICUSHIM_H
#define CICUSHIM_H
/// A narrow C interface over ICU. Only <stdint.h> types cross it, so Swift
/// never sees ICU's headers (which clash with Foundation's private ICU copy).
#include <stdint.h>

/// ICU's version string (e.g. "72.1") written into `buffer`; returns its length.
int32_t bk_icu_version(char *buffer, int32_t capacity);

#endif
