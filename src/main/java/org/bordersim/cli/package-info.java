/** The command line (picocli). Commands parse, call the feature packages and print; no logic lives here. */
package org.bordersim.cli;
