/** The acting role: policies map observations to actions and know nothing about how they are trained. */
package io.aigcnet.learn.policy;
