/** PNG charts (XChart) for reproduced figures. */
package io.aigcnet.core.chart;
