package io.aigcnet.learn.algo.diffusion;

/** How the critics' regression target is formed (gsemcom spec §2.8 modes). */
public enum TargetMode {
    /** y = r + γ(1 − d)·min_i Q'_i(s', a'), a' from the target actor: multi-step tasks such as Pendulum. */
    TD,
    /** y = r: one-step episodes (GDMOPT/ADD "bandit" mode, the spec's default for G-SemCom). */
    BANDIT
}
