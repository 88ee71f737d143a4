/**
 * Donors' questions: portfolios of investment options over a horizon and a budget, evaluated on
 * the sweep engine with common random numbers, and what they buy (cost, gain, the efficient
 * frontier, the best portfolio at every budget level). See docs/DONORS.md.
 */
package org.bordersim.invest;
