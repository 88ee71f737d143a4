package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.BloSpec;
import org.bordersim.scenario.OfficerPolicy;
import org.bordersim.scenario.TrainingPolicy;
import org.bordersim.world.BloSite;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Border Liaison Office: its posts (officers), its checkpoint and its patrol sector.
 * Hourly, it puts the shift on duty: first to its deployments (interdiction teams, joint
 * operations), then the rest split between the checkpoint and the patrol sector.
 * Daily ({@link #endOfDay}), it ages officers, lets some leave or be rotated to another post, fills vacancies with
 * novices (or, after a rotation, an officer rotated in) and
 * sends them on courses, and reports staffing, officer-hours by duty, traffic and costs.
 */
final class BorderLiaisonOffice implements Steppable {
    private static final long serialVersionUID = 1L;

    final int index;
    final BloSpec spec;
    final BloSite site;
    final Checkpoint checkpoint;
    private final BorderModel model;
    private final OfficerPolicy policy;
    private final TrainingPolicy training;
    private final Officer[] officers;
    /** Today's order in which on-duty officers are given checkpoint duty first, then patrol. */
    private final Officer[] dutyOrder;
    /**
     * Each shift's officers in duty order: the hour's work goes through its own shift's officers only, a third of the
     * office with three shifts (every hour, for every office; docs/PERFORMANCE.md).
     */
    private final Officer[][] shiftOrder;
    /** The shift of the last hour stepped, whose officers are stood down when the next shift starts; -1 before the first. */
    private int lastShift = -1;
    /** This office's workforce draws (tenure, turnover, shift order, patrol walks). */
    private final MersenneTwisterFast random;
    /** Checkpoint share of each agency (one entry when the BLO is one pool). */
    private final double[] agencyShares;
    private final int[] availableByAgency;
    private final int[] assignedByAgency;
    /** Annual leaving rate here: the office's own or the common one, raised by hardship. */
    private final double turnoverPerYear;
    /** Annual rotation rate here: the office's own or the common one. */
    private final double rotationPerYear;
    /** Effective skill = learned skill x this (harsh posts lower it). */
    private final double conditionsFactor;
    /** Communications quality after upgrades and radios: intelligence leaves this office after latency / this. */
    final double communications;
    /** Largest step along the sector in an hour, and the detection range, in cells. */
    private final int patrolStep;
    final int detectionRange;
    /** Tasks that take officers off regular duty, in the order they were set up. */
    private final List<Deployment> deployments = new ArrayList<>();
    /** Officer-hours today by duty, and officers on shift and not deployed this hour. */
    private long checkpointHours;
    private long patrolHours;
    private long teamHours;
    private long jointOperationHours;
    private int freeNow;
    /** Officers on shift this hour (deployed, at the checkpoint or on patrol). */
    private int onDutyNow;

    BorderLiaisonOffice(int index, BloSpec spec, BloSite site, BorderModel model, int firstOfficerId) {
        this.index = index;
        this.spec = spec;
        this.site = site;
        this.model = model;
        this.policy = model.scenario().officers();
        this.training = model.scenario().training();
        this.random = model.stream(BorderModel.Stream.WORKFORCE, index);
        var effects = model.scenario().equipmentEffects();
        this.checkpoint = new Checkpoint(spec.checkpoint(), spec.staffing(), model.stream(BorderModel.Stream.LEGITIMATE_TRAFFIC, index),
                spec.equipment().scanners(), effects.scannerSensitivity());
        var conditions = spec.upgrades().applyTo(spec.conditions());
        double hardship = conditions.hardship();
        double baseTurnover = spec.turnoverPerYear() != null ? spec.turnoverPerYear() : policy.turnoverPerYear();
        this.turnoverPerYear = baseTurnover * (1 + policy.conditionsTurnoverEffect() * hardship);
        this.rotationPerYear = spec.rotationPerYear() != null ? spec.rotationPerYear() : policy.rotationPerYear();
        this.conditionsFactor = 1 - policy.conditionsSkillEffect() * hardship;
        double comms = conditions.communications();
        this.communications = spec.equipment().radios() > 0 ? Math.max(comms, effects.radioCommunications()) : comms;
        this.patrolStep = (int) Math.round(spec.patrol().speedKmh() / model.world().cellKm());
        this.detectionRange = model.world().cellsWithin(spec.patrol().detectionRangeKm());
        this.officers = new Officer[spec.staffing()];
        int[] agencyOf = new int[officers.length];
        int next = 0;
        for (int a = 0; a < spec.agencies().size(); a++) {
            for (int k = 0; k < spec.agencies().get(a).staffing(); k++) agencyOf[next++] = a;
        }
        for (int i = 0; i < officers.length; i++) {
            officers[i] = new Officer(firstOfficerId + i, i % policy.shiftsPerDay(), this, agencyOf[i]);
        }
        this.agencyShares = spec.agencies().isEmpty() ? new double[] {spec.checkpointShare()}
                : spec.agencies().stream().mapToDouble(a -> a.checkpointShare()).toArray();
        this.availableByAgency = new int[agencyShares.length];
        this.assignedByAgency = new int[agencyShares.length];
        this.dutyOrder = officers.clone();
        this.shiftOrder = new Officer[policy.shiftsPerDay()][];
        for (int s = 0; s < shiftOrder.length; s++) {
            int shift = s;
            shiftOrder[s] = new Officer[(int) Arrays.stream(officers).filter(o -> o.shift == shift).count()];
        }
        fillShiftOrder();
    }

    /**
     * Fills every post at the start. With turnover the tenure is drawn from its long-run
     * (exponential) distribution, so the run starts in steady state rather than with a
     * cohort of equally experienced officers. Only the scenario's initially trained share has
     * had the course (before the run, so not paid in it); nobody starts with a refresher's boost
     * (the first refresher is due a uniform time into the cycle, and is paid). The draws are the
     * same whichever training levers are on, so that common random numbers pair.
     */
    void staffInitially() {
        for (Officer o : officers) {
            o.inPost = true;
            o.tenureDays = turnoverPerYear > 0
                    ? Math.floor(-Math.log(1.0 - random.nextDouble()) * 365.0 / turnoverPerYear)
                    : 10 * policy.learningDays();
            o.trained = random.nextDouble() < training.initiallyTrainedShare();
            int courseDay = random.nextInt(training.inPostCoursesWithinDays());
            o.inPostCourseDay = training.trainOfficersInPost() && !o.trained ? courseDay : -1;
            if (training.refresherEveryDays() > 0) {
                o.daysSinceRefresher = random.nextInt(training.refresherEveryDays());
            }
            o.refreshed = false;
            if (rotationPerYear > 0) {
                // Days at the post from their long-run distribution too (arrivals by rotation or as novices at the
                // combined rate), and whether this officer came by rotation, with the rotations' share of arrivals.
                // No draw without rotation, so scenarios without it keep every number they had.
                double arrivals = rotationPerYear + turnoverPerYear;
                o.daysAtPost = Math.floor(-Math.log(1.0 - random.nextDouble()) * 365.0 / arrivals);
                o.rotatedIn = random.nextDouble() < rotationPerYear / arrivals;
            }
            o.skill = skillOf(o);
        }
        shuffleDutyOrder();
    }

    /**
     * Hourly: the shift on duty first fills this office's deployments (in the order they were set
     * up), then goes to the checkpoint or out on patrol. Night vision and dash cameras go to
     * deployed officers first, then to patrollers.
     */
    @Override
    public void step(SimState state) {
        long hour = model.hour();
        int shift = (int) (hour % 24) * policy.shiftsPerDay() / 24;
        // Finished deployments go (by index: this runs every hour and must not allocate).
        for (int i = deployments.size() - 1; i >= 0; i--) if (deployments.get(i).until <= hour) deployments.remove(i);
        if (shift != lastShift && lastShift >= 0) {
            // The shift that ended goes home: no deployment, and a fresh place in the sector when it next patrols.
            for (Officer o : shiftOrder[lastShift]) {
                o.deployment = null;
                o.sectorIndex = -1;
            }
        }
        lastShift = shift;
        Officer[] onThisShift = shiftOrder[shift];
        for (Officer o : onThisShift) o.deployment = null;
        var equipment = spec.equipment();
        int equipped = 0;
        int onShift = 0;
        for (int i = 0; i < deployments.size(); i++) {
            Deployment d = deployments.get(i);
            d.present = 0;
            if (hour < d.takenFrom) continue;
            for (Officer o : onThisShift) {
                if (d.present == d.size) break;
                if (o.deployment != null || !onShift(o, shift)) continue;
                o.deployment = d;
                o.sectorIndex = -1;
                o.dashCam = equipped < equipment.dashCams();
                o.nightVision = equipped < equipment.nightVision();
                equipped++;
                d.members[d.present++] = o;
                if (d.kind == Deployment.Kind.JOINT_OPERATION) jointOperationHours++;
                else teamHours++;
            }
        }
        Arrays.fill(availableByAgency, 0);
        Arrays.fill(assignedByAgency, 0);
        int available = 0;
        for (Officer o : onThisShift) {
            if (!onShift(o, shift)) continue;
            onShift++;
            if (o.deployment != null) continue;
            available++;
            availableByAgency[o.agency]++;
        }
        checkpoint.clearDuty();
        for (Officer o : onThisShift) {
            if (!onShift(o, shift) || o.deployment != null) {
                if (o.deployment == null) o.sectorIndex = -1;
                continue;
            }
            // Each agency sends round(its share x its officers on regular duty) to the checkpoint.
            int atCheckpoint = (int) Math.round(agencyShares[o.agency] * availableByAgency[o.agency]);
            if (assignedByAgency[o.agency]++ < atCheckpoint || site.sectorCells().length == 0) {
                checkpoint.assign(o);
                o.sectorIndex = -1;
                checkpointHours++;
            } else {
                o.dashCam = equipped < equipment.dashCams();
                o.nightVision = equipped < equipment.nightVision();
                equipped++;
                patrolHours++;
                patrol(o, random);
            }
        }
        onDutyNow = onShift;
        freeNow = available;
        if (model.shut(site.postCell())) checkpoint.closedHour(hour);
        else checkpoint.openHour(hour);
    }

    int onDutyNow() {
        return onDutyNow;
    }

    /**
     * Sets up a deployment of {@code size} officers if that many of this hour's shift are on
     * regular duty and not already promised to another deployment; returns null otherwise.
     */
    Deployment deploy(Deployment.Kind kind, int size, long presentFrom, long until, int cell) {
        if (!canDeploy(size)) return null;
        long hour = model.hour();
        Deployment d = new Deployment(kind, this, size, hour + 1, presentFrom, until, cell);
        deployments.add(d);
        return d;
    }

    /** Whether {@code size} officers of this hour's shift are on regular duty and not promised to a deployment yet to start. */
    boolean canDeploy(int size) {
        long hour = model.hour();
        int promised = 0;
        for (Deployment d : deployments) if (d.takenFrom > hour) promised += d.size;
        return freeNow - promised >= size;
    }

    /** Whether the officer works this shift and is at work (in post, not away on a course). */
    private boolean onShift(Officer o, int shift) {
        return o.onDutyAvailable() && o.shift == shift;
    }

    /** One hour's walk along the sector: a uniform step of at most the patrol speed's worth of places. */
    private void patrol(Officer o, MersenneTwisterFast random) {
        int[] sector = site.sectorCells();
        if (o.sectorIndex < 0) {
            o.sectorIndex = random.nextInt(sector.length);
        } else {
            int to = o.sectorIndex + random.nextInt(2 * patrolStep + 1) - patrolStep;
            o.sectorIndex = Math.max(0, Math.min(sector.length - 1, to));
        }
        model.patrols().presence().add(o, sector[o.sectorIndex]);
    }

    /** Daily, after the day's last hour. */
    void endOfDay() {
        long hour = model.hour();
        long day = hour / 24;
        double leave = OfficerPolicy.dailyLeavingProbability(turnoverPerYear);
        double rotate = OfficerPolicy.dailyLeavingProbability(rotationPerYear);
        int inPost = 0;
        int vacant = 0;
        int inTraining = 0;
        double skillSum = 0;
        double tenureSum = 0;
        for (Officer o : officers) {
            if (o.inPost) {
                o.tenureDays++;
                o.daysSinceRefresher++;
                if (o.trainingDaysLeft > 0) o.trainingDaysLeft--;
                if (o.inPostCourseDay == day && !o.trained) {
                    startCourse(o, hour);
                    o.inPostCourseDay = -1;
                }
                if (training.refresherEveryDays() > 0 && o.trainingDaysLeft == 0
                        && o.daysSinceRefresher >= training.refresherEveryDays()) {
                    o.trainingDaysLeft = training.refresherDays();
                    o.daysSinceRefresher = 0;
                    o.refreshed = true;
                    model.emit(new ModelEvent.TrainingStarted(hour, index, true));
                    model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.TRAINING, model.scenario().costs().refresherCourse()));
                }
                o.daysAtPost++;
                if (random.nextBoolean(leave)) {
                    model.emit(new ModelEvent.OfficerLeft(hour, index, o.tenureDays));
                    o.inPost = false;
                    o.vacantDaysLeft = policy.vacancyDays();
                } else if (rotate > 0 && random.nextBoolean(rotate)) {
                    // No draw without rotation, so scenarios without it keep every number they had.
                    model.emit(new ModelEvent.OfficerRotated(hour, index, o.tenureDays));
                    o.inPost = false;
                    o.awaitingRotation = true;
                    o.vacantDaysLeft = policy.rotationGapDays();
                }
            } else {
                // Whoever is rotated in serves elsewhere meanwhile: the general experience the post will get keeps growing.
                if (o.awaitingRotation) o.tenureDays++;
                if (o.vacantDaysLeft > 0) o.vacantDaysLeft--;
            }
            if (!o.inPost && o.vacantDaysLeft == 0) {
                if (o.awaitingRotation) rotateIn(o);
                else arrive(o, hour);
            }
            if (o.inPost) {
                o.skill = skillOf(o);
                inPost++;
                skillSum += o.skill;
                tenureSum += o.tenureDays;
                if (o.trainingDaysLeft > 0) inTraining++;
            } else {
                vacant++;
            }
        }
        shuffleDutyOrder();
        var costs = model.scenario().costs();
        model.emit(new ModelEvent.StaffDay(hour, index, inPost, vacant, inTraining, skillSum, tenureSum,
                checkpointHours, patrolHours, teamHours, jointOperationHours));
        model.emit(checkpoint.takeDay(hour, index));
        // Salaries are paid for filled posts; the hours spent on teams and joint operations are
        // costed at the on-duty hourly wage and moved to those levers, so the total is unchanged.
        double wage = costs.officerYear() * policy.shiftsPerDay() / (365.0 * 24);
        double salaries = inPost * costs.officerYear() / 365.0;
        double teams = teamHours * wage;
        double operations = jointOperationHours * wage;
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.STAFF, Math.max(0, salaries - teams - operations)));
        if (teams > 0) model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.INTERDICTION_TEAMS, teams));
        if (operations > 0) model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.JOINT_OPERATIONS, operations));
        checkpointHours = patrolHours = teamHours = jointOperationHours = 0;
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.OFFICE, costs.bloYear() / 365.0));
        var e = spec.equipment();
        double equipmentYear = e.scanners() * costs.scannerYear() + e.dashCams() * costs.dashCamYear()
                + e.nightVision() * costs.nightVisionYear() + e.radios() * costs.radioYear();
        if (equipmentYear > 0) model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.EQUIPMENT, equipmentYear / 365.0));
        double upgradesYear = spec.upgrades().yearlyCost(costs);
        if (upgradesYear > 0) model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.UPGRADES, upgradesYear / 365.0));
    }

    /**
     * An officer rotated in from another post takes this one. Rotation moves officers within the service, so the one
     * who comes has, as a stand-in, the experience and training of the one who went (grown by the gap): like for like,
     * which leaves the service's experience unchanged and isolates what rotation itself costs, the gap and the local
     * knowledge (docs/ODD.md §7.4).
     */
    private void rotateIn(Officer o) {
        o.inPost = true;
        o.awaitingRotation = false;
        o.rotatedIn = true;
        o.daysAtPost = 0;
    }

    /** A novice takes the post, and first goes on the course if the policy says so. */
    private void arrive(Officer o, long hour) {
        o.inPost = true;
        o.rotatedIn = false;
        o.daysAtPost = 0;
        o.tenureDays = 0;
        o.trained = false;
        o.trainingDaysLeft = 0;
        o.daysSinceRefresher = 0;
        o.refreshed = false;
        o.inPostCourseDay = -1;
        if (training.newArrivals()) startCourse(o, hour);
    }

    /** The course: days off duty, paid, and trained from then on. */
    private void startCourse(Officer o, long hour) {
        o.trained = true;
        o.trainingDaysLeft = training.courseDays();
        model.emit(new ModelEvent.TrainingStarted(hour, index, false));
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.TRAINING, model.scenario().costs().trainingCourse()));
    }

    private double boost(Officer o) {
        return o.trained ? training.skillBoost() : 0.0;
    }

    /**
     * Effective skill: the learning curve (with the new-arrival course's start boost), plus the
     * refresher boost while the last refresher is recent, capped at sMax, times the post's
     * conditions factor, times the local knowledge of an officer who came by rotation.
     */
    private double skillOf(Officer o) {
        double learned = policy.skillAt(o.tenureDays, boost(o));
        if (o.refreshed && o.daysSinceRefresher < training.refresherEveryDays()) {
            learned = Math.min(Math.max(learned, policy.maxSkill()), learned + training.refresherBoost());
        }
        double local = o.rotatedIn ? policy.localKnowledge(o.daysAtPost) : 1.0;
        return learned * conditionsFactor * local;
    }

    private void shuffleDutyOrder() {
        for (int i = dutyOrder.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Officer t = dutyOrder[i];
            dutyOrder[i] = dutyOrder[j];
            dutyOrder[j] = t;
        }
        fillShiftOrder();
    }

    /** Each shift's officers, in the order of dutyOrder. */
    private void fillShiftOrder() {
        for (int s = 0; s < shiftOrder.length; s++) {
            int k = 0;
            for (Officer o : dutyOrder) if (o.shift == s) shiftOrder[s][k++] = o;
        }
    }

    void forEachOfficerSkill(DoubleConsumer skill) {
        for (Officer o : officers) if (o.inPost) skill.accept(o.skill);
    }

    int staffing() {
        return officers.length;
    }

    /** This office as views show it now (a copy). */
    BorderModel.BloView view() {
        int inPost = 0;
        double skill = 0;
        for (Officer o : officers) {
            if (!o.inPost) continue;
            inPost++;
            skill += o.skill;
        }
        int teams = 0;
        for (Deployment d : deployments) if (d.until > model.hour()) teams++;
        return new BorderModel.BloView(index, officers.length, inPost, inPost == 0 ? Double.NaN : skill / inPost, onDutyNow, teams);
    }
}
