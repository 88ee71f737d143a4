package org.bordersim.scenario;

import java.util.List;

/**
 * A Border Liaison Office on one country's side of one crossing point, or at an inland checkpoint on a road
 * ({@code crossing} null, {@code inlandPost} given).
 *
 * @param turnoverPerYear this office's leaving rate, or null for the common {@code officers.turnoverPerYear}
 * @param rotationPerYear this office's rotation rate, or null for the common {@code officers.rotationPerYear}
 */
public record BloSpec(
        String name,
        String crossing,
        InlandPost inlandPost,
        String country,
        int staffing,
        double checkpointShare,
        CheckpointSpec checkpoint,
        PatrolSpec patrol,
        Double turnoverPerYear,
        Double rotationPerYear,
        Conditions conditions,
        Upgrades upgrades,
        Equipment equipment,
        List<Agency> agencies) {
    public BloSpec {
        agencies = List.copyOf(agencies);
    }

    /** A checkpoint on a road away from the border: {@code cell} on drawn and generated maps, else lon and lat. */
    public record InlandPost(List<Integer> cell, Double lon, Double lat, double snapKm, String about) {
        public InlandPost {
            cell = cell == null ? null : List.copyOf(cell);
        }
    }

    /** Where the BLO sits, for tables: its crossing's name, or "inland". */
    public String place() {
        return crossing != null ? crossing : "inland";
    }
}
