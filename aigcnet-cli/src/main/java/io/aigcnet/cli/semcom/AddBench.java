package io.aigcnet.cli.semcom;

import java.io.PrintWriter;

/** ADD timing for {@code bench semcom --add}; filled in with the allocation package. */
final class AddBench {
    private AddBench() {}

    static void run(PrintWriter out, long seed) {
        out.println("# ADD timing: not available in this build");
    }
}
