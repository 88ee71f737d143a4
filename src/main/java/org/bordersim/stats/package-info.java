/**
 * Statistics over replications (Commons Math): means and Student-t intervals ({@code Summary},
 * {@code RunningMoments}), paired differences with their t-test and the replications a difference
 * needs ({@code PairedDifference}), Sobol indices with bootstrap intervals ({@code SobolIndices})
 * and Morris elementary effects ({@code ElementaryEffects}).
 */
package org.bordersim.stats;
