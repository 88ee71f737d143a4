package org.bordersim.calibrate;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.world.World;

/**
 * A particle's simulated targets: the scenario with the particle's parameter values, run for
 * {@code replicationsPerParticle} replications from the particle's seed, each target averaged over them (the first
 * half of the array); then the same plus a draw of the target's observation error (normal, sd its uncertainty), what an
 * observer of that run would report (the second half), which is what the distance compares. The world is
 * built once when no parameter touches what worlds are built from ({@link World#BUILT_FROM}), else for every particle.
 */
final class ModelSimulator implements AbcSmc.Simulator {
    private final Calibration calibration;
    private final World shared;

    ModelSimulator(Calibration calibration) throws InputException {
        this.calibration = calibration;
        boolean reuse = calibration.parameters().stream().noneMatch(p -> World.builtFrom(p.pointer()));
        this.shared = reuse ? World.build(calibration.template().file().toString(), calibration.base().scenario()) : null;
    }

    /** Whether every particle shares one world. */
    boolean sharesWorld() {
        return shared != null;
    }

    @Override
    public double[] simulate(double[] theta, long seed) {
        int targets = calibration.targets().size();
        // The model's values, then the same as an observer would record them (see the end).
        double[] out = new double[2 * targets];
        LoadedScenario loaded;
        World world;
        try {
            loaded = calibration.template().with(calibration.settings(theta));
            world = shared != null ? shared : World.build(calibration.template().file().toString(), loaded.scenario());
        } catch (InputException e) {
            // Both ends of every prior were checked; a point inside that is still invalid cannot be simulated.
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int k = calibration.budget().replicationsPerParticle();
        int[] counted = new int[targets];
        for (int r = 0; r < k; r++) {
            RunResult result = Replication.run(loaded.scenario(), world, r, Seeds.replication(seed, r));
            for (int j = 0; j < targets; j++) {
                double v = calibration.targets().get(j).of(result, loaded.scenario().durationDays());
                if (Double.isNaN(v)) continue;
                out[j] += v;
                counted[j]++;
            }
        }
        // What an observer would record: the model's value plus a draw of the observation's error (Wilkinson 2013), so
        // that as the tolerance falls the posterior tends to the one the stated uncertainties imply, not a narrower one.
        MersenneTwisterFast error = new MersenneTwisterFast(Seeds.observationError(seed));
        for (int j = 0; j < targets; j++) {
            double e = error.nextGaussian() * calibration.targets().get(j).uncertainty();
            out[j] = counted[j] == 0 ? Double.NaN : out[j] / counted[j];
            out[targets + j] = out[j] + e;
        }
        return out;
    }
}
