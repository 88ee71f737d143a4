package org.bordersim.world;

/**
 * Where a BLO sits: its post cell (a BCP, or an inland checkpoint), its crossing point (-1 for an inland
 * checkpoint), its country, and its patrol sector (the green-border cells of its country near the post, ordered north
 * to south, then west to east).
 */
public record BloSite(int postCell, int crossingPoint, int country, int[] sectorCells) {
}
