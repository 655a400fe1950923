/**
 * The AIGC-as-a-Service request API (the survey §IV-B, §VI): a request carries a prompt, an optional
 * input, requirements (quality, latency) and a budget, and returns a content descriptor and a receipt.
 * Settlement and delivery are ports: the built-in implementations keep accounts and send the content
 * directly; ProSecutor's layer 2 and G-SemCom plug in behind the same interfaces.
 */
package io.aigcnet.edge.service;
