/** One-dimensional maximisation by grid plus golden-section refinement, shared by the agents' best responses and the contract solvers. */
package io.aigcnet.mechanism.contract.search;
