package org.bordersim.invest;

/**
 * What a donor can spend over the base scenario's own costs, in {@code currency}.
 *
 * @param perYear most in any one year (NaN: no yearly limit); the first year carries every capital cost
 * @param total   most over the whole horizon (NaN: no total limit)
 */
public record Budget(String currency, double perYear, double total) {
    /** Whether a portfolio costing {@code capital} once plus {@code runningPerYear} every year fits, over {@code years}. */
    public boolean allows(double capital, double runningPerYear, double years) {
        boolean yearly = Double.isNaN(perYear) || capital + runningPerYear <= perYear;
        boolean overall = Double.isNaN(total) || capital + runningPerYear * years <= total;
        return yearly && overall;
    }

    /** The most a portfolio may cost over the horizon: the total limit, or the yearly one over all years. */
    public double overHorizon(double years) {
        double fromYearly = Double.isNaN(perYear) ? Double.POSITIVE_INFINITY : perYear * years;
        return Math.min(Double.isNaN(total) ? Double.POSITIVE_INFINITY : total, fromYearly);
    }
}
