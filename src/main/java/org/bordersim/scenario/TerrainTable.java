package org.bordersim.scenario;

/** Travel time and visibility of every passable terrain type. */
public record TerrainTable(
        TerrainType plain,
        TerrainType road,
        TerrainType mountain,
        TerrainType river,
        TerrainType forest,
        TerrainType desert,
        TerrainType settlement) {
}
