package io.aigcnet.chain.workload;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays BlockEmulator's Ethereum transaction CSV (the XBlock-ETH export it ships with). Columns, by
 * zero-based position as BlockEmulator reads them: 3 {@code from}, 4 {@code to}, 6 {@code fromIsContract},
 * 7 {@code toIsContract}, 8 {@code value} (wei); we also read 10 {@code gasPrice} (wei) for the fee. Like
 * BlockEmulator we keep only rows where neither side is a contract, both addresses are present and they
 * differ; a first line starting with {@code blockNumber} is a header. Each Ethereum address maps to a
 * deterministic Ed25519 key (seed = SHA-256("aigcnet-replay:" + lowercase address)); values and fees are
 * converted from wei to gwei (÷10^9, floor; fee at least 1) so they fit exact {@code long} minor units.
 */
public final class CsvReplay {
    /** One usable row. */
    public record Row(String from, String to, BigInteger valueWei, BigInteger gasPriceWei) {
    }

    private static final BigInteger GWEI = BigInteger.TEN.pow(9);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private CsvReplay() {
    }

    /** Reads up to {@code limit} usable rows; malformed numeric fields name the source, line and column. */
    public static List<Row> read(BufferedReader in, String source, int limit) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null && rows.size() < limit) {
            lineNo++;
            if (line.isBlank() || (lineNo == 1 && line.startsWith("blockNumber"))) {
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length < 11) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected at least 11 columns "
                        + "(BlockEmulator/XBlock layout), got " + c.length);
            }
            if (!"0".equals(c[6].trim()) || !"0".equals(c[7].trim()) || c[3].length() <= 16 || c[4].length() <= 16
                    || c[3].equalsIgnoreCase(c[4])) {
                continue;
            }
            rows.add(new Row(c[3].trim().toLowerCase(), c[4].trim().toLowerCase(), number(c[8], source, lineNo, "value"),
                    number(c[10], source, lineNo, "gasPrice")));
        }
        return rows;
    }

    private static BigInteger number(String text, String source, int line, String column) {
        try {
            BigInteger v = new java.math.BigDecimal(text.trim()).toBigIntegerExact();
            if (v.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return v;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(source + ":" + line + ": column " + column
                    + " must be a non-negative integer (wei), got '" + text + "'");
        }
    }

    /** Signs the rows as anchor-chain transfers, with per-sender nonces in file order. */
    public static List<Transaction> toTransactions(List<Row> rows, SignatureScheme scheme) {
        Map<String, KeyPair> keys = new HashMap<>();
        Map<String, Long> nonces = new HashMap<>();
        List<Transaction> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            KeyPair from = keys.computeIfAbsent(r.from(), CsvReplay::keyOf);
            KeyPair to = keys.computeIfAbsent(r.to(), CsvReplay::keyOf);
            long nonce = nonces.merge(r.from(), 1L, Long::sum);
            long fee = Math.max(1L, gwei(r.gasPriceWei()));
            out.add(Transaction.transfer(from, to.address(), nonce, fee, gwei(r.valueWei()), scheme));
        }
        return out;
    }

    /** The key that stands for an Ethereum address in the replay. */
    public static KeyPair keyOf(String ethAddress) {
        return KeyPair.fromSeed(Sha256.hash(("aigcnet-replay:" + ethAddress.toLowerCase()).getBytes(StandardCharsets.UTF_8)).toBytes());
    }

    private static long gwei(BigInteger wei) {
        return wei.divide(GWEI).min(LONG_MAX).longValueExact();
    }
}
