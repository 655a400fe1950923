/**
 * G-SemCom's prompt parser on Stanford CoreNLP (optional module, Maven profile {@code corenlp}): CoreNLP's
 * tagger and UD dependency parser, converted to the spaCy structure by
 * {@link io.aigcnet.semcom.prompt.UdConversion}.
 */
package io.aigcnet.semcom.corenlp;
