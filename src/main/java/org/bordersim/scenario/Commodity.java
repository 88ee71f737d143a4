package org.bordersim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a trafficking group moves (seed report 001 lists them). */
public enum Commodity {
    OPIATES, HASHISH, METHAMPHETAMINE, PRECURSORS, PERSONS, WILDLIFE, TIMBER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Persons are counted (and rescued), everything else is weighed in kg. */
    public boolean countedInPersons() {
        return this == PERSONS;
    }
}
