/**
 * Test support for fuzzing the readers of files a user gives the lab: byte- and structure-level
 * mutations of a seed corpus ({@code src/test/resources/fuzz/}), and a bound on each try's time
 * and memory. The properties themselves live beside the code they test ({@code *FuzzTest}).
 */
package org.digitlab.fuzz;
