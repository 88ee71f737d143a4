package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: output that cannot be written (read-only folder, full disk) gives exit status 3
 * and leaves every earlier result as it was, byte for byte; a run killed outright leaves only a
 * hidden folder that the next run clears, and an interrupted one (SIGTERM, Ctrl-C) leaves nothing.
 */
class OutputSafetyTest {
    private static final Path CORRIDOR = TestScenarios.resource("valid/corridor.json");
    private static final Path ONE_POST = TestScenarios.resource("valid/corridor-one-post.json");

    @TempDir
    Path dir;

    private Path sweepFile(String name, int samples, int reps, int days) {
        return TestScenarios.write(dir, name + ".json", """
                {"name": "%s", "scenario": "%s", "seed": 5, "replications": %d, "set": {"/durationDays": %d},
                 "design": {"type": "latin-hypercube", "samples": %d},
                 "parameters": [{"name": "staff", "pointer": "/blos/*/staffing", "min": 1, "max": 6, "integer": true}],
                 "outputs": ["kg_seized"]}
                """.formatted(name, CORRIDOR.toString().replace("\\", "/"), reps, days, samples));
    }

    private static CliRunner.Outcome ok(String... args) {
        CliRunner.Outcome o = CliRunner.run(args);
        assertEquals(0, o.exit(), String.join(" ", args) + "\n" + o.err());
        return o;
    }

