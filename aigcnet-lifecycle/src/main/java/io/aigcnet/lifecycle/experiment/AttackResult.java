package io.aigcnet.lifecycle.experiment;

/** Whether an attack was stopped, and how we know. */
public record AttackResult(String name, boolean defended, String detail) {
}
