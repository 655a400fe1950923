/**
 * Textual prompt deconstruction for G-SemCom (Algorithm 1, first part): UPOS tags, dependency
 * heads in the spaCy/ClearNLP structure (prepositions head their objects), and a rule-based
 * parser for caption-style prompts that needs no model files.
 */
package io.aigcnet.semcom.prompt;
