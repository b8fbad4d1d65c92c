/**
 * Digit Lab: the entry points above both front ends. {@code Main} chooses between the command
 * line ({@code cli}) and the window ({@code ui}); {@code DesktopMain} is the installed app's window
 * launcher, which files opened from the desktop reach. Everything else lives in the layers below.
 */
package org.digitlab;
