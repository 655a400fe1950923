package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;

/**
 * The on-chain verdict of a challenge, judged by every validator in the including block (the survey's
 * fourth step, "checking the results").
 *
 * @param distanceBits fingerprint distance of the two products (step 3)
 * @param originalFirst the original was registered before the accused
 * @param rewardPaid paid from the challenge pool on success (0 on failure)
 */
public record ChallengeVerdict(Hash challengeId, Hash originalId, Hash accusedId, Address challenger, int distanceBits,
        int thresholdBits, boolean originalFirst, Outcome outcome, long deposit, long rewardPaid, long height) {
    public enum Outcome { SUCCEEDED, FAILED }
}
