package org.bordersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.bordersim.output.OutputFile;

/**
 * runs.csv to runs.parquet with DuckDB (in memory, nothing left behind). Column types are
 * given, not guessed: identifiers as integers, the status and error as text, parameters as
 * numbers when all their values are numbers, every outcome as a double (empty = NULL).
 */
final class ParquetExport {
    /** A column of the CSV and its SQL type. */
    public record Column(String name, String sqlType) {
    }

    private ParquetExport() {
    }

    public static void write(Path csv, Path parquet, List<Column> columns) throws IOException {
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) types.append(", ");
            types.append(literal(columns.get(i).name())).append(": ").append(literal(columns.get(i).sqlType()));
        }
        types.append('}');
        // DuckDB reads a path as a glob: a folder named 'star*' would pull in its neighbours' rows. So
        // it reads and writes only plain names in a private folder: a link to the CSV, and the Parquet
        // file, which is then moved into place.
        Path work = Files.createTempDirectory("bordersim-parquet-");
        Path input = work.resolve(OutputFile.RUNS.fileName());
        Path output = work.resolve(OutputFile.PARQUET.fileName());
        try {
            try {
                Files.createSymbolicLink(input, csv.toAbsolutePath());
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(csv, input);
            }
            String sql = "COPY (SELECT * FROM read_csv(" + literal(input.toString())
                    + ", header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '', columns = " + types
                    + ")) TO " + literal(output.toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)";
            Class.forName("org.duckdb.DuckDBDriver");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                 Statement st = c.createStatement()) {
                st.execute("SET threads TO 1");
                st.execute(sql);
            }
            Files.move(output, parquet, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | ClassNotFoundException | LinkageError e) {
            // LinkageError: DuckDB's native library could not be loaded (for example, no room to unpack it).
            throw new IOException("cannot write " + parquet + " with DuckDB: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(input);
            Files.deleteIfExists(work);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
