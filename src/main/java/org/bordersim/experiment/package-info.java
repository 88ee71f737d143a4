/**
 * Replications: seed derivation, running many (scenario, seed) pairs in parallel, and keeping
 * their results in replication order whatever the thread count.
 */
package org.bordersim.experiment;
