package org.bordersim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Intelligence;
import org.bordersim.world.CostField;
import org.bordersim.world.World;

/**
 * Intelligence-led interdiction. A BLO that holds intelligence does not see the courier: it
 * predicts where the courier will cross and acts there.
 * <ul>
 * <li>At its own post, a tip it holds in time, or a live alert about the courier's group, means
 * targeted inspection of that vehicle by the officers already on checkpoint duty.</li>
 * <li>On the green border it sends an interdiction team of {@code teamOfficers} officers, taken
 * off regular duty, to the place it predicts: the crossing the tip names (with probability
 * {@code routeAccuracy}, the route as planned at dispatch), or else the place where that group
 * was last seized or sighted as far as this BLO knows. A team walks there at patrol speed and
 * waits {@code teamHours}; it can stop only the couriers it was sent for, and only if they cross
 * within its range while it is there, with each member's skill, the terrain's visibility, the
 * concealment, night, winter and equipment.</li>
 * </ul>
 * Every message about a tipped shipment ends used or wasted, by reason (see {@link ModelEvent.IntelOutcome}).
 */
final class Interdiction {
    private final BorderModel model;
    private final World world;
    private final Intelligence spec;
    private final IntelligenceNetwork network;
    private final BorderLiaisonOffice[] blos;
    /** lastSeen[blo][group]: the cell where the BLO last knew the group to be (a seizure or sighting), or -1. */
    private final int[][] lastSeen;
    private final List<Team> teams = new ArrayList<>();
    /** Scratch for spreading alerts; one per replication, used by one thread. */
    private final double[] arrival;
    private final byte[] state;

    /** A team and what it watches for: named couriers (tips) and whole groups (alerts). */
    private static final class Team {
        final Deployment deployment;
        final int blo;
        int[] couriers = new int[2];
        int courierCount;
        final boolean[] groups;

        Team(Deployment deployment, int blo, int groupCount) {
            this.deployment = deployment;
            this.blo = blo;
            this.groups = new boolean[groupCount];
        }

        void watchFor(int courier) {
            if (courierCount == couriers.length) couriers = Arrays.copyOf(couriers, 2 * courierCount);
            couriers[courierCount++] = courier;
        }

        /** An alert's group, or a tip's courier unless a leak has warned it (it no longer looks as the tip said). */
        boolean watchesFor(Courier c, long hour) {
            if (groups[c.group.index]) return true;
            if (c.warnedAt(hour)) return false;
            for (int i = 0; i < courierCount; i++) if (couriers[i] == c.id) return true;
            return false;
        }
    }

    Interdiction(BorderModel model, IntelligenceNetwork network, BorderLiaisonOffice[] blos, int groups) {
        this.model = model;
        this.world = model.world();
        this.spec = model.scenario().intelligence();
        this.network = network;
        this.blos = blos;
        this.lastSeen = new int[blos.length][groups];
        for (int[] row : lastSeen) Arrays.fill(row, -1);
        this.arrival = new double[blos.length];
        this.state = new byte[blos.length];
    }

    /**
     * At dispatch: with the tip probability the shipment is known in advance by the BLO of its
     * origin's country nearest its origin, and spreads from there. Returns whether it was tipped.
     */
    boolean tip(Courier c) {
        double p = spec.tipProbability();
        if (p == 0 || !c.chance(p)) return false;
        boolean named = c.chance(spec.routeAccuracy());
        int learner = nearestOfCountry(c.cell);
        if (learner < 0) return true;
        if (named) plannedCrossing(c);
        long hour = model.hour();
        c.intelAt = new double[blos.length];
        c.intelState = new byte[blos.length];
        c.intelLearner = learner;
        network.spread(learner, hour, c.intelAt, c.intelState, c);
        model.controlledDelivery().consider(c, learner);
        network.leak(c);
        for (int b = 0; b < blos.length; b++) {
            if (c.intelState[b] != IntelligenceNetwork.PENDING) continue;
            int blo = b;
            long when = (long) Math.ceil(c.intelAt[b]);
            if (when <= hour) act(c, blo);
            else model.schedule.scheduleOnce(when, Phase.DISPATCH, s -> act(c, blo));
        }
        return true;
    }

    private int nearestOfCountry(int cell) {
        int learner = -1;
        int best = Integer.MAX_VALUE;
        for (BorderLiaisonOffice b : blos) {
            if (b.site.country() != world.country(cell)) continue;
            int d = distance(b.site.postCell(), cell);
            if (d < best) {
                best = d;
                learner = b.index;
            }
        }
        return learner;
    }

    /** The route as the group plans it now: where the courier's path first steps into another country. */
    private void plannedCrossing(Courier c) {
        CostField field = c.group.field();
        int cell = c.routeCell(world);
        for (int steps = 0; steps < world.cells(); steps++) {
            int next = field.next(cell);
            if (next == cell) return;
            if (world.country(next) != world.country(cell)) {
                c.plannedFrom = cell;
                c.plannedTo = next;
                return;
            }
            cell = next;
        }
    }

