package org.bordersim.scenario;

/** Unit costs of the levers, in {@code currency} (an ISO 4217 code). */
public record Costs(String currency, double officerYear, double trainingCourse, double bloYear, double scannerYear, double dashCamYear,
                    double nightVisionYear, double radioYear, double refresherCourse, double jointOperation,
                    double controlledDelivery,
                    double intelligenceSystemYear, double sharingLinkYear, double sharingHubYear, double waterUpgradeYear, double powerUpgradeYear,
                    double communicationsUpgradeYear) {
}
