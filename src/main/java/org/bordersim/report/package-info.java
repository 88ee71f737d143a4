/**
 * Everything written for people, into a folder that {@code output} owns: CSV files, the summary
 * JSON, Parquet (DuckDB), charts (JFreeChart) and the self-contained HTML reports of run, compare
 * and sweep, and the headline outcome table.
 */
package org.bordersim.report;
