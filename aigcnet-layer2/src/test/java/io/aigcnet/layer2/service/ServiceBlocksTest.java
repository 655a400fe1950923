package io.aigcnet.layer2.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ServiceBlocksTest {
    static final SignatureScheme ED = SignatureScheme.ed25519();

    @Test
    void eq13ServiceFeeMatchesHandComputation() {
        // I_M = F_s(D_t) + μ_s·OS²A = 12·2.5 + 40·0.75 = 30 + 30 = 60 (hand computation)
        assertThat(new FixedContract(12, 40).serviceFee(2.5, 0.75)).isEqualTo(60);
        // rounding half-up: 1·0.3 + 1·0.2 = 0.5 → 1
        assertThat(new FixedContract(1, 1).serviceFee(0.3, 0.2)).isEqualTo(1);
        assertThatThrownBy(() -> new FixedContract(1, 1).serviceFee(1, 1.5)).hasMessageContaining("OS²A in [0, 1]");
    }

    @Test
    void twoRoundHandshakeDeliversTheEncryptedPromptOnlyToTheMasp() throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        KeyPair client = KeyPair.generate(rng);
        KeyPair masp = KeyPair.generate(rng);
        byte[][] ck = PromptCrypto.keyPair(rng);
        byte[][] mk = PromptCrypto.keyPair(rng);
        Handshake.Request req = Handshake.request(client, masp.address(), "txt2img 512x512", 0.4, new FixedContract(10, 20), 1.0,
                ck[1], 1, ED);
        Handshake.verify(req, ED);
        Handshake.Ack ack = Handshake.ack(masp, req, true, mk[1], ED);
        Handshake.verify(ack, req, ED);
        String prompt = "a cabin under the aurora, oil painting";
        Handshake.EncryptedPrompt enc = Handshake.encryptPrompt(req, ack, ck[0], prompt, rng);
        assertThat(new String(enc.ciphertext(), StandardCharsets.UTF_8)).doesNotContain("cabin");
        assertThat(Handshake.decryptPrompt(req, enc, mk[0])).isEqualTo(prompt);
        Handshake.PromptAck pa = Handshake.promptAck(masp, req, prompt, ED);
        Handshake.verify(pa, req, prompt, ED);

        // an eavesdropper with its own X25519 key cannot decrypt
        byte[][] eve = PromptCrypto.keyPair(rng);
        assertThatThrownBy(() -> Handshake.decryptPrompt(req, enc, eve[0])).isInstanceOf(HandshakeException.class);
        // a flipped ciphertext bit fails authentication
        byte[] bad = enc.ciphertext();
        bad[0] ^= 1;
        assertThatThrownBy(() -> Handshake.decryptPrompt(req, new Handshake.EncryptedPrompt(req.hash(), enc.iv(), bad), mk[0]))
                .isInstanceOf(HandshakeException.class);
        // an acknowledgement signed by someone else is rejected
        Handshake.Ack forged = Handshake.ack(KeyPair.generate(rng), req, true, mk[1], ED);
        assertThatThrownBy(() -> Handshake.verify(forged, req, ED)).hasMessageContaining("not the MASP's");
    }

    @Test
    void simulatedBackendCostLinearAndQualityRisingInSteps() {
        SimulatedDiffusionBackend b = SimulatedDiffusionBackend.defaults(RandomSource.XO_RO_SHI_RO_128_PP.create(4));
        Generation g10 = b.generate("p", 10);
        Generation g50 = b.generate("p", 50);
        assertThat(g10.computeSeconds()).isEqualTo(0.5 + 0.25 * 10); // overhead + per-step cost
        assertThat(g50.computeSeconds()).isEqualTo(0.5 + 0.25 * 50);
        // 1 − e^(−10/15) = 0.4866, 1 − e^(−50/15) = 0.9643 (closed form), noise ±0.05
        assertThat(g10.quality()).isBetween(0.4866 - 0.05, 0.4866 + 0.05);
        assertThat(g50.quality()).isBetween(0.9643 - 0.05, 1.0);
        assertThat(g50.output()).hasSize(512 * 1024);
    }

    @Test
    void httpAdapterTalksToAStubTxt2ImgServer() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] seen = new String[1];
        stub.createContext("/sdapi/v1/txt2img", ex -> {
            seen[0] = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = ("{\"images\": [\"" + Base64.getEncoder().encodeToString(png) + "\"]}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        stub.start();
        try {
            HttpTxt2ImgBackend b = new HttpTxt2ImgBackend("http://127.0.0.1:" + stub.getAddress().getPort(), Duration.ofSeconds(5));
            Generation g = b.generate("a cat", 20);
            assertThat(g.output()).isEqualTo(png);
            assertThat(seen[0]).contains("\"prompt\":\"a cat\"").contains("\"steps\":20");
            assertThat(g.quality()).isNaN();
        } finally {
            stub.stop(0);
        }
    }
}
