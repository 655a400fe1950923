package io.aigcnet.mechanism.contract;

import java.util.List;

/** Reads a market state written as comma-separated numbers in the order of its named fields. */
public final class StateCsv {
    private StateCsv() {}

    /** The numbers of {@code csv}; a field that is not a number is named (the count is checked by the caller). */
    public static double[] values(String csv, List<String> names) {
        String[] parts = csv.split(",");
        double[] e = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                e[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException ex) {
                String name = i < names.size() ? names.get(i) : "value " + (i + 1);
                throw new IllegalArgumentException(name + " = '" + parts[i].trim() + "' is not a number");
            }
        }
        return e;
    }
}
