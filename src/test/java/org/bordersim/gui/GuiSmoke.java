package org.bordersim.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.bordersim.experiment.PreparedScenario;
import sim.display.Console;

/**
 * Run by {@link GuiTest} in a child JVM under Xvfb: opens the console on a scenario, plays until
 * 48 simulated hours have run and a courier is on the road, pauses, and paints the display into a
 * PNG. Prints what it saw ("hours=N couriers=K blackAtCouriers=B") and exits 0 if the display shows
 * every courier, 1 otherwise.
 */
public final class GuiSmoke {
    private GuiSmoke() {
    }

    /** Pausing lets the step under way finish: wait until the clock has not moved for 300 ms. */
    private static void waitUntilStill(BorderModelWithUI ui) throws InterruptedException {
        long hour = -1;
        long since = System.nanoTime();
        while (System.nanoTime() - since < 300_000_000L) {
            if (ui.model().hour() != hour) {
                hour = ui.model().hour();
                since = System.nanoTime();
            }
            Thread.sleep(10);
        }
    }

    public static void main(String[] args) throws Exception {
        PreparedScenario prepared = PreparedScenario.load(Path.of(args[0]));
        Console console = Gui.open(prepared);
        BorderModelWithUI ui = (BorderModelWithUI) console.getSimulation();
        console.pressPlay();
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean paused = false;
        while (System.nanoTime() < deadline) {
            if (ui.model().hour() >= 48 && ui.model().courierCells().length > 0) {
                console.pressPause(); // pauses a playing console (and resumes a paused one)
                waitUntilStill(ui);
                if (ui.model().courierCells().length > 0) {
                    paused = true;
                    break;
                }
                console.pressPause();
            }
            Thread.sleep(5);
        }
        if (!paused) {
            console.pressPause();
            waitUntilStill(ui);
        }
        long hours = ui.model().hour();
        int couriers = ui.model().courierCells().length;
        BufferedImage[] shot = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> shot[0] = ui.display().insideDisplay.paint(
                ui.display().insideDisplay.getGraphics(), true, false));
        ImageIO.write(shot[0], "png", Path.of(args[1]).toFile());
        int w = prepared.world().width();
        double px = shot[0].getWidth() / (double) w;
        int black = 0;
        for (int c : ui.model().courierCells()) {
            int x = (int) ((c % w + 0.5) * px);
            int y = (int) ((c / w + 0.5) * px);
            if ((shot[0].getRGB(x, y) & 0xffffff) == 0) black++;
            else System.out.println("courier at cell " + c + " (" + (c % w) + ", " + (c / w) + ") shows " + Integer.toHexString(shot[0].getRGB(x, y)));
        }
        System.out.println("hours=" + hours + " couriers=" + couriers + " blackAtCouriers=" + black);
        // Officers on patrol are drawn where no courier or seizure covers them.
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        for (int c : ui.model().courierCells()) covered.add(c);
        for (int c : ui.latestSeizures()) covered.add(c);
        int patrols = 0;
        int greenAtPatrols = 0;
        for (int c : ui.model().patrolCells()) {
            if (covered.contains(c)) continue;
            patrols++;
            int rgb = shot[0].getRGB((int) ((c % w + 0.5) * px), (int) ((c / w + 0.5) * px)) & 0xffffff;
            if (rgb == (BorderModelWithUI.PATROL.getRGB() & 0xffffff)) greenAtPatrols++;
        }
        System.out.println("patrols=" + patrols + " greenAtPatrols=" + greenAtPatrols);
        // The model inspector, a courier's inspector and the chart.
        RunInspector run = (RunInspector) ui.getSimulationInspectedObject();
        InspectedCourier first = (InspectedCourier) ui.couriersAt(ui.model().courierCells()[0]).get(0);
        int[] points = new int[1];
        SwingUtilities.invokeAndWait(() -> points[0] = ui.chart().points());
        InspectedBlo blo = (InspectedBlo) ui.blosAt(prepared.world().bloSite(0).postCell()).get(0);
        System.out.println("inspectorDay=" + run.getDay() + " courierGroup=" + first.getGroup() + " chartPoints=" + points[0]
                + " blo=" + blo.getName() + " inPost=" + blo.getOfficersInPost() + "/" + blo.getAuthorisedStaffing());
        boolean inspected = run.getDay() == hours / 24 && !first.getGroup().isEmpty() && first.getHoursOnTheRoad() >= 0
                && blo.getName().equals(prepared.scenario().blos().get(0).name()) && blo.getOfficersInPost() > 0
                && blo.getOfficersInPost() <= blo.getAuthorisedStaffing();
        System.exit(hours >= 48 && couriers > 0 && black == couriers && patrols > 0 && greenAtPatrols == patrols
                && inspected && points[0] >= 2 ? 0 : 1);
    }
}
