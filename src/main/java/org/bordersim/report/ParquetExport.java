package org.bordersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * runs.csv to runs.parquet with DuckDB (in memory, nothing left behind). Column types are
 * given, not guessed: identifiers as integers, the status and error as text, parameters as
 * numbers when all their values are numbers, every outcome as a double (empty = NULL).
 */
public final class ParquetExport {
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
        String sql = "COPY (SELECT * FROM read_csv(" + literal(csv.toAbsolutePath().toString())
                + ", header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '', columns = " + types
                + ")) TO " + literal(parquet.toAbsolutePath().toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)";
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                 Statement st = c.createStatement()) {
                st.execute("SET threads TO 1");
                st.execute(sql);
            }
        } catch (SQLException | ClassNotFoundException | UnsatisfiedLinkError e) {
            throw new IOException("cannot write " + parquet + " with DuckDB: " + e.getMessage(), e);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
