package org.bordersim.gui;

import java.awt.Color;
import javax.swing.JFrame;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.RunningTotals;
import org.bordersim.model.BorderModel;
import org.bordersim.world.World;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.portrayal.grid.SparseGridPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.gui.SimpleColorMap;

/**
 * The model under MASON's Console: play, pause, step, a Display2D of the border and a chart that grows as the run
 * plays. The display's layers, bottom up: the terrain (the second country darker, the border and crossing posts
 * marked), each BLO's patrol sector tinted in its colour, officers on patrol (green), interdiction teams waiting
 * (blue), the latest seizures (magenta) and the couriers on the road (black; click one to inspect it); each BLO's
 * post is outlined and inspects to the BLO (staffing, officers in post, skill, tasks under way). The model's
 * inspector shows the clock and what the run has done so far. Everything is read from the model after every step
 * (its cells and its events); the model runs exactly as on the command line.
 */
public final class BorderModelWithUI extends GUIState {
    /** Seizures kept on the display (the latest). */
    static final int SEIZURES_SHOWN = 200;
    private static final Color[] TERRAIN = {new Color(0xe2efda), new Color(0x7f7f7f), new Color(0xa57c52), new Color(0x5b9bd5),
        new Color(0x548235), new Color(0xf4e2b6), new Color(0x7030a0), Color.BLACK};
    private static final int BORDER = 2 * TERRAIN.length;
    private static final int POST = BORDER + 1;
    private static final Color[] SECTORS = {new Color(106, 27, 154, 110), new Color(0, 131, 143, 110), new Color(239, 108, 0, 110),
        new Color(40, 53, 147, 110), new Color(173, 20, 87, 110), new Color(46, 125, 50, 110)};
    static final Color PATROL = new Color(0x1b8a3a);
    static final Color TEAM = new Color(0x1f5fbf);

    private final World world;
    private final RunningTotals totals;
    private final IntGrid2D terrain;
    private final IntGrid2D sectors;
    private final DoubleGrid2D patrols;
    private final DoubleGrid2D teams;
    private final DoubleGrid2D seizures;
    private final SparseGrid2D couriers;
    private final SparseGrid2D posts;
    private final RunInspector inspector;
    private LiveChart chart;
    private Display2D display;
    private JFrame frame;

    public BorderModelWithUI(PreparedScenario prepared, long seed) {
        this(prepared, seed, new RunningTotals(prepared.scenario().prices().perKgByCommodity(), SEIZURES_SHOWN));
    }

    private BorderModelWithUI(PreparedScenario prepared, long seed, RunningTotals totals) {
        super(new BorderModel(seed, prepared.scenario(), prepared.world(), totals));
        this.totals = totals;
        this.world = prepared.world();
        int w = world.width();
        int h = world.height();
        this.terrain = new IntGrid2D(w, h);
        this.sectors = new IntGrid2D(w, h);
        this.patrols = new DoubleGrid2D(w, h);
        this.teams = new DoubleGrid2D(w, h);
        this.seizures = new DoubleGrid2D(w, h);
        this.couriers = new SparseGrid2D(w, h);
        this.posts = new SparseGrid2D(w, h);
        this.inspector = new RunInspector(model(), totals);
        for (int c = 0; c < world.cells(); c++) {
            int code = world.map().terrain(c).ordinal() + (world.map().country(c) % 2 == 1 ? TERRAIN.length : 0);
            if (world.border(c)) code = BORDER;
            if (world.post(c)) code = POST;
            terrain.field[c % w][c / w] = code;
        }
        for (int b = 0; b < world.bloCount(); b++) {
            for (int c : world.bloSite(b).sectorCells()) sectors.field[c % w][c / w] = 1 + b % SECTORS.length;
            int post = world.bloSite(b).postCell();
            posts.setObjectLocation(new InspectedBlo(model(), b), post % w, post / w);
        }
    }

    public static String getName() {
        return "BorderSim";
    }

    public BorderModel model() {
        return (BorderModel) state;
    }

    public Display2D display() {
        return display;
    }

    /** What the console's model tab inspects. */
    @Override
    public Object getSimulationInspectedObject() {
        return inspector;
    }

    /** The latest seizures' cells, as the display shows them. */
    int[] latestSeizures() {
        return totals.latestSeizureCells();
    }

    LiveChart chart() {
        return chart;
    }

