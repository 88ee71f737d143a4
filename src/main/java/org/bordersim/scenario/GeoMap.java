package org.bordersim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A map from geography (docs/SCENARIOS.md, "Maps from geography"): a longitude/latitude box cut into cells, countries
 * from polygons, terrain from an elevation grid and from layers, and named crossings. File names are relative to the
 * top scenario file once loaded ({@link GeoPaths}).
 */
public record GeoMap(Box box, String attribution, Countries countries, String ground, Elevation elevation, List<Layer> layers,
                     List<Crossing> crossings) {
    public GeoMap {
        layers = List.copyOf(layers);
        crossings = List.copyOf(crossings);
    }

    /** Mean Earth radius (IUGG), km: one degree of latitude is 111.195 km on it. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    public static final double KM_PER_DEGREE = EARTH_RADIUS_KM * Math.PI / 180;

    /**
     * The extent in degrees. The grid is an equirectangular projection true at the box's middle latitude: a column is
     * cellKm of longitude there, a row cellKm of latitude everywhere.
     */
    public record Box(double west, double south, double east, double north) {
        /** The latitude at which east-west distances are true. */
        public double standardParallel() {
            return (south + north) / 2;
        }

        public double kmPerDegreeEast() {
            return KM_PER_DEGREE * Math.cos(Math.toRadians(standardParallel()));
        }

        public int columns(double cellKm) {
            return (int) Math.ceil((east - west) * kmPerDegreeEast() / cellKm - 1e-9);
        }

        public int rows(double cellKm) {
            return (int) Math.ceil((north - south) * KM_PER_DEGREE / cellKm - 1e-9);
        }

        /**
         * The largest relative error of an east-west distance anywhere in the box: at latitude phi, a degree of longitude
         * is cos(phi) / cos(standard parallel) of what the grid takes it to be; the worst is at the north or south edge.
         */
        public double largestScaleError() {
            double at = Math.cos(Math.toRadians(standardParallel()));
            return Math.max(Math.abs(Math.cos(Math.toRadians(north)) / at - 1), Math.abs(Math.cos(Math.toRadians(south)) / at - 1));
        }
    }

    public record Countries(String file, String idProperty, List<String> only, String about) {
        public Countries {
            only = List.copyOf(only);
        }
    }

    public record Elevation(String file, List<ElevationRule> rules, String about) {
        public Elevation {
            rules = List.copyOf(rules);
        }
    }

    /** Bounds left null do not apply. */
    public record ElevationRule(String terrain, Double minElevationM, Double maxElevationM, Double minSlopePercent) {
        public boolean holds(double elevationM, double slopePercent) {
            return (minElevationM == null || elevationM >= minElevationM)
                    && (maxElevationM == null || elevationM < maxElevationM)
                    && (minSlopePercent == null || slopePercent >= minSlopePercent);
        }
    }

    /** Exactly one of {@code file} and {@code polygon} is given. */
    public record Layer(String name, String terrain, String file, List<List<Double>> polygon, Map<String, Object> where,
                        Map<String, Double> atLeast, double radiusKm, String about) {
        public Layer {
            polygon = polygon == null ? null : polygon.stream().map(List::copyOf).toList();
            where = Map.copyOf(where);
            atLeast = Map.copyOf(atLeast);
        }
    }

    public record Crossing(String name, double lon, double lat, List<String> countries, double snapKm, String about) {
        public Crossing {
            countries = List.copyOf(countries);
        }
    }
}
