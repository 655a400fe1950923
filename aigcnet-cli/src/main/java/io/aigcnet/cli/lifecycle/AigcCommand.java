package io.aigcnet.cli.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.cli.UsageException;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.client.SealedContent;
import io.aigcnet.lifecycle.http.LifecycleHttpClient;
import io.aigcnet.lifecycle.image.Fingerprint;
import io.aigcnet.lifecycle.image.Fingerprinter;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.JDKRandomWrapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aigcnet aigc ...}: register, challenge, trade and trace AIGC products; compare two images. */
@Command(name = "aigc", mixinStandardHelpOptions = true,
        description = "The survey's AIGC product lifecycle: Proof-of-AIGC registration, challenges, hash-time-locked trading.",
        subcommands = {AigcCommand.Similar.class, AigcCommand.Register.class, AigcCommand.Challenge.class, AigcCommand.Trade.class,
            AigcCommand.History.class})
public final class AigcCommand implements Runnable {
    /** The calibrated duplicate threshold in fingerprint bits (see docs/decisions.md, "AIGC lifecycle"). */
    public static final int THRESHOLD_BITS = io.aigcnet.lifecycle.image.Calibration.CALIBRATED_THRESHOLD_BITS;
    static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (similar, register, challenge, trade, history)");
    }

    static void print(CommandLine.Model.CommandSpec spec, Object o) throws IOException {
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        out.flush();
    }

    static java.awt.image.BufferedImage image(Path f, String option) {
        try {
            return ImageFiles.read(f);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static KeyPair key(String hex, String option) {
        try {
            return KeyPair.fromSeedHex(hex);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": a 32-byte key seed in hex (64 characters) is required");
        }
    }

    static Hash id(String hex, String option) {
        try {
            return Hash.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": a 32-byte id in hex (64 characters) is required");
        }
    }

    static UniformRandomProvider secureRng() {
        return new JDKRandomWrapper(new SecureRandom());
    }

    /** A party whose next nonce follows the node's finalised state. */
    static Party party(LifecycleHttpClient node, String name, KeyPair k) throws IOException, InterruptedException {
        Party p = new Party(name, k, SignatureScheme.ed25519());
        p.nextNonce(node.lastNonce(k.address()) + 1);
        return p;
    }

    static void submitAndWait(LifecycleHttpClient node, Transaction tx, String what, int timeoutS) throws IOException, InterruptedException {
        node.submit(tx);
        if (!node.awaitFinal(tx.id(), Duration.ofSeconds(timeoutS))) {
            throw new IOException(what + " " + tx.id().hex() + " not finalised within " + timeoutS + " s");
        }
    }

    /** Options shared by the commands that talk to a node. */
    static final class NodeOptions {
        @Option(names = "--node", required = true, description = "node HTTP URL, e.g. http://127.0.0.1:7701")
        String url;

        @Option(names = "--wait", defaultValue = "60", description = "seconds to wait for each transaction to finalise (default ${DEFAULT-VALUE})")
        int waitSeconds;
    }

    @Command(name = "similar", mixinStandardHelpOptions = true,
            description = "Compare two images by perceptual fingerprint; prints {\"distance\", \"threshold\", \"duplicate\"}.")
    public static final class Similar implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "first image (PNG or JPEG)")
        Path a;

        @Parameters(index = "1", paramLabel = "B", description = "second image (PNG or JPEG)")
        Path b;

        @Option(names = "--threshold", description = "largest distance in bits judged a duplicate (default: the calibrated "
                + THRESHOLD_BITS + ")")
        Integer threshold;

        @Override
        public Integer call() throws Exception {
            int t = threshold == null ? THRESHOLD_BITS : threshold;
            if (t < 0 || t > Fingerprint.MAX_DISTANCE) {
                throw new UsageException("--threshold must be in 0.." + Fingerprint.MAX_DISTANCE + ", got " + t);
            }
            Fingerprint fa = Fingerprinter.of(image(a, "A"));
            Fingerprint fb = Fingerprinter.of(image(b, "B"));
            int d = fa.distance(fb);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("distance", d);
            out.put("threshold", t);
            out.put("duplicate", d <= t);
            java.io.PrintWriter w = spec.commandLine().getOut();
            w.println(JSON.writeValueAsString(out));
            w.flush();
            return 0;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Generation phase: the ESP seals the image, the producer opens the hash-time-locked payment, "
                    + "the ESP claims it with the key and the chain registers the product (owner: the producer).")
    public static final class Register implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        NodeOptions node;

        @Option(names = "--image", required = true, description = "the generated image (PNG or JPEG)")
        Path image;

        @Option(names = "--prompt", defaultValue = "", description = "the prompt (only a salted commitment goes on chain)")
        String prompt;

        @Option(names = "--producer-seed", required = true, description = "producer's key seed (hex)")
        String producerSeed;

        @Option(names = "--esp-seed", required = true, description = "ESP's key seed (hex)")
        String espSeed;

        @Option(names = "--price", defaultValue = "1000000", description = "price paid to the ESP, minor units (default ${DEFAULT-VALUE})")
        long price;

        @Option(names = "--timelock", defaultValue = "300", description = "seconds the ESP has to claim (default ${DEFAULT-VALUE})")
        long timelockSeconds;

        @Override
        public Integer call() throws Exception {
            image(image, "--image");
            if (price < 0 || timelockSeconds < 1) {
                throw new UsageException("--price must be >= 0 and --timelock >= 1");
            }
            byte[] bytes = Files.readAllBytes(image);
            LifecycleHttpClient n = new LifecycleHttpClient(node.url);
            Party producer = party(n, "producer", key(producerSeed, "--producer-seed"));
            Party esp = party(n, "esp", key(espSeed, "--esp-seed"));
            SealedContent s = SealedContent.seal(bytes, prompt, secureRng());
            n.putContent(s.sealed());
            HashLock lock = new HashLock(s.lockHash(), n.currentTimeNanos() + timelockSeconds * 1_000_000_000L);
            Transaction open = producer.genOpen(esp.address(), price, lock, s.cipherRef(), s.promptCommitment());
            submitAndWait(n, open, "generation contract", node.waitSeconds);
            if (n.find("/aigc/htlc/" + open.id().hex()).isEmpty()) {
                throw new IOException("the generation contract was dropped by the chain (time lock or hash lock refused)");
            }
            Transaction claim = esp.genClaim(open.id(), s.key());
            submitAndWait(n, claim, "claim", node.waitSeconds);
            Hash product = LifecycleApp.productIdOf(open.id());
            JsonNode h = n.find("/aigc/product/" + product.hex())
                    .orElseThrow(() -> new IOException("the claim executed without registering " + product.hex()));
            print(spec, h.get("product"));
            return 0;
        }
    }

    @Command(name = "challenge", mixinStandardHelpOptions = true,
            description = "Challenge a duplicate: the owner of the original locks the pledge deposit; the chain fetches both "
                    + "proofs, verifies the challenger, measures similarity and checks priority; a duplicate is removed.")
    public static final class Challenge implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        NodeOptions node;

        @Option(names = "--challenger-seed", required = true, description = "the original's owner's key seed (hex)")
        String seed;

        @Option(names = "--original", required = true, description = "product id of the original")
        String original;

        @Option(names = "--accused", required = true, description = "product id of the suspected duplicate")
        String accused;

        @Override
        public Integer call() throws Exception {
            Hash o = id(original, "--original");
            Hash a = id(accused, "--accused");
            LifecycleHttpClient n = new LifecycleHttpClient(node.url);
            Party c = party(n, "challenger", key(seed, "--challenger-seed"));
            long deposit = n.get("/aigc/params").get("challenge_deposit").asLong();
            Transaction tx = c.challenge(o, a, deposit);
            submitAndWait(n, tx, "challenge", node.waitSeconds);
            JsonNode v = n.find("/aigc/verdict/" + tx.id().hex())
                    .orElseThrow(() -> new IOException("the challenge was refused (not the owner, a removed product, or no such product)"));
            print(spec, v);
            return 0;
        }
    }

    @Command(name = "trade", mixinStandardHelpOptions = true,
            description = "Trading phase: the seller offers under a hash lock, the buyer escrows the price, the seller reveals "
                    + "the secret and payment and ownership move in one transaction; either party refunds after the time lock.")
    public static final class Trade implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        NodeOptions node;

        @Option(names = "--product", required = true, description = "product id")
        String product;

        @Option(names = "--seller-seed", required = true, description = "current owner's key seed (hex)")
        String sellerSeed;

        @Option(names = "--buyer-seed", required = true, description = "buyer's key seed (hex)")
        String buyerSeed;

        @Option(names = "--price", required = true, description = "price in minor units")
        long price;

        @Option(names = "--timelock", defaultValue = "120", description = "seconds until either party may refund (default ${DEFAULT-VALUE})")
        long timelockSeconds;

        @Option(names = "--withhold", description = "fault demo: 'seller' never reveals, 'buyer' never pays; the trade then refunds")
        String withhold;

        @Override
        public Integer call() throws Exception {
            if (withhold != null && !withhold.equals("seller") && !withhold.equals("buyer")) {
                throw new UsageException("--withhold must be 'seller' or 'buyer', got '" + withhold + "'");
            }
            if (price < 0 || timelockSeconds < 1) {
                throw new UsageException("--price must be >= 0 and --timelock >= 1");
            }
            Hash p = id(product, "--product");
            LifecycleHttpClient n = new LifecycleHttpClient(node.url);
            Party seller = party(n, "seller", key(sellerSeed, "--seller-seed"));
            Party buyer = party(n, "buyer", key(buyerSeed, "--buyer-seed"));
            byte[] secret = HashLock.newPreimage(secureRng());
            Transaction open = seller.tradeOpen(p, buyer.address(), price,
                    new HashLock(HashLock.lockOf(secret), n.currentTimeNanos() + timelockSeconds * 1_000_000_000L));
            submitAndWait(n, open, "offer", node.waitSeconds);
            if (n.find("/aigc/htlc/" + open.id().hex()).isEmpty()) {
                throw new IOException("the offer was refused (not the owner, or the product is locked or removed)");
            }
            if (!"buyer".equals(withhold)) {
                submitAndWait(n, buyer.tradeFund(open.id(), price), "payment", node.waitSeconds);
            }
            if (withhold == null) {
                submitAndWait(n, seller.tradeClaim(open.id(), secret), "claim", node.waitSeconds);
            } else {
                // wait out the time lock, then the victim unwinds
                long until = System.nanoTime() + (timelockSeconds + 2) * 1_000_000_000L;
                while (System.nanoTime() < until) {
                    Thread.sleep(500);
                }
                Party victim = "seller".equals(withhold) ? buyer : seller;
                submitAndWait(n, victim.tradeRefund(open.id()), "refund", node.waitSeconds + (int) timelockSeconds);
            }
            print(spec, n.get("/aigc/htlc/" + open.id().hex()));
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "A product's record, owners, trades and verdicts as JSON.")
    public static final class History implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        NodeOptions node;

        @Option(names = "--product", required = true, description = "product id")
        String product;

        @Override
        public Integer call() throws Exception {
            Hash p = id(product, "--product");
            JsonNode h = new LifecycleHttpClient(node.url).find("/aigc/product/" + p.hex())
                    .orElseThrow(() -> new UsageException("--product: no product " + p.hex() + " on this chain"));
            print(spec, h);
            return 0;
        }
    }
}
