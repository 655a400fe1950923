/** The figures of G-SemCom as experiments: one id per figure or table. */
package io.aigcnet.semcom.experiment;
