package org.bordersim.scenario;

/** What each item of equipment does; see the schema for units. */
public record EquipmentEffects(double scannerSensitivity, double dashCamDetection, double nightPatrolEffectiveness,
                               double nightVisionEffectiveness, double radioCommunications) {
}
