package org.bordersim.world;

import java.util.Locale;
import org.bordersim.scenario.TerrainTable;
import org.bordersim.scenario.TerrainType;

/** Cell terrain. A crossing post (BCP) is a road cell with a flag, not a terrain of its own. */
public enum Terrain {
    PLAIN('.'), ROAD('='), MOUNTAIN('^'), RIVER('~'), FOREST('f'), DESERT('d'), SETTLEMENT('s'), IMPASSABLE('#');

    private final char symbol;

    Terrain(char symbol) {
        this.symbol = symbol;
    }

    /** Character of the default ASCII legend. */
    char symbol() {
        return symbol;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean passable() {
        return this != IMPASSABLE;
    }

    /** This terrain's row of the scenario's table; null for impassable. */
    public TerrainType in(TerrainTable table) {
        return switch (this) {
            case PLAIN -> table.plain();
            case ROAD -> table.road();
            case MOUNTAIN -> table.mountain();
            case RIVER -> table.river();
            case FOREST -> table.forest();
            case DESERT -> table.desert();
            case SETTLEMENT -> table.settlement();
            case IMPASSABLE -> null;
        };
    }

    static final Terrain[] VALUES = values();
}
