/** Speed of the contract solvers and of contract inference by the trained policies (numbers in docs/performance.md). */
package io.aigcnet.mechanism.contract.bench;
