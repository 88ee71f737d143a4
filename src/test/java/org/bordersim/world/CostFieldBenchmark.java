package org.bordersim.world;

import java.nio.file.Path;
import java.util.Arrays;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;

/**
 * Benchmark, not a test: the time of one full cost-field computation on a scenario's map, and its
 * relaxations (offers to a neighbour) per second, next to a minimal Dijkstra written as tightly
 * as plain Java allows on the same graph (entry costs worked out in advance, a binary heap with
 * lazy deletion). Both must give every cell the same cost to the bit, or the comparison is void.
 * Run it as docs/PERFORMANCE.md says:
 * {@code java -cp target/bordersim.jar:target/test-classes org.bordersim.world.CostFieldBenchmark <scenario>}.
 */
public final class CostFieldBenchmark {
    private static final double SQRT2 = Math.sqrt(2.0);

    private CostFieldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadedScenario loaded = new ScenarioLoader().load(Path.of(args[0]));
        World world = World.build(args[0], loaded.scenario());
        int[] destinations = world.destinations(0);
        double postRisk = loaded.scenario().groups().get(0).knownPostRisk();
        double aversion = loaded.scenario().groups().get(0).riskAversion();
        CostField field = new CostField(world, destinations, new CellHeap(world.cells()));
        Reference reference = new Reference(world, postRisk, aversion);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] fieldSeconds = new double[rounds];
        double[] referenceSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            field.compute(null, postRisk, aversion, Season.OPEN);
            long t1 = System.nanoTime();
            reference.run(destinations);
            long t2 = System.nanoTime();
            fieldSeconds[r] = (t1 - t0) / 1e9;
            referenceSeconds[r] = (t2 - t1) / 1e9;
        }
        long relaxations = 0;
        for (int c = 0; c < world.cells(); c++) {
            if (Double.doubleToRawLongBits(field.cost(c)) != Double.doubleToRawLongBits(reference.cost[c])) {
                throw new IllegalStateException("cell " + c + ": field " + field.cost(c) + ", reference " + reference.cost[c]);
            }
            if (field.cost(c) < Double.POSITIVE_INFINITY) relaxations += Integer.bitCount(world.steps(c));
        }
        System.out.printf("map %d x %d (%d cells), %d destination cells; %d relaxations per computation; costs identical%n",
                world.width(), world.height(), world.cells(), destinations.length, relaxations);
        report("CostField.compute", fieldSeconds, relaxations);
        report("minimal Dijkstra", referenceSeconds, relaxations);
    }

    private static void report(String what, double[] seconds, long relaxations) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf("%-18s median %.3f s (min %.3f, max %.3f over %d rounds, first includes JIT), %.1f million relaxations/s%n",
                what, median, sorted[0], sorted[sorted.length - 1], seconds.length, relaxations / median / 1e6);
    }

    /** The tight reference: the same graph and step costs, nothing else (no next cells, no tie rule). */
    private static final class Reference {
        final World world;
        final double[] enter;
        final double[] post;
        final double[] cost;
        double[] heapKeys = new double[1 << 16];
        int[] heapCells = new int[1 << 16];
        int size;

        Reference(World world, double postRisk, double aversion) {
            this.world = world;
            int n = world.cells();
            enter = new double[n];
            post = new double[n];
            cost = new double[n];
            for (int c = 0; c < n; c++) {
                // The same expression as CostField's, with no memory: hours to enter + 0 remembered risk.
                enter[c] = world.travelHours(c) + aversion * 0.0 * world.cellKm();
                post[c] = world.bcp(c) ? aversion * postRisk : 0;
            }
        }

        void run(int[] destinations) {
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            size = 0;
            for (int d : destinations) {
                cost[d] = 0;
                push(0, d);
            }
            int w = world.width();
            while (size > 0) {
                double key = heapKeys[0];
                int to = heapCells[0];
                pop();
                if (key > cost[to]) continue;
                int steps = world.steps(to);
                double straight = cost[to] + enter[to] + post[to];
                double diagonal = cost[to] + enter[to] * SQRT2 + post[to];
                for (int k = 0; k < 8; k++) {
                    if ((steps & (1 << k)) == 0) continue;
                    int from = to + CostField.DY[k] * w + CostField.DX[k];
                    double candidate = k >= 4 ? diagonal : straight;
                    if (candidate < cost[from]) {
                        cost[from] = candidate;
                        push(candidate, from);
                    }
                }
            }
        }

        private void push(double key, int cell) {
            if (size == heapKeys.length) {
                heapKeys = Arrays.copyOf(heapKeys, 2 * size);
                heapCells = Arrays.copyOf(heapCells, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heapKeys[parent] <= key) break;
                heapKeys[i] = heapKeys[parent];
                heapCells[i] = heapCells[parent];
                i = parent;
            }
            heapKeys[i] = key;
            heapCells[i] = cell;
        }

        private void pop() {
            size--;
            double key = heapKeys[size];
            int cell = heapCells[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && heapKeys[child + 1] < heapKeys[child]) child++;
                if (heapKeys[child] >= key) break;
                heapKeys[i] = heapKeys[child];
                heapCells[i] = heapCells[child];
                i = child;
            }
            heapKeys[i] = key;
            heapCells[i] = cell;
        }
    }
}
