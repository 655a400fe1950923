/**
 * G-SemCom's bandwidth allocation (eq. (19), Sec. V): the 16×16 state maps, the one-step allocation
 * environment with the latency and size caps of (19a), the allocators (fixed, random, ADD and PPO
 * trained with aigcnet-learn) and ADD's attention-map state encoder.
 */
package io.aigcnet.semcom.alloc;
