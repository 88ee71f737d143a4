package org.bordersim.model;

/**
 * One authorised post at a BLO and whoever fills it. The object stays when an officer leaves:
 * it records the vacancy and later the novice, so turnover allocates nothing.
 */
final class Officer {
    /** Unique in the model (indexes the patrol presence lists). */
    final int id;
    /**
     * The shift of the day this post works: a BLO numbers its posts and spreads them over the shifts by that number,
     * so the first shifts get the extra officers.
     */
    final int shift;
    final BorderLiaisonOffice office;
    /** Index into the BLO's agencies, or 0 when the BLO is one pool. */
    final int agency;
    boolean inPost;
    int vacantDaysLeft;
    /** The post is empty because its officer was rotated out: the one who comes next is rotated in, not a novice. */
    boolean awaitingRotation;
    /** Arrived by rotation: skill lacks local knowledge for a while (docs/ODD.md §7.4). */
    boolean rotatedIn;
    /** Days at this post since arriving (tenure counts the whole service). */
    double daysAtPost;
    int trainingDaysLeft;
    double tenureDays;
    boolean trained;
    /** Effective skill (learning curve, training, conditions), updated daily. */
    double skill;
    int daysSinceRefresher;
    boolean refreshed;
    /** The run's day on which this officer, already in post, takes the course (the in-post lever), or -1. */
    int inPostCourseDay = -1;
    /** The task this officer is deployed on this hour, or null (regular duty or off shift). */
    Deployment deployment;
    /** Equipment carried on patrol this hour. */
    boolean dashCam;
    boolean nightVision;
    /** Position in the BLO's sector while patrolling; -1 when not on patrol last hour. */
    int sectorIndex = -1;
    /** The last courier this officer had a chance to detect, and when: one chance per hour. */
    int lastCourier = -1;
    long lastCourierHour = -1;

    Officer(int id, int shift, BorderLiaisonOffice office, int agency) {
        this.id = id;
        this.shift = shift;
        this.office = office;
        this.agency = agency;
    }

    boolean onDutyAvailable() {
        return inPost && trainingDaysLeft == 0;
    }
}
