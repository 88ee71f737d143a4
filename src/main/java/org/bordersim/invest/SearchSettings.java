package org.bordersim.invest;

/**
 * When and how a portfolio space is searched instead of run in full.
 *
 * @param exhaustiveUpTo spaces of at most this many portfolios run in full
 * @param evaluations    most portfolios the search runs (besides the base and each option alone)
 * @param population     NSGA-II's population
 * @param contenders     the best feasible portfolios found that selection runs afresh
 */
public record SearchSettings(int exhaustiveUpTo, int evaluations, int population, int contenders) {
}
