#ifndef ECOMAP_CGRAPHVIZ_SHIM_H
#define ECOMAP_CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Object IDs in creation order.

   cgraph's default ID discipline uses the address of an object's interned
   name as its ID, and keeps subgraphs in ID order: clusters were then drawn
   (and laid out) in an order that changed from run to run with the heap.
   This discipline hands out IDs from a counter instead and leaves names to
   cgraph's internal name map, which it uses for any discipline that does not
   map names itself. */

static void *ecomap_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g;
    (void)disc;
    IDTYPE *next = (IDTYPE *)malloc(sizeof(IDTYPE));
    if (next) *next = 1;
    return next;
}

static long ecomap_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    (void)createflag;
    IDTYPE *next = (IDTYPE *)state;
    if (str || !next) return 0; /* names: cgraph's internal map */
    *id = *next;
    *next += 2;
    return 1;
}

static long ecomap_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state;
    (void)objtype;
    (void)request;
    return 0;
}

static void ecomap_id_free(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
}

static char *ecomap_id_print(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return NULL;
}

static void ecomap_id_close(void *state) { free(state); }

static void ecomap_id_register(void *state, int objtype, void *obj) {
    (void)state;
    (void)objtype;
    (void)obj;
}

static Agiddisc_t ecomap_id_disc = {
    ecomap_id_open, ecomap_id_map, ecomap_id_alloc, ecomap_id_free,
    ecomap_id_print, ecomap_id_close, ecomap_id_register,
};

/* Opens a directed graph with ecomap's ID discipline. Written in C because
   Agdirected and the default disciplines are mutable C globals, which Swift 6
   flags as data races; they are read here, under the renderer's lock. */
static inline Agraph_t *ecomap_open_digraph(char *name) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &ecomap_id_disc;
    disc.io = &AgIoDisc;
    return agopen(name, Agdirected, &disc);
}
#endif
