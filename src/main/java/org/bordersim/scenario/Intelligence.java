package org.bordersim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** Tips, seizure alerts and how they are shared; see the schema for units. */
public record Intelligence(double tipProbability, Sharing sharing, double interagencyLatencyHours,
                           double crossBorderLatencyHours, double trust, double hubLatencyHours, double hubTrust,
                           double targetedDetection, int seizureAlertDays, double sightingProbability,
                           double routeAccuracy, int teamOfficers, int teamHours, List<Link> links, List<Hub> hubs,
                           Leaks leaks) {
    public Intelligence {
        links = List.copyOf(links);
        hubs = List.copyOf(hubs);
    }

    /** A sharing agreement between two named BLOs. */
    public record Link(List<String> between, double latencyHours, double trust) {
        public Link {
            between = List.copyOf(between);
        }
    }

    /** An information centre; members are BLO names or country ids (every BLO of that country). */
    public record Hub(String name, List<String> members, double latencyHours, double trust) {
        public Hub {
            members = List.copyOf(members);
        }
    }

    /**
     * Tips passed on to the traffickers by a BLO of another country than the one that learnt them (docs/ODD.md
     * §7.11): each such message leaks with probability {@code chance}; a leak is found out, at the end of the
     * shipment's journey, with probability {@code discovered}, and then the pair's trust falls by {@code trustLoss}.
     */
    public record Leaks(double chance, double discovered, double trustLoss) {
    }

    /** Who hears what a BLO learns. */
    public enum Sharing {
        NONE, INTERAGENCY, CROSS_BORDER, REGIONAL_HUB;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Counterparts across the border hear it (directly, or through the regional centre). */
        public boolean reachesAcrossBorder() {
            return this == CROSS_BORDER || this == REGIONAL_HUB;
        }

        /** Other BLOs of the same country hear it. */
        public boolean reachesOwnCountry() {
            return this != NONE;
        }
    }
}
