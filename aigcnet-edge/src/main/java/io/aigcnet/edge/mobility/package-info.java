/**
 * User mobility (the survey §VI-D): random waypoint or a recorded trace. Positions are queried at
 * non-decreasing times per user, so a model keeps only each user's current leg (memory grows with the
 * users, not with the simulated time).
 */
package io.aigcnet.edge.mobility;
