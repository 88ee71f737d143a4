package org.bordersim.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946: longitude, latitude) into JTS geometries with their properties. Jackson
 * parses, JTS holds the geometry; problems name the file and the JSON pointer of the feature.
 */
final class GeoJson {
    /** A feature: its geometry in degrees and its properties (an empty object when it has none). */
    record Feature(Geometry geometry, JsonNode properties) {
    }

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonNode NO_PROPERTIES = Json.STRICT.createObjectNode();

    private GeoJson() {
    }

    static List<Feature> read(Path path, String shown) throws InputException {
        ObjectNode doc = JsonFiles.readObject(path, shown);
        JsonNode features = doc.get("features");
        if (!"FeatureCollection".equals(doc.path("type").asText()) || features == null || !features.isArray()) {
            throw new InputException(new Problem(shown, "", "expected a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\" "
                    + "with a \"features\" array)"));
        }
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String at = "/features/" + i;
            JsonNode geometry = f.get("geometry");
            if (geometry == null || geometry.isNull()) continue; // RFC 7946 allows unlocated features; they paint nothing
            JsonNode properties = f.path("properties");
            out.add(new Feature(geometry(shown, at + "/geometry", geometry), properties.isObject() ? properties : NO_PROPERTIES));
        }
        return out;
    }

    private static Geometry geometry(String shown, String at, JsonNode g) throws InputException {
        String type = g.path("type").asText();
        JsonNode c = g.get("coordinates");
        if (!type.equals("GeometryCollection") && (c == null || !c.isArray())) {
            throw new InputException(new Problem(shown, at, "expected a \"coordinates\" array"));
        }
        return switch (type) {
            case "Point" -> FACTORY.createPoint(coordinate(shown, at + "/coordinates", c));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coordinates(shown, at + "/coordinates", c, 1));
            case "LineString" -> FACTORY.createLineString(coordinates(shown, at + "/coordinates", c, 2));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    lines[i] = FACTORY.createLineString(coordinates(shown, at + "/coordinates/" + i, c.get(i), 2));
                }
                yield FACTORY.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(shown, at + "/coordinates", c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < c.size(); i++) parts[i] = polygon(shown, at + "/coordinates/" + i, c.get(i));
                yield FACTORY.createMultiPolygon(parts);
            }
            case "GeometryCollection" -> {
                JsonNode members = g.path("geometries");
                Geometry[] parts = new Geometry[members.size()];
                for (int i = 0; i < members.size(); i++) parts[i] = geometry(shown, at + "/geometries/" + i, members.get(i));
                yield FACTORY.createGeometryCollection(parts);
            }
            default -> throw new InputException(new Problem(shown, at + "/type", "expected a GeoJSON geometry type (Point, "
                    + "MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection), found '" + type + "'"));
        };
    }

    /** Builds a polygon from its rings; also used for a ring written in the scenario. */
    static Polygon polygon(String shown, String at, JsonNode rings) throws InputException {
        if (!rings.isArray() || rings.isEmpty()) throw new InputException(new Problem(shown, at, "expected an array of rings"));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(shown, at + "/" + i, rings.get(i));
        return FACTORY.createPolygon(ring(shown, at + "/0", rings.get(0)), holes);
    }

    private static LinearRing ring(String shown, String at, JsonNode ring) throws InputException {
        Coordinate[] points = coordinates(shown, at, ring, 4);
        if (!points[0].equals2D(points[points.length - 1])) {
            throw new InputException(new Problem(shown, at, "a ring must end where it starts"));
        }
        return FACTORY.createLinearRing(points);
    }

    private static Coordinate[] coordinates(String shown, String at, JsonNode list, int least) throws InputException {
        if (!list.isArray() || list.size() < least) {
            throw new InputException(new Problem(shown, at, "expected an array of at least " + least + " positions"));
        }
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < list.size(); i++) out[i] = coordinate(shown, at + "/" + i, list.get(i));
        return out;
    }

    private static Coordinate coordinate(String shown, String at, JsonNode p) throws InputException {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new InputException(new Problem(shown, at, "expected a position [longitude, latitude]"));
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new InputException(new Problem(shown, at, "expected longitude -180..180 and latitude -90..90, found ["
                    + lon + ", " + lat + "] (GeoJSON puts longitude first)"));
        }
        return new Coordinate(lon, lat);
    }
}
