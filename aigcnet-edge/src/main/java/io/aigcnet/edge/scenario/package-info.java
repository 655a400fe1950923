/**
 * City scenarios as YAML: the area, the cloud, a grid of edge servers, the devices, mobility, the
 * workload, the service catalogue and the policies. Loaded strictly: an unknown field, a wrong type or
 * a value out of range names the file and the dotted field.
 */
package io.aigcnet.edge.scenario;
