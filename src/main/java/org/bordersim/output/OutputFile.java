package org.bordersim.output;

import java.nio.file.Path;

/**
 * Every file BorderSim writes into a results folder, named once. Run folders hold the run files,
 * compare folders the comparison, sweep folders the sweep's; results/README.md describes each.
 */
public enum OutputFile {
    REPORT("report.html"),
    MANIFEST("manifest.json"),
    RUNS("runs.csv"),
    SERIES("series.csv"),
    QUARTERS("quarters.csv"),
    POSTS("posts.csv"),
    GROUPS("groups.csv"),
    BLOS("blos.csv"),
    TRUST("trust.csv"),
    SUMMARY("summary.json"),
    COMPARISON("comparison.csv"),
    POINTS("points.csv"),
    SENSITIVITY("sensitivity.csv"),
    PARQUET("runs.parquet"),
    FAILURES("failures.log"),
    /** A sweep folder's self-contained copy of its sweep file. */
    SWEEP_COPY("sweep.json"),
    /** A sweep folder's self-contained copy of its resolved base scenario. */
    SCENARIO_COPY("scenario.json");

    private final String fileName;

    OutputFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** This file in {@code folder}. */
    public Path in(Path folder) {
        return folder.resolve(fileName);
    }
}
