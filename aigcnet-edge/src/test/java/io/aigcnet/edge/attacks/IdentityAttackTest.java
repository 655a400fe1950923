package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class IdentityAttackTest {
    @Test
    void signaturesStopForgeryAndTamperingAndRemovingThemDoesNot() {
        AttackAssertions.defendedOnlyWithDefence(new IdentityAttack(AttacksConfig.quick().identity(), 5).run());
    }

    @Test
    void withoutSignaturesTheForgedAndTamperedTransfersAreExactlyWhatIsStolen() {
        AttacksConfig.Identity cfg = AttacksConfig.quick().identity();
        IdentityAttack.Run r = new IdentityAttack(cfg, 5).chain(false);
        // replays stay stopped by the nonce rule; each forged and each tampered transfer moves `value`
        assertThat(r.stolen()).isEqualTo((long) (cfg.forgeries() + cfg.tampered()) * cfg.value());
    }

    @Test
    void aForgedTransferCarriesTheVictimAsSenderAndFailsVerification() {
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        KeyPair victim = KeyPair.generate(rng);
        KeyPair attacker = KeyPair.generate(rng);
        var tx = IdentityAttack.forge(victim.address(), attacker, 7, 100);
        assertThat(tx.sender()).isEqualTo(victim.address());
        assertThat(tx.verifySignature(SignatureScheme.ed25519())).isFalse();
        assertThat(SignatureScheme.ed25519().verify(attacker.address(), tx.id().toBytes(), tx.signature())).isTrue();
    }
}
