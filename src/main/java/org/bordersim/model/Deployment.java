package org.bordersim.model;

/**
 * Officers of one BLO taken off regular duty (checkpoint and patrol) for a task: an interdiction
 * team waiting at a predicted crossing, or one side of a joint operation. From {@code takenFrom}
 * until {@code until} the BLO gives the task up to {@code size} of the officers on shift each
 * hour, before anyone goes to the checkpoint or on patrol; the task acts only from
 * {@code presentFrom} (after the walk there). Who is present this hour is in {@link #members}.
 */
final class Deployment {
    enum Kind { INTERDICTION_TEAM, JOINT_OPERATION }

    final Kind kind;
    final BorderLiaisonOffice office;
    final int size;
    final long takenFrom;
    final long presentFrom;
    long until;
    /** The cell the task watches (an interdiction team), or -1. */
    final int cell;
    final Officer[] members;
    int present;

    Deployment(Kind kind, BorderLiaisonOffice office, int size, long takenFrom, long presentFrom, long until, int cell) {
        this.kind = kind;
        this.office = office;
        this.size = size;
        this.takenFrom = takenFrom;
        this.presentFrom = presentFrom;
        this.until = until;
        this.cell = cell;
        this.members = new Officer[size];
    }

    /** Whether the task is at its place and acting this hour. */
    boolean actingAt(long hour) {
        return hour >= presentFrom && hour < until && present > 0;
    }
}
