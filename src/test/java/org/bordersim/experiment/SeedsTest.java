package org.bordersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void replicationSeedsAreDistinctNonNegativeAndDependOnTheBaseSeed() {
        Set<Long> seen = new HashSet<>();
        for (long base = 0; base < 20; base++) {
            for (int i = 0; i < 5000; i++) {
                long s = Seeds.replication(base, i);
                assertTrue(s >= 0);
                seen.add(s);
            }
        }
        assertEquals(20 * 5000, seen.size());
    }
}
