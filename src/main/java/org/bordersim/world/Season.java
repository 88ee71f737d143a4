package org.bordersim.world;

/**
 * The conditions of travel on a day, which every route and step reads: winter's factor on mountain cells (1 outside
 * winter) and which closures are shut, bit k for closure k of the world (bit 0: the passes that close in winter;
 * from bit 1: the crossings that close on dates, in the scenario's order). Two days with equal seasons give equal
 * routes, so fields computed without memory are shared between them (docs/ODD.md §7.9).
 */
public record Season(double mountainFactor, long closed) {
    /** Summer with every closure open. */
    public static final Season OPEN = new Season(1.0, 0L);

    /** Nothing changes the cost of any cell: the common case, read on every step. */
    public boolean open() {
        return mountainFactor == 1.0 && closed == 0L;
    }

    public boolean shut(int closure) {
        return (closed & (1L << closure)) != 0;
    }
}
