package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound of a route revision factor f above 1 (docs/ODD.md §7.7): routes follow a memory that fades only once the
 * true one has faded by more than f, while losses reach both at once. Then every route a courier follows, costed with
 * the true memory, costs at most f times the least cost a full computation with the true memory gives. Checked on
 * random maps through random losses and weekly fadings, from every cell; the check fails when the revision is left
 * out (the routes' memory then drifts above f times the true one).
 */
class RouteRevisionBoundTest {
    private static final double POST_RISK = 0.1;
    private static final double AVERSION = 10;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void everyRouteCostsAtMostTheFactorTimesTheLeastCost(int seed) {
        double factor = seed % 2 == 0 ? 2.0 : 1.5;
        World world = world(seed);
        Outcome revised = follow(world, seed, factor, true);
        System.out.printf("map %d, f = %.1f: worst route / least cost %.3f over %d longer routes%n", seed, factor,
                revised.worstRatio, revised.longerRoutes);
        assertTrue(revised.worstRatio <= factor * (1 + 1e-12), "worst route / least cost " + revised.worstRatio + " > " + factor);
        assertTrue(revised.longerRoutes > 0, "some routes are not the least-cost ones, so the bound is tested: " + revised.longerRoutes);
        Outcome never = follow(world, seed, factor, false);
        assertTrue(never.worstRatio > factor, "without revisions the bound fails (" + never.worstRatio + "), so the check can fail");
    }

    private World world(int seed) {
        return TestScenarios.prepare(tmp, "m" + seed + ".json", """
                {"name": "m%d", "durationDays": 7,
                 "map": {"generator": {"width": 48, "height": 32, "seed": %d, "borderAmplitude": 3, "roads": 3, "crossings": 2,
                         "mountainShare": 0.2, "forestShare": 0.2, "river": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(seed, seed, seed % 2 == 0 ? "true" : "false")).world();
    }

    private record Outcome(double worstRatio, int longerRoutes) {
    }

    /** 80 weeks of random losses and weekly fadings; after each week every cell's route is costed with the truth. */
    private static Outcome follow(World world, int seed, double factor, boolean revise) {
        int n = world.cells();
        CellHeap heap = new CellHeap(n);
        CostField routes = new CostField(world, world.destinations(0), heap);
        CostField least = new CostField(world, world.destinations(0), heap);
        RememberedRisk followed = new RememberedRisk(world.width(), world.height());
        RememberedRisk truth = new RememberedRisk(world.width(), world.height());
        routes.compute(followed, POST_RISK, AVERSION, Season.OPEN);
        RiskChanges changes = new RiskChanges(Integer.MAX_VALUE);
        changes.clear();
        RiskChanges unread = new RiskChanges(1);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double retention = Math.pow(0.5, 1.0 / 4);
        double unrevised = 1;
        double worst = 1;
        int longer = 0;
        for (int week = 0; week < 80; week++) {
            // Losses on the map's busiest cells: near the border, where routes meet.
            for (int loss = random.nextInt(3); loss > 0; loss--) {
                int c = random.nextInt(n);
                int w = world.width();
                for (int y = Math.max(0, c / w - 2); y <= Math.min(world.height() - 1, c / w + 2); y++) {
                    for (int x = Math.max(0, c % w - 2); x <= Math.min(w - 1, c % w + 2); x++) {
                        double amount = 0.5 * (1.0 - Math.max(Math.abs(x - c % w), Math.abs(y - c / w)) / 3.0);
                        followed.add(y * w + x, amount);
                        truth.add(y * w + x, amount);
                        changes.raised(y * w + x);
                    }
                }
            }
            truth.fade(retention, 1e-6, unread);
            unrevised *= retention;
            if (revise && unrevised * factor < 1) {
                followed.lowerTo(truth, changes);
                unrevised = 1;
            }
            routes.repair(followed, POST_RISK, AVERSION, Season.OPEN, changes);
            changes.clear();
            least.compute(truth, POST_RISK, AVERSION, Season.OPEN);
            for (int v = 0; v < n; v++) {
                if (least.cost(v) == Double.POSITIVE_INFINITY || least.cost(v) == 0) continue;
                double cost = routeCost(world, routes, truth, v);
                if (cost > least.cost(v) * (1 + 1e-12)) longer++;
                worst = Math.max(worst, cost / least.cost(v));
            }
        }
        return new Outcome(worst, longer);
    }

    /** The cost of following the field's next cells from v to a destination, each step costed with {@code truth}. */
    private static double routeCost(World world, CostField field, RememberedRisk truth, int v) {
        double sum = 0;
        int cell = v;
        while (!field.isDestination(cell)) {
            int next = field.next(cell);
            boolean diagonal = cell % world.width() != next % world.width() && cell / world.width() != next / world.width();
            double step = world.travelHours(next) + AVERSION * truth.at(next) * world.cellKm();
            sum += step * (diagonal ? Math.sqrt(2) : 1) + (world.bcp(next) ? AVERSION * POST_RISK : 0);
            cell = next;
        }
        return sum;
    }
}
