/**
 * Custody of output folders: every results folder is built aside under a hidden name and renamed
 * when complete, never overwritten, and cleared if its process was killed ({@code ResultsFolder});
 * who wrote it and how ({@code RunInfo}).
 */
package org.bordersim.output;