    private static void refused(String expected, String... args) {
        CliRunner.Outcome o = CliRunner.run(args);
        String what = String.join(" ", args) + "\n" + o.err();
        assertEquals(3, o.exit(), what);
        assertTrue(o.err().contains("cannot write " + expected), what);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + what);
    }

    @Test
    void anUnwritableOutputGivesExitStatus3AndEveryEarlierResultStaysAsItWas() throws Exception {
        Path root = dir.resolve("results");
        String out = root.toString();
        Path sweep = sweepFile("s", 4, 2, 14);
        ok("run", CORRIDOR.toString(), "--reps", "2", "--out", out, "--quiet");
        ok("sweep", sweep.toString(), "--out", out, "--quiet");
        Path shards = dir.resolve("shards");
        Path sharded = sweepFile("m", 4, 1, 7);
        ok("sweep", sharded.toString(), "--shard", "1/2", "--out", shards.toString(), "--quiet");
        ok("sweep", sharded.toString(), "--shard", "2/2", "--out", shards.toString(), "--quiet");
        String[] shardFolders;
        try (Stream<Path> s = Files.list(shards)) {
            shardFolders = s.map(Path::toString).sorted().toArray(String[]::new);
        }
        Map<String, String> before = OutputFaults.snapshot(root);

        try (OutputFaults.Restore readOnly = OutputFaults.readOnly(root)) {
            refused("results under", "run", CORRIDOR.toString(), "--reps", "2", "--out", out, "--quiet");
            refused("results under", "compare", CORRIDOR.toString(), ONE_POST.toString(), "--reps", "2", "--out", out, "--quiet");
            refused("the sweep folder", "sweep", sweepFile("fresh", 4, 1, 7).toString(), "--out", out, "--quiet");
            refused("the sweep folder", "sweep", sweep.toString(), "--force", "--out", out, "--quiet");
            String[] merge = new String[shardFolders.length + 3];
            merge[0] = "merge";
            System.arraycopy(shardFolders, 0, merge, 1, shardFolders.length);
            merge[merge.length - 2] = "--out";
            merge[merge.length - 1] = out;
            refused("the merged folder under", merge);
        }
        assertEquals(before, OutputFaults.snapshot(root), "the results folder is byte for byte as before");

        Path sweepFolder;
        try (Stream<Path> s = Files.list(root)) {
            sweepFolder = s.filter(p -> p.getFileName().toString().startsWith("s-")).findFirst().orElseThrow();
        }
        try (OutputFaults.Restore readOnly = OutputFaults.readOnly(sweepFolder)) {
            refused("the sweep", "sweep", sweep.toString(), "--resume", "--out", out, "--quiet");
        }
        assertEquals(before, OutputFaults.snapshot(root), "a failed resume changes nothing either");
    }

    @Test
    void aSweepFolderIsReplacedOnlyWithForceAndOnlyOnceTheNewSweepIsComplete() throws Exception {
        Path root = dir.resolve("results");
        Path sweep = sweepFile("again", 4, 1, 7);
        ok("sweep", sweep.toString(), "--out", root.toString(), "--quiet");
        List<String> first = entries(root);
        CliRunner.Outcome again = CliRunner.run("sweep", sweep.toString(), "--out", root.toString(), "--quiet");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--resume to continue it, --force to start it again"), again.err());
        CliRunner.Outcome both = CliRunner.run("sweep", sweep.toString(), "--force", "--resume", "--out", root.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());

        CliRunner.Outcome forced = ok("sweep", sweep.toString(), "--force", "--out", root.toString(), "--quiet");
        assertTrue(forced.err().contains("the earlier folder is kept as"), forced.err());
        assertEquals(first, entries(root), "the new folder took the old one's place; the old one is gone");
    }

    @Test
    void aSweepThatIsRunningCannotBeResumedOrForcedByAnotherProcess() throws Exception {
        Path root = dir.resolve("results");
        Path sweep = sweepFile("busy", 60, 4, 120);
        Process running = new ProcessBuilder(OutputFaults.childJava("sweep", sweep.toString(), "--threads", "1", "--quiet",
                "--out", root.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("busy.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path journal = null;
            while (System.nanoTime() < deadline && running.isAlive() && journal == null) {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> s = Files.list(root)) {
                        journal = s.map(p -> p.resolve("runs.csv")).filter(Files::exists).findFirst().orElse(null);
                    }
                }
                Thread.sleep(20);
            }
            assertTrue(journal != null && running.isAlive(), Files.readString(dir.resolve("busy.log")));
            for (String option : List.of("--resume", "--force")) {
                CliRunner.Outcome second = CliRunner.run("sweep", sweep.toString(), option, "--quiet", "--out", root.toString());
                assertEquals(2, second.exit(), option + ": " + second.err());
                assertTrue(second.err().contains("another BorderSim process is running this sweep"), second.err());
            }
            assertTrue(running.isAlive(), "the first sweep was not disturbed");
        } finally {
            running.destroyForcibly();
            running.waitFor(30, TimeUnit.SECONDS);
        }
        ok("sweep", sweep.toString(), "--resume", "--quiet", "--out", root.toString());
        try (Stream<Path> s = Files.list(root)) {
            Path folder = s.filter(p -> p.getFileName().toString().startsWith("busy-")).findFirst().orElseThrow();
            assertEquals(241, Files.readAllLines(folder.resolve("runs.csv")).size(), "once it has stopped, it can be resumed");
        }
    }

    @Test
    void aKilledRunLeavesOnlyAHiddenFolderThatTheNextRunClearsAndAnInterruptedOneLeavesNothing() throws Exception {
        Path root = dir.resolve("results");
        Path baseline = TestScenarios.shipped("baseline.json").toAbsolutePath();

        Process killed = startAndWaitForPartial(root, baseline);
        killed.destroyForcibly();
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        List<String> left = entries(root);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).matches("\\.baseline-.*-partial-.+@" + killed.pid() + "-.*"), "only a hidden partial folder: " + left);
        // Another machine's unfinished folder (a shared cluster file system): its process cannot be seen from here.
        String otherHost = ".sweep-partial-node-17.cluster@999999-abc";
        Files.createDirectory(root.resolve(otherHost));

        CliRunner.Outcome next = ok("run", CORRIDOR.toString(), "--reps", "1", "--out", root.toString(), "--quiet");
        assertTrue(next.err().contains("removed 1 unfinished results folder"), next.err());
        left = entries(root);
        assertEquals(2, left.size(), left.toString());
        assertEquals(otherHost, left.get(0), "another host's folder is left alone");
        assertTrue(left.get(1).startsWith("corridor-"), left.toString());

        Process interrupted = startAndWaitForPartial(root, baseline);
        interrupted.destroy(); // SIGTERM: what Ctrl-C (SIGINT) does too, the JVM runs its shutdown hooks
        assertTrue(interrupted.waitFor(30, TimeUnit.SECONDS));
        assertEquals(left, entries(root), "an interrupted run leaves nothing behind");
    }

    private Process startAndWaitForPartial(Path root, Path scenario) throws Exception {
        Process p = new ProcessBuilder(OutputFaults.childJava("run", scenario.toString(), "--reps", "400", "--threads", "1",
                "--out", root.toString(), "--quiet")).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.isDirectory(root) && entries(root).stream().anyMatch(n -> n.contains("@" + p.pid() + "-"))) {
                Thread.sleep(300);
                assertTrue(p.isAlive(), "the run ended before it could be stopped: " + Files.readString(dir.resolve("child.log")));
                return p;
            }
            Thread.sleep(20);
        }
        p.destroyForcibly();
        throw new AssertionError("no partial folder appeared: " + Files.readString(dir.resolve("child.log")));
    }

    private static List<String> entries(Path root) throws Exception {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A real full disk: a 3 MB tmpfs mounted in a private mount namespace ({@code unshare -rm},
     * no privileges needed where user namespaces are allowed). A run onto the full disk must
     * give exit status 3 and leave the earlier results intact; a sweep whose disk fills mid-way
     * must stop with exit status 3 and, once space is freed, --resume to the very runs.csv of an
     * uninterrupted sweep.
     */
    @Test
    void aFullDiskGivesExitStatus3AndASweepResumesToTheSameRows() throws Exception {
        Assumptions.assumeTrue(OutputFaults.exec("unshare", "-rm", "true") == 0, "unshare -rm is not available here");
        Path sweep = sweepFile("full", 60, 4, 90);
        Path mount = Files.createDirectory(dir.resolve("mnt"));
        Path script = TestScenarios.write(dir, "full-disk.sh", """
                set -u
                R="$MNT"
                mount -t tmpfs -o size=3m tmpfs "$R" || exit 97
                run() { "$JAVA" -Djava.awt.headless=true -cp "$CP" org.bordersim.cli.BorderSimCommand "$@"; }
                # The second run has its temporary folder on the full disk too, as on a machine whose only disk is full.
                runfull() { "$JAVA" -Djava.awt.headless=true -Djava.io.tmpdir="$R" -cp "$CP" org.bordersim.cli.BorderSimCommand "$@"; }
                run run "$CORRIDOR" --reps 2 --out "$R/results" --quiet > /dev/null 2>&1; echo "first=$?"
                (cd "$R/results" && find . -type f | sort | xargs sha256sum) > "$OUT/before.txt"
                dd if=/dev/zero of="$R/filler" bs=64k 2>/dev/null; truncate -s -16K "$R/filler"
                runfull run "$CORRIDOR" --reps 2 --out "$R/results" --quiet > /dev/null 2> "$OUT/second.err"; echo "second=$?"
                (cd "$R/results" && find . -type f | sort | xargs sha256sum) > "$OUT/after.txt"
                ls -A "$R/results" > "$OUT/listing.txt"
                rm "$R/filler"
                run sweep "$SWEEP" --out "$R/sweeps" --quiet --threads 2 > /dev/null 2> "$OUT/sweep.err" &
                pid=$!
                for i in $(seq 1 3000); do
                  f=$(ls "$R"/sweeps/full-*/runs.csv 2>/dev/null | head -1)
                  if [ -n "$f" ] && [ "$(wc -l < "$f")" -ge 30 ]; then break; fi
                  sleep 0.02
                done
                dd if=/dev/zero of="$R/filler" bs=4k 2>/dev/null
                wait $pid; echo "sweep=$?"
                rm "$R/filler"
                run sweep "$SWEEP" --out "$R/sweeps" --quiet --threads 2 --resume > /dev/null 2> "$OUT/resume.err"; echo "resume=$?"
                cp "$R"/sweeps/full-*/runs.csv "$OUT/resumed.csv"
                """);
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "bash", script.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("full-disk.log").toFile());
        pb.environment().putAll(Map.of("MNT", mount.toString(), "OUT", dir.toString(), "SWEEP", sweep.toString(),
                "CORRIDOR", CORRIDOR.toString(), "CP", org.bordersim.ChildJvm.classPath(),
                "JAVA", OutputFaults.javaExecutable()));
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the full-disk script finished");
        String log = Files.readString(dir.resolve("full-disk.log"));
        Assumptions.assumeTrue(p.exitValue() != 97, "cannot mount a tmpfs in a user namespace here");
        assertTrue(log.contains("first=0"), log);
        assertTrue(log.contains("second=3"), log);
        String second = Files.readString(dir.resolve("second.err"));
        assertTrue(second.startsWith("cannot write results under") && second.contains("No space left on device"), second);
        assertEquals(1, second.strip().lines().count(), "one line, no stack trace: " + second);
        assertEquals(Files.readString(dir.resolve("before.txt")), Files.readString(dir.resolve("after.txt")), "earlier results intact");
        assertEquals(1, Files.readAllLines(dir.resolve("listing.txt")).size(), "no partial folder left behind: "
                + Files.readString(dir.resolve("listing.txt")));
        assertTrue(log.contains("sweep=3"), log + Files.readString(dir.resolve("sweep.err")));
        assertTrue(Files.readString(dir.resolve("sweep.err")).contains("No space left on device"), Files.readString(dir.resolve("sweep.err")));
        assertTrue(log.contains("resume=0"), log + Files.readString(dir.resolve("resume.err")));

        ok("sweep", sweep.toString(), "--out", dir.resolve("straight").toString(), "--quiet");
        Path straight;
        try (Stream<Path> s = Files.list(dir.resolve("straight"))) {
            straight = s.findFirst().orElseThrow().resolve("runs.csv");
        }
        assertEquals(Files.readString(straight), Files.readString(dir.resolve("resumed.csv")),
                "resumed after a full disk: the rows of an uninterrupted sweep");
    }
}
