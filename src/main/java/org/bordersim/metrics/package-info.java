/**
 * What a run produces. The model emits small immutable {@link org.bordersim.metrics.ModelEvent}s;
 * {@link org.bordersim.metrics.RunMetrics} consumes them into per-replication metrics and weekly
 * series, frozen as a {@link org.bordersim.metrics.RunResult}. Nothing here knows the model.
 */
package org.bordersim.metrics;
