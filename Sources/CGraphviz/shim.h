#ifndef ECOMAP_CGRAPHVIZ_SHIM_H
#define ECOMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Agdirected is a mutable C global; reading it from Swift 6 is flagged as a
   data race. This reads it in C, under the renderer's lock. */
static inline Agraph_t *ecomap_open_digraph(char *name) {
    return agopen(name, Agdirected, NULL);
}
#endif
