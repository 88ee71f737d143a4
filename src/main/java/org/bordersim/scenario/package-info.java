/**
 * Scenario files: immutable records for every section, loading with {@code extends} and
 * pointer overrides, validation against the published JSON Schema (which also holds every
 * default), and error messages that name the file and the JSON pointer.
 */
package org.bordersim.scenario;
