/**
 * Everything written for people: the results folder (named, created atomically, never
 * overwritten), CSV files, summary and manifest JSON, charts (JFreeChart) and the HTML report.
 */
package org.bordersim.report;
