/** Java ports of Gymnasium's classic-control dynamics (CartPole-v1, Pendulum-v1) used to prove the agents on tasks with known results. */
package io.aigcnet.learn.env.classic;
