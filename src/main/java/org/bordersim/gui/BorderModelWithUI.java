package org.bordersim.gui;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.swing.JFrame;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.model.BorderModel;
import org.bordersim.world.World;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;

/**
 * The model under MASON's Console: play, pause, step, and a Display2D of the border with three
 * layers, the terrain (the second country darker, the border and crossing posts marked), the
 * couriers on the road, and the latest seizures. The layers are read from the model after every
 * step (its courier cells and its seizure events); the model runs exactly as on the command line.
 */
public final class BorderModelWithUI extends GUIState {
    /** Seizures kept on the display (the latest). */
    static final int SEIZURES_SHOWN = 200;
    private static final Color[] TERRAIN = {new Color(0xe2efda), new Color(0x7f7f7f), new Color(0xa57c52), new Color(0x5b9bd5),
        new Color(0x548235), new Color(0xf4e2b6), new Color(0x7030a0), Color.BLACK};
    private static final int BORDER = 2 * TERRAIN.length;
    private static final int POST = BORDER + 1;

    private final World world;
    private final IntGrid2D terrain;
    private final DoubleGrid2D couriers;
    private final DoubleGrid2D seizures;
    private final Deque<Integer> recentSeizures = new ArrayDeque<>();
    private Display2D display;
    private JFrame frame;

    public BorderModelWithUI(PreparedScenario prepared, long seed) {
        this(prepared, seed, new Deque[1]);
    }

    private BorderModelWithUI(PreparedScenario prepared, long seed, Deque<Integer>[] sink) {
        super(new BorderModel(seed, prepared.scenario(), prepared.world(), e -> {
            if (e instanceof ModelEvent.Seized s && sink[0] != null) {
                sink[0].addLast(s.cell());
                if (sink[0].size() > SEIZURES_SHOWN) sink[0].removeFirst();
            }
        }));
        sink[0] = recentSeizures;
        this.world = prepared.world();
        this.terrain = new IntGrid2D(world.width(), world.height());
        this.couriers = new DoubleGrid2D(world.width(), world.height());
        this.seizures = new DoubleGrid2D(world.width(), world.height());
        for (int c = 0; c < world.cells(); c++) {
            int code = world.map().terrain(c).ordinal() + (world.map().country(c) % 2 == 1 ? TERRAIN.length : 0);
            if (world.border(c)) code = BORDER;
            if (world.bcp(c)) code = POST;
            terrain.field[c % world.width()][c / world.width()] = code;
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

    @Override
    public void start() {
        super.start();
        recentSeizures.clear();
        refresh();
        scheduleRepeatingImmediatelyAfter(s -> refresh());
    }

    /** Copies the couriers' cells and the latest seizures into the display's layers. */
    private void refresh() {
        couriers.setTo(0.0);
        for (int c : model().courierCells()) couriers.field[c % world.width()][c / world.width()] += 1;
        seizures.setTo(0.0);
        for (int c : recentSeizures) seizures.field[c % world.width()][c / world.width()] = 1;
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
        FastValueGridPortrayal2D onRoad = new FastValueGridPortrayal2D("couriers");
        onRoad.setField(couriers);
        onRoad.setMap(new SimpleColorMap(0, 1, new Color(0, 0, 0, 0), Color.BLACK));
        FastValueGridPortrayal2D seized = new FastValueGridPortrayal2D("seizures");
        seized.setField(seizures);
        seized.setMap(new SimpleColorMap(0, 1, new Color(0, 0, 0, 0), new Color(0xff00ff)));
        display.attach(land, "Terrain, border and crossing posts");
        display.attach(seized, "Latest seizures (magenta)");
        display.attach(onRoad, "Couriers on the road (black)");
        frame = display.createFrame();
        frame.setTitle("BorderSim: " + model().scenario().name());
        c.registerFrame(frame);
        frame.setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (frame != null) frame.dispose();
        frame = null;
        display = null;
    }
}