    /**
     * The tip has reached {@code b} (and is believed): predict the crossing and send a team if it is
     * on b's green border. The BLO cannot know whether the courier has crossed already, so it acts
     * all the same; the accounting, which knows, counts such a message as late.
     */
    private void act(Courier c, int b) {
        if (c.ended || c.intelState[b] != IntelligenceNetwork.PENDING) return;
        int from = c.plannedFrom >= 0 ? c.plannedFrom : lastSeen[b][c.group.index];
        int to = c.plannedFrom >= 0 ? c.plannedTo : from;
        if (from < 0) return;
        int place = teamPlace(b, from, to);
        if (place < 0) return;
        Team team = sendTeam(b, place);
        if (team == null) {
            c.intelState[b] = IntelligenceNetwork.NO_OFFICER;
            return;
        }
        team.watchFor(c.id);
        c.intelState[b] = c.crossings > 0 ? IntelligenceNetwork.LATE : IntelligenceNetwork.TEAM_SENT;
    }

    /**
     * Where b's team would wait for a crossing between {@code from} and {@code to}: the cell of
     * b's sector nearest to it, if the crossing is within the team's range of it; else -1 (not on
     * b's green border, or at its post, where targeted inspection needs no team).
     */
    private int teamPlace(int b, int from, int to) {
        BorderLiaisonOffice blo = blos[b];
        if (from == blo.site.postCell() || to == blo.site.postCell()) return -1;
        int range = blo.detectionRange;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int cell : blo.site.sectorCells()) {
            int d = Math.min(distance(cell, from), distance(cell, to));
            if (d < bestDistance) {
                bestDistance = d;
                best = cell;
            }
        }
        return bestDistance <= range ? best : -1;
    }

    /** b's team at {@code place}: the one already waiting there (which stays longer), or a new one if officers are free. */
    private Team sendTeam(int b, int place) {
        long hour = model.hour();
        BorderLiaisonOffice blo = blos[b];
        double walk = distance(blo.site.postCell(), place) * world.cellKm() / Math.max(0.1, blo.spec.patrol().speedKmh());
        long presentFrom = hour + Math.max(1, (long) Math.ceil(walk));
        long until = presentFrom + spec.teamHours();
        teams.removeIf(t -> t.deployment.until <= hour);
        for (Team t : teams) {
            if (t.blo == b && t.deployment.cell == place) {
                t.deployment.until = Math.max(t.deployment.until, until);
                return t;
            }
        }
        Deployment d = blo.deploy(Deployment.Kind.INTERDICTION_TEAM, spec.teamOfficers(), presentFrom, until, place);
        if (d == null) return null;
        model.emit(new ModelEvent.TeamSent(hour, b, spec.teamOfficers()));
        Team team = new Team(d, b, lastSeen[0].length);
        teams.add(team);
        return team;
    }

    /** Where interdiction teams wait at {@code hour} (arrived and not yet withdrawn), for views. */
    int[] teamCells(long hour) {
        return teams.stream().filter(t -> t.deployment.presentFrom <= hour && hour < t.deployment.until)
                .mapToInt(t -> t.deployment.cell).toArray();
    }

    /**
     * A seizure or sighting by {@code blo} of a courier of {@code group} at {@code cell}: the BLO
     * knows at once where the group was; with seizure alerts on, the news spreads like a tip.
     */
    void learn(int blo, int group, int cell, Courier draws) {
        long hour = model.hour();
        if (spec.seizureAlertDays() == 0) {
            lastSeen[blo][group] = cell;
            return;
        }
        int shared = network.spread(blo, hour, arrival, state, draws);
        double until = hour + spec.seizureAlertDays() * 24.0;
        int distrusted = 0;
        for (int b = 0; b < blos.length; b++) {
            if (state[b] == IntelligenceNetwork.DISTRUSTED) distrusted++;
            if (state[b] != IntelligenceNetwork.PENDING) continue;
            int receiver = b;
            long when = (long) Math.ceil(arrival[b]);
            if (when <= hour) receiveAlert(receiver, group, cell, until);
            else model.schedule.scheduleOnce(when, Phase.DISPATCH, s -> receiveAlert(receiver, group, cell, until));
        }
        model.emit(new ModelEvent.IntelOutcome(hour, group, shared, 0, 0, 0, 0, 0, distrusted, 0, 0));
    }

    /** An alert reaches b: it targets the group at its post, and sends a team if the place is on its green border. */
    private void receiveAlert(int b, int group, int cell, double until) {
        network.receiveAlert(b, group, until);
        lastSeen[b][group] = cell;
        if (until <= model.hour()) return;
        int place = teamPlace(b, cell, cell);
        if (place < 0) return;
        Team team = sendTeam(b, place);
        if (team == null) {
            model.emit(new ModelEvent.IntelOutcome(model.hour(), group, 0, 0, 0, 0, 1, 0, 0, 0, 0));
            return;
        }
        team.groups[group] = true;
    }

    /**
     * Whether {@code b}'s post inspects this courier as a target: a tip about it that has arrived
     * (used now), or a live alert about its group. A tip still on its way is now late.
     */
    boolean targetedAtPost(Courier c, int b) {
        boolean tip = false;
        if (c.intelState != null) {
            byte st = c.intelState[b];
            if (st == IntelligenceNetwork.PENDING && c.intelAt[b] > model.hour()) {
                c.intelState[b] = IntelligenceNetwork.LATE;
            } else if (st == IntelligenceNetwork.PENDING || st == IntelligenceNetwork.TEAM_SENT
                    || st == IntelligenceNetwork.NO_OFFICER || st == IntelligenceNetwork.MISPREDICTED) {
                // A warned courier comes in another vehicle: the inspection aimed at the tipped one misses it.
                boolean warned = c.warnedAt(model.hour());
                c.intelState[b] = warned ? IntelligenceNetwork.VOIDED : IntelligenceNetwork.USED;
                tip = !warned;
            }
        }
        return tip || network.alerted(b, c.group.index, model.hour());
    }

    /**
     * The courier steps across the green border from {@code from} to {@code to}. The BLOs whose
     * sectors hold either cell learn whether their tip was late or pointed elsewhere; every team
     * waiting within range for this courier (or its group) gets its chance. Returns true if seized.
     */
    boolean crossedGreenBorder(Courier c, int from, int to) {
        long hour = model.hour();
        if (c.intelState != null) {
            passedSector(c, model.sectorOwner(from), hour);
            passedSector(c, model.sectorOwner(to), hour);
        }
        if (teams.isEmpty()) return false;
        double exposure = model.patrols().exposure(c, to);
        double detection = spec.targetedDetection();
        for (int i = 0; i < teams.size(); i++) {
            Team t = teams.get(i);
            Deployment d = t.deployment;
            if (!d.actingAt(hour) || !t.watchesFor(c, hour)) continue;
            int range = d.office.detectionRange;
            if (distance(d.cell, from) > range && distance(d.cell, to) > range) continue;
            if (c.intelState != null && c.intelState[t.blo] == IntelligenceNetwork.TEAM_SENT) c.intelState[t.blo] = IntelligenceNetwork.USED;
            for (int k = 0; k < d.present; k++) {
                Officer o = d.members[k];
                if (c.chance(Math.min(1.0, detection * o.skill * exposure * model.patrols().fieldFactor(o)))) {
                    model.seizures().seize(c, ModelEvent.SeizureSite.INTERDICTION_TEAM, t.blo, true);
                    return true;
                }
            }
        }
        return false;
    }

    /** The courier crossed b's green border: a tip b holds but did not act on there was late or pointed elsewhere. */
    private static void passedSector(Courier c, int b, long hour) {
        if (b < 0 || c.intelState[b] != IntelligenceNetwork.PENDING) return;
        c.intelState[b] = c.intelAt[b] > hour ? IntelligenceNetwork.LATE : IntelligenceNetwork.MISPREDICTED;
    }

    /** At the end of a tipped courier's journey: what became of each message about it, and which leaks are found out. */
    void report(Courier c) {
        if (c.intelState == null) return;
        long hour = model.hour();
        int shared = 0;
        int used = 0;
        int late = 0;
        int mispredicted = 0;
        int noOfficer = 0;
        int unused = 0;
        int distrusted = 0;
        int leaked = 0;
        int voided = 0;
        for (int b = 0; b < c.intelState.length; b++) {
            byte st = c.intelState[b];
            if (st == IntelligenceNetwork.NONE) continue;
            if (b != c.intelLearner) shared++;
            // Once a leak warned the courier, nothing aimed at it could find it: what was not used or late by then is void.
            if (c.leakedBy != null && (st == IntelligenceNetwork.TEAM_SENT || st == IntelligenceNetwork.MISPREDICTED
                    || st == IntelligenceNetwork.NO_OFFICER || st == IntelligenceNetwork.PENDING && c.intelAt[b] <= hour)) {
                st = IntelligenceNetwork.VOIDED;
            }
            switch (st) {
                case IntelligenceNetwork.USED -> used++;
                case IntelligenceNetwork.LATE -> late++;
                case IntelligenceNetwork.DISTRUSTED -> distrusted++;
                case IntelligenceNetwork.TEAM_SENT, IntelligenceNetwork.MISPREDICTED -> mispredicted++;
                case IntelligenceNetwork.NO_OFFICER -> noOfficer++;
                case IntelligenceNetwork.LEAKED -> leaked++;
                case IntelligenceNetwork.VOIDED -> voided++;
                default -> {
                    if (c.intelAt[b] > hour) late++;
                    else unused++;
                }
            }
        }
        model.emit(new ModelEvent.IntelOutcome(hour, c.group.index, shared, used, late, mispredicted, noOfficer, unused,
                distrusted, leaked, voided));
        network.findLeaks(c);
    }

    private int distance(int a, int b) {
        return world.distance(a, b);
    }
}
