/** {@code aigcnet solve contract}: the exact optimal moral-hazard contract of ProSecutor or the survey for one state. */
package io.aigcnet.cli.contract;
