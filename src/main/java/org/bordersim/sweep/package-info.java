/**
 * Sweeps: the sweep file ({@code SweepLoader}, {@code Sweep}), running its runs in parallel into an
 * append-only journal in run order ({@code SweepRunner}, {@code SweepJournal}), the custody of its
 * folder (naming, manifest, lock, self-contained copies: {@code SweepFolder}), shards and their
 * merge ({@code Shard}, {@code SweepMerge}), and the analysis of a finished sweep
 * ({@code SweepAnalysis}).
 */
package org.bordersim.sweep;
