/**
 * A day of a city: phones move and ask for AIGC services, edge servers cache models and run requests
 * in step-accounted FIFO queues with AGOD's crash semantics, the cloud takes the rest, tasks unfinished
 * at handover migrate or fail, and served requests are settled and delivered through the service ports.
 * State is bounded by the live tasks and the users, never by the history.
 */
package io.aigcnet.edge.city;
