/**
 * Maps from geography: reads GeoJSON layers and ESRI ASCII elevation grids, projects a longitude/latitude box onto
 * square cells, and rasterises countries, terrain and named crossings into a {@link org.bordersim.geo.GeoGrid} that the
 * world package turns into its grid (docs/SCENARIOS.md, "Maps from geography").
 */
package org.bordersim.geo;
