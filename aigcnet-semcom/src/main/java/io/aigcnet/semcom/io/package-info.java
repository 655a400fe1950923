/** File formats of G-SemCom's encoder: the parsed-prompt input and the encoding's JSON output. */
package io.aigcnet.semcom.io;
