package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * Reassignment between posts (docs/ODD.md §7.4), separate from leaving the service: rotations, the gaps they leave and
 * the local knowledge the officers who come lack, against their exact expectations. The expectations come from the
 * post's daily chain (in post with so many days there, or empty with so many days to go), stepped as the model steps
 * it, from the long-run start the model draws.
 */
class RotationTest {
    private static final double RATE = 2.0;
    private static final int GAP = 30;
    private static final double LOSS = 0.4;
    private static final double TAU = 60;
    private static final int DAYS = 1095;
    private static final int POSTS = 50;
    private static final int MAX_DAYS_AT_POST = 4000;

    /** Expected rotations, empty post-days and skill (summed over officer-days) of one post, and its officer-days. */
    private static double[] expectations() {
        double lambda = RATE / 365;
        double p = 1 - Math.exp(-lambda);
        // Start: every post filled by an officer who came by rotation (no turnover), days at the post geometric.
        double[] atPost = new double[MAX_DAYS_AT_POST + 1];
        for (int a = 0; a < MAX_DAYS_AT_POST; a++) atPost[a] = Math.exp(-lambda * a) - Math.exp(-lambda * (a + 1));
        atPost[MAX_DAYS_AT_POST] = Math.exp(-lambda * MAX_DAYS_AT_POST);
        double[] empty = new double[GAP + 1]; // empty[k]: k days to go
        double rotations = 0;
        double emptyDays = 0;
        double skill = 0;
        double officerDays = 0;
        for (int d = 0; d < DAYS; d++) {
            double[] nextAtPost = new double[MAX_DAYS_AT_POST + 1];
            double[] nextEmpty = new double[GAP + 1];
            double rotatedToday = 0;
            for (int a = 0; a <= MAX_DAYS_AT_POST; a++) {
                rotatedToday += atPost[a] * p;
                nextAtPost[Math.min(MAX_DAYS_AT_POST, a + 1)] += atPost[a] * (1 - p);
            }
            for (int k = 2; k <= GAP; k++) nextEmpty[k - 1] += empty[k];
            nextAtPost[0] += empty[1];
            nextEmpty[GAP] += rotatedToday;
            rotations += rotatedToday;
            atPost = nextAtPost;
            empty = nextEmpty;
            // Tenure starts at 10 learning times (no turnover) and grows a day a day, in post or not.
            double learned = 0.9 - 0.7 * Math.exp(-(900.0 + d + 1) / 90);
            for (int a = 0; a <= MAX_DAYS_AT_POST; a++) {
                skill += atPost[a] * learned * (1 - LOSS * Math.exp(-a / TAU));
                officerDays += atPost[a];
            }
            for (int k = 1; k <= GAP; k++) emptyDays += empty[k];
        }
        return new double[] {rotations, emptyDays, skill, officerDays};
    }

    @Test
    void rotationsGapsAndLocalKnowledgeMatchTheirExpectations() throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.resource("valid/staff-rotation.json")).withRun(5, 20);
        List<RunResult> runs = Replications.run(p.scenario(), p.world(), 2, () -> { });
        double[] e = expectations();
        Summary rotated = Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.OFFICERS_ROTATED)).toArray());
        assertTrue(rotated.contains(POSTS * e[0]), "rotations " + rotated + " vs " + POSTS * e[0]);
        assertTrue(rotated.halfWidth() < 0.05 * POSTS * e[0], "CI too wide: " + rotated);
        Summary empty = Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.VACANT_POST_DAYS)).toArray());
        assertTrue(empty.contains(POSTS * e[1]), "empty post-days " + empty + " vs " + POSTS * e[1]);
        assertTrue(empty.halfWidth() < 0.06 * POSTS * e[1], "CI too wide: " + empty);
        Summary skill = Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.OFFICER_MEAN_SKILL)).toArray());
        double expectedSkill = e[2] / e[3];
        assertTrue(skill.contains(expectedSkill), "skill " + skill + " vs " + expectedSkill);
        // The local-knowledge dip is worth about 0.09 of skill here (0.812 against 0.9): the interval must be far narrower.
        assertTrue(skill.halfWidth() < 0.005, "CI too wide: " + skill);
        assertTrue(0.9 - expectedSkill > 0.02, "the dip is there to be measured: " + expectedSkill);
        // Rotation is not leaving the service.
        assertEquals(0.0, runs.stream().mapToDouble(r -> r.get(Metric.OFFICERS_LEFT)).sum(), 1e-12);
    }
}