    /** The BLOs whose post is at a cell (what a click there inspects). */
    sim.util.Bag blosAt(int cell) {
        return posts.getObjectsAtLocation(cell % world.width(), cell / world.width());
    }

    /** The courier objects on the display at a cell (what a click there inspects). */
    sim.util.Bag couriersAt(int cell) {
        return couriers.getObjectsAtLocation(cell % world.width(), cell / world.width());
    }

    @Override
    public void start() {
        super.start();
        if (chart != null) chart.clear();
        refresh();
        scheduleRepeatingImmediatelyAfter(s -> refresh());
    }

    /** Copies where couriers, patrols, teams and the latest seizures are into the display's layers. */
    private void refresh() {
        int w = world.width();
        BorderModel m = model();
        couriers.clear();
        for (BorderModel.CourierView c : m.couriers()) {
            couriers.setObjectLocation(new InspectedCourier(c, m.scenario().groups().get(c.group()), m.hour(), w), c.cell() % w, c.cell() / w);
        }
        fill(patrols, m.patrolCells());
        fill(teams, m.teamCells());
        fill(seizures, totals.latestSeizureCells());
        if (chart != null && m.hour() % 24 == 0) chart.add(m.hour() / 24, m.couriersOnRoad(), totals.shipmentsSeized());
    }

    private void fill(DoubleGrid2D grid, int[] cells) {
        grid.setTo(0.0);
        for (int c : cells) grid.field[c % world.width()][c / world.width()] = 1;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int scale = Math.max(2, Math.min(16, 900 / Math.max(world.width(), world.height())));
        display = new Display2D(world.width() * scale, world.height() * scale, this);
        display.setBackdrop(Color.WHITE);
        FastValueGridPortrayal2D land = new FastValueGridPortrayal2D("terrain", true);
        land.setField(terrain);
        Color[] colours = new Color[POST + 1];
        for (int i = 0; i < TERRAIN.length; i++) {
            colours[i] = TERRAIN[i];
            colours[i + TERRAIN.length] = TERRAIN[i].darker();
        }
        colours[BORDER] = new Color(0xffd966);
        colours[POST] = new Color(0xc00000);
        land.setMap(new SimpleColorMap(colours));
        FastValueGridPortrayal2D sectorLayer = new FastValueGridPortrayal2D("patrol sectors", true);
        sectorLayer.setField(sectors);
        Color[] sectorColours = new Color[SECTORS.length + 1];
        sectorColours[0] = new Color(0, 0, 0, 0);
        System.arraycopy(SECTORS, 0, sectorColours, 1, SECTORS.length);
        sectorLayer.setMap(new SimpleColorMap(sectorColours));
        display.attach(land, "Terrain, border and crossing posts");
        display.attach(sectorLayer, "Patrol sectors (a tint per BLO)");
        SparseGridPortrayal2D offices = new SparseGridPortrayal2D();
        offices.setField(posts);
        offices.setPortrayalForAll(new RectanglePortrayal2D(Color.BLACK, 1.0, false));
        display.attach(offices, "BLO posts (outlined; click to inspect)");
        display.attach(layer("officers on patrol", patrols, PATROL), "Officers on patrol (green)");
        display.attach(layer("interdiction teams", teams, TEAM), "Interdiction teams waiting (blue)");
        display.attach(layer("seizures", seizures, new Color(0xff00ff)), "Latest seizures (magenta)");
        SparseGridPortrayal2D onRoad = new SparseGridPortrayal2D();
        onRoad.setField(couriers);
        onRoad.setPortrayalForAll(new RectanglePortrayal2D(Color.BLACK, 1.0, true));
        display.attach(onRoad, "Couriers on the road (black; click to inspect)");
        frame = display.createFrame();
        frame.setTitle("BorderSim: " + model().scenario().name());
        c.registerFrame(frame);
        frame.setVisible(true);
        chart = new LiveChart(model().scenario().name());
        c.registerFrame(chart.frame());
        chart.frame().setVisible(true);
    }

    private static FastValueGridPortrayal2D layer(String name, DoubleGrid2D field, Color colour) {
        FastValueGridPortrayal2D p = new FastValueGridPortrayal2D(name);
        p.setField(field);
        p.setMap(new SimpleColorMap(0, 1, new Color(0, 0, 0, 0), colour));
        return p;
    }

    @Override
    public void quit() {
        super.quit();
        if (frame != null) frame.dispose();
        if (chart != null) chart.frame().dispose();
        frame = null;
        chart = null;
        display = null;
    }
}
