/**
 * One vehicular-auction instance as JSON, read with field-by-field validation, solved by one
 * mechanism, and written back as JSON: the input and output of {@code aigcnet solve auction}.
 */
package io.aigcnet.mechanism.auction.io;
