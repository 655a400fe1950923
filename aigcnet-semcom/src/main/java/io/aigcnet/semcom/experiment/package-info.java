/** The figures of G-SemCom (seed 004) as experiments: one id per figure or table. */
package io.aigcnet.semcom.experiment;
