package org.bordersim.sweep;

/**
 * Part {@code index} (1-based) of a sweep split {@code count} ways: the runs k with
 * k mod count = index - 1, so shards are interleaved and each gets a fair share of every point.
 */
public record Shard(int index, int count) {
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/N with 1 <= i <= N, found " + index + "/" + count);
        }
    }

    /** Parses {@code i/N}; null if the text is not of that form. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) return null;
        try {
            int i = Integer.parseInt(parts[0].trim());
            int n = Integer.parseInt(parts[1].trim());
            return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean whole() {
        return count == 1;
    }

    /** Runs of a sweep of {@code total} runs that fall to this shard. */
    public int size(int total) {
        return total < index ? 0 : (total - index) / count + 1;
    }

    /** The run at position q (0-based) of this shard's sequence. */
    public int run(int q) {
        return index - 1 + q * count;
    }

    /** Suffix of a shard's folder name; empty for the whole sweep. */
    public String suffix() {
        return whole() ? "" : "-shard-" + index + "-of-" + count;
    }
}
