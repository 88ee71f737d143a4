/**
 * The border grid: terrain, countries, the border and its crossing points, zones, and the
 * shared least-cost fields that couriers follow. A map drawn in the scenario and a generated
 * one both end as the same {@link org.bordersim.world.GridMap}.
 */
package org.bordersim.world;
