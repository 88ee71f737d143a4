/**
 * Sweeps on an Apache Spark cluster: {@code spark-submit --class org.bordersim.spark.SparkSweep
 * bordersim-spark.jar SWEEP.json --out DIR}. The driver owns the sweep folder exactly as
 * {@code bordersim sweep} does (same options, journal, resume, analysis and report); executors
 * only compute runs and send their rows back. Spark is a {@code provided} dependency.
 */
package org.bordersim.spark;
