/**
 * Configuration: records of defaults overridden by YAML/JSON files, validated with errors that
 * name the file, the field and the allowed range.
 */
package io.aigcnet.core.config;
