package org.bordersim.scenario;

/** How outputs are binned. */
public record Reporting(int greenBorderSegments) {
}
