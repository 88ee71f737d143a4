package org.bordersim.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void latinHypercubePutsExactlyOnePointInEveryStratumOfEveryParameter() {
        int n = 37;
        LatinHypercubeDesign design = new LatinHypercubeDesign(n, 5, 2024);
        for (int i = 0; i < 5; i++) {
            boolean[] seen = new boolean[n];
            for (int p = 0; p < n; p++) {
                double u = design.position(p, i);
                assertTrue(u >= 0 && u < 1);
                int stratum = (int) Math.floor(u * n);
                assertTrue(!seen[stratum], "stratum " + stratum + " of parameter " + i + " used twice");
                seen[stratum] = true;
            }
        }
        // Parameters are permuted independently, not copies of each other.
        int same = 0;
        for (int p = 0; p < n; p++) if ((int) (design.position(p, 0) * n) == (int) (design.position(p, 1) * n)) same++;
        assertTrue(same < n / 2);
    }

    @Test
    void latinHypercubeIsReproducibleFromItsSeed() {
        assertEquals(new LatinHypercubeDesign(10, 3, 7).position(4, 2), new LatinHypercubeDesign(10, 3, 7).position(4, 2));
        assertNotEquals(new LatinHypercubeDesign(10, 3, 7).position(4, 2), new LatinHypercubeDesign(10, 3, 8).position(4, 2));
    }

    @Test
    void factorialVisitsEveryCombinationOnce() {
        SweepParameter staffing = new SweepParameter("staffing", "/a", List.of(IntNode.valueOf(4), IntNode.valueOf(6)), 0, 0, null, false);
        SweepParameter turnover = new SweepParameter("turnover", "/b", null, 0.1, 0.9, 5, false);
        SweepParameter mode = new SweepParameter("mode", "/c", List.of(TextNode.valueOf("x"), TextNode.valueOf("y"), TextNode.valueOf("z")), 0, 0, null, false);
        List<SweepParameter> ps = List.of(staffing, turnover, mode);
        FactorialDesign design = new FactorialDesign(ps);
        assertEquals(2 * 5 * 3, design.points());
        Set<String> combos = new HashSet<>();
        for (int p = 0; p < design.points(); p++) combos.add(List.of(design.values(ps, p)).toString());
        assertEquals(30, combos.size());
        assertEquals(0.1, design.values(ps, 0)[1].asDouble(), 1e-12);
        assertEquals(0.9, design.values(ps, 29)[1].asDouble(), 1e-12);
        assertEquals("z", design.values(ps, 2)[2].asText(), "last parameter varies fastest");
    }

    @Test
    void integerRangesRoundAndDropRepeatedLevels() {
        SweepParameter p = new SweepParameter("staff", "/a", null, 1, 3, 5, true);
        assertEquals("[1, 2, 3]", p.grid().toString());
    }

    @Test
    void factorialLevelsOfARangeAreTheDecimalsAUserWouldWrite() {
        // 0.3 + (1.0 - 0.3) / 2 in doubles is 0.6499999999999999, which reports then show as a level.
        assertEquals("[0.3, 0.65, 1.0]", new SweepParameter("turnover", "/a", null, 0.3, 1.0, 3, false).grid().toString());
        assertEquals("[0.05, 0.1, 0.15, 0.2]", new SweepParameter("t", "/a", null, 0.05, 0.2, 4, false).grid().toString());
    }

    @Test
    void saltelliMatricesShareColumnsAsTheEstimatorsRequire() {
        SaltelliDesign d = new SaltelliDesign(16, 3);
        assertEquals(16 * 5, d.points());
        int sameRows = 0;
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 3; i++) {
                for (int c = 0; c < 3; c++) {
                    int from = c == i ? d.pointB(j) : d.pointA(j);
                    assertEquals(d.position(from, c), d.position(d.pointAB(j, i), c));
                }
            }
            if (d.position(d.pointA(j), 0) == d.position(d.pointB(j), 0)) sameRows++;
        }
        assertTrue(sameRows <= 2, "A and B are different samples, rows equal in column 0: " + sameRows);
    }
}
