package org.bordersim.spark;

import java.io.Serializable;

/** Positions [from, to) of a shard's run sequence: the work of one Spark task. */
record Stretch(int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;
}
