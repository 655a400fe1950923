/** Commands of the survey's vehicular auction: {@code solve auction} and {@code bench auction}. */
package io.aigcnet.cli.auction;
