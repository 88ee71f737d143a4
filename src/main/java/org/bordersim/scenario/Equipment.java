package org.bordersim.scenario;

/** Equipment items at one BLO. */
public record Equipment(int scanners, int dashCams, int nightVision, int radios) {
}
