/** G-SemCom's downlink: eq. (1) with Rayleigh fading and the latency cap L·c converted to pixels. */
package io.aigcnet.semcom.channel;
