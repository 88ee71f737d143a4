package org.bordersim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;
import org.bordersim.report.MapImage;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.world.World;

/**
 * The studio's server: the page (from the jar) and a small JSON API over the functions the command
 * line uses (load and validate a scenario, draw its map, compare a what-if with common random
 * numbers). Bad input gets the command line's problems, file and JSON pointer included, as a 400
 * answer that the page shows; nothing here throws a stack trace at the browser.
 */
public final class Studio implements AutoCloseable {
    /** Most replications one comparison may ask for from the page. */
    static final int MAX_REPLICATIONS = 200;

    private final ScenarioFolder folder;
    private final Comparisons comparisons;
    private final Investments investments;
    /** Watched runs kept at once: each holds a whole model, so the oldest is dropped when another starts. */
    static final int LIVE_RUNS_KEPT = 4;
    private final Map<Long, LiveRun> live = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong liveIds = new java.util.concurrent.atomic.AtomicLong();
    private final Javalin app;

    private Studio(ScenarioFolder folder, Path results, int threads, String host, int port) {
        this.folder = folder;
        this.comparisons = new Comparisons(threads);
        this.investments = new Investments(results, threads);
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/bordersim/studio";
                s.location = Location.CLASSPATH;
            });
            config.routes.get("/api/scenarios", this::scenarios);
            config.routes.get("/api/scenario", this::scenario);
            config.routes.post("/api/compare", this::compare);
            config.routes.get("/api/compare/{id}", this::progress);
            config.routes.get("/api/compare/{id}/briefing", this::briefing);
            config.routes.post("/api/save", this::save);
            config.routes.post("/api/live", this::live);
            config.routes.get("/api/portfolios", ctx -> ctx.json(Map.of("portfolios", folder.portfolios())));
            config.routes.post("/api/invest", this::invest);
            config.routes.get("/api/invest/{id}", this::investProgress);
            config.routes.get("/api/invest/{id}/brief", this::brief);
            config.routes.post("/api/live/{id}/step", this::liveStep);
            config.routes.exception(InputException.class, (e, ctx) -> problems(ctx, e.problems()));
            config.routes.exception(Exception.class, (e, ctx) -> problems(ctx, List.of(new Problem("studio", "", "internal error: " + e))));
        });
    }

    /**
     * Starts serving {@code scenarios} on {@code host:port} (port 0: any free port).
     *
     * @param threads threads a comparison runs on
     */
    public static Studio start(Path scenarios, String host, int port, int threads) throws IOException {
        return start(scenarios, scenarios.toAbsolutePath().resolveSibling("results"), host, port, threads);
    }

    /** The same, writing donors' results (bordersim invest) under {@code results}. */
    public static Studio start(Path scenarios, Path results, String host, int port, int threads) throws IOException {
        Studio s = new Studio(new ScenarioFolder(scenarios), results, threads, host, port);
        s.app.start();
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    private static void problems(Context ctx, List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems) lines.add(p.describe());
        ctx.status(400).json(Map.of("problems", lines));
    }

    private void scenarios(Context ctx) throws IOException {
        ctx.json(Map.of("folder", folder.root().toString(), "scenarios", folder.scenarios()));
    }

    /** A scenario's summary, levers with their base values, and its map as a PNG data URL. */
    private void scenario(Context ctx) throws Exception {
        Path file = folder.resolve(ctx.queryParam("file"));
        ScenarioTemplate template = new ScenarioLoader().template(file);
        LoadedScenario loaded = template.with(Map.of());
        PreparedScenario prepared = new PreparedScenario(loaded, World.build(file.toString(), loaded.scenario()));
        World world = prepared.world();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", prepared.scenario().name());
        out.put("description", prepared.scenario().description());
        out.put("width", world.width());
        out.put("height", world.height());
        out.put("cellKm", world.cellKm());
        out.put("crossings", world.crossingPoints().stream().map(p -> p.name()).toList());
        out.put("blos", prepared.scenario().blos().stream().map(b -> b.name()).toList());
        out.put("replications", prepared.scenario().replications());
        out.put("currency", prepared.scenario().costs().currency());
        List<Map<String, Object>> levers = new ArrayList<>();
        for (String[] l : Lever.OFFERED) {
            Map<String, JsonNode> values = template.matches(l[0]);
            if (values.isEmpty()) continue;
            Lever lever = Lever.of(l[0], l[1]);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pointer", lever.pointer());
            m.put("label", lever.label());
            m.put("type", lever.type());
            m.put("min", lever.min());
            m.put("max", lever.max());
            m.put("choices", lever.choices());
            m.put("unit", lever.unit());
            boolean same = values.values().stream().distinct().count() == 1;
            m.put("base", same ? values.values().iterator().next() : null);
            levers.add(m);
        }
        out.put("levers", levers);
        out.put("mapScale", MapImage.scale(world));
        out.put("map", "data:image/png;base64," + Base64.getEncoder().encodeToString(MapImage.pngBytes(world, prepared.scenario())));
        ctx.json(out);
    }

    /**
     * Starts a comparison: {@code {"file": ..., "set": {pointer: value}, "replications": n}}. The what-if
     * is the scenario with the settings, validated like any scenario; both run with the scenario's seed.
     */
    private void compare(Context ctx) throws Exception {
        JsonNode body = requestBody(ctx);
        Path file = folder.resolve(body.path("file").asText(null));
        int reps = body.path("replications").asInt(10);
        if (reps < 2 || reps > MAX_REPLICATIONS) {
            throw new InputException(new Problem("request", "/replications", "must be 2 to " + MAX_REPLICATIONS + ", found " + body.get("replications")));
        }
        Map<String, JsonNode> set = new LinkedHashMap<>();
        JsonNode changes = body.path("set");
        if (!changes.isMissingNode() && !changes.isObject()) throw new InputException(new Problem("request", "/set", "expected an object of pointer -> value"));
        changes.fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue()));
        ScenarioTemplate template = new ScenarioLoader().template(file);
        for (String pointer : set.keySet()) {
            if (!template.addresses(pointer)) {
                throw new InputException(new Problem(file.getFileName().toString(), pointer, "addresses nothing in this scenario"));
            }
        }
        LoadedScenario base = template.with(Map.of());
        Map<String, JsonNode> named = new LinkedHashMap<>(set);
        named.putIfAbsent("/name", Json.STRICT.getNodeFactory().textNode("what-if"));
        LoadedScenario whatIf = template.with(named);
        long seed = base.scenario().seed();
        PreparedScenario a = new PreparedScenario(base, World.build(file.toString(), base.scenario())).withRun(seed, reps);
        PreparedScenario b = new PreparedScenario(whatIf, World.build(file.toString(), whatIf.scenario())).withRun(seed, reps);
        Comparisons.Job job = comparisons.start(body.path("file").asText(), set, a, b, base.scenario().costs().currency());
        ctx.json(Map.of("id", job.id, "total", job.total));
    }

    /**
     * Saves a what-if as a short scenario file beside the one it changes:
     * {@code {"extends": <that file>, "name": ..., "overrides": {pointer: value}}}. It is written aside,
     * loaded and validated like any scenario, and only then moved into place; an existing file is
     * never replaced.
     */
    private void save(Context ctx) throws Exception {
        JsonNode body = requestBody(ctx);
        Path base = folder.resolve(body.path("file").asText(null));
        String name = body.path("name").asText("");
        if (!name.matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$") || name.endsWith(".json")) {
            throw new InputException(new Problem("request", "/name", "a what-if's name is letters, digits, '.', '_' and '-' "
                    + "(at most 64, without .json), found '" + name + "'"));
        }
        Path target = base.resolveSibling(name + ".json");
        if (java.nio.file.Files.exists(target)) {
            ctx.status(409).json(Map.of("problems", List.of(folder.root().relativize(target) + " exists already; choose another name")));
            return;
        }
        ObjectNode doc = Json.STRICT.createObjectNode();
        doc.put("extends", base.getFileName().toString());
        doc.put("name", name);
        doc.put("description", body.path("description").asText("What-if of " + base.getFileName() + ", saved from the studio."));
        ObjectNode overrides = doc.putObject("overrides");
        body.path("set").fields().forEachRemaining(e -> overrides.set(e.getKey(), e.getValue()));
        Path aside = base.resolveSibling("." + name + ".json.tmp");
        java.nio.file.Files.writeString(aside, Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        try {
            PreparedScenario.load(aside);
            java.nio.file.Files.move(aside, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(aside);
        }
        ctx.json(Map.of("saved", folder.root().relativize(target).toString().replace('\\', '/')));
    }

    private static JsonNode requestBody(Context ctx) throws InputException {
        JsonNode body;
        try {
            body = Json.STRICT.readTree(ctx.body());
        } catch (IOException e) {
            throw new InputException(new Problem("request", "", "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (body == null || !body.isObject()) throw new InputException(new Problem("request", "", "expected a JSON object"));
        return body;
    }

    /** Starts watching replication 0 of a scenario (with the what-if's settings, if any): {@code {"file": ..., "set": {...}}}. */
    private void live(Context ctx) throws Exception {
        JsonNode body = requestBody(ctx);
        Path file = folder.resolve(body.path("file").asText(null));
        Map<String, JsonNode> set = new LinkedHashMap<>();
        body.path("set").fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue()));
        LoadedScenario loaded = new ScenarioLoader().template(file).with(set);
        LiveRun run = new LiveRun(new PreparedScenario(loaded, World.build(file.toString(), loaded.scenario())));
        long id = liveIds.incrementAndGet();
        live.put(id, run);
        live.keySet().removeIf(old -> old <= id - LIVE_RUNS_KEPT);
        Map<String, Object> out = new LinkedHashMap<>(run.snapshot());
        out.put("id", id);
        out.put("durationDays", loaded.scenario().durationDays());
        ctx.json(out);
    }

    /** Advances a watched run by {@code ?hours=} (1 to 720) and returns where things stand. */
    private void liveStep(Context ctx) throws InputException {
        LiveRun run = live.get(parseId(ctx.pathParam("id")));
        if (run == null) {
            ctx.status(404).json(Map.of("problems", List.of("no live run " + ctx.pathParam("id"))));
            return;
        }
        int hours;
        try {
            hours = Integer.parseInt(ctx.queryParamAsClass("hours", String.class).getOrDefault("24"));
        } catch (NumberFormatException e) {
            hours = -1;
        }
        if (hours < 1 || hours > 720) throw new InputException(new Problem("request", "hours", "must be 1 to 720 (a month)"));
        ctx.json(run.step(hours));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The briefing of a finished comparison: a page that prints to PDF (the question, the change, the result, the caveats). */
    private void briefing(Context ctx) {
        Comparisons.Job job = comparisons.get(parseId(ctx.pathParam("id")));
        if (job == null || !job.status.equals("done")) {
            ctx.status(404).json(Map.of("problems", List.of("no finished comparison " + ctx.pathParam("id"))));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"briefing-" + job.id + ".html\"");
        ctx.html(Briefing.html(job));
    }

    /** Answers a portfolio file from the scenarios folder, as 'bordersim invest' does: {@code {"file": ...}}. */
    private void invest(Context ctx) throws Exception {
        JsonNode body = requestBody(ctx);
        Path file = folder.resolve(body.path("file").asText(null));
        org.bordersim.invest.Portfolio portfolio = org.bordersim.invest.PortfolioLoader.load(file);
        Investments.Job job = investments.start(portfolio);
        ctx.json(Map.of("id", job.id, "portfolios", portfolio.size(), "replications", portfolio.replications()));
    }

    private void investProgress(Context ctx) {
        Investments.Job job = investments.get(parseId(ctx.pathParam("id")));
        if (job == null) {
            ctx.status(404).json(Map.of("problems", List.of("no invest run " + ctx.pathParam("id"))));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id);
        out.put("status", job.status);
        out.put("stage", job.stage);
        out.put("done", job.done.get());
        out.put("total", job.total.get());
        if (job.recommendation != null) out.put("recommendation", job.recommendation);
        if (job.answer != null) out.put("answer", job.answer);
        if (job.error != null) out.put("error", job.error);
        ctx.json(out);
    }

    /** The donor brief of a finished invest run, as written into its results folder. */
    private void brief(Context ctx) throws IOException {
        Investments.Job job = investments.get(parseId(ctx.pathParam("id")));
        if (job == null || job.folder == null) {
            ctx.status(404).json(Map.of("problems", List.of("no finished invest run " + ctx.pathParam("id"))));
            return;
        }
        ctx.html(java.nio.file.Files.readString(job.folder.resolve(org.bordersim.report.InvestReport.BRIEF)));
    }

    private void progress(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ctx.status(404).json(Map.of("problems", List.of("no comparison " + ctx.pathParam("id"))));
            return;
        }
        Comparisons.Job job = comparisons.get(id);
        if (job == null) {
            ctx.status(404).json(Map.of("problems", List.of("no comparison " + id)));
            return;
        }
        ObjectNode out = Json.STRICT.createObjectNode();
        out.put("id", job.id);
        out.put("status", job.status);
        out.put("done", job.done.get());
        out.put("total", job.total);
        if (job.error != null) out.put("error", job.error);
        out.set("rows", Json.STRICT.valueToTree(job.rows));
        out.set("warnings", Json.STRICT.valueToTree(job.warnings));
        out.set("places", Json.STRICT.valueToTree(job.places));
        if (job.placeMap != null) out.put("placeMap", job.placeMap);
        ctx.json(out);
    }

    @Override
    public void close() {
        app.stop();
        comparisons.close();
        investments.close();
    }
}
