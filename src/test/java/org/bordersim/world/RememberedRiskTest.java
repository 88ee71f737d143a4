package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sparse memory reads, remembers and fades exactly as a dense array of risks per cell would. */
class RememberedRiskTest {
    @ParameterizedTest(name = "stored as a plain array: {0}")
    @ValueSource(booleans = {false, true})
    void behavesAsADenseArrayUnderRandomLossesAndFading(boolean plainArray) {
        int n = 5_000;
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        // 100 x 50 cells: losses along a row cross tiles of 32 x 32.
        RememberedRisk sparse = new RememberedRisk(100, 50, plainArray);
        double[] dense = new double[n];
        List<Integer> order = new ArrayList<>();
        int forgotten = 0;
        int largest = 0;
        for (int step = 0; step < 400; step++) {
            if (random.nextDouble() < 0.7) {
                // A loss: risk added around a cell (some cells hit again while still remembered).
                int centre = random.nextInt(n);
                for (int c = Math.max(0, centre - 20); c < Math.min(n, centre + 20); c++) {
                    double amount = 0.01 + 0.5 * random.nextDouble();
                    if (dense[c] == 0) order.add(c);
                    dense[c] += amount;
                    sparse.add(c, amount);
                }
            } else {
                RiskChanges changes = new RiskChanges(Integer.MAX_VALUE);
                changes.clear();
                List<Integer> visited = new ArrayList<>(order);
                sparse.fade(0.7, 1e-3, changes);
                List<Integer> kept = new ArrayList<>();
                for (int c : order) {
                    double v = dense[c] * 0.7;
                    dense[c] = v < 1e-3 ? 0 : v;
                    if (dense[c] != 0) kept.add(c); else forgotten++;
                }
                order = kept;
                assertEquals(visited.size(), changes.loweredCount(), "every remembered cell is told as lowered");
                for (int i = 0; i < visited.size(); i++) assertEquals((int) visited.get(i), changes.loweredCell(i));
            }
            largest = Math.max(largest, order.size());
            for (int c = 0; c < n; c++) {
                assertEquals(Double.doubleToRawLongBits(dense[c]), Double.doubleToRawLongBits(sparse.at(c)), "step " + step + ", cell " + c);
            }
            assertEquals(order.size(), sparse.count());
            for (int i = 0; i < order.size(); i++) assertEquals((int) order.get(i), sparse.cell(i), "order of remembering");
            assertEquals(order.isEmpty(), sparse.isEmpty());
        }
        assertTrue(forgotten > 1_000 && largest > 500, "the sequence both forgets cells and grows the table: " + forgotten + ", " + largest);
    }
}
