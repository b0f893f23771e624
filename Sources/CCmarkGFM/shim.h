#ifndef ECOMAP_CCMARKGFM_SHIM_H
#define ECOMAP_CCMARKGFM_SHIM_H
// cmark-gfm, GitHub's CommonMark parser (Debian's libcmark-gfm-dev and
// libcmark-gfm-extensions-dev), for EcomapReport's Markdown: the parser and
// the GFM extensions (tables, autolinks, strikethrough, the tag filter).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#endif
