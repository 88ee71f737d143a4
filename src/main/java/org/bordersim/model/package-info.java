/**
 * The agent-based model on MASON: {@link org.bordersim.model.BorderModel} (the {@code SimState})
 * schedules trafficking groups, their couriers and Border Liaison Offices with their officers,
 * checkpoints and patrols, hour by hour. It reports only through
 * {@link org.bordersim.metrics.ModelEvent}s and never touches files, the GUI or the console.
 */
package org.bordersim.model;
