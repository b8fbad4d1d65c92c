/**
 * Digit Lab: the entry point that chooses between the command line ({@code cli}) and the window
 * ({@code ui}); everything else lives in the layers below it.
 */
package org.digitlab;
