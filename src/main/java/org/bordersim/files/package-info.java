/**
 * The kernel every feature shares for files: the one strict JSON configuration ({@code Json}),
 * reading an input file with problems located by line and column ({@code JsonFiles}), a problem
 * with its file and place ({@code Problem}), and the two exceptions that carry problems: bad input
 * ({@code InputException}) and an output folder that conflicts ({@code OutputConflictException}).
 */
package org.bordersim.files;
