/**
 * {@code bordersim eval}: a long-lived process that other tools (Python's EMA Workbench, SALib,
 * pyABC) drive through JSON lines on stdin and stdout, so that thousands of evaluations cost one
 * Java start. A request is settings for the scenario and a number of replications; each
 * replication answers with one line of outputs, seeded exactly as {@code run} seeds it.
 */
package org.bordersim.eval;
