package org.bordersim.geo;

import java.util.List;
import java.util.Map;

/**
 * A map from geography, rasterised: row-major cells (index = y * width + x, y = 0 the north edge) with a terrain
 * name (by index into {@code terrainNames}, the scenario's terrain words), a country (by index into
 * {@code countryIds}), and the crossing posts, each with its crossing's name.
 *
 * {@link GeoRasteriser#OUTSIDE} is the country of cells in no kept country (impassable).
 *
 * @param posts post cell -> crossing name, in cell order
 */
public record GeoGrid(int width, int height, byte[] terrain, List<String> terrainNames, int[] country,
                      List<String> countryIds, Map<Integer, String> posts) {
}
