package org.bordersim.geo;

import org.bordersim.scenario.GeoMap;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The grid's projection: equirectangular, true at the box's middle latitude. Grid coordinates are in cells, x east from
 * the box's west edge and y south from its north edge, so cell (x, y) spans [x, x + 1) x [y, y + 1) and its centre is
 * (x + 0.5, y + 0.5). A degree of latitude is {@link GeoMap#KM_PER_DEGREE} everywhere; a degree of longitude is that
 * times cos(middle latitude), which errs by {@link GeoMap.Box#largestScaleError()} at the box's far edge.
 */
public final class GeoProjection {
    private final GeoMap.Box box;
    private final double cellsPerDegreeEast;
    private final double cellsPerDegreeNorth;
    private final int columns;
    private final int rows;

    public GeoProjection(GeoMap.Box box, double cellKm) {
        this.box = box;
        this.cellsPerDegreeEast = box.kmPerDegreeEast() / cellKm;
        this.cellsPerDegreeNorth = GeoMap.KM_PER_DEGREE / cellKm;
        this.columns = box.columns(cellKm);
        this.rows = box.rows(cellKm);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double x(double lon) {
        return (lon - box.west()) * cellsPerDegreeEast;
    }

    public double y(double lat) {
        return (box.north() - lat) * cellsPerDegreeNorth;
    }

    /** Longitude of a grid x (a cell's centre is x + 0.5). */
    public double lon(double x) {
        return box.west() + x / cellsPerDegreeEast;
    }

    public double lat(double y) {
        return box.north() - y / cellsPerDegreeNorth;
    }

    /** The same mapping as a JTS transformation, for whole geometries. */
    AffineTransformation toGrid() {
        return new AffineTransformation(cellsPerDegreeEast, 0, -box.west() * cellsPerDegreeEast,
                0, -cellsPerDegreeNorth, box.north() * cellsPerDegreeNorth);
    }
}
