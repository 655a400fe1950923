package io.aigcnet.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the most complete scenario aigcnet has, print a summary and write out/demo/.")
final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UsageException("no demo scenario is wired yet");
    }
}
