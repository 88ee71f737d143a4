/**
 * MASON's Console and a Display2D of a running model, for modellers. The only package that touches
 * Swing; it reads the model and never changes how it runs.
 */
package org.bordersim.gui;
