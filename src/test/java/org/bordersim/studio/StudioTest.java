package org.bordersim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.bordersim.files.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's API, over HTTP, as the page uses it. */
class StudioTest {
    @TempDir
    static Path dir;
    static Studio studio;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A scenarios folder with the baseline, a broken scenario, and a file outside it. */
    @BeforeAll
    static void serve() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/baseline.json"), scenarios.resolve("baseline.json"));
        Files.writeString(scenarios.resolve("broken.json"), "{\"extends\": \"baseline.json\", \"officers\": {\"turnoverPerYear\": -1}}");
        Files.writeString(dir.resolve("secret.json"), "{\"extends\": \"scenarios/baseline.json\"}");
        Files.writeString(scenarios.resolve("tiny-portfolio.json"), """
                {"name": "tiny", "scenario": "baseline.json", "horizonYears": 0.1, "budget": {"currency": "USD", "perYear": 100000},
                 "maximise": "officer_hours_checkpoint", "replications": 3,
                 "options": [{"name": "staffing", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": 8}, {"value": 9}]}],
                 "conditions": [{"name": "churn", "label": "turnover doubles", "set": {"/officers/turnoverPerYear": 0.6}}]}
                """);
        studio = Studio.start(scenarios, dir.resolve("results"), "127.0.0.1", 0, 2);
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void thePageAndTheScenarioListAreServed() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("BorderSim studio"));
        JsonNode list = Json.STRICT.readTree(get("/api/scenarios").body());
        assertEquals("[\"baseline.json\",\"broken.json\"]", list.get("scenarios").toString());
    }

    @Test
    void aDonorsPortfolioIsAnsweredIntoTheResultsRootWithItsBrief() throws Exception {
        assertEquals("[\"tiny-portfolio.json\"]", Json.STRICT.readTree(get("/api/portfolios").body()).get("portfolios").toString());
        JsonNode started = Json.STRICT.readTree(post("/api/invest", "{\"file\": \"tiny-portfolio.json\"}").body());
        long id = started.get("id").asLong();
        JsonNode p = null;
        for (int i = 0; i < 600; i++) {
            p = Json.STRICT.readTree(get("/api/invest/" + id).body());
            if (!p.get("status").asText().equals("running") && !p.get("status").asText().equals("queued")) break;
            Thread.sleep(100);
        }
        assertEquals("done", p.get("status").asText(), p.toString());
        assertEquals("staffing: 8", p.get("recommendation").asText(), "9 officers per BLO cost more than 100,000 a year");
        HttpResponse<String> brief = get("/api/invest/" + id + "/brief");
        assertEquals(200, brief.statusCode());
        assertTrue(brief.body().contains("Donor brief: tiny"));
        Path folder;
        try (var s = Files.list(dir.resolve("results"))) {
            folder = s.filter(f -> f.getFileName().toString().startsWith("tiny-")).findFirst().orElseThrow(
                    () -> new AssertionError("written under the results root"));
        }
        // The page's plane and regret table carry the brief's own numbers.
        JsonNode answer = p.get("answer");
        assertEquals(100000 * 0.1, answer.get("budget").asDouble(), 1e-6);
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(folder.resolve("portfolios.csv"))).getRecords();
        assertEquals(rows.size(), answer.get("points").size(), "every portfolio on the plane");
        int recommended = 0;
        for (JsonNode point : answer.get("points")) {
            var row = rows.stream().filter(r -> ("staffing: " + r.get("staffing")).equals(point.get("portfolio").asText())
                    || (r.get("staffing").equals("6") && point.get("portfolio").asText().startsWith("nothing"))).findFirst().orElseThrow();
            assertEquals(Double.parseDouble(row.get("gain")), point.get("gain").asDouble(), 1e-9, point.toString());
            assertEquals(Double.parseDouble(row.get("cost")), point.get("cost").asDouble(), 1e-9, point.toString());
            if (point.get("recommended").asBoolean()) {
                recommended++;
                assertEquals("staffing: 8", point.get("portfolio").asText());
            }
        }
        assertEquals(1, recommended);
        JsonNode regret = answer.get("regret");
        assertEquals("[\"turnover doubles\"]", regret.get("conditions").toString());
        assertTrue(regret.get("rows").get(0).get("recommended").asBoolean());
        for (JsonNode row : regret.get("rows")) {
            assertTrue(row.get("regrets").get(0).asDouble() >= 0, "regret is what the best leader gains more: never negative");
        }
        assertTrue(regret.get("rows").size() >= 2, "at least two leaders to weigh");
        assertEquals(400, post("/api/invest", "{\"file\": \"../secret.json\"}").statusCode());
        assertEquals(400, post("/api/invest", "{\"file\": \"baseline.json\"}").statusCode(), "a scenario is not a portfolio");
    }

    @Test
    void aScenarioComesWithItsMapAndLeversBoundedByTheSchema() throws Exception {
        JsonNode s = Json.STRICT.readTree(get("/api/scenario?file=baseline.json").body());
        assertEquals(60, s.get("width").asInt());
        assertTrue(s.get("map").asText().startsWith("data:image/png;base64,"));
        JsonNode staffing = null;
        for (JsonNode l : s.get("levers")) if (l.get("pointer").asText().equals("/blos/*/staffing")) staffing = l;
        assertEquals(6, staffing.get("base").asInt());
        assertEquals("integer", staffing.get("type").asText());
        assertEquals(0.0, staffing.get("min").asDouble());
    }

    @Test
    void pathsOutsideTheScenariosFolderAreRefused() throws Exception {
        for (String name : new String[] {"../secret.json", "/etc/passwd", dir.resolve("secret.json").toString(), "sub/../../secret.json"}) {
            HttpResponse<String> r = get("/api/scenario?file=" + q(name));
            assertEquals(400, r.statusCode(), name);
            assertTrue(r.body().contains("refused"), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        HttpResponse<String> r = post("/api/compare", "{\"file\": \"../secret.json\", \"set\": {}}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("refused"), r.body());
    }

    @Test
    void anInvalidScenarioOrWhatIfGetsTheCommandLinesProblemWithItsPointer() throws Exception {
        HttpResponse<String> broken = get("/api/scenario?file=broken.json");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("/officers/turnoverPerYear"), broken.body());
        HttpResponse<String> bad = post("/api/compare", "{\"file\": \"baseline.json\", \"set\": {\"/officers/turnoverPerYear\": -0.5}}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("/officers/turnoverPerYear"), bad.body());
        assertEquals(400, post("/api/compare", "not json").statusCode());
        assertEquals(400, post("/api/compare", "{\"file\": \"baseline.json\", \"replications\": 100000}").statusCode());
    }

    @Test
    void aWhatIfIsSavedAsAShortExtendsFileThatValidatesAndNeverReplacesOne() throws Exception {
        HttpResponse<String> r = post("/api/save", "{\"file\": \"baseline.json\", \"name\": \"ten-officers\", "
                + "\"set\": {\"/blos/*/staffing\": 10}}");
        assertEquals(200, r.statusCode(), r.body());
        Path saved = dir.resolve("scenarios/ten-officers.json");
        JsonNode doc = Json.STRICT.readTree(Files.readString(saved));
        assertEquals("baseline.json", doc.get("extends").asText());
        var loaded = org.bordersim.experiment.PreparedScenario.load(saved);
        assertEquals(10, loaded.scenario().blos().get(0).staffing());
        assertEquals(409, post("/api/save", "{\"file\": \"baseline.json\", \"name\": \"ten-officers\", \"set\": {}}").statusCode());
        assertEquals(10, org.bordersim.experiment.PreparedScenario.load(saved).scenario().blos().get(0).staffing(), "not replaced");
        HttpResponse<String> escape = post("/api/save", "{\"file\": \"baseline.json\", \"name\": \"../out\", \"set\": {}}");
        assertEquals(400, escape.statusCode());
        assertFalse(Files.exists(dir.resolve("out.json")));
        HttpResponse<String> invalid = post("/api/save", "{\"file\": \"baseline.json\", \"name\": \"bad\", "
                + "\"set\": {\"/blos/*/staffing\": -1}}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("staffing"), invalid.body());
        assertFalse(Files.exists(dir.resolve("scenarios/bad.json")), "an invalid what-if is not left behind");
        assertFalse(Files.exists(dir.resolve("scenarios/.bad.json.tmp")));
        Files.delete(saved);
    }

    @Test
    void aWatchedRunAdvancesDeterministicallyAndCountsWhatItSees() throws Exception {
        JsonNode a = Json.STRICT.readTree(post("/api/live", "{\"file\": \"baseline.json\"}").body());
        JsonNode b = Json.STRICT.readTree(post("/api/live", "{\"file\": \"baseline.json\"}").body());
        JsonNode sa = null;
        JsonNode sb = null;
        int mostOnRoad = 0;
        int mostPatrolling = 0;
        int teamsSeen = 0;
        var world = org.bordersim.experiment.PreparedScenario.load(dir.resolve("scenarios/baseline.json")).world();
        java.util.Set<Integer> sectors = new java.util.HashSet<>();
        for (int blo = 0; blo < world.bloCount(); blo++) for (int c : world.bloSite(blo).sectorCells()) sectors.add(c);
        for (int i = 0; i < 120; i++) {
            sa = Json.STRICT.readTree(post("/api/live/" + a.get("id").asLong() + "/step?hours=6", "").body());
            sb = Json.STRICT.readTree(post("/api/live/" + b.get("id").asLong() + "/step?hours=6", "").body());
            assertEquals(sa, sb, "the same scenario and seed give the same run, step for step");
            mostOnRoad = Math.max(mostOnRoad, sa.get("couriers").size());
            mostPatrolling = Math.max(mostPatrolling, sa.get("patrols").size());
            teamsSeen += sa.get("teams").size();
            for (JsonNode cell : sa.get("patrols")) assertTrue(sectors.contains(cell.asInt()), "patrols walk their BLO's sector: " + cell);
            for (JsonNode cell : sa.get("teams")) assertTrue(sectors.contains(cell.asInt()), "teams wait in a sector: " + cell);
        }
        assertTrue(mostPatrolling > 0, "officers were seen on patrol");
        assertTrue(teamsSeen > 0, "interdiction teams were seen waiting");
        double delay = sa.get("kpi").get("tradeDelayMinutes").asDouble();
        assertTrue(delay > 0 && delay < 60, "a month of checkpoint waits, spread over every arrival: " + delay);
        assertEquals(30, sa.get("day").asInt());
        assertTrue(sa.get("kpi").get("costToDate").asDouble() > 0);
        assertTrue(mostOnRoad > 0, "couriers were seen on the road");
        assertTrue(sa.get("seizures").size() > 0 && sa.get("kpi").get("valueSeized").asDouble() > 0, "a month of the baseline seizes something");
        assertEquals(400, post("/api/live/" + a.get("id").asLong() + "/step?hours=100000", "").statusCode());
        assertEquals(404, post("/api/live/999/step", "").statusCode());
    }

    /** Two comparisons at once, as from two tabs: each reads its own answer, and the what-if that changes nothing differs by exactly 0. */
    @Test
    void comparisonsFromTwoTabsEachGetTheirOwnAnswer() throws Exception {
        JsonNode more = Json.STRICT.readTree(post("/api/compare",
                "{\"file\": \"baseline.json\", \"set\": {\"/blos/*/staffing\": 10}, \"replications\": 3}").body());
        JsonNode same = Json.STRICT.readTree(post("/api/compare",
                "{\"file\": \"baseline.json\", \"set\": {}, \"replications\": 3}").body());
        JsonNode a = await(more.get("id").asLong());
        JsonNode b = await(same.get("id").asLong());
        JsonNode staffHours = row(a, "value seized");
        assertTrue(staffHours.get("words").asText().startsWith("about"), staffHours.toString());
        assertEquals(0.0, row(b, "value seized").get("difference").asDouble(), 0.0, "the same scenario against itself");
        JsonNode shorter = await(Json.STRICT.readTree(post("/api/compare",
                "{\"file\": \"baseline.json\", \"set\": {\"/durationDays\": 60}, \"replications\": 5}").body()).get("id").asLong());
        assertTrue(shorter.get("warnings").toString().contains("what-if runs 60 days and baseline 365"),
                "a what-if of another length is flagged: " + shorter.get("warnings"));
        assertTrue(row(b, "value seized").get("words").asText().startsWith("exactly the same"));
        assertTrue(row(a, "total cost").get("difference").asDouble() > 0, "16 more officers cost more");
        // Where trafficking moves: a row per place, and the places' differences add up to the change in crossings.
        assertEquals(8, a.get("places").size(), "X1, X2 and six green-border stretches");
        double moved = 0;
        for (JsonNode place : a.get("places")) moved += place.get("difference").asDouble();
        var base = org.bordersim.experiment.PreparedScenario.load(dir.resolve("scenarios/baseline.json"));
        long seed = base.scenario().seed();
        var comparison = org.bordersim.experiment.Comparison.run(java.util.List.of(base.withRun(seed, 3),
                tenOfficers().withRun(seed, 3)), 2, () -> { });
        assertEquals(comparison.difference(1, org.bordersim.metrics.Metric.CROSSINGS).meanDifference(), moved, 1e-9);
        for (JsonNode place : b.get("places")) assertEquals(0.0, place.get("difference").asDouble(), 0.0, "no change moves nothing");
        assertTrue(a.get("placeMap").asText().startsWith("data:image/png;base64,"));
        HttpResponse<String> briefing = get("/api/compare/" + more.get("id").asLong() + "/briefing");
        assertEquals(200, briefing.statusCode());
        for (String part : new String[] {"Briefing: baseline", "/blos/*/staffing", "= 10", "value seized (USD)", "paired replication",
            "Caveats"}) {
            assertTrue(briefing.body().contains(part), part + " in " + briefing.body());
        }
        assertTrue(briefing.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    }

    /** The baseline with 10 officers per BLO, as the page's what-if sets it. */
    private static org.bordersim.experiment.PreparedScenario tenOfficers() throws Exception {
        Path file = dir.resolve("ten-per-blo.json");
        Files.writeString(file, "{\"extends\": \"scenarios/baseline.json\", \"overrides\": {\"/blos/*/staffing\": 10}}");
        return org.bordersim.experiment.PreparedScenario.load(file);
    }

    @Test
    void theBriefingEscapesWhatComesFromFiles() {
        Comparisons.Job job = new Comparisons.Job(1, 2, "<i>x</i>.json", "<script>alert(1)</script>",
                java.util.Map.of("/name", Json.STRICT.getNodeFactory().textNode("<b>")), 2, "USD");
        String html = Briefing.html(job);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<i>x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    private static JsonNode await(long id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode p = Json.STRICT.readTree(get("/api/compare/" + id).body());
            if (p.get("status").asText().equals("done")) return p;
            if (p.get("status").asText().equals("failed")) throw new AssertionError(p.toString());
            Thread.sleep(100);
        }
        throw new AssertionError("comparison " + id + " did not finish");
    }

    private static JsonNode row(JsonNode result, String outcome) {
        for (JsonNode r : result.get("rows")) if (r.get("outcome").asText().equals(outcome)) return r;
        throw new AssertionError("no row " + outcome + " in " + result);
    }
}
