/**
 * Running the model: a scenario prepared with its world ({@code PreparedScenario}), replication
 * seeds ({@code Seeds}), one replication and many in parallel in replication order whatever the
 * thread count ({@code Replication}, {@code Replications}), what-if comparisons with common
 * random numbers ({@code Comparison}), the memory a command's results need ({@code MemoryBudget})
 * and long soak runs ({@code Soak}). Sweeps build on this in {@code sweep}.
 */
package org.bordersim.experiment;
