/**
 * The one-shot reputation assessment behind {@code aigcnet assess reputation}: a validated input
 * (network parameters, the querying client and MASP, and every client's opinion with its fee
 * history), the batch evaluation of eqs. (7)–(12) over it, and the JSON reader and writer.
 */
package io.aigcnet.reputation.assess;
