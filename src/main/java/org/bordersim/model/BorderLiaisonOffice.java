package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.BloSpec;
import org.bordersim.scenario.OfficerPolicy;
import org.bordersim.scenario.TrainingPolicy;
import org.bordersim.world.BloSite;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Border Liaison Office: its posts (officers), its checkpoint and its patrol sector.
 * Hourly, it puts the shift on duty, splitting it between the checkpoint and the patrol sector.
 * Daily ({@link #endOfDay}), it ages officers, lets some leave, fills vacancies with novices and
 * sends them on courses, and reports staffing, traffic and costs.
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
    /** This office's workforce draws (tenure, turnover, shift order, patrol walks). */
    private final MersenneTwisterFast random;
    /** Checkpoint share of each agency (one entry when the BLO is one pool). */
    private final double[] agencyShares;
    private final int[] availableByAgency;
    private final int[] assignedByAgency;
    /** Annual leaving rate here: the office's own or the common one, raised by hardship. */
    private final double turnoverPerYear;
    /** Effective skill = learned skill x this (harsh posts lower it). */
    private final double conditionsFactor;
    /** Communications quality after radios: intelligence leaves this office after latency / this. */
    final double communications;

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
        double hardship = spec.conditions().hardship();
        double baseTurnover = spec.turnoverPerYear() != null ? spec.turnoverPerYear() : policy.turnoverPerYear();
        this.turnoverPerYear = baseTurnover * (1 + policy.conditionsTurnoverEffect() * hardship);
        this.conditionsFactor = 1 - policy.conditionsSkillEffect() * hardship;
        double comms = spec.conditions().communications();
        this.communications = spec.equipment().radios() > 0 ? Math.max(comms, effects.radioCommunications()) : comms;
        this.officers = new Officer[spec.staffing()];
        int[] agencyOf = new int[officers.length];
        int next = 0;
        for (int a = 0; a < spec.agencies().size(); a++) {
            for (int k = 0; k < spec.agencies().get(a).staffing(); k++) agencyOf[next++] = a;
        }
        for (int i = 0; i < officers.length; i++) officers[i] = new Officer(firstOfficerId + i, this, agencyOf[i]);
        this.agencyShares = spec.agencies().isEmpty() ? new double[] {spec.checkpointShare()}
                : spec.agencies().stream().mapToDouble(a -> a.checkpointShare()).toArray();
        this.availableByAgency = new int[agencyShares.length];
        this.assignedByAgency = new int[agencyShares.length];
        this.dutyOrder = officers.clone();
    }

    /**
     * Fills every post at the start. With turnover the tenure is drawn from its long-run
     * (exponential) distribution, so the run starts in steady state rather than with a
     * cohort of equally experienced officers.
     */
    void staffInitially() {
        for (Officer o : officers) {
            o.inPost = true;
            o.trained = training.newArrivals();
            o.tenureDays = turnoverPerYear > 0
                    ? Math.floor(-Math.log(1.0 - random.nextDouble()) * 365.0 / turnoverPerYear)
                    : 10 * policy.learningDays();
            if (training.refresherEveryDays() > 0) {
                // In steady state the last refresher was a uniform time ago.
                o.daysSinceRefresher = random.nextInt(training.refresherEveryDays());
                o.refreshed = o.tenureDays >= training.refresherEveryDays();
            }
            o.skill = skillOf(o);
        }
        shuffleDutyOrder();
    }

    /** Hourly: the shift on duty goes to the checkpoint or out on patrol. */
    @Override
    public void step(SimState state) {
        long hour = model.hour();
        int shift = (int) (hour % 24) * policy.shiftsPerDay() / 24;
        Arrays.fill(availableByAgency, 0);
        Arrays.fill(assignedByAgency, 0);
        int available = 0;
        for (Officer o : dutyOrder) {
            if (onShift(o, shift)) {
                available++;
                availableByAgency[o.agency]++;
            }
        }
        checkpoint.clearDuty();
        int patrolling = 0;
        var equipment = spec.equipment();
        for (Officer o : dutyOrder) {
            if (!onShift(o, shift)) {
                o.sectorIndex = -1;
                continue;
            }
            // Each agency sends round(its share x its officers on duty) to the checkpoint.
            int atCheckpoint = (int) Math.round(agencyShares[o.agency] * availableByAgency[o.agency]);
            if (assignedByAgency[o.agency]++ < atCheckpoint || site.sectorCells().length == 0) {
                checkpoint.assign(o);
                o.sectorIndex = -1;
            } else {
                o.dashCam = patrolling < equipment.dashCams();
                o.nightVision = patrolling < equipment.nightVision();
                patrolling++;
                patrol(o, random);
            }
        }
        onDutyNow = available;
        checkpoint.openHour(hour);
    }

    /** Officers on duty this hour (checkpoint and patrol). */
    private int onDutyNow;

    int onDutyNow() {
        return onDutyNow;
    }

    /** Mean skill of officers in post, for actions that draw on the whole office. */
    double meanSkillInPost() {
        double s = 0;
        int n = 0;
        for (Officer o : officers) {
            if (o.inPost) {
                s += o.skill;
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    private boolean onShift(Officer o, int shift) {
        return o.onDutyAvailable() && o.id % policy.shiftsPerDay() == shift;
    }

    /** One hour's walk along the sector: a uniform step of at most {@code speed} places. */
    private void patrol(Officer o, MersenneTwisterFast random) {
        int[] sector = site.sectorCells();
        if (o.sectorIndex < 0) {
            o.sectorIndex = random.nextInt(sector.length);
        } else {
            int speed = spec.patrol().speedCellsPerHour();
            int to = o.sectorIndex + random.nextInt(2 * speed + 1) - speed;
            o.sectorIndex = Math.max(0, Math.min(sector.length - 1, to));
        }
        model.patrols().add(o, sector[o.sectorIndex]);
    }

    /** Daily, after the day's last hour. */
    void endOfDay() {
        long hour = model.hour();
        double leave = OfficerPolicy.dailyLeavingProbability(turnoverPerYear);
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
                if (training.refresherEveryDays() > 0 && o.trainingDaysLeft == 0
                        && o.daysSinceRefresher >= training.refresherEveryDays()) {
                    o.trainingDaysLeft = training.refresherDays();
                    o.daysSinceRefresher = 0;
                    o.refreshed = true;
                    model.emit(new ModelEvent.TrainingStarted(hour, index, true));
                    model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.TRAINING, model.scenario().costs().refresherCourse()));
                }
                if (random.nextBoolean(leave)) {
                    model.emit(new ModelEvent.OfficerLeft(hour, index, o.tenureDays));
                    o.inPost = false;
                    o.vacantDaysLeft = policy.vacancyDays();
                }
            } else if (o.vacantDaysLeft > 0) {
                o.vacantDaysLeft--;
            }
            if (!o.inPost && o.vacantDaysLeft == 0) arrive(o, hour);
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
        model.emit(new ModelEvent.StaffDay(hour, index, inPost, vacant, inTraining, skillSum, tenureSum));
        model.emit(new ModelEvent.CheckpointDay(hour, index, checkpoint.takeArrivalsToday(), checkpoint.takeInspectedToday(),
                checkpoint.takeWavedToday(), checkpoint.takeWaitHoursToday()));
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.STAFF, inPost * costs.officerYear() / 365.0));
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.OFFICE, costs.bloYear() / 365.0));
        var e = spec.equipment();
        double equipmentYear = e.scanners() * costs.scannerYear() + e.dashCams() * costs.dashCamYear()
                + e.nightVision() * costs.nightVisionYear() + e.radios() * costs.radioYear();
        if (equipmentYear > 0) model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.EQUIPMENT, equipmentYear / 365.0));
    }

    /** A novice takes the post, and first goes on the course if the policy says so. */
    private void arrive(Officer o, long hour) {
        o.inPost = true;
        o.tenureDays = 0;
        o.trained = training.newArrivals();
        o.trainingDaysLeft = 0;
        o.daysSinceRefresher = 0;
        o.refreshed = false;
        if (training.newArrivals()) {
            o.trainingDaysLeft = training.courseDays();
            model.emit(new ModelEvent.TrainingStarted(hour, index, false));
            model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.TRAINING, model.scenario().costs().trainingCourse()));
        }
    }

    private double boost(Officer o) {
        return o.trained ? training.skillBoost() : 0.0;
    }

    /**
     * Effective skill: the learning curve (with the new-arrival course's start boost), plus the
     * refresher boost while the last refresher is recent, capped at sMax, times the post's
     * conditions factor.
     */
    private double skillOf(Officer o) {
        double learned = policy.skillAt(o.tenureDays, boost(o));
        if (o.refreshed && o.daysSinceRefresher < training.refresherEveryDays()) {
            learned = Math.min(Math.max(learned, policy.maxSkill()), learned + training.refresherBoost());
        }
        return learned * conditionsFactor;
    }

    private void shuffleDutyOrder() {
        for (int i = dutyOrder.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Officer t = dutyOrder[i];
            dutyOrder[i] = dutyOrder[j];
            dutyOrder[j] = t;
        }
    }

    void forEachOfficerSkill(java.util.function.DoubleConsumer skill) {
        for (Officer o : officers) if (o.inPost) skill.accept(o.skill);
    }

    int staffing() {
        return officers.length;
    }
}
