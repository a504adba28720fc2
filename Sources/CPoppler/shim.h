#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
#include <poppler.h>
/* poppler-glib draws pages into cairo; `inspect` draws its overlay over them and writes PNG or SVG. */
#include <cairo.h>
#include <cairo-svg.h>
#endif
