/**
 * The planners' studio: a local web server (Javalin) over the same functions as the command line,
 * and its page. It only reads and writes under the scenarios folder it was given. See docs/STUDIO.md.
 */
package org.bordersim.studio;
