// John Boyer's edge-addition planarity library (Debian's libplanarity-dev),
// which ships no pkg-config file. Its graph structure is read through C
// macros that Swift can't call, so two small functions here do the work and
// hand back plain arrays. Vertices are numbered from 0 on this side.
#ifndef ECOMAP_CPLANARITY_SHIM_H
#define ECOMAP_CPLANARITY_SHIM_H

#include <planarity/graph.h>
#include <planarity/graphDrawPlanar.h>
#include <planarity/graphDrawPlanar.private.h>

extern int DRAWPLANAR_ID;

/// Embeds the graph of `n` vertices and `m` edges (`ends[2k]`, `ends[2k+1]`,
/// a simple graph: no loops, no pair twice). Returns 1 when it is planar, 0
/// when it is not, -1 on failure. When planar and `rotation` is given, each
/// vertex's neighbours in the order round it of one planar embedding are
/// written there (`2m` entries, vertex by vertex, `degree[v]` each). When
/// `rows` is given too, a visibility representation: each vertex a horizontal
/// segment (row `rows[v]`, columns `vstart[v]` to `vend[v]`), each edge a
/// vertical one (column `cols[k]`).
static inline int ecomap_planarity_embed(int n, int m, const int *ends, int *rotation, int *degree,
                                         int *rows, int *vstart, int *vend, int *cols) {
    if (n <= 0) return 1;
    graphP g = gp_New();
    if (g == NULL) return -1;
    if (gp_EnsureArcCapacity(g, 2 * m + 2) != OK || gp_InitGraph(g, n) != OK) { gp_Free(&g); return -1; }
    int draw = rows != NULL;
    if (draw && gp_AttachDrawPlanar(g) != OK) { gp_Free(&g); return -1; }
    int first = gp_GetFirstVertex(g);
    for (int k = 0; k < m; k++) {
        if (gp_AddEdge(g, ends[2 * k] + first, 0, ends[2 * k + 1] + first, 0) != OK) { gp_Free(&g); return -1; }
    }
    int result = gp_Embed(g, draw ? EMBEDFLAGS_DRAWPLANAR : EMBEDFLAGS_PLANAR);
    if (result != OK) { gp_Free(&g); return result == NONEMBEDDABLE ? 0 : -1; }
    if (gp_SortVertices(g) != OK) { gp_Free(&g); return -1; }
    if (rotation != NULL && degree != NULL) {
        int at = 0;
        for (int v = 0; v < n; v++) {
            int count = 0;
            int e = gp_GetFirstArc(g, v + first);
            while (gp_IsArc(e)) {
                if (at >= 2 * m) { gp_Free(&g); return -1; }
                rotation[at++] = gp_GetNeighbor(g, e) - first;
                count++;
                e = gp_GetNextArc(g, e);
            }
            degree[v] = count;
        }
    }
    if (draw) {
        DrawPlanarContext *context = NULL;
        gp_FindExtension(g, DRAWPLANAR_ID, (void *)&context);
        if (context == NULL) { gp_Free(&g); return -1; }
        for (int v = 0; v < n; v++) {
            rows[v] = context->VI[v + first].pos;
            vstart[v] = context->VI[v + first].start;
            vend[v] = context->VI[v + first].end;
        }
        for (int k = 0; k < m; k++) {
            int e = gp_GetNeighborEdgeRecord(g, ends[2 * k] + first, ends[2 * k + 1] + first);
            cols[k] = gp_IsArc(e) ? context->E[e].pos : -1;
        }
    }
    gp_Free(&g);
    return 1;
}

#endif
