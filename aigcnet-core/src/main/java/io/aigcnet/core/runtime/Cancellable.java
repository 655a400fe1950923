package io.aigcnet.core.runtime;

/** Handle of a scheduled task. Cancelling a task that already ran is a no-op. */
@FunctionalInterface
public interface Cancellable {
    Cancellable NONE = () -> { };

    void cancel();
}
