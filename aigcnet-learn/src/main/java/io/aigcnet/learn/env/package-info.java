/** The environment API: spaces, steps and the {@link io.aigcnet.learn.env.Env} contract shared by every agent. */
package io.aigcnet.learn.env;
