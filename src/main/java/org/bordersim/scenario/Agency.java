package org.bordersim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One agency's share of a BLO's officers and its duty split. */
public record Agency(Kind agency, int staffing, double checkpointShare) {

    /** The agencies a BLO may bring together. */
    public enum Kind {
        POLICE, CUSTOMS, BORDER_GUARDS, DRUG_CONTROL;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
