/**
 * Sweep designs: which points of a parameter space to run. A parameter maps a position in [0, 1]
 * to a value ({@code SweepParameter}); designs choose positions: full factorial, Latin hypercube,
 * Saltelli (for Sobol indices) and Morris trajectories. Pure functions of their inputs and seed.
 */
package org.bordersim.design;
