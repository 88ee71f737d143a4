package org.bordersim.model;

/**
 * One authorised post at a BLO and whoever fills it. The object stays when an officer leaves:
 * it records the vacancy and later the novice, so turnover allocates nothing.
 */
final class Officer {
    final int id;
    final BorderLiaisonOffice office;
    /** Index into the BLO's agencies, or 0 when the BLO is one pool. */
    final int agency;
    boolean inPost;
    int vacantDaysLeft;
    int trainingDaysLeft;
    double tenureDays;
    boolean trained;
    /** Effective skill (learning curve, training, conditions), updated daily. */
    double skill;
    int daysSinceRefresher;
    boolean refreshed;
    /** Equipment carried on patrol this hour. */
    boolean dashCam;
    boolean nightVision;
    /** Position in the BLO's sector while patrolling; -1 when not on patrol last hour. */
    int sectorIndex = -1;
    /** The last courier this officer had a chance to detect, and when: one chance per hour. */
    int lastCourier = -1;
    long lastCourierHour = -1;

    Officer(int id, BorderLiaisonOffice office, int agency) {
        this.id = id;
        this.office = office;
        this.agency = agency;
    }

    boolean onDutyAvailable() {
        return inPost && trainingDaysLeft == 0;
    }
}
