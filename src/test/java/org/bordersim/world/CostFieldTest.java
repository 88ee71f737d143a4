package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * docs/ODD.md §8: route choice equals the shortest path of a hand-computed grid, and raising
 * risk on that path moves the route to the next-cheapest one.
 *
 * <pre>
 *   x: 0 1 2 3 4
 *   y0 = = = = =      road, 0.1 h per cell
 *   y1 = # . # =      origin (0,1), destination (4,1); '.' plain 0.5 h; '#' impassable
 *   y2 . . . . .      plain
 * </pre>
 * Cheapest: up to the road, along it, down: (0,0) (1,0) (2,0) (3,0) (4,0) (4,1) = 6 x 0.1 = 0.6 h
 * (the diagonals (0,1)-(1,0) and (3,0)-(4,1) would squeeze past a '#' corner, so are not allowed).
 * With 10 units of risk on (2,0) and risk aversion 1, that route costs 10.6; the next-cheapest is
 * along the bottom: (0,2) (1,2) (2,2) (3,2) (4,2) (4,1) = 5 x 0.5 + 0.1 = 2.6 h.
 */
class CostFieldTest {
    private final World world = TestScenarios.prepare(TestScenarios.resource("valid/hand-grid.json")).world();

    private int cell(int x, int y) {
        return y * world.width() + x;
    }

    private List<String> route(CostField field, int from) {
        List<String> cells = new ArrayList<>();
        int c = from;
        while (!field.isDestination(c)) {
            c = field.next(c);
            cells.add("(" + c % world.width() + "," + c / world.width() + ")");
        }
        return cells;
    }

    /** The group's field with {@code risk} on one cell, weighted by {@code aversion}. */
    private CostField field(int riskyCell, double risk, double aversion) {
        CostField field = new CostField(world, world.destinations(0), new CellHeap(world.cells()));
        RememberedRisk memory = new RememberedRisk(world.width(), world.height());
        memory.add(riskyCell, risk);
        field.compute(memory, 0, aversion);
        return field;
    }

    @Test
    void followsTheHandComputedShortestPath() {
        CostField field = field(cell(2, 0), 0, 1);
        assertEquals(List.of("(0,0)", "(1,0)", "(2,0)", "(3,0)", "(4,0)", "(4,1)"), route(field, cell(0, 1)));
        assertEquals(0.6, field.cost(cell(0, 1)), 1e-9);
    }

    @Test
    void riskOnThePathMovesTheRouteToTheNextCheapest() {
        CostField field = field(cell(2, 0), 10, 1);
        assertEquals(List.of("(0,2)", "(1,2)", "(2,2)", "(3,2)", "(4,2)", "(4,1)"), route(field, cell(0, 1)));
        assertEquals(2.6, field.cost(cell(0, 1)), 1e-9);
    }

    @Test
    void riskAversionZeroIgnoresRisk() {
        CostField field = field(cell(2, 0), 10, 0);
        assertEquals(0.6, field.cost(cell(0, 1)), 1e-9);
    }

    @Test
    void impassableCellsAreUnreachable() {
        CostField field = field(cell(2, 0), 0, 1);
        assertEquals(Double.POSITIVE_INFINITY, field.cost(cell(1, 1)));
        assertEquals(-1, field.next(cell(1, 1)));
    }
}
