/** Statistics over replications: means and Student-t confidence intervals (Commons Math). */
package org.bordersim.stats;
