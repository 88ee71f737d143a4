package org.bordersim.scenario;

/** Unit costs of the levers, in one currency. */
public record Costs(double officerYear, double trainingCourse, double bloYear, double scannerYear, double dashCamYear,
                    double nightVisionYear, double radioYear, double refresherCourse, double jointOperation,
                    double intelligenceSystemYear) {
}
